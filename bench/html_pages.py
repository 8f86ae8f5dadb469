"""Speed of reading saved HTML pages near the article size limit.

Usage::

    python bench/html_pages.py

Prints the time ``read_article`` takes on synthetic pages just under
``MAX_ARTICLE_BYTES`` (5 MB): one long article of distinct paragraphs, and
one short article behind a huge teaser list, each in UTF-8 and in
windows-1252. Decoding, metadata and trafilatura's extraction are included.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from timeline.articles import MAX_ARTICLE_BYTES, read_article

HEAD = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="{charset}"><title>Seite</title>'
    '<meta property="article:published_time" content="2024-01-09T10:00:00+01:00"></head><body>'
)
PARAGRAPH = (
    "<p>Der Stadtrat hat zum {n}. Mal über die Brücke Nummer {m} beraten und die Sanierung "
    "vertagt, weil die Kosten um {n} Prozent gestiegen sind.</p>\n"
)
TEASER = '<li><a href="/artikel/{n}">Weitere Meldung Nummer {n} aus der Region</a></li>\n'


def build(item: str, article_paragraphs: int, charset: str) -> bytes:
    budget = MAX_ARTICLE_BYTES - 10_000
    head = HEAD.format(charset=charset)
    parts: list[str] = []
    size = len(head)
    n = 0
    while size < budget:
        part = item.format(n=n, m=n * 7)
        parts.append(part)
        size += len(part.encode(charset))
        n += 1
    if item is TEASER:
        body = "<nav><ul>" + "".join(parts) + "</ul></nav><article>"
        body += "".join(PARAGRAPH.format(n=i, m=i) for i in range(article_paragraphs))
    else:
        body = "<article>" + "".join(parts)
    return (head + body + "</article></body></html>").encode(charset)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name, item in (("long article", PARAGRAPH), ("teaser list", TEASER)):
            for charset in ("utf-8", "windows-1252"):
                path = Path(folder) / "seite.html"
                path.write_bytes(build(item, 5, charset))
                started = time.perf_counter()
                article = read_article(path)
                seconds = time.perf_counter() - started
                print(
                    f"{name:12} {charset:12} {path.stat().st_size / 1e6:.1f} MB: "
                    f"{seconds:.2f} s, {len(article.text):,} characters of text"
                )


if __name__ == "__main__":
    main()
