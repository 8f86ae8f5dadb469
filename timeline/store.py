"""The YAML event store: one file per event in an events folder.

This module reads and validates event files (problems name the file, the
line and the field) and writes them: plain, commented YAML in a fixed key
order, every write atomic (temporary file in the same folder, fsync,
``os.replace``) and skipped when the bytes would not change, so a re-run
leaves modification times alone. The folder also holds the tool's state
file (what it last wrote, see :class:`StoreState`) and a copy of the event
JSON Schema that each file points editors to.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from timeline.models import Event
from timeline.problems import Problem
from timeline.timex import InvalidTimexValue, Precision, parse_value, sort_key
from timeline.yamlio import YamlSyntaxError, dump, line_of, load_with_lines, read_text

EVENT_SUFFIXES = (".yml", ".yaml")
MAX_EVENT_BYTES = 1_000_000
STATE_FILE = ".timeline-state.json"
SCHEMA_FILE = ".schema.json"
STATE_VERSION = 1
SLUG_WORDS = 6
SLUG_CHARS = 50
TEMPORARY_SUFFIX = ".tmp"
# tempfile.mkstemp's names: the prefix, eight of [a-z0-9_], the suffix.
_LEFTOVER = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMPORARY_SUFFIX))

EVENT_HEADER = """\
# yaml-language-server: $schema={schema}
# One event of the chronology, found by `timeline extract`. Edit it freely:
# extract keeps every field you change, only adds new sources, and never
# brings back an event whose file you delete or that you mark rejected.
# date:   TIMEX3 value at the precision the sources give (2023-12-30, 2023-09,
#         2024-W01 = ISO week, 2023-Q4, 2006).
# status: candidate (found by the tool), confirmed (checked by a person),
#         rejected (hidden from the site, never brought back).
# uncertain: true when the date rests on a guessed publication date.
"""


@dataclass(frozen=True)
class LoadedEvent:
    path: Path
    event: Event


@dataclass
class EventSet:
    """The events of a folder, in chronological order, and what was wrong."""

    events: list[LoadedEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Valid, but probably not what was meant (see load_event_file).
    warnings: list[Problem] = field(default_factory=list)


def event_files(events_dir: Path) -> list[Path]:
    if not events_dir.is_dir():
        return []
    return sorted(
        p for p in events_dir.iterdir()
        if p.suffix in EVENT_SUFFIXES and p.is_file() and not p.name.startswith(".")
    )


def load_event_file(
    path: Path, warnings: list[Problem] | None = None
) -> tuple[Event | None, list[Problem]]:
    """Read and validate one event file.

    ``warnings``, when given, receives what is valid in a file that loads but
    is probably a mistake: a date written as a bare number of one or two digits.
    """
    try:
        text = read_text(path, MAX_EVENT_BYTES)
    except (OSError, ValueError) as error:
        return None, [Problem(path, str(error))]
    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as error:
        return None, [Problem(path, f"invalid YAML: {error}", error.line)]
    if not isinstance(data, dict):
        return None, [Problem(path, "an event file must be a YAML mapping of fields", 1)]
    try:
        event = Event.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in error.errors():
            loc = tuple(item["loc"])
            message = item["msg"]
            if item["type"] == "extra_forbidden":
                message = "unknown field"
            elif item["type"] == "missing":
                message = "required field is missing"
            problems.append(
                Problem(
                    path,
                    message.removeprefix("Value error, "),
                    line_of(lines, loc) or 1,
                    ".".join(str(part) for part in loc) or None,
                )
            )
        return None, problems
    if warnings is not None:
        warnings.extend(_bare_number_dates(path, data, lines))
    return event, []


def _bare_number_dates(path: Path, data: dict[str, Any], lines: dict[Any, int]) -> list[Problem]:
    """``date: 12`` is valid, the 13th century (TIMEX3 ``12``), but far more
    likely a day or a month written without the rest of the date."""
    return [
        Problem(
            path,
            f"{value} is read as the century {value * 100}-{value * 100 + 99}; a bare "
            "number of one or two digits is probably a mistake (write the full date, "
            f"or '{value:02d}' in quotes for the century)",
            line_of(lines, (name,)),
            name,
        )
        for name in ("date", "end")
        if isinstance(value := data.get(name), int) and not isinstance(value, bool)
        and 0 <= value < 100
    ]


def load_events(events_dir: Path) -> EventSet:
    """All valid events of a folder in date order, with the problems of the rest.

    Two files with the same ``id`` are a problem of the second one.
    """
    result = EventSet()
    seen: dict[str, Path] = {}
    for path in event_files(events_dir):
        event, problems = load_event_file(path, result.warnings)
        result.problems.extend(problems)
        if event is None:
            continue
        if event.id in seen:
            result.problems.append(
                Problem(path, f"duplicate id {event.id!r} (also in {seen[event.id].name})", 1, "id")
            )
            continue
        seen[event.id] = path
        result.events.append(LoadedEvent(path, event))
    result.events.sort(key=lambda loaded: (*sort_key(loaded.event.date), loaded.event.id))
    return result


# --- writing -----------------------------------------------------------------


def write_atomic(path: Path, data: bytes, *, sync_rename: bool = True) -> bool:
    """Replace ``path`` with ``data`` unless it already holds exactly that.

    Returns whether the file was written. A crash leaves either the old or
    the new file, never a half-written one, and no temporary file behind.
    ``sync_rename=False`` leaves making the rename durable to the caller, who
    writes many files into one folder and then calls :func:`sync_folder` once.
    """
    try:
        if path.read_bytes() == data:
            return False
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    if sync_rename:
        sync_folder(path.parent)
    return True


def remove_leftover_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files a run killed in :func:`write_atomic` left in ``folder``.

    Only names of the form those writes give (``.<file name>.<8 random
    characters>.tmp``) are touched. The caller must be the only writer of the
    folder (:mod:`timeline.lock`), or it would take another run's file away.
    """
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if _LEFTOVER.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return sorted(removed)


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def event_data(event: Event) -> dict[str, Any]:
    """The fields of an event in file order, without empty optional ones.

    ``end``, ``planned`` and ``key`` are written only when set, so the files of
    single, reported dates read (and stay byte for byte) as before these fields.
    """
    data: dict[str, Any] = {"id": event.id, "date": event.date}
    if event.end is not None:
        data["end"] = event.end
    data["title"] = event.title
    if event.summary is not None:
        data["summary"] = event.summary
    data["tags"] = list(event.tags)
    data["status"] = event.status
    data["uncertain"] = event.uncertain
    if event.planned:
        data["planned"] = True
    if event.key is not None:
        data["key"] = event.key
    data["sources"] = [
        source.model_dump(exclude_none=True) for source in event.sources
    ]
    return data


def render_event(event: Event, schema_ref: str = SCHEMA_FILE) -> str:
    """The text of an event file: header comment, then the fields in order."""
    return EVENT_HEADER.format(schema=schema_ref) + dump(event_data(event))


def write_event(path: Path, event: Event, *, sync_rename: bool = True) -> bool:
    """Write one event file atomically; False when it already has these bytes.
    ``sync_rename`` as for :func:`write_atomic`."""
    return write_atomic(path, render_event(event).encode("utf-8"), sync_rename=sync_rename)


def updated_text(path: Path, before: Event, after: Event) -> str:
    """The text of the event file ``path`` once it is changed from ``before`` to ``after``.

    When only sources were appended, or a person touched the file (comments,
    layout), the fields that changed are rewritten where they stand and new
    sources appended (:func:`_fields_updated`), so the person's lines stay; the
    result is used only if it parses back as ``after``. Otherwise the file is
    rendered anew.
    """
    try:
        text = read_text(path, MAX_EVENT_BYTES)
    except (OSError, ValueError):
        text = ""
    only_appended = (
        len(after.sources) > len(before.sources)
        and after.model_copy(update={"sources": before.sources}) == before
    )
    if text and (only_appended or text != render_event(before)):
        in_place = _fields_updated(text, before, after)
        if in_place is not None and _parses_as(in_place, after):
            return in_place
    return render_event(after)


def _fields_updated(text: str, before: Event, after: Event) -> str | None:
    """``text`` with each top-level field that differs between ``before`` and ``after``
    written anew in its place and new sources appended, every other line (comments
    included) as it is; None when the sources changed otherwise or a field is missing."""
    if after.sources[: len(before.sources)] != before.sources:
        return None
    old, new = event_data(before), event_data(after)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    for key in [key for key in new if key != "sources"] + [key for key in old if key not in new]:
        if old.get(key) == new.get(key):
            continue
        replacement = dump({key: new[key]}) if key in new else ""
        block = _field_block(lines, key)
        if block is None:
            sources = _field_block(lines, "sources")
            if sources is None or not replacement:
                return None
            lines[sources[0] : sources[0]] = [replacement]
        else:
            lines[block[0] : block[1]] = [replacement] if replacement else []
    appended = after.sources[len(before.sources) :]
    if appended:
        lines.append(dump([source.model_dump(exclude_none=True) for source in appended]))
    return "".join(lines)


def _field_block(lines: list[str], key: str) -> tuple[int, int] | None:
    """The lines of top-level field ``key``: its own and those that continue its value
    (indented, or list items), up to a comment, a blank line or the next field."""
    start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and lines[end][:1] in (" ", "-") and lines[end].strip():
        end += 1
    return start, end


def _parses_as(text: str, expected: Event) -> bool:
    try:
        data, _ = load_with_lines(text)
        return isinstance(data, dict) and Event.model_validate(data) == expected
    except (YamlSyntaxError, ValidationError):
        return False


_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o"})
_SLUG_STOPWORDS = frozenset(
    ("der", "die", "das", "den", "dem", "des", "ein", "eine", "the", "a", "an")
)


def slugify(text: str) -> str:
    """``Russland feuert Raketen ab`` -> ``russland-feuert-raketen-ab`` (ASCII, lowercase)."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLITERATION))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    # Numbers are left out: the id starts with the date already.
    words = [
        w for w in re.findall(r"[a-z0-9]+", ascii_text)
        if w not in _SLUG_STOPWORDS and not w.isdigit()
    ]
    slug = ""
    for word in words[:SLUG_WORDS]:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > SLUG_CHARS:
            break
        slug = candidate
    return slug or "event"


def new_event_id(date_value: str, title: str, taken: set[str]) -> str:
    """``<date>-<slug>``, unique among ``taken`` (``-2``, ``-3`` ... appended).

    A week is written with its first day in front (``2024-01-01-w01-...``) so
    that a folder listing sorts it among the days it covers.
    """
    base = f"{_id_date(date_value)}-{slugify(title)}"
    candidate = base
    number = 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def _id_date(date_value: str) -> str:
    try:
        span = parse_value(date_value)
    except InvalidTimexValue:
        return date_value.lower()
    if span.precision in (Precision.WEEK, Precision.WEEKEND):
        return f"{span.first.isoformat()}-{date_value[5:].lower()}"
    return date_value.lower()


# --- the tool's state --------------------------------------------------------


@dataclass
class EventRecord:
    """What the tool last wrote for one event id.

    ``written`` holds the field values it wrote (a field that differs now
    was edited by a person), ``keys`` the candidates it merged into the
    event, ``sources`` the (article, quote) pairs it wrote, and ``deleted``
    marks an event whose file a person removed: a tombstone.
    """

    file: str
    written: dict[str, Any] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    sources: list[list[str]] = field(default_factory=list)
    deleted: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "written": self.written,
            "keys": self.keys,
            "sources": self.sources,
            "deleted": self.deleted,
        }


@dataclass
class StoreState:
    """The state file of an events folder: one :class:`EventRecord` per id."""

    events: dict[str, EventRecord] = field(default_factory=dict)

    def render(self) -> str:
        data = {
            "version": STATE_VERSION,
            "note": "Written by `timeline extract`: what it last wrote, so it can keep "
            "your edits. Do not edit by hand.",
            "events": {key: self.events[key].to_json() for key in sorted(self.events)},
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


class StateError(ValueError):
    """A state file that cannot be read; extract refuses to guess what was edited."""


def load_state(events_dir: Path) -> StoreState:
    path = events_dir / STATE_FILE
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return StoreState()
    except (OSError, UnicodeDecodeError) as error:
        raise StateError(f"{path}: cannot read the state file: {error}") from None
    return parse_state(raw, path)


def parse_state(raw: str, path: Path) -> StoreState:
    """The state in ``raw``, the text of the state file ``path`` (named in the error)."""
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise ValueError(f"expected version {STATE_VERSION}")
        events = {
            str(event_id): record_of(record) for event_id, record in data["events"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise StateError(
            f"{path}: the state file is damaged ({error}); restore it from version control"
        ) from None
    return StoreState(events)


def record_of(data: Any) -> EventRecord:
    """The :class:`EventRecord` of its JSON form (:meth:`EventRecord.to_json`)."""
    return EventRecord(
        file=str(data["file"]),
        written=dict(data.get("written", {})),
        keys=[str(key) for key in data.get("keys", [])],
        sources=[[str(part) for part in pair] for pair in data.get("sources", [])],
        deleted=bool(data.get("deleted", False)),
    )

