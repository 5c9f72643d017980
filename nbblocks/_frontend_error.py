"""The error of the virtual browser (``nbblocks.testing``), in a module of its own so that
the helpers of ``Frontend`` can raise it without importing ``Frontend``."""

from __future__ import annotations


class FrontendError(AssertionError):
    """The virtual browser cannot do what was asked (as a real user could not)."""
