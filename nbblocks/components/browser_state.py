"""gr.BrowserState: a value kept in the browser's localStorage, sealed with a secret."""

from __future__ import annotations

import copy
import json
import logging
import secrets
import string
from typing import TYPE_CHECKING, Any, ClassVar

from ..events import Events
from ._sealing import Sealer
from .base import Component

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["BrowserState"]

log = logging.getLogger("nbblocks")

_ALPHABET = string.ascii_letters + string.digits


def _random_text() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(16))


class BrowserState(Component):
    """A JSON value that outlives the page: the browser keeps it in ``localStorage`` under
    ``storage_key``. When the app is shown, the page hands the stored value to the app (it
    becomes the session's value; ``default_value`` when nothing is stored); when a function
    outputs to it, the page stores the new value. Functions get and return it as they do a
    ``gr.State``; nothing is drawn.

    The stored text is sealed by the kernel (or server) with a key derived from ``secret``
    (``components/_sealing.py``): the page never receives the secret and cannot read or
    change the value without it. Without ``storage_key``/``secret`` a random one is made,
    as in Gradio, so the stored value lives as long as this object; pass both to keep it
    across kernel restarts."""

    #: Gradio's form grouping runs on past it (``BlockContext._take_form_ids``).
    ENDS_GRADIO_FORM: ClassVar[bool] = False

    EVENTS = [Events.change]
    change: BoundListener  # made by ComponentMeta from EVENTS
    VIEW = "browserstate"
    #: Its value comes from the page after the session started: ``load`` listeners that
    #: read it run again with it, and it fires ``change`` (as Gradio's page does).
    PAGE_KEEPS_VALUE = True

    def __init__(
        self,
        default_value: Any = None,
        *,
        storage_key: str | None = None,
        secret: str | None = None,
        render: bool = True,
    ):
        if storage_key is not None and (not isinstance(storage_key, str) or not storage_key):
            raise ValueError(f"BrowserState: storage_key must be a non-empty string, got {storage_key!r}")
        if secret is not None and (not isinstance(secret, str) or not secret):
            raise ValueError("BrowserState: secret must be a non-empty string")
        self.default_value = _json_value(default_value, "default_value")
        self.storage_key = storage_key or _random_text()
        self._sealer = Sealer(secret, random=False) if secret else Sealer(_random_text(), random=True)
        super().__init__(self.default_value, render=render)

    def preprocess(self, payload: Any) -> Any:
        """The stored value; a copy of ``default_value`` when nothing is stored."""
        if payload is None:
            return copy.deepcopy(self.default_value)
        return payload

    def postprocess(self, value: Any) -> Any:
        return _json_value(value, "value")

    # -- the notebook page's localStorage ---------------------------------------------

    def notebook_value(self, value: Any) -> str:
        """What the page stores: the value as JSON, sealed."""
        return self._sealer.seal(json.dumps(value, allow_nan=False, separators=(",", ":")), self.storage_key)

    def read_notebook_value(self, shown: Any) -> Any:
        """The value a page read from its localStorage (``notebook_value``'s text); None
        (so ``default_value``) for a text sealed with another secret, changed, or not ours."""
        if shown is None:
            return None
        try:
            return json.loads(self._sealer.open(shown, self.storage_key))
        except (ValueError, TypeError) as exc:
            log.warning("BrowserState %r: the page's stored value was ignored (%s)", self.storage_key, exc)
            return None

    # -- API ---------------------------------------------------------------------------

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any json-serializable value"}

    def example_payload(self) -> Any:
        return "test"

    def example_value(self) -> Any:
        return "test"

    def get_config(self) -> dict[str, Any]:
        # The secret stays in the kernel: the page only stores what it is sent.
        # Never drawn (``visible`` False), as Gradio's page never draws it.
        config = super().get_config() | {"visible": False}
        return config | {"default_value": self.default_value, "storage_key": self.storage_key}


def _json_value(value: Any, what: str) -> Any:
    """The value as JSON data (a pydantic model as its dict, as Gradio does); a clear error
    for what JSON cannot hold."""
    dump = getattr(value, "model_dump", None)
    if callable(dump) and hasattr(type(value), "model_fields"):
        value = dump(mode="json")
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"BrowserState: {what} must be JSON-serializable ({exc})") from None
