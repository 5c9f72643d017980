"""Options shared by the whole suite.

``--stress-long`` turns the bounded fuzz and load tests (marker ``stress``) from their
short CI size into the long run described in ``docs/reliability.md``::

    .venv/bin/python -m pytest -m stress --stress-long -s tests/
"""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--stress-long",
        action="store_true",
        default=False,
        help="run the stress tests (fuzz, load) at their long size: 10,000 hostile requests, 50 clients x 1,000 jobs",
    )


@pytest.fixture(scope="session")
def stress_long(request: pytest.FixtureRequest) -> bool:
    """Whether the stress tests run at their long size."""
    return bool(request.config.getoption("--stress-long"))
