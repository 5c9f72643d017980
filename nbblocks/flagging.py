"""Flagging: saving an app's inputs and outputs for later review (``gr.Interface``'s Flag button).

A ``FlaggingCallback`` gets the components once (``setup``) and then one row of their
front-end values per flag (``flag``). ``CSVLogger`` writes each value as the component's
own ``flag(payload, flag_dir)`` text (a component with files copies them into
``flag_dir``), one CSV row per flag, and reads rows back with each component's
``read_from_flag``. It knows nothing about component types.
"""

from __future__ import annotations

import abc
import csv
import datetime
import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .components.base import Component

__all__ = ["FlaggingCallback", "CSVLogger", "SimpleCSVLogger", "FlagMethod", "FlaggedSample"]

# A spreadsheet treats a cell starting with one of these as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_ESCAPE = "'"


def escape_cell(text: str) -> str:
    """Neutralise a spreadsheet formula by prefixing ``'`` (spreadsheets show the text as is).

    Reversible: a cell that starts with ``'`` is prefixed too, so ``unescape_cell`` gives
    back exactly the original. Plain numbers (``-3``, ``+1.5e3``) are left alone.
    """
    if text.startswith(_ESCAPE) or (text.startswith(_FORMULA_START) and not _is_number(text)):
        return _ESCAPE + text
    return text


def unescape_cell(text: str) -> str:
    if text.startswith(_ESCAPE) and text[1:].startswith((_ESCAPE, *_FORMULA_START)):
        return text[1:]
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() == text


def safe_dir_name(name: str) -> str:
    """A folder name from a label: characters a file system may refuse become ``_``."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" .")
    return cleaned or "component"


class FlaggingCallback(abc.ABC):
    """What an ``Interface`` calls when a sample is flagged; subclass it to store flags elsewhere."""

    @abc.abstractmethod
    def setup(self, components: Sequence[Component], flagging_dir: str | Path) -> None:
        """Called once, before the first flag, with the components whose values are flagged."""

    @abc.abstractmethod
    def flag(self, flag_data: list[Any], flag_option: str | None = None, username: str | None = None) -> int:
        """Store one sample (each component's front-end value); returns how many are stored."""


@dataclass
class FlaggedSample:
    """One flagged row read back: each component's value (as ``read_from_flag`` gives it)."""

    values: list[Any]
    flag: str | None = None
    username: str | None = None
    timestamp: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


class CSVLogger(FlaggingCallback):
    """Flags go to ``<flagging_dir>/dataset1.csv`` with a header row of component labels,
    then ``flag`` (when a flag option is given), ``username`` (when known) and ``timestamp``.
    When the components' labels change, the next file (``dataset2.csv``, ...) starts, so a
    file's rows always match its header. Safe to call from several sessions at once.
    """

    def __init__(self, simplify_file_data: bool = True, verbose: bool = True, dataset_file_name: str | None = None):
        self.simplify_file_data = simplify_file_data
        self.verbose = verbose
        self.dataset_file_name = dataset_file_name
        self.components: list[Component] = []
        self.flagging_dir = Path(".gradio/flagged")
        self.dataset_filepath: Path | None = None
        self._extras: list[str] = []
        self.lock = threading.Lock()

    def setup(self, components: Sequence[Component], flagging_dir: str | Path) -> None:
        self.components = list(components)
        self.flagging_dir = Path(flagging_dir)
        self.dataset_filepath = None  # chosen at the first flag; nothing is written before

    def labels(self) -> list[str]:
        return [getattr(c, "label", None) or f"component {i}" for i, c in enumerate(self.components)]

    def flag(self, flag_data: list[Any], flag_option: str | None = None, username: str | None = None) -> int:
        if len(flag_data) != len(self.components):
            raise ValueError(f"CSVLogger: {len(flag_data)} values for {len(self.components)} components")
        from .updates import is_update

        cells = []
        for label, comp, payload in zip(self.labels(), self.components, flag_data):
            if payload is None:
                cells.append("")
            elif is_update(payload):
                cells.append(str(payload))
            else:
                text = comp.flag(payload, flag_dir=self.flagging_dir / safe_dir_name(label))
                cells.append(_simplify_files(text) if self.simplify_file_data else text)
        wanted = [name for name, given in (("flag", flag_option is not None), ("username", username is not None)) if given]
        with self.lock:
            path = self._dataset_file(wanted)
            extras = {"flag": flag_option or "", "username": username or ""}
            row = cells + [extras[name] for name in self._extras] + [str(datetime.datetime.now())]
            with open(path, "a", newline="", encoding="utf-8") as f:
                csv.writer(f).writerow([escape_cell(c) for c in row])
            with open(path, newline="", encoding="utf-8") as f:
                return sum(1 for _ in csv.reader(f)) - 1

    def _dataset_file(self, wanted_extras: list[str]) -> Path:
        """The file rows go to; a new one when the header it needs differs (call with the lock)."""
        if self.dataset_filepath is not None and set(wanted_extras) <= set(self._extras):
            return self.dataset_filepath
        extras: list[str] = [name for name in ("flag", "username") if name in wanted_extras or name in self._extras]
        header = self.labels() + extras + ["timestamp"]
        self.flagging_dir.mkdir(parents=True, exist_ok=True)
        if self.dataset_file_name:
            path = self.flagging_dir / self.dataset_file_name
            if path.exists() and _header(path) != header:
                raise ValueError(f"CSVLogger: {path} has the header {_header(path)}, not {header}")
        else:
            numbered = sorted(
                (int(m.group(1)), p)
                for p in self.flagging_dir.glob("dataset*.csv")
                if (m := re.fullmatch(r"dataset(\d+)", p.stem))
            )
            if numbered and _header(numbered[-1][1]) == header:
                path = numbered[-1][1]
            else:
                path = self.flagging_dir / f"dataset{numbered[-1][0] + 1 if numbered else 1}.csv"
        if not path.exists():
            with open(path, "w", newline="", encoding="utf-8") as f:
                csv.writer(f).writerow([escape_cell(h) for h in header])
            if self.verbose:
                print(f"Created dataset file at: {path}")
        elif self.verbose and path != self.dataset_filepath:
            print(f"Using existing dataset file at: {path}")
        self.dataset_filepath, self._extras = path, extras
        return path

    def read(self, path: str | Path | None = None) -> list[FlaggedSample]:
        """The flagged samples of ``path`` (default: the file flags go to now), each value
        read back with its component's ``read_from_flag``."""
        file = Path(path) if path is not None else self.dataset_filepath
        if file is None:
            return []
        with open(file, newline="", encoding="utf-8") as f:
            rows = [[unescape_cell(cell) for cell in row] for row in csv.reader(f)]
        if not rows:
            return []
        header, n = rows[0], len(self.components)
        samples = []
        for row in rows[1:]:
            values = [
                None if cell == "" else comp.read_from_flag(cell)
                for comp, cell in zip(self.components, row[:n])
            ]
            named = dict(zip(header[n:], row[n:]))
            samples.append(FlaggedSample(
                values=values,
                flag=named.pop("flag", None),
                username=named.pop("username", None),
                timestamp=named.pop("timestamp", None),
                extra=named,
            ))
        return samples


class SimpleCSVLogger(CSVLogger):
    """A ``CSVLogger`` writing to ``<flagging_dir>/log.csv``, without a file-per-header scheme."""

    def __init__(self) -> None:
        super().__init__(verbose=False, dataset_file_name="log.csv")


def _header(path: Path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as f:
        return [unescape_cell(cell) for cell in next(csv.reader(f), [])]


def _simplify_files(text: str) -> str:
    """A value that is a single file is stored as its path alone (easier to read)."""
    if not text.startswith("{"):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    from .data_classes import is_file_obj

    return str(value["path"]) if is_file_obj(value) else text


class FlagMethod:
    """The function behind a Flag button: flags its inputs' values with ``flag_option``.

    With ``visual_feedback`` it is a generator that shows "Saving..." on the button while
    the sample is stored, then the button's label again, in that order.
    """

    def __init__(self, flagging_callback: FlaggingCallback, label: str, value: str | None, visual_feedback: bool = True):
        self.flagging_callback = flagging_callback
        self.label = label
        self.value = value
        self.visual_feedback = visual_feedback
        self.__name__ = "Flag"

    def __call__(self, *flag_data: Any) -> Any:
        if not self.visual_feedback:
            self._flag(flag_data)
            return None
        return self._with_feedback(flag_data)

    def _with_feedback(self, flag_data: tuple[Any, ...]) -> Any:
        # "Saving..." is shown from here, not by the listener Gradio runs beside this one
        # (kept for its fn_index, it changes nothing): two listeners of one click finish in
        # no fixed order, and a "Saving..." stored after the reset would leave the button
        # disabled for good. Gradio sleeps 0.8 s before its reset, which hides that race.
        yield self.saving()
        try:
            self._flag(flag_data)
        finally:
            yield self.reset()  # the button comes back even when flagging failed (its error shows)

    def _flag(self, flag_data: tuple[Any, ...]) -> None:
        from .exceptions import Error

        try:
            self.flagging_callback.flag(list(flag_data), flag_option=self.value)
        except Exception as exc:
            raise Error(f"Flagging failed: {exc}") from exc

    def saving(self) -> Any:
        from .components.button import Button

        return Button(value="Saving...", interactive=False)

    def reset(self) -> Any:
        from .components.button import Button

        return Button(value=self.label, interactive=True)
