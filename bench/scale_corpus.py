"""A realistic archive of news articles for the scale benchmark (``bench/scale.py``).

Usage::

    python bench/scale_corpus.py DIR --articles 1000 [--seed 11] [--german 0.5]

writes ``DIR/<id>.md``: Markdown with YAML front matter, about 600 words each,
German and English. Articles follow a pool of recurring stories (a strike, a
trial, a flood ...), each with its actors, its place and a sequence of
happenings on given days over months or years. An article reports the latest
happening of its story with a date relative to its publication date
("gestern", "on Monday", "vor drei Tagen"), recalls earlier ones with absolute
dates, months, seasons or years, gives ranges and clock times, announces what
comes next, and is filled up with background, quotes and numbers that carry no
date. Several articles report the same happening, so merging has real work.

Deterministic: the story pool depends on the seed and its size, each article
on the seed, its number and the pool, so the same arguments give the same
files, and ``generate(10, start=n, pool=pool)`` adds ten articles of the same
stories to an archive of ``n`` written with that pool.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import scale_dates as dates
from bench.scale_dates import Phrase
from bench.scale_filler import Filler, lead_attribution
from bench.scale_words import AUTHORS, OUTLETS, PEOPLE, PLACES, STORY_KINDS, StoryKind

FIRST_DAY = date(2016, 1, 1)
SPAN_DAYS = 9 * 365
ARTICLES_PER_STORY = 12
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Story:
    kind: StoryKind
    actor: str
    other: str
    place: str
    steps: tuple[int, ...]  # indices into kind.happenings, in story order
    days: tuple[date, ...]  # the day of each step
    numbers: tuple[int, ...]  # the {n} of each step

    def sentence(self, step: int, lang: str, when: str) -> str:
        happening = self.kind.happenings[self.steps[step]]
        template = happening.de if lang == "de" else happening.en
        return template.format(actor=self.actor, other=self.other, place=self.place,
                               n=self.numbers[step], date=when)


@dataclass(frozen=True)
class Mention:
    """A dated statement of an article: what a perfect extraction finds."""

    value: str
    end: str | None
    text: str
    role: str  # lead, earlier, range, planned, year


@dataclass(frozen=True)
class ScaleArticle:
    id: str
    title: str
    publisher: str
    url: str
    published: date
    language: str
    author: str | None
    paragraphs: tuple[str, ...]
    mentions: tuple[Mention, ...]

    def markdown(self) -> str:
        meta = {"id": self.id, "title": self.title, "publisher": self.publisher,
                "url": self.url, "published": self.published, "language": self.language}
        if self.author:
            meta["author"] = self.author
        front = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
        return f"---\n{front}---\n\n" + "\n\n".join(self.paragraphs) + "\n"

    @property
    def words(self) -> int:
        return sum(len(paragraph.split()) for paragraph in self.paragraphs)


def story_pool(count: int, seed: int) -> list[Story]:
    """``count`` stories, each with five to seven happenings over months or years."""
    rng = random.Random(f"scale-stories-{seed}-{count}")
    pool = []
    for _ in range(count):
        kind = rng.choice(STORY_KINDS)
        size = rng.randint(5, len(kind.happenings))
        steps = tuple(sorted(rng.sample(range(len(kind.happenings)), size)))
        day = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
        days = []
        for _step in steps:
            days.append(day)
            day += timedelta(days=rng.choice((1, 2, 3, 5, 8, 13, 21, 30, 45, 90, 200)))
        actor, other = rng.sample(PEOPLE, 2)
        numbers = tuple(rng.randint(3, 95) for _ in steps)
        pool.append(Story(kind, actor, other, rng.choice(PLACES), steps, tuple(days), numbers))
    return pool


def pool_size(articles: int) -> int:
    return max(3, articles // ARTICLES_PER_STORY)


def generate(
    count: int, seed: int = 11, *, german: float = 0.5, start: int = 0,
    pool: list[Story] | None = None,
) -> list[ScaleArticle]:
    """Articles number ``start`` to ``start + count - 1`` (ids ``s000000`` ...).

    ``pool`` defaults to the pool for ``start + count`` articles; pass the
    pool of the first run to add articles to an archive.
    """
    stories = pool if pool is not None else story_pool(pool_size(start + count), seed)
    return [article(number, stories, seed, german) for number in range(start, start + count)]


def article(number: int, stories: list[Story], seed: int, german: float) -> ScaleArticle:
    rng = random.Random(f"scale-article-{seed}-{number}")
    story = stories[rng.randrange(len(stories))]
    lang = "de" if rng.random() < german else "en"
    step = rng.randrange(len(story.steps))
    day = story.days[step]
    published = day + timedelta(days=rng.choice((0, 1, 1, 1, 2, 3, 4, 6, 9)))
    if step + 1 < len(story.steps):  # reported before the next happening
        published = max(day, min(published, story.days[step + 1] - timedelta(days=1)))
    sentences, mentions = _dated_sentences(rng, story, step, lang, published)
    target = rng.randint(540, 660)
    words = sum(len(sentence.split()) for sentence in sentences)
    body = [sentences[0]]
    rest = sentences[1:]
    filler = Filler(rng, lang, story.place, (story.actor, story.other))
    while rest or words < target:
        if rest and (words >= target or rng.random() < 0.35):
            body.append(rest.pop(0))
            continue
        sentence = filler.sentence()
        words += len(sentence.split())
        body.append(sentence)
    outlets = [outlet for outlet, language in OUTLETS if language == lang]
    publisher = outlets[number % len(outlets)] if rng.random() < 0.5 else rng.choice(outlets)
    topic = story.kind.topic_de if lang == "de" else story.kind.topic_en
    return ScaleArticle(
        id=f"s{number:06d}",
        title=f"{topic} in {story.place}: {_headline(rng, lang)}",
        publisher=publisher,
        url=f"https://{publisher.lower().replace(' ', '-')}.example/{published.year}/{number}",
        published=published,
        language=lang,
        author=rng.choice(AUTHORS),
        paragraphs=tuple(_paragraphs(rng, body)),
        mentions=tuple(mentions),
    )


def _dated_sentences(
    rng: random.Random, story: Story, step: int, lang: str, published: date
) -> tuple[list[str], list[Mention]]:
    mentions: list[Mention] = []

    def say(phrase: Phrase, role: str, sentence: str) -> str:
        mentions.append(Mention(phrase.value, phrase.end, phrase.text, role))
        return sentence

    lead = dates.any_day(rng, lang, story.days[step], published)
    if rng.random() < 0.3:
        lead = dates.with_clock(rng, lang, lead)
    text = story.sentence(step, lang, lead.text)
    sentences = [say(lead, "lead", lead_attribution(rng, lang, text))]
    earlier = sorted(set(rng.sample(range(step), min(step, rng.randint(1, 3)))), reverse=True)
    for before in earlier:
        day = story.days[before]
        recent = (published - day).days <= 60
        phrase = (dates.any_day(rng, lang, day, published) if recent or rng.random() < 0.6
                  else dates.coarse(rng, lang, day, published))
        sentences.append(say(phrase, "earlier", story.sentence(before, lang, phrase.text)))
    if step and rng.random() < 0.4:
        first = story.days[step - 1] + timedelta(days=1)
        last = min(first + timedelta(days=rng.randint(1, 4)), published)
        if last > first:
            phrase = dates.day_range(rng, lang, first, last)
            episode = story.kind.episode_de if lang == "de" else story.kind.episode_en
            sentence = (f"Die {episode} in {story.place} liefen {phrase.text}." if lang == "de"
                        else f"The {episode} in {story.place} ran {phrase.text}.")
            sentences.append(say(phrase, "range", sentence))
    if step + 1 < len(story.steps) and rng.random() < 0.5:
        phrase = dates.any_day(rng, lang, story.days[step + 1], published)
        sentence = (f"{story.actor} kündigte an, {phrase.text} in {story.place} über das "
                    "weitere Vorgehen zu entscheiden." if lang == "de" else
                    f"{story.actor} said a decision on the next steps in {story.place} "
                    f"would be taken {phrase.text}.")
        sentences.append(say(phrase, "planned", sentence))
    if rng.random() < 0.3:
        phrase = dates.years_before(rng, lang, story.days[0])
        sentence = (f"Schon {phrase.text} hatte es in {story.place} ähnliche Probleme gegeben."
                    if lang == "de" else
                    f"{story.place} had faced similar problems {phrase.text}.")
        sentences.append(say(phrase, "year", sentence))
    return sentences, mentions


def _headline(rng: random.Random, lang: str) -> str:
    words = (("Was bisher bekannt ist", "Die Lage spitzt sich zu", "Neue Vorwürfe",
              "Ein Überblick", "Die wichtigsten Fragen", "Kritik wächst") if lang == "de" else
             ("What we know", "Tensions rise", "New allegations", "An overview",
              "The key questions", "Criticism grows"))
    return rng.choice(words)


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    paragraphs = []
    index = 0
    while index < len(sentences):
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[index:index + size]))
        index += size
    return paragraphs


def write(articles: list[ScaleArticle], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for item in articles:
        (folder / f"{item.id}.md").write_text(item.markdown(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder to write the articles into")
    parser.add_argument("--articles", type=int, default=1000, help="how many (default 1000)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--german", type=float, default=0.5, help="share of German articles")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    articles = generate(args.articles, args.seed, german=args.german)
    write(articles, args.folder)
    words = sum(item.words for item in articles)
    print(f"{len(articles)} articles, {words / max(len(articles), 1):.0f} words each on average, "
          f"in {args.folder} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
