"""Shared test setup.

Tests marked ``needs_shared`` read the seed articles, the gold file or the
corpora from ``../shared`` beside the clone. Without it they are skipped with
the reason, except in CI (``CI`` set), where ``../shared`` is always present
and a missing one must fail rather than pass by skipping.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "needs_shared: reads ../shared (seeds, gold, corpora) beside the clone"
    )


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("needs_shared") is None or SHARED.is_dir():
        return
    reason = f"{SHARED} not found: the seeds, gold and corpora live in ../shared beside the clone"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)
