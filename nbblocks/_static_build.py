"""The build of the front end in ``nbblocks/static``: where it is and how it is named.

``js/build.mjs`` writes ``manifest.json`` beside the built files: each file's path under
``nbblocks/static`` and its SHA-256. A build is named by a prefix of the manifest's own
SHA-256, so the name changes whenever any file changes. The kernel names the build it has
(``PageRuntime.static_id``); the Jupyter server extension serves a file of that build only
(``nbblocks/jupyter_server.py``). Both read this module, which imports nothing heavy.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

__all__ = ["STATIC", "MANIFEST", "ID_LENGTH", "build_id", "manifest_files"]

STATIC = Path(__file__).resolve().parent / "static"
MANIFEST = "manifest.json"
#: Hex digits of a build's hash in its URLs (64 bits: an accidental clash is out of reach).
ID_LENGTH = 16


def build_id(manifest: bytes) -> str:
    """The name of the build a manifest describes."""
    return hashlib.sha256(manifest).hexdigest()[:ID_LENGTH]


def manifest_files(manifest: bytes) -> dict[str, str]:
    """``{path under the folder: SHA-256}`` of a manifest (empty when it is not one)."""
    try:
        files = json.loads(manifest).get("files")
    except (ValueError, AttributeError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {k: v for k, v in files.items() if isinstance(k, str) and isinstance(v, str)}
