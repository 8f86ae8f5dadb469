"""Events extracted from the gold stories, scored against their gold files.

Usage::

    python bench/events.py [--story NAME ...] [--show]

Stories: ``seeds`` (the two seed texts of ``../shared/seeds``, each extracted
in its own run with the publication date and language of
``../shared/gold/seeds.yml``, as ``tests/test_end_to_end_seeds.py`` does) and
every ``tests/fixtures/story_*/`` folder with a ``gold.yml`` (one run over the
folder). Each story is extracted into a temporary folder and scored with
``bench/goldscore.py``; one row per story: articles, events, sources found /
total and recall, precision, gold events found whole, multi-source events
merged, happenings joined across languages, wrong merges and planned events
marked planned. ``--show`` lists the missed, extra, split, not joined and
wrongly merged items under each row.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.goldscore import Score, load_gold, score
from timeline.extract import extract
from timeline.store import load_events

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "fixtures"


@dataclass(frozen=True)
class Run:
    """One call of ``extract``: the paths and the defaults for what they do not state."""

    paths: tuple[Path, ...]
    published: date | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Story:
    name: str
    gold: Path
    runs: tuple[Run, ...]


@dataclass
class StoryResult:
    story: Story
    articles: int
    seconds: float
    score: Score
    problems: list[str]


def seed_story(shared: Path = SHARED) -> Story | None:
    gold = shared / "gold" / "seeds.yml"
    seeds = sorted((shared / "seeds").glob("*.txt"))
    if not gold.is_file() or not seeds:
        return None
    articles = load_gold(gold)["articles"]
    runs: list[Run] = []
    for seed in seeds:
        meta = articles[seed.stem]
        runs.append(Run((seed,), _as_date(meta["published"]), meta.get("language")))
    return Story("seeds", gold, tuple(runs))


def _as_date(value: object) -> date:
    # YAML reads an unquoted 2024-01-10 as a date, a quoted one as a string.
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def fixture_stories(fixtures: Path = FIXTURES) -> list[Story]:
    return [
        Story(folder.name.removeprefix("story_"), folder / "gold.yml", (Run((folder,)),))
        for folder in sorted(fixtures.glob("story_*"))
        if (folder / "gold.yml").is_file()
    ]


def all_stories() -> list[Story]:
    seeds = seed_story()
    return ([seeds] if seeds else []) + fixture_stories()


def run_story(story: Story, work: Path) -> StoryResult:
    events_dir = work / story.name / "events"
    articles: set[Path] = set()
    problems: list[str] = []
    started = time.perf_counter()
    for run in story.runs:
        summary = extract(list(run.paths), events_dir, published=run.published, lang=run.lang)
        articles.update(article.path for article in summary.articles)
        problems.extend(str(problem) for problem in summary.article_problems)
    seconds = time.perf_counter() - started
    loaded = load_events(events_dir)
    problems.extend(str(problem) for problem in loaded.problems)
    events = [item.event for item in loaded.events]
    gold_events = load_gold(story.gold)["events"]
    return StoryResult(story, len(articles), seconds, score(events, gold_events), problems)


HEADER = (
    f"{'story':<16} {'art':>4} {'events':>6} {'sources':>8} {'recall':>6} {'precision':>11} "
    f"{'whole':>6} {'merged':>6} {'across':>6} {'wrong':>5} {'planned':>7} {'sec':>5}"
)


def row(result: StoryResult) -> str:
    s = result.score
    return (
        f"{result.story.name:<16} {result.articles:>4} {s.events:>6} "
        f"{f'{s.sources_found}/{s.sources}':>8} {s.recall:>6.3f} "
        f"{f'{s.correct}/{s.events}':>6} {s.precision:.2f} "
        f"{f'{s.found}/{s.required}':>6} {f'{s.merged}/{s.multi}':>6} "
        f"{f'{s.merged_across}/{s.across}':>6} {len(s.wrong_merges):>5} "
        f"{f'{s.planned_ok}/{s.planned}':>7} {result.seconds:>5.1f}"
    )


def details(result: StoryResult) -> list[str]:
    s = result.score
    lines = [f"{result.story.name}:"]
    for label, items in (
        ("problems", result.problems),
        ("missed", s.missed),
        ("extra", s.extra),
        ("split", s.split),
        ("not joined across languages", s.not_joined),
        ("wrong merges", s.wrong_merges),
        ("planned disagreements", s.planned_wrong),
    ):
        if items:
            lines.append(f"  {label} ({len(items)}):")
            lines.extend(f"    - {item}" for item in items)
    if len(lines) == 1:
        lines.append("  nothing missed, extra, split or wrongly merged")
    return lines


def select(stories: list[Story], names: list[str] | None) -> list[Story]:
    if not names:
        return stories
    wanted = {name.removeprefix("story_") for name in names}
    unknown = wanted - {story.name for story in stories}
    if unknown:
        known = ", ".join(story.name for story in stories)
        raise SystemExit(f"error: unknown story {', '.join(sorted(unknown))} (known: {known})")
    return [story for story in stories if story.name in wanted]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--story", action="append", metavar="NAME",
                        help="only this story (seeds, mulde_flood, ...); repeatable")
    parser.add_argument("--show", action="store_true",
                        help="list missed, extra, split and wrongly merged events")
    args = parser.parse_args(argv)
    stories = select(all_stories(), args.story)
    if not stories:
        print("error: no stories found (../shared/seeds, tests/fixtures/story_*/gold.yml)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        results = [run_story(story, Path(folder)) for story in stories]
    print(HEADER)
    for result in results:
        print(row(result))
    if args.show:
        for result in results:
            print()
            print("\n".join(details(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
