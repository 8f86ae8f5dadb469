"""Entry stamps of a live page: the time each entry was posted, written at its start.

A live page ("As it happened", a news ticker) is a run of short entries, each
opened by the time it was posted: "1912 Haiti's envoy tells the BBC ...",
"2005: Mr Obama uses tough language", "19.12 Uhr: Die Polizei sperrt ...".
The stamp says when the page was written, on its publication day, not when
anything happened; and a 24-hour "1912" or "2005" read alone looks like a year.

One stamp-like sentence start proves nothing ("1959 was the year ..."), and
a chronology opens its lines with years ("2000 Dr Murray opens a practice"),
so the article as a whole decides. It is a live page when

* at least :data:`MIN_STAMPS` entries open with a time, and nearly all
  four-digit entry openers can be one (the years opening a genealogy's lines,
  "1871", "1898 ...", cannot: there is no minute 71 or 98);
* the stamps run in time order, either way round, across midnight;
* and something shows they are times: a stamp no story year can be ("0933",
  "2215"), a stamp written as a time ("19:12 Uhr", "1130 GMT"), a stamp after the
  publication year next to one before 2000 (as years the run would leap over
  the sixties to the nineties, which a chronology never does), or a note
  "All times GMT".

Then :func:`cut_entry_stamps` cuts every stamp out, like other page
furniture: the entry's own words stay, on a piece of their own, and are
dated by what they say.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from timeline.dates.clock import MINUTES_PER_DAY, is_24_hour_time, minute_of_day
from timeline.furniture import TIME_ZONES, Furniture

MIN_STAMPS = 3
# Of the four-digit entry openers, this share at least must be times of day.
MIN_TIME_SHARE = 0.9
# Of the steps from one stamp to the next, this share at least must go one way.
MIN_ORDER_SHARE = 0.8
# Four digits from here on are no year a news story's chronology lists.
FIRST_CLOCK_ONLY = 2100
# A run of years that crosses this one without a year from the sixties to the
# nineties (no minute 60 to 99) is no chronology.
YEAR_2000 = 2000

# An entry opens a piece or follows a sentence end (and a closing quote or bracket).
_STAMP = re.compile(
    r"(?:^|(?<=[.!?…\"”’)\]])\s+)"
    r"(?P<stamp>(?:(?P<digits>\d{4})|(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d))"
    r"(?!\d)(?P<uhr>\s*Uhr\b)?"
    rf"(?P<zone>\s*(?:{TIME_ZONES})\b)?"
    r"(?P<mark>\s*(?::|[–—-](?=\s)))?)"
    r"\s*(?=[A-ZÄÖÜ\"“„‘'«»(\[])"
)
_TIMES_NOTE = re.compile(
    rf"\b[Aa]ll\s+times(?:\s+are)?(?:\s+in)?\s+(?:{TIME_ZONES}|UK|local|London)\b"
    rf"|\b(?:Zeitangaben|Uhrzeiten|Zeiten)\s+(?:in\s+)?(?:{TIME_ZONES}|Ortszeit)\b"
)


@dataclass(frozen=True)
class EntryStamp:
    """A time at the start of an entry: ``piece`` index, the stamp's span, its minute."""

    piece: int
    start: int
    # Where the entry's own words start.
    end: int
    text: str
    minute: int
    # The four digits of a stamp written without a colon ("1912"), else "".
    digits: str = ""


def cut_entry_stamps(
    pieces: Sequence[str], found: Furniture, published: date | None = None
) -> list[str]:
    """``pieces`` with the entry stamps of a live page cut out (see the module docstring).

    Each stamp goes to ``found.removed``; the text before and after it become
    separate pieces. Pieces of an article that is no live page come back as they were.
    """
    stamps = entry_stamps(pieces, published)
    if not stamps:
        return list(pieces)
    by_piece: dict[int, list[EntryStamp]] = {}
    for stamp in stamps:
        by_piece.setdefault(stamp.piece, []).append(stamp)
    result: list[str] = []
    for index, piece in enumerate(pieces):
        position = 0
        for stamp in by_piece.get(index, []):
            result.append(piece[position : stamp.start])
            found.removed.append(stamp.text)
            position = stamp.end
        result.append(piece[position:])
    return [piece.strip() for piece in result if piece.strip()]


def entry_stamps(pieces: Sequence[str], published: date | None = None) -> list[EntryStamp]:
    """The entry stamps of ``pieces`` when they are a live page, else []."""
    openers = [
        (index, match) for index, piece in enumerate(pieces) for match in _STAMP.finditer(piece)
    ]
    stamps: list[EntryStamp] = []
    four_digit_openers = 0
    # A stamp written as a time ("19:12 Uhr", "1130 GMT") shows the run is one of times.
    written_as_time = False
    for index, match in openers:
        digits = match.group("digits")
        marked = bool(match.group("uhr") or match.group("zone"))
        if digits:
            four_digit_openers += 1
            if not is_24_hour_time(digits):
                continue
            minute = minute_of_day(digits)
        elif marked or match.group("mark"):
            minute = int(match.group("hour")) * 60 + int(match.group("minute"))
            marked = True
        else:
            continue  # "2.50 Millionen ...": a number, not a stamp
        written_as_time = written_as_time or marked
        stamps.append(EntryStamp(index, match.start("stamp"), match.end(),
                                 match.group("stamp").strip(), minute, digits or ""))
    bare = [stamp for stamp in stamps if stamp.digits]
    if len(stamps) < MIN_STAMPS or (bare and len(bare) < MIN_TIME_SHARE * four_digit_openers):
        return []
    direction = time_direction([stamp.minute for stamp in stamps])
    if direction == 0:
        return []
    if not written_as_time and not _shows_clock(bare, pieces, published):
        return []
    inner = _stamps_after_unended_entries(pieces, stamps, direction)
    return sorted([*stamps, *inner], key=lambda stamp: (stamp.piece, stamp.start))


def time_direction(minutes: Sequence[int]) -> int:
    """1 when the times mostly rise from one to the next, -1 when they mostly fall, else 0.

    A step is taken the short way round the clock: 2358 after 0000 falls by two
    minutes, 0005 after 2355 rises by ten. The run, stepped through, must stay
    within one day: times in no order would go round the clock again and again.
    """
    forward = backward = 0
    travelled = 0  # minutes forward, less the minutes back
    for earlier, later in pairwise(minutes):
        step = (later - earlier) % MINUTES_PER_DAY
        if step == 0:
            continue
        if step <= MINUTES_PER_DAY // 2:
            forward += 1
            travelled += step
        else:
            backward += 1
            travelled -= MINUTES_PER_DAY - step
    steps = forward + backward
    if steps == 0 or max(forward, backward) < MIN_ORDER_SHARE * steps:
        return 0
    if abs(travelled) >= MINUTES_PER_DAY:
        return 0
    return 1 if forward > backward else -1


# Inside a live page, a stamp after an entry that ends without a stop: a caption
# ("... footage of the destruction in Haiti 2207 The Wall Street Journal says") or a
# link ("Read Mark Knoller's tweets 2011: The BBC's Paul Adams ...").
_INNER_STAMP = re.compile(
    r"(?<=[^\W\d])\s+(?P<stamp>(?P<digits>\d{4})(?![\d,.])(?P<mark>:)?)\s*(?=[A-Z\"“])"
)
# Words after which four digits are a year even on a live page: "the 2004 Asian tsunami".
_YEAR_WORDS = frozenset({
    "in", "since", "until", "till", "from", "during", "before", "after", "of", "by", "the",
    "early", "late", "mid", "year", "circa", "between", "and", "or", "through", "for", "to",
    "a", "an", "its", "his", "her", "their", "our", "this", "that", "at", "on", "about",
    "im", "seit", "bis", "ab", "vom", "von", "jahr", "jahres", "nach", "vor", "um", "der",
    "die", "das", "dem", "den", "des", "und",
})  # fmt: skip
# How far a stamp at either end of the run may lie from its one neighbour.
MAX_END_STEP = 120


def _stamps_after_unended_entries(
    pieces: Sequence[str], stamps: Sequence[EntryStamp], direction: int
) -> list[EntryStamp]:
    """Four-digit times inside the pieces of a live page that open an entry.

    Only a time that fits the run between the stamps before and after it
    counts, and not one after a word that takes a year ("the 2004 Asian tsunami").
    """
    ordered = sorted(stamps, key=lambda stamp: (stamp.piece, stamp.start))
    positions = [(stamp.piece, stamp.start) for stamp in ordered]
    found: list[EntryStamp] = []
    for index, piece in enumerate(pieces):
        for match in _INNER_STAMP.finditer(piece):
            digits = match.group("digits")
            position = (index, match.start("stamp"))
            if not is_24_hour_time(digits):
                continue
            words = piece[: match.start()].rsplit(None, 1)
            if not words or words[-1].lower() in _YEAR_WORDS:
                continue
            minute = minute_of_day(digits)
            after = bisect_right(positions, position)
            previous = ordered[after - 1].minute if after > 0 else None
            following = ordered[after].minute if after < len(ordered) else None
            if _fits(previous, minute, following, direction):
                found.append(EntryStamp(index, position[1], match.end(),
                                        match.group("stamp").strip(), minute, digits))
    return found


def _fits(previous: int | None, minute: int, following: int | None, direction: int) -> bool:
    """Whether ``minute`` lies on the run's way from ``previous`` to ``following``."""

    def step(earlier: int, later: int) -> int:
        return ((later - earlier) * direction) % MINUTES_PER_DAY

    if previous is not None and following is not None:
        return step(previous, minute) + step(minute, following) == step(previous, following)
    if previous is not None:
        return step(previous, minute) <= MAX_END_STEP
    return following is not None and step(minute, following) <= MAX_END_STEP


def _shows_clock(
    stamps: Sequence[EntryStamp], pieces: Sequence[str], published: date | None
) -> bool:
    """Whether four-digit stamps are shown to be times, not the years of a chronology."""
    numbers = [int(stamp.digits) for stamp in stamps]
    if any(number < 1000 or number >= FIRST_CLOCK_ONLY for number in numbers):
        return True  # "0933", "2215"
    if published is not None and any(number > published.year for number in numbers) and any(
        number < YEAR_2000 for number in numbers
    ):
        return True  # "1905" ... "2059" on a page of 2010
    return any(_TIMES_NOTE.search(piece) for piece in pieces)
