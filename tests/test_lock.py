"""One writer at a time: ``timeline extract`` takes the events folder's lock.

The runs are real processes; the test holds the lock itself to make them
overlap for certain.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.journal import JOURNAL_FILE
from timeline.lock import LOCK_FILE, StoreBusy, events_lock

ARTICLE = """\
---
published: 2024-01-10
language: de
---
Russland griff am 2. Januar 2024 die Stadt Kiew mit ballistischen Raketen an.

Im Jahr 2006 testete Nordkorea zum ersten Mal eine Atombombe.
"""

EXTRACT = [sys.executable, "-c", "from timeline.cli import main; main()", "extract", "--jobs", "1"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    result = CliRunner().invoke(main, ["init", str(root)], catch_exceptions=False)
    assert result.exit_code == 0
    (root / "articles" / "attack.md").write_text(ARTICLE, encoding="utf-8")
    return root


def _events(root: Path) -> dict[str, str]:
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted((root / "events").glob("*.yml"))
    }


def _start(root: Path, *options: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*EXTRACT, *options], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for_line(process: subprocess.Popen[str], start: str) -> str:
    assert process.stderr is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if line.startswith(start):
            return line
        assert line or process.poll() is None, "the run ended without waiting"
    raise AssertionError(f"no line starting {start!r}")


def test_no_wait_fails_at_once_while_another_run_writes(project: Path) -> None:
    events = project / "events"
    with events_lock(events):
        result = subprocess.run(
            [*EXTRACT, "--no-wait"], cwd=project, capture_output=True, text=True, timeout=120,
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: another timeline run is writing to {events.resolve()} (pid {os.getpid()}); "
        "run again when it has finished, or leave out --no-wait to wait for it\n"
    )
    assert _events(project) == {}


def test_a_second_run_waits_for_the_first(project: Path) -> None:
    events = project / "events"
    with events_lock(events):
        waiting = _start(project)
        line = _wait_for_line(waiting, "waiting for another timeline run")
        assert line == (
            f"waiting for another timeline run on {events.resolve()} (pid {os.getpid()}) …\n"
        )
        time.sleep(0.5)
        assert waiting.poll() is None
        assert _events(project) == {}
    stdout, _ = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, stdout
    assert "Events in " in stdout
    assert len(_events(project)) == 2


def test_two_overlapping_runs_end_as_one_run_does(project: Path, tmp_path: Path) -> None:
    """Both wait on the test's lock, then one writes after the other: the second finds
    the first one's files and rewrites nothing."""
    alone = tmp_path / "alone"
    CliRunner().invoke(main, ["init", str(alone)], catch_exceptions=False)
    (alone / "articles" / "attack.md").write_text(ARTICLE, encoding="utf-8")
    assert subprocess.run(EXTRACT, cwd=alone, capture_output=True, timeout=120).returncode == 0

    with events_lock(project / "events"):
        first, second = _start(project), _start(project)
        for process in (first, second):
            _wait_for_line(process, "waiting for another timeline run")
    outputs = [process.communicate(timeout=120)[0] for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    assert sorted("2 new" in output for output in outputs) == [False, True], outputs
    assert sum("2 unchanged" in output for output in outputs) == 1, outputs
    assert _events(project) == _events(alone)
    assert (project / "events" / ".timeline-state.json").read_text(encoding="utf-8") == (
        alone / "events" / ".timeline-state.json"
    ).read_text(encoding="utf-8")


def test_the_lock_is_free_after_a_run_and_changes_nothing_the_next_run_sees(
    project: Path,
) -> None:
    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command, cwd=project, capture_output=True, text=True, timeout=120, check=False
        )

    assert run(*EXTRACT, "--no-wait").returncode == 0
    events = project / "events"
    with events_lock(events, wait=False):
        pass
    assert (events / LOCK_FILE).is_file()
    assert LOCK_FILE in (project / ".gitignore").read_text(encoding="utf-8").splitlines()
    # Each run writes its process id into the lock file; that is no change of the folder.
    again = run(*EXTRACT, "--no-wait")
    assert "nothing to do" in again.stdout, again.stdout
    checked = run(sys.executable, "-c", "from timeline.cli import main; main()", "check")
    assert checked.stdout == "OK: 2 events, 1 articles\n", checked.stderr


def test_a_lock_held_elsewhere_in_this_process_is_busy_too(tmp_path: Path) -> None:
    with (
        events_lock(tmp_path / "events"),
        pytest.raises(StoreBusy) as caught,
        events_lock(tmp_path / "events", wait=False),
    ):
        pass
    assert caught.value.holder == os.getpid()


def test_without_fcntl_runs_are_not_serialised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    with events_lock(tmp_path / "events"), events_lock(tmp_path / "events", wait=False):
        assert not (tmp_path / "events" / LOCK_FILE).exists()


LEFTOVERS = (".2024-01-02-russland.yml.k2_9abcd.tmp", ".timeline-state.json.a1b2c3d4.tmp",
             ".schema.json.zz99yy88.tmp")
NOT_OURS = (".notes.tmp", "draft.yml.k2_9abcd.tmp", ".x.yml.short.tmp", ".x.yml.ABCDEFGH.tmp")


def test_a_run_removes_the_temporary_files_a_killed_run_left(project: Path) -> None:
    events = project / "events"
    for name in (*LEFTOVERS, *NOT_OURS):
        (events / name).write_text("half written", encoding="utf-8")
    result = subprocess.run(EXTRACT, cwd=project, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    left = {path.name for path in events.iterdir()}
    assert not left & set(LEFTOVERS)
    assert set(NOT_OURS) <= left
    assert len(_events(project)) == 2


def test_init_gitignore_excludes_the_lock_the_journal_and_leftover_temporary_files(
    project: Path,
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    names = [f"events/{LOCK_FILE}", f"events/{JOURNAL_FILE}",
             *(f"events/{name}" for name in LEFTOVERS),
             "events/2024-01-02-russland.yml", "events/.timeline-state.json"]
    ignored = subprocess.run(["git", "check-ignore", *names], cwd=project, capture_output=True,
                             text=True, check=False).stdout.split()
    assert ignored == names[:5]


KILLED_WHILE_WRITING = """\
import os, signal
real_replace = os.replace
def replace_then_die(source, target):
    if str(target).endswith(".yml"):
        os.kill(os.getpid(), signal.SIGKILL)  # the temporary file is written, not renamed
    real_replace(source, target)
os.replace = replace_then_die
from timeline.cli import main
main(["extract", "--jobs", "1"])
"""


def test_after_a_kill_9_in_the_write_phase_the_next_run_is_not_blocked_and_cleans_up(
    project: Path,
) -> None:
    killed = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING], cwd=project,
                            capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == -9, killed.stderr
    events = project / "events"
    assert [path.name for path in events.glob(".*.yml.*.tmp")], "no temporary file left"
    rerun = subprocess.run([*EXTRACT, "--no-wait"], cwd=project, capture_output=True,
                           text=True, timeout=120, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert not list(events.glob(".*.tmp"))
    assert len(_events(project)) == 2
