"""Speed of ``timeline extract`` (articles -> events -> YAML store) and how well it recovers
the events of a synthetic corpus.

Usage::

    python bench/extract.py [--events 300] [--seed 7]

Writes the articles of ``bench/synthetic.py`` to a temporary folder and runs the
extraction three times on them: cold (empty store and cache), warm (nothing
changed: every article from the cache, no file rewritten) and after one article
was edited. Prints the wall time of each run, the peak resident size, and
recall / precision of the cold run against the corpus' own events (same date
value and the event cites the article).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import generate
from timeline.extract import ExtractSummary, extract
from timeline.store import load_events


def timed(articles: Path, events: Path, cache: Path) -> tuple[float, ExtractSummary]:
    start = time.perf_counter()
    summary = extract([articles], events, cache_dir=cache)
    return time.perf_counter() - start, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=300, help="synthetic events (default 300)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    corpus = generate(args.events, args.seed)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        articles, events, cache = root / "articles", root / "events", root / "cache"
        articles.mkdir()
        for article in corpus.articles:
            (articles / f"{article.meta.id}.md").write_text(article.markdown(), encoding="utf-8")

        cold, first = timed(articles, events, cache)
        mtimes = {p.name: p.stat().st_mtime_ns for p in events.iterdir()}
        warm, second = timed(articles, events, cache)
        untouched = mtimes == {p.name: p.stat().st_mtime_ns for p in events.iterdir()}
        edited = sorted(articles.glob("*.md"))[0]
        edited.write_text(edited.read_text(encoding="utf-8") + "\nNoch ein Satz.\n",
                          encoding="utf-8")
        one, third = timed(articles, events, cache)

        found = {(item.event.date, source.article)
                 for item in load_events(events).events for source in item.event.sources}
        expected = {(event.date, source.article)
                    for event in corpus.events for source in event.sources}
        hits = len(found & expected)
        print(f"corpus: {len(corpus.articles)} articles, {len(corpus.events)} events")
        print(f"cold run:  {cold:6.2f} s  ({len(first.new)} events written)")
        print(f"warm run:  {warm:6.2f} s  ({second.cached} articles from cache, "
              f"files untouched: {untouched})")
        print(f"1 edited:  {one:6.2f} s  ({third.cached} from cache)")
        print(f"(date, article) pairs: recall {hits / max(len(expected), 1):.3f}, "
              f"precision {hits / max(len(found), 1):.3f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak RSS: {peak / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
