"""Theme fonts. nbblocks loads nothing from the network, so a ``GoogleFont`` is a name the
page uses if the font is installed, followed by the theme's fallbacks."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["Font", "GoogleFont", "LocalFont", "font_stack"]

_GENERIC = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-sans-serif",
            "ui-serif", "ui-monospace", "ui-rounded", "emoji", "math"}


class Font:
    """A font family by name."""

    def __init__(self, name: str) -> None:
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"a font needs a name, got {name!r}")
        self.name = name

    def stylesheet(self) -> dict[str, str | None]:
        return {"url": None, "css": None}

    def css_name(self) -> str:
        return self.name if self.name in _GENERIC else f"'{self.name}'"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Font) and type(other) is type(self) and other.name == self.name

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.name))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


class GoogleFont(Font):
    """A Google font by name; ``weights`` are recorded. Never fetched (no CDN)."""

    def __init__(self, name: str, weights: Iterable[int] = (400, 600)) -> None:
        super().__init__(name)
        self.weights = tuple(weights)


class LocalFont(Font):
    """A font expected to be installed where the page is shown."""

    def __init__(self, name: str, weights: Iterable[int] = (400, 600)) -> None:
        super().__init__(name)
        self.weights = tuple(weights)


def font_stack(value: Font | str | Iterable[Font | str], what: str) -> tuple[Font, ...]:
    """A theme's ``font=`` argument as a tuple of fonts (a bare str is one family)."""
    items = [value] if isinstance(value, (Font, str)) else list(value)
    out = []
    for item in items:
        if isinstance(item, Font):
            out.append(item)
        elif isinstance(item, str):
            out.append(Font(item))
        else:
            raise TypeError(f"{what} takes fonts or font names, got {type(item).__name__}")
    return tuple(out)
