"""``Blocks``: the app graph — its blocks, its dependencies, and its lifetime.

Importing this module is cheap: the engine, sessions and widgets are imported the
first time an app is displayed, driven or launched.
"""

from __future__ import annotations

import inspect
import threading
import typing
import warnings
import weakref
from typing import TYPE_CHECKING, Any, Callable, Literal

from . import _kernel, context
from .block import Block, BlockContext
from .component_meta import ComponentMeta
from .events import Dependency, EventData, Events, _LISTENER_DEFAULTS

if TYPE_CHECKING:
    from .engine import Engine
    from .files import FileCache
    from .server.lifecycle import ServerHandle
    from .server.routes import HttpApi
    from .widgets.app_view import AppView

__all__ = ["Blocks", "Block", "BlockContext", "close_all"]

# Apps defined by each notebook cell (with the execution that built them), so re-running
# the cell closes the old apps cleanly while apps built by the same run live together.
_apps_by_cell: dict[str, tuple[str | None, list[weakref.ref[Blocks]]]] = {}
_apps_lock = threading.Lock()
#: Apps whose HTTP server may be running, for ``gr.close_all()``.
_serving: weakref.WeakSet[Blocks] = weakref.WeakSet()

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
        js: str | None = None,
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
        self._listeners: dict[tuple[int | None, str], list[Dependency]] = {}
        self._api_names: set[str] = set()
        self._unload_fns: list[Callable[[], Any]] = []
        self._graph_lock = threading.RLock()
        self._scope_blocks: dict[tuple[str, int], list[Block]] = {}
        self._next_dep_id = 0
        self.default_concurrency_limit: int | None = 1
        self.max_size: int | None = None
        self._engine: Engine | None = None
        self._view: AppView | None = None
        self._server: ServerHandle | None = None  # the HTTP server, while launched
        self._asgi: HttpApi | None = None  # the ASGI app for mounting (Blocks.app)
        self._footer: dict[str, Any] | None = None
        self._lazy_lock = threading.Lock()
        #: Run once the ``with`` block closes (eager example caching, for instance).
        self._on_built: list[Callable[[], Any]] = []
        self._built = False
        self._nested_in: tuple[Blocks, BlockContext | None] | None = None
        #: The app this one was rendered into (``TabbedInterface``, ``demo.render()``).
        self.rendered_in: Blocks | None = None
        self._files_lock = threading.Lock()
        self.closed = False
        super().__init__(render=False, elem_id=kwargs.get("elem_id"), elem_classes=kwargs.get("elem_classes"))
        self.root = self

    # -- building --------------------------------------------------------------------

    def __enter__(self) -> Blocks:
        host = context.current_root()
        if host is not None:
            # Built inside another app (an Interface in a Blocks, a Blocks in a Blocks): it
            # is built as an app of its own, then placed where its `with` stood.
            if context.render_scope.get() is not None:
                raise NotImplementedError("an app cannot be built inside a @gr.render function")
            self._nested_in = (host, context.current_container())
        context.push(self)
        return self

    def __exit__(self, *exc: Any) -> None:
        context.pop(self)
        nested, self._nested_in = self._nested_in, None
        if exc[0] is not None:
            return
        if nested is not None:
            from ._embed import embed

            host, container = nested
            embed(self, host, container)
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
        host = context.current_root()
        container = context.current_container()
        if host is None or host is self or container is None:
            return self
        from ._embed import embed

        embed(self, host, container)
        return self

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
        attach = getattr(block, "_attach_load_events", None)
        if attach is not None:
            attach(self)
        if isinstance(block, BlockContext):
            for child in block.children:
                self._register_block(child)

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
            if what == "inputs" and isinstance(item, BlockContext) and not hasattr(item, "preprocess"):  # a gr.HTML with children is a component
                raise TypeError(f"inputs must be components, not the layout {item!r}")
            if item.root is None:
                self._register_block(item)  # render=False components may still be used
            elif item.root is not self:
                raise ValueError(f"{item!r} belongs to another Blocks app and cannot be an {what[:-1]} here")
            out.append(item)
        return out, as_dict

    def _add_dependency(
        self,
        *,
        targets: list[tuple[Block | None, str]],
        fn: Callable | None,
        inputs: Any,
        outputs: Any,
        trigger_after: int | None = None,
        trigger_only_on_success: bool = False,
        trigger_only_on_failure: bool = False,
        **options: Any,
    ) -> Dependency:
        if self.closed:
            raise RuntimeError(f"{self!r} is closed; create a new app")
        unknown = set(options) - set(_LISTENER_DEFAULTS)
        if unknown:
            raise TypeError(f"unexpected event listener argument(s): {', '.join(sorted(unknown))}")
        opts = {**_LISTENER_DEFAULTS, **options}
        js = opts["js"]
        if not (js is None or js is True or isinstance(js, str)):
            raise TypeError(f"js must be a JavaScript function as a string, True or None, got {type(js).__name__}")
        cancels = _as_dependencies(opts["cancels"], self)
        for name in ("every", "time_limit"):
            value = opts[name]
            if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0):
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        stream_every = opts["stream_every"]
        if isinstance(stream_every, bool) or not isinstance(stream_every, (int, float)) or stream_every <= 0:
            raise ValueError(f"stream_every must be a positive number of seconds, got {stream_every!r}")
        if opts["validator"] is not None and not callable(opts["validator"]):
            raise TypeError("validator must be a function returning gr.validate(...) per input")
        if opts["batch"] and fn is not None and (inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn)):
            raise ValueError("batch=True cannot be used with a generator function")
        if not isinstance(opts["max_batch_size"], int) or opts["max_batch_size"] < 1:
            raise ValueError(f"max_batch_size must be a positive int, got {opts['max_batch_size']!r}")
        if fn is not None and not callable(fn):
            raise TypeError(f"fn must be callable or None, got {type(fn).__name__}")
        in_blocks, as_dict = self._normalize_blocks(inputs, "inputs")
        out_blocks, _ = self._normalize_blocks(outputs, "outputs")
        trigger_mode = opts["trigger_mode"] or "once"
        if trigger_mode not in ("once", "multiple", "always_last"):
            raise ValueError(f"trigger_mode must be 'once', 'multiple' or 'always_last', got {trigger_mode!r}")
        limit = opts["concurrency_limit"]
        if not (limit is None or limit == "default" or (isinstance(limit, int) and limit >= 1)):
            raise ValueError(f"concurrency_limit must be a positive int, None or 'default', got {limit!r}")
        if opts["show_progress"] not in ("full", "minimal", "hidden"):
            raise ValueError(f"show_progress must be 'full', 'minimal' or 'hidden', got {opts['show_progress']!r}")
        visibility = opts["api_visibility"]
        if not opts["show_api"] and visibility == "public":
            visibility = "undocumented"
        if fn is None or opts["api_name"] is False:
            visibility = "private"
        api_name = None if visibility == "private" else self._unique_api_name(opts["api_name"], fn)
        show_on = opts["show_progress_on"]
        dep = Dependency(
            app=self,
            id=self._take_dep_id(),
            targets=list(targets),
            fn=fn,
            inputs=in_blocks,
            outputs=out_blocks,
            inputs_as_dict=as_dict,
            api_name=api_name,
            api_description=opts["api_description"],
            api_visibility=visibility,
            scroll_to_output=opts["scroll_to_output"],
            show_progress=opts["show_progress"],
            show_progress_on=self._normalize_blocks(show_on, "show_progress_on")[0] if show_on is not None else None,
            queue=opts["queue"] is not False,
            batch=bool(opts["batch"]),
            max_batch_size=opts["max_batch_size"],
            cancels=[],  # a listener of its own does the cancelling, as in Gradio (below)
            js=opts["js"],
            every=opts["every"],
            time_limit=opts["time_limit"],
            stream_every=stream_every,
            validator=opts["validator"],
            preprocess=opts["preprocess"],
            postprocess=opts["postprocess"],
            trigger_mode=trigger_mode,
            concurrency_limit=limit,
            concurrency_id=opts["concurrency_id"],
            key=opts["key"],
            trigger_after=trigger_after,
            trigger_only_on_success=trigger_only_on_success,
            trigger_only_on_failure=trigger_only_on_failure,
            scope=context.render_scope.get(),
        )
        if fn is not None:
            _check_arity(fn, len(in_blocks), as_dict)
        with self._graph_lock:
            self.dependencies.append(dep)
            for block, event in dep.targets:
                self._listeners.setdefault((block._id if block is not None else None, event), []).append(dep)
            if cancels:
                self._add_cancel_listener(dep, cancels)
        if self._view is not None:
            self._view.refresh_listeners()
        return dep

    def _add_cancel_listener(self, dep: Dependency, cancels: list[Dependency]) -> None:
        """``cancels=`` becomes a private listener of the same triggers right after ``dep``
        (Gradio's layout, so every later ``fn_index`` is Gradio's); it fires before ``dep``
        so the cancelled runs stop first."""
        canceller = Dependency(
            app=self, id=self._take_dep_id(), targets=list(dep.targets), fn=None, inputs=[], outputs=[],
            api_visibility="private", queue=False, preprocess=False, cancels=cancels,
            trigger_after=dep.trigger_after, trigger_only_on_success=dep.trigger_only_on_success,
            trigger_only_on_failure=dep.trigger_only_on_failure, scope=dep.scope,
        )
        self.dependencies.append(canceller)
        for block, event in dep.targets:
            listeners = self._listeners[(block._id if block is not None else None, event)]
            listeners.insert(listeners.index(dep), canceller)

    def _unique_api_name(self, name: str | None, fn: Callable | None) -> str:
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
        with self._graph_lock:
            deps = self._listeners.get((block._id if block is not None else None, event), [])
            return [d for d in deps if d.scope is None or d.scope[0] == session_id]

    def events_with_listeners(self, block: Block) -> list[str]:
        with self._graph_lock:
            return sorted(e for (bid, e), deps in self._listeners.items() if bid == block._id and deps)

    def followers_of(self, dep: Dependency) -> list[Dependency]:
        with self._graph_lock:
            return [d for d in self.dependencies if d.trigger_after == dep.id and (d.scope is None or d.scope == dep.scope)]

    def _drop_scope(self, scope: tuple[str, int], keep: set[int] = frozenset()) -> list[Block]:  # type: ignore[assignment]
        """Forget the blocks and listeners one render run made (except blocks in ``keep``)."""
        with self._graph_lock:
            dropped = [d for d in self.dependencies if d.scope == scope]
            self.dependencies = [d for d in self.dependencies if d.scope != scope]
            for key, deps in list(self._listeners.items()):
                kept = [d for d in deps if d.scope != scope]
                if kept:
                    self._listeners[key] = kept
                else:
                    del self._listeners[key]
            blocks = [b for b in self._scope_blocks.pop(scope, []) if b._id not in keep]
            for b in blocks:
                self.blocks.pop(b._id, None)
            self._api_names -= {d.api_name for d in dropped if d.api_name}
        return blocks

    def _drop_session(self, session_id: str) -> None:
        with self._graph_lock:
            scopes = {s for s in self._scope_blocks if s[0] == session_id}
            scopes |= {d.scope for d in self.dependencies if d.scope is not None and d.scope[0] == session_id}
        for scope in scopes:
            self._drop_scope(scope)

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
            "fill_width": self.fill_width, "footer": self._footer, "theme": css_variables(self.theme),
        }

    # -- app events ----------------------------------------------------------------

    def load(self, fn: Callable | None | Literal["decorator"] = "decorator", inputs: Any = None, outputs: Any = None, **kwargs: Any) -> Any:
        """Run ``fn`` when the app loads (when a session starts: the notebook view, or an HTTP client)."""
        from .events import _attach

        return _attach([(None, Events.load)], fn, inputs, outputs, kwargs, owner=self)

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

    # -- running -------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        with self._lazy_lock:
            if self._engine is None:
                if self.closed:
                    raise RuntimeError(f"{self!r} is closed; create a new app")
                from .engine import Engine

                self._engine = Engine(self)
            return self._engine

    @property
    def files(self) -> FileCache:
        """The app's file cache: every file it issued (uploads, outputs), and only those
        are served (``docs/files-and-images.md``). Closed with the app. An app rendered
        inside another uses the other's cache."""
        if self.rendered_in is not None:
            return self.rendered_in.files
        with self._files_lock:
            if self._files is None:
                from .files import FileCache, default_cache

                self._files = FileCache(max_file_size=self.max_file_size, fallback=default_cache())
            return self._files

    def view(self) -> AppView:
        """The notebook session of this app, as widget models (created on first use)."""
        engine = self.engine
        with self._lazy_lock:
            if self._view is None:
                from .widgets.app_view import AppView

                self._view = AppView(self, engine)
            return self._view

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
        quiet: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Show the app and/or serve Gradio's HTTP API (``docs/http-api.md``).

        In a notebook, ``launch()`` shows the app inline and starts no server; with
        ``server_name=`` or ``server_port=`` it also serves the API from a background
        thread and returns at once. In a script it serves and blocks until Ctrl+C or
        ``close()``, unless ``prevent_thread_lock=True``. The server binds 127.0.0.1
        unless told otherwise; ``server_port=None`` takes the first free port from 7860,
        ``0`` any free port. Returns ``(asgi_app, local_url, None)`` as Gradio does.
        """
        if self.closed:
            raise RuntimeError(f"{self!r} is closed; create a new app")
        _check_launch_options(share, auth, kwargs)
        self._launch_page_options(kwargs)
        from .server.options import parse_size

        self.max_file_size = parse_size(max_file_size)
        if self._files is not None:
            self._files.max_file_size = self.max_file_size
        in_kernel = _kernel.in_kernel()
        wants_server = not in_kernel or server_name is not None or server_port is not None
        local_url = None
        if wants_server:
            import os

            from .server import require_server_extra

            require_server_extra()
            from .server.lifecycle import start_server
            from .server.options import ServerOptions

            options = ServerOptions(
                show_error=show_error,
                max_file_size=self.max_file_size,
                root_path=root_path if root_path is not None else os.environ.get("GRADIO_ROOT_PATH", ""),
                session_timeout=session_timeout,
                state_session_capacity=state_session_capacity,
            )
            self._stop_server()  # launching again replaces the previous server
            server = start_server(
                self,
                server_name=server_name or os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1",
                server_port=server_port,
                options=options,
            )
            self._server = server
            _serving.add(self)
            local_url = server.local_url
            self._set_footer(server.footer())
            if not quiet:
                print(f"* Running on local URL:  {local_url}", flush=True)
            if inbrowser:
                import webbrowser

                webbrowser.open(local_url)
        if in_kernel and (inline is None or inline):
            from IPython.display import display

            display(self)
        if wants_server and not in_kernel and not prevent_thread_lock:
            self._server.block()  # type: ignore[union-attr]
        return _LaunchResult((self._server.api if self._server is not None else None, local_url, None))

    def _launch_page_options(self, kwargs: dict[str, Any]) -> None:
        """Gradio 6 takes ``theme`` and ``css`` in ``launch()``: they apply to the app as
        ``Blocks(theme=..., css=...)`` do (a displayed view picks them up when shown again)."""
        if kwargs.get("theme") is not None:
            from .themes import resolve_theme

            self.theme = resolve_theme(kwargs["theme"], "launch")
        if kwargs.get("css") is not None:
            self.css = kwargs["css"] if self.css is None else f"{self.css}\n{kwargs['css']}"

    @property
    def local_url(self) -> str | None:
        """``http://127.0.0.1:<port>/`` while the HTTP server runs, else None."""
        return self._server.local_url if self._server is not None else None

    @property
    def server_port(self) -> int | None:
        return self._server.port if self._server is not None else None

    @property
    def app(self) -> Any:
        """The plain ASGI app of the HTTP API (the running server's, or one to mount)."""
        if self._server is not None:
            return self._server.api
        with self._lazy_lock:
            if self._asgi is None:
                if self.closed:
                    raise RuntimeError(f"{self!r} is closed; create a new app")
                from .server import create_app

                self._asgi = create_app(self)
            return self._asgi

    def _set_footer(self, footer: dict[str, Any] | None) -> None:
        """Tell the app's widget where its HTTP API is (``props["footer"]``)."""
        self._footer = footer
        view = self._view
        if view is not None and not view.closed:
            with view.lock:
                view.root.props = {**view.root.props, "footer": footer}

    def _stop_server(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()
            self._set_footer(None)

    def close(self) -> None:
        """Close the app: HTTP server (the port is freed), widget models, sessions (State
        ``delete_callback``s run once), engine, and its files (deleted unless another
        app uses the same bytes)."""
        if self.closed:
            return
        self.closed = True
        self._stop_server()
        if self._asgi is not None:
            self._asgi.stop()
        view, engine = self._view, self._engine
        if view is not None:
            view.close()
        if engine is not None:
            engine.close()
        if self._files is not None:
            self._files.close()

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None, **kwargs: Any) -> dict[str, Any]:
        return self.view().mimebundle(self, text=repr(self))

    def __repr__(self) -> str:
        lines = [f"Blocks(title={self.title!r})" if self.title != "Gradio" else "Blocks()"]
        _tree(self, "", lines)
        if self.dependencies:
            lines.append(f"{len(self.dependencies)} event listener{'s' if len(self.dependencies) != 1 else ''}:")
            for dep in self.dependencies:
                lines.append(f"  {_describe_dep(dep)}")
        return "\n".join(lines)


class _LaunchResult(tuple):
    """``(asgi_app, local_url, share_url)`` like Gradio's; shows nothing as a cell's value."""

    def __repr__(self) -> str:
        return ""

    def _ipython_display_(self) -> None:
        pass


# Gradio launch() options that change nothing here (no web page is served) and are accepted.
_LAUNCH_NO_EFFECT = {
    "height", "width", "favicon_path", "show_api", "allowed_paths", "blocked_paths", "app_kwargs",
    "ssr_mode", "pwa", "theme", "css", "css_paths", "js", "head", "head_paths", "enable_monitoring",
    "strict_cors", "node_server_name", "node_port", "i18n", "footer_links", "ssl_verify",
    "share_server_address", "share_server_protocol", "share_server_tls_certificate", "mcp_server",
    "_frontend", "auth_dependency", "enable_queue",
}
_LAUNCH_NOT_YET = {"ssl_keyfile", "ssl_certfile", "ssl_keyfile_password"}


def _check_delete_cache(value: Any) -> tuple[float, float] | None:
    """Gradio's ``delete_cache=(frequency, age)`` in seconds."""
    if value is None:
        return None
    if (not isinstance(value, (tuple, list)) or len(value) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in value)):
        raise ValueError(f"delete_cache must be (frequency, age), two positive numbers of seconds, got {value!r}")
    return float(value[0]), float(value[1])


def close_all(verbose: bool = True) -> None:
    """Stop every HTTP server this process started with ``launch()``, as Gradio's
    ``gr.close_all()`` does; the apps stay usable in the notebook and can be launched again."""
    for app in list(_serving):
        if app._server is not None:
            if verbose:
                print(f"Closing server running on port: {app._server.port}")
            app._stop_server()
    _serving.clear()


def _check_launch_options(share: Any, auth: Any, kwargs: dict[str, Any]) -> None:
    if share:  # kinder than refusing: notebooks written for Colab pass it out of habit
        warnings.warn(
            "launch(share=True): nbblocks has no share tunnel; the app is shown here (and served on "
            "127.0.0.1 when server_name/server_port are given)", UserWarning, stacklevel=3,
        )
    if auth is not None:
        raise NotImplementedError("launch(auth=...) is not supported yet; keep the server on 127.0.0.1 or put it behind an authenticating proxy")
    for name, value in kwargs.items():
        if name in _LAUNCH_NOT_YET:
            if value is not None:
                raise NotImplementedError(f"launch({name}=...) is not supported yet; terminate TLS in a reverse proxy")
        elif name not in _LAUNCH_NO_EFFECT:
            raise TypeError(f"launch() got an unexpected keyword argument {name!r}")


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


def _check_arity(fn: Callable, n_inputs: int, as_dict: bool) -> None:
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


def event_data_params(fn: Callable) -> dict[str, type]:
    """Parameters that are not inputs: annotated with ``gr.EventData`` (or a subclass) they
    receive the event's data, with ``gr.Request`` the request behind the event."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return {}
    try:
        hints = typing.get_type_hints(fn)
    except Exception:
        hints = {}
    from . import events
    from .route_utils import Request

    out: dict[str, type] = {}
    for p in sig.parameters.values():
        ann = hints.get(p.name, p.annotation)
        if isinstance(ann, str):
            short = ann.rsplit(".", 1)[-1]
            ann = Request if short == "Request" else getattr(events, short, None)
        if isinstance(ann, type) and issubclass(ann, (EventData, Request)):
            out[p.name] = ann
    return out


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
