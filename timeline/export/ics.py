"""``timeline export --format ics``: one all-day ``VEVENT`` per event (RFC 5545).

Every event covers the whole days of its date: a day is one day, a month or a
year the whole month or year, a week its seven days (an event known only to
the month is not pinned to its first day). A range runs to the last day of
``end``. ``DTEND`` is exclusive, the day after the last one. ``UID`` is the
event id with ``@news-timeline``, so a calendar that imports the file again
updates its events instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from timeline.export import Chronology
from timeline.models import ArticleMeta, Event
from timeline.timex import parse_value

PRODUCT_ID = "-//news-timeline//timeline export//EN"
UID_DOMAIN = "news-timeline"
_STATUS = {"candidate": "TENTATIVE", "confirmed": "CONFIRMED"}


def ics_bytes(chronology: Chronology, stamp: datetime) -> bytes:
    """The events as an iCalendar file; ``stamp`` (timezone-aware) is its DTSTAMP."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    for event in chronology.events:
        calendar.add_component(_vevent(event, chronology, stamp))
    data: bytes = calendar.to_ical()
    return data


def event_uid(event_id: str) -> str:
    return f"{event_id}@{UID_DOMAIN}"


def _vevent(event: Event, chronology: Chronology, stamp: datetime) -> CalendarEvent:
    span = parse_value(event.date)
    last = parse_value(event.end).last if event.end else span.last
    vevent = CalendarEvent()
    vevent.add("uid", event_uid(event.id))
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", span.first)
    vevent.add("dtend", last + timedelta(days=1))
    vevent.add("summary", event.title)
    vevent.add("description", _description(event, chronology.articles))
    if event.status in _STATUS:
        vevent.add("status", _STATUS[event.status])
    if event.tags:
        vevent.add("categories", list(event.tags))
    url = next(
        (
            meta.url
            for source in event.sources
            if (meta := chronology.articles.get(source.article)) and meta.url
        ),
        None,
    )
    if url:
        vevent.add("url", url)
    return vevent


def _description(event: Event, articles: Mapping[str, ArticleMeta]) -> str:
    """The summary, then each source: who published it, when, the quote and the link."""
    lines = [event.summary] if event.summary else []
    for source in event.sources:
        meta = articles.get(source.article)
        cited = [source.article]
        if meta is not None:
            published = meta.published.isoformat() if meta.published else None
            cited = [part for part in (meta.publisher, meta.title, published) if part] or cited
        lines.append(f"{', '.join(cited)}: “{' '.join(source.quote.split())}”")
        if meta is not None and meta.url:
            lines.append(meta.url)
    return "\n".join(lines)
