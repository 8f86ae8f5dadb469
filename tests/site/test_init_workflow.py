"""The GitHub Pages workflow that ``timeline init`` writes works in the new project.

A new project is not a checkout of this tool: its workflow installs the tool
from the pinned ``requirements.txt``. Its other steps run here as they run on
GitHub, with a local bare repository standing in for the remote.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from click.testing import CliRunner
from sitekit import ARTICLES, EVENTS, git, mkdocs_env
from workflowkit import check_command_line, cli_lines, load_workflow, parse_workflow, run_lines

from timeline.cli import main
from timeline.pages_workflow import workflow_text

WORKFLOW = Path(".github/workflows/pages.yml")


def init(target: Path) -> Path:
    result = CliRunner().invoke(main, ["init", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"created {target / WORKFLOW}\n" in result.output
    assert f"created {target / 'requirements.txt'}\n" in result.output
    return target


def requirement_lines(project: Path) -> list[str]:
    text = (project / "requirements.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_init_pins_the_running_version(tmp_path: Path) -> None:
    project = init(tmp_path / "neu")
    assert requirement_lines(project) == [f"news-timeline=={version('news-timeline')}"]


def test_the_workflow_installs_the_requirement_then_checks_then_deploys(tmp_path: Path) -> None:
    workflow = load_workflow(init(tmp_path / "neu") / WORKFLOW)
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["permissions"]["contents"] == "write"
    lines = run_lines(workflow)
    # The repository's own workflow installs `.`; a new project has nothing to install there.
    assert "pip install ." not in lines
    install = lines.index("pip install -r requirements.txt")
    deploy = lines.index("mkdocs gh-deploy --force --strict")
    assert install < lines.index("timeline check") < deploy


@pytest.mark.parametrize("line", cli_lines(parse_workflow(workflow_text())))
def test_the_workflow_commands_exist(line: str) -> None:
    check_command_line(line)


def publishable_project(root: Path) -> Path:
    """A project from ``timeline init`` with two articles and their events, committed to git."""
    init(root)
    for article_id, text in ARTICLES.items():
        (root / "articles" / f"{article_id}.md").write_text(text, encoding="utf-8")
    for event_id, text in EVENTS.items():
        (root / "events" / f"{event_id}.yml").write_text(text, encoding="utf-8")
    git(["init", "--quiet"], root)
    git(["checkout", "--quiet", "-b", "main"], root)
    git(["add", "."], root)
    git(["commit", "--quiet", "-m", "Chronik"], root)
    return root


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="gh-deploy needs git")
def test_the_workflow_steps_publish_the_new_project(tmp_path: Path) -> None:
    project = publishable_project(tmp_path / "neu")
    remote = tmp_path / "remote.git"
    git(["init", "--quiet", "--bare", str(remote)], tmp_path)
    git(["remote", "add", "origin", str(remote)], project)
    # The install step needs a package index; here the tool is installed already, and it is
    # the version the requirement pins.
    assert requirement_lines(project) == [f"news-timeline=={version('news-timeline')}"]
    # No identity from the environment: like on GitHub, the workflow's own step gives it.
    env = {key: value for key, value in mkdocs_env().items() if not key.startswith("GIT_AUTH")
           and not key.startswith("GIT_COMMITTER")}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    steps = [
        line for line in run_lines(load_workflow(project / WORKFLOW))
        if not line.startswith("pip install")
    ]
    assert steps[0] == "timeline check" and steps[-1].startswith("mkdocs gh-deploy")
    for line in steps:
        result = subprocess.run(
            line, shell=True, cwd=project, env=env, capture_output=True, text=True,
            timeout=180, check=False,
        )
        assert result.returncode == 0, f"{line}:\n{result.stdout}\n{result.stderr}"

    files = set(git(["ls-tree", "-r", "--name-only", "gh-pages"], remote).splitlines())
    assert {"index.html", ".nojekyll", "chronology/index.html"} <= files
    assert all(f"chronology/events/{event_id}/index.html" in files for event_id in EVENTS)
    author = git(["log", "-1", "--format=%an", "gh-pages"], remote).strip()
    assert author == "github-actions[bot]"
