"""Scale of ``timeline extract``: archives of 1k to 20k realistic articles.

Usage::

    python bench/scale.py [--sizes 1000 5000 10000 20000] [--quick] [--seed 11]
                          [--compare-at 5000] [--json PATH] [--keep DIR]

For each size, ``bench/scale_corpus.py`` writes an archive (German and English,
about 600 words per article, recurring stories, dates of every form) into a
temporary folder, and each measured run gets a fresh process
(``bench/scale_run.py``), so peak RSS and caches belong to that run alone:

* tagger alone: ``timeline.dates.tag`` over the cleaned texts of the same
  articles in one process (reading them is not timed; building the taggers
  is timed apart and counted in);
* cold: ``extract`` with default settings, empty events folder and cache;
* warm: the same call again, nothing changed;
* +10: ten new articles of the same stories added, then the call again.

At ``--compare-at`` articles (default: the largest size up to 5000) the cold
run is repeated with ``jobs=1``, ``jobs=2`` and on a Dask ``LocalCluster``
(two worker processes), when ``extract`` takes ``jobs`` / ``scheduler`` and
``dask.distributed`` is installed; otherwise the table says n/a.

The growth exponent is the least-squares slope of log(cold seconds) over
log(articles). ``--quick`` (sizes 200 and 1000) is a smoke run, not a
measurement. Targets (issue "scale", 2-core machine): cold ≤ 1.2 × tagger
alone, growth exponent ≤ 1.1, peak RSS ≤ 1.5 GB at 20k, warm ≤ 5 % and
+10 ≤ 10 % of the cold run at 10k.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale_corpus import generate, pool_size, story_pool, write
from bench.scale_report import growth_exponent, print_report, tagger_seconds

ROOT = Path(__file__).resolve().parents[1]
RUNNER = ROOT / "bench" / "scale_run.py"
DEFAULT_SIZES = (1000, 5000, 10000, 20000)
QUICK_SIZES = (200, 1000)
ADDED = 10


def run(options: dict[str, Any]) -> dict[str, Any]:
    """One measured run in a fresh interpreter; its JSON result plus the process' wall time."""
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, str(RUNNER), json.dumps(options)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    wall = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"run {options['mode']} failed:\n{completed.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


def extract_options() -> set[str]:
    """Which of ``jobs`` and ``scheduler`` this checkout's ``extract`` takes."""
    from timeline.extract import extract

    return {"jobs", "scheduler"} & set(inspect.signature(extract).parameters)


def dask_cluster() -> AbstractContextManager[Any] | None:
    """A two-process Dask LocalCluster, or None when dask.distributed is not installed."""
    try:
        distributed: Any = importlib.import_module("dask.distributed")  # optional, untyped
    except ImportError:
        return None
    cluster: AbstractContextManager[Any] = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return cluster


def cold(articles: Path, work: Path, name: str, **extra: Any) -> dict[str, Any]:
    events, cache = work / f"events-{name}", work / f"cache-{name}"
    result = run({"mode": "extract", "articles": str(articles), "events": str(events),
                  "cache": str(cache), **extra})
    shutil.rmtree(events, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    return result


def measure_size(size: int, seed: int, compare: bool, work: Path) -> dict[str, Any]:
    """Generate ``size`` articles and run the tagger, cold, warm and +10 runs on them."""
    articles = work / "articles"
    started = time.perf_counter()
    pool = story_pool(pool_size(size), seed)
    corpus = generate(size, seed, pool=pool)
    write(corpus, articles)
    row: dict[str, Any] = {
        "articles": size, "generate_s": time.perf_counter() - started,
        "words": sum(item.words for item in corpus),
    }
    del corpus
    print(f"[{size}] generated in {row['generate_s']:.1f} s; tagger alone ...", flush=True)
    row["tagger"] = run({"mode": "tag", "articles": str(articles)})
    print(f"[{size}] cold extract ...", flush=True)
    events, cache = work / "events", work / "cache"
    common = {"mode": "extract", "articles": str(articles), "events": str(events),
              "cache": str(cache)}
    row["cold"] = run(common)
    print(f"[{size}] warm re-run ...", flush=True)
    row["warm"] = run(common)
    write(generate(ADDED, seed, start=size, pool=pool), articles)
    row["added"] = run(common)
    shutil.rmtree(events, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    for path in sorted(articles.glob("*.md"))[size:]:
        path.unlink()  # back to ``size`` articles for the comparison runs
    if compare:
        row["compare"] = compare_runs(articles, work)
    shutil.rmtree(articles)
    return row


def compare_runs(articles: Path, work: Path) -> dict[str, Any]:
    """Cold runs with jobs=1, jobs=2 and on a Dask LocalCluster, where available."""
    options = extract_options()
    results: dict[str, Any] = {}
    for jobs in (1, 2):
        key = f"jobs={jobs}"
        if "jobs" not in options:
            results[key] = "n/a (extract has no jobs option)"
            continue
        print(f"  cold extract {key} ...", flush=True)
        results[key] = cold(articles, work, key, jobs=jobs)
    if "scheduler" not in options:
        results["dask"] = "n/a (extract has no scheduler option)"
        return results
    cluster = dask_cluster()
    if cluster is None:
        results["dask"] = "n/a (dask.distributed is not installed)"
        return results
    with cluster as running:
        print("  cold extract on Dask LocalCluster ...", flush=True)
        results["dask"] = cold(articles, work, "dask", scheduler=running.scheduler_address)
        results["dask"]["worker_peak_mb"] = worker_peaks(running)
    return results


def worker_peaks(cluster: Any) -> list[float]:
    """Peak RSS of each Dask worker process (MB): they are not children of the run."""
    distributed: Any = importlib.import_module("dask.distributed")
    with distributed.Client(cluster) as client:
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return sorted(float(peak) for peak in peaks.values())


def report(rows: list[dict[str, Any]], seed: int) -> dict[str, Any]:
    sizes = [row["articles"] for row in rows]
    return {
        "sizes": sizes, "seed": seed, "python": sys.version.split()[0], "rows": rows,
        "growth_exponent": growth_exponent(sizes, [row["cold"]["seconds"] for row in rows]),
        "tagger_growth_exponent": growth_exponent(sizes, [tagger_seconds(row) for row in rows]),
    }


def summary_line(row: dict[str, Any]) -> str:
    cold = row["cold"]["seconds"]
    return (f"tagger alone {tagger_seconds(row):.1f} s, cold {cold:.1f} s "
            f"({cold / tagger_seconds(row):.2f}x), peak {row['cold']['peak_mb']:.0f} MB, "
            f"warm {row['warm']['seconds']:.1f} s, +{ADDED} {row['added']['seconds']:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", help="archive sizes (default "
                        f"{' '.join(map(str, DEFAULT_SIZES))})")
    parser.add_argument("--quick", action="store_true",
                        help=f"sizes {' '.join(map(str, QUICK_SIZES))}: a smoke run")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--compare-at", type=int,
                        help="size for jobs=1 / jobs=2 / Dask (default: largest size ≤ 5000)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes or (QUICK_SIZES if args.quick else DEFAULT_SIZES)))
    compare_at = args.compare_at or max([s for s in sizes if s <= 5000] or sizes[:1])
    rows: list[dict[str, Any]] = []
    folder: AbstractContextManager[Any] = (
        nullcontext(str(args.keep)) if args.keep else tempfile.TemporaryDirectory()
    )
    with folder as name:
        for size in sizes:
            work = Path(name) / f"n{size}"
            work.mkdir(parents=True, exist_ok=True)
            rows.append(measure_size(size, args.seed, size == compare_at, work))
            print(f"[{size}] {summary_line(rows[-1])}", flush=True)
            if args.json:  # after every size, so a long run that is stopped keeps its figures
                args.json.write_text(json.dumps(report(rows, args.seed), indent=2) + "\n",
                                     encoding="utf-8")
    print_report(report(rows, args.seed))
    if args.json:
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
