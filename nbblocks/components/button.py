"""gr.Button: fires ``click``; its value is its text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from ..events import Events
from ._text import TextValue
from .base import Component, ComponentProps

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["Button"]

VARIANTS = ("primary", "secondary", "stop", "huggingface")


def check_variant(owner: str, variant: str) -> str:
    if variant not in VARIANTS:
        raise ValueError(f"{owner}: variant must be primary, secondary, stop or huggingface, got {variant!r}")
    return variant


class ButtonLike:
    """What Button, UploadButton and DownloadButton share: a button's look as props."""

    variant: str
    size: str
    icon: str | None

    def _set_look(self, variant: str, size: str, icon: str | None) -> None:
        self.variant = check_variant(type(self).__name__, variant)
        self.size = size
        self.icon = icon

    def get_config(self) -> dict[str, Any]:
        config: dict[str, Any] = super().get_config()  # type: ignore[misc]  # a mixin: super() is the Component after it
        return config | {"variant": self.variant, "size": self.size, "icon": self.icon}


class Button(ButtonLike, TextValue, Component):
    """A button; ``variant`` is "primary" | "secondary" | "stop" | "huggingface", ``size``
    "sm" | "md" | "lg"; ``link`` opens a URL; ``icon`` is an image URL."""

    EVENTS = [Events.click]
    VIEW = "button"
    click: BoundListener  # made by ComponentMeta from EVENTS

    def __init__(
        self,
        value: str | Callable[..., Any] = "Run",
        *,
        variant: Literal["primary", "secondary", "stop", "huggingface"] = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        link: str | None = None,
        link_target: Literal["_self", "_blank", "_parent", "_top"] = "_self",
        **props: Unpack[ComponentProps],
    ):
        self._set_look(variant, size, icon)
        self.link = link
        if link_target not in ("_self", "_blank", "_parent", "_top"):
            raise ValueError(f"Button: link_target must be '_self', '_blank', '_parent' or '_top', got {link_target!r}")
        self.link_target = link_target
        props.setdefault("interactive", True)
        props.setdefault("min_width", None)
        props.setdefault("show_label", False)
        super().__init__(value, **props)

    def preprocess(self, payload: str | None) -> str | None:
        """Passes the button text."""
        return payload

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def example_payload(self) -> Any:
        return "Run"

    def example_value(self) -> Any:
        return "Run"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"link": self.link, "link_target": self.link_target}

    @property
    def skip_api(self) -> bool:
        return True
