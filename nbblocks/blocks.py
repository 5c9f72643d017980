"""``Blocks``: the app graph — its blocks, its dependencies, and its lifetime.

A ``Blocks`` describes an app and never runs it: what runs it (engine, sessions, the
notebook view, the HTTP server) is its runtime, reached through ``nbblocks.hosting``
(``Blocks.runtime()``) from ``launch``, ``close``, display, ``demo.app``, ``demo.engine``
and ``demo.view()``. Importing this module is cheap; the runtime loads the first time an
app is displayed, driven or launched.
"""

from __future__ import annotations

import dataclasses
import inspect
import threading
import warnings
import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from . import _kernel, context, hosting
from .block import Block, BlockContext
from .component_meta import ComponentMeta
from .events import Dependency, Events, ListenerOptions, event_data_params
from .files import active as files_active
from .listeners import attach

if TYPE_CHECKING:
    from .files import FileCache
    from .listeners import EventListener

__all__ = ["Blocks", "Block", "BlockContext"]

# Apps defined by each notebook cell (with the execution that built them), so re-running
# the cell closes the old apps cleanly while apps built by the same run live together.
_apps_by_cell: dict[str, tuple[str | None, list[weakref.ref[Blocks]]]] = {}
_apps_lock = threading.Lock()


def current_app() -> Blocks | None:
    """The app being built in this context (the innermost ``with gr.Blocks()``), or None."""
    app = context.current_root()
    return app if isinstance(app, Blocks) else None


class Blocks(BlockContext, metaclass=ComponentMeta):
    """A Blocks app: ``with gr.Blocks() as demo: ...`` then ``demo`` displays it."""

    VIEW = "blocks"

    def __init__(
        self,
        theme: Any = None,
        analytics_enabled: bool | None = None,
        mode: str = "blocks",
        title: str = "Gradio",
        css: str | None = None,
        css_paths: Any = None,
        js: str | Literal[True] | None = None,
        head: str | None = None,
        head_paths: Any = None,
        fill_height: bool = False,
        fill_width: bool = False,
        delete_cache: tuple[int, int] | None = None,
        **kwargs: Any,
    ):
        from .themes import resolve_theme

        self.title = title
        self.css = css
        self.theme = resolve_theme(theme, "Blocks")
        self.mode = mode
        self.fill_height = fill_height
        self.fill_width = fill_width
        self.delete_cache = _check_delete_cache(delete_cache)
        #: Largest upload in bytes (``launch(max_file_size=...)``); None: no limit.
        self.max_file_size: int | None = None
        self._files: FileCache | None = None
        self.js = js
        self.head = head
        self.blocks: dict[int, Block] = {}
        self.dependencies: list[Dependency] = []
        #: ``.then``/``.success``/``.failure`` listeners by the id of the listener they
        #: follow, in ``dependencies`` order: every finished event looks its followers up.
        self._followers: dict[int, list[Dependency]] = {}
        self._listeners: dict[tuple[int | None, str], list[Dependency]] = {}
        self._api_names: set[str] = set()
        self._unload_fns: list[Callable[[], Any]] = []
        self._graph_lock = threading.RLock()
        self._scope_blocks: dict[tuple[Any, ...], list[Block]] = {}
        self._next_dep_id = 0
        #: Called with no arguments after listeners were added or dropped (a view shows
        #: which events have listeners).
        self._listener_watchers: list[Callable[[], None]] = []
        self.default_concurrency_limit: int | None = 1
        self.max_size: int | None = None
        self._runtime: hosting.Runtime | None = None
        self._lazy_lock = threading.Lock()
        #: Run once the ``with`` block closes (eager example caching, for instance).
        self._on_built: list[Callable[[], Any]] = []
        self._built = False
        self._nested_in: tuple[Blocks, BlockContext] | None = None
        #: The app this one was rendered into (``TabbedInterface``, ``demo.render()``).
        self.rendered_in: Blocks | None = None
        self._files_lock = threading.Lock()
        self._building: list[Any] = []  # tokens of files_active.building, one per open `with`
        self.closed = False
        super().__init__(render=False, elem_id=kwargs.get("elem_id"), elem_classes=kwargs.get("elem_classes"))
        self.root = self

    # -- building --------------------------------------------------------------------

    def __enter__(self) -> Blocks:
        host = current_app()
        if host is not None:
            # Built inside another app (an Interface in a Blocks, a Blocks in a Blocks): it
            # is built as an app of its own, then placed where its `with` stood.
            if context.render_scope.get() is not None:
                raise NotImplementedError("an app cannot be built inside a @gr.render function")
            self._nested_in = (host, context.current_container())
        context.push(self, app=True)
        self._building.append(files_active.building(lambda: self.files))  # values made inside store files here
        return self

    def __exit__(self, *exc: Any) -> None:
        context.pop(self)
        files_active.built(self._building.pop())
        nested, self._nested_in = self._nested_in, None
        if exc[0] is not None:
            return
        self._take_form_ids()
        if nested is not None:
            host, container = nested
            self._place_in(host, container)
            hooks, self._on_built = self._on_built, []
            for hook in hooks:  # caching examples waits for the whole app
                host.when_built(hook)
            return
        self._replace_previous_run()
        self._run_build_hooks()

    def when_built(self, hook: Callable[[], Any]) -> None:
        """Run ``hook`` when the app's ``with`` block closes (at once if it already has)."""
        if self._built or context.render_scope.get() is not None:
            hook()
        else:
            self._on_built.append(hook)

    def _run_build_hooks(self) -> None:
        self._built = True
        hooks, self._on_built = self._on_built, []
        for hook in hooks:
            hook()

    def render(self) -> Blocks:
        """Inside another app's ``with`` block: place this app's blocks and listeners there
        (as ``TabbedInterface`` does). Outside one, nothing happens."""
        host = current_app()
        container = context.current_container()
        if host is None or host is self or container is None:
            return self
        self._place_in(host, container)
        return self

    def _place_in(self, host: Blocks, container: BlockContext) -> None:
        """Render this app inside ``host`` (``TabbedInterface``, ``demo.render()`` in a
        ``with``): its blocks move into ``container`` and every listener is recorded in
        ``host`` with the same triggers and options, so the host runs them as its own.
        Public endpoint names stay unless the host has one of that name already; then a
        suffix makes them unique (``predict``, ``predict_1``), as in Gradio."""
        if self.closed:
            raise RuntimeError(f"{self!r} is closed and cannot be rendered into another app")
        if self.rendered_in is not None:
            raise ValueError("this app is already rendered inside another app")
        if any(dep.renderable is not None for dep in self.dependencies):
            raise NotImplementedError("an app using @gr.render cannot be rendered inside another app yet")
        for child in list(self.children):
            container.add_child(child)
        for block in list(self.blocks.values()):
            host._register_block(block)
        copies: dict[int, Dependency] = {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # arity warnings were given when this app was built
            for dep in self.dependencies:
                copies[dep.id] = host._copy_listener(dep, copies)
        host._unload_fns.extend(self._unload_fns)
        with self._files_lock:
            own_files = self._files
        if own_files is not None:  # files issued while this app was built (values, examples)
            host.files.absorb(own_files)
        self.rendered_in = host

    def _copy_listener(self, dep: Dependency, copies: dict[int, Dependency]) -> Dependency:
        """Record another app's listener here; ``copies`` maps its listeners' ids to their copies."""
        api: dict[str, Any] = {"api_name": dep.api_name, "api_visibility": dep.api_visibility}
        if dep.api_visibility == "private" or dep.api_name is None:
            api = {"api_name": False, "api_visibility": "private"}
        options = dataclasses.replace(dep.options(), cancels=[copies[c.id] for c in dep.cancels if c.id in copies], **api)
        return self._add_dependency(
            targets=list(dep.targets),
            fn=dep.fn,
            inputs=set(dep.inputs) if dep.inputs_as_dict else list(dep.inputs),
            outputs=list(dep.outputs),
            options=options,
            trigger_after=copies[dep.trigger_after].id if dep.trigger_after is not None else None,
            trigger_only_on_success=dep.trigger_only_on_success,
            trigger_only_on_failure=dep.trigger_only_on_failure,
        )

    def _register_block(self, block: Block) -> None:
        existing = self.blocks.get(block._id)
        if existing is not None and existing is not block:
            raise ValueError(f"Two blocks share an id in {self!r}")
        scope = context.render_scope.get()
        with self._graph_lock:
            self.blocks[block._id] = block
            if scope is not None:
                self._scope_blocks.setdefault(scope, []).append(block)
        block.root = self
        self._attach_value_listeners(block)
        placed = getattr(block, "_on_placed", None)
        if placed is not None:
            placed(self)
        if isinstance(block, BlockContext):
            for child in block.children:
                self._register_block(child)

    def _attach_value_listeners(self, block: Block) -> None:
        """``value=fn`` with ``inputs=``/``every=``: recompute on input change, timer tick and
        load, as one listener added when the app's build ends (Gradio's place for it, so
        every ``fn_index`` matches Gradio's)."""
        from .components.base import Component
        from .components.timer import Timer

        if not isinstance(block, Component) or not block.loads_with_events or getattr(block, "_load_events_attached", False):
            return
        if context.current_root() is not self:
            return  # only while the app is being built
        block._load_events_attached = True  # type: ignore[attr-defined]  # a marker: attached once per component
        fn, inputs, every = block.load_fn, block.load_inputs, block._every
        timer = None
        if every is not None:
            timer = every if isinstance(every, Timer) else Timer(every, render=False)
            if timer.root is None:
                self._register_block(timer)

        def listen() -> None:
            triggers: list[tuple[Any, EventListener]] = []
            if inputs is not None:
                for comp in inputs if isinstance(inputs, (list, tuple, set)) else [inputs]:
                    triggers.append((comp, type(comp).change))
            if timer is not None:
                triggers.append((timer, cast("EventListener", Timer.tick)))  # the class attribute is the EventListener
            options = {"show_progress": "hidden" if triggers else "full", "trigger_mode": "once"}
            attach([*triggers, (None, Events.load)], fn, inputs, block, options, owner=self)

        self.when_built(listen)

    def _replace_previous_run(self) -> None:
        """Re-running a notebook cell closes the apps that cell made before; apps made by
        the same run (two Interfaces and the TabbedInterface holding them) all stay."""
        cell = _kernel.current_cell_id()
        if cell is None:
            return
        run = _kernel.current_execution_id()
        with _apps_lock:
            previous_run, refs = _apps_by_cell.get(cell, (None, []))
            if run is not None and run == previous_run:
                refs.append(weakref.ref(self))
                return
            old = [r() for r in refs]
            _apps_by_cell[cell] = (run, [weakref.ref(self)])
        for app in old:
            if app is not None and app is not self:
                app.close()

    def _normalize_blocks(self, value: Any, what: str) -> tuple[list[Block], bool]:
        if value is None:
            return [], False
        as_dict = isinstance(value, (set, frozenset))
        items = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        if as_dict:
            items.sort(key=lambda b: getattr(b, "_id", 0))
        out: list[Block] = []
        for item in items:
            if not isinstance(item, Block):
                raise TypeError(f"{what} must be components, got {type(item).__name__}: {item!r}")
            # a gr.HTML with children is a component
            if what == "inputs" and isinstance(item, BlockContext) and not hasattr(item, "preprocess"):
                raise TypeError(f"inputs must be components, not the layout {item!r}")
            if item.root is None:
                self._register_block(item)  # render=False components may still be used
            elif item.root is not self and not self._hosted_by(item.root):
                raise ValueError(f"{item!r} belongs to another Blocks app and cannot be an {what[:-1]} here")
            out.append(item)
        return out, as_dict

    def _hosted_by(self, app: object) -> bool:
        """Built inside ``app``'s ``with`` block (an Interface in a Blocks): this app's
        listeners move into ``app``, so they may use ``app``'s components."""
        return self._nested_in is not None and self._nested_in[0] is app

    def _listen(
        self,
        triggers: Sequence[tuple[Block | None, EventListener]],
        fn: Any,
        inputs: Any,
        outputs: Any,
        options: ListenerOptions,
        *,
        after: int | None = None,
        on_success: bool = False,
        on_failure: bool = False,
    ) -> Any:
        """Record a listener: what listener methods, ``gr.on``, ``.then`` and ``load`` do
        (``fn="decorator"`` returns a decorator that records it)."""
        targets = [(b, t.event_name) for b, t in triggers]

        def record(f: Callable[..., Any] | None) -> Dependency:
            return self._add_dependency(
                targets=targets, fn=f, inputs=inputs, outputs=outputs, options=options,
                trigger_after=after, trigger_only_on_success=on_success, trigger_only_on_failure=on_failure,
            )

        if fn == "decorator":
            def decorator(f: Callable[..., Any]) -> Callable[..., Any]:
                record(f)
                return f

            return decorator
        return record(fn)

    def _add_dependency(
        self,
        *,
        targets: list[tuple[Block | None, str]],
        fn: Callable[..., Any] | None,
        inputs: Any,
        outputs: Any,
        options: ListenerOptions,
        trigger_after: int | None = None,
        trigger_only_on_success: bool = False,
        trigger_only_on_failure: bool = False,
    ) -> Dependency:
        """Resolve ``options`` against this app and record the listener."""
        if self.closed:
            raise RuntimeError(f"{self!r} is closed; create a new app")
        cancels = _as_dependencies(options.cancels, self)
        if options.batch and fn is not None and (inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn)):
            raise ValueError("batch=True cannot be used with a generator function")
        if fn is not None and not callable(fn):
            raise TypeError(f"fn must be callable or None, got {type(fn).__name__}")
        in_blocks, as_dict = self._normalize_blocks(inputs, "inputs")
        out_blocks, _ = self._normalize_blocks(outputs, "outputs")
        visibility = options.api_visibility
        if not options.show_api and visibility == "public":
            visibility = "undocumented"
        if fn is None or options.api_name is False:
            visibility = "private"
        name = options.api_name if isinstance(options.api_name, str) else None
        api_name = None if visibility == "private" else self._unique_api_name(name, fn)
        show_on = options.show_progress_on
        # cancels= is a listener of its own right after this one, as in Gradio (below)
        resolved = {**vars(options), "api_name": api_name, "api_visibility": visibility, "cancels": [],
                    "trigger_mode": options.trigger_mode or "once", "queue": options.queue is not False,
                    "batch": bool(options.batch),
                    "show_progress_on": self._normalize_blocks(show_on, "show_progress_on")[0] if show_on is not None else None}
        dep = Dependency(
            app=self,
            id=self._take_dep_id(),
            targets=list(targets),
            fn=fn,
            inputs=in_blocks,
            outputs=out_blocks,
            inputs_as_dict=as_dict,
            trigger_after=trigger_after,
            trigger_only_on_success=trigger_only_on_success,
            trigger_only_on_failure=trigger_only_on_failure,
            scope=context.render_scope.get(),
            **resolved,
        )
        if fn is not None:
            _check_arity(fn, len(in_blocks), as_dict)
        with self._graph_lock:
            self._append_dependency(dep)
            for block, event in dep.targets:
                self._listeners.setdefault((block._id if block is not None else None, event), []).append(dep)
            if cancels:
                self._add_cancel_listener(dep, cancels)
        self._listeners_changed()
        return dep

    def _append_dependency(self, dep: Dependency) -> None:
        """Under the graph lock: ``dep`` joins the app's listeners (and its followers' index)."""
        self.dependencies.append(dep)
        if dep.trigger_after is not None:
            self._followers.setdefault(dep.trigger_after, []).append(dep)

    def _add_cancel_listener(self, dep: Dependency, cancels: list[Dependency]) -> None:
        """``cancels=`` becomes a private listener of the same triggers right after ``dep``
        (Gradio's layout, so every later ``fn_index`` is Gradio's); it fires before ``dep``
        so the cancelled runs stop first."""
        canceller = dataclasses.replace(
            dep, id=self._take_dep_id(), fn=None, inputs=[], outputs=[], api_name=None, api_description=None,
            api_visibility="private", queue=False, preprocess=False, postprocess=False, cancels=cancels,
            js=None, validator=None, every=None, show_progress="hidden", show_progress_on=None, renderable=None, batch=False,
        )
        self._append_dependency(canceller)
        for block, event in dep.targets:
            listeners = self._listeners[(block._id if block is not None else None, event)]
            listeners.insert(listeners.index(dep), canceller)

    def _unique_api_name(self, name: str | None, fn: Callable[..., Any] | None) -> str:
        if name is None:
            name = getattr(fn, "__name__", "predict") or "predict"
            if name == "<lambda>":
                name = "lambda"
        name = name.lstrip("/")
        base, n = name, 0
        while name in self._api_names:
            n += 1
            name = f"{base}_{n}"
        self._api_names.add(name)
        return name

    def _take_dep_id(self) -> int:
        with self._graph_lock:
            dep_id = self._next_dep_id
            self._next_dep_id += 1
            return dep_id

    def dependency(self, dep_id: int) -> Dependency | None:
        with self._graph_lock:
            for dep in self.dependencies:
                if dep.id == dep_id:
                    return dep
        return None

    def listeners_for(self, block: Block | None, event: str, session_id: str | None = None) -> list[Dependency]:
        """Listeners of an event: the app's own, plus those ``session_id``'s renders made."""
        key = (block._id if block is not None else None, event)
        if key not in self._listeners:  # most outputs have no `change` listener: no lock to take
            return []
        with self._graph_lock:
            deps = self._listeners.get(key, [])
            return [d for d in deps if d.scope is None or d.scope[0] == session_id]

    def events_with_listeners(self, block: Block) -> list[str]:
        with self._graph_lock:
            return sorted(e for (bid, e), deps in self._listeners.items() if bid == block._id and deps)

    def followers_of(self, dep: Dependency) -> list[Dependency]:
        if dep.id not in self._followers:  # most listeners have none: no lock to take
            return []
        with self._graph_lock:
            return [d for d in self._followers.get(dep.id, ()) if d.scope is None or d.scope == dep.scope]

    def _drop_scope(self, scope: tuple[Any, ...]) -> list[Block]:
        """Forget the blocks and listeners one render run made; returns the blocks."""
        with self._graph_lock:
            dropped = [d for d in self.dependencies if d.scope == scope]
            self.dependencies = [d for d in self.dependencies if d.scope != scope]
            followers: dict[int, list[Dependency]] = {}
            for left in self.dependencies:
                if left.trigger_after is not None:
                    followers.setdefault(left.trigger_after, []).append(left)
            self._followers = followers  # whole at once: followers_of reads it without the lock
            for key, deps in list(self._listeners.items()):
                kept = [d for d in deps if d.scope != scope]
                if kept:
                    self._listeners[key] = kept
                else:
                    del self._listeners[key]
            blocks = self._scope_blocks.pop(scope, [])
            for b in blocks:
                self.blocks.pop(b._id, None)
            self._api_names -= {d.api_name for d in dropped if d.api_name}
        return blocks

    def _swap_scope(self, scope: tuple[Any, ...], build_scope: tuple[Any, ...]) -> tuple[list[Block], list[Block]]:
        """A render run built its blocks and listeners under ``build_scope``: forget what
        the previous run of ``scope`` made and adopt the new run as ``scope``. Returns
        (the blocks built, the blocks dropped)."""
        with self._graph_lock:
            built = self._scope_blocks.pop(build_scope, [])
            previous = scope in self._scope_blocks or any(d.scope == scope for d in self.dependencies)
        removed = self._drop_scope(scope) if previous else []
        with self._graph_lock:
            for dep in self.dependencies:
                if dep.scope == build_scope:
                    dep.scope = scope
            self._scope_blocks[scope] = built
            for b in built:
                self.blocks[b._id] = b
        self._listeners_changed()
        return built, removed

    def scope_blocks(self, scope: tuple[Any, ...]) -> list[Block]:
        """The blocks a render run made (``scope``: session id, render id)."""
        with self._graph_lock:
            return list(self._scope_blocks.get(scope, []))

    def _drop_session(self, session_id: str) -> None:
        with self._graph_lock:
            scopes = {s for s in self._scope_blocks if s[0] == session_id}
            scopes |= {d.scope for d in self.dependencies if d.scope is not None and d.scope[0] == session_id}
        for scope in scopes:
            self._drop_scope(scope)
        if scopes:
            self._listeners_changed()

    def watch_listeners(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` whenever listeners are added or dropped (a view shows which
        events have listeners); undo with :meth:`unwatch_listeners`."""
        with self._graph_lock:
            self._listener_watchers.append(callback)

    def unwatch_listeners(self, callback: Callable[[], None]) -> None:
        with self._graph_lock:
            if callback in self._listener_watchers:
                self._listener_watchers.remove(callback)

    def _listeners_changed(self) -> None:
        with self._graph_lock:
            watchers = list(self._listener_watchers)
        for watcher in watchers:
            watcher()

    def interactive_default(self, block: Block) -> bool:
        """Gradio's rule: a component used only as an output is static; others are interactive."""
        explicit = getattr(block, "interactive", None)
        if explicit is not None:
            return bool(explicit)
        is_input = any(block in d.inputs for d in self.dependencies)
        is_output = any(block in d.outputs for d in self.dependencies)
        return is_input or not is_output

    def get_config(self) -> dict[str, Any]:
        from .themes import css_variables

        return super().get_config() | {
            "title": self.title, "css": self.css, "fill_height": self.fill_height,
            "fill_width": self.fill_width, "theme": css_variables(self.theme),
        }

    # -- app events ----------------------------------------------------------------

    def load(
        self, fn: Callable[..., Any] | Literal["decorator"] | None = "decorator", inputs: Any = None, outputs: Any = None, **kwargs: Any
    ) -> Any:
        """Run ``fn`` when the app loads (when a session starts: the notebook view, or an HTTP client)."""
        return attach([(None, Events.load)], fn, inputs, outputs, kwargs, owner=self)

    def unload(self, fn: Callable[[], Any]) -> None:
        """Run ``fn()`` when a session ends (its view or client goes away, or the app closes)."""
        if not callable(fn):
            raise TypeError("unload takes a function with no arguments")
        self._unload_fns.append(fn)

    def queue(
        self,
        status_update_rate: float | Literal["auto"] = "auto",
        api_open: bool | None = None,
        max_size: int | None = None,
        *,
        default_concurrency_limit: int | None = 1,
    ) -> Blocks:
        """Queue settings: ``default_concurrency_limit`` applies to listeners left at "default"."""
        if not (default_concurrency_limit is None or (isinstance(default_concurrency_limit, int) and default_concurrency_limit >= 1)):
            raise ValueError("default_concurrency_limit must be a positive int or None")
        if max_size is not None and (not isinstance(max_size, int) or max_size < 0):
            raise ValueError("max_size must be a non-negative int or None")
        self.default_concurrency_limit = default_concurrency_limit
        self.max_size = max_size
        return self

    # -- running: everything goes to the app's runtime (nbblocks.hosting) ---------------

    def runtime(self) -> hosting.Runtime:
        """What runs this app (``nbblocks.app_runtime.AppRuntime``): created on first use,
        kept until the app is closed."""
        with self._lazy_lock:
            if self._runtime is None:
                if self.closed:
                    raise RuntimeError(f"{self!r} is closed; create a new app")
                self._runtime = hosting.host().runtime_for(self)
            return self._runtime

    @property
    def engine(self) -> Any:
        """The app's engine (``nbblocks.engine.Engine``), shared by all its sessions."""
        return self.runtime().engine

    def view(self) -> Any:
        """The notebook session of this app, as widget models (``nbblocks.widgets.AppView``,
        created on first use)."""
        return self.runtime().view()

    @property
    def files(self) -> FileCache:
        """The app's file cache: every file it issued (uploads, outputs), and only those
        are served (``docs/files-and-images.md``). Closed with the app. An app rendered
        inside another uses the other's cache."""
        if self.rendered_in is not None:
            return self.rendered_in.files
        made = self._files
        if made is not None:  # read once per event: no lock once the cache exists
            return made
        with self._files_lock:
            if self._files is None:
                from .files import FileCache, default_cache

                self._files = FileCache(max_file_size=self.max_file_size, fallback=default_cache())
            return self._files

    def set_max_file_size(self, size: int | None) -> None:
        """Largest upload in bytes (None: no limit), for this app's file cache too."""
        self.max_file_size = size
        with self._files_lock:
            if self._files is not None:
                self._files.max_file_size = size

    def launch(
        self,
        inline: bool | None = None,
        inbrowser: bool = False,
        share: bool | None = None,
        debug: bool = False,
        max_threads: int = 40,
        auth: Any = None,
        auth_message: str | None = None,
        prevent_thread_lock: bool = False,
        show_error: bool = False,
        server_name: str | None = None,
        server_port: int | None = None,
        *,
        root_path: str | None = None,
        max_file_size: int | str | None = None,
        state_session_capacity: int = 10000,
        session_timeout: float = 3600,
        forwarded_allow_ips: str | list[str] | None = None,
        quiet: bool = False,
        snapshot: bool | None = None,
        ssl_keyfile: str | None = None,
        ssl_certfile: str | None = None,
        ssl_keyfile_password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        """Show the app and/or serve Gradio's HTTP API (``docs/http-api.md``).

        In a notebook, ``launch()`` shows the app inline and starts no server; with
        ``server_name=`` or ``server_port=`` it also serves the API from a background
        thread and returns at once. In a script it serves and blocks until Ctrl+C or
        ``close()``, unless ``prevent_thread_lock=True``. The server binds 127.0.0.1
        unless told otherwise; ``server_port=None`` takes the first free port from 7860,
        ``0`` any free port. Returns ``(asgi_app, local_url, None)`` as Gradio does.
        ``snapshot=False`` leaves no static picture of the app in the notebook (default:
        the ``NBBLOCKS_SNAPSHOT`` environment variable, on unless ``0``;
        ``docs/sharing-notebooks.md``). ``auth=`` (a ``(user, password)`` pair, a list
        of them, or a function) puts every route behind a login page, with
        ``auth_message`` on it; ``ssl_keyfile``/``ssl_certfile`` serve HTTPS
        (``docs/serving.md``).
        """
        if self.closed:
            raise RuntimeError(f"{self!r} is closed; create a new app")
        options = dict(locals())
        del options["self"]
        options.update(options.pop("kwargs"))
        return self.runtime().launch(**options)

    def to_html(self) -> str:
        """The app as static HTML, as it looks now in the notebook (the notebook view's
        values, else the initial ones): inline styles, no script, every value escaped."""
        return self.runtime().snapshot()

    @property
    def local_url(self) -> str | None:
        """``http://127.0.0.1:<port>/`` while the HTTP server runs, else None."""
        runtime = self._runtime
        return runtime.local_url if runtime is not None else None

    @property
    def server_port(self) -> int | None:
        runtime = self._runtime
        return runtime.server_port if runtime is not None else None

    @property
    def app(self) -> Any:
        """The plain ASGI app of the HTTP API (the running server's, or one to mount)."""
        return self.runtime().asgi

    def close(self) -> None:
        """Close the app: HTTP server (the port is freed), widget models, sessions (State
        ``delete_callback``s run once), engine, and its files (deleted unless another
        app uses the same bytes)."""
        with self._lazy_lock:
            if self.closed:
                return
            self.closed = True
            runtime = self._runtime
        if runtime is not None:
            runtime.close()
        if self._files is not None:
            self._files.close()

    def __repr__(self) -> str:
        lines = [f"Blocks(title={self.title!r})" if self.title != "Gradio" else "Blocks()"]
        _tree(self, "", lines)
        if self.dependencies:
            lines.append(f"{len(self.dependencies)} event listener{'s' if len(self.dependencies) != 1 else ''}:")
            for dep in self.dependencies:
                lines.append(f"  {_describe_dep(dep)}")
        return "\n".join(lines)


def _check_delete_cache(value: Any) -> tuple[float, float] | None:
    """Gradio's ``delete_cache=(frequency, age)`` in seconds."""
    if value is None:
        return None
    if (not isinstance(value, (tuple, list)) or len(value) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in value)):
        raise ValueError(f"delete_cache must be (frequency, age), two positive numbers of seconds, got {value!r}")
    return float(value[0]), float(value[1])


def _tree(ctx: BlockContext, prefix: str, lines: list[str]) -> None:
    for i, child in enumerate(ctx.children):
        last = i == len(ctx.children) - 1
        lines.append(f"{prefix}{'└── ' if last else '├── '}{child!r}")
        if isinstance(child, BlockContext):
            _tree(child, prefix + ("    " if last else "│   "), lines)


def _describe_dep(dep: Dependency) -> str:
    def name(b: Block | None) -> str:
        if b is None:
            return "Blocks"
        label = getattr(b, "label", None)
        if label is None and type(b).__name__ == "Button":
            label = getattr(b, "value", None)
        return f"{type(b).__name__}({label!r})" if isinstance(label, str) and label else type(b).__name__

    trig = ", ".join(f"{name(b)}.{e}" for b, e in dep.targets) or f"then(#{dep.trigger_after})"
    fn = getattr(dep.fn, "__name__", None) or "None"
    ins = ", ".join(name(b) for b in dep.inputs)
    outs = ", ".join(name(b) for b in dep.outputs)
    api = f" api_name={dep.api_name!r}" if dep.api_name else ""
    return f"#{dep.id} {trig} -> {fn}([{ins}]) -> [{outs}]{api}"


def _check_arity(fn: Callable[..., Any], n_inputs: int, as_dict: bool) -> None:
    """Warn early, as Gradio does, when fn cannot take the inputs it will get."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return
    special = set(event_data_params(fn))
    params = [p for p in sig.parameters.values() if p.name not in special]
    if any(p.kind is p.VAR_POSITIONAL for p in params):
        return
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    required = [p for p in positional if p.default is p.empty]
    n = 1 if as_dict else n_inputs
    if n < len(required) or n > len(positional):
        warnings.warn(
            f"{getattr(fn, '__name__', 'fn')}() takes {len(required)}"
            f"{'' if len(required) == len(positional) else f' to {len(positional)}'} positional "
            f"argument(s) but the listener has {n} input(s)",
            UserWarning,
            stacklevel=4,
        )


def _as_dependencies(value: Any, app: Blocks) -> list[Dependency]:
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    deps = []
    for item in items:
        if not isinstance(item, Dependency):
            raise TypeError(f"cancels takes the objects event listeners return, got {type(item).__name__}")
        if item.app is not app:
            raise ValueError("cancels can only name events of the same app")
        deps.append(item)
    return deps
