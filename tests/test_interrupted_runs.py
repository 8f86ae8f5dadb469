"""A run stopped at any point of its write phase: the next run ends where an
uninterrupted one does, byte for byte, and nothing it wrote counts as a hand edit.

Every durable change a run makes is a rename (``os.replace``) or a removal
(``os.unlink``). The in-process tests stop the run at each of them in turn; from
then on every such call fails too, as if the process had died (so the temporary
file of the write stays behind). One test kills a real process with SIGKILL.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

# The strike and union reports of the stale-events tests, in the same kind of project.
from test_stale_events import MKDOCS, STRIKE, UNION

from timeline.cli import main
from timeline.journal import JOURNAL_FILE
from timeline.lock import LOCK_FILE

FERRY = """---
id: ferry
published: 2023-01-20
language: en
---
The ferry company cancelled its crossings on 3 January 2023, a spokesman said.

Its new ship was launched on 12 January 2023 in Bremen.
"""

# The interrupted run: the strike report changes one date (its old event goes),
# a new article adds sources to known events and events of its own.
STRIKE_EDITED = STRIKE.replace("8 March 2024", "9 March 2024")
DOCKERS = """---
id: dockers
published: 2024-03-14
language: en
---
Port workers walked out on 4 March 2024 after pay talks failed, the dockers said.

The ferry company cancelled its crossings on 3 January 2023, the dockers recalled.

A court in Hamburg banned the blockade on 11 March 2024.
"""

# A later article that reports what the interrupted run wrote.
LATER = """---
id: later
published: 2024-03-20
language: en
---
Talks with the employers resumed on 6 March 2024 in Rotterdam, a mediator said.

A court in Hamburg banned the blockade on 11 March 2024, lawyers confirmed.
"""


class Killed(BaseException):
    """The simulated death of the process: nothing catches it."""


def invoke(*args: str) -> None:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


def extract() -> None:
    invoke("extract", "--jobs", "1", "--no-cache")


def folder(project: Path) -> dict[str, bytes]:
    """Every file of the events folder but the lock, by name."""
    events = project / "events"
    return {
        path.name: path.read_bytes()
        for path in sorted(events.iterdir()) if path.name != LOCK_FILE
    }


@pytest.fixture
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A project after a first run, with a hand edit and a deleted event."""
    root = tmp_path_factory.mktemp("base")
    (root / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    articles = root / "articles"
    articles.mkdir()
    for name, text in (("strike.md", STRIKE), ("union.md", UNION), ("ferry.md", FERRY)):
        (articles / name).write_text(text, encoding="utf-8")
    before = Path.cwd()
    os.chdir(root)
    try:
        extract()
        events = sorted((root / "events").glob("*.yml"))
        assert len(events) >= 4
        events[1].unlink()  # a person deleted it
        edited = events[0]
        edited.write_text(edited.read_text(encoding="utf-8").replace(
            "title: ", "title: Edited ", 1), encoding="utf-8")
    finally:
        os.chdir(before)
    yield root


def change(project: Path) -> None:
    (project / "articles" / "strike.md").write_text(STRIKE_EDITED, encoding="utf-8")
    (project / "articles" / "dockers.md").write_text(DOCKERS, encoding="utf-8")


def add_later(project: Path) -> None:
    (project / "articles" / "later.md").write_text(LATER, encoding="utf-8")


class FaultAt:
    """Counts the durable changes of a run and fails from the ``at``-th one (None: never)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, at: int | None) -> None:
        self.at = at
        self.count = 0
        real_replace, real_unlink = os.replace, os.unlink

        def replace(source: object, target: object) -> None:
            self._step()
            real_replace(source, target)  # type: ignore[arg-type]

        def unlink(path: object, *args: object, **kwargs: object) -> None:
            self._step()
            real_unlink(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "unlink", unlink)

    def _step(self) -> None:
        if self.at is not None and self.count >= self.at:
            raise Killed
        self.count += 1


def copy(base: Path, into: Path) -> Path:
    shutil.copytree(base, into)
    return into


@pytest.fixture
def reference(base: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[
    dict[str, bytes], dict[str, bytes], int
]:
    """The folder after the uninterrupted run, after the later one, and the number of
    durable changes the uninterrupted run makes."""
    project = copy(base, tmp_path_factory.mktemp("reference") / "project")
    change(project)
    before = Path.cwd()
    os.chdir(project)
    try:
        with pytest.MonkeyPatch.context() as patch:
            counter = FaultAt(patch, None)
            extract()
        after_run = folder(project)
        add_later(project)
        extract()
        after_later = folder(project)
    finally:
        os.chdir(before)
    return after_run, after_later, counter.count


def test_the_reference_run_writes_removes_and_the_later_one_updates(
    base: Path, reference: tuple[dict[str, bytes], dict[str, bytes], int]
) -> None:
    """The runs below are worth their name: the interrupted run creates, updates and
    removes event files, and the later run updates files that run wrote."""
    after_run, after_later, count = reference
    before = folder(base)
    assert {name for name in after_run if name not in before and name.endswith(".yml")}
    assert {name for name in before if name not in after_run}
    assert any(before[name] != after_run[name] for name in before.keys() & after_run.keys()
               if name.endswith(".yml"))
    assert any(after_run[name] != after_later[name]
               for name in after_run.keys() & after_later.keys()
               if name.endswith(".yml") and name not in before)
    assert count >= 8


def test_a_run_stopped_at_any_write_converges_on_the_next_run(
    base: Path, reference: tuple[dict[str, bytes], dict[str, bytes], int],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    after_run, after_later, count = reference
    stopped_with_journal = 0
    for at in range(count):
        project = copy(base, tmp_path / f"stop{at}")
        change(project)
        monkeypatch.chdir(project)
        with pytest.MonkeyPatch.context() as patch:
            FaultAt(patch, at)
            with pytest.raises(Killed):
                extract()
        stopped_with_journal += (project / "events" / JOURNAL_FILE).exists()
        extract()
        assert folder(project) == after_run, f"stopped before durable change {at}"
        add_later(project)
        extract()
        assert folder(project) == after_later, f"stopped before durable change {at}"
    # Most stops fall while the journal is there (the others before it, or after).
    assert stopped_with_journal >= count // 2


KILLED_AFTER_TWO_EVENT_FILES = """\
import os, signal
real_replace = os.replace
written = []
def replace_then_die(source, target):
    if str(target).endswith(".yml"):
        written.append(target)
        if len(written) == 3:
            os.kill(os.getpid(), signal.SIGKILL)
    real_replace(source, target)
os.replace = replace_then_die
from timeline.cli import main
main(["extract", "--jobs", "1"])
"""


def test_after_a_kill_9_mid_write_the_next_run_converges(
    base: Path, tmp_path: Path
) -> None:
    extract_command = [sys.executable, "-c", "from timeline.cli import main; main()",
                       "extract", "--jobs", "1"]

    def run(project: Path, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=project, capture_output=True, text=True,
                              timeout=120, check=False)

    alone = copy(base, tmp_path / "alone")
    change(alone)
    assert run(alone, *extract_command).returncode == 0
    killed = copy(base, tmp_path / "killed")
    change(killed)
    outcome = run(killed, sys.executable, "-c", KILLED_AFTER_TWO_EVENT_FILES)
    assert outcome.returncode == -9, outcome.stderr
    events = killed / "events"
    assert (events / JOURNAL_FILE).is_file()
    assert list(events.glob(".*.yml.*.tmp"))
    rerun = run(killed, *extract_command)
    assert rerun.returncode == 0, rerun.stderr
    assert folder(killed) == folder(alone)
    for project in (alone, killed):
        add_later(project)
        assert run(project, *extract_command).returncode == 0
    assert folder(killed) == folder(alone)


def stop_after_the_journal(project: Path) -> None:
    """Run the changed project until its journal is saved, and no further."""
    change(project)
    with pytest.MonkeyPatch.context() as patch:
        FaultAt(patch, 1)
        with pytest.raises(Killed):
            extract()
    assert (project / "events" / JOURNAL_FILE).is_file()


def test_a_file_a_person_changes_after_the_kill_stays_theirs(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy(base, tmp_path / "project")
    monkeypatch.chdir(project)
    stop_after_the_journal(project)
    path = project / "events" / "2024-03-04-port-workers-walked-out-union-said.yml"
    assert path.name in (project / "events" / JOURNAL_FILE).read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "title: Port workers walked out, the union said", "title: The strike begins"),
        encoding="utf-8")
    extract()
    text = path.read_text(encoding="utf-8")
    assert "title: The strike begins\n" in text
    assert "the dockers said" in text  # the new source is appended all the same
    assert not (project / "events" / JOURNAL_FILE).exists()
    add_later(project)
    extract()
    assert "title: The strike begins\n" in path.read_text(encoding="utf-8")


def test_a_journal_older_than_the_state_is_dropped(
    base: Path, reference: tuple[dict[str, bytes], dict[str, bytes], int],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = copy(base, tmp_path / "project")
    monkeypatch.chdir(project)
    stop_after_the_journal(project)
    journal = project / "events" / JOURNAL_FILE
    old_journal = journal.read_bytes()
    extract()
    add_later(project)
    extract()
    journal.write_bytes(old_journal)  # restored from a backup, say
    extract()
    assert folder(project) == reference[1]


def test_a_damaged_journal_stops_the_run_with_a_message(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy(base, tmp_path / "project")
    monkeypatch.chdir(project)
    (project / "events" / JOURNAL_FILE).write_text("{", encoding="utf-8")
    before = folder(project)
    result = CliRunner().invoke(main, ["extract", "--jobs", "1", "--no-cache"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {Path('events').resolve() / JOURNAL_FILE}: "
                                    "the journal of an interrupted run is damaged (")
    assert folder(project) == before


def test_the_journal_is_no_change_of_the_events_folder_for_the_next_run(
    base: Path,
) -> None:
    from timeline.manifest import folder_listing

    events = base / "events"
    listing = folder_listing(events)
    (events / JOURNAL_FILE).write_text("{}", encoding="utf-8")
    assert folder_listing(events) == listing
