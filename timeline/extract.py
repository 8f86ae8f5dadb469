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
    candidates: list[Candidate] = []
    signatures: list[Signature] = []
    seen_ids: dict[str, Path] = {}
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
            candidates.extend(extraction.candidates)
            signatures.extend(outcome.signatures)
    except (StageError, SchedulerError) as error:
        raise ExtractError(str(error)) from None
    summary.candidates = len(candidates)
    # Titles of events reported in several languages come from the project's language.
    merged = merge_candidates(candidates, language=fallback_lang, signatures=signatures)
    result = sync_events(merged, events_dir)
    summary.new, summary.updated = result.new, result.updated
    summary.unchanged, summary.skipped = result.unchanged, result.skipped
    summary.event_problems = result.problems
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
