"""gr.Plot: shows a figure a function returns (matplotlib, plotly, altair or bokeh).

The value is Gradio 6.31's: ``{"type": "matplotlib", "plot": "data:image/webp;base64,..."}``
(the figure saved in ``format`` and closed) or ``{"type": "plotly"|"altair", "plot":
fig.to_json()}`` or ``{"type": "bokeh", "plot": json of bokeh.embed.json_item(fig)}``;
that is what functions that take a Plot receive and what the HTTP API returns. The
notebook gets a matplotlib image as a file (bytes in a binary buffer, never base64) and
draws the other kinds with their own library, bundled with nbblocks (plotly.js,
vega-embed) or taken from the installed bokeh package, loaded by the page only when a
figure of that kind is shown (``docs/plots.md``). No plotting library is imported here
until a figure of that library arrives.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import sys
from types import ModuleType
from typing import Any, Literal

from typing_extensions import Unpack

from ..data_classes import GradioModel
from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from .base import Component, ComponentProps, component_name

__all__ = ["Plot"]

KINDS = ("altair", "bokeh", "plotly", "matplotlib")


class PlotData(GradioModel):
    type: Literal["altair", "bokeh", "plotly", "matplotlib"]
    plot: str


class AltairPlotData(PlotData):
    chart: Literal["bar", "line", "scatter"]
    type: Literal["altair"] = "altair"


class Plot(Component):
    """Shows a matplotlib, plotly, altair or bokeh figure (rarely an input)."""

    EVENTS = [Events.change]
    VIEW = "plot"
    data_model = PlotData
    #: The notebook view shows a matplotlib figure from file bytes sent with the value.
    displays_files = True

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        buttons: list[Any] | None = None,
        **props: Unpack[ComponentProps],
    ):
        """``format``: the file format matplotlib figures are saved in ("webp", "png",
        "jpg", "svg", ...). ``buttons``: Gradio's custom toolbar buttons (none are
        supported; the default is none)."""
        if not isinstance(format, str) or not format:
            raise ValueError(f"{type(self).__name__}: format must be a file format such as 'webp' or 'png', got {format!r}")
        self.format = format
        self.buttons = check_buttons([] if buttons is None else buttons, type(self).__name__, ())
        super().__init__(value, **props)

    def preprocess(self, payload: PlotData | None) -> PlotData | None:
        """Passes the value as Gradio does: a ``PlotData`` (``type`` and ``plot``)."""
        return payload

    def postprocess(self, value: Any) -> PlotData | None:
        """A matplotlib Figure (or ``matplotlib.pyplot`` itself), a plotly figure, an
        altair chart or a bokeh model becomes Gradio's ``PlotData``."""
        if value is None:
            return None
        if isinstance(value, PlotData):
            return value
        owner = component_name(self)
        if isinstance(value, dict):
            try:
                return PlotData.model_validate(value)
            except Exception:  # noqa: BLE001 - pydantic's refusal of the dict: an Error that names the component
                raise Error(f"{owner}: a dict value must be {{'type': one of {', '.join(KINDS)}, 'plot': str}}; "
                            f"got keys {sorted(map(str, value))}") from None
        module = value.__name__ if isinstance(value, ModuleType) else type(value).__module__
        if module.startswith(("bokeh", "altair", "plotly")):
            pass
        elif module.startswith("matplotlib") or callable(getattr(value, "savefig", None)):
            return PlotData(type="matplotlib", plot=_matplotlib_data_url(value, self.format, owner))
        if module.startswith("bokeh"):
            from bokeh.embed import json_item

            return PlotData(type="bokeh", plot=json.dumps(json_item(value)))
        to_json = getattr(value, "to_json", None)
        if module.startswith(("altair", "plotly")) and callable(to_json):
            return PlotData(type="altair" if module.startswith("altair") else "plotly", plot=to_json())
        raise Error(f"{owner}: cannot show a {type(value).__name__}; return a matplotlib Figure, "
                    "a plotly figure, an altair chart or a bokeh figure")

    def example_payload(self) -> Any:
        return None

    def example_value(self) -> Any:
        return None

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"format": self.format, "buttons": self.buttons, "bokeh_version": _bokeh_version()}

    # -- what the notebook draws ----------------------------------------------------------

    def notebook_value(self, value: Any) -> Any:
        """What the notebook's view is sent. A matplotlib image becomes a file of the app's
        file cache (its bytes travel in a binary buffer with the value); a bokeh figure
        says which BokehJS bundles it needs (``"libraries"``). Other kinds are as they are."""
        if not isinstance(value, dict):
            return value
        kind, plot = value.get("type"), value.get("plot")
        if kind == "matplotlib" and isinstance(plot, str) and plot.startswith("data:"):
            return {**value, "plot": _data_url_file(plot, component_name(self))}
        if kind == "bokeh" and isinstance(plot, str):
            return {**value, "libraries": bokeh_libraries(plot)}
        return value


def _matplotlib_data_url(value: Any, fmt: str, owner: str) -> str:
    """Gradio's encoding: ``savefig`` in ``fmt`` into a data URL; a Figure is then closed.
    An Axes stands for its figure; anything else with ``savefig`` (``matplotlib.pyplot``,
    a seaborn grid) saves itself."""
    import io

    fig: Any = value if callable(getattr(value, "savefig", None)) else getattr(value, "figure", None)
    if fig is None or not callable(getattr(fig, "savefig", None)):
        raise Error(f"{owner}: cannot save a {type(value).__name__}; return its matplotlib Figure")
    with io.BytesIO() as out:
        try:
            fig.savefig(out, format=fmt)
        except ValueError as exc:
            raise Error(f"{owner}: matplotlib cannot save in format {fmt!r} ({exc})") from None
        data = out.getvalue()
    url = f"data:image/{fmt or 'png'};base64,{base64.b64encode(data).decode('ascii')}"
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None and not isinstance(fig, ModuleType):
        from matplotlib.figure import Figure

        if isinstance(fig, Figure):
            pyplot.close(fig)
    return url


_MIME = {"jpg": "image/jpeg", "svg": "image/svg+xml", "tif": "image/tiff", "ps": "application/postscript",
         "eps": "application/postscript", "pdf": "application/pdf"}


def _data_url_file(url: str, owner: str) -> dict[str, Any]:
    """A data URL's bytes stored in the current app's file cache, as a FileData dict."""
    from .. import files

    head, _, body = url.partition(",")
    fmt = head[len("data:"):].split(";")[0].removeprefix("image/") or "png"
    try:
        data = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise Error(f"{owner}: the plot's data URL is not valid base64") from None
    mime = _MIME.get(fmt, f"image/{fmt}")
    entry = files.current().put_bytes(data, f"plot.{fmt}", mime)
    return files.current().file_data(entry).model_dump(mode="json")


@functools.lru_cache(maxsize=1)
def _bokeh_version() -> str | None:
    """The installed bokeh's version (read from its metadata; bokeh is not imported)."""
    from importlib import metadata

    try:
        return metadata.version("bokeh")
    except metadata.PackageNotFoundError:
        return None


#: BokehJS bundles beside the core one, by the Python module their models live in.
_BOKEH_PLUGINS = (
    ("bokeh.models.widgets.tables", "bokeh-tables"),
    ("bokeh.models.widgets", "bokeh-widgets"),
    ("bokeh.models.text", "bokeh-mathjax"),
)


def bokeh_libraries(item_json: str) -> list[str]:
    """The BokehJS bundles (front-end libraries) a serialised bokeh item needs: always
    ``bokeh``; ``bokeh-widgets``/``bokeh-tables`` for widget and table models,
    ``bokeh-gl`` for WebGL output, ``bokeh-mathjax`` for TeX labels."""
    needed = ["bokeh"]
    try:
        names, webgl = _bokeh_models(json.loads(item_json))
    except ValueError:
        return needed
    model: Any = sys.modules.get("bokeh.model")
    classes: dict[str, Any] = model.Model.model_class_reverse_map if model is not None else {}
    for name in names:
        cls = classes.get(name)
        where = getattr(cls, "__module__", "") or ""
        for prefix, bundle in _BOKEH_PLUGINS:
            if where.startswith(prefix) and bundle not in needed:
                if bundle == "bokeh-tables" and "bokeh-widgets" not in needed:
                    needed.append("bokeh-widgets")
                needed.append(bundle)
                break
    if webgl:
        needed.append("bokeh-gl")
    return needed


def _bokeh_models(item: Any) -> tuple[set[str], bool]:
    names: set[str] = set()
    webgl = False
    stack = [item]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("type") == "object" and isinstance(node.get("name"), str):
                names.add(node["name"])
            attributes = node.get("attributes")
            if isinstance(attributes, dict) and attributes.get("output_backend") == "webgl":
                webgl = True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return names, webgl
