"""Real ``kill -9`` at random moments of an extract run's write phase, then a re-run.

Usage::

    python bench/interrupted.py [--trials 20] [--seed 11] [--keep DIR]

The project is the three story fixtures of ``tests/fixtures`` (German and
English, 19 articles). Two stories are extracted first; the run to be killed
adds the third, so it writes new events and updates known ones. That run
sleeps 20 ms before each event file's rename (so that a kill at a random
moment falls among the writes) and is killed with SIGKILL at a random moment
up to 0.4 s after its first event write. A normal run follows. The script
prints how many re-runs left the events folder byte for byte as the
uninterrupted run (issue 11: every one of them).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
FIRST = ("story_bruecke_de", "story_mulde_flood")
ADDED = "story_port_strike_en"
MKDOCS = """site_name: Probe
plugins:
  - timeline:
      events: events
      articles: articles
      language: de
"""
EXTRACT = ["extract", "--jobs", "1", "--no-cache"]
# The run to be killed: it leaves a mark at its first event write, then writes slowly.
SLOW_RUN = f"""
import os, time
real_replace = os.replace
def slow_replace(source, target):
    if str(target).endswith(".yml"):
        open("writing", "a").close()
        time.sleep(0.02)
    real_replace(source, target)
os.replace = slow_replace
from timeline.cli import main
main({EXTRACT!r})
"""


def add_articles(project: Path, story: str) -> None:
    for path in sorted((FIXTURES / story).iterdir()):
        if path.suffix in (".md", ".txt"):
            shutil.copy(path, project / "articles" / f"{story}_{path.name}")


def run_extract(project: Path) -> None:
    subprocess.run([sys.executable, "-c", "from timeline.cli import main; main()", *EXTRACT],
                   cwd=project, check=True, capture_output=True, env=_environment())


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def events(project: Path) -> dict[str, bytes]:
    return {
        path.name: path.read_bytes()
        for path in sorted((project / "events").iterdir()) if path.name != ".timeline.lock"
    }


def killed_run(project: Path, delay: float) -> bool:
    """Start the slow run, kill it ``delay`` seconds after its first event write; True
    when it was still running then."""
    process = subprocess.Popen([sys.executable, "-c", SLOW_RUN], cwd=project,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=_environment())
    deadline = time.monotonic() + 300
    while not (project / "writing").exists() and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.002)
    time.sleep(delay)
    alive = process.poll() is None
    if alive:
        process.send_signal(signal.SIGKILL)
    process.wait()
    (project / "writing").unlink(missing_ok=True)
    return alive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="work in this folder and leave it")
    options = parser.parse_args(argv)
    work = options.keep or Path(tempfile.mkdtemp(prefix="timeline-interrupted-"))
    base = work / "base"
    (base / "articles").mkdir(parents=True)
    (base / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    for story in FIRST:
        add_articles(base, story)
    run_extract(base)
    add_articles(base, ADDED)
    reference = work / "reference"
    shutil.copytree(base, reference)
    started = time.perf_counter()
    run_extract(reference)
    print(f"uninterrupted run: {time.perf_counter() - started:.1f} s, "
          f"{sum(name.endswith('.yml') for name in events(reference))} events")
    wanted = events(reference)
    chance = random.Random(options.seed)
    killed = equal = 0
    for trial in range(options.trials):
        project = work / f"trial{trial}"
        shutil.copytree(base, project)
        killed += killed_run(project, chance.uniform(0, 0.4))
        run_extract(project)
        equal += events(project) == wanted
        shutil.rmtree(project)
    print(f"trials: {options.trials}, killed mid-run: {killed}, "
          f"re-run equal to the uninterrupted run: {equal}")
    if options.keep is None:
        shutil.rmtree(work)
    return 0 if equal == options.trials else 1


if __name__ == "__main__":
    sys.exit(main())
