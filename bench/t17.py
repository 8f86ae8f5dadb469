"""Events extracted from real English news (Timeline17, development part): figures to check.

Usage::

    python bench/t17.py [--topics H1N1_bbc ...] [--limit N] [--top 10]
                        [--sample-titles 50 --seed 1]

Each topic of ``../shared/corpora/t17-dev/`` is turned back from its
Penn-Treebank tokens into plain text and written as Markdown articles (front
matter: id, publication date, language en, the topic's outlet as publisher)
into a temporary folder, never into the repository; then ``extract`` runs over
the folder. Printed per topic: articles, events, events per article,
extraction seconds, titles that are page furniture, clock times read as years
and years before 1990 (the topics are from 2009-2011), the ``--top`` events
with the most sources (to judge whether each is one happening) and, with
``--sample-titles``, a reproducible random sample of titles for hand judgment.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.newsstats import HEADER, TopicStats, details, extract_folder, row

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "t17-dev"

BRACKETS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
}
# Tokens written without a space before them.
_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", "%", ")", "]", "}", "''", "'", "...",
                    "?!", "!!", "??", "!?"}
# Tokens written without a space after them.
_NO_SPACE_AFTER = {"(", "[", "{", "``", "`", "$", "#"}
_CLITIC_RE = re.compile(r"^(?:n't|'(?:s|m|d|re|ve|ll)|')$", re.IGNORECASE)


def detokenize(text: str) -> str:
    """Plain text from a Penn-Treebank-tokenised string.

    ``U.S. officials said `` it is over . ''`` -> ``U.S. officials said "it is over."``
    """
    spaced = re.sub(r"``|''", r" \g<0> ", text)
    out: list[str] = []
    glue_next = True  # no space before the first token
    for token in spaced.split():
        word = BRACKETS.get(token, token).replace("\\/", "/").replace("\\*", "*")
        if not (glue_next or word in _NO_SPACE_BEFORE or _CLITIC_RE.match(word)):
            out.append(" ")
        out.append({"``": '"', "''": '"', "`": "'"}.get(word, word))
        glue_next = word in _NO_SPACE_AFTER
    return "".join(out)


def safe_id(topic: str, uid: str) -> str:
    """An article id the store accepts (``[a-z0-9][a-z0-9._-]*``), unique across topics."""
    raw = f"{topic}-{uid}".lower()
    return re.sub(r"[^a-z0-9._-]+", "-", raw).strip("-._")


def outlet(topic: str) -> str:
    """``H1N1_bbc`` -> ``bbc``."""
    return topic.rsplit("_", 1)[-1]


def article_markdown(topic: str, item: dict[str, str]) -> tuple[str, str]:
    """The file name and Markdown text of one corpus article."""
    meta = {
        "id": safe_id(topic, str(item["uid"])),
        "published": date.fromisoformat(str(item["dct"])[:10]),
        "language": "en",
        "publisher": outlet(topic),
    }
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    return f"{meta['id']}.md", f"---\n{front}---\n{detokenize(item['text'])}\n"


def write_topic(topic_dir: Path, target: Path, limit: int | None = None) -> int:
    """Write the topic's non-empty articles into ``target``; return how many."""
    items = json.loads((topic_dir / "articles.json").read_text(encoding="utf-8"))
    target.mkdir(parents=True, exist_ok=True)
    written = 0
    for item in items:
        if not str(item.get("text", "")).strip():
            continue
        if limit is not None and written >= limit:
            break
        name, text = article_markdown(topic_dir.name, item)
        (target / name).write_text(text, encoding="utf-8")
        written += 1
    return written


def run_topic(topic_dir: Path, work: Path, limit: int | None) -> TopicStats:
    articles = work / topic_dir.name / "articles"
    write_topic(topic_dir, articles, limit)
    return extract_folder(topic_dir.name, articles, work / topic_dir.name / "events")


def chosen_topics(corpus: Path, asked: list[str] | None) -> list[str] | None:
    """The topics asked for (default: all of the corpus); None, after a message on
    stderr, when the corpus has none or one asked for is not there."""
    available = sorted(p.parent.name for p in corpus.glob("*/articles.json"))
    if not available:
        print(f"error: no */articles.json in {corpus}", file=sys.stderr)
        return None
    topics = asked or available
    unknown = sorted(set(topics) - set(available))
    if unknown:
        print(f"error: unknown topic {', '.join(unknown)} (known: {', '.join(available)})",
              file=sys.stderr)
        return None
    return topics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="the t17-dev folder (default ../shared/corpora/t17-dev)")
    parser.add_argument("--topics", nargs="+", metavar="TOPIC", help="default: all topics")
    parser.add_argument("--limit", type=int, help="at most N articles per topic")
    parser.add_argument("--top", type=int, default=10, help="events with most sources to list")
    parser.add_argument("--sample-titles", type=int, default=0, metavar="N",
                        help="print a random sample of N event titles per topic")
    parser.add_argument("--seed", type=int, default=1, help="seed of the title sample")
    args = parser.parse_args(argv)
    topics = chosen_topics(args.corpus, args.topics)
    if topics is None:
        return 2
    results: list[TopicStats] = []
    with tempfile.TemporaryDirectory() as folder:
        for topic in topics:
            stats = run_topic(args.corpus / topic, Path(folder), args.limit)
            results.append(stats)
            print("\n".join(details(stats, top=args.top, sample_count=args.sample_titles,
                                    seed=args.seed)), flush=True)
            print(flush=True)
    print(HEADER)
    for stats in results:
        print(row(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
