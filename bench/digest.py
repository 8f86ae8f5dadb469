"""Key days against journalists' timelines (Timeline17, development part).

The protocol of the corpus README (Martschat & Markert 2018; Ghalandari & Ifrim
2020): for each gold timeline of each topic,

1. the topic's articles are written (Penn-Treebank tokenisation undone) with
   ``published`` = ``dct`` and extracted, into a temporary folder;
2. ``timeline digest --dates k --from <first gold day> --to <last gold day>``
   runs, with k the number of gold days;
3. the chosen days are scored with date precision, recall and F1, and the
   summaries with ROUGE-1 and ROUGE-2 F1 against the gold texts: all summaries
   against all gold texts ("concat"), and day by day over the days both have
   ("per day", averaged over the gold days, a missed day scoring 0).

The time of each digest run is measured too (reading events and articles
included); the slowest is reported. Next to it, two baselines over the same
events: the source-count baseline (the k days most articles cite, summarised
the same way) and random days of the range (date F1 averaged over
:data:`RANDOM_RUNS` draws). ROUGE is written
plainly here (lowercased word n-grams, no stemming, no stopword removal), so
the figures compare methods with each other, not with published ROUGE scores.

Usage: python bench/digest.py [--topics T ...] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from click.testing import CliRunner

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.t17 import DEFAULT_CORPUS, chosen_topics, write_topic
from timeline.articles import load_article_meta
from timeline.cli import main
from timeline.digest import summarise
from timeline.extract import extract
from timeline.importance import Collection, cited_articles
from timeline.models import ArticleMeta, Event
from timeline.store import load_events

RANDOM_RUNS = 20
# (topic, seconds) of every digest run, in process (the CLI's import time is not in it).
DIGEST_SECONDS: list[tuple[str, float]] = []
LONG_TOPICS = ("bpoil_guardian", "MJ_bbc", "bpoil_bbc")
_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass
class Scores:
    """Date F1 and ROUGE F1 of one method on one timeline."""

    date_f1: float
    rouge1: float
    rouge2: float
    rouge1_day: float
    rouge2_day: float


def ngrams(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge(candidate: str, reference: str, n: int) -> float:
    """ROUGE-n F1 of two texts (0 when either has no n-gram)."""
    got, want = ngrams(candidate, n), ngrams(reference, n)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def f1(chosen: Iterable[date], gold: Iterable[date]) -> float:
    chosen_set, gold_set = set(chosen), set(gold)
    hits = len(chosen_set & gold_set)
    if not hits:
        return 0.0
    precision, recall = hits / len(chosen_set), hits / len(gold_set)
    return 2 * precision * recall / (precision + recall)


def score(summaries: dict[date, str], gold: dict[date, str]) -> Scores:
    concat_candidate = " ".join(summaries[day] for day in sorted(summaries))
    concat_reference = " ".join(gold[day] for day in sorted(gold))
    per_day = [
        (rouge(summaries[day], text, 1), rouge(summaries[day], text, 2)) if day in summaries
        else (0.0, 0.0)
        for day, text in gold.items()
    ]
    return Scores(
        f1(summaries, gold),
        rouge(concat_candidate, concat_reference, 1),
        rouge(concat_candidate, concat_reference, 2),
        sum(pair[0] for pair in per_day) / len(per_day),
        sum(pair[1] for pair in per_day) / len(per_day),
    )


def digest_days(project: Path, k: int, start: date, end: date) -> dict[date, str]:
    """``timeline digest`` run in the project folder, as a user would run it; its time
    goes to :data:`DIGEST_SECONDS`."""
    runner = CliRunner()
    started = time.perf_counter()
    previous = Path.cwd()
    os.chdir(project)  # contextlib.chdir needs Python 3.11
    try:
        # The topic folder has no mkdocs.yml: the events folder is named explicitly.
        result = runner.invoke(main, [
            "digest", "--events", str(project / "events"), "--dates", str(k),
            "--from", start.isoformat(), "--to", end.isoformat(),
        ], catch_exceptions=False)
    finally:
        os.chdir(previous)
    DIGEST_SECONDS.append((project.name, time.perf_counter() - started))
    document = json.loads(result.stdout)
    return {date.fromisoformat(day["date"]): day["summary"] for day in document["dates"]}


def source_count_days(
    events: Sequence[Event], articles: dict[str, ArticleMeta], k: int, start: date, end: date
) -> dict[date, str]:
    """The baseline: the k days most articles cite, summarised as the digest does."""
    by_day = Collection(events, {}).events_by_day(start, end)
    chosen = sorted(by_day, key=lambda day: (-len(cited_articles(by_day[day])), day))[:k]
    return {
        day: summarise(
            sorted(by_day[day], key=lambda event: -len(event.sources)), articles, "en"
        )
        for day in chosen
    }


def random_f1(events: Sequence[Event], gold: dict[date, str], seed: int) -> float:
    """Date F1 of k random days of the gold range that some event names, averaged."""
    start, end, k = min(gold), max(gold), len(gold)
    days = sorted(Collection(events, {}).events_by_day(start, end))
    draw = random.Random(seed)
    runs = [f1(draw.sample(days, min(k, len(days))), gold) for _ in range(RANDOM_RUNS)]
    return sum(runs) / len(runs)


def run_topic(topic_dir: Path, work: Path) -> list[tuple[str, Scores, Scores, float]]:
    project = work / topic_dir.name
    write_topic(topic_dir, project / "articles")
    extract([project / "articles"], project / "events")
    events = [loaded.event for loaded in load_events(project / "events").events]
    articles, _ = load_article_meta([project / "articles"])
    results = []
    for number, path in enumerate(sorted(topic_dir.glob("*.timeline.json"))):
        entries = json.loads(path.read_text(encoding="utf-8"))
        gold: dict[date, str] = {}
        for entry in entries:
            day = date.fromisoformat(entry["date"][:10])
            gold[day] = f"{gold.get(day, '')} {entry['text']}".strip()
        start, end, k = min(gold), max(gold), len(gold)
        ours = score(digest_days(project, k, start, end), gold)
        base = score(source_count_days(events, articles, k, start, end), gold)
        name = topic_dir.name if number == 0 else f"{topic_dir.name}#{number + 1}"
        results.append((name, ours, base, random_f1(events, gold, number)))
    return results


def main_bench(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--topics", nargs="+", metavar="TOPIC")
    args = parser.parse_args(argv)
    topics = chosen_topics(args.corpus, args.topics)
    if topics is None:
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for topic in topics:
            rows += run_topic(args.corpus / topic, Path(folder))
    header = (f"{'timeline':<24} {'F1':>5} {'base':>5} {'rand':>5} | {'R1':>5} {'base':>5} "
              f"{'R2':>5} {'base':>5} | {'R1day':>5} {'base':>5} {'R2day':>5} {'base':>5}")
    print(header)

    def line(name: str, items: Sequence[tuple[str, Scores, Scores, float]]) -> str:
        def mean(values: Iterable[float]) -> float:
            values = list(values)
            return sum(values) / len(values)
        ours = [item[1] for item in items]
        base = [item[2] for item in items]
        return (
            f"{name:<24} {mean(s.date_f1 for s in ours):5.3f} {mean(s.date_f1 for s in base):5.3f}"
            f" {mean(item[3] for item in items):5.3f} |"
            f" {mean(s.rouge1 for s in ours):5.3f} {mean(s.rouge1 for s in base):5.3f}"
            f" {mean(s.rouge2 for s in ours):5.3f} {mean(s.rouge2 for s in base):5.3f} |"
            f" {mean(s.rouge1_day for s in ours):5.3f} {mean(s.rouge1_day for s in base):5.3f}"
            f" {mean(s.rouge2_day for s in ours):5.3f} {mean(s.rouge2_day for s in base):5.3f}"
        )

    for row in rows:
        print(line(row[0], [row]))
    print(line("macro average", rows))
    long_rows = [row for row in rows if row[0].split("#")[0] in LONG_TOPICS]
    if long_rows:
        print(line("longest topics", long_rows))
    slowest = max(DIGEST_SECONDS, key=lambda item: item[1])
    print(f"\nslowest digest: {slowest[1]:.2f} s ({slowest[0]}, reading the events and the "
          "articles' front matter included)")
    return 0


if __name__ == "__main__":
    sys.exit(main_bench())
