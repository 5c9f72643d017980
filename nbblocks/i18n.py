"""``gr.I18n`` and ``I18nData``: translated labels.

Gradio translates in the browser. Here a label is translated in the kernel, when it is
made, into the locale of the kernel (``NBBLOCKS_LOCALE``, else ``LANG``/``locale``),
falling back to the language without region, then English, then the key itself. An
``I18nData`` is a ``str``, so it works wherever a label string does.
"""

from __future__ import annotations

import locale
import os
import re
import threading
import warnings
from typing import Any

__all__ = ["I18n", "I18nData", "kernel_locale"]

_LOCALE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_tables: dict[str, dict[str, str]] = {}
_lock = threading.Lock()


def kernel_locale() -> str:
    """The kernel's locale as a BCP 47 tag (``"en-US"``)."""
    tag = os.environ.get("NBBLOCKS_LOCALE") or os.environ.get("LANG") or (locale.getlocale()[0] or "en")
    tag = tag.split(".", 1)[0].replace("_", "-")
    return "en" if tag in ("C", "POSIX", "") else tag


def _translate(key: str) -> str:
    tag = kernel_locale()
    with _lock:
        for candidate in (tag, tag.split("-", 1)[0], "en"):
            text = _tables.get(candidate, {}).get(key)
            if text is not None:
                return text
    return key


class I18nData(str):
    """A translation key; its text is the translation for the kernel's locale."""

    key: str

    def __new__(cls, key: str) -> I18nData:
        obj = super().__new__(cls, _translate(key))
        obj.key = key
        return obj

    def to_dict(self) -> dict[str, Any]:
        return {"__type__": "translation_metadata", "key": self.key}

    def tojson(self) -> dict[str, Any]:
        return self.to_dict()

    def __repr__(self) -> str:
        return f"I18nData({self.key!r})"


class I18n:
    """Translation tables by locale: ``gr.I18n(en={"hi": "Hello"}, fr={"hi": "Bonjour"})``;
    ``i18n("hi")`` gives the label for the kernel's locale."""

    def __init__(self, **translations: dict[str, str]) -> None:
        self.translations: dict[str, dict[str, str]] = {}
        for tag, table in translations.items():
            if not _LOCALE.match(tag):
                warnings.warn(f"Invalid locale code: {tag!r}. Locale codes follow BCP 47 (e.g. 'en', 'en-US').",
                              UserWarning, stacklevel=2)
            self.translations[tag] = dict(table)
        with _lock:
            for tag, table in self.translations.items():
                _tables.setdefault(tag, {}).update(table)

    def __call__(self, key: str) -> I18nData:
        return I18nData(key)

    @property
    def translations_dict(self) -> dict[str, dict[str, str]]:
        return self.translations
