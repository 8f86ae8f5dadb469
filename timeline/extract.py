"""Articles -> candidate events -> merged events -> YAML store, in one call.

The orchestration behind ``timeline extract``: read every article (a bad one
is reported and the others go on) and take its candidates from the cache or the
tagger, on every core (:mod:`timeline.parallel`), then merge them across
articles and write them into the store with
:func:`timeline.reconcile.sync_events`. Nothing here prints; the caller gets an
:class:`ExtractSummary`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.article_stage import ArticleJob, StageError
from timeline.articles import Article, find_article_files
from timeline.cache import file_hash
from timeline.events import Candidate, Tagger
from timeline.happening import Signature
from timeline.manifest import (
    ArticleEntry,
    FileStamp,
    Manifest,
    folder_listing,
    forget_manifest,
    load_manifest,
    run_fingerprint,
    save_manifest,
    unchanged_run,
)
from timeline.merge import merge_candidates
from timeline.parallel import Progress, SchedulerError, run_stage
from timeline.problems import Problem, ProblemError
from timeline.reconcile import sync_events

if TYPE_CHECKING:
    from timeline.tags import Actor


@dataclass
class ExtractSummary:
    """What one extraction run did."""

    articles: list[Article] = field(default_factory=list)
    article_problems: list[Problem] = field(default_factory=list)
    warnings: dict[Path, list[str]] = field(default_factory=dict)
    event_problems: list[Problem] = field(default_factory=list)
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    candidates: int = 0
    cached: int = 0
    # Articles not read at all: nothing changed since the last run, which is still valid.
    unchanged_articles: int = 0

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
    in this process.
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
    done = unchanged_run(load_manifest(manifest_dir, events_dir), fingerprint, stamps, events_dir)
    if done is not None:
        return _as_before(done, summary)
    candidates: list[Candidate] = []
    signatures: list[Signature] = []
    seen_ids: dict[str, Path] = {}
    manifest = Manifest(fingerprint)
    try:
        outcomes = run_stage(
            files, job, jobs=jobs, scheduler=scheduler, tagger=tagger, progress=progress
        )
        for outcome in outcomes:
            path, article, extraction = outcome.path, outcome.article, outcome.extraction
            if outcome.problem is not None or article is None or extraction is None:
                if outcome.problem is not None:
                    summary.article_problems.append(outcome.problem)
                continue
            if article.id in seen_ids:
                also = seen_ids[article.id]
                summary.article_problems.append(
                    Problem(path, f"duplicate article id {article.id!r} (also {also})")
                )
                continue
            seen_ids[article.id] = path
            summary.articles.append(article)
            summary.cached += outcome.cached
            warnings = [*article.warnings, *extraction.warnings]
            if warnings:
                summary.warnings[path] = warnings
            stamp = stamps[path]
            if stamp is not None:
                manifest.articles[str(path)] = ArticleEntry(stamp, article.id, warnings)
            candidates.extend(extraction.candidates)
            signatures.extend(outcome.signatures)
    except (StageError, SchedulerError) as error:
        raise ExtractError(str(error)) from None
    summary.candidates = len(candidates)
    # Titles of events reported in several languages come from the project's language.
    merged = merge_candidates(candidates, language=fallback_lang, signatures=signatures)
    forget_manifest(manifest_dir, events_dir)  # a run stopped half way is not done
    result = sync_events(merged, events_dir)
    summary.new, summary.updated = result.new, result.updated
    summary.unchanged, summary.skipped = result.unchanged, result.skipped
    summary.event_problems = result.problems
    if not summary.article_problems and not summary.event_problems:
        # Problems are reported again by the next run, which therefore is a full one.
        manifest.candidates = summary.candidates
        manifest.unchanged = sorted([*result.new, *result.updated, *result.unchanged])
        manifest.skipped = result.skipped
        manifest.events_folder = folder_listing(events_dir)
        save_manifest(manifest_dir, events_dir, manifest)
    return summary


def _as_before(done: Manifest, summary: ExtractSummary) -> ExtractSummary:
    """The summary of a run on exactly what the last run saw: nothing to do."""
    summary.unchanged_articles = len(done.articles)
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
