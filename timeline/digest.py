"""The digest: the key days of a collection, each with a short extractive summary.

The key days come from :mod:`timeline.importance`. A day's summary is one to
:data:`MAX_SENTENCES` sentences quoted from its events' sources, most
important event first: of each event the quote most like its other quotes
(the one that says what they share), in the story's language where the event
has one, and never a sentence that repeats one already taken (sharing
:data:`MAX_OVERLAP` of its words or more).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from timeline.importance import Collection
from timeline.models import ArticleMeta, Event, Source
from timeline.textfeatures import content_words

MAX_SENTENCES = 3
# Two sentences sharing this share of the smaller one's words say the same.
MAX_OVERLAP = 0.5
# A quote longer than this is a run-on paragraph: another source's is preferred.
LONG_QUOTE = 400
# The Markdown digest lists this many events of a day by title.
LISTED_EVENTS = 5


@dataclass(frozen=True)
class DigestDay:
    """One key day: its date, its summary and its events (ids, most important first)."""

    day: date
    summary: str
    events: tuple[str, ...]


def make_digest(
    events: Sequence[Event],
    articles: Mapping[str, ArticleMeta],
    *,
    count: int | None = None,
    start: date | None = None,
    end: date | None = None,
    language: str | None = None,
) -> list[DigestDay]:
    """The key days between ``start`` and ``end`` (``count`` of them, or as many as
    :meth:`Collection.key_days` chooses), in date order, each summarised in
    ``language`` where its sources allow."""
    collection = Collection(events, {key: meta.published for key, meta in articles.items()})
    by_id = {event.id: event for event in collection.events}
    digest = []
    used: set[str] = set()
    for key_day in collection.key_days(count, start, end):
        day_events = [by_id[event_id] for event_id in key_day.events]
        summary = summarise(day_events, articles, language, used)
        digest.append(DigestDay(key_day.day, summary, key_day.events))
    return digest


def summarise(
    events: Sequence[Event],
    articles: Mapping[str, ArticleMeta],
    language: str | None,
    used: set[str] | None = None,
) -> str:
    """Up to :data:`MAX_SENTENCES` non-redundant quotes of ``events`` (most important
    first), one per event. A quote in ``used`` (the summaries of earlier days: one
    sentence that names two dates) is taken only when the event has no other; the
    quotes taken are added to it."""
    used = set() if used is None else used
    chosen: list[str] = []
    chosen_words: list[frozenset[str]] = []
    for event in events:
        fresh = [source for source in event.sources if source.quote.strip() not in used]
        quote = _representative(fresh or event.sources, articles, language)
        words = content_words(quote)
        if any(_overlap(words, other) >= MAX_OVERLAP for other in chosen_words):
            continue
        chosen.append(quote)
        chosen_words.append(words)
        if len(chosen) == MAX_SENTENCES:
            break
    used.update(chosen)
    return " ".join(chosen)


def digest_json(digest: Sequence[DigestDay]) -> dict[str, Any]:
    """The JSON document of ``timeline digest --format json``."""
    return {
        "dates": [
            {"date": day.day.isoformat(), "summary": day.summary, "events": list(day.events)}
            for day in digest
        ]
    }


def digest_markdown(digest: Sequence[DigestDay], titles: Mapping[str, str]) -> str:
    """The digest as Markdown: a heading per day, its summary, the titles of its
    :data:`LISTED_EVENTS` most important events and how many more there are."""
    blocks = []
    for day in digest:
        lines = [f"## {day.day.isoformat()}", "", day.summary, ""]
        lines += [
            f"- {titles.get(event_id, event_id)} (`{event_id}`)"
            for event_id in day.events[:LISTED_EVENTS]
        ]
        if len(day.events) > LISTED_EVENTS:
            lines.append(f"- … and {len(day.events) - LISTED_EVENTS} more events")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _representative(
    sources: Sequence[Source], articles: Mapping[str, ArticleMeta], language: str | None
) -> str:
    """The quote most like the event's other quotes, in ``language`` if one is, and not
    a run-on paragraph if a shorter one is there."""
    in_language = [
        source for source in sources
        if language is None or _language(source, articles) in (language, None)
    ] or list(sources)
    short = [source for source in in_language if len(source.quote) <= LONG_QUOTE] or in_language
    words = [content_words(source.quote) for source in short]

    def centrality(index: int) -> float:
        return sum(
            _overlap(words[index], other) for number, other in enumerate(words) if number != index
        )

    best = max(range(len(short)), key=lambda index: (centrality(index), -index))
    return short[best].quote.strip()


def _language(source: Source, articles: Mapping[str, ArticleMeta]) -> str | None:
    meta = articles.get(source.article)
    return meta.language if meta else None


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0
