"""A day of the month named without its month: "on the 15th", "by the 20th".

News uses it for a day of the current month or one next to it; the tense of
the sentence picks which ("was found on the 15th" looks back).
"""

from __future__ import annotations

import re
from datetime import date

from timeline.dates.en_calendar import RANGE_WORDS, valid_date
from timeline.dates.en_scan import Hit, Prefix, Tokens
from timeline.dates.resolve import shift_month
from timeline.dates.types import Tense, TimexType

_ORDINAL_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
# Words before "the 15th" that ask for a day, and words after it that end the phrase.
DAY_OF_MONTH_BEFORE = frozenset({
    "on", "by", "until", "till", "since", "from", "before", "after", "through",
})  # fmt: skip
DAY_OF_MONTH_AFTER = frozenset({
    ",", ".", ";", ":", "and", "or", "-", "–", "to", "at", "when", "\n", "", ")", "''", '"',
    "through", "until", "till", "but", "as", "after", "before", "in", "with",
})  # fmt: skip


def day_of_month_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """A day of the month without a month: "on the 15th", "by the 20th"."""
    i = prefix.head
    match = _ORDINAL_DAY.match(tokens.word(i))
    if (
        match is None
        or prefix.article is None
        or prefix.article + 1 != i
        or tokens.word(prefix.article) != "the"
        or tokens.word(prefix.article - 1) not in DAY_OF_MONTH_BEFORE
        or tokens.word(i + 1) not in DAY_OF_MONTH_AFTER
    ):
        return []
    day = int(match.group(1))
    # "the 18th and 19th centuries", "the 5th and 6th floors": ordinals of something else.
    if tokens.word(i + 1) in RANGE_WORDS and not _ends_day_list(tokens, i + 2):
        return []
    if not 1 <= day <= 31:
        return []
    start = prefix.article
    dct = tokens.dct
    if dct is None:
        return [Hit(start, i + 1, TimexType.DATE, f"XXXX-XX-{day:02d}", True)]
    value = _day_in_month_near(day, dct, tokens.tense(start, i + 1))
    hits = [Hit(start, i + 1, TimexType.DATE, value, True)]
    k = i + 2 + (tokens.word(i + 2) == "the")
    if tokens.word(i + 1) in RANGE_WORDS and (second := _ORDINAL_DAY.match(tokens.word(k))):
        # "the 14th and 15th": the same month's day, unless the range runs into the next.
        last_day = int(second.group(1))
        year, month = int(value[:4]), int(value[5:7])
        if last_day < day:
            year, month = shift_month(year, month, 1)
        if valid_date(year, month, last_day):
            value = f"{year:04d}-{month:02d}-{last_day:02d}"
            hits.append(Hit(k - (tokens.word(k - 1) == "the"), k + 1, TimexType.DATE, value, True))
    return hits


def _ends_day_list(tokens: Tokens, k: int) -> bool:
    if tokens.word(k) == "the":
        k += 1
    return _ORDINAL_DAY.match(tokens.word(k)) is not None and tokens.word(k + 1) in (
        DAY_OF_MONTH_AFTER - RANGE_WORDS
    )


def _day_in_month_near(day: int, dct: date, tense: Tense) -> str:
    """The date of "the 15th": this month's, or the month before (after) as the tense says."""
    candidates = []
    for shift in (-1, 0, 1):
        year, month = shift_month(dct.year, dct.month, shift)
        if valid_date(year, month, day):
            candidates.append(date(year, month, day))
    if not candidates:
        return f"{dct.year:04d}-{dct.month:02d}-{day:02d}"
    if tense is Tense.PAST:
        chosen = max((c for c in candidates if c <= dct), default=candidates[0])
    elif tense is Tense.FUTURE:
        chosen = min((c for c in candidates if c >= dct), default=candidates[-1])
    else:
        chosen = min(candidates, key=lambda c: (abs((c - dct).days), c > dct))
    return chosen.isoformat()
