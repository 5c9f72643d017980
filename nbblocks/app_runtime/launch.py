"""``launch()``'s options: which Gradio options are accepted, refused or not yet supported."""

from __future__ import annotations

import warnings
from typing import Any

#: Gradio launch() options accepted here: ``theme``/``css``/``js``/``head`` apply as on ``Blocks``,
#: ``favicon_path`` is the web page's icon, ``inbrowser``
#: opens the app's web page (in a kernel: links to it); the others change nothing.
NO_EFFECT = frozenset({
    "inbrowser", "debug", "max_threads",
    "height", "width", "favicon_path", "show_api", "allowed_paths", "blocked_paths", "app_kwargs",
    "ssr_mode", "pwa", "theme", "css", "css_paths", "js", "head", "head_paths", "enable_monitoring",
    "strict_cors", "node_server_name", "node_port", "i18n", "footer_links", "ssl_verify",
    "share_server_address", "share_server_protocol", "share_server_tls_certificate", "mcp_server",
    "_frontend", "_app", "enable_queue", "run_history", "num_workers",
})


def check_launch_options(share: Any, others: dict[str, Any]) -> None:
    """Refuse what nbblocks cannot do, with a way out; accept what changes nothing here."""
    if share:  # kinder than refusing: notebooks written for Colab pass it out of habit
        warnings.warn(
            "launch(share=True): nbblocks has no share tunnel; the app is served as a web page on this "
            "machine instead (its URL is printed), which a reverse proxy can publish", UserWarning, stacklevel=4,
        )
    if others.get("auth_dependency") is not None:  # ignoring it would serve the app unprotected
        raise NotImplementedError(
            "launch(auth_dependency=...) is not supported; use auth=(user, password), a list of them, "
            "or a function (user, password) -> bool"
        )
    for name in others:
        if name not in NO_EFFECT and name != "auth_dependency":
            raise TypeError(f"launch() got an unexpected keyword argument {name!r}")


class LaunchResult(tuple[Any, Any, Any]):
    """``(asgi_app, local_url, share_url)`` like Gradio's; shows nothing as a cell's value."""

    def __repr__(self) -> str:
        return ""

    def _ipython_display_(self) -> None:
        pass
