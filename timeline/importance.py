"""How important each event and each day of a collection is, from the collection itself.

One step after the store: the events (as their files hold them) and the
publication dates of the articles go in; importance scores and the key days
come out. Nothing here is stored: the scores are derived data, computed
again from the collection whenever they are asked for.

Two signals, chosen by measurement on the Timeline17 development topics
(``bench/digest.py``; ranking days by how many articles cite them is the
baseline):

* **reach**: the share of the collection's articles that cite the event (or,
  for a day, any event of that day);
* **recall**: the share of the articles published :data:`LATER_DAYS` days or
  more after the date that still refer back to it. Later articles that go back
  to a day are the strongest sign that it mattered (news-tls, Ghalandari and
  Ifrim 2020); dividing by the articles published that late keeps the last
  weeks of a story, when fewer articles appear, from counting less.

A day's score is its reach plus its recall. An event's importance is its own
reach plus recall, divided by the highest of the collection, so it lies in
0..1 (the most important event has 1). An editor's ``key: true`` makes it 1,
``key: false`` 0. Only events dated to one day make key days: a month, week or
year is never reported as a day.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from timeline.models import Event
from timeline.timex import parse_value

# A reference counts as a later one from this many days after the date on.
LATER_DAYS = 14
# Without a number of key days asked for: the days that at least this share of the
# articles cite (and two articles at least), at most MAX_KEY_DAYS of them (and one at
# least, when any day is cited).
KEY_DAY_SHARE = 0.02
MIN_KEY_DAY_ARTICLES = 2
MAX_KEY_DAYS = 20

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class KeyDay:
    """A key day: its score and the events of that day, most important first."""

    day: date
    score: float
    events: tuple[str, ...]


class Collection:
    """The events of a collection and the publication dates of its articles."""

    def __init__(self, events: Iterable[Event], published: Mapping[str, date | None]) -> None:
        self.events = [event for event in events if event.status != "rejected"]
        self.published = published
        self._dates = sorted(day for day in published.values() if day is not None)
        self._total = max(len(published), 1)

    def _reach_and_recall(self, articles: Iterable[str], day: date) -> float:
        cited = set(articles)
        reach = len(cited) / self._total
        later_from = day + timedelta(days=LATER_DAYS)
        later = sum(
            1 for article in cited
            if (published := self.published.get(article)) is not None
            and published >= later_from
        )
        published_later = len(self._dates) - bisect.bisect_left(self._dates, later_from)
        return reach + later / (1 + published_later)

    def importance(self) -> dict[str, float]:
        """Every event's importance in 0..1, by id (see the module's description)."""
        raw = {
            event.id: self._reach_and_recall(
                (source.article for source in event.sources), _first_day(event.date)
            )
            for event in self.events
        }
        highest = max(raw.values(), default=0.0) or 1.0
        scores = {}
        for event in self.events:
            if event.key is not None:
                scores[event.id] = 1.0 if event.key else 0.0
            else:
                scores[event.id] = round(raw[event.id] / highest, 4)
        return scores

    def day_scores(self) -> dict[date, float]:
        """The score of every day that an event dated to that day names."""
        return {
            day: self._reach_and_recall(cited_articles(events), day)
            for day, events in self.events_by_day().items()
        }

    def events_by_day(
        self, start: date | None = None, end: date | None = None
    ) -> dict[date, list[Event]]:
        """The events dated to one day (not a range), by day, between ``start`` and ``end``."""
        by_day: dict[date, list[Event]] = {}
        for event in self.events:
            if not _DAY.match(event.date) or event.end is not None:
                continue
            day = date.fromisoformat(event.date)
            if (start is None or day >= start) and (end is None or day <= end):
                by_day.setdefault(day, []).append(event)
        return by_day

    def key_days(
        self, count: int | None = None, start: date | None = None, end: date | None = None
    ) -> list[KeyDay]:
        """The ``count`` highest-scoring days between ``start`` and ``end``, in date order.

        A day with an event marked ``key: true`` is always among them, one whose
        events are all ``key: false`` never. Without ``count``: the days that
        :data:`KEY_DAY_SHARE` of the articles cite (:data:`MIN_KEY_DAY_ARTICLES` at
        least), at most :data:`MAX_KEY_DAYS`.
        """
        importance = self.importance()
        by_day = self.events_by_day(start, end)
        scores = {
            day: self._reach_and_recall(cited_articles(events), day)
            for day, events in by_day.items()
        }
        candidates = [
            day for day, events in by_day.items()
            if not all(event.key is False for event in events)
        ]
        forced = {day for day in candidates if any(event.key for event in by_day[day])}
        if count is None:
            count = self._default_count(by_day, candidates)
        ranked = sorted(candidates, key=lambda day: (day not in forced, -scores[day], day))
        chosen = sorted(ranked[: max(count, len(forced))])
        return [
            KeyDay(
                day,
                round(scores[day], 4),
                tuple(
                    event.id for event in sorted(
                        by_day[day], key=lambda event: (-importance[event.id], event.id)
                    )
                    if event.key is not False
                ),
            )
            for day in chosen
        ]

    def _default_count(self, by_day: Mapping[date, list[Event]], candidates: Sequence[date]) -> int:
        needed = max(MIN_KEY_DAY_ARTICLES, math.ceil(KEY_DAY_SHARE * len(self.published)))
        cited = [day for day in candidates if len(cited_articles(by_day[day])) >= needed]
        return min(MAX_KEY_DAYS, max(len(cited), 1 if candidates else 0))


def cited_articles(events: Iterable[Event]) -> set[str]:
    """The articles that cite any of ``events``."""
    return {source.article for event in events for source in event.sources}


def _first_day(value: str) -> date:
    """The first day of a TIMEX3 value (an event's date was validated when loaded)."""
    return parse_value(value).first
