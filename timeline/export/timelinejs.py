"""``timeline export --format timelinejs``: the JSON that TimelineJS3 loads as it is.

TimelineJS3's format: ``{"events": [slide, ...]}``; each slide has a
``start_date`` and optionally an ``end_date`` (date objects with ``year``,
``month`` and ``day`` as strings, only down to the event's precision),
``text`` with ``headline`` and ``text`` (HTML), a ``group`` and a
``unique_id``. A date known to the year gives only ``year``; a month, quarter,
half or season ``year`` and ``month``; a week or a day all three. A date wider
than its unit (a decade, a quarter, a week) or a range up to ``end`` gets an
``end_date`` at its last unit. ``group`` is the event's first tag (TimelineJS
shows each group in a row of its own); an event without tags has none.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from timeline.export import Chronology
from timeline.models import Event
from timeline.timex import Precision, parse_value

_YEAR_ONLY = (Precision.CENTURY, Precision.DECADE, Precision.YEAR)
_TO_MONTH = (Precision.HALF, Precision.QUARTER, Precision.SEASON, Precision.MONTH)


def timelinejs_document(chronology: Chronology) -> dict[str, Any]:
    return {"events": [_slide(event, chronology) for event in chronology.events]}


def _slide(event: Event, chronology: Chronology) -> dict[str, Any]:
    span = parse_value(event.date)
    end_span = parse_value(event.end) if event.end else span
    start = _date_object(span.first, span.precision)
    end = _date_object(end_span.last, end_span.precision)
    slide: dict[str, Any] = {"start_date": start}
    if end != start:
        slide["end_date"] = end
    slide["text"] = {"headline": escape(event.title), "text": _text(event, chronology)}
    if event.tags:
        slide["group"] = event.tags[0]
    slide["unique_id"] = event.id
    return slide


def _date_object(day: date, precision: Precision) -> dict[str, str]:
    parts = {"year": str(day.year)}
    if precision not in _YEAR_ONLY:
        parts["month"] = str(day.month)
        if precision not in _TO_MONTH:
            parts["day"] = str(day.day)
    return parts


def _text(event: Event, chronology: Chronology) -> str:
    """The summary and the sources as HTML: who published each, a link, the quote."""
    paragraphs = [f"<p>{escape(event.summary)}</p>"] if event.summary else []
    for source in event.sources:
        meta = chronology.articles.get(source.article)
        name = escape((meta and (meta.publisher or meta.title)) or source.article)
        if meta is not None and meta.url:
            name = f'<a href="{escape(meta.url)}">{name}</a>'
        paragraphs.append(f"<p>{name}: “{escape(source.quote)}”</p>")
    return "".join(paragraphs)
