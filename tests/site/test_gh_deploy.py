"""``mkdocs gh-deploy`` publishes the chronology, pushed to a local bare repository.

The bare repository stands in for GitHub: ``gh-deploy`` builds the site,
commits it to the ``gh-pages`` branch and pushes it to the remote ``origin``.
No network is used.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sitekit import SiteProject, git

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="gh-deploy needs git"),
]


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    path = tmp_path / "remote.git"
    git(["init", "--quiet", "--bare", str(path)], tmp_path)
    return path


@pytest.fixture
def repository(site_project: SiteProject, remote: Path) -> SiteProject:
    """The fixture project as a git repository whose ``origin`` is the bare remote."""
    root = site_project.root
    (root / ".gitignore").write_text("site/\n", encoding="utf-8")
    git(["init", "--quiet"], root)
    git(["checkout", "--quiet", "-b", "main"], root)
    git(["add", "."], root)
    git(["commit", "--quiet", "-m", "Chronik"], root)
    git(["remote", "add", "origin", str(remote)], root)
    return site_project


def deploy(project: SiteProject) -> subprocess.CompletedProcess[str]:
    result = project.run_mkdocs(
        ["gh-deploy", "--force", "--remote-name", "origin", "--remote-branch", "gh-pages"]
    )
    if result.returncode != 0:
        pytest.fail(f"mkdocs gh-deploy failed:\n{result.stdout}\n{result.stderr}")
    return result


def test_gh_deploy_pushes_the_chronology_to_gh_pages(repository: SiteProject, remote: Path) -> None:
    deploy(repository)

    files = set(git(["ls-tree", "-r", "--name-only", "gh-pages"], remote).splitlines())
    event_page = f"{repository.event_url(repository.search_event)}index.html"
    assert {
        "index.html",
        ".nojekyll",
        "chronology/index.html",
        event_page,
        "search/search_index.json",
    } <= files
    assert all(f"{repository.event_url(event_id)}index.html" in files
               for event_id in repository.event_ids)
    html = git(["show", f"gh-pages:{event_page}"], remote)
    assert "Größter Luftangriff seit Kriegsbeginn" in html
    message = git(["log", "-1", "--format=%s", "gh-pages"], remote)
    assert "MkDocs version: " in message
    # The source branch is left alone: gh-deploy commits only to gh-pages.
    assert git(["ls-tree", "-r", "--name-only", "main"], repository.root).count("index.html") == 0


def test_a_second_deploy_publishes_the_edited_event(repository: SiteProject, remote: Path) -> None:
    deploy(repository)
    event_file = repository.event_file(repository.search_event)
    event_file.write_text(
        event_file.read_text(encoding="utf-8").replace(
            "title: Größter Luftangriff seit Kriegsbeginn",
            "title: Schwerster Luftangriff seit Kriegsbeginn",
        ),
        encoding="utf-8",
    )
    # The version check of the second deploy reads the first deploy's commit message.
    deploy(repository)

    assert git(["rev-list", "--count", "gh-pages"], remote).strip() == "2"
    event_page = f"{repository.event_url(repository.search_event)}index.html"
    html = git(["show", f"gh-pages:{event_page}"], remote)
    assert "Schwerster Luftangriff seit Kriegsbeginn" in html
    assert "Größter Luftangriff" not in html
