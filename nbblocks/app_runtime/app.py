"""``AppRuntime``: what runs one app — its engine and sessions, its notebook view, its
HTTP server — created on first use and closed with the app.

This is the only place that knows all the running parts of an app: it makes the engine,
hands it to the transports (``widgets.AppView`` for the notebook, ``server.HttpApi`` for
HTTP), and tells the notebook view where the HTTP API is when a server starts or stops.
The app graph reaches it through ``nbblocks.hosting`` (``Blocks.runtime()``).
"""

from __future__ import annotations

import os
import threading
import weakref
from typing import TYPE_CHECKING, Any

from .. import _kernel
from .. import snapshot as snapshots
from ..engine import Engine
from .launch import LaunchResult, check_launch_options

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..server.lifecycle import ServerHandle
    from ..server.routes import HttpApi
    from ..widgets.app_view import AppView
    from .snapshots import SnapshotOutputs


class AppRuntime:
    """Runs one app. The engine, the view and the mountable ASGI app are made on first
    use; the HTTP server runs between ``launch(server_...)`` and ``close()``."""

    def __init__(self, app: Blocks):
        self.app = app
        self._lock = threading.Lock()
        self._engine: Engine | None = None
        self._view: AppView | None = None
        self._server: ServerHandle | None = None  # the HTTP server, while launched
        self._asgi: HttpApi | None = None  # the ASGI app for mounting (demo.app)
        self._footer: dict[str, Any] | None = None  # where the HTTP API is, for the view
        #: ``launch(snapshot=...)``: None follows ``NBBLOCKS_SNAPSHOT`` (on unless ``0``).
        self.snapshot_option: bool | None = None
        self._snapshots: SnapshotOutputs | None = None
        self._prepared = False  # ``_prepare_events`` ran

    # -- the parts ----------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        with self._lock:
            if self._engine is None:
                if self.app.closed:
                    raise RuntimeError(f"{self.app!r} is closed; create a new app")
                self._engine = Engine(self.app)
            return self._engine

    def view(self) -> AppView:
        """The notebook session of the app, as widget models."""
        engine = self.engine
        with self._lock:
            if self._view is None:
                from ..widgets.app_view import AppView

                self._view = AppView(self.app, engine, footer=self._footer)
            return self._view

    @property
    def asgi(self) -> HttpApi:
        """The plain ASGI app of the HTTP API (the running server's, or one to mount)."""
        server = self._server
        if server is not None:
            return server.api
        engine = self.engine
        with self._lock:
            if self._asgi is None:
                if self.app.closed:
                    raise RuntimeError(f"{self.app!r} is closed; create a new app")
                from ..server import create_app
                from ..webpage.routes import PageRoutes

                self._asgi = create_app(self.app, engine, page=PageRoutes)
            return self._asgi

    @property
    def local_url(self) -> str | None:
        server = self._server
        return server.local_url if server is not None else None

    @property
    def server_port(self) -> int | None:
        server = self._server
        return server.port if server is not None else None

    # -- what Blocks asks ------------------------------------------------------------------

    def mimebundle(self, block: Any) -> dict[str, Any]:
        bundle = self.view().mimebundle(block, text=repr(block))
        if block is self.app and _kernel.in_kernel():
            if snapshots.enabled(self.snapshot_option):
                self._publish_snapshot()
            self._prepare_events()
        return bundle

    def _prepare_events(self) -> None:
        """Once per app, get ready for its first event (``Engine.prepare``) in a thread of
        its own, while the page draws the app: its first click does not start threads."""
        with self._lock:
            if self._prepared:
                return
            self._prepared = True
        threading.Thread(target=_prepare, args=(self.engine,), name="nbblocks-prepare", daemon=True).start()

    def snapshot(self) -> str:
        """The app as static HTML, with the values the notebook view shows (its session),
        or the initial values when the app was never shown."""
        view = self._view
        values = view.session if view is not None and not view.closed else None
        return snapshots.render_app(self.app, values)

    def _publish_snapshot(self) -> None:
        """Show the snapshot as an output of its own beside the live view: exports and
        notebook viewers that cannot run the widget show it; a live page hides it
        (the runtime's stylesheet). Its own output, so it can later be replaced by its
        display id without re-creating the live view."""
        with self._lock:
            if self._snapshots is None:
                from .snapshots import SnapshotOutputs

                self._snapshots = SnapshotOutputs(self)
            outputs = self._snapshots
        outputs.publish()

    def launch(
        self,
        *,
        inline: bool | None = None,
        share: bool | None = None,
        auth: Any = None,
        auth_message: str | None = None,
        prevent_thread_lock: bool = False,
        show_error: bool = False,
        server_name: str | None = None,
        server_port: int | None = None,
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
        **others: Any,
    ) -> LaunchResult:
        """``Blocks.launch`` (its docstring says what each option does); Gradio's options
        that change nothing here arrive in ``others`` and are checked."""
        check_launch_options(share, others)
        self._page_options(others)
        self.snapshot_option = snapshot
        from ..server.options import parse_size

        self.app.set_max_file_size(parse_size(max_file_size))
        in_kernel = _kernel.in_kernel()
        # inbrowser and share ask for the web page, so in a kernel they serve it too.
        wants_page = bool(others.get("inbrowser") or share)
        wants_server = not in_kernel or server_name is not None or server_port is not None or wants_page
        local_url = None
        if wants_server:
            from ..server import require_server_extra

            require_server_extra()
            from ..server.lifecycle import TlsFiles, start_server
            from ..server.options import ServerOptions

            options = ServerOptions(
                show_error=show_error,
                max_file_size=self.app.max_file_size,
                root_path=root_path if root_path is not None else os.environ.get("GRADIO_ROOT_PATH", ""),
                session_timeout=session_timeout,
                state_session_capacity=state_session_capacity,
                forwarded_allow_ips=forwarded_allow_ips if forwarded_allow_ips is not None else os.environ.get("FORWARDED_ALLOW_IPS"),
                favicon_path=str(others["favicon_path"]) if others.get("favicon_path") is not None else None,
                auth=auth,
                auth_message=auth_message,
            )
            self._stop_server()  # launching again replaces the previous server
            from ..webpage.routes import PageRoutes

            server = start_server(
                self.app,
                self.engine,
                server_name=server_name or os.environ.get("GRADIO_SERVER_NAME") or "127.0.0.1",
                server_port=server_port,
                options=options,
                tls=TlsFiles.of(ssl_keyfile, ssl_certfile, ssl_keyfile_password),
                page=PageRoutes,
            )
            self._server = server
            _serving.add(self)
            local_url = server.local_url
            footer = server.footer()
            footer["page"] = page_url(footer["url"], server.port, behind_proxy=bool(options.root_path))
            self._set_footer(footer)
            if not quiet:
                print(f"* Running on local URL:  {local_url}", flush=True)
            if share and not quiet:
                print(f"* No public link: nbblocks has no share tunnel. The app's web page is at {footer['page']}", flush=True)
            if others.get("inbrowser"):
                # A browser on this machine opens the local URL; a kernel's link may be relative.
                page = footer["page"]
                self._open_page(page if in_kernel or page.startswith("http") else local_url, in_kernel)
        if in_kernel and (inline is None or inline):
            from IPython.display import display

            display(self.app)  # type: ignore[no-untyped-call]  # IPython.display.display is not annotated
        if wants_server and not in_kernel and not prevent_thread_lock and self._server is not None:
            self._server.block()
        return LaunchResult((self._server.api if self._server is not None else None, local_url, None))

    @staticmethod
    def _open_page(url: str, in_kernel: bool) -> None:
        """``inbrowser=True``: open the web page; a kernel (maybe on another machine) shows
        a link to it instead."""
        if not in_kernel:
            import webbrowser

            webbrowser.open(url)
            return
        from html import escape

        from IPython.display import HTML, display

        print(f"* The app's web page: {url}", flush=True)
        link = f'<a href="{escape(url)}" target="_blank" rel="noopener">Open the app as a web page</a>'
        display(HTML(link))  # type: ignore[no-untyped-call]  # IPython.display is not annotated

    def _page_options(self, others: dict[str, Any]) -> None:
        """Gradio 6 takes ``theme``, ``css``, ``js`` and ``head`` in ``launch()``: they apply
        to the app as ``Blocks(theme=..., css=..., js=..., head=...)`` do (a view shown before
        picks them up when shown again; ``js`` and ``head`` are the web page's)."""
        from ..themes import resolve_theme

        app = self.app
        if others.get("theme") is not None:
            app.theme = resolve_theme(others["theme"], "launch")
        if others.get("css") is not None:
            app.css = others["css"] if app.css is None else f"{app.css}\n{others['css']}"
        if others.get("js") is not None:
            app.js = others["js"]
        if others.get("head") is not None:
            app.head = others["head"] if not app.head else f"{app.head}\n{others['head']}"

    def close(self) -> None:
        """Stop the server (the port is freed), close the widget models, the sessions
        (State ``delete_callback``s run once) and the engine."""
        self._stop_server()
        if self._asgi is not None:
            self._asgi.stop()
        view, engine, outputs = self._view, self._engine, self._snapshots
        if outputs is not None:
            outputs.close()
        if view is not None:
            view.close()
        if engine is not None:
            engine.close()

    # -- the HTTP server -------------------------------------------------------------------

    def _set_footer(self, footer: dict[str, Any] | None) -> None:
        """Tell the app's widget where its HTTP API is (``props["footer"]``)."""
        self._footer = footer
        view = self._view
        if view is not None and not view.closed:
            view.set_footer(footer)

    def _stop_server(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()
            self._set_footer(None)


def _prepare(engine: Engine) -> None:
    try:
        engine.prepare()
    except Exception:  # broad: only a head start; the first event makes what it needs, or reports why not
        import logging

        logging.getLogger("nbblocks").debug("preparing for the first event failed", exc_info=True)


def page_url(url: str, port: int, *, behind_proxy: bool = False) -> str:
    """Where a person opens the web page: the server's URL (``root_path/`` behind a proxy),
    or on JupyterHub the server's proxy path to the port (jupyter-server-proxy's
    ``<prefix>proxy/<port>/``)."""
    prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX")
    if prefix and not behind_proxy:
        return f"{prefix.rstrip('/')}/proxy/{port}/"
    return url


#: Runtimes whose HTTP server may be running, for ``gr.close_all()``.
_serving: weakref.WeakSet[AppRuntime] = weakref.WeakSet()


def close_all(verbose: bool = True) -> None:
    """Stop every HTTP server this process started with ``launch()``, as Gradio's
    ``gr.close_all()`` does; the apps stay usable in the notebook and can be launched again."""
    for runtime in list(_serving):
        server = runtime._server
        if server is not None:
            if verbose:
                print(f"Closing server running on port: {server.port}")
            runtime._stop_server()
    _serving.clear()
