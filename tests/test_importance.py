"""Importance of events and key days, from who cites them and when."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.digest import digest_json, digest_markdown, make_digest, summarise
from timeline.importance import LATER_DAYS, Collection
from timeline.models import ArticleMeta, Event, Source


def event(event_id: str, value: str, *articles: str, quote: str = "", **fields: object) -> Event:
    return Event.model_validate({
        "id": event_id, "date": value, "title": event_id,
        "sources": [
            {"article": article, "quote": quote or f"{event_id} as {article} reports it."}
            for article in articles
        ],
        **fields,
    })


def published(**days: str) -> dict[str, date | None]:
    return {article: date.fromisoformat(day) for article, day in days.items()}


# Five articles: two in March, three written weeks later.
PUBLISHED = published(a="2025-03-01", b="2025-03-02", c="2025-04-01", d="2025-04-02",
                      e="2025-04-03")


def test_later_articles_that_refer_back_make_an_event_important() -> None:
    collection = Collection([
        # Cited by the two March articles only.
        event("busy", "2025-03-01", "a", "b"),
        # Cited by one March article and by two written a month later.
        event("recalled", "2025-02-28", "a", "c", "d"),
        event("minor", "2025-03-02", "b"),
    ], PUBLISHED)
    scores = collection.importance()
    assert scores["recalled"] == 1.0
    assert scores["minor"] < scores["busy"] < scores["recalled"]
    assert all(0 <= score <= 1 for score in scores.values())


def test_a_later_reference_counts_from_LATER_DAYS_on() -> None:
    near = published(a="2025-03-01", b=date.fromordinal(
        date(2025, 3, 1).toordinal() + LATER_DAYS - 1).isoformat())
    far = published(a="2025-03-01", b=date.fromordinal(
        date(2025, 3, 1).toordinal() + LATER_DAYS).isoformat())
    day = [event("x", "2025-03-01", "a", "b")]
    assert Collection(day, far).day_scores()[date(2025, 3, 1)] > Collection(
        day, near).day_scores()[date(2025, 3, 1)]


def test_an_editor_s_key_overrides_the_score() -> None:
    collection = Collection([
        event("busy", "2025-03-01", "a", "b", "c", key=False),
        event("minor", "2025-03-02", "b", key=True),
        event("other", "2025-03-03", "a", "b"),
    ], PUBLISHED)
    assert collection.importance()["busy"] == 0.0
    assert collection.importance()["minor"] == 1.0
    assert [day.day for day in collection.key_days(1)] == [date(2025, 3, 2)]
    assert date(2025, 3, 1) not in [day.day for day in collection.key_days(3)]


def test_key_days_are_days_in_date_order_within_the_range() -> None:
    collection = Collection([
        event("month", "2025-03", "a", "b", "c", "d", "e"),
        event("week", "2025-W10", "a", "b", "c"),
        event("late", "2025-03-20", "c", "d", "e"),
        event("early", "2025-03-01", "a", "b", "c"),
        event("range", "2025-03-05", "a", "b", "c", "d", end="2025-03-07"),
        event("rejected", "2025-03-09", "a", "b", "c", "d", "e", status="rejected"),
    ], PUBLISHED)
    assert [day.day for day in collection.key_days(5)] == [date(2025, 3, 1), date(2025, 3, 20)]
    assert [day.day for day in collection.key_days(5, start=date(2025, 3, 2))] == [
        date(2025, 3, 20)
    ]
    assert collection.key_days(5, end=date(2025, 2, 1)) == []


def test_without_a_count_the_days_enough_articles_cite() -> None:
    collection = Collection([
        event("twice", "2025-03-01", "a", "b"),
        event("once", "2025-03-02", "b"),
    ], PUBLISHED)
    assert [day.day for day in collection.key_days()] == [date(2025, 3, 1)]
    single = Collection([event("once", "2025-03-02", "b")], PUBLISHED)
    assert [day.day for day in single.key_days()] == [date(2025, 3, 2)]


META = {
    "a": ArticleMeta(id="a", published=date(2025, 3, 1), language="en"),
    "b": ArticleMeta(id="b", published=date(2025, 3, 2), language="de"),
    "c": ArticleMeta(id="c", published=date(2025, 4, 1), language="en"),
}


def test_a_summary_quotes_one_sentence_per_event_without_repeating_itself() -> None:
    first = event("dam", "2025-03-01", "a", "b", quote="The dam broke near Grimma on Monday.")
    first = first.model_copy(update={"sources": [
        Source(article="a", quote="The dam broke near Grimma on Monday."),
        Source(article="b", quote="Der Damm brach am Montag bei Grimma."),
        Source(article="c", quote="The dam near Grimma broke on Monday, flooding streets."),
    ]})
    again = event("dam-again", "2025-03-01", "c", quote="The dam broke near Grimma on Monday.")
    other = event("rescue", "2025-03-01", "a", quote="Helicopters rescued 40 people.")
    summary = summarise([first, again, other], META, "en")
    assert summary == "The dam broke near Grimma on Monday. Helicopters rescued 40 people."
    assert summarise([first], META, "de") == "Der Damm brach am Montag bei Grimma."


@pytest.mark.parametrize("language", ["en", "de"])
def test_digest_contract(language: str) -> None:
    events = [
        event("dam", "2025-03-01", "a", "b", quote="The dam broke."),
        event("month", "2025-03", "a", "b", "c"),
    ]
    digest = make_digest(events, META, count=3, language=language)
    assert digest_json(digest) == {
        "dates": [{"date": "2025-03-01", "summary": "The dam broke.", "events": ["dam"]}]
    }
    assert digest_markdown(digest, {"dam": "Dam breaks"}) == (
        "## 2025-03-01\n\nThe dam broke.\n\n- Dam breaks (`dam`)\n"
    )


def test_a_sentence_that_names_two_key_days_summarises_only_the_first() -> None:
    both = [
        Source(article="a", quote="Missiles struck on 30 December and on 2 January."),
        Source(article="b", quote="Russia fired missiles supplied by Pyongyang."),
    ]
    events = [
        event("first", "2025-03-01", "a", "b").model_copy(update={"sources": both}),
        event("second", "2025-03-03", "a", "b").model_copy(update={"sources": both}),
    ]
    summaries = [day.summary for day in make_digest(events, META, count=2, language="en")]
    assert len(summaries) == 2 and summaries[0] != summaries[1]
