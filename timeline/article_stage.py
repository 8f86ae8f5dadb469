"""The per-article stage of extraction: read, clean, tag, find candidates and tags.

The stage also computes what the merge compares of each candidate
(:class:`~timeline.happening.Signature`), so that work is spread over the
workers too. Everything :func:`process_article` needs travels in an :class:`ArticleJob`, a
small picklable value, so the stage runs the same in this process, in a
process pool (``extract --jobs``) or on a Dask worker (``extract --scheduler``).
The tag finders are loaded once per process and language (:func:`_finder`);
the tagger's per-language pipelines are cached by :func:`timeline.dates.get_tagger`.

An article is read from ``data`` when the job carries its bytes (a worker on
another machine has no access to the client's files), else from its path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.articles import Article, ArticleError, read_article
from timeline.cache import CandidateCache, cache_key
from timeline.events import Extraction, TagFinderLike, Tagger, extract_candidates
from timeline.happening import Signature, signature
from timeline.problems import Problem, ProblemError

if TYPE_CHECKING:
    from timeline.tags import Actor


class StageError(ValueError):
    """The stage cannot run at all (no usable tag lists, a broken actors file ...)."""


@dataclass(frozen=True)
class ArticleJob:
    """The settings of the per-article stage, the same for every article of a run."""

    published: date | None = None
    lang: str | None = None
    fallback_lang: str | None = None
    # None: no cache (and always None for workers on other machines).
    cache_dir: Path | None = None
    # The actors list, loaded once by the client (workers may not see its file).
    actors: tuple[Actor, ...] = ()
    pipeline: str | None = None
    # A hash of the actors file and pipeline: part of every cache key, and the key
    # of the tag finders this process built.
    actors_hash: str = "-"


@dataclass
class ArticleOutcome:
    """What the stage made of one article file: an article and its extraction, or a problem."""

    path: Path
    article: Article | None = None
    extraction: Extraction | None = None
    # What the merge compares of each candidate, in the order of the candidates.
    signatures: list[Signature] = field(default_factory=list)
    problem: Problem | None = None
    cached: bool = False
    # The cache key of the extraction: a later run finds it without reading the article.
    key: str = ""


def process_article(
    path: Path, job: ArticleJob, data: bytes | None = None, tagger: Tagger | None = None
) -> ArticleOutcome:
    """Read one article and find its candidate events (from the cache when it has them).

    Raises :class:`StageError` only for what stops the whole run (the tag lists
    or actors file cannot be used); a bad article is an outcome with a problem.
    """
    try:
        article = _read(path, job, data)
    except ArticleError as error:
        return ArticleOutcome(path, problem=error.problem())
    cache = CandidateCache(job.cache_dir)
    key = cache_key(
        article.content_hash, article.id, article.language, article.published,
        article.published_source, job.actors_hash,
    )
    extraction = cache.get(key)
    if extraction is not None:
        return ArticleOutcome(
            path, article, extraction, _signatures(extraction), cached=True, key=key
        )
    if tagger is None:
        from timeline.dates import tag

        tagger = tag
    extraction = extract_candidates(
        article.id, article.text, article.language, article.published,
        article.published_source, tagger=tagger,
        tag_finder=_finder(article.language, job),
    )
    cache.put(key, extraction)
    return ArticleOutcome(path, article, extraction, _signatures(extraction), key=key)


def _signatures(extraction: Extraction) -> list[Signature]:
    # Computed here, on the workers, rather than by the merge in the main process.
    return [signature(candidate) for candidate in extraction.candidates]


def _read(path: Path, job: ArticleJob, data: bytes | None) -> Article:
    return read_article(
        path, published=job.published, lang=job.lang, project_language=job.fallback_lang,
        data=data,
    )


# Tag finders of this process by (language, actors and pipeline): built once per worker.
_FINDERS: dict[tuple[str, str], TagFinderLike | None] = {}


def _finder(language: str, job: ArticleJob) -> TagFinderLike | None:
    key = (language, job.actors_hash)
    if key not in _FINDERS:
        from timeline.tags import TAG_LANGUAGES, TagError, TagFinder

        if language not in TAG_LANGUAGES:
            _FINDERS[key] = None  # no tag lists for this language: events without tags
            return None
        try:
            _FINDERS[key] = TagFinder(language, job.actors, pipeline=job.pipeline)
        except TagError as error:
            raise StageError(" ".join(str(error).split())) from None
        except ProblemError as error:
            raise StageError("; ".join(str(p) for p in error.problems)) from None
    return _FINDERS[key]
