"""Material's end-of-life notice: never from ``timeline``, silenced as the README says.

Material for MkDocs prints the notice when the ``mkdocs`` command starts,
before any plugin is loaded, so this project's plugin cannot silence it;
``NO_MKDOCS_2_WARNING=1`` does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sitekit import mkdocs_env

from timeline.cli import main

# A line of the notice Material for MkDocs 9.7+ prints.
NOTICE = "end of life"
TIMELINE_SCRIPT = Path(sys.executable).with_name("timeline")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "chronik"
    assert CliRunner().invoke(main, ["init", str(root)]).exit_code == 0
    return root


def _without_the_setting() -> dict[str, str]:
    env = mkdocs_env()
    env.pop("NO_MKDOCS_2_WARNING", None)
    return env


def test_timeline_commands_never_print_the_notice(project: Path) -> None:
    if not TIMELINE_SCRIPT.is_file():
        pytest.skip(f"{TIMELINE_SCRIPT} not installed")
    for command in (["check"], ["render", "--out", "out"]):
        result = subprocess.run(
            [str(TIMELINE_SCRIPT), *command], cwd=project, env=_without_the_setting(),
            capture_output=True, text=True, timeout=120, check=False,
        )
        assert result.returncode == 0, result.stderr
        assert NOTICE not in result.stdout + result.stderr


@pytest.mark.slow
def test_the_readme_setting_silences_the_notice_of_mkdocs(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=mkdocs_env(),
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert mkdocs_env()["NO_MKDOCS_2_WARNING"] == "1"
    assert NOTICE not in result.stdout + result.stderr
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "NO_MKDOCS_2_WARNING=1" in readme
