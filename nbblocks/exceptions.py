"""Errors a user function raises to show a message in the app instead of crashing it."""

from __future__ import annotations

__all__ = ["Error", "InvalidComponentError", "component_name"]


class Error(Exception):
    """Raise ``gr.Error("message")`` in an event function: the message is shown on the
    outputs and as a toast, and the app keeps working. ``print_exception`` is accepted as
    in Gradio; nbblocks logs no traceback for a ``gr.Error`` either way."""

    def __init__(
        self,
        message: str = "Error raised.",
        duration: float | None = 10,
        visible: bool = True,
        title: str = "Error",
        print_exception: bool = True,
    ):
        super().__init__(message)
        self.message = message
        self.duration = duration
        self.visible = visible
        self.title = title

    def __str__(self) -> str:
        return str(self.message)


class InvalidComponentError(ValueError):
    """A value sent by a front end or a client does not fit the component's data model."""


def component_name(component: object) -> str:
    """How errors name a component: its class, and its label when it has one."""
    label = getattr(component, "label", None)
    name = type(component).__name__
    return f"{name} '{label}'" if label else name
