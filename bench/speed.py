"""Speed and memory of ``timeline.dates`` tagging, next to ``dateparser.search_dates``.

Usage::

    python bench/speed.py [--quick] [--corpora DIR]

* Throughput: documents/s and words/s over the texts of the gold corpora
  (KRAUTS for German, TempEval-3 for English). Only tagging is timed: the
  tagger is built and warmed up first; the fastest of ``--repeat`` passes
  counts. ``dateparser.search_dates`` runs on the same texts with
  ``languages=[lang]`` and ``RELATIVE_BASE`` = the DCT.
  The process is pinned to one CPU where the OS allows it.
* Memory and growth: a fresh subprocess per size tags one large German text
  (corpus texts repeated) and reports its peak resident size
  (``resource.getrusage(...).ru_maxrss``) and the tagging time; 1 MB against
  10 MB shows whether time grows linearly.

``--quick`` uses a few documents and small inputs: a smoke run, not a measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from datetime import time as clock_time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.tml import CORPORA, DEFAULT_CORPORA, TmlDocument, corpus_folders, read_folder

TARGET_DOCS_PER_SECOND = 100.0
TARGET_PEAK_MB = 500.0
MEGABYTE = 1_000_000


@dataclass(frozen=True)
class Throughput:
    docs: int
    words: int
    seconds: float

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else float("inf")


def pin_to_one_cpu() -> None:
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})


def measure(
    documents: Sequence[TmlDocument], run: Callable[[TmlDocument], object], repeat: int = 1
) -> Throughput:
    """The fastest of ``repeat`` passes: on a shared machine the others measure the neighbours."""
    run(documents[0])  # warm-up: lazy loading must not count as tagging time
    words = sum(len(document.text.split()) for document in documents)
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for document in documents:
            run(document)
        best = min(best, time.perf_counter() - started)
    return Throughput(len(documents), words, best)


def timeline_runner(lang: str) -> Callable[[TmlDocument], object]:
    from timeline.dates import Tagger

    tagger = Tagger(lang)
    return lambda document: tagger.tag(document.text, document.dct)


def dateparser_runner(lang: str) -> Callable[[TmlDocument], object]:
    from dateparser.search import search_dates

    def run(document: TmlDocument) -> object:
        base = datetime.combine(document.dct, clock_time())
        return search_dates(document.text, languages=[lang], settings={"RELATIVE_BASE": base})

    return run


def large_text(documents: Sequence[TmlDocument], size_bytes: int) -> str:
    """Corpus texts repeated until the UTF-8 size reaches ``size_bytes``."""
    pieces: list[str] = []
    total = 0
    while total < size_bytes:
        for document in documents:
            pieces.append(document.text)
            total += len(document.text.encode("utf-8")) + 1
            if total >= size_bytes:
                break
    return "\n".join(pieces)


def memory_child(corpora: Path, size_bytes: int) -> None:
    """Runs in a fresh interpreter: tag one large text, print JSON figures."""
    import resource

    from timeline.dates import Tagger

    documents = read_folder(corpus_folders(corpora, "krauts")[0])
    text = large_text(documents, size_bytes)
    tagger = Tagger("de")
    tagger.tag(documents[0].text, documents[0].dct)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    found = tagger.tag(text, documents[0].dct)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes.
    print(json.dumps({
        "bytes": len(text.encode("utf-8")),
        "seconds": seconds,
        "timexes": len(found),
        "peak_mb_before_tagging": before / 1024,
        "peak_mb": peak / 1024,
    }))


def run_memory_child(corpora: Path, size_bytes: int) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--corpora", str(corpora),
         "--memory-child", str(size_bytes)],
        capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"memory run failed:\n{completed.stderr}")
    figures: dict[str, float] = json.loads(completed.stdout.strip().splitlines()[-1])
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a fast smoke run")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                        help="folder holding the corpora (default: ../shared/corpora)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="passes over the corpora; the fastest counts (default 3)")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    pin_to_one_cpu()
    if args.memory_child:
        memory_child(args.corpora, args.memory_child)
        return 0

    print(f"{'corpus':<8} {'tagger':<11} {'docs':>5} {'words':>7} {'seconds':>8}"
          f" {'docs/s':>8} {'words/s':>9}")
    ratios: dict[str, float] = {}
    for corpus, (lang, _) in CORPORA.items():
        documents = [d for folder in corpus_folders(args.corpora, corpus)
                     for d in read_folder(folder)]
        if args.quick:
            documents = documents[:5]
        repeat = 1 if args.quick else max(1, args.repeat)
        ours = measure(documents, timeline_runner(lang), repeat)
        theirs = measure(documents, dateparser_runner(lang), repeat)
        for name, figures in (("timeline", ours), ("dateparser", theirs)):
            print(f"{corpus:<8} {name:<11} {figures.docs:>5} {figures.words:>7}"
                  f" {figures.seconds:>8.2f} {figures.docs_per_second:>8.1f}"
                  f" {figures.words_per_second:>9.0f}")
        ratios[corpus] = ours.docs_per_second / theirs.docs_per_second
        if corpus == "krauts":
            verdict = "met" if ours.docs_per_second >= TARGET_DOCS_PER_SECOND else "below"
            print(f"{'':<8} target >= {TARGET_DOCS_PER_SECOND:.0f} docs/s on KRAUTS"
                  f" articles: {verdict}")
    for corpus, ratio in ratios.items():
        print(f"{corpus}: timeline is {ratio:.1f}x the speed of dateparser.search_dates")

    small, large = (100_000, 500_000) if args.quick else (1 * MEGABYTE, 10 * MEGABYTE)
    print()
    print(f"{'input':>8} {'seconds':>8} {'MB/s':>6} {'peak RSS MB':>12} {'(before tagging)':>17}")
    runs = [(size, run_memory_child(args.corpora, size)) for size in (small, large)]
    for size, memory in runs:
        print(f"{size / MEGABYTE:>6.1f}MB {memory['seconds']:>8.2f}"
              f" {memory['bytes'] / MEGABYTE / memory['seconds']:>6.2f}"
              f" {memory['peak_mb']:>12.0f} {memory['peak_mb_before_tagging']:>17.0f}")
    (_, first), (_, second) = runs
    growth = second["seconds"] / first["seconds"]
    print(f"time {large // small}x input: {growth:.1f}x (linear = {large // small})")
    peak = second["peak_mb"]
    verdict = "met" if peak < TARGET_PEAK_MB else "above"
    print(f"peak RSS tagging {large / MEGABYTE:.1f} MB: {peak:.0f} MB,"
          f" target < {TARGET_PEAK_MB:.0f} MB: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
