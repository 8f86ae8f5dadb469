"""One writer at a time in an events folder.

A run that writes events holds an exclusive ``flock`` on ``.timeline.lock``
inside the folder for as long as it runs, and first removes the temporary
files a killed run left there. The operating system releases the lock
when the process ends, however it ends, so a lock is never left behind by a
killed run and needs no clean-up. Readers (``timeline check``, the site
build, ``mkdocs serve``) take no lock. Where ``fcntl`` does not exist
(Windows), runs are not serialised: the lock is a no-op there.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from timeline.store import remove_leftover_temporaries

LOCK_FILE = ".timeline.lock"


class StoreBusy(Exception):
    """Another run holds the lock and the caller chose not to wait."""

    def __init__(self, events_dir: Path, holder: int | None) -> None:
        self.events_dir = events_dir
        self.holder = holder
        super().__init__(f"another timeline run is writing to {events_dir}{holder_note(holder)}")


@contextlib.contextmanager
def events_lock(
    events_dir: Path,
    *,
    wait: bool = True,
    on_wait: Callable[[int | None], None] | None = None,
) -> Iterator[None]:
    """Hold the events folder's lock.

    When another process holds it: with ``wait``, ``on_wait`` is called with
    that process's id (None if unknown) and the lock is awaited; without,
    :class:`StoreBusy` is raised. A folder that is missing is created, and
    removed again if the run leaves nothing in it (it stopped before writing).
    """
    created = not events_dir.is_dir()
    events_dir.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        yield
        return
    import fcntl

    descriptor = os.open(events_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(descriptor)
            if not wait:
                raise StoreBusy(events_dir, holder) from None
            if on_wait is not None:
                on_wait(holder)
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        # The holder's id, for the message of a run that has to wait.
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
        # Only the holder writes: what a temporary file of a write is still
        # there for was left by a run that was killed.
        remove_leftover_temporaries(events_dir)
        try:
            yield
        finally:
            if created and os.listdir(events_dir) == [LOCK_FILE]:
                with contextlib.suppress(OSError):
                    os.unlink(events_dir / LOCK_FILE)
                    events_dir.rmdir()
    finally:
        os.close(descriptor)  # releases the lock


def _holder(descriptor: int) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(descriptor, 32, 0).decode("ascii").strip())
    return None


def holder_note(holder: int | None) -> str:
    """`` (pid 123)``, or nothing when the holder is not known, for messages."""
    return f" (pid {holder})" if holder is not None else ""
