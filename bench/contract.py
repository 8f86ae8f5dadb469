"""The edit contract of ``timeline extract`` in randomised rounds (issue 11).

Usage::

    python bench/contract.py [--rounds 1000] [--seed 11] [--restart 25]

Each round changes the articles (adds, edits, removes or re-dates one or two),
runs the extraction, hand-edits one or two events (title, tags, date, status,
a removed source, a comment, a deleted file), runs it again, and checks that

* no hand edit was undone (field values, comments, removed sources),
* no deleted or rejected event came back (its id, or its sources in another event),
* every event file loads without a problem,
* a further run without edits rewrites nothing (same bytes and mtimes).

The articles are tiny generated German and English texts with fixed
publication dates. A fresh project every ``--restart`` rounds keeps the
store small. Prints the rounds, runs, edits applied by kind and every
violation; exits 1 when there was one.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.extract import extract
from timeline.store import load_events

PUBLISHED = [date(2023, 6, 12), date(2024, 3, 10), date(2024, 3, 14)]
WORDS: dict[str, dict[str, list[str]]] = {
    "de": {
        "actor": ["Die Gewerkschaft", "Der Stadtrat", "Die Regierung", "Der Konzern",
                  "Die Polizei"],
        "verb": ["rief {when} zum Streik auf", "beschloss {when} einen neuen Haushalt",
                 "eröffnete {when} die neue Brücke", "meldete {when} einen Rekordgewinn",
                 "räumte {when} das Lager am Fluss"],
        "place": ["in Leipzig", "in Hamburg", "in Köln", "in Dresden"],
        "when": ["am 4. März 2024", "am 28. Februar 2024", "im Mai 2023", "gestern",
                 "vor zwei Tagen", "Anfang Juni 2023", "am 1. März 2024"],
    },
    "en": {
        "actor": ["The union", "The city council", "The government", "The company",
                  "The police"],
        "verb": ["called a strike {when}", "approved a new budget {when}",
                 "opened the new bridge {when}", "reported record profits {when}",
                 "cleared the camp by the river {when}"],
        "place": ["in Leeds", "in Boston", "in Dublin", "in Cardiff"],
        "when": ["on 4 March 2024", "on 28 February 2024", "in May 2023", "yesterday",
                 "two days ago", "in early June 2023", "on 1 March 2024"],
    },
}
# Happenings several articles report (actor, verb, place, when), so events get several sources.
STORIES = [
    {"actor": 0, "verb": 0, "place": 0, "when": 0},
    {"actor": 2, "verb": 1, "place": 1, "when": 2},
    {"actor": 3, "verb": 3, "place": 2, "when": 6},
]
EDIT_KINDS = ("title", "tags", "date", "status", "source", "comment", "delete")


@dataclass
class Sentence:
    language: str
    parts: dict[str, int]

    def text(self) -> str:
        word = {part: WORDS[self.language][part][index] for part, index in self.parts.items()}
        return f"{word['actor']} {word['verb'].format(when=word['when'])} {word['place']}."


@dataclass
class ArticleDraft:
    article_id: str
    language: str
    published: date
    sentences: list[Sentence]

    def markdown(self) -> str:
        body = "\n\n".join(sentence.text() for sentence in self.sentences)
        return (f"---\nid: {self.article_id}\npublished: {self.published.isoformat()}\n"
                f"language: {self.language}\n---\n{body}\n")


@dataclass
class Expectations:
    """What the person did, which every later run must leave as it is."""

    # Every event a person changed in any way: it stays, whatever its articles do.
    edited: set[str] = field(default_factory=set)
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    comments: dict[str, list[str]] = field(default_factory=dict)
    removed_sources: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    # Deleted or rejected event id -> its (article, quote, date) sources at that moment. A
    # re-dated article may date the same sentence to another day: another event.
    blocked: dict[str, set[tuple[str, str, str]]] = field(default_factory=dict)
    # The date the tool gave an event before a person first touched it.
    tool_dates: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)


@dataclass
class Tally:
    rounds: int = 0
    runs: int = 0
    article_changes: Counter[str] = field(default_factory=Counter)
    edits: Counter[str] = field(default_factory=Counter)
    # Each violation once, with the round it was first seen in.
    violations: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)


class ContractRun:
    """One project folder driven through rounds by ``rng``."""

    def __init__(self, root: Path, rng: random.Random, tally: Tally) -> None:
        self.root = root
        self.rng = rng
        self.tally = tally
        self.articles_dir = root / "articles"
        self.events_dir = root / "events"
        self.cache_dir = root / "cache"
        self.articles_dir.mkdir(parents=True)
        self.drafts: dict[str, ArticleDraft] = {}
        self.expected = Expectations()
        self.next_id = 0
        self.next_mark = 0

    # --- articles -------------------------------------------------------------

    def sentence(self, language: str) -> Sentence:
        if self.rng.random() < 0.5:
            return Sentence(language, dict(self.rng.choice(STORIES)))
        words = WORDS[language]
        return Sentence(language, {part: self.rng.randrange(len(words[part])) for part in words})

    def add_article(self) -> None:
        language = self.rng.choice(["de", "en"])
        self.next_id += 1
        draft = ArticleDraft(
            f"a{self.next_id:04d}", language, self.rng.choice(PUBLISHED),
            [self.sentence(language) for _ in range(self.rng.randint(1, 3))],
        )
        self.drafts[draft.article_id] = draft
        self.save(draft)

    def save(self, draft: ArticleDraft) -> None:
        path = self.articles_dir / f"{draft.article_id}.md"
        path.write_text(draft.markdown(), encoding="utf-8")

    def change_articles(self) -> None:
        for _ in range(self.rng.randint(1, 2)):
            kind = "add" if len(self.drafts) < 2 else self.rng.choice(
                ["add", "edit", "remove", "redate"] if len(self.drafts) < 6
                else ["edit", "remove", "redate"]
            )
            self.tally.article_changes[kind] += 1
            if kind == "add":
                self.add_article()
                continue
            draft = self.drafts[self.rng.choice(sorted(self.drafts))]
            if kind == "remove":
                del self.drafts[draft.article_id]
                (self.articles_dir / f"{draft.article_id}.md").unlink()
                continue
            if kind == "edit":
                position = self.rng.randrange(len(draft.sentences) + 1)
                if position == len(draft.sentences) and len(draft.sentences) < 4:
                    draft.sentences.append(self.sentence(draft.language))
                elif len(draft.sentences) > 1 and self.rng.random() < 0.3:
                    del draft.sentences[min(position, len(draft.sentences) - 1)]
                else:
                    draft.sentences[min(position, len(draft.sentences) - 1)] = (
                        self.sentence(draft.language))
            elif self.rng.random() < 0.5:
                draft.published = self.rng.choice(PUBLISHED)
            else:
                sentence = self.rng.choice(draft.sentences)
                sentence.parts["when"] = self.rng.randrange(len(WORDS[draft.language]["when"]))
            self.save(draft)

    # --- runs -----------------------------------------------------------------

    def run(self, *, cached: bool = True) -> None:
        self.tally.runs += 1
        summary = extract(
            [self.articles_dir], self.events_dir, cache_dir=self.cache_dir if cached else None,
            jobs=1, complete=True,
        )
        for problem in [*summary.article_problems, *summary.event_problems]:
            self.violation(f"extract reported {problem}")

    def violation(self, message: str) -> None:
        if message not in self.tally.seen:
            self.tally.seen.add(message)
            self.tally.violations.append(f"round {self.tally.rounds}: {message}")

    def snapshot(self) -> dict[str, tuple[str, int]]:
        return {
            path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
            for path in sorted(self.events_dir.iterdir()) if path.is_file()
        }

    # --- hand edits -------------------------------------------------------------

    def hand_edit(self) -> None:
        loaded = {item.event.id: item for item in load_events(self.events_dir).events}
        editable = sorted(
            event_id for event_id, item in loaded.items() if item.event.status != "rejected"
        )
        for _ in range(self.rng.randint(1, 2)):
            if not editable:
                return
            kind = self.rng.choice(EDIT_KINDS)
            several = [event_id for event_id in editable
                       if len(loaded[event_id].event.sources) > 1]
            event_id = self.rng.choice(several if kind == "source" and several else editable)
            path = loaded[event_id].path
            self.next_mark += 1
            mark = self.next_mark
            text = path.read_text(encoding="utf-8")
            data = yaml.safe_load(text)
            tool_date = self.expected.tool_dates.setdefault(event_id, data["date"])
            sources = {
                (source["article"], source["quote"], day)
                for source in data["sources"] for day in {tool_date, data["date"]}
            }
            if kind == "delete":
                path.unlink()
                editable.remove(event_id)
                self.expected.deleted.add(event_id)
                self.expected.blocked[event_id] = sources
                for table in (self.expected.fields, self.expected.comments,
                              self.expected.removed_sources):
                    table.pop(event_id, None)
                self.expected.edited.discard(event_id)
                self.tally.edits[kind] += 1
                continue
            if kind == "source" and len(data["sources"]) < 2:
                kind = "comment"
            self.expected.edited.add(event_id)
            expected = self.expected.fields.setdefault(event_id, {}) if kind in (
                "title", "tags", "date", "status") else {}
            if kind == "title":
                data["title"] = expected["title"] = f"Von Hand {mark}"
            elif kind == "tags":
                data["tags"] = expected["tags"] = [f"Hand{mark}"]
            elif kind == "date":
                # Before every generated date, so a range's end stays after it.
                data["date"] = expected["date"] = f"2001-01-{mark % 28 + 1:02d}"
            elif kind == "status":
                data["status"] = expected["status"] = self.rng.choice(["confirmed", "rejected"])
                if data["status"] == "rejected":
                    editable.remove(event_id)
                    self.expected.blocked[event_id] = sources
            elif kind == "source":
                gone = data["sources"].pop(self.rng.randrange(len(data["sources"])))
                self.expected.removed_sources.setdefault(event_id, set()).add(
                    (gone["article"], gone["quote"]))
            else:
                self.expected.comments.setdefault(event_id, []).append(f"# Notiz {mark}")
            self.write_by_hand(path, text, data, self.expected.comments.get(event_id, []))
            self.tally.edits[kind] += 1

    @staticmethod
    def write_by_hand(path: Path, text: str, data: dict[str, Any], comments: list[str]) -> None:
        header = [line for line in text.splitlines() if line.startswith("# yaml-language")]
        body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
        path.write_text("\n".join([*header, body.rstrip("\n"), *comments]) + "\n",
                        encoding="utf-8")

    # --- checks -----------------------------------------------------------------

    def check(self, when: str) -> None:
        loaded = load_events(self.events_dir)
        for problem in loaded.problems:
            self.violation(f"invalid event file {problem}")
        events = {item.event.id: item for item in loaded.events}
        for event_id in sorted(self.expected.edited - set(events)):
            self.violation(f"hand-edited event {event_id} is gone")
        for event_id, values in self.expected.fields.items():
            item = events.get(event_id)
            if item is None:
                continue
            for name, value in values.items():
                if getattr(item.event, name) != value:
                    self.violation(f"{event_id} {name} is {getattr(item.event, name)!r}, "
                                   f"edited to {value!r}")
        for event_id, comments in self.expected.comments.items():
            if event_id not in events:
                continue
            lines = events[event_id].path.read_text(encoding="utf-8").splitlines()
            for comment in [comment for comment in comments if comment not in lines]:
                self.violation(f"{event_id} lost the comment {comment!r} ({when})")
                # Go on from what the file holds: without the comment, an event with no
                # other edit reads as the tool wrote it again.
                comments.remove(comment)
                if not comments and not self.expected.fields.get(event_id) and (
                    event_id not in self.expected.removed_sources
                ):
                    self.expected.edited.discard(event_id)
        for event_id, pairs in self.expected.removed_sources.items():
            if event_id not in events:
                continue
            back = pairs & {(s.article, s.quote) for s in events[event_id].event.sources}
            for article, quote in sorted(back):
                self.violation(f"{event_id} got the removed source {article}: {quote}")
        for event_id in sorted(self.expected.deleted & set(events)):
            self.violation(f"deleted event {event_id} came back")
        for event_id, pairs in self.expected.blocked.items():
            for other_id, item in events.items():
                if other_id == event_id or item.event.status == "rejected":
                    continue
                back = pairs & {(s.article, s.quote, item.event.date)
                                for s in item.event.sources}
                for article, quote, _ in sorted(back):
                    self.violation(f"a source of {event_id} (deleted or rejected) came back "
                                   f"in {other_id}: {article}: {quote}")

    def round(self) -> None:
        self.tally.rounds += 1
        self.change_articles()
        self.run()
        self.check("after the articles changed")
        self.hand_edit()
        self.run()
        self.check("after the hand edits")
        before = self.snapshot()
        self.run(cached=self.rng.random() < 0.5)
        after = self.snapshot()
        for name in sorted(set(before) | set(after)):
            if before.get(name) != after.get(name):
                self.violation(f"an edit-free re-run rewrote {name}")
        self.check("after an edit-free re-run")


def run_rounds(rounds: int, seed: int, restart: int, root: Path) -> Tally:
    """``rounds`` rounds from ``seed``, a fresh project under ``root`` every ``restart``."""
    rng = random.Random(seed)
    tally = Tally()
    project: ContractRun | None = None
    for number in range(rounds):
        if project is None or number % restart == 0:
            project = ContractRun(root / f"project{number:05d}", rng, tally)
        project.round()
    return tally


def report(tally: Tally) -> str:
    lines = [
        f"rounds: {tally.rounds}",
        f"extract runs: {tally.runs}",
        "article changes: " + ", ".join(
            f"{kind} {count}" for kind, count in sorted(tally.article_changes.items())),
        f"hand edits: {sum(tally.edits.values())} (" + ", ".join(
            f"{kind} {tally.edits[kind]}" for kind in EDIT_KINDS) + ")",
        f"violations: {len(tally.violations)}",
        *(f"  {violation}" for violation in tally.violations),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--restart", type=int, default=25,
                        help="a fresh project every N rounds (default 25)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        tally = run_rounds(args.rounds, args.seed, args.restart, Path(folder))
    print(report(tally))
    return 1 if tally.violations else 0


if __name__ == "__main__":
    sys.exit(main())
