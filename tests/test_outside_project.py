"""Commands run outside a chronology project say so, suggest ``timeline init``, create nothing.

Explicit paths keep working without a project, and an empty articles folder
gets a hint on what to put there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import main

ARTICLE = """---
published: 2024-01-10
language: de
---
Russland griff am 2. Januar 2024 die Stadt Kiew mit ballistischen Raketen an.
"""


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def empty_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "anywhere"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.parametrize(
    ("command", "instead"),
    [
        (["extract"], "name the articles and the events folder: "
                      "`timeline extract ARTICLES... --events DIR`."),
        (["extract", "a.md"], "name the articles and the events folder"),
        (["check"], "name the events folder with --events DIR."),
        (["export"], "name the events folder with --events DIR."),
        (["digest"], "name the events folder with --events DIR."),
        (["render", "--out", "out"], "Create one with `timeline init DIR` and run the command "
                                     "there.\n"),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_outside_a_project_every_command_says_so_and_creates_nothing(
    empty_folder: Path, command: list[str], instead: str
) -> None:
    result = invoke(*command)
    assert result.exit_code == 1
    assert result.output.startswith(
        f"Error: {empty_folder} is not a chronology project: no mkdocs.yml with the `timeline` "
        "plugin in it or a folder above. Create one with `timeline init DIR`"
    ), result.output
    assert instead in result.output
    assert list(empty_folder.iterdir()) == []


def test_a_mkdocs_yml_without_the_plugin_is_not_a_project(empty_folder: Path) -> None:
    (empty_folder / "mkdocs.yml").write_text("site_name: Docs\nplugins:\n  - search\n",
                                             encoding="utf-8")
    result = invoke("check")
    assert result.exit_code == 1
    assert result.output.startswith(
        f"Error: {empty_folder} is not a chronology project: {empty_folder / 'mkdocs.yml'} "
        "does not use the `timeline` plugin. Create one with `timeline init DIR`"
    )
    assert sorted(path.name for path in empty_folder.iterdir()) == ["mkdocs.yml"]


def test_explicit_paths_work_without_a_project(empty_folder: Path, tmp_path: Path) -> None:
    article = tmp_path / "angriff.md"
    article.write_text(ARTICLE, encoding="utf-8")
    events = tmp_path / "events"
    extract = invoke("extract", str(article), "--events", str(events))
    assert extract.exit_code == 0, extract.output
    assert list(events.glob("*.yml"))
    check = invoke("check", "--events", str(events))
    # No articles folder here: the events' sources are unknown articles, as before.
    assert "unknown article 'angriff'" in check.output
    export = json.loads(invoke("export", "--events", str(events)).stdout)
    assert [event["date"] for event in export["events"]] == ["2024-01-02"]
    assert invoke("digest", "--events", str(events)).exit_code == 0


def test_an_empty_articles_folder_gets_a_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "chronik"
    assert invoke("init", str(root)).exit_code == 0
    monkeypatch.chdir(root)
    hint = (
        f"{root / 'articles'} has no articles yet: copy news articles into it as Markdown, "
        "text or saved web pages (.md, .markdown, .txt, .html, .htm), optionally with front "
        "matter such as `published: 2025-03-04` and `language: de`.\n"
    )
    extract = invoke("extract")
    assert extract.exit_code == 0, extract.output
    assert extract.stderr == hint
    check = invoke("check")
    assert check.exit_code == 0
    assert check.stdout == "OK: 0 events, 0 articles\n"
    assert check.stderr == hint
    (root / "articles" / "angriff.md").write_text(ARTICLE, encoding="utf-8")
    assert "has no articles yet" not in invoke("extract").output
    assert "has no articles yet" not in invoke("check").output
