"""``timeline export --format csv``: one row per event, for spreadsheets.

Every event field of the JSON export is a column. A list becomes one cell
whose items are joined by a line break (spreadsheets show it as lines in the
cell): ``tags``, and per source ``articles``, ``publishers``, ``urls`` and
``quotes``, where the n-th line of each belongs to the same source. ``first_day``
and ``last_day`` are the ISO days the date (up to ``end``) covers, to sort and
filter by. Booleans are ``true``/``false``; a missing value is an empty cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from timeline.export import Chronology
from timeline.models import Event
from timeline.timex import parse_value

COLUMNS = (
    "id", "date", "end", "first_day", "last_day", "title", "summary", "tags", "status",
    "uncertain", "planned", "key", "importance", "articles", "publishers", "urls", "quotes",
    "date_texts",
)
LIST_SEPARATOR = "\n"


def csv_text(chronology: Chronology) -> str:
    """The events as CSV with a header row (RFC 4180, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for event in chronology.events:
        writer.writerow(_row(event, chronology))
    return buffer.getvalue()


def _row(event: Event, chronology: Chronology) -> list[str]:
    articles = [chronology.articles.get(source.article) for source in event.sources]
    span = parse_value(event.date)
    last = parse_value(event.end).last if event.end else span.last
    cells = {
        "id": event.id,
        "date": event.date,
        "end": event.end or "",
        "first_day": span.first.isoformat(),
        "last_day": last.isoformat(),
        "title": event.title,
        "summary": event.summary or "",
        "tags": _joined(event.tags),
        "status": event.status,
        "uncertain": _flag(event.uncertain),
        "planned": _flag(event.planned),
        "key": "" if event.key is None else _flag(event.key),
        "importance": str(chronology.importance[event.id]),
        "articles": _joined(source.article for source in event.sources),
        "publishers": _joined(meta.publisher or "" if meta else "" for meta in articles),
        "urls": _joined(meta.url or "" if meta else "" for meta in articles),
        # A quote is one sentence; a line break written into it by hand would shift the lines.
        "quotes": _joined(" ".join(source.quote.split()) for source in event.sources),
        "date_texts": _joined(source.date_text or "" for source in event.sources),
    }
    return [cells[column] for column in COLUMNS]


def _joined(items: Iterable[str]) -> str:
    return LIST_SEPARATOR.join(items)


def _flag(value: bool) -> str:
    return "true" if value else "false"
