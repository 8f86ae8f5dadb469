"""Figures a person can check on events extracted from real news, without a gold file.

Shared by ``bench/t17.py`` (English news, Timeline17) and ``bench/krauts_titles.py``
(German news, KRAUTS): titles that are page furniture (bylines, copyright lines,
photo captions, time stamps), clock times read as years ("1950 GMT" as the year
1950, "Saturdays, 1130", a diary's "19 JANUARY, 1130 GMT", a live page's entry
stamp "1912 Haiti's envoy tells ..."), years before the story's era, the events
with the most sources, and a reproducible random sample of titles for hand
judgment.
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


# What follows a 24-hour time written without a colon: "1950 GMT", "0910 local time",
# "(1400 local, 1900 GMT)", "1130 hrs", "2200 h", "1930 Uhr", "2005 Ortszeit".
CLOCK_MARK_AFTER_RE = re.compile(
    rf"\s*(?:{_ZONE}|local\s+time\b|local\s*[,;).]|(?:hrs?|h|Uhr|Ortszeit)\b)"
)
_WEEKDAY = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|(?:Montag|Dienstag|Mittwoch|Donnerstag|"
    r"Freitag|Samstag|Sonnabend|Sonntag)s?|(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag)s"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sept?|Oct|Okt|Nov|Dec|Dez)\.?"
)
# "Saturdays, " before the digits: a time that day ("Saturdays, 1130").
WEEKDAY_COMMA_RE = re.compile(rf"\b(?:{_WEEKDAY}),\s*$")
# "19 JANUARY, " or "January 19, " before the digits.
DAY_MONTH_COMMA_RE = re.compile(
    rf"(?:\b\d{{1,2}}\.?\s+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}),\s*$", re.IGNORECASE
)
# A day date this old in a news story is a diary time: "19 JANUARY, 1130".
EARLIEST_DAY_DATE_YEAR = 1500
# An entry stamp at the start of a quote: "1912 Haiti's envoy ...", "2005: Mr Obama ...".
ENTRY_STAMP_RE = re.compile(r"^((?:[01]\d|2[0-3])[0-5]\d)(?![\d,.])(?::)?\s*(?=[A-Z\"“‘'(])")
# Inside a live page, a stamp after an entry with no stop: "... in Haiti 2207 The WSJ says".
INNER_STAMP_RE = re.compile(r":?\s*[A-Z\"“]")
_YEAR_WORD_BEFORE_RE = re.compile(
    r"\b(?:in|since|until|till|from|during|before|after|of|by|the|early|late|mid|year|circa|"
    r"between|and|or|through|for|to|a|an|its|his|her|their|this|that|at|on|about|im|seit|bis|"
    r"ab|vom|von|jahr|jahres|nach|vor|um|der|die|das|dem|den|des|und)\s+$|[\d,]\s*$",
    re.IGNORECASE,
)
LIVE_PAGE_MIN_STAMPS = 3


def is_clock_time(digits: str) -> bool:
    """``digits`` can be a 24-hour time: 0000 to 2359."""
    return re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", digits) is not None


def live_page_articles(events: Sequence[Any]) -> set[str]:
    """The articles whose quotes show a live page's entry stamps.

    At least three different quotes of the article open with a 24-hour time,
    and one of those times is no year of a chronology ("0933", "2215"), so the
    lines of "2000 Dr Murray opens a practice ..." do not count.
    """
    stamps: dict[str, dict[str, str]] = {}
    for event in events:
        for source in event.sources:
            match = ENTRY_STAMP_RE.match(source.quote)
            if match:
                stamps.setdefault(source.article, {})[source.quote] = match.group(1)
    return {
        article for article, by_quote in stamps.items()
        if len(by_quote) >= LIVE_PAGE_MIN_STAMPS
        and any(int(digits) < 1000 or int(digits) >= 2100 for digits in by_quote.values())
    }


def is_clock_year(date_text: str | None, quote: str, live_page: bool = False) -> bool:
    """``date_text`` in ``quote`` holds a clock time read as a date.

    True when the date phrase holds four digits that the quote shows to be a
    time of day: followed by a time zone, "local time", "hrs", "h" or "Uhr"
    ("1950 GMT", "19 JANUARY, 1130 GMT"); after a weekday and a comma
    ("Saturdays, 1130"); after a day and month and a comma and too old for a
    day date ("19 JANUARY, 1130"); or, in a live page (``live_page``), as the
    stamp that opens an entry ("1912 Haiti's envoy tells ...", "... in Haiti
    2207 The WSJ says"). Also when the phrase holds a 3-4 digit number and
    stands inside parentheses that name a time zone ("(1400 local, 1900 GMT)").
    """
    if not date_text or not date_text.strip():
        return False
    phrase = date_text.strip()
    occurrences = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(phrase)}(?!\d)", quote)]
    for start in occurrences:
        for number in re.finditer(r"(?<!\d)\d{4}(?!\d)", phrase):
            at = start + number.start()
            end = start + number.end()
            if _clock_context(number.group(), quote, at, end, live_page):
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


def _clock_context(digits: str, quote: str, start: int, end: int, live_page: bool) -> bool:
    """Whether the four ``digits`` at ``quote[start:end]`` stand where a time of day does."""
    if CLOCK_MARK_AFTER_RE.match(quote, end):
        return True
    if not is_clock_time(digits):
        return False
    before = quote[max(0, start - 40) : start]
    if WEEKDAY_COMMA_RE.search(before):
        return True
    if int(digits) < EARLIEST_DAY_DATE_YEAR and DAY_MONTH_COMMA_RE.search(before):
        return True
    if not live_page:
        return False
    if start == 0:
        return ENTRY_STAMP_RE.match(quote) is not None
    return bool(INNER_STAMP_RE.match(quote, end)) and not _YEAR_WORD_BEFORE_RE.search(before)


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
    live_pages = live_page_articles(ordered)
    for event in ordered:
        marker = furniture_marker(event.title)
        if marker:
            stats.furniture.append(Flagged(event, marker))
        clock = next(
            (s for s in event.sources
             if is_clock_year(s.date_text, s.quote, s.article in live_pages)),
            None,
        )
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
