"""Pinning a publication date: ``extract --published DATE`` writes it into the article.

A date given on the command line for an article that states none would be
forgotten on the next run, which would then date the article otherwise and
leave its events stale. So the date goes where every command reads it: a
``published:`` line in the front matter of each Markdown or text file that
has no date of its own (front matter is added to a file without any). The
rest of the file stays byte for byte; the write is atomic. A saved page
(HTML) has no front matter: the option applies to it for that run only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.articles import (
    HTML_SUFFIXES,
    ArticleError,
    find_article_files,
    stated_published,
)
from timeline.problems import Problem
from timeline.store import write_atomic

_BOM = b"\xef\xbb\xbf"


@dataclass
class Pinning:
    """What pinning a date did to the article files."""

    pinned: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def pin_published(paths: Sequence[Path], published: date) -> Pinning:
    """Write ``published`` into the front matter of the articles under ``paths`` that
    state no publication date. A file that cannot be read is left to extract, which
    reports it."""
    result = Pinning()
    files, _ = find_article_files(paths)
    for path in files:
        if path.suffix.lower() in HTML_SUFFIXES:
            continue  # no front matter: the option holds for this run only
        try:
            stated, has_front_matter = stated_published(path)
        except ArticleError:
            continue
        if stated is not None:
            continue
        try:
            data = path.read_bytes()
        except OSError as error:
            result.problems.append(Problem(path, f"cannot read the file: {error}"))
            continue
        pinned = _with_date(data, published, has_front_matter)
        if pinned is None:
            result.problems.append(Problem(
                path, "the front matter has an empty `published:` line: write the date there",
            ))
            continue
        try:
            write_atomic(path, pinned)
        except OSError as error:
            result.problems.append(Problem(path, f"cannot write the date: {error}"))
            continue
        result.pinned.append(path)
    return result


def _with_date(data: bytes, published: date, has_front_matter: bool) -> bytes | None:
    """The file's bytes with a ``published:`` line; None when the front matter has an
    empty one already."""
    bom = _BOM if data.startswith(_BOM) else b""
    text = data[len(bom):].decode("utf-8")
    line = f"published: {published.isoformat()}"
    if not has_front_matter:
        newline = "\r\n" if text.split("\n", 1)[0].endswith("\r") else "\n"
        return bom + f"---{newline}{line}{newline}---{newline}{text}".encode()
    lines = text.split("\n")
    end = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "..."))
    if any(entry.startswith("published:") for entry in lines[1:end]):
        return None
    ending = "\r" if lines[end].endswith("\r") else ""
    lines.insert(end, line + ending)
    return bom + "\n".join(lines).encode()
