"""The chronology in the formats other tools read: JSON, CSV, iCalendar and TimelineJS.

Pure functions over the events and the articles they cite; ``timeline
export`` (in :mod:`timeline.cli.events`) loads the project and writes the
result. The field set of each format is a contract documented in the README.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from timeline.models import ArticleMeta, Event


@dataclass(frozen=True)
class Chronology:
    """What every export format is made from.

    ``events`` are in date order, rejected ones already left out;
    ``importance`` is every event's importance (0..1) by id; ``articles``
    holds each article's metadata by id, with the language and publication
    date in use.
    """

    events: Sequence[Event]
    importance: Mapping[str, float]
    articles: Mapping[str, ArticleMeta]
