"""The write phase of a run as one step that a kill cannot leave half done.

A run changes many event files and then the state file that records what it
wrote. Before it touches any of them it saves a journal,
``events/.timeline-journal.json`` (atomic and synced like every write), that
holds the whole change: the new text of each file it writes (or that the file
goes), the digest of the bytes each file has before, each event's record as
it was, and the new state. The journal is removed once everything is written.

A run that finds a journal (a run was killed while writing) first finishes
what that journal began (:func:`finish_interrupted`): a file that already
has its new bytes is the tool's own write and keeps the new record; a file
that still has its old bytes is written now; a file that has neither (a
person changed it after the kill) stays as it is and keeps its old record,
so its changes count as theirs. So the store reaches what the killed run
would have left, and the run goes on from there as if it had not been
interrupted. A journal that belongs to neither the state file before the run
nor the one after it is older than the state and is dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.store import (
    EVENT_SUFFIXES,
    STATE_FILE,
    EventRecord,
    StateError,
    StoreState,
    parse_state,
    record_of,
    sync_folder,
    write_atomic,
)

JOURNAL_FILE = ".timeline-journal.json"
JOURNAL_VERSION = 1


@dataclass(frozen=True)
class FileChange:
    """One event file a run writes (``text``) or removes (``text`` None), and the
    record of ``event_id`` before the run (None: none)."""

    path: Path
    event_id: str
    text: str | None
    record: EventRecord | None


def digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def write_changes(events_dir: Path, changes: list[FileChange], state_text: str) -> None:
    """Write ``changes`` and then the state file (``state_text``), under a journal.

    A change to the bytes a file already has is left out; without any other, the
    state file is the only write and needs no journal. A file the run removes
    goes after the state that forgets it.
    """
    state_path = events_dir / STATE_FILE
    entries = []
    for change in changes:
        now = _read(change.path)
        wanted = None if change.text is None else change.text.encode("utf-8")
        if now != wanted:
            entries.append({
                "file": change.path.name,
                "id": change.event_id,
                "before": digest(now),
                "text": change.text,
                "record": change.record.to_json() if change.record else None,
            })
    journal = events_dir / JOURNAL_FILE
    if entries:
        data = {
            "version": JOURNAL_VERSION,
            "note": "Written by `timeline extract` while it writes the events; the next "
            "run finishes what it lists. Do not edit.",
            "state_before": digest(_read(state_path)),
            "state": state_text,
            "files": entries,
        }
        write_atomic(journal, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    _apply(events_dir, entries, state_text)
    if entries:
        journal.unlink()
        sync_folder(events_dir)


def _apply(events_dir: Path, entries: list[dict[str, Any]], state_text: str) -> None:
    # Each file is synced before its rename; the renames are made durable at once,
    # before the state that records them.
    for entry in entries:
        if entry["text"] is not None:
            write_atomic(events_dir / entry["file"], entry["text"].encode("utf-8"),
                         sync_rename=False)
    sync_folder(events_dir)
    write_atomic(events_dir / STATE_FILE, state_text.encode("utf-8"))
    # Removed once the state forgets them; the journal's removal syncs the folder.
    for entry in entries:
        if entry["text"] is None:
            (events_dir / entry["file"]).unlink(missing_ok=True)


def finish_interrupted(events_dir: Path) -> bool:
    """Finish the write phase of a killed run, if its journal is there (see the module
    documentation); True when there was one to finish. The caller holds the lock."""
    journal = events_dir / JOURNAL_FILE
    raw = _read(journal)
    if raw is None:
        return False
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("version") != JOURNAL_VERSION:
            raise ValueError(f"expected version {JOURNAL_VERSION}")
        state_text = str(data["state"])
        state_before = data["state_before"]
        entries = [dict(entry) for entry in data["files"]]
        for entry in entries:
            _check_entry(entry)
    except (ValueError, KeyError, TypeError) as error:
        raise StateError(
            f"{journal}: the journal of an interrupted run is damaged ({error}); "
            "restore the events folder from version control and delete it"
        ) from None
    state_now = digest(_read(events_dir / STATE_FILE))
    if state_now not in (state_before, digest(state_text.encode("utf-8"))):
        # The state moved on without this journal: it is not the last run's.
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()
        return False
    state = parse_state(state_text, journal)
    pending = []
    kept_old = False
    for entry in entries:
        path = events_dir / entry["file"]
        now = digest(_read(path))
        text = entry["text"]
        if now == digest(None if text is None else text.encode("utf-8")):
            continue  # written (or removed) before the kill
        if now == entry["before"]:
            pending.append(entry)
        else:
            _keep_old_record(state, entry)
            kept_old = True
    _apply(events_dir, pending, state.render() if kept_old else state_text)
    journal.unlink()
    sync_folder(events_dir)
    return True


def _check_entry(entry: dict[str, Any]) -> None:
    """An entry names an event file of the folder, never a path elsewhere."""
    name = entry["file"]
    if not isinstance(name, str) or Path(name).name != name or name.startswith(".") or (
        not name.endswith(EVENT_SUFFIXES)
    ):
        raise ValueError(f"not an event file: {name!r}")
    if not (entry["text"] is None or isinstance(entry["text"], str)):
        raise ValueError(f"not the text of {name}")


def _keep_old_record(state: StoreState, entry: dict[str, Any]) -> None:
    """A person changed the file after the kill: it is judged by the record it had."""
    event_id = str(entry["id"])
    if entry["record"] is None:
        state.events.pop(event_id, None)
    else:
        state.events[event_id] = record_of(entry["record"])
