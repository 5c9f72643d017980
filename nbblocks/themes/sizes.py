"""Gradio's size scales (``gr.themes.sizes.radius_md``, ...): seven steps, xxs to xxl."""

from __future__ import annotations

__all__ = ["Size"]

_STEPS = ("xxs", "xs", "sm", "md", "lg", "xl", "xxl")


class Size:
    """A scale of seven CSS lengths."""

    all: list[Size] = []

    def __init__(self, xxs: str, xs: str, sm: str, md: str, lg: str, xl: str, xxl: str, name: str | None = None) -> None:
        self.xxs, self.xs, self.sm, self.md, self.lg, self.xl, self.xxl = xxs, xs, sm, md, lg, xl, xxl
        self.name = name
        Size.all.append(self)

    def expand(self) -> list[str]:
        return [getattr(self, step) for step in _STEPS]

    def __repr__(self) -> str:
        return f"Size({self.name!r})" if self.name else f"Size({self.md!r})"


def _scale(name: str, steps: str) -> Size:
    return Size(*steps.split(), name=name)  # type: ignore[misc]  # the string holds the 7 steps, name comes after


radius_none = _scale("radius_none", "0px 0px 0px 0px 0px 0px 0px")
radius_sm = _scale("radius_sm", "1px 1px 2px 4px 6px 8px 12px")
radius_md = _scale("radius_md", "1px 2px 4px 6px 8px 12px 22px")
radius_lg = _scale("radius_lg", "2px 4px 6px 8px 12px 16px 24px")
radius_xxl = _scale("radius_xxl", "6px 8px 10px 20px 24px 28px 32px")
spacing_sm = _scale("spacing_sm", "1px 1px 2px 4px 6px 9px 12px")
spacing_md = _scale("spacing_md", "1px 2px 4px 6px 8px 10px 16px")
spacing_lg = _scale("spacing_lg", "2px 4px 6px 8px 10px 14px 28px")
text_sm = _scale("text_sm", "8px 9px 11px 13px 16px 20px 24px")
text_md = _scale("text_md", "9px 10px 12px 14px 16px 22px 26px")
text_lg = _scale("text_lg", "10px 12px 14px 16px 20px 24px 28px")

__all__ += [s.name for s in Size.all if s.name]


def named(value: Size | str, what: str) -> Size:
    """A scale from a ``Size`` or its name (``"radius_sm"``)."""
    if isinstance(value, Size):
        return value
    if isinstance(value, str):
        for size in Size.all:
            if size.name == value:
                return size
        raise ValueError(f"{what}: no size called {value!r}; use one of {', '.join(s.name or '' for s in Size.all)}")
    raise TypeError(f"{what} must be a gr.themes.Size or a size name, got {type(value).__name__}")
