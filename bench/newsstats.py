"""Figures a person can check on events extracted from real news, without a gold file.

Shared by ``bench/t17.py`` (English news, Timeline17) and ``bench/krauts_titles.py``
(German news, KRAUTS): titles that are page furniture (bylines, copyright lines,
photo captions, time stamps), clock times read as years ("1950 GMT" as the year
1950), years before the story's era, the events with the most sources, and a
reproducible random sample of titles for hand judgment.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from timeline.extract import extract
from timeline.store import load_events

T = TypeVar("T")

TIME_ZONES = (
    "GMT", "UTC", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "AKDT", "AKST",
    "HST", "ET", "PT", "BST", "IST", "WET", "WEST", "CET", "CEST", "EET", "EEST", "MSK",
    "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "AWST", "NZST", "NZDT", "MEZ", "MESZ",
)
_ZONE = rf"(?<![\w])(?:{'|'.join(sorted(TIME_ZONES, key=len, reverse=True))})\b"
ZONE_RE = re.compile(_ZONE)
# "7:06 pm EDT", "10 p.m. EDT", "20.30 MEZ", "1950 GMT"
CLOCK_WITH_ZONE_RE = re.compile(
    r"(?:\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\b\.?|\b\d{4})"
    rf"\s*{_ZONE}"
)

FURNITURE_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("|", re.compile(r"\|")),
    # Capitalised, or after "additional": "speculative reporting by the Ledger" is prose.
    ("Reporting by", re.compile(r"Reporting by|[Aa]dditional reporting by")),
    ("Editing by", re.compile(r"Editing by|[Aa]dditional editing by")),
    ("All rights reserved", re.compile(r"all rights reserved", re.IGNORECASE)),
    # Capitalised only: "copyright" in running text is a topic, not a page footer.
    ("Copyright", re.compile(r"Copyright|©")),
    ("Related stor", re.compile(r"related stor", re.IGNORECASE)),
    ("Image caption", re.compile(r"image caption", re.IGNORECASE)),
    ("Photo:", re.compile(r"\bphoto(?:s|\s+captions?)?\s*:", re.IGNORECASE)),
    ("clock time + zone", CLOCK_WITH_ZONE_RE),
)

_NUMBER_RE = re.compile(r"(?<!\d)\d{3,4}(?!\d)")


def furniture_marker(title: str) -> str | None:
    """The first page-furniture marker found in ``title``, or None for a clean title."""
    for name, pattern in FURNITURE_MARKERS:
        if pattern.search(title):
            return name
    return None


def is_clock_year(date_text: str | None, quote: str) -> bool:
    """``date_text`` in ``quote`` is a clock time ("1950 GMT", "(1400 local, 1900 GMT)").

    True when the date phrase is a 4-digit number directly followed by a time
    zone, or when it holds a 3-4 digit number and stands inside parentheses
    that name a time zone.
    """
    if not date_text or not date_text.strip():
        return False
    phrase = date_text.strip()
    occurrences = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(phrase)}(?!\d)", quote)]
    if re.fullmatch(r"\d{4}", phrase) and any(
        ZONE_RE.match(quote, start + len(phrase) + _spaces(quote, start + len(phrase)))
        for start in occurrences
    ):
        return True
    if not _NUMBER_RE.search(phrase):
        return False
    for start in occurrences:
        opening = quote.rfind("(", 0, start)
        if opening == -1 or quote.rfind(")", 0, start) > opening:
            continue
        closing = quote.find(")", start + len(phrase))
        inside = quote[opening + 1 : closing if closing != -1 else len(quote)]
        if ZONE_RE.search(inside):
            return True
    return False


def _spaces(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] in " \t":
        end += 1
    return end - start


def first_year(value: str) -> int | None:
    """The first year a TIMEX3 date value covers: 2009-06 -> 2009, 199 -> 1990, 19 -> 1900."""
    digits = re.match(r"\d+", value)
    if digits is None:
        return None
    return int(digits.group()[:4].ljust(4, "0"))


def shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def sample(items: Sequence[T], count: int, seed: int,
           key: Callable[[T], str] = str) -> list[T]:
    """``count`` items drawn at random: the same ones for the same items and seed.

    Each item gets a pseudo-random rank from a hash of the seed and ``key(item)``,
    and the lowest ranks are drawn; an item that stays from one run to the next
    keeps its rank, so a before/after comparison mostly shows the same items.
    """
    def rank(item: T) -> str:
        return hashlib.sha256(f"{seed}\0{key(item)}".encode()).hexdigest()

    return sorted(items, key=rank)[:count]


def event_key(event: Any) -> str:
    """What identifies an event across runs: its date and first cited sentence."""
    source = event.sources[0]
    return f"{event.date}\0{source.article}\0{source.quote}"


@dataclass
class Flagged:
    event: Any
    reason: str


@dataclass
class TopicStats:
    """What one extraction run over one folder of articles gave."""

    name: str
    articles: int
    seconds: float
    events: list[Any]
    furniture: list[Flagged] = field(default_factory=list)
    clock_years: list[Flagged] = field(default_factory=list)
    old_years: list[Flagged] = field(default_factory=list)

    @property
    def per_article(self) -> float:
        return len(self.events) / self.articles if self.articles else 0.0


def analyse(name: str, articles: int, seconds: float, events: list[Any],
            min_year: int = 1990) -> TopicStats:
    """Sort ``events`` (in a stable order: date, id) and flag the suspicious ones."""
    ordered = sorted(events, key=lambda e: (e.date, e.id))
    stats = TopicStats(name, articles, seconds, ordered)
    for event in ordered:
        marker = furniture_marker(event.title)
        if marker:
            stats.furniture.append(Flagged(event, marker))
        clock = next((s for s in event.sources if is_clock_year(s.date_text, s.quote)), None)
        if clock is not None:
            stats.clock_years.append(Flagged(event, f"date_text {clock.date_text!r}"))
        year = first_year(event.date)
        if year is not None and year < min_year:
            stats.old_years.append(Flagged(event, f"year {year}"))
    return stats


def extract_folder(name: str, articles_dir: Path, events_dir: Path) -> TopicStats:
    started = time.perf_counter()
    summary = extract([articles_dir], events_dir)
    seconds = time.perf_counter() - started
    events = [item.event for item in load_events(events_dir).events]
    return analyse(name, len(summary.articles), seconds, events)


HEADER = (
    f"{'topic':<22} {'articles':>8} {'events':>7} {'ev/art':>6} {'sec':>6} "
    f"{'furniture':>9} {'clock-yr':>8} {'<1990':>6}"
)


def row(stats: TopicStats) -> str:
    return (
        f"{stats.name:<22} {stats.articles:>8} {len(stats.events):>7} "
        f"{stats.per_article:>6.2f} {stats.seconds:>6.1f} {len(stats.furniture):>9} "
        f"{len(stats.clock_years):>8} {len(stats.old_years):>6}"
    )


def quote_of(event: Any, index: int = 0, width: int = 160) -> str:
    return shorten(event.sources[index].quote, width)


def flagged_lines(label: str, items: list[Flagged], limit: int) -> list[str]:
    lines = [f"  {label}: {len(items)}"]
    for item in items[:limit]:
        lines.append(f"    - {item.event.date} [{item.reason}] {item.event.title}")
        lines.append(f"        « {quote_of(item.event)} »")
    if len(items) > limit:
        lines.append(f"    ... and {len(items) - limit} more")
    return lines


def top_lines(stats: TopicStats, top: int) -> list[str]:
    ranked = sorted(stats.events, key=lambda e: (-len(e.sources), e.date, e.id))[:top]
    lines = [f"  top {len(ranked)} events by sources:"]
    for rank, event in enumerate(ranked, 1):
        lines.append(f"   {rank:>2}. {event.date} ({len(event.sources)} sources) {event.title}")
        lines.extend(f"        « {quote_of(event, i)} »"
                     for i in range(min(3, len(event.sources))))
    return lines


def sample_lines(stats: TopicStats, count: int, seed: int) -> list[str]:
    drawn = sample(stats.events, count, seed, key=event_key)
    lines = [f"  sample of {len(drawn)} titles (seed {seed}):"]
    for number, event in enumerate(drawn, 1):
        lines.append(f"   {number:>2}. {event.date}  {event.title}")
        lines.append(f"        « {quote_of(event, width=140)} »")
    return lines


def details(stats: TopicStats, *, top: int = 0, sample_count: int = 0, seed: int = 1,
            furniture_limit: int = 5, flag_limit: int = 20) -> list[str]:
    lines = [f"{stats.name}:"]
    lines += flagged_lines("furniture titles", stats.furniture, furniture_limit)
    lines += flagged_lines("clock times read as years", stats.clock_years, flag_limit)
    lines += flagged_lines("years before 1990", stats.old_years, flag_limit)
    if top:
        lines += top_lines(stats, top)
    if sample_count:
        lines += sample_lines(stats, sample_count, seed)
    return lines
