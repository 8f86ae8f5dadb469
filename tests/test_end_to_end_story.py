"""Extraction and merging on a realistic story: seven articles from different outlets.

``tests/fixtures/story_mulde_flood/`` holds seven fictional articles (German and
English: agency wires, a regional paper, a live-blog summary, a weekly
analysis, a follow-up and an English feature) about one flood over three weeks,
and ``gold.yml``, written before the tool was run on them, in the format of
``../shared/gold/seeds.yml``.

Measured (a source is a (required gold event, article) pair; an event is found
when one extracted event cites all its sources; precision counts extracted
events that match a gold event, optional ones included):

* sources found: 31/32 before the fixes, 32/32 after;
* gold events found whole: 18/23 before, 20/23 after;
* precision: 36/43 before (seven extra events: live-blog time stamps, opening
  hours, "am Abend zuvor", a "heute" clause without a happening, the week of
  an event the live blog dates to its day), 32/32 after;
* multi-source gold events merged: 3/8 before, 5/8 after; wrong merges: 0 and 0;
* happenings joined across German and English: 0/9 before, 2/9 after.

(On the first version of the articles, before four of them got a paragraph
more: 29/30 sources, 16/21 events, precision 33/39, 3/8 merged.)

Still split (paraphrases that share too few words for a safe rule): the 2002
flood in two German articles, the dike break in three, the aid decision
("Soforthilfe von 80 Millionen Euro beschlossen" / "die Hilfe auf den Weg
gebracht"). Across languages only reports sharing a figure and a second anchor
merge (the death in Döbeln, the 80 million euros).

The thresholds leave a margin of two under the measured recall and precision;
merges are deterministic, so losing one fails here and gets looked at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from goldmatch import cites, found_whole, load_gold, matches

from timeline.extract import extract
from timeline.models import Event
from timeline.store import load_events

STORY = Path(__file__).resolve().parent / "fixtures" / "story_mulde_flood"

MIN_SOURCES_FOUND = 30  # of 32
MIN_PRECISION = 0.93  # 32/32 measured: three extra events fail
MIN_MERGED = 5  # of 8
MIN_MERGED_ACROSS_LANGUAGES = 2  # of 9








@dataclass
class Score:
    sources: int = 0
    sources_found: int = 0
    required: int = 0
    found: int = 0
    events: int = 0
    correct: int = 0
    multi: int = 0
    merged: int = 0
    across: int = 0
    merged_across: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.events

    def report(self) -> str:
        return (
            f"sources {self.sources_found}/{self.sources}, events {self.found}/{self.required}, "
            f"precision {self.correct}/{self.events}, merged {self.merged}/{self.multi}, "
            f"across languages {self.merged_across}/{self.across}, "
            f"wrong merges {len(self.wrong_merges)}\nmissed: {self.missed}\n"
            f"extra: {self.extra}\nsplit: {self.split}\nwrong merges: {self.wrong_merges}"
        )


def score(events: list[Event], gold_events: list[dict[str, Any]]) -> Score:
    result = Score(events=len(events))
    required = [g for g in gold_events if not g.get("optional")]
    for gold_event in required:
        name = f"{gold_event['date']} {gold_event['what']}"
        result.required += 1
        result.sources += len(gold_event["sources"])
        for article in gold_event["sources"]:
            if any(e.date == str(gold_event["date"]) and cites(e, gold_event, article)
                   for e in events):
                result.sources_found += 1
            else:
                result.missed.append(f"{name} [{article}]")
        whole = any(found_whole(e, gold_event) for e in events)
        result.found += whole
        if len(gold_event["sources"]) > 1:
            result.multi += 1
            result.merged += whole
            if not whole:
                result.split.append(name)
    happenings: dict[str, list[dict[str, Any]]] = {}
    for gold_event in required:
        if gold_event.get("happening"):
            happenings.setdefault(gold_event["happening"], []).append(gold_event)
    for entries in happenings.values():
        if len(entries) < 2:
            continue
        result.across += 1
        # Joined: one event cites a source of each language's entry.
        result.merged_across += any(all(matches(e, g) for g in entries) for e in events)
    for event in events:
        matched = [g for g in gold_events if matches(event, g)]
        result.correct += bool(matched)
        if not matched:
            result.extra.append(f"{event.date} {event.title}")
        names = {g.get("happening") or g["what"] for g in matched if not g.get("optional")}
        if len(names) > 1:
            result.wrong_merges.append(f"{event.date} {event.title}: {sorted(names)}")
    return result


@pytest.fixture(scope="module")
def story_score(tmp_path_factory: pytest.TempPathFactory) -> Score:
    events_dir = tmp_path_factory.mktemp("story") / "events"
    summary = extract([STORY], events_dir)
    assert not summary.article_problems
    assert len(summary.articles) == len(load_gold(STORY / "gold.yml")["articles"])
    loaded = load_events(events_dir)
    assert not loaded.problems
    return score([item.event for item in loaded.events], load_gold(STORY / "gold.yml")["events"])


def test_story_recall_and_precision(story_score: Score) -> None:
    assert story_score.sources_found >= MIN_SOURCES_FOUND, story_score.report()
    assert story_score.precision >= MIN_PRECISION, story_score.report()


def test_story_merges_at_least_the_measured_events_and_none_wrongly(story_score: Score) -> None:
    assert story_score.merged >= MIN_MERGED, story_score.report()
    assert story_score.merged_across >= MIN_MERGED_ACROSS_LANGUAGES, story_score.report()
    assert not story_score.wrong_merges, story_score.report()


def test_story_titles_are_short_and_uncut(tmp_path: Path) -> None:
    extract([STORY], tmp_path / "events")
    titles = [item.event.title for item in load_events(tmp_path / "events").events]
    assert titles
    assert all(len(title) <= 100 and "…" not in title for title in titles), titles


def test_score_counts_a_split_and_a_wrong_merge() -> None:
    """The scorer itself: a happening reported twice but split, and two merged."""
    gold = [
        {"date": "2025-05-14", "what": "a", "sources": ["x", "y"], "quote_has": ["deich"]},
        {"date": "2025-05-14", "what": "b", "sources": ["x"], "quote_has": ["landkreis"]},
    ]

    def event(*quotes: tuple[str, str]) -> Event:
        return Event.model_validate({
            "id": "e", "date": "2025-05-14", "title": "t",
            "sources": [{"article": a, "quote": q} for a, q in quotes],
        })

    split = score([event(("x", "Deich")), event(("y", "Deich")), event(("x", "Landkreis"))], gold)
    assert (split.sources_found, split.merged, split.found) == (3, 0, 1)
    assert not split.wrong_merges
    merged = score([event(("x", "Deich Landkreis"), ("y", "Deich"))], gold)
    assert (merged.merged, merged.found, len(merged.wrong_merges)) == (1, 2, 1)
