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
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

# The reports of the stale-events tests, in the same kind of project.
from test_stale_events import MKDOCS, OTHERS, STRIKE, UNION

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


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def extract(*options: str) -> str:
    return invoke("extract", "--jobs", "1", *options)


def folder(project: Path) -> dict[str, bytes]:
    """Every file of the events folder but the lock, by name."""
    events = project / "events"
    return {
        path.name: path.read_bytes()
        for path in sorted(events.iterdir()) if path.name != LOCK_FILE
    }


@pytest.fixture
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_base(tmp_path_factory.mktemp("base") / "project")


def make_base(root: Path) -> Path:
    """A project after a first run, with a hand edit and a deleted event, and a run
    after them (so the cache knows the folder as it is now)."""
    articles = root / "articles"
    articles.mkdir(parents=True)
    (root / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    # The other articles share no day with these: they make two changed articles few
    # enough for an incremental run.
    texts = {"strike": STRIKE, "union": UNION, "ferry": FERRY, **OTHERS}
    for name, text in texts.items():
        (articles / f"{name}.md").write_text(text, encoding="utf-8")
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
        extract()
    finally:
        os.chdir(before)
    return root


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


# The runs that are stopped: on a new project, and on the changed articles of a
# project with events and a hand edit, read in full or (with the cache) in part.
KINDS = {"first": ("--no-cache",), "full": ("--no-cache",), "incremental": ()}


def prepare(kind: str, base: Path, into: Path) -> Path:
    """A copy of ``base`` with the changes of the run of this kind (the cache knows a
    project by its path: an incremental run's is made where it is used)."""
    project = make_base(into) if kind == "incremental" else copy(base, into)
    if kind == "first":
        shutil.rmtree(project / "events")
        shutil.rmtree(project / ".timeline-cache")
    change(project)
    return project


@dataclass
class Reference:
    """What the uninterrupted run leaves, and its number of durable changes."""

    before: dict[str, bytes]
    after_run: dict[str, bytes]
    after_later: dict[str, bytes]
    count: int
    output: str


def uninterrupted(kind: str, base: Path, into: Path) -> Reference:
    project = prepare(kind, base, into)
    before = folder(project) if (project / "events").is_dir() else {}
    cwd = Path.cwd()
    os.chdir(project)
    try:
        with pytest.MonkeyPatch.context() as patch:
            counter = FaultAt(patch, None)
            output = extract(*KINDS[kind])
        after_run = folder(project)
        add_later(project)
        extract(*KINDS[kind])
        after_later = folder(project)
    finally:
        os.chdir(cwd)
    return Reference(before, after_run, after_later, counter.count, output)


@pytest.mark.parametrize("kind", ["full", "incremental"])
def test_the_reference_run_writes_removes_and_the_later_one_updates(
    kind: str, base: Path, tmp_path: Path
) -> None:
    """The runs below are worth their name: the run to be stopped creates, updates and
    removes event files, and the later run updates files that run wrote."""
    reference = uninterrupted(kind, base, tmp_path / "project")
    before, after_run, after_later = reference.before, reference.after_run, reference.after_later
    assert {name for name in after_run if name not in before and name.endswith(".yml")}
    assert {name for name in before if name not in after_run}
    assert any(before[name] != after_run[name] for name in before.keys() & after_run.keys()
               if name.endswith(".yml"))
    assert any(after_run[name] != after_later[name]
               for name in after_run.keys() & after_later.keys()
               if name.endswith(".yml") and name not in before)
    assert ("unchanged and not read again" in reference.output) == (kind == "incremental")


@pytest.mark.parametrize("kind", KINDS)
def test_a_run_stopped_at_any_write_converges_on_the_next_run(
    kind: str, base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = uninterrupted(kind, base, tmp_path / "reference")
    stopped_with_journal = 0
    for at in range(reference.count):
        project = prepare(kind, base, tmp_path / f"stop{at}")
        monkeypatch.chdir(project)
        with pytest.MonkeyPatch.context() as patch:
            FaultAt(patch, at)
            with pytest.raises(Killed):
                extract(*KINDS[kind])
        stopped_with_journal += (project / "events" / JOURNAL_FILE).exists()
        extract(*KINDS[kind])
        assert folder(project) == reference.after_run, f"stopped before durable change {at}"
        add_later(project)
        extract(*KINDS[kind])
        assert folder(project) == reference.after_later, f"stopped before durable change {at}"
    print(f"{kind}: stopped at each of {reference.count} durable changes")
    # Most stops fall while the journal is there (the others before it, or after).
    assert stopped_with_journal >= reference.count // 3


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
            extract("--no-cache")
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
    extract("--no-cache")
    text = path.read_text(encoding="utf-8")
    assert "title: The strike begins\n" in text
    assert "the dockers said" in text  # the new source is appended all the same
    assert not (project / "events" / JOURNAL_FILE).exists()
    add_later(project)
    extract("--no-cache")
    assert "title: The strike begins\n" in path.read_text(encoding="utf-8")


def test_a_journal_older_than_the_state_is_dropped(
    base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = uninterrupted("full", base, tmp_path / "reference")
    project = copy(base, tmp_path / "project")
    monkeypatch.chdir(project)
    stop_after_the_journal(project)
    journal = project / "events" / JOURNAL_FILE
    old_journal = journal.read_bytes()
    extract("--no-cache")
    add_later(project)
    extract("--no-cache")
    journal.write_bytes(old_journal)  # restored from a backup, say
    extract("--no-cache")
    assert folder(project) == reference.after_later


@pytest.mark.parametrize("journal", [
    "{",
    '{"version": 1, "state_before": null, "state": "", "files": [{"file": "../escape.yml", '
    '"id": "x", "before": null, "text": "id: x", "record": null}]}',
])
def test_a_damaged_journal_stops_the_run_with_a_message(
    journal: str, base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy(base, tmp_path / "project")
    monkeypatch.chdir(project)
    (project / "events" / JOURNAL_FILE).write_text(journal, encoding="utf-8")
    before = folder(project)
    result = CliRunner().invoke(main, ["extract", "--jobs", "1", "--no-cache"])
    assert result.exit_code == 1
    assert (f"Error: {Path('events').resolve() / JOURNAL_FILE}: the journal of an "
            "interrupted run is damaged (") in result.output
    assert folder(project) == before
    assert not (project / "escape.yml").exists()


def test_the_journal_is_no_change_of_the_events_folder_for_the_next_run(
    base: Path,
) -> None:
    from timeline.manifest import folder_listing

    events = base / "events"
    listing = folder_listing(events)
    (events / JOURNAL_FILE).write_text("{}", encoding="utf-8")
    assert folder_listing(events) == listing
