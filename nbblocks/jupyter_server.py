"""The Jupyter server extension: nbblocks' built front end as static files.

A page shows an app with the runtime and the views of the kernel's nbblocks. Sent over
the widget comm they cost every display of every page their size; served by the Jupyter
server, as ipywidgets' own JavaScript is, the browser fetches them once and caches them.
The kernel may run another nbblocks than the server (JupyterLab in a base environment,
the kernel in a project's), so a page asks for the build the kernel names::

    GET {base_url}nbblocks/static/<build>/<file>    (runtime.js, views/<view>.js, libs/<name>.js)

and this server answers only when its own build has that name (``nbblocks._static_build``)
and the file's content still has the SHA-256 its manifest lists; anything else is 404 and
the page takes the file from the kernel over the comm (``docs/frontend.md``). As the URL
changes with the content, a file is cacheable for a year (``immutable``). Only files the
manifest lists are served, and only from inside the folder (no ``..``, absolute paths or
symlinks out). They are the package's public files, so they are served without
authentication, as JupyterLab serves its extensions' files.

``pip install nbblocks`` enables the extension for every Jupyter server of that
environment (``etc/jupyter/jupyter_server_config.d/nbblocks.json``); it imports nothing of
nbblocks beyond ``nbblocks._static_build``.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any

from jupyter_server.auth.decorator import allow_unauthenticated
from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_path_join

from ._static_build import ID_LENGTH, MANIFEST, STATIC, build_id, manifest_files

__all__ = ["StaticFilesHandler", "StaticBuild", "ROUTE", "ROOT_SETTING"]

#: The route under the server's base URL: the build's name, then the file's path.
ROUTE = rf"nbblocks/static/([0-9a-f]{{{ID_LENGTH}}})/(.+)"
#: The tornado setting that names another folder to serve (a copy of a build, in tests).
ROOT_SETTING = "nbblocks_static_root"
CACHE_FOREVER = "public, max-age=31536000, immutable"


class StaticBuild:
    """The build in one folder: its name and files, re-read when the manifest changes
    (an editable install rebuilt while the server runs), and each file's hash, re-read
    when the file changes."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._lock = threading.Lock()
        self._manifest: tuple[tuple[int, int], str, dict[str, str]] | None = None
        self._hashes: dict[Path, tuple[tuple[int, int], str]] = {}

    def current(self) -> tuple[str, dict[str, str]]:
        """``(build name, {file: SHA-256})``; ``("", {})`` when there is no manifest."""
        path = self.root / MANIFEST
        try:
            stat = path.stat()
        except OSError:
            return "", {}
        key = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if self._manifest is None or self._manifest[0] != key:
                data = path.read_bytes()
                self._manifest = (key, build_id(data), manifest_files(data))
            return self._manifest[1], self._manifest[2]

    def file(self, build: str, name: str) -> Path | None:
        """The file ``name`` of build ``build``, or None: another build, a name the
        manifest does not list, a path that leaves the folder, or a file whose content is
        no longer what the manifest says."""
        current, files = self.current()
        expected = files.get(name)
        if not current or build != current or expected is None:
            return None
        try:
            path = (self.root / name).resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if not path.is_relative_to(self.root) or not path.is_file():
            return None
        return path if self._sha256(path) == expected else None

    def _sha256(self, path: Path) -> str:
        stat = path.stat()
        key = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            known = self._hashes.get(path)
        if known is not None and known[0] == key:
            return known[1]
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        with self._lock:
            self._hashes[path] = (key, digest)
        return digest


_builds: dict[Path, StaticBuild] = {}
_builds_lock = threading.Lock()


def static_build(root: Path) -> StaticBuild:
    """One ``StaticBuild`` per folder per process, so hashes are computed once."""
    with _builds_lock:
        build = _builds.get(root)
        if build is None:
            build = _builds[root] = StaticBuild(root)
        return build


class StaticFilesHandler(JupyterHandler):
    """``GET nbblocks/static/<build>/<file>``: the file, when this server has that build."""

    @allow_unauthenticated
    def get(self, build: str, name: str) -> None:
        root = Path(self.settings.get(ROOT_SETTING) or STATIC)
        path = static_build(root).file(build, name)
        if path is None:
            # A later request may find the build (another install): do not cache the miss.
            self.set_status(404)
            self.set_header("Cache-Control", "no-store")
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(f"this server has no file {name!r} of nbblocks front-end build {build}\n")
            return
        self.set_header("Content-Type", "text/javascript; charset=utf-8")
        self.set_header("Cache-Control", CACHE_FOREVER)
        self.set_header("X-Content-Type-Options", "nosniff")
        self.finish(path.read_bytes())


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "nbblocks.jupyter_server"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    """Add the route to the server's web application."""
    web_app = serverapp.web_app
    pattern = url_path_join(web_app.settings["base_url"], ROUTE)
    web_app.add_handlers(".*$", [(pattern, StaticFilesHandler)])
    serverapp.log.debug("nbblocks: serving the front end of %s under %s", STATIC, pattern)
