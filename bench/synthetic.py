"""Synthetic events and articles for site benchmarks and tests.

The generator is deterministic (a seeded ``random.Random``): the same size and
seed give byte-identical files. Events spread over several decades with the
date precisions real articles give (day, month, ISO week, year); roughly one
article per three events, each event cited by one to three of them with a
German quote.

Usage::

    python bench/synthetic.py DIR --events 1000 [--seed 7]

writes ``DIR/events/*.yml`` and ``DIR/articles/*.md``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline.models import ArticleMeta, Event, Source
from timeline.yamlio import dump

FIRST_YEAR = 1990
LAST_YEAR = 2025

_ACTORS = (
    "Die Bundesregierung", "Das Europäische Parlament", "Die UN-Vollversammlung",
    "Der Sicherheitsrat", "Die NATO", "Die Europäische Kommission", "Das Weiße Haus",
    "Der Kreml", "Die Regierung in Kiew", "Die Zentralbank", "Das Verfassungsgericht",
    "Die Gewerkschaft Verdi", "Der Bundestag", "Die Weltgesundheitsorganisation",
)
_ACTIONS = (
    ("beschließt", "Sanktionen gegen {place}"),
    ("verurteilt", "den Raketenangriff auf {place}"),
    ("kündigt", "Waffenlieferungen an {place} an"),
    ("unterzeichnet", "ein Abkommen mit {place}"),
    ("verhängt", "ein Embargo gegen {place}"),
    ("bestätigt", "die Wahl in {place}"),
    ("verschiebt", "den Gipfel in {place}"),
    ("verabschiedet", "ein Hilfspaket für {place}"),
    ("meldet", "Überschwemmungen in {place}"),
    ("eröffnet", "eine Botschaft in {place}"),
    ("beendet", "die Verhandlungen mit {place}"),
    ("untersucht", "den Cyberangriff auf {place}"),
)
_PLACES = (
    "Berlin", "Kiew", "Moskau", "Pjöngjang", "Brüssel", "Warschau", "Paris", "Tokio",
    "Seoul", "Ankara", "Wien", "Genf", "Washington", "Peking", "Rom", "Madrid", "Lissabon",
    "Kairo", "Nairobi", "Ottawa", "Canberra", "Oslo", "Helsinki", "Tallinn", "Riga",
)
_TAGS = (
    "Diplomatie", "Krieg", "Sanktionen", "Wahlen", "Wirtschaft", "Klima", "Gesundheit",
    "Justiz", "Energie", "Migration", "Cybersicherheit", "Handel", "Menschenrechte",
)
_PUBLISHERS = (
    "Euronews", "Reuters", "Deutsche Welle", "tagesschau.de", "Der Standard", "NZZ",
    "Süddeutsche Zeitung", "Die Zeit", "ORF", "SRF",
)
_AUTHORS = ("Anna Weber", "Jonas Becker", "Lea Hoffmann", "Murat Yilmaz", "Sofia Novak", None)
_MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)
_FILLER = (
    "Beobachter rechnen mit weiteren Gesprächen in den kommenden Wochen.",
    "Kritiker sprachen von einem überfälligen Schritt.",
    "Die Opposition forderte eine Debatte im Parlament.",
    "Einzelheiten wurden zunächst nicht bekannt.",
    "Die Märkte reagierten verhalten auf die Nachricht.",
    "Mehrere Nachbarstaaten kündigten eigene Maßnahmen an.",
)


@dataclass
class SyntheticArticle:
    meta: ArticleMeta
    sentences: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        front = yaml.safe_dump(
            self.meta.model_dump(exclude_none=True), allow_unicode=True, sort_keys=False
        )
        body = "\n\n".join(self.sentences)
        return f"---\n{front}---\n\n{body}\n"


@dataclass
class SyntheticCorpus:
    events: list[Event]
    articles: list[SyntheticArticle]

    def write(self, root: Path, events_dir: str = "events", articles_dir: str = "articles") -> None:
        """Write one YAML file per event and one Markdown file per article under ``root``."""
        events_path = root / events_dir
        articles_path = root / articles_dir
        events_path.mkdir(parents=True, exist_ok=True)
        articles_path.mkdir(parents=True, exist_ok=True)
        for event in self.events:
            (events_path / f"{event.id}.yml").write_text(event_yaml(event), encoding="utf-8")
        for article in self.articles:
            (articles_path / f"{article.meta.id}.md").write_text(
                article.markdown(), encoding="utf-8"
            )


def event_yaml(event: Event) -> str:
    data = event.model_dump(exclude_none=True, exclude_defaults=True)
    data = {"id": event.id, "date": event.date, **data}
    return dump(data)


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", text.lower().translate(_FOLD)).strip("-")


def _timex_and_phrase(rng: random.Random, day: date) -> tuple[str, str]:
    """A TIMEX3 value for ``day`` at a random precision, and how an article writes it."""
    roll = rng.random()
    if roll < 0.65:
        return day.isoformat(), f"am {day.day}. {_MONTHS_DE[day.month - 1]} {day.year}"
    if roll < 0.85:
        return f"{day.year}-{day.month:02d}", f"im {_MONTHS_DE[day.month - 1]} {day.year}"
    if roll < 0.93:
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year}-W{week:02d}", f"in der {week}. Kalenderwoche {iso_year}"
    return str(day.year), f"im Jahr {day.year}"


def generate(n_events: int, seed: int = 7) -> SyntheticCorpus:
    """``n_events`` events and about ``n_events / 3`` articles that cite them."""
    if n_events < 1:
        raise ValueError("n_events must be at least 1")
    rng = random.Random(seed)
    n_articles = max(1, round(n_events / 3))
    span_days = (date(LAST_YEAR, 12, 31) - date(FIRST_YEAR, 1, 1)).days
    days = sorted(
        date(FIRST_YEAR, 1, 1) + timedelta(days=rng.randrange(span_days)) for _ in range(n_events)
    )
    publishers = [rng.choice(_PUBLISHERS) for _ in range(n_articles)]
    sentences: list[list[str]] = [[] for _ in range(n_articles)]
    latest: list[date] = [days[0]] * n_articles
    article_ids = [f"a{number:05d}" for number in range(n_articles)]
    events: list[Event] = []
    for number, day in enumerate(days):
        value, phrase = _timex_and_phrase(rng, day)
        actor = rng.choice(_ACTORS)
        verb, object_template = rng.choice(_ACTIONS)
        place = rng.choice(_PLACES)
        obj = object_template.format(place=place)
        title = f"{actor} {verb} {obj}"
        # Articles close in sequence cite the same events, like follow-up reporting.
        home = min(n_articles - 1, number * n_articles // n_events)
        cited = sorted(
            {min(n_articles - 1, home + rng.randrange(0, 3)) for _ in range(rng.randint(1, 3))}
        )
        sources = []
        for index in cited:
            quote = f"{actor} {verb} {phrase} {obj}, wie {publishers[index]} berichtet."
            sentences[index].append(quote)
            latest[index] = max(latest[index], day)
            sources.append(Source(article=article_ids[index], quote=quote, date_text=phrase))
        events.append(
            Event(
                id=_slug(f"{value}-{verb}-{place}-{number:05d}"),
                date=value,
                title=title,
                summary=f"{title}. {rng.choice(_FILLER)}",
                tags=sorted(rng.sample(_TAGS, rng.randint(1, 3))),
                sources=sources,
                status="confirmed" if rng.random() < 0.7 else "candidate",
                uncertain=rng.random() < 0.05,
            )
        )
    articles = []
    for index, article_id in enumerate(article_ids):
        # Published after the latest event it reports, as a real report would be.
        published = latest[index] + timedelta(days=rng.randrange(0, 30))
        verb = rng.choice(_ACTIONS)[0]
        meta = ArticleMeta(
            id=article_id,
            title=f"{rng.choice(_ACTORS)} {verb}: Bericht {index + 1}",
            publisher=publishers[index],
            url=f"https://news.example.org/{published.year}/artikel-{index + 1}",
            published=published,
            language="de",
            author=rng.choice(_AUTHORS),
        )
        articles.append(SyntheticArticle(meta, [*sentences[index], rng.choice(_FILLER)]))
    return SyntheticCorpus(events, articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="folder to write events/ and articles/ into")
    parser.add_argument("--events", type=int, default=100, help="number of events (default 100)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    corpus = generate(args.events, args.seed)
    corpus.write(args.root)
    print(f"{len(corpus.events)} events, {len(corpus.articles)} articles in {args.root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
