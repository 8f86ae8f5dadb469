"""Expressions that count from a date named earlier in the text, not from the DCT.

Rules give such expressions a DCT-based value and an ``anchor`` kind;
:func:`anchored` walks the expressions of a document in order and re-resolves
them against what the text named last: a quarter ("a year earlier" after
"the third quarter"), a day ("the next day", "at 8 a.m." after "Tuesday"), a
year ("the following year", "July" after "the 2024 Olympics"). Neighbours
settle each other too: "from September to May" runs forward, "late Tuesday
or early Wednesday" names two days in a row.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.dates.en_calendar import YEAR_OF_SENTENCE
from timeline.dates.en_lexicon import WEEKDAYS
from timeline.dates.en_quantity import CLOCK_DAY
from timeline.dates.en_scan import RELATIONS, Hit, Tokens
from timeline.dates.en_tense import sentence_bounds
from timeline.dates.resolve import (
    month_value,
    shift_month,
    shift_weeks,
    week_monday,
    week_value,
    weekday_after,
)
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
    found = _weekday_runs(tokens, _clock_days(tokens, found))
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
            if (
                not hit.relative
                and hit.type is not TimexType.DURATION
                and (year := _YEAR_VALUE.match(hit.value))
                # A fiscal year straddles two calendar years: "Fiscal 2014 begins Oct. 1".
                and "fiscal" not in tokens.words[hit.start : hit.end]
            ):
                year_named = (sentence, hit.end, year.group(1))
                if result and _closes_year_span(tokens, result[-1], hit):
                    year_named = None  # "the 2013-14 season starts Sept. 14": either year
        elif hit.anchor == YEAR_OF_SENTENCE:
            if year_named is not None and _takes_year(tokens, hit, sentence, year_named):
                hit = replace(hit, value=year_named[2] + hit.value[4:])
        elif hit.anchor == "year_before" and (
            same_sentence := _month_or_day_before(tokens, result, sentence)
        ):
            # "rose in March from a year earlier": March of the year before.
            hit = replace(hit, value=f"{int(same_sentence[:4]) - 1:04d}{same_sentence[4:]}")
        elif hit.anchor == "decade_of_sentence":
            if year_named is not None and year_named[0] == sentence:
                hit = replace(hit, value=year_named[2][:3])
        elif hit.anchor == "year_of_quarter":
            if last_quarter is not None and hit.start - last_at <= ANCHOR_REACH:
                hit = replace(hit, value=last_quarter[:4])
        elif hit.anchor in ("same_quarter", "year_before", "quarter_in_year"):
            if last_quarter is not None and hit.start - last_at <= ANCHOR_REACH:
                hit = replace(hit, value=_on_quarter(hit, last_quarter))
        elif hit.anchor is not None:
            granularity, shift = hit.anchor[:-2], int(hit.anchor[-2:])
            if granularity in last:
                # A part of the day ("overnight" -> ...TNI) stays on the shifted day.
                part = hit.value[10:] if granularity == "day" else ""
                value = _shifted(last[granularity], granularity, shift) + part
                hit = replace(hit, value=value)
        _remember(last, hit.value)
        result.append(hit)
    return _overnight_ranges(tokens, _ordered_ranges(tokens, result))


_DAY_OF = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}-\d{2}|WXX-\d)")
# Words that may stand between a day and its clock time: "Tuesday at 8 a.m.",
# "Jan. 2, around 10 p.m.", "8 a.m. on Friday".
DAY_THEN_CLOCK = frozenset({"at", "on", ",", "around", "about", "by", "from", "until", "till",
                            "shortly", "just", "before", "after", "starting", "beginning"})
# Between a time and its day also "local time" and a parenthesis: "9:30 p.m. local
# time (1800 GMT) on Wednesday".
CLOCK_THEN_DAY = frozenset({"on", ",", "local", "time", "(", ")", "gmt", "utc"})


def _clock_days(tokens: Tokens, found: list[Hit]) -> list[Hit]:
    """Give a clock time without a day of its own the day named right next to it."""
    result = list(found)
    for index, hit in enumerate(found):
        if hit.anchor != CLOCK_DAY:
            continue
        day = None
        before = found[index - 1] if index > 0 else None
        after = found[index + 1] if index + 1 < len(found) else None
        if before is not None and _linked(tokens, before.end, hit.start, DAY_THEN_CLOCK):
            day = _DAY_OF.match(before.value)
        if day is None and after is not None and _linked(
            tokens, hit.end, after.start, CLOCK_THEN_DAY, 7
        ):
            day = _DAY_OF.match(after.value)
        if day is None:
            # No day beside it: the day the text spoke of last, failing that the DCT's.
            result[index] = replace(hit, anchor="day+0")
            continue
        value = day.group(0) + hit.value[hit.value.index("T"):]
        result[index] = replace(hit, value=value, anchor=None)
    return result


RUN_WORDS = frozenset({"and", "or", "to", "through", "-", "–", ",", "until", "till", "on"})


def _weekday_runs(tokens: Tokens, found: list[Hit]) -> list[Hit]:
    """ "late Tuesday or early Wednesday": the second weekday follows the first.

    Each weekday alone would go to its own nearest date, which can put the
    first one ahead of the DCT and the second behind it.
    """
    if tokens.dct is None:
        return found
    result = list(found)
    for index in range(1, len(found)):
        previous, hit = result[index - 1], result[index]
        first_day = _weekday_date(tokens, previous)
        weekday = _weekday_of(tokens, hit)
        if first_day is None or weekday is None or not hit.relative:
            continue
        if not _joined(tokens, previous, hit, RUN_WORDS):
            continue
        own = _DAY_VALUE.match(hit.value)
        # Only mend a run whose first day lies ahead and its second before that:
        # in the past, "made Friday and Thursday" may well list days backwards.
        if own is None or not tokens.dct < first_day:
            continue
        if date.fromisoformat(own.group(0)) >= first_day:
            continue
        day = weekday_after(first_day, weekday)
        result[index] = replace(hit, value=day.isoformat() + hit.value[10:])
    return result


RANGE_LINKS = frozenset({"to", "through", "until", "till", "-", "–"})
_MONTH_OR_DAY = re.compile(r"^(\d{4})(-\d{2}(?:-\d{2})?)$")


def _ordered_ranges(tokens: Tokens, found: list[Hit]) -> list[Hit]:
    """ "from September to May": a range's yearless end comes after its start."""
    result = list(found)
    for index in range(1, len(found)):
        previous, hit = result[index - 1], result[index]
        first = _MONTH_OR_DAY.match(previous.value)
        second = _MONTH_OR_DAY.match(hit.value)
        if first is None or second is None or not hit.relative or hit.anchor not in (
            None, YEAR_OF_SENTENCE
        ):
            continue
        if not _joined(tokens, previous, hit, RANGE_LINKS):
            continue
        if len(previous.value) != len(hit.value) or _weekday_of(tokens, previous) is not None:
            continue  # "revised Friday to December's figures" is no range
        years_apart = int(first.group(1)) - int(second.group(1))
        if hit.value >= previous.value or years_apart not in (0, 1):
            continue
        if previous.relative and tokens.tense(previous.start, hit.end) is Tense.PAST:
            # "Sales fell from May to September": the start lies a year back.
            year = int(first.group(1)) - 1
            if second.group(2) >= first.group(2):
                year = int(second.group(1))
            result[index - 1] = replace(previous, value=f"{year:04d}{first.group(2)}")
        elif years_apart == 0:
            year = int(second.group(1)) + 1
            result[index] = replace(hit, value=f"{year:04d}{second.group(2)}")
    return result


_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$")


def _overnight_ranges(tokens: Tokens, found: list[Hit]) -> list[Hit]:
    """ "a curfew from 7 p.m. to 6 a.m.": a range's end before its start is the next day."""
    result = list(found)
    for index in range(1, len(found)):
        previous, hit = result[index - 1], result[index]
        first = _CLOCK_VALUE.match(previous.value)
        second = _CLOCK_VALUE.match(hit.value)
        if first is None or second is None or first.group(1) != second.group(1):
            continue
        if hit.end - hit.start > 3 or second.group(2, 3) >= first.group(2, 3):
            continue  # "6 a.m. Friday" names its own day
        if not _joined(tokens, previous, hit, RANGE_LINKS):
            continue
        day = date.fromisoformat(second.group(1)) + timedelta(days=1)
        result[index] = replace(hit, value=f"{day.isoformat()}{hit.value[10:]}")
    return result


def _weekday_of(tokens: Tokens, hit: Hit) -> int | None:
    """The weekday a bare weekday expression names ("early Wednesday", "Tuesday night")."""
    named = [WEEKDAYS[word] for word in tokens.words[hit.start : hit.end] if word in WEEKDAYS]
    if len(named) != 1 or any(word in RELATIONS for word in tokens.words[hit.start : hit.end]):
        return None
    return named[0]


def _weekday_date(tokens: Tokens, hit: Hit) -> date | None:
    day = _DAY_VALUE.match(hit.value)
    if day is None or _weekday_of(tokens, hit) is None:
        return None
    return date.fromisoformat(day.group(0))


def _joined(tokens: Tokens, previous: Hit, hit: Hit, between: frozenset[str]) -> bool:
    """Whether two hits stand apart, with only linking words between them."""
    return previous.end != hit.start and _linked(tokens, previous.end, hit.start, between)


def _linked(
    tokens: Tokens, start: int, end: int, between: frozenset[str], most: int = 3
) -> bool:
    """Whether tokens ``start..end`` are at most ``most`` linking words (or none)."""
    gap = [word for word in tokens.words[start:end] if word != " "]
    return len(gap) <= most and all(word in between or word.isdigit() for word in gap)


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


def _month_or_day_before(tokens: Tokens, earlier: list[Hit], sentence: int) -> str | None:
    """The month or day named last in the same sentence, for "a year earlier".

    TimeBank counts it from that day even in earnings reports: "the quarter
    ended Sept. 30 ... up from $100 million a year earlier" is 1988-09-30.
    """
    if not earlier:
        return None
    previous = earlier[-1]
    if sentence_bounds(tokens.words, previous.start, previous.end)[0] != sentence:
        return None
    if previous.type is TimexType.DURATION or not _MONTH_OR_DAY.match(previous.value):
        return None
    return previous.value


def _closes_year_span(tokens: Tokens, previous: Hit, hit: Hit) -> bool:
    """Whether ``hit`` is the second year of "2013-14" or "2013/2014"."""
    return (
        previous.end + 1 == hit.start
        and tokens.word(previous.end) in ("-", "–", "/")
        and _YEAR_VALUE.match(previous.value) is not None
        and len(previous.value) == 4
    )


def _on_quarter(hit: Hit, quarter: str) -> str:
    if hit.anchor == "year_before":
        return f"{int(quarter[:4]) - 1:04d}{quarter[4:]}"
    if hit.anchor == "quarter_in_year":
        return hit.value[:4] + quarter[4:]
    return quarter


_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})(?:$|-\d{2})")
_YEAR_VALUE = re.compile(r"^(\d{4})(?:$|-)")
_WEEK_VALUE = re.compile(r"^\d{4}-W\d{2}")


def _remember(last: dict[str, str], value: str) -> None:
    """Note the day, week, month and year a value names, for later anaphora."""
    if day := _DAY_VALUE.match(value):
        last["day"] = day.group(0)
        last["week"] = week_value(date.fromisoformat(day.group(0)))
    elif week := _WEEK_VALUE.match(value):
        last["week"] = week.group(0)
    if month := _MONTH_VALUE.match(value):
        last["month"] = f"{month.group(1)}-{month.group(2)}"
    if year := _YEAR_VALUE.match(value):
        last["year"] = year.group(1)


def _shifted(anchor: str, granularity: str, shift: int) -> str:
    if granularity == "day":
        return (date.fromisoformat(anchor) + timedelta(days=shift)).isoformat()
    if granularity == "week":
        return week_value(shift_weeks(week_monday(anchor), shift))
    if granularity == "month":
        return month_value(*shift_month(int(anchor[:4]), int(anchor[5:7]), shift))
    return f"{int(anchor) + shift:04d}"
