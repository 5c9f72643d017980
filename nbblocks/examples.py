"""``gr.Examples``: sample inputs shown as a clickable ``gr.Dataset``, optionally cached.

Clicking a sample fills the inputs with it (each value through its component's
``postprocess``, so it shows exactly as a function's output would). With
``cache_examples=True`` the function runs on every example once, when the app's ``with``
block closes; with ``"lazy"`` it runs on an example the first time anyone clicks it. Cached
outputs are kept as the outputs' front-end values (data_model JSON, files as ``FileData``
issued by the file cache) and shown together with the inputs, for every session.
"""

from __future__ import annotations

import csv
import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .exceptions import Error
from .updates import skip

if TYPE_CHECKING:
    from .blocks import Blocks
    from .components.base import Component
    from .components.dataset import Dataset
    from .events import Dependency

__all__ = ["Examples"]

log = logging.getLogger("nbblocks")

_CACHE_SESSION = "nbblocks-examples"


class Examples:
    """Example inputs under (or anywhere near) the components they fill.

    ``examples`` is a list of lists (one value per input), a flat list when there is one
    input, or a directory (a ``log.csv`` with a header row, or one file per example for a
    single input). The table shows each value as its input shows an example
    (``process_example``); ``example_labels`` replace the values with labels.
    """

    def __init__(
        self,
        examples: list[Any] | list[list[Any]] | str,
        inputs: Component | Sequence[Component],
        outputs: Component | Sequence[Component] | None = None,
        fn: Callable[..., Any] | None = None,
        cache_examples: bool | Literal["lazy"] | None = None,
        cache_mode: Literal["eager", "lazy"] | None = None,
        examples_per_page: int = 10,
        _api_mode: bool = False,
        label: str | None = "Examples",
        elem_id: str | None = None,
        run_on_click: bool = False,
        preprocess: bool = True,
        postprocess: bool = True,
        show_api: bool = False,
        api_name: str | Literal[False] = "load_example",
        api_visibility: Literal["public", "private", "undocumented"] = "undocumented",
        batch: bool = False,
        *,
        example_labels: list[str] | None = None,
        visible: bool | str = True,
        preload: int | Literal[False] = False,
    ):
        from .blocks import current_app
        from .components.base import Component
        from .components.dataset import Dataset
        from .components.state import State

        app = current_app()
        if app is None:
            raise AttributeError("gr.Examples must be created inside `with gr.Blocks():` (or an Interface)")
        self.inputs: list[Component] = _as_list(inputs, "inputs")
        self.outputs: list[Component] = _as_list(outputs, "outputs")
        for comp in self.inputs:
            if isinstance(comp, State):
                raise ValueError("gr.Examples cannot fill a gr.State; leave it out of inputs")
            if not isinstance(comp, Component):
                raise TypeError(f"gr.Examples inputs must be components, got {comp!r}")
        self.fn = fn
        self.batch = batch
        self.preprocess = preprocess
        self.postprocess = postprocess
        self.run_on_click = run_on_click
        self.cache_mode = _cache_mode(cache_examples, cache_mode)
        if self.cache_mode is not None and (fn is None or not self.outputs):
            raise ValueError("gr.Examples: caching examples needs both fn and outputs")
        if isinstance(examples, (str, Path)):
            examples = _examples_from_dir(Path(examples), len(self.inputs))
        self.dataset: Dataset = Dataset(
            components=self.inputs,
            samples=examples,
            label=label,
            elem_id=elem_id,
            samples_per_page=examples_per_page,
            sample_labels=example_labels,
            visible=visible,
            type="index",
        )
        self.examples: list[list[Any]] = self.dataset.raw_samples
        self.app: Blocks = app
        #: Cached outputs by example index: each output's front-end value.
        self.cache: dict[int, list[Any]] = {}
        self._payloads: dict[int, list[Any]] = {}
        self._lock = threading.Lock()
        self._computing: dict[int, threading.Lock] = {}
        self._run_deps: dict[int, Dependency] = {}
        visibility = "public" if show_api else api_visibility
        self.load_input_event, self.cache_event = self._listen(app, False if visibility == "private" else api_name, visibility)
        if preload is not False:
            self._preload(app, preload)
        if self.cache_mode == "eager":
            app.when_built(self._cache_all)

    # -- listeners ---------------------------------------------------------------------

    def _listen(self, app: Blocks, api_name: str | Literal[False], visibility: str) -> tuple[Dependency, Dependency | None]:
        eager = self.cache_mode == "eager"
        targets = self.inputs
        private = (
            {"api_name": False, "api_visibility": "private"} if api_name is False else {"api_name": api_name, "api_visibility": visibility}
        )

        if eager:  # as Gradio: the inputs first, then the cached outputs, in a listener of their own
            def load_example_input(index: int | None) -> Any:
                if index is None:  # nothing selected yet: leave everything as it is
                    return _unwrap([skip() for _ in self.inputs])
                return _unwrap(self.example_payloads(index))

            def load_example(index: int | None) -> Any:
                if index is None:
                    return _unwrap([skip() for _ in self.outputs])
                return _unwrap(self.cached_outputs(index))

            first = {"api_name": None, "api_visibility": visibility} if api_name is not False else private
            loaded = self.dataset.click(
                load_example_input, [self.dataset], self.inputs,
                preprocess=False, postprocess=False, queue=False, show_progress="hidden", **first,
            )
            return loaded, loaded.then(
                load_example, [self.dataset], self.outputs,
                preprocess=False, postprocess=False, show_progress="hidden", **private,
            )

        def load_example(index: int | None) -> Any:  # type: ignore[no-redef]  # the other definition is in the cached branch, which returned
            if index is None:  # nothing selected yet: leave everything as it is
                return _unwrap([skip() for _ in targets])
            return _unwrap(self.example_payloads(index))

        loaded = self.dataset.click(
            load_example, [self.dataset], targets,
            preprocess=False, postprocess=False, queue=False, show_progress="hidden", **private,
        )
        if self.cache_mode == "lazy":

            def load_or_compute(index: int | None) -> Any:
                if index is None:
                    return _unwrap([skip() for _ in self.outputs])
                return _unwrap(self.cached_outputs(index))

            return loaded, loaded.then(
                load_or_compute, [self.dataset], self.outputs,
                preprocess=False, postprocess=False, api_name=False, api_visibility="private",
            )
        if self.run_on_click and self.fn is not None:
            return loaded, loaded.then(
                self.fn, self.inputs, self.outputs, preprocess=self.preprocess,
                postprocess=self.postprocess, batch=self.batch, api_name=False, api_visibility="private",
            )
        return loaded, None

    def _preload(self, app: Blocks, index: int) -> None:
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self.examples):
            raise ValueError(f"gr.Examples: preload must be the index of an example, got {index!r}")
        eager = self.cache_mode == "eager"
        targets = self.inputs + (self.outputs if eager else [])
        app.load(
            lambda: _unwrap(self.example_payloads(index) + (self.cached_outputs(index) if eager else [])),
            None, targets, postprocess=False, queue=False, show_progress="hidden",
            api_name=False, api_visibility="private",
        )

    # -- values ------------------------------------------------------------------------

    def example_payloads(self, index: int) -> list[Any]:
        """The front-end values of example ``index``: each value through its input's
        ``postprocess``, as a function returning it would show."""
        from .components.base import serialize

        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(self.examples):
            raise Error(f"there is no example {index!r}")
        with self._lock:
            payloads = self._payloads.get(index)
        if payloads is None:
            from . import files

            cache = self._running_app().files
            with files.bind(cache):  # example files are the app's files
                payloads = [serialize(c.postprocess(v)) for c, v in zip(self.inputs, self.examples[index])]
            files.keep_files(payloads, cache)  # shown again whenever the example is clicked
            with self._lock:
                self._payloads.setdefault(index, payloads)
        return list(payloads)

    def cached_outputs(self, index: int) -> list[Any]:
        """The outputs of example ``index``, computed on first use and kept for everyone."""
        with self._lock:
            if index in self.cache:
                return list(self.cache[index])
            lock = self._computing.setdefault(index, threading.Lock())
        with lock:  # two sessions clicking the same new example compute it once
            with self._lock:
                if index in self.cache:
                    return list(self.cache[index])
            outputs = self._compute(index)
            from . import files

            files.keep_files(outputs, self._running_app().files)  # shown again whenever the example is clicked
            with self._lock:
                self.cache[index] = outputs
            return list(outputs)

    def _cache_all(self) -> None:
        log.info("nbblocks: caching %d example(s)", len(self.examples))
        for index in range(len(self.examples)):
            self.cached_outputs(index)

    def _compute(self, index: int) -> list[Any]:
        """Run fn on one example through the engine, in a session of its own."""
        from .sessions import Session

        app = self._running_app()
        engine = app.engine
        session = Session(app, _CACHE_SESSION, None, cascade=False, initial_values=False)
        job = engine.submit(self._run_dep(app), session, inputs=self.example_payloads(index))
        if job is None:
            raise Error("the app is closed")
        job.done.wait()
        if job.state != "success":
            raise Error(f"running example {index + 1} failed: {job.error}")
        return [session.get(out) for out in self.outputs]

    def _running_app(self) -> Blocks:
        """The app the examples run in: theirs, or the one it was rendered into."""
        app = self.app
        while app.rendered_in is not None:
            app = app.rendered_in
        return app

    def _run_dep(self, app: Blocks) -> Dependency:
        """A listener of ``app`` that is never triggered: the engine runs it for caching."""
        from .events import Dependency

        with self._lock:
            dep = self._run_deps.get(id(app))
            if dep is None:
                dep = self._run_deps[id(app)] = Dependency(
                    app=app, id=app._take_dep_id(), targets=[], fn=self.fn,
                    inputs=list(self.inputs), outputs=list(self.outputs),
                    api_visibility="private", show_progress="hidden", batch=self.batch,
                    preprocess=self.preprocess, postprocess=self.postprocess,
                    concurrency_limit=None,
                )
            return dep

    def __repr__(self) -> str:
        return f"Examples({len(self.examples)} example{'s' if len(self.examples) != 1 else ''})"


def _as_list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    if what == "inputs" and not items:
        raise ValueError("gr.Examples needs at least one input component")
    return items


def _unwrap(values: list[Any]) -> Any:
    return values[0] if len(values) == 1 else tuple(values)


def _cache_mode(cache_examples: bool | str | None, cache_mode: str | None) -> Literal["eager", "lazy"] | None:
    """None (no caching), "eager" or "lazy", from Gradio's two parameters and their
    environment variables (``GRADIO_CACHE_EXAMPLES``, ``GRADIO_CACHE_MODE``)."""
    if cache_examples is None:
        cache_examples = os.environ.get("GRADIO_CACHE_EXAMPLES", "").strip().lower() == "true"
    if cache_examples == "lazy":
        return "lazy"
    if cache_examples not in (True, False):
        raise ValueError(f"cache_examples must be True, False, 'lazy' or None, got {cache_examples!r}")
    if not cache_examples:
        return None
    mode = cache_mode or os.environ.get("GRADIO_CACHE_MODE", "").strip().lower() or "eager"
    if mode not in ("eager", "lazy"):
        raise ValueError(f"cache_mode must be 'eager', 'lazy' or None, got {cache_mode!r}")
    return "lazy" if mode == "lazy" else "eager"


def _examples_from_dir(folder: Path, n_inputs: int) -> list[list[Any]]:
    """A folder of examples: ``log.csv`` (header row, then one row per example; cells that
    name a file in the folder become its path) or, for one input, one file per example."""
    if not folder.is_dir():
        raise ValueError(f"gr.Examples: {folder} is not a directory")
    log_file = folder / "log.csv"
    if log_file.is_file():
        with open(log_file, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))[1:]
        return [[str(folder / cell) if cell and (folder / cell).is_file() else cell for cell in row][:n_inputs] for row in rows]
    if n_inputs != 1:
        raise ValueError(f"gr.Examples: {folder} has no log.csv, which is needed for {n_inputs} inputs")
    return [[str(path)] for path in sorted(folder.iterdir()) if path.is_file() and not path.name.startswith(".")]
