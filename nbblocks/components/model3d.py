"""gr.Model3D: show a 3D model (``.glb``, ``.gltf``, ``.obj``, ``.stl``, ``.ply``) or take
one as an upload. The page draws it with three.js, which is part of the Model3D view and
so reaches a page only when a Model3D is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from typing_extensions import Unpack

from ..data_classes import FileData
from ..events import Events
from ..exceptions import Error
from ._files import FileValue
from ._media import suffix_of
from ._uploads import Uploads, one_file
from .base import Component, ComponentProps

__all__ = ["Model3D"]

#: What the viewer draws. Gradio 6.31 also takes Gaussian splats (.splat, and .ply files
#: that hold one); nbblocks draws a .ply as a mesh or a point cloud and refuses .splat.
MODEL_TYPES = (".glb", ".gltf", ".obj", ".stl", ".ply")
DISPLAY_MODES = ("solid", "point_cloud", "wireframe")
_MIME = {"glb": "model/gltf-binary", "gltf": "model/gltf+json", "obj": "model/obj", "stl": "model/stl",
         "ply": "application/ply"}


def _upload_value(current: Any, uploaded: list[dict[str, Any]], props: dict[str, Any]) -> Any:
    return uploaded[0]


class Model3D(FileValue, Component):
    """A 3D model file. As an input it passes the file's path; as an output it takes a
    path or a URL."""

    EVENTS = [Events.change, Events.upload, Events.edit, Events.clear]
    VIEW = "model3d"
    UPLOADS = Uploads(value=_upload_value, single=one_file, events=("upload", "change"), clear_events=("clear", "change"))
    data_model = FileData
    displays_files = True
    file_types = list(MODEL_TYPES)

    def __init__(
        self,
        value: str | Path | Callable[..., Any] | None = None,
        *,
        display_mode: Literal["solid", "point_cloud", "wireframe"] | None = None,
        clear_color: tuple[float, float, float, float] | None = None,
        camera_position: tuple[int | float | None, int | float | None, int | float | None] = (None, None, None),
        zoom_speed: float = 1,
        pan_speed: float = 1,
        height: int | str | None = None,
        buttons: list[Any] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"Model3D '{props['label']}'" if props.get("label") else "Model3D"
        if display_mode is not None and display_mode not in DISPLAY_MODES:
            raise ValueError(f"{name}: display_mode must be one of {', '.join(DISPLAY_MODES)} or None, got {display_mode!r}")
        color = [0.0, 0.0, 0.0, 0.0] if clear_color is None else list(clear_color)
        if len(color) not in (3, 4) or not all(isinstance(c, (int, float)) and not isinstance(c, bool) and 0 <= c <= 1 for c in color):
            raise ValueError(f"{name}: clear_color must be (r, g, b, a) with each between 0 and 1, got {clear_color!r}")
        if len(color) == 3:
            color.append(1.0)
        camera = list(camera_position) if camera_position is not None else [None, None, None]
        if len(camera) != 3 or not all(c is None or (isinstance(c, (int, float)) and not isinstance(c, bool)) for c in camera):
            raise ValueError(f"{name}: camera_position must be (alpha, beta, radius), each a number or None, got {camera_position!r}")
        for key, speed in (("zoom_speed", zoom_speed), ("pan_speed", pan_speed)):
            if isinstance(speed, bool) or not isinstance(speed, (int, float)) or speed <= 0:
                raise ValueError(f"{name}: {key} must be a positive number, got {speed!r}")
        if buttons:
            raise ValueError(f"{name}: custom buttons (gr.Button in buttons) are not supported")
        self.display_mode = display_mode
        self.clear_color = [float(c) for c in color]
        self.camera_position = camera
        self.zoom_speed = float(zoom_speed)
        self.pan_speed = float(pan_speed)
        self.height = height
        self.buttons: list[Any] = []
        super().__init__(value, **props)

    def upload_refusal(self, name: str, mime: str | None) -> str | None:
        if Path(name).suffix.lower() == ".splat":
            return f"{self.owner}: Gaussian splat files (.splat) are not supported; use .glb, .gltf, .obj, .stl or .ply"
        return super().upload_refusal(name, mime)

    def preprocess(self, payload: FileData | None) -> str | None:
        """Passes the model file's path (a URL the app author gave as it is)."""
        if payload is None:
            return None
        return self.file_in(payload, "filepath")  # type: ignore[no-any-return]

    def postprocess(self, value: Any) -> FileData | None:
        """Takes a path or a URL of a ``.glb``, ``.gltf``, ``.obj``, ``.stl`` or ``.ply`` file."""
        if value is None:
            return None
        if isinstance(value, (str, Path)) and "." + suffix_of(str(value).split("?")[0]) not in MODEL_TYPES:
            raise Error(f"{self.owner}: cannot show {Path(str(value)).name!r}; a 3D model is a "
                        f"{', '.join(MODEL_TYPES)} file")
        fd = self.file_out(value)
        mime = _MIME.get(suffix_of(fd.orig_name or fd.path))
        return fd.model_copy(update={"mime_type": mime}) if mime and fd.url is None else fd

    def process_example(self, value: Any) -> Any:
        return Path(value).name if value else ""

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/gradio/media_assets/models3d/Fox.gltf"
        return {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "Fox.gltf", "url": url}

    def example_value(self) -> Any:
        return "https://raw.githubusercontent.com/gradio-app/gradio/main/gradio/media_assets/models3d/Fox.gltf"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "display_mode": self.display_mode, "clear_color": self.clear_color, "camera_position": self.camera_position,
            "zoom_speed": self.zoom_speed, "pan_speed": self.pan_speed, "height": self.height, "buttons": self.buttons,
        }
