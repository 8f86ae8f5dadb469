"""This repository's GitHub workflows parse and run commands that exist, with options they accept.

The workflow a new project gets from ``timeline init`` is tested in ``test_init_workflow.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sitekit import mkdocs_env
from workflowkit import check_command_line, cli_lines, load_workflow, run_lines

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO / ".github" / "workflows"


def load(name: str) -> dict[str, Any]:
    return load_workflow(WORKFLOWS / name)


def test_pages_workflow_publishes_main_with_gh_deploy() -> None:
    workflow = load("pages.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"]["contents"] == "write"
    lines = run_lines(workflow)
    assert "pip install ." in lines
    assert "timeline check" in lines
    deploy = [line for line in lines if line.startswith("mkdocs gh-deploy")]
    assert len(deploy) == 1 and "--force" in deploy[0]
    # The check runs before the deploy, so broken event files never reach the site.
    assert lines.index("timeline check") < lines.index(deploy[0])


@pytest.mark.parametrize(
    "line",
    cli_lines(load("pages.yml")),
)
def test_pages_workflow_commands_exist(line: str) -> None:
    check_command_line(line)


def test_ci_workflow_runs_the_ci_script() -> None:
    workflow = load("ci.yml")
    assert "bash .ci/run" in run_lines(workflow)
    assert (WORKFLOWS.parents[1] / ".ci" / "run").is_file()
    # .ci/run installs Chromium with apt: the job needs a Debian image.
    assert "bookworm" in workflow["jobs"]["test"]["container"]


@pytest.mark.slow
def test_pages_workflow_steps_pass_on_this_repository(tmp_path: Path) -> None:
    """What the workflow runs after `pip install .`, here, with the output kept out of the repo."""
    commands = [
        [sys.executable, "-c", "from timeline.cli import main; main()", "check"],
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
    ]
    for command in commands:
        result = subprocess.run(
            command,
            cwd=REPO,
            env=mkdocs_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, f"{command[-1]}:\n{result.stdout}\n{result.stderr}"
    assert (tmp_path / "site" / "chronology" / "index.html").is_file()
