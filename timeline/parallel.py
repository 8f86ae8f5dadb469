"""Running the per-article stage on every core, or on a Dask cluster.

:func:`run_stage` yields one :class:`~timeline.article_stage.ArticleOutcome`
per file, in the order of the files, whichever way the work is done:

* in this process (one job, one file, or a caller's own tagger);
* in a process pool of ``jobs`` workers. Workers are forked from this
  process when it runs no other thread (the command line), so they start
  with the modules already imported; otherwise (inside ``mkdocs serve``)
  from a fork server, since forking a process with threads can deadlock.
  Each worker builds its tagger and tag finders once;
* on a Dask distributed cluster (``scheduler``). The client reads the files
  and sends their bytes, so workers need the project installed but no access
  to the articles; the client stores what they found in its cache folder.

Merging and writing stay with the caller.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from timeline.article_stage import ArticleJob, ArticleOutcome, process_article
from timeline.articles import ArticleError, read_article_bytes
from timeline.cache import CandidateCache
from timeline.events import Tagger

Progress = Callable[[Sequence[Path]], Iterable[Path]]

# Files per task sent to a pool worker at most: small enough to keep both cores busy
# to the end, large enough that passing them costs little.
MAX_CHUNK = 8
# A pool starts only with at least this many files per worker: for fewer, starting
# the workers costs more than it saves.
MIN_FILES_PER_WORKER = 2
# How long to wait for a Dask scheduler to answer.
CONNECT_TIMEOUT = "10s"


class SchedulerError(ValueError):
    """The Dask scheduler cannot be used (not installed, not reachable)."""


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_stage(
    files: Sequence[Path],
    job: ArticleJob,
    *,
    jobs: int | None = None,
    scheduler: str | None = None,
    tagger: Tagger | None = None,
    progress: Progress | None = None,
) -> Iterator[ArticleOutcome]:
    """The outcome of every file, in order. ``jobs`` None: every core.

    :class:`~timeline.article_stage.StageError` from any article stops the run.
    """
    shown: Iterable[Path] = progress(files) if progress else files
    if scheduler is not None:
        outcomes = _on_cluster(files, job, scheduler)
    else:
        workers = min(jobs or default_jobs(), len(files) // MIN_FILES_PER_WORKER)
        if workers <= 1 or tagger is not None:
            outcomes = (process_article(path, job, tagger=tagger) for path in files)
        else:
            outcomes = _in_pool(files, job, workers)
    # The progress bar advances as the outcomes come in.
    for _, outcome in zip(shown, outcomes, strict=True):
        yield outcome


def _work(task: tuple[Path, ArticleJob]) -> ArticleOutcome:
    return process_article(*task)


def _in_pool(files: Sequence[Path], job: ArticleJob, workers: int) -> Iterator[ArticleOutcome]:
    import multiprocessing

    method = "fork" if _forkable() else "forkserver"
    context = multiprocessing.get_context(method)
    chunk = max(1, min(MAX_CHUNK, len(files) // (workers * 16)))
    with context.Pool(workers) as pool:
        yield from pool.imap(_work, [(path, job) for path in files], chunksize=chunk)


def _forkable() -> bool:
    import multiprocessing

    return threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()


def _on_cluster(files: Sequence[Path], job: ArticleJob, address: str) -> Iterator[ArticleOutcome]:
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError(
            "--scheduler needs Dask: pip install \"news-timeline[cluster]\""
        ) from None
    try:
        client: Any = Client(address, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as error:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    remote = replace(job, cache_dir=None)
    try:
        futures: list[Any] = []
        read_problems: dict[int, ArticleOutcome] = {}
        for number, path in enumerate(files):
            try:
                data = read_article_bytes(path)
            except ArticleError as error:
                read_problems[number] = ArticleOutcome(path, problem=error.problem())
                futures.append(None)
                continue
            futures.append(
                client.submit(process_article, path, remote, data, pure=False)
            )
        cache = CandidateCache(job.cache_dir)
        for number, future in enumerate(futures):
            if future is None:
                yield read_problems[number]
                continue
            outcome: ArticleOutcome = future.result()
            if outcome.extraction is not None and outcome.key:
                cache.put(outcome.key, outcome.extraction)  # for the next, incremental run
            yield outcome
    finally:
        client.close()
