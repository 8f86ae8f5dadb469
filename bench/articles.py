"""Speed of article reading steps and of the tag finder.

Usage::

    python bench/articles.py

Prints: the time to build a ``TagFinder`` (German, with the project's
``actors.yml``), tagged sentences per second over the seed articles'
sentences, and the time ``clean_text`` and ``detect_language`` take on a
text of about 5 MB (the article size limit) made of the seeds repeated.
Date tagging, which ``read_article`` runs for texts without a publication
date, is measured by ``bench/speed.py``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from timeline.articles import MAX_ARTICLE_BYTES
from timeline.cleaning import clean_text
from timeline.language import detect_language
from timeline.tags import TagFinder

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / ".." / "shared" / "seeds"


def main() -> None:
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    sentences = [
        sentence
        for seed in seeds
        for sentence in re.split(r"(?<=[.!?“])\s+", clean_text(seed).text)
        if sentence.strip()
    ]

    started = time.perf_counter()
    finder = TagFinder("de", REPO / "actors.yml")
    print(f"TagFinder build (de, actors.yml): {time.perf_counter() - started:.3f} s")

    rounds = 200
    started = time.perf_counter()
    for _ in range(rounds):
        for sentence in sentences:
            finder.find(sentence)
    elapsed = time.perf_counter() - started
    print(f"TagFinder.find: {rounds * len(sentences) / elapsed:,.0f} sentences/s")

    big = "\n\n".join(seeds)
    big = (big + "\n\n") * (MAX_ARTICLE_BYTES // len(big.encode()))
    size = len(big.encode())
    started = time.perf_counter()
    cleaned = clean_text(big)
    print(f"clean_text on {size / 1e6:.1f} MB: {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    language = detect_language(cleaned.text)
    print(f"detect_language on {size / 1e6:.1f} MB: {time.perf_counter() - started:.2f} s"
          f" ({language})")


if __name__ == "__main__":
    main()
