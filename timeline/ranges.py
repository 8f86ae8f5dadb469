"""Date ranges: two date phrases that name the first and the last day of one happening.

"Vom 28. Februar bis 2. März", "from 28 February to 2 March", "Feb. 26-28",
"zwischen 2009 und 2011", "between March 10 and 14": the tagger finds two
dates; the chronology wants one event that starts on the first and ends on
the second. :func:`find_ranges` pairs them within a sentence.

A pair is a range when the words between the two phrases join them ("bis",
"to", "through", a dash, or "und"/"and" after "zwischen"/"between") and
either an opening word ("vom", "from", "zwischen", "between") stands before
the first phrase or they are joined by a dash or "bis"/"through", which
cannot be read otherwise. Both must be calendar values of a comparable
precision, with the second not before the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.dates.types import Timex, TimexType
from timeline.timex import InvalidTimexValue, parse_value

# Words before the first date that open a range.
_OPENING = re.compile(
    r"(?:\b(?:vom|von|ab\s+dem|from|between|zwischen|im\s+zeitraum\s+vom|in\s+der\s+zeit\s+vom)"
    r"(?:\s+(?:dem|der|the|den))?\s*$)",
    re.IGNORECASE,
)
# What joins the two dates after an opening word.
_JOINED_AFTER_OPENING = re.compile(
    r"^\s*(?:bis(?:\s+(?:zum|zur|einschließlich))?|to|until|till|through|thru|und|and|[-–—])"
    r"\s*(?:(?:dem|der|den|the|am|on)\s+)?$",
    re.IGNORECASE,
)
# What joins them alone, with no opening word: "28. Februar bis 2. März", "Feb. 26-28".
_JOINED_ALONE = re.compile(
    r"^\s*(?:bis(?:\s+(?:zum|zur|einschließlich))?|through|thru|[-–—])\s*(?:(?:am|dem)\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateRange:
    """The two phrases of a range; ``text`` runs from the first to the second."""

    first: Timex
    last: Timex
    # Where the opening word ("vom", "from", "between") starts, else the first phrase.
    opening: int

    @property
    def start(self) -> int:
        return self.first.start

    @property
    def end(self) -> int:
        return self.last.end


def find_ranges(sentence: str, offset: int, timexes: Sequence[Timex]) -> list[DateRange]:
    """The ranges among ``timexes`` (in text order) of a sentence starting at ``offset``."""
    dated = [t for t in timexes if t.type in (TimexType.DATE, TimexType.TIME)]
    dated.sort(key=lambda t: t.start)
    found: list[DateRange] = []
    index = 0
    while index + 1 < len(dated):
        first, last = dated[index], dated[index + 1]
        between = sentence[first.end - offset : last.start - offset]
        before = sentence[: first.start - offset]
        opening = _OPENING.search(before)
        joined = (opening and _JOINED_AFTER_OPENING.match(between)) or _JOINED_ALONE.match(between)
        if joined and _ordered(first.value, last.value):
            start = offset + opening.start() if opening else first.start
            found.append(DateRange(first, last, start))
            index += 2
            continue
        index += 1
    return found


def _calendar(value: str) -> str:
    return value.split("T", 1)[0]


def _ordered(first: str, last: str) -> bool:
    """Both calendar values, the second ending after the first starts, spans alike."""
    try:
        a, b = parse_value(_calendar(first)), parse_value(_calendar(last))
    except InvalidTimexValue:
        return False
    if b.last <= a.first:
        return False
    # "von 2009 bis 14. März" is not one range: the spans must be of one kind.
    return a.precision is b.precision or {a.precision.value, b.precision.value} <= {"day", "month"}
