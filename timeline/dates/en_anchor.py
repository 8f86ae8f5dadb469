"""Expressions that count from a date named earlier in the text, not from the DCT.

Rules give such expressions a DCT-based value and an ``anchor`` kind;
:func:`anchored` walks the expressions of a document in order and re-resolves
them against what the text named last: a quarter ("a year earlier" after
"the third quarter"), a day ("the next day"), a year ("the following year",
"July" after "the 2024 Olympics").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.dates.en_calendar import YEAR_OF_SENTENCE
from timeline.dates.en_scan import Hit, Tokens
from timeline.dates.en_tense import sentence_bounds
from timeline.dates.resolve import shift_month
from timeline.dates.types import Tense, TimexType

_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")
# How many tokens back a named quarter still anchors "a year earlier".
ANCHOR_REACH = 300


def anchored(tokens: Tokens, found: list[Hit]) -> list[Hit]:
    """Re-anchor expressions that count from a date named earlier in the text.

    Earnings reports name a quarter ("the third quarter") and then compare
    with "a year ago": the same quarter one year before, not the DCT's year.
    Narratives name a day and go on with "the next day" or "that year".
    """
    last_quarter: str | None = None
    last_at = 0
    last: dict[str, str] = {}
    year_named: tuple[int, int, str] | None = None  # (sentence start, end token, year)
    result: list[Hit] = []
    for hit in found:
        sentence = sentence_bounds(tokens.words, hit.start, hit.end)[0]
        if hit.anchor is None:
            if _QUARTER.match(hit.value):
                last_quarter, last_at = hit.value, hit.end
            if not hit.relative and hit.type is not TimexType.DURATION and (
                year := _YEAR_VALUE.match(hit.value)
            ):
                year_named = (sentence, hit.end, year.group(1))
        elif hit.anchor == YEAR_OF_SENTENCE:
            if year_named is not None and _takes_year(tokens, hit, sentence, year_named):
                hit = replace(hit, value=year_named[2] + hit.value[4:])
        elif hit.anchor in ("same_quarter", "year_before", "quarter_in_year"):
            if last_quarter is not None and hit.start - last_at <= ANCHOR_REACH:
                hit = replace(hit, value=_on_quarter(hit, last_quarter))
        elif hit.anchor is not None:
            granularity, shift = hit.anchor[:-2], int(hit.anchor[-2:])
            if granularity in last:
                hit = replace(hit, value=_shifted(last[granularity], granularity, shift))
        _remember(last, hit.value)
        result.append(hit)
    return result


# How close a year must precede a yearless month or day to lend it its year.
YEAR_REACH = 10


def _takes_year(
    tokens: Tokens, hit: Hit, sentence: int, year_named: tuple[int, int, str]
) -> bool:
    """Whether "July" takes the year of "The 2024 Olympics" named just before it.

    Only in the same sentence, a few words back, and not against the tense
    ("invited in July 1997, will join on March 12" is not 1997).
    """
    named_sentence, named_end, year_text = year_named
    if named_sentence != sentence or hit.start - named_end > YEAR_REACH:
        return False
    if tokens.dct is None:
        return True
    year = int(year_text)
    tense = tokens.tense(hit.start, hit.end)
    if tense is Tense.FUTURE and year < tokens.dct.year:
        return False
    return not (tense is Tense.PAST and year > tokens.dct.year)


def _on_quarter(hit: Hit, quarter: str) -> str:
    if hit.anchor == "year_before":
        return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}"
    if hit.anchor == "quarter_in_year":
        return hit.value[:4] + quarter[4:]
    return quarter


_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:$|-\d{2})")
_YEAR_VALUE = re.compile(r"^(\d{4})(?:$|-)")


def _remember(last: dict[str, str], value: str) -> None:
    """Note the day, month and year a value names, for later anaphora."""
    if day := _DAY_VALUE.match(value):
        last["day"] = day.group(0)
    if month := _MONTH_VALUE.match(value):
        last["month"] = f"{month.group(1)}-{month.group(2)}"
    if year := _YEAR_VALUE.match(value):
        last["year"] = year.group(1)


def _shifted(anchor: str, granularity: str, shift: int) -> str:
    if granularity == "day":
        return (date.fromisoformat(anchor) + timedelta(days=shift)).isoformat()
    if granularity == "month":
        year, month = shift_month(int(anchor[:4]), int(anchor[5:7]), shift)
        return f"{year:04d}-{month:02d}"
    return f"{int(anchor) + shift:04d}"
