"""Fixtures of the site tests: a small chronology project in ``tmp_path``.

The project itself and the helpers to run MkDocs on it are in ``sitekit.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sitekit import SiteProject, free_loopback_port, write_site


@pytest.fixture
def site_project(tmp_path: Path) -> SiteProject:
    return write_site(tmp_path / "project")


@pytest.fixture
def free_port() -> int:
    return free_loopback_port()


@pytest.fixture
def built_site(site_project: SiteProject) -> SiteProject:
    site_project.build()
    return site_project
