"""Settings for the whole test suite.

pytest imports this file with ``tests/`` on ``sys.path`` (its default "prepend" import
mode), which makes the shared test code importable from every test directory:
``from support.waiting import WAIT, eventually`` (see ``support/__init__.py``).
"""

from __future__ import annotations

import os

# gradio_client runs offline here: no analytics, no Hugging Face Hub lookups. Set
# before any test module imports it.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
