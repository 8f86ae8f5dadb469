"""Bringing merged events into the YAML store without undoing a person's work.

The store's state file records, for every event id, the field values the
tool last wrote, the candidate keys it merged into the event and the sources
it wrote. Against that record:

* a field whose value in the file differs from what the tool last wrote was
  edited by a person and is never changed again (``status`` and ``summary``
  belong to people from the start); a record from before ``end`` and
  ``planned`` existed counts as having written their defaults (no end, not
  planned);
* ``end`` belongs to ``date``: the tool writes an end only with the date it
  ends the range of, never beside a date a person edited, and never moves a
  date past an end a person wrote;
* an id in the state whose file is gone was deleted by a person: it becomes a
  tombstone, and candidates that belong to it are skipped for good, as are
  candidates of an event marked ``status: rejected``;
* ``sources`` only grows: a newly found source is appended, a source the tool
  wrote once is never added again (so a person may edit or remove it), and
  nothing is dropped or rewritten, but for stale events: from an event no
  one edited, the sources of an article's old version (or of a removed
  article) go, and the event goes with the last of them (:mod:`timeline.stale`);
* a file that does not load (bad YAML, unknown field, impossible date) is
  reported and never written, and its id is not given to a new event.

A merged event belongs to a stored one when they share a candidate key, or
else when their dates are compatible and they share a quoted sentence or
pass the merge rule of :mod:`timeline.merge` on their quotes; so a new
article's report of a known happening joins that event even after its
title was edited.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from timeline.date_blocks import placed, reached
from timeline.event_filters import focus_of
from timeline.happening import MAX_YEAR_SPAN, span_of
from timeline.journal import FileChange, finish_interrupted, write_changes
from timeline.merge import (
    MergedEvent,
    Signature,
    dates_compatible,
    more_precise,
    report_signature,
    same_happening,
    similarity,
)
from timeline.models import Event, Source, end_problem
from timeline.problems import Problem
from timeline.schema import event_schema_json
from timeline.stale import Refresh, article_of, as_written, staleness, without
from timeline.store import (
    SCHEMA_FILE,
    EventRecord,
    event_files,
    load_event_file,
    load_state,
    new_event_id,
    render_event,
    updated_text,
    write_atomic,
)
from timeline.timex import InvalidTimexValue, parse_value

TOOL_FIELDS = ("date", "end", "title", "tags", "uncertain", "planned")
# Tool fields added after the first state files: what a record without them wrote.
_ADDED_LATER: dict[str, Any] = {"end": None, "planned": False}


@dataclass
class SyncResult:
    """Event ids by what happened to them, and files that could not be used."""

    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # Unedited events that came only from an article's old version, or a removed one.
    removed: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Files that load but hold something probably not meant (store.load_event_file).
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class _Stored:
    """An event id the store knows: a valid file, a broken file or a tombstone."""

    event_id: str
    record: EventRecord | None
    path: Path | None = None
    original: Event | None = None
    current: Event | None = None
    broken: bool = False
    created: bool = False
    # Signatures of the stored sources by (date, tags, number of sources): every proposal
    # compares them, and sources are only ever appended.
    _signatures: dict[tuple[str, frozenset[str], int], list[Signature]] = field(
        default_factory=dict, repr=False
    )

    @property
    def blocked(self) -> bool:
        """Candidates of this event are not written (deleted, rejected, broken)."""
        if self.broken or self.current is None:
            return True
        return self.current.status == "rejected"

    def dates(self) -> list[str]:
        values = [self.current.date] if self.current else []
        if self.record and isinstance(self.record.written.get("date"), str):
            values.append(self.record.written["date"])
        return values

    def signatures(self, date: str, tags: frozenset[str]) -> list[Signature]:
        """What the merge rule compares of each stored source, dated ``date``.

        A source's language is not recorded, so it is compared as one language.
        """
        quotes = self.quotes()
        key = (date, tags, len(quotes))
        if key not in self._signatures:
            date_texts = (
                {(s.article, s.quote): s.date_text for s in self.current.sources}
                if self.current else {}
            )
            found = []
            for article, quote in quotes:
                date_text = date_texts.get((article, quote))
                found.append(report_signature(
                    date, quote, date_text, tags, article=article,
                    focus=focus_of(quote, date_text),
                ))
            self._signatures[key] = found
        return self._signatures[key]

    def quotes(self) -> list[tuple[str, str]]:
        pairs = [(s.article, s.quote) for s in self.current.sources] if self.current else []
        if self.record:
            pairs += [(pair[0], pair[1]) for pair in self.record.sources if len(pair) == 2]
        return pairs


def sync_events(
    proposals: list[MergedEvent],
    events_dir: Path,
    *,
    partial: bool = False,
    refresh: Refresh | None = None,
) -> SyncResult:
    """Write ``proposals`` into ``events_dir`` under the rules of this module.

    ``partial``: the proposals are those of some days only (an incremental run),
    so only the event files they may belong to are read: those whose record
    holds one of their candidate keys or a date that may be compatible with
    theirs, or a key of an article of ``refresh``, and files the tool did not
    write. The others are left as they are.
    ``refresh``: the articles whose candidates the proposals hold in full; what
    the store has of them and the proposals do not is stale (:mod:`timeline.stale`).
    """
    events_dir.mkdir(parents=True, exist_ok=True)
    finish_interrupted(events_dir)
    state = load_state(events_dir)
    result = SyncResult()
    scope = _scope(proposals, state.events, refresh) if partial else None
    stored, taken = _scan(events_dir, state.events, result, scope)
    key_index = {
        key: item for item in stored.values() if item.record for key in item.record.keys
    }
    outcome: dict[str, str] = {}
    by_date = _DateIndex(stored)
    for proposal in proposals:
        target = _find_target(proposal, key_index, stored, by_date)
        if target is None:
            target = _create(proposal, events_dir, taken)
            stored[target.event_id] = target
            state.events[target.event_id] = target.record  # type: ignore[assignment]
            outcome[target.event_id] = "new"
        elif target.blocked:
            outcome[target.event_id] = "skipped"
            if target.record is not None and not target.broken:
                _remember_keys(target.record, proposal)
            continue
        else:
            if target.record is None:
                target.record = EventRecord(file=target.path.name if target.path else "")
                state.events[target.event_id] = target.record
            _apply(proposal, target)
            outcome.setdefault(target.event_id, "seen")
        for key in proposal.keys:
            key_index.setdefault(key, target)
    # Each event's record before the run, by its file (a person may have changed the id).
    before = {record.file: record for record in load_state(events_dir).events.values()}
    changes: list[FileChange] = []
    if refresh is not None:
        proposed = {
            member.key: (member.article, member.quote)
            for proposal in proposals for member in proposal.members
        }
        for item in stored.values():
            if _drop_stale(item, refresh, proposed):
                del state.events[item.event_id]
                result.removed.append(item.event_id)
                assert item.path is not None
                changes.append(FileChange(item.path, item.event_id, None,
                                          before.get(item.path.name)))
            elif item.event_id not in outcome and item.current != item.original:
                outcome[item.event_id] = "seen"
    for event_id in sorted(outcome):
        item = stored[event_id]
        if outcome[event_id] == "skipped":
            result.skipped.append(event_id)
            continue
        assert item.current is not None and item.path is not None
        changed = item.current != item.original
        if changed:
            text = (render_event(item.current) if item.original is None
                    else updated_text(item.path, item.original, item.current))
            changes.append(FileChange(item.path, event_id, text, before.get(item.path.name)))
        if outcome[event_id] == "new":
            result.new.append(event_id)
        elif changed:
            result.updated.append(event_id)
        else:
            result.unchanged.append(event_id)
    write_atomic(events_dir / SCHEMA_FILE, event_schema_json().encode("utf-8"))
    write_changes(events_dir, changes, state.render())
    result.removed.sort()
    return result


def _scope(
    proposals: list[MergedEvent], records: dict[str, EventRecord], refresh: Refresh | None
) -> set[str]:
    """The ids of the recorded events that the proposals of a partial run may belong to:
    those holding one of their candidate keys, and those whose recorded date may be
    compatible with a proposal's (:mod:`timeline.date_blocks`; a year's mention finds
    its event by its candidate key); and those holding a key of an article of
    ``refresh``, which may have gone stale."""
    keys = {key for proposal in proposals for key in proposal.keys}
    wanted: set[Hashable] = set()
    for value in {proposal.date for proposal in proposals}:
        wanted.update(reached(value))
    scope: set[str] = set()
    for event_id, record in records.items():
        written = record.written.get("date")
        near = isinstance(written, str) and not wanted.isdisjoint(placed(written))
        refreshed = refresh is not None and any(
            refresh.covers(article_of(key)) for key in record.keys
        )
        if near or refreshed or not keys.isdisjoint(record.keys):
            scope.add(event_id)
    return scope


def _scan(
    events_dir: Path,
    records: dict[str, EventRecord],
    result: SyncResult,
    scope: set[str] | None = None,
) -> tuple[dict[str, _Stored], set[str]]:
    """The stored events (all, or those of ``scope`` and files no record names) and the
    ids that are taken; the problems and warnings of the files go into ``result``."""
    problems = result.problems
    stored: dict[str, _Stored] = {}
    broken_files: set[str] = set()
    taken: set[str] = set(records)
    paths = event_files(events_dir)
    skipped_files: set[str] = set()
    if scope is not None:
        recorded = {record.file: event_id for event_id, record in records.items()}
        skipped_files = {
            path.name for path in paths
            if path.name in recorded and recorded[path.name] not in scope
        }
    for path in paths:
        taken.add(path.stem)
        if path.name in skipped_files:
            continue
        event, file_problems = load_event_file(path, result.warnings)
        if event is None:
            problems.extend(file_problems)
            problems.append(Problem(path, "not updated by extract until the problem is fixed"))
            broken_files.add(path.name)
            continue
        taken.add(event.id)
        if event.id in stored:
            other = stored[event.id].path
            problems.append(
                Problem(path, f"duplicate id {event.id!r} (also in {other.name if other else '?'})",
                        1, "id")
            )
            continue
        stored[event.id] = _Stored(event.id, records.get(event.id), path, event, event)
    by_file = {item.path.name: item for item in stored.values() if item.path}
    for event_id, record in list(records.items()):
        if record.file in skipped_files:
            continue  # out of this run's scope, and its file is there
        if event_id in stored:
            record.deleted = False
            record.file = stored[event_id].path.name  # type: ignore[union-attr]
            continue
        renamed = by_file.get(record.file)
        if renamed is not None and renamed.record is None:
            # A person changed the id inside the file: the record follows it.
            del records[event_id]
            records[renamed.event_id] = renamed.record = record
            continue
        if record.file in broken_files:
            stored[event_id] = _Stored(event_id, record, broken=True)
        else:
            record.deleted = True
            stored[event_id] = _Stored(event_id, record)
    return stored, taken


class _DateIndex:
    """The stored events by the years their dates cover, so a proposal is compared only
    with events whose date can be compatible with its own.

    Compatible dates are equal, or one lies inside the other and the wider spans a
    year at most (:func:`dates_compatible`): they share a year, or are one long span
    (a decade) written alike. A date made more precise during the run stays inside
    its years.
    """

    def __init__(self, stored: dict[str, _Stored]) -> None:
        self._ids: dict[tuple[str, object], list[str]] = {}
        for event_id in sorted(stored):
            for value in stored[event_id].dates():
                for key in self._keys(value):
                    found = self._ids.setdefault(key, [])
                    if not found or found[-1] != event_id:
                        found.append(event_id)

    @staticmethod
    def _keys(value: str) -> list[tuple[str, object]]:
        span = span_of(value)
        if span is None or span.last - span.first > MAX_YEAR_SPAN:
            return [("value", value)]
        return [("year", year) for year in range(span.first.year, span.last.year + 1)]

    def near(self, value: str) -> list[str]:
        """The ids of the events that may have a date compatible with ``value``, sorted."""
        found: set[str] = set()
        for key in self._keys(value):
            found.update(self._ids.get(key, ()))
        return sorted(found)


def _find_target(
    proposal: MergedEvent,
    key_index: dict[str, _Stored],
    stored: dict[str, _Stored],
    by_date: _DateIndex,
) -> _Stored | None:
    for key in proposal.keys:
        if key in key_index:
            return key_index[key]
    best: tuple[float, str] | None = None
    for event_id in by_date.near(proposal.date):
        item = stored[event_id]
        if item.created:
            continue  # the merge step already told this run's happenings apart
        score = _match_score(proposal, item)
        if score is not None and (best is None or score > best[0]):
            best = (score, event_id)
    return stored[best[1]] if best else None


def _match_score(proposal: MergedEvent, item: _Stored) -> float | None:
    dates = [value for value in item.dates() if dates_compatible(value, proposal.date)]
    if not dates:
        return None
    quotes = item.quotes()
    proposed = {(article, quote) for article, quote, _ in proposal.sources()}
    if proposed & set(quotes):
        return float("inf")
    tags = frozenset(item.current.tags if item.current else item.record.written.get("tags", [])
                     if item.record else [])
    best: float | None = None
    # Stored sources have no recorded language: the members are compared as one too.
    members = [replace(member, language="", sentence=-1) for member in proposal.signatures]
    for stored_sig in item.signatures(dates[0], tags):
        for member_sig in members:
            if same_happening(member_sig, stored_sig):
                score = similarity(member_sig, stored_sig)[1]
                best = score if best is None else max(best, score)
    return best


def _create(proposal: MergedEvent, events_dir: Path, taken: set[str]) -> _Stored:
    event_id = new_event_id(proposal.date, proposal.title, taken)
    taken.add(event_id)
    event = Event(
        id=event_id,
        date=proposal.date,
        end=_fitting_end(proposal.date, [proposal.end]),
        title=proposal.title,
        tags=proposal.tags,
        sources=[
            Source(article=article, quote=quote, date_text=date_text)
            for article, quote, date_text in proposal.sources()
        ],
        status="candidate",
        uncertain=proposal.uncertain,
        planned=proposal.planned,
    )
    record = EventRecord(
        file=f"{event_id}.yml",
        written={name: _field(event, name) for name in TOOL_FIELDS},
        keys=list(dict.fromkeys(proposal.keys)),
        sources=[[source.article, source.quote] for source in event.sources],
    )
    return _Stored(event_id, record, events_dir / record.file, None, event, created=True)


def _field(event: Event, name: str) -> Any:
    value = getattr(event, name)
    return list(value) if isinstance(value, list) else value


def _tool_values(proposal: MergedEvent, record: EventRecord) -> dict[str, Any]:
    """What the tool would now write for each of its fields, given what it wrote before."""
    written = record.written
    last_date = written.get("date")
    if isinstance(last_date, str) and dates_compatible(last_date, proposal.date):
        date_value = more_precise(last_date, proposal.date)
    else:
        date_value = last_date if isinstance(last_date, str) else proposal.date
    # The title is re-made only from a run that saw the event's first source.
    origin_seen = not record.keys or record.keys[0] in proposal.keys
    title = proposal.title if origin_seen else written.get("title", proposal.title)
    tags = list(dict.fromkeys([*written.get("tags", []), *proposal.tags]))
    uncertain = bool(written.get("uncertain", True)) and proposal.uncertain
    # An end comes with the date it belongs to: the proposal's with its date, the
    # last written one with the last written date (so a run that only sees a
    # report of the first day keeps the range); of both, the later.
    ends = []
    if date_value == proposal.date:
        ends.append(proposal.end)
    if date_value == last_date:
        ends.append(written.get("end"))
    end = _fitting_end(date_value, ends)
    # Once a report says it happened, it is no longer only announced; a record
    # from before the field leaves it to this run, as for a new event.
    planned = bool(written.get("planned", True)) and proposal.planned
    return {
        "date": date_value, "end": end, "title": title, "tags": tags,
        "uncertain": uncertain, "planned": planned,
    }


def _fitting_end(date_value: str, ends: list[Any]) -> str | None:
    """The latest of ``ends`` that can end a range from ``date_value``, else None."""
    fitting = [
        end for end in ends
        if isinstance(end, str) and end != date_value and _end_fits(date_value, end)
    ]
    return max(fitting, key=lambda end: (parse_value(end).last, end)) if fitting else None


def _end_fits(date_value: str, end: str) -> bool:
    try:
        return end_problem(date_value, end) is None
    except InvalidTimexValue:
        return False


def _unedited(data: dict[str, Any], record: EventRecord) -> set[str]:
    """The tool fields whose value in the file is the one the tool last wrote."""
    unedited = set()
    for name in TOOL_FIELDS:
        if name in record.written:
            last = record.written[name]
        elif name in _ADDED_LATER:
            last = _ADDED_LATER[name]
        else:
            continue
        if data[name] == last:
            unedited.add(name)
    return unedited


def _apply(proposal: MergedEvent, item: _Stored) -> None:
    assert item.current is not None and item.record is not None
    record = item.record
    data = item.current.model_dump()
    if record.written:
        values = _tool_values(proposal, record)
        unedited = _unedited(data, record)
        if "date" not in unedited:
            unedited.discard("end")  # the tool's end would close another date's range
        elif "end" not in unedited and data["end"] is not None and not _end_fits(
            values["date"], data["end"]
        ):
            unedited.discard("date")  # a person's end stays valid
        for name in TOOL_FIELDS:
            if name in unedited:
                data[name] = values[name]
                record.written[name] = values[name]
    sources = list(item.current.sources)
    present = {(source.article, source.quote) for source in sources}
    for article, quote, date_text in proposal.sources():
        pair = [article, quote]
        if pair in record.sources:
            continue
        record.sources.append(pair)
        if (article, quote) not in present:
            sources.append(Source(article=article, quote=quote, date_text=date_text))
            present.add((article, quote))
    data["sources"] = sources
    _remember_keys(record, proposal)
    item.current = Event.model_validate(data)


def _remember_keys(record: EventRecord, proposal: MergedEvent) -> None:
    for key in proposal.keys:
        if key not in record.keys:
            record.keys.append(key)


def _drop_stale(item: _Stored, refresh: Refresh, proposed: dict[str, tuple[str, str]]) -> bool:
    """Take the stale sources out of an event no one edited; True when nothing of it is
    left, so its file goes. A hand-edited event stays as it is."""
    record = item.record
    if (
        record is None or item.blocked or item.created or item.path is None
        or item.original is None or item.current is None
    ):
        return False
    found = staleness(record, refresh, proposed)
    if found is None or not as_written(item.path, item.original, item.current, record):
        return False
    if found.whole:
        return True
    item.current = without(item.current, found.sources)
    record.sources = [pair for pair in record.sources if tuple(pair) not in found.sources]
    record.keys = [key for key in record.keys if key not in found.keys]
    return False
