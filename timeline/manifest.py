"""What the last extraction run saw, so a re-run on an unchanged archive does no work.

The manifest lives in the cache folder (``run-<hash>.json``, one per events
folder) and records:

* the run's settings and the extractor's code (:func:`run_fingerprint`);
* each article file as it was read (size, modification and change times)
  with the cache key of its candidates, its article id and its warnings;
* the events folder as the run left it (every file's name, size and
  modification time), and which events the run proposed or skipped.

:func:`timeline.incremental.plan` compares it with the files of the next
run: the same settings, files and untouched events folder mean the run is
already done (what that run reported stands, without reading an article or
an event file); a few changed articles make an incremental run; anything
else a full run. A manifest that cannot be read or written only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from timeline.cache import code_fingerprint
from timeline.happening import FeatureCounts
from timeline.journal import JOURNAL_FILE
from timeline.lock import LOCK_FILE
from timeline.store import write_atomic

MANIFEST_FORMAT = 2


@dataclass(frozen=True)
class FileStamp:
    """How an article file looked when it was read: same stamp, same bytes (as far as
    the file system tells without reading them)."""

    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            status = path.stat()
        except OSError:
            return None
        return cls(status.st_size, status.st_mtime_ns, status.st_ctime_ns)


@dataclass
class ArticleEntry:
    """One article file of the last run."""

    stamp: FileStamp
    article_id: str
    warnings: list[str] = field(default_factory=list)
    # The cache key of its candidates, and their date values.
    key: str = ""
    dates: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    """The last run's settings, articles, events folder and outcome."""

    fingerprint: str
    articles: dict[str, ArticleEntry] = field(default_factory=dict)
    candidates: int = 0
    events_folder: str = ""
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # What the collection's feature weights are computed from.
    counts: FeatureCounts = field(default_factory=FeatureCounts)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": MANIFEST_FORMAT,
            "fingerprint": self.fingerprint,
            "articles": {
                path: [
                    entry.stamp.size, entry.stamp.mtime_ns, entry.stamp.ctime_ns,
                    entry.article_id, entry.warnings, entry.key, entry.dates,
                ]
                for path, entry in self.articles.items()
            },
            "candidates": self.candidates,
            "events_folder": self.events_folder,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "counts": self.counts.to_json(),
        }

    @classmethod
    def from_json(cls, data: Any) -> Manifest:
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            raise ValueError("not a manifest of this format")
        articles = {
            str(path): ArticleEntry(
                FileStamp(int(size), int(mtime), int(ctime)), str(article_id),
                [str(warning) for warning in warnings], str(key), [str(value) for value in dates],
            )
            for path, (size, mtime, ctime, article_id, warnings, key, dates)
            in data["articles"].items()
        }
        return cls(
            fingerprint=str(data["fingerprint"]),
            articles=articles,
            candidates=int(data["candidates"]),
            events_folder=str(data["events_folder"]),
            unchanged=[str(item) for item in data["unchanged"]],
            skipped=[str(item) for item in data["skipped"]],
            counts=FeatureCounts.from_json(data["counts"]),
        )


def run_fingerprint(
    events_dir: Path,
    published: date | None,
    lang: str | None,
    fallback_lang: str | None,
    actors_hash: str,
) -> str:
    """The settings a run's result depends on, and the extractor's code."""
    parts = (
        code_fingerprint(), str(events_dir.resolve()),
        published.isoformat() if published else "-", lang or "-", fallback_lang or "-",
        actors_hash,
    )
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def folder_listing(events_dir: Path) -> str:
    """A hash of every file in the events folder with its size and modification time.

    The lock file is left out: each run writes its process id into it; and so is the
    journal, there only while a run writes (:mod:`timeline.journal`).
    """
    digest = hashlib.sha256()
    try:
        entries = sorted(os.scandir(events_dir), key=lambda entry: entry.name)
    except OSError:
        return "-"
    for entry in entries:
        if entry.name in (LOCK_FILE, JOURNAL_FILE):
            continue
        try:
            status = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        digest.update(f"{entry.name}\x00{status.st_size}\x00{status.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def manifest_path(cache_dir: Path, events_dir: Path) -> Path:
    name = hashlib.sha256(str(events_dir.resolve()).encode()).hexdigest()[:16]
    return cache_dir / f"run-{name}.json"


def load_manifest(cache_dir: Path | None, events_dir: Path) -> Manifest | None:
    if cache_dir is None:
        return None
    try:
        text = manifest_path(cache_dir, events_dir).read_text(encoding="utf-8")
        return Manifest.from_json(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_manifest(cache_dir: Path | None, events_dir: Path, manifest: Manifest) -> None:
    if cache_dir is None:
        return
    data = json.dumps(manifest.to_json(), ensure_ascii=False, separators=(",", ":"))
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(manifest_path(cache_dir, events_dir), data.encode("utf-8"))
    except OSError:
        pass  # the next run is a full one


def forget_manifest(cache_dir: Path | None, events_dir: Path) -> None:
    """Drop the manifest before a run changes the events folder: a run that stops half
    way must not look done."""
    if cache_dir is None:
        return
    with contextlib.suppress(OSError):
        manifest_path(cache_dir, events_dir).unlink(missing_ok=True)

