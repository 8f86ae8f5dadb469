"""The gold files' matching rule (header of ../shared/gold/seeds.yml), shared by end-to-end tests.

An extracted event matches a gold event when it has the same date, cites one of the gold
event's articles, and the quote it cites from that article contains one of ``quote_has``
(case-insensitive).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from timeline.models import Event


def load_gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def cites(event: Event, gold_event: dict[str, Any], article: str) -> bool:
    """The event cites ``article`` with a quote containing one of the gold words."""
    words = [str(word).lower() for word in gold_event["quote_has"]]
    return any(
        source.article == article and any(word in source.quote.lower() for word in words)
        for source in event.sources
    )


def matches(event: Event, gold_event: dict[str, Any]) -> bool:
    """Same date and at least one of the gold sources cited with a matching quote."""
    return event.date == str(gold_event["date"]) and any(
        cites(event, gold_event, article) for article in gold_event["sources"]
    )


def found_whole(event: Event, gold_event: dict[str, Any]) -> bool:
    """Same date and every one of the gold sources cited, in this one event."""
    return event.date == str(gold_event["date"]) and all(
        cites(event, gold_event, article) for article in gold_event["sources"]
    )
