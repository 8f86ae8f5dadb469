"""Articles -> candidate events -> merged events -> YAML store, in one call.

The orchestration behind ``timeline extract``: read every article (a bad one
is reported and the others go on) and take its candidates from the cache or the
tagger, on every core (:mod:`timeline.parallel`), then merge them across
articles and write them into the store with
:func:`timeline.reconcile.sync_events`. Nothing here prints; the caller gets an
:class:`ExtractSummary`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline import incremental
from timeline.article_stage import ArticleJob, ArticleOutcome, StageError
from timeline.articles import Article, find_article_files, published_after
from timeline.cache import file_hash
from timeline.events import Candidate, Tagger
from timeline.happening import Signature, signature
from timeline.manifest import (
    ArticleEntry,
    FileStamp,
    Manifest,
    folder_listing,
    forget_manifest,
    load_manifest,
    run_fingerprint,
    save_manifest,
)
from timeline.merge import merge_candidates
from timeline.parallel import Progress, SchedulerError, run_stage
from timeline.problems import Problem, ProblemError
from timeline.reconcile import SyncResult, sync_events
from timeline.stale import Refresh

if TYPE_CHECKING:
    from timeline.tags import Actor


@dataclass
class ExtractSummary:
    """What one extraction run did."""

    articles: list[Article] = field(default_factory=list)
    article_problems: list[Problem] = field(default_factory=list)
    warnings: dict[Path, list[str]] = field(default_factory=dict)
    event_problems: list[Problem] = field(default_factory=list)
    # Event files that load but hold something probably not meant.
    event_warnings: list[Problem] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # Unedited events of an article's old version or of a removed article, deleted.
    removed: list[str] = field(default_factory=list)
    candidates: int = 0
    cached: int = 0
    # Articles not read again: unchanged since the last run, whose candidates are cached.
    unchanged_articles: int = 0
    # Nothing changed since the last run at all: its result stands.
    nothing_to_do: bool = False

    @property
    def failed(self) -> bool:
        return bool(self.article_problems)


class ExtractError(ValueError):
    """Extraction cannot start (no usable tag lists, a broken actors file ...)."""


def extract(
    paths: Sequence[Path],
    events_dir: Path,
    *,
    published: date | None = None,
    lang: str | None = None,
    fallback_lang: str | None = None,
    cache_dir: Path | None = None,
    actors_file: Path | None = None,
    tagger: Tagger | None = None,
    progress: Progress | None = None,
    pipeline: str | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    today: date | None = None,
    complete: bool = False,
) -> ExtractSummary:
    """Extract events from the articles under ``paths`` into ``events_dir``.

    ``published`` and ``lang`` apply to articles that do not state their own;
    ``fallback_lang`` (the project language) to those whose language cannot
    be detected either.
    ``cache_dir`` keeps candidates per article between runs (None: no cache).
    ``pipeline`` names a trained spaCy pipeline (package or folder) whose
    people, organisations and places are added to the tags; ExtractError if
    it is not installed.
    ``jobs`` worker processes read and tag the articles (None: one per core);
    ``scheduler`` (a Dask scheduler's address) hands that stage to a cluster
    instead. The result does not depend on either. A custom ``tagger`` runs
    in this process. ``today`` (the caller's date; None: no check) makes a
    publication date after it a warning.
    ``complete``: ``paths`` hold the whole collection, so an article that events
    cite and that is not among them was removed. Either way, what the store has of
    an article's old version and this run did not find again is stale
    (:mod:`timeline.stale`).
    """
    summary = ExtractSummary()
    files, summary.article_problems = find_article_files(paths)
    if pipeline is not None:
        _check_pipeline(pipeline)
    job = ArticleJob(
        published=published,
        lang=lang,
        fallback_lang=fallback_lang,
        cache_dir=cache_dir,
        actors=_actors(actors_file),
        pipeline=pipeline,
        # A pipeline changes the tags, so cached candidates of another pipeline do not count.
        actors_hash=f"{file_hash(actors_file)}/{pipeline or ''}",
    )
    # A custom tagger (tests) is not part of the settings a finished run is known by.
    manifest_dir = cache_dir if tagger is None else None
    fingerprint = run_fingerprint(events_dir, published, lang, fallback_lang, job.actors_hash)
    stamps = {path: FileStamp.of(path) for path in files}
    previous = load_manifest(manifest_dir, events_dir)
    changes = incremental.plan(previous, fingerprint, stamps, events_dir)
    if changes is not None and previous is not None and changes.nothing_changed:
        return _as_before(previous, summary)

    def stage(paths: Sequence[Path]) -> Iterable[ArticleOutcome]:
        try:
            yield from run_stage(paths, job, jobs=jobs, scheduler=scheduler, tagger=tagger,
                                 progress=progress)
        except (StageError, SchedulerError) as error:
            raise ExtractError(str(error)) from None

    found_problems = list(summary.article_problems)
    if changes is not None and previous is not None and manifest_dir is not None:
        run = _Run(summary, Manifest(fingerprint, counts=previous.counts), stamps, today)
        taken = {entry.article_id: Path(name) for name, entry in changes.unchanged.items()}
        run.collect(stage(changes.changed), taken)
        block = incremental.block(changes, previous, run.candidates, manifest_dir, events_dir)
        if block is not None:
            refresh = _refreshed_in_part(run, changes, stamps, complete)
            return _some_days(run, block, changes, previous, events_dir, fallback_lang,
                              manifest_dir, refresh)
        # A cache entry is gone or cannot be read: a full run after all.
        summary = ExtractSummary(article_problems=found_problems)
    run = _Run(summary, Manifest(fingerprint), stamps, today)
    run.collect(stage(files), {})
    for sig in run.signatures:
        run.manifest.counts.add(sig)
    # Titles of events reported in several languages come from the project's language.
    merged = merge_candidates(
        run.candidates, language=fallback_lang, signatures=run.signatures,
        weights=run.manifest.counts.weights(),
    )
    forget_manifest(manifest_dir, events_dir)  # a run stopped half way is not done
    refresh = Refresh(
        frozenset(article.id for article in summary.articles) - run.shared_ids,
        others_gone=complete and not summary.article_problems,
    )
    result = sync_events(merged, events_dir, refresh=refresh)
    run.manifest.unchanged = sorted([*result.new, *result.updated, *result.unchanged])
    run.manifest.skipped = sorted(result.skipped)
    return run.finish(result, events_dir, manifest_dir)


@dataclass
class _Run:
    """The articles a run reads, their candidates, and the manifest it leaves."""

    summary: ExtractSummary
    manifest: Manifest
    stamps: dict[Path, FileStamp | None]
    today: date | None = None
    candidates: list[Candidate] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    # Ids that two files claim: the run has the candidates of one of them only.
    shared_ids: set[str] = field(default_factory=set)

    def collect(self, outcomes: Iterable[ArticleOutcome], taken: dict[str, Path]) -> None:
        """Take the outcomes in; ``taken``: the ids of articles not read again."""
        summary = self.summary
        seen_ids = dict(taken)
        for outcome in outcomes:
            path, article, extraction = outcome.path, outcome.article, outcome.extraction
            if outcome.problem is not None or article is None or extraction is None:
                if outcome.problem is not None:
                    summary.article_problems.append(outcome.problem)
                continue
            if article.id in seen_ids:
                also = seen_ids[article.id]
                self.shared_ids.add(article.id)
                summary.article_problems.append(
                    Problem(path, f"duplicate article id {article.id!r} (also {also})")
                )
                continue
            seen_ids[article.id] = path
            summary.articles.append(article)
            summary.cached += outcome.cached
            warnings = [*article.warnings, *extraction.warnings]
            if (future := published_after(article.published, self.today)) is not None:
                warnings.append(future)
            if warnings:
                summary.warnings[path] = warnings
            stamp = self.stamps[path]
            if stamp is not None:
                self.manifest.articles[str(path)] = ArticleEntry(
                    stamp, article.id, warnings, outcome.key,
                    sorted({candidate.date for candidate in extraction.candidates}),
                )
            self.candidates.extend(extraction.candidates)
            self.signatures.extend(outcome.signatures)
        summary.candidates += len(self.candidates)

    def finish(
        self, result: SyncResult, events_dir: Path, manifest_dir: Path | None
    ) -> ExtractSummary:
        summary = self.summary
        summary.new, summary.updated = result.new, result.updated
        summary.unchanged, summary.skipped = result.unchanged, result.skipped
        summary.removed = result.removed
        summary.event_problems = result.problems
        summary.event_warnings = result.warnings
        if not summary.article_problems and not summary.event_problems:
            # Problems are reported again by the next run, which therefore is a full one.
            self.manifest.candidates = summary.candidates
            self.manifest.events_folder = folder_listing(events_dir)
            save_manifest(manifest_dir, events_dir, self.manifest)
        return summary


def _some_days(
    run: _Run,
    block: incremental.Block,
    changes: incremental.Plan,
    previous: Manifest,
    events_dir: Path,
    fallback_lang: str | None,
    manifest_dir: Path,
    refresh: Refresh,
) -> ExtractSummary:
    """Merge the days the changed articles touch again, and write their events."""
    for sig in run.signatures:
        block.counts.add(sig)
    run.manifest.counts = block.counts
    run.manifest.articles.update(changes.unchanged)
    run.summary.unchanged_articles = len(changes.unchanged)
    run.summary.candidates = previous.candidates - block.removed + len(run.candidates)
    merged = merge_candidates(
        [*block.candidates, *run.candidates], language=fallback_lang,
        signatures=[*(signature(c) for c in block.candidates), *run.signatures],
        weights=block.counts.weights(),
    )
    forget_manifest(manifest_dir, events_dir)
    result = sync_events(merged, events_dir, partial=True, refresh=refresh)
    skipped = set(previous.skipped) | set(result.skipped)
    run.manifest.skipped = sorted(skipped)
    run.manifest.unchanged = sorted(
        (set(previous.unchanged) | set(result.new) | set(result.updated)
         | set(result.unchanged)) - skipped - set(result.removed)
    )
    return run.finish(result, events_dir, manifest_dir)


def _refreshed_in_part(
    run: _Run, changes: incremental.Plan, stamps: dict[Path, FileStamp | None],
    complete: bool,
) -> Refresh:
    """The articles an incremental run has in full: those read again (under their id
    now and the one they had), and, when ``complete``, those whose file is gone; not
    an id two files claim."""
    read = {str(article.path) for article in run.summary.articles}
    present = {str(path) for path in stamps}
    ids = {article.id for article in run.summary.articles}
    ids.update(
        entry.article_id for name, entry in changes.old.items()
        if name in read or (complete and name not in present)
    )
    return Refresh(frozenset(ids - run.shared_ids))


def _as_before(done: Manifest, summary: ExtractSummary) -> ExtractSummary:
    """The summary of a run on exactly what the last run saw: nothing to do."""
    summary.unchanged_articles = len(done.articles)
    summary.nothing_to_do = True
    summary.cached = len(done.articles)
    summary.candidates = done.candidates
    summary.warnings = {
        Path(path): entry.warnings for path, entry in done.articles.items() if entry.warnings
    }
    summary.unchanged, summary.skipped = list(done.unchanged), list(done.skipped)
    return summary


def _actors(actors_file: Path | None) -> tuple[Actor, ...]:
    """The actors list, read once here so that a mistake in it stops the run before any work."""
    if actors_file is None:
        return ()
    from timeline.tags import load_actors

    try:
        return tuple(load_actors(actors_file))
    except ProblemError as error:
        raise ExtractError("; ".join(str(p) for p in error.problems)) from None


def _check_pipeline(name: str) -> None:
    """Fail before any work when the pipeline named in the settings is not there."""
    import spacy.util

    if Path(name).is_dir() or spacy.util.is_package(name):
        return
    raise ExtractError(
        f"spaCy pipeline {name!r} is not installed "
        f"(install it with `python -m spacy download {name}`, or remove the pipeline option)"
    )
