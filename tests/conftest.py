"""Settings for the whole test suite.

pytest imports this file with ``tests/`` on ``sys.path`` (its default "prepend" import
mode), which makes the shared test code importable from every test directory:
``from support.waiting import WAIT, eventually`` (see ``support/__init__.py``).

``--stress-long`` turns the bounded fuzz and load tests (marker ``stress``) from their
short CI size into the long run described in ``docs/reliability.md``::

    .venv/bin/python -m pytest -m stress --stress-long -s tests/
"""

from __future__ import annotations

import os

# gradio_client runs offline here: no analytics, no Hugging Face Hub lookups. Set
# before any test module imports it.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--stress-long",
        action="store_true",
        default=False,
        help="run the stress tests (fuzz, load) at their long size: 10,000 hostile requests, 50 clients x 1,000 jobs",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The long stress run takes many minutes per test: lift the per-test timeout."""
    if config.getoption("--stress-long"):
        for item in items:
            if item.get_closest_marker("stress") is not None:
                item.add_marker(pytest.mark.timeout(4 * 3600))


@pytest.fixture(scope="session")
def stress_long(request: pytest.FixtureRequest) -> bool:
    """Whether the stress tests run at their long size."""
    return bool(request.config.getoption("--stress-long"))


@pytest.fixture
def web(served):
    """An httpx client of the module's ``served`` app (a launched Blocks)."""
    httpx = pytest.importorskip("httpx")
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=30) as client:
        yield client
