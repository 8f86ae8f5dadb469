"""Event titles extracted from real German news (KRAUTS, Dolomiten-42), for hand judgment.

Usage::

    python bench/krauts_titles.py [--sample-titles 50] [--seed 1] [--top 0]

Each ``.tml`` file of ``../shared/corpora/krauts-dolomiten-42/`` is written as
a Markdown article (its text and DCT through ``bench/tml.py``, language de)
into a temporary folder, never into the repository; ``extract`` runs over the
folder. Printed: articles, events, events per article, extraction seconds,
titles that are page furniture, clock times read as years, years before
1990, and a reproducible random sample of titles with their dates and first
quotes.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.newsstats import HEADER, details, extract_folder, row
from bench.tml import DEFAULT_CORPORA, TmlDocument, read_tml

DEFAULT_FOLDER = DEFAULT_CORPORA / "krauts-dolomiten-42"


def article_id(document: TmlDocument) -> str:
    """``34487_text.txt.tml`` -> ``krauts-34487``."""
    stem = document.path.name.split("_", 1)[0].split(".", 1)[0].lower()
    return "krauts-" + re.sub(r"[^a-z0-9._-]+", "-", stem).strip("-._")


def article_markdown(document: TmlDocument) -> str:
    meta = {"id": article_id(document), "published": document.dct, "language": "de"}
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"---\n{front}---\n{document.text.strip()}\n"


def write_articles(folder: Path, target: Path) -> int:
    target.mkdir(parents=True, exist_ok=True)
    paths = sorted(folder.glob("*.tml"))
    for path in paths:
        document = read_tml(path)
        (target / f"{article_id(document)}.md").write_text(
            article_markdown(document), encoding="utf-8"
        )
    return len(paths)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_FOLDER,
                        help="folder of .tml files (default ../shared/corpora/krauts-dolomiten-42)")
    parser.add_argument("--sample-titles", type=int, default=50, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top", type=int, default=0, help="events with most sources to list")
    args = parser.parse_args(argv)
    if not any(args.corpus.glob("*.tml")):
        print(f"error: no .tml files in {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        articles = Path(folder) / "articles"
        write_articles(args.corpus, articles)
        stats = extract_folder("krauts-dolomiten-42", articles, Path(folder) / "events")
    print("\n".join(details(stats, top=args.top, sample_count=args.sample_titles,
                            seed=args.seed)))
    print()
    print(HEADER)
    print(row(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
