"""Stale events: what an article's old version left in the store.

When an article's text, date or language changes, its candidates change
keys (:func:`timeline.events.candidate_key` hashes the date value, the date
phrase and the quote), and when it is removed they are gone. A run that
read an article again (or knows it is gone) has all of its candidates, so
a candidate key of that article that the run did not propose again is
stale, and so is a source of it that none of the event's other keys quotes.
(A source the run merged into another event is not stale: sources stay
where they were written.)

* An event that no one edited (its file reads exactly as the tool last
  wrote it) loses its stale sources, and goes away when none is left.
* A hand-edited event is never changed for this: ``timeline check`` reports
  each source the tool wrote whose quote no longer occurs in its article
  (:func:`missing_quotes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline.models import Event
from timeline.problems import Problem
from timeline.store import (
    STATE_FILE,
    EventRecord,
    LoadedEvent,
    StateError,
    load_state,
    render_event,
)
from timeline.yamlio import YamlSyntaxError, line_of, load_with_lines, read_text

# What the tool writes into a new event besides its own fields and sources.
_FRESH_STATUS = "candidate"


@dataclass(frozen=True)
class Refresh:
    """The articles whose candidates a run has in full.

    ``articles``: the ids of the articles read again (and of those known to be
    gone); ``others_gone``: every article not among them is gone too (a full run
    on the whole collection, in which every article was read).
    """

    articles: frozenset[str] = frozenset()
    others_gone: bool = False

    def covers(self, article_id: str) -> bool:
        return self.others_gone or article_id in self.articles


def article_of(key: str) -> str:
    """The article id of a candidate key (``<article>/<date value>/<digest>``)."""
    return key.rsplit("/", 2)[0]


@dataclass(frozen=True)
class Staleness:
    """What of one event's record this run did not find again."""

    keys: frozenset[str]
    sources: frozenset[tuple[str, str]]
    # Nothing of the event is left: it came only from stale candidates.
    whole: bool


def staleness(
    record: EventRecord, refresh: Refresh, proposed: dict[str, tuple[str, str]]
) -> Staleness | None:
    """The stale keys and sources of ``record`` (None: nothing is stale).

    ``proposed``: the (article, quote) of every candidate key of the run.
    """
    keys = frozenset(
        key for key in record.keys
        if key not in proposed and refresh.covers(article_of(key))
    )
    live = {proposed[key] for key in record.keys if key in proposed}
    sources = frozenset(
        (article, quote) for article, quote in _pairs(record.sources)
        if (article, quote) not in live and refresh.covers(article)
    )
    if not keys and not sources:
        return None
    left = [pair for pair in _pairs(record.sources) if pair not in sources]
    return Staleness(keys, sources, whole=not left)


def as_written(path: Path, read: Event, current: Event, record: EventRecord) -> bool:
    """Whether the event file (``read`` from ``path``; ``current`` after this run's
    proposals, with ``record``) reads exactly as the tool last wrote it: its fields
    are the ones the record holds, its sources the ones the tool wrote, and its text
    the tool's rendering (so a comment or a reformatting counts as an edit too)."""
    if read.status != _FRESH_STATUS or read.summary is not None or read.key is not None:
        return False
    for name, value in record.written.items():
        field_value = getattr(current, name, None)
        if (list(field_value) if isinstance(field_value, list) else field_value) != value:
            return False
    if [(source.article, source.quote) for source in current.sources] != _pairs(record.sources):
        return False
    try:
        return read_text(path) == render_event(read)
    except (OSError, ValueError):
        return False


def without(event: Event, sources: Iterable[tuple[str, str]]) -> Event:
    """``event`` without the sources ``sources`` names."""
    gone = set(sources)
    kept = [source for source in event.sources if (source.article, source.quote) not in gone]
    return event.model_copy(update={"sources": kept})


def _pairs(sources: list[list[str]]) -> list[tuple[str, str]]:
    return [(pair[0], pair[1]) for pair in sources if len(pair) == 2]


# --- what `timeline check` reports --------------------------------------------


def stale_quotes(
    events_dir: Path, events: Iterable[LoadedEvent], texts: dict[str, str]
) -> list[Problem]:
    """:func:`missing_quotes` of every event in ``events_dir``; a state file that
    cannot be read is a problem of its own."""
    try:
        records = load_state(events_dir).events
    except StateError as error:
        return [Problem(events_dir / STATE_FILE, str(error))]
    texts = {article: _spaced(text) for article, text in texts.items()}
    return [
        problem
        for loaded in events
        for problem in missing_quotes(
            loaded.path, loaded.event, records.get(loaded.event.id), texts
        )
    ]


def missing_quotes(
    path: Path, event: Event, record: EventRecord | None, texts: dict[str, str]
) -> list[Problem]:
    """The sources of ``event`` that the tool wrote (``record``) whose quote no longer
    occurs in the text of their article (``texts``, by article id, with every run of
    white space as one space; an unknown article is reported elsewhere). A source a
    person wrote or edited is theirs."""
    if record is None:
        return []
    owned = set(_pairs(record.sources))
    found = []
    for index, source in enumerate(event.sources):
        text = texts.get(source.article)
        if text is None or (source.article, source.quote) not in owned:
            continue
        if _spaced(source.quote) not in text:
            found.append((index, source.article))
    if not found:
        return []
    try:
        _, lines = load_with_lines(read_text(path))
    except (OSError, ValueError, YamlSyntaxError):
        lines = {}
    return [
        Problem(
            path,
            f"the quote no longer occurs in article {article!r} (it changed since "
            "`timeline extract` wrote it): correct or remove this source",
            line_of(lines, ("sources", index, "quote")),
            f"sources.{index}.quote",
        )
        for index, article in found
    ]


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
