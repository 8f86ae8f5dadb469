"""The GitHub workflows parse and run commands that exist, with options they accept.

No network: the ``timeline`` and ``mkdocs`` command lines of each ``run:``
step are parsed by the installed Click groups (``make_context``), which
rejects unknown commands and options.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from mkdocs.__main__ import cli as mkdocs_cli
from sitekit import mkdocs_env

from timeline.cli import main as timeline_cli

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = REPO / ".github" / "workflows"
CLIS: dict[str, click.Group] = {"timeline": timeline_cli, "mkdocs": mkdocs_cli}


def load(name: str) -> dict[str, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    # YAML 1.1 reads the key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def run_lines(workflow: dict[str, Any]) -> list[str]:
    lines = []
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            lines.extend(line.strip() for line in step.get("run", "").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def check_command_line(line: str) -> None:
    """Fail when ``line`` calls a missing command or option of ``timeline``/``mkdocs``."""
    words = shlex.split(line.split("||")[0])
    group = CLIS[words[0]]
    context = group.make_context(words[0], words[1:], resilient_parsing=False)
    with context:
        name, command, args = group.resolve_command(context, words[1:])
        assert command is not None, f"{line}: no command {name!r}"
        command.make_context(name or "", args, parent=context)


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
    [line for line in run_lines(load("pages.yml")) if line.split()[0] in CLIS],
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
