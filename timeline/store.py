"""The YAML event store: one file per event in an events folder.

This module reads and validates event files. Problems name the file, the
line and the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from timeline.models import Event
from timeline.problems import Problem
from timeline.timex import sort_key
from timeline.yamlio import YamlSyntaxError, line_of, load_with_lines, read_text

EVENT_SUFFIXES = (".yml", ".yaml")
MAX_EVENT_BYTES = 1_000_000


@dataclass(frozen=True)
class LoadedEvent:
    path: Path
    event: Event


@dataclass
class EventSet:
    """The events of a folder, in chronological order, and what was wrong."""

    events: list[LoadedEvent] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def event_files(events_dir: Path) -> list[Path]:
    if not events_dir.is_dir():
        return []
    return sorted(
        p for p in events_dir.iterdir()
        if p.suffix in EVENT_SUFFIXES and p.is_file() and not p.name.startswith(".")
    )


def load_event_file(path: Path) -> tuple[Event | None, list[Problem]]:
    """Read and validate one event file."""
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
        return Event.model_validate(data), []
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


def load_events(events_dir: Path) -> EventSet:
    """All valid events of a folder in date order, with the problems of the rest.

    Two files with the same ``id`` are a problem of the second one.
    """
    result = EventSet()
    seen: dict[str, Path] = {}
    for path in event_files(events_dir):
        event, problems = load_event_file(path)
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
