"""A re-run on exactly what the last run saw does nothing; a few changed articles make an
incremental run; any other change a full one."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline.article_stage as stage
import timeline.extract as extract_module
import timeline.reconcile as reconcile
from timeline.cli import main
from timeline.extract import ExtractSummary, extract
from timeline.manifest import manifest_path
from timeline.problems import Problem

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "story_port_strike_en"

UNDATED = """Port workers walked out on Monday, the union said, and ships queued outside the harbour
for the second day running while talks with the employers stalled again.
"""


LATE = """---
id: late_report
published: 2002-07-02
language: en
---
The port of Rotterdam reopened on 1 July after the strike, the harbour master said.
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix in (".md", ".txt"):
            shutil.copy(path, articles / path.name)
    # No date and no front matter: a warning on every run.
    (articles / "undated.txt").write_text(UNDATED, encoding="utf-8")
    return tmp_path


def run(project: Path, **options: object) -> ExtractSummary:
    return extract(  # type: ignore[arg-type]
        [project / "articles"], project / "events", cache_dir=project / "cache",
        fallback_lang="en", jobs=1, **options,
    )


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **options: object) -> None:
        raise AssertionError("an article was read")

    monkeypatch.setattr(stage, "read_article", fail)
    monkeypatch.setattr(extract_module, "merge_candidates", fail)
    monkeypatch.setattr(extract_module, "sync_events", fail)


def test_an_unchanged_archive_is_not_read_again(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run(project)
    assert len(first.new) > 10 and not first.article_problems and first.warnings
    _no_reading(monkeypatch)
    second = run(project)
    assert second.unchanged_articles == len(first.articles) == second.cached
    assert second.articles == [] and second.new == [] and second.updated == []
    assert second.unchanged == sorted(first.new)
    assert second.warnings == first.warnings
    assert second.candidates == first.candidates


@pytest.mark.parametrize(
    "change",
    ["edit article", "add article", "remove article", "edit event", "delete event",
     "delete state", "other settings"],
)
def test_any_change_makes_a_new_run(project: Path, change: str) -> None:
    run(project)
    events = project / "events"
    article = project / "articles" / "reuters_walkout.md"
    event = next(path for path in sorted(events.glob("*.yml")))
    options: dict[str, object] = {}
    if change == "edit article":
        article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n",
                           encoding="utf-8")
    elif change == "add article":
        (project / "articles" / "late.md").write_text(LATE, encoding="utf-8")
    elif change == "remove article":
        article.unlink()
    elif change == "edit event":
        text = event.read_text(encoding="utf-8")
        event.write_text(text.replace("status: candidate", "status: confirmed"), encoding="utf-8")
    elif change == "delete event":
        event.unlink()
    elif change == "delete state":
        (events / ".timeline-state.json").unlink()
    else:
        options["published"] = date(2024, 5, 1)
    second = run(project, **options)
    assert not second.nothing_to_do
    if change in ("edit article", "add article", "remove article"):
        # A few articles changed: the others are not read again.
        assert second.unchanged_articles == 6 + (change == "add article")
        assert len(second.articles) == (change != "remove article")
        assert not second.article_problems
    else:
        assert second.unchanged_articles == 0 and len(second.articles) == 7
    if change == "delete event":
        assert event.stem in second.skipped and not event.exists()
    if change == "edit event":
        assert "status: confirmed" in event.read_text(encoding="utf-8")
    # The run leaves a manifest that the next unchanged run uses.
    assert run(project, **options).nothing_to_do


def test_a_run_that_stops_while_writing_is_not_taken_as_done(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(project)
    article = project / "articles" / "reuters_walkout.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n",
                       encoding="utf-8")

    def crash(*args: object, **options: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(extract_module, "sync_events", crash)
        with pytest.raises(KeyboardInterrupt):
            run(project)
    assert not manifest_path(project / "cache", project / "events").exists()
    assert run(project).unchanged_articles == 0  # a full run


def test_a_bad_article_is_reported_by_every_run(project: Path) -> None:
    (project / "articles" / "broken.md").write_bytes(b"\xff\xfe not utf-8")
    for _ in range(2):
        summary = run(project)
        assert summary.unchanged_articles == 0 and len(summary.articles) == 7
        assert [problem.path.name for problem in summary.article_problems] == ["broken.md"]


def test_a_damaged_manifest_only_costs_a_full_run(project: Path) -> None:
    run(project)
    manifest_path(project / "cache", project / "events").write_text("{not json", "utf-8")
    assert run(project).unchanged_articles == 0
    assert run(project).nothing_to_do


def test_without_a_cache_every_run_is_full(project: Path) -> None:
    for _ in range(2):
        summary = extract([project / "articles"], project / "events", fallback_lang="en")
        assert summary.unchanged_articles == 0 and summary.articles


def test_the_command_says_there_was_nothing_to_do(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    (project / "mkdocs.yml").write_text(
        "site_name: T\nplugins:\n  - timeline:\n      language: en\n", encoding="utf-8"
    )
    runner = CliRunner()
    first = runner.invoke(main, ["extract"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(main, ["extract"])
    assert second.exit_code == 0
    assert "Articles: 7 unchanged since the last run, and the events folder too: nothing to do" \
        in second.output
    assert "undated.txt" in second.output  # its warning again


def _chronology(events: Path) -> list[tuple[str, str, list[tuple[str, str]]]]:
    from timeline.store import load_events

    loaded = load_events(events)
    assert not loaded.problems
    return sorted(
        (item.event.date, item.event.title,
         sorted((source.article, source.quote) for source in item.event.sources))
        for item in loaded.events
    )


@pytest.mark.parametrize("story", ["story_port_strike_en", "story_mulde_flood"])
@pytest.mark.parametrize("late", [0, -1])
def test_an_article_added_later_gives_the_events_of_a_full_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, story: str, late: int
) -> None:
    """The days the new article touches are merged again, and only their event files are
    read: the events are those a full run over the same folder writes (a full run on an
    empty folder may group differently, since sources once written stay where they are)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    files = sorted(p for p in (FIXTURES.parent / story).iterdir() if p.suffix in (".md", ".txt"))
    added = files.pop(late)
    for path in files:
        shutil.copy(path, articles / path.name)

    def run_into(events: str, cache: str | None) -> ExtractSummary:
        return extract([articles], tmp_path / events,
                       cache_dir=tmp_path / cache if cache else None, fallback_lang="de", jobs=1)

    run_into("events", "cache")
    shutil.copytree(tmp_path / "events", tmp_path / "full")
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "events").glob("*.yml")}
    shutil.copy(added, articles / added.name)
    read: list[str] = []
    real = reconcile.load_event_file

    def spy(path: Path, warnings: list[Problem] | None = None) -> object:
        read.append(path.name)
        return real(path, warnings)

    monkeypatch.setattr(reconcile, "load_event_file", spy)
    later = run_into("events", "cache")
    assert later.unchanged_articles == len(files) and len(later.articles) == 1
    assert len(read) < len(before)  # only the events of the days the article touches
    monkeypatch.undo()
    full = run_into("full", None)
    assert _chronology(tmp_path / "events") == _chronology(tmp_path / "full")
    assert later.candidates == full.candidates
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "events").glob("*.yml")}
    assert set(later.updated) | set(later.new) == {
        name.removesuffix(".yml") for name in after if before.get(name) != after[name]
    }


def test_a_lost_cache_entry_makes_a_full_run_with_the_same_events(project: Path) -> None:
    run(project)
    shutil.copytree(project / "events", project / "full")
    for entry in (project / "cache").glob("*.json"):
        if not entry.name.startswith("run-"):
            entry.unlink()  # every article's candidates
    (project / "articles" / "late.md").write_text(LATE, encoding="utf-8")
    later = run(project)
    assert later.unchanged_articles == 0 and len(later.articles) == 8
    full = extract([project / "articles"], project / "full", fallback_lang="en", jobs=1)
    assert _chronology(project / "events") == _chronology(project / "full")
    assert later.candidates == full.candidates
