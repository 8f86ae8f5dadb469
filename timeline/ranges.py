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


# "from 1 to 3 March", "between 10 and 14 March": the first day as a bare number.
_BARE_FIRST_DAY = re.compile(
    r"\b(?P<opening>from|between|vom|von|zwischen(?:\s+dem)?)\s+(?P<day>\d{1,2})(?:st|nd|rd|th|\.)?"
    r"\s*(?:to|and|until|till|through|bis(?:\s+zum)?|und|[-–—])\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def find_ranges(sentence: str, offset: int, timexes: Sequence[Timex]) -> list[DateRange]:
    """The ranges among ``timexes`` (in text order) of a sentence starting at ``offset``."""
    dated = [t for t in timexes if t.type in (TimexType.DATE, TimexType.TIME)]
    dated.sort(key=lambda t: t.start)
    found = _bare_first_days(sentence, offset, dated)
    taken = {id(found_range.last) for found_range in found}
    found += _pairs(sentence, offset, [t for t in dated if id(t) not in taken])
    return sorted(found, key=lambda found_range: found_range.start)


def _bare_first_days(sentence: str, offset: int, dated: list[Timex]) -> list[DateRange]:
    """Ranges whose first day the tagger did not mark: "from 1 to 3 March"."""
    found = []
    for timex in dated:
        match = re.fullmatch(r"(\d{4}-\d\d)-(\d\d)", timex.value.split("T", 1)[0])
        if match is None:
            continue
        before = _BARE_FIRST_DAY.search(sentence[: timex.start - offset])
        if before is None or not 1 <= int(before.group("day")) < int(match.group(2)):
            continue
        day_start = offset + before.start("day")
        day_text = before.group("day")
        if any(other.start <= day_start < other.end for other in dated):
            continue  # the tagger marked the first day: a pair of phrases
        first = Timex(
            day_start, day_start + len(day_text), day_text, TimexType.DATE,
            f"{match.group(1)}-{int(day_text):02d}", timex.relative,
        )
        found.append(DateRange(first, timex, offset + before.start("opening")))
    return found


def _pairs(sentence: str, offset: int, dated: list[Timex]) -> list[DateRange]:
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
