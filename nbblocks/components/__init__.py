"""Components, one per module, imported on first use so ``import nbblocks`` stays fast."""

from __future__ import annotations

from .._lazy import lazy_attributes

_LAZY = {
    "Component": ".base",
    "FormComponent": ".base",
    "StreamingOutput": ".base",
    "StreamingInput": ".base",
    "ComponentProps": ".base",
    "Textbox": ".textbox",
    "TextArea": ".textbox",
    "Text": ".textbox",
    "Number": ".number",
    "Slider": ".slider",
    "Checkbox": ".checkbox",
    "CheckboxGroup": ".checkboxgroup",
    "Dropdown": ".dropdown",
    "Radio": ".radio",
    "Button": ".button",
    "Markdown": ".markdown",
    "HTML": ".html",
    "JSON": ".json_component",
    "Label": ".label",
    "State": ".state",
    "Timer": ".timer",
    "Image": ".image",
    "WebcamOptions": ".image_options",
    "WatermarkOptions": ".image_options",
    "File": ".file",
    "Files": ".file",
    "UploadButton": ".upload_button",
    "DownloadButton": ".download_button",
    "Gallery": ".gallery",
    "ImageEditor": ".image_editor",
    "Sketchpad": ".sketchpad",
    "Paint": ".paint",
    "ImageMask": ".image_mask",
    "Brush": ".editor_options",
    "Eraser": ".editor_options",
    "LayerOptions": ".editor_options",
    "ClearButton": ".clear_button",
    "Dataset": ".dataset",
    "get_component_instance": "._registry",
    "component_class": "._registry",
}

__all__ = sorted(_LAZY)
__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
