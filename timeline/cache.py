"""A cache of candidate events per article, so unchanged articles are not re-tagged.

Tagging is the slow step of extraction. Its result depends only on the
article's cleaned text, language and publication date (and how it was
obtained), the actors list and the code of the extractor; the cache key is
a hash of all of them, so any change to an article, to the tagger rules or
to the actors file misses the cache. Entries are small JSON files written
atomically; a damaged or unreadable entry is simply a miss.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline import __version__
from timeline.events import Candidate, Extraction
from timeline.store import write_atomic

CACHE_FORMAT = 3
# The modules whose code decides what an article's candidates are.
_EXTRACTOR_SOURCES = (
    "articles.py", "cleaning.py", "furniture.py", "live_stamps.py", "events.py",
    "event_filters.py", "ranges.py", "story_time.py", "sentences.py", "titles.py", "title_*.py",
    "tags.py", "lexicon.py", "textfeatures.py", "dates", "data",
)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the extractor's code, so editing a rule invalidates old entries."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}/{CACHE_FORMAT}".encode())
    for name in _EXTRACTOR_SOURCES:
        target = package / name
        files = sorted(target.rglob("*")) if target.is_dir() else sorted(package.glob(name))
        for path in files:
            if path.is_file() and path.suffix in (".py", ".yml", ".yaml"):
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(
    content_hash: str,
    article_id: str,
    language: str,
    published: date | None,
    published_source: str,
    actors_hash: str,
) -> str:
    parts = (
        code_fingerprint(),
        content_hash,
        article_id,
        language,
        published.isoformat() if published else "-",
        published_source,
        actors_hash,
    )
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def file_hash(path: Path | None) -> str:
    """Hash of a file's bytes; ``-`` when there is no such file."""
    if path is None or not path.is_file():
        return "-"
    return hashlib.sha256(path.read_bytes()).hexdigest()


class CandidateCache:
    """Candidate events by cache key, stored under ``folder`` (None: no caching)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, key: str) -> Extraction | None:
        if self.folder is None:
            return None
        try:
            data: Any = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            return Extraction(
                candidates=[Candidate.from_json(item) for item in data["candidates"]],
                warnings=[str(warning) for warning in data["warnings"]],
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, extraction: Extraction) -> None:
        if self.folder is None:
            return
        data = {
            "candidates": [candidate.to_json() for candidate in extraction.candidates],
            "warnings": extraction.warnings,
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(
                self.folder / f"{key}.json",
                json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"),
            )
        except OSError:
            pass  # a cache that cannot be written only costs time
