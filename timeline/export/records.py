"""``timeline export --format json``: every field of every event and article, as plain data.

The JSON contract: ``{"events": [...], "articles": [...]}``. Keys are always
present (null or false when a file does not set them) and new keys are only
ever added, so readers of an older export keep working.
"""

from __future__ import annotations

from typing import Any

from timeline.export import Chronology
from timeline.models import ArticleMeta, Event


def event_record(event: Event, importance: float) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.date,
        "end": event.end,
        "title": event.title,
        "summary": event.summary,
        "tags": list(event.tags),
        "status": event.status,
        "uncertain": event.uncertain,
        "planned": event.planned,
        "key": event.key,
        "importance": importance,
        "sources": [
            {"article": source.article, "quote": source.quote, "date_text": source.date_text}
            for source in event.sources
        ],
    }


def article_record(meta: ArticleMeta) -> dict[str, Any]:
    return {
        "id": meta.id,
        "title": meta.title,
        "publisher": meta.publisher,
        "author": meta.author,
        "url": meta.url,
        "published": meta.published.isoformat() if meta.published else None,
        "language": meta.language,
    }


def json_document(chronology: Chronology) -> dict[str, Any]:
    """The export document: events in date order, articles by id."""
    return {
        "events": [
            event_record(event, chronology.importance[event.id]) for event in chronology.events
        ],
        "articles": [
            article_record(chronology.articles[article_id])
            for article_id in sorted(chronology.articles)
        ],
    }
