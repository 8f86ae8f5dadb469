"""Scoring extracted events against a gold file (the format of ``../shared/gold/seeds.yml``).

The matching rule, from that file's header: an extracted event matches a gold
event when it has the same date, cites one of the gold event's articles, and
the quote it cites from that article contains one of ``quote_has``
(case-insensitive). A gold event with ``end:`` (a date range) matches only an
event with the same ``date`` and the same ``end``; one without ``end`` only an
event without one.

``optional`` gold events are neither required nor counted against precision.
Entries sharing a ``happening:`` key report one happening in different
languages; one event citing a source of each of them is a happening joined
across languages. ``planned: true`` marks a happening announced for later.

Used by the end-to-end tests and by ``bench/events.py``. Events are read with
``getattr`` for ``end`` and ``planned`` so that the scorer works on event
models with or without those fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml


class SourceLike(Protocol):
    @property
    def article(self) -> str: ...

    @property
    def quote(self) -> str: ...


class EventLike(Protocol):
    """What the scorer reads of an event (``timeline.models.Event`` fits)."""

    @property
    def date(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def sources(self) -> Any: ...


GoldEvent = dict[str, Any]


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def event_end(event: EventLike) -> str | None:
    end = getattr(event, "end", None)
    return None if end is None else str(end)


def event_planned(event: EventLike) -> bool:
    return bool(getattr(event, "planned", False))


def gold_end(gold_event: GoldEvent) -> str | None:
    # YAML reads an unquoted 2025-05-14 as a date; str() gives it back in ISO form.
    end = gold_event.get("end")
    return None if end is None else str(end)


def same_span(event: EventLike, gold_event: GoldEvent) -> bool:
    """Same ``date`` and same ``end`` (both absent for a single date)."""
    return event.date == str(gold_event["date"]) and event_end(event) == gold_end(gold_event)


def cites(event: EventLike, gold_event: GoldEvent, article: str) -> bool:
    """The event cites ``article`` with a quote containing one of the gold words."""
    words = [str(word).lower() for word in gold_event["quote_has"]]
    return any(
        source.article == article and any(word in source.quote.lower() for word in words)
        for source in event.sources
    )


def matches(event: EventLike, gold_event: GoldEvent) -> bool:
    """Same date span and at least one of the gold sources cited with a matching quote."""
    return same_span(event, gold_event) and any(
        cites(event, gold_event, article) for article in gold_event["sources"]
    )


def found_whole(event: EventLike, gold_event: GoldEvent) -> bool:
    """Same date span and every one of the gold sources cited, in this one event."""
    return same_span(event, gold_event) and all(
        cites(event, gold_event, article) for article in gold_event["sources"]
    )


def describe(gold_event: GoldEvent) -> str:
    end = gold_end(gold_event)
    span = f"{gold_event['date']}..{end}" if end else str(gold_event["date"])
    return f"{span} {gold_event['what']}"


def describe_event(event: EventLike) -> str:
    end = event_end(event)
    span = f"{event.date}..{end}" if end else event.date
    return f"{span} {event.title}"


@dataclass
class Score:
    """Counts of one story; the lists name what went wrong, for a person to read."""

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
    planned: int = 0
    planned_ok: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    not_joined: list[str] = field(default_factory=list)
    wrong_merges: list[str] = field(default_factory=list)
    planned_wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.events if self.events else 0.0

    @property
    def recall(self) -> float:
        return self.sources_found / self.sources if self.sources else 0.0

    def report(self) -> str:
        return (
            f"sources {self.sources_found}/{self.sources}, events {self.found}/{self.required}, "
            f"precision {self.correct}/{self.events}, merged {self.merged}/{self.multi}, "
            f"across languages {self.merged_across}/{self.across}, "
            f"wrong merges {len(self.wrong_merges)}, planned {self.planned_ok}/{self.planned}\n"
            f"missed: {self.missed}\nextra: {self.extra}\nsplit: {self.split}\n"
            f"not joined: {self.not_joined}\nwrong merges: {self.wrong_merges}\n"
            f"planned wrong: {self.planned_wrong}"
        )


def score(events: list[Any], gold_events: list[GoldEvent]) -> Score:
    """Score ``events`` (``timeline.models.Event`` or alike) against the gold entries."""
    result = Score(events=len(events))
    required = [g for g in gold_events if not g.get("optional")]
    # An announcement of a happening that other entries report as done: the event that
    # joins them is rightly not planned, so its planned flag is not scored.
    done = {g.get("happening") for g in required if g.get("happening") and not g.get("planned")}
    for gold_event in required:
        _score_required(result, events, gold_event, gold_event.get("happening") in done)
    _score_happenings(result, events, required)
    for event in events:
        matched = [g for g in gold_events if matches(event, g)]
        result.correct += bool(matched)
        if not matched:
            result.extra.append(describe_event(event))
        names = {g.get("happening") or g["what"] for g in matched if not g.get("optional")}
        if len(names) > 1:
            result.wrong_merges.append(f"{describe_event(event)}: {sorted(names)}")
    return result


def _score_required(
    result: Score, events: list[Any], gold_event: GoldEvent, happened: bool = False
) -> None:
    name = describe(gold_event)
    result.required += 1
    result.sources += len(gold_event["sources"])
    for article in gold_event["sources"]:
        if any(same_span(e, gold_event) and cites(e, gold_event, article) for e in events):
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
    matched = [e for e in events if matches(e, gold_event)]
    if gold_event.get("planned") and happened:
        return
    if gold_event.get("planned"):
        result.planned += 1
        if any(event_planned(e) for e in matched):
            result.planned_ok += 1
        elif matched:
            result.planned_wrong.append(f"{name}: not marked planned")
    else:
        result.planned_wrong.extend(
            f"{name}: marked planned ({describe_event(e)})" for e in matched if event_planned(e)
        )


def _score_happenings(result: Score, events: list[Any], required: list[GoldEvent]) -> None:
    happenings: dict[str, list[GoldEvent]] = {}
    for gold_event in required:
        if gold_event.get("happening"):
            happenings.setdefault(str(gold_event["happening"]), []).append(gold_event)
    for key, entries in happenings.items():
        if len(entries) < 2:
            continue
        result.across += 1
        # Joined: one event cites a source of each language's entry.
        joined = any(all(matches(e, g) for g in entries) for e in events)
        result.merged_across += joined
        if not joined:
            result.not_joined.append(key)
