"""Articles -> candidate events -> merged events -> YAML store, in one call.

The orchestration behind ``timeline extract``: read every article (a bad one
is reported and the others go on), take its candidates from the cache or the
tagger, merge them across articles and write them into the store with
:func:`timeline.reconcile.sync_events`. Nothing here prints; the caller gets
an :class:`ExtractSummary`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from timeline.articles import Article, ArticleError, find_article_files, read_article
from timeline.cache import CandidateCache, cache_key, file_hash
from timeline.events import Candidate, TagFinderLike, Tagger, extract_candidates
from timeline.merge import merge_candidates
from timeline.problems import Problem, ProblemError
from timeline.reconcile import sync_events

Progress = Callable[[Sequence[Path]], Iterable[Path]]


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
) -> ExtractSummary:
    """Extract events from the articles under ``paths`` into ``events_dir``.

    ``published`` and ``lang`` apply to articles that do not state their own;
    ``fallback_lang`` (the project language) to those whose language cannot
    be detected either.
    ``cache_dir`` keeps candidates per article between runs (None: no cache).
    ``pipeline`` names a trained spaCy pipeline (package or folder) whose
    people, organisations and places are added to the tags; ExtractError if
    it is not installed.
    """
    summary = ExtractSummary()
    files, summary.article_problems = find_article_files(paths)
    if tagger is None:
        from timeline.dates import tag

        tagger = tag
    cache = CandidateCache(cache_dir)
    if pipeline is not None:
        _check_pipeline(pipeline)
    # A pipeline changes the tags, so cached candidates of another pipeline do not count.
    actors_hash = f"{file_hash(actors_file)}/{pipeline or ''}"
    finders: dict[str, TagFinderLike | None] = {}
    candidates: list[Candidate] = []
    seen_ids: dict[str, Path] = {}
    for path in progress(files) if progress else files:
        try:
            article = _read(path, published, lang, fallback_lang)
        except ArticleError as error:
            summary.article_problems.append(error.problem())
            continue
        if article.id in seen_ids:
            summary.article_problems.append(
                Problem(path, f"duplicate article id {article.id!r} (also {seen_ids[article.id]})")
            )
            continue
        seen_ids[article.id] = path
        summary.articles.append(article)
        key = cache_key(
            article.content_hash, article.id, article.language, article.published,
            article.published_source, actors_hash,
        )
        extraction = cache.get(key)
        if extraction is None:
            finder = _finder(finders, article.language, actors_file, pipeline)
            extraction = extract_candidates(
                article.id, article.text, article.language, article.published,
                article.published_source, tagger=tagger, tag_finder=finder,
            )
            cache.put(key, extraction)
        else:
            summary.cached += 1
        warnings = [*article.warnings, *extraction.warnings]
        if warnings:
            summary.warnings[path] = warnings
        candidates.extend(extraction.candidates)
    summary.candidates = len(candidates)
    # Titles of events reported in several languages come from the project's language.
    result = sync_events(merge_candidates(candidates, language=fallback_lang), events_dir)
    summary.new, summary.updated = result.new, result.updated
    summary.unchanged, summary.skipped = result.unchanged, result.skipped
    summary.event_problems = result.problems
    return summary


def _read(
    path: Path, published: date | None, lang: str | None, fallback_lang: str | None
) -> Article:
    try:
        return read_article(path, published=published, lang=lang)
    except ArticleError:
        if lang is not None or fallback_lang is None:
            raise
    article = read_article(path, published=published, lang=fallback_lang)
    warning = f"language not detected, using the project language {fallback_lang!r}"
    return replace(article, warnings=(*article.warnings, warning))


def _check_pipeline(name: str) -> None:
    """Fail before any work when the pipeline named in the settings is not there."""
    import spacy.util

    if Path(name).is_dir() or spacy.util.is_package(name):
        return
    raise ExtractError(
        f"spaCy pipeline {name!r} is not installed "
        f"(install it with `python -m spacy download {name}`, or remove the pipeline option)"
    )


def _finder(
    finders: dict[str, TagFinderLike | None],
    language: str,
    actors_file: Path | None,
    pipeline: str | None = None,
) -> TagFinderLike | None:
    if language not in finders:
        from timeline.tags import TAG_LANGUAGES, TagError, TagFinder

        if language not in TAG_LANGUAGES:
            finders[language] = None  # no tag lists for this language: events without tags
            return None
        try:
            finders[language] = TagFinder(language, actors_file, pipeline=pipeline)
        except TagError as error:
            raise ExtractError(" ".join(str(error).split())) from None
        except ProblemError as error:
            raise ExtractError("; ".join(str(p) for p in error.problems)) from None
    return finders[language]

