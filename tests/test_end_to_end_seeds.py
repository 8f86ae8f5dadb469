"""The whole path, articles -> events -> store, on the two seed articles, against the gold.

The gold file (``../shared/gold/seeds.yml``) defines a match in its header:
same date, the event cites the article, and the quote it cites from that
article contains one of ``quote_has`` (case-insensitive). Here every
non-optional gold event must be found, an event reported by both articles
must be one event citing both, and every extracted event must match some
gold event (optional ones included).
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from goldmatch import found_whole, load_gold, matches

from timeline.articles import load_article_meta
from timeline.cli import main
from timeline.digest import make_digest
from timeline.extract import extract
from timeline.models import Event
from timeline.store import load_events

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = SHARED / "gold" / "seeds.yml"
SEEDS = SHARED / "seeds"
ARTICLES = REPO / "articles"

pytestmark = pytest.mark.needs_shared










def assert_matches_gold(events: list[Event]) -> None:
    gold = load_gold(GOLD)["events"]
    required = [g for g in gold if not g.get("optional")]
    used: set[str] = set()
    missed = []
    for gold_event in required:
        found = [e for e in events if found_whole(e, gold_event) and e.id not in used]
        if not found:
            missed.append(f"{gold_event['date']} {gold_event['what']}")
            continue
        used.add(found[0].id)
    extra = [f"{e.date} {e.title}" for e in events if not any(matches(e, g) for g in gold)]
    assert not missed, f"gold events not found: {missed}"
    assert not extra, f"events not in the gold: {extra}"


def _seed_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(ARTICLES.glob("*.md")):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.mark.skipif(not any(ARTICLES.glob("*.md")), reason="no sample articles in articles/")
def test_sample_articles_give_the_gold_events(tmp_path: Path) -> None:
    articles = _seed_articles(tmp_path)
    events_dir = tmp_path / "events"
    actors = REPO / "actors.yml"  # the sample project's actors, as `timeline extract` uses them
    summary = extract([articles], events_dir, cache_dir=tmp_path / "cache",
                      actors_file=actors if actors.is_file() else None)
    assert not summary.article_problems
    loaded = load_events(events_dir)
    assert not loaded.problems
    assert_matches_gold([item.event for item in loaded.events])
    assert summary.new and not summary.updated
    # The digest of the seeds holds the two days of the missile attacks.
    meta, problems = load_article_meta([articles])
    assert not problems
    digest = make_digest([item.event for item in loaded.events], meta, language="de")
    days = [day.day for day in digest]
    assert date(2023, 12, 30) in days and date(2024, 1, 2) in days
    assert all(day.summary and day.events for day in digest)


def test_raw_seeds_one_run_per_article_with_published_option(tmp_path: Path) -> None:
    """Each seed alone, with its publication date given as --published: the second
    run must add its sources to the events of the first, not duplicate them. The
    option writes the date into the articles, so they are copies."""
    gold = load_gold(GOLD)["articles"]
    events_dir = tmp_path / "events"
    runner = CliRunner()
    shutil.copytree(SEEDS, tmp_path / "seeds")
    for seed in sorted((tmp_path / "seeds").glob("*.txt")):
        published = gold[seed.stem]["published"]
        assert isinstance(published, date)
        result = runner.invoke(
            main,
            ["extract", str(seed), "--events", str(events_dir),
             "--published", published.isoformat(), "--lang", "de", "--no-cache"],
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.output
    loaded = load_events(events_dir)
    assert not loaded.problems
    assert_matches_gold([item.event for item in loaded.events])


def test_two_dates_in_one_sentence_after_a_colon_are_two_events(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / "000_db51c7784b527bdd.txt", articles / "000_db51c7784b527bdd.txt")
    events_dir = tmp_path / "events"
    extract([articles], events_dir, published=date(2024, 1, 10), lang="de")
    by_date = {item.event.date: item.event for item in load_events(events_dir).events}
    for value, phrase in (("2023-12-30", "30. Dezember"), ("2024-01-02", "2. Januar")):
        quote = by_date[value].sources[0].quote
        assert phrase in quote
        assert quote.startswith("Die Koalition wirft Moskau")
