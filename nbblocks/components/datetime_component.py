"""gr.DateTime: a date (and time) typed or picked, passed as a timestamp, a datetime or text.

The page holds the value as text, ``YYYY-MM-DD HH:MM:SS`` (``YYYY-MM-DD`` without
``include_time``), or a relative ``now``/``now - 5m``; the function gets it per ``type``.
Time zones are the standard library's (``zoneinfo``), no third-party package.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from ._text import TextValue, text_payload
from .base import Component, ComponentProps, component_name

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

__all__ = ["DateTime"]

TYPES = ("timestamp", "datetime", "string")
_NOW = re.compile(r"^(?:\s*now\s*(?:-\s*(\d+)\s*([dmhs]))?)?\s*$")
_UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


def zone(name: str | None, owner: str) -> ZoneInfo | None:
    """The time zone called ``name`` (None: the kernel's local time)."""
    if name is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(f"{owner}: unknown timezone {name!r}; use an IANA name such as 'Europe/Paris' or 'US/Pacific'") from None


def localize(naive: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """``naive`` wall time in ``tz``; an ambiguous or skipped time takes the standard-time
    offset, as Gradio's ``pytz.localize`` does."""
    first, second = naive.replace(tzinfo=tz, fold=0), naive.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    return first if first.dst() == dt.timedelta(0) else second


class DateTime(TextValue, Component):
    """A date and time (``include_time=False``: a date), picked from a calendar or typed.

    The function receives a Unix timestamp (``type="timestamp"``), a ``datetime``
    (``"datetime"``, aware when ``timezone`` is set) or the text (``"string"``). Returned
    timestamps are shown in ``timezone`` (or the kernel's local time); datetimes are
    formatted as they are; strings are shown unchecked."""

    #: A form component in Gradio (``BlockContext._take_form_ids``).
    IN_GRADIO_FORM: ClassVar[bool] = True

    EVENTS = [Events.change, Events.submit]
    VIEW = "datetime"

    def __init__(
        self,
        value: float | str | dt.datetime | Callable[..., Any] | None = None,
        *,
        include_time: bool = True,
        type: Literal["timestamp", "datetime", "string"] = "timestamp",
        timezone: str | None = None,
        buttons: list[Any] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"DateTime '{props['label']}'" if props.get("label") else "DateTime"
        if type not in TYPES:
            raise ValueError(f"{name}: type must be one of {', '.join(TYPES)}, got {type!r}")
        self.type = type
        self.include_time = include_time
        self.time_format = "%Y-%m-%d %H:%M:%S" if include_time else "%Y-%m-%d"
        self.timezone = timezone
        self._tz = zone(timezone, name)
        self.buttons = check_buttons(buttons, name, ())
        super().__init__(value, **props)

    # -- the two conversions -------------------------------------------------------------

    def preprocess(self, payload: str | None) -> float | dt.datetime | str | None:
        """Passes a ``float`` timestamp, a ``datetime`` or a ``str`` (per ``type``); None
        when empty. ``now`` and ``now - <n><d|h|m|s>`` are relative to the current time."""
        payload = text_payload(self, payload, "the date as text")
        if payload is None or payload.strip() == "":
            return None
        if self.type == "string" and "now" not in payload:
            return payload
        moment = self.parse(payload)
        if self.type == "string":
            return moment.strftime(self.time_format)
        if self.type == "datetime":
            return moment
        return moment.timestamp()

    def postprocess(self, value: Any) -> str | None:
        """Takes a timestamp (int or float), a ``datetime``/``date`` or a ``str``."""
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if isinstance(value, dt.date):  # datetime included; shown as it is, not converted
            return value.strftime(self.time_format)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            try:
                return dt.datetime.fromtimestamp(value, tz=self._tz).strftime(self.time_format)
            except (OverflowError, OSError, ValueError) as exc:
                raise Error(f"{component_name(self)}: the timestamp {value!r} is out of range ({exc})") from None
        raise Error(f"{component_name(self)}: expected a timestamp, a datetime or a str, got {type(value).__name__}")

    def parse(self, text: str) -> dt.datetime:
        """A date the page sent as a ``datetime`` (in ``timezone`` when it is set)."""
        if "now" in text:
            match = _NOW.match(text)
            if match is None:
                raise Error(f"{component_name(self)}: {text!r} is not a valid time; use 'now' or 'now - <n><d|h|m|s>', "
                            "such as 'now - 5m'")
            delta = dt.timedelta(**{_UNITS[match.group(2) or "s"]: int(match.group(1) or 0)})
            return dt.datetime.now(self._tz) - delta
        try:
            moment = dt.datetime.strptime(text, self.time_format)
        except ValueError:
            shape = "YYYY-MM-DD HH:MM:SS" if self.include_time else "YYYY-MM-DD"
            raise Error(f"{component_name(self)}: {text!r} is not a date in the form {shape}") from None
        return localize(moment, self._tz) if self._tz is not None else moment

    def api_info(self) -> dict[str, Any]:
        return {"type": "string", "description": f"Formatted as YYYY-MM-DD{' HH:MM:SS' if self.include_time else ''}"}

    def example_payload(self) -> Any:
        return "2020-10-01 05:20:15"

    def example_value(self) -> Any:
        return "2020-10-01 05:20:15"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "include_time": self.include_time, "type": self.type, "timezone": self.timezone, "buttons": self.buttons,
        }
