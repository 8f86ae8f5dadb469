"""TIMEX3 values relative to a DCT, with the X-placeholder form when there is none.

Every function takes ``dct: date | None``; without a DCT the value keeps the
granularity but leaves the unknown digits as ``X`` ("XXXX-WXX").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from timeline.dates.resolve import (
    half_of,
    last_day_of_month,
    month_value,
    quarter_of,
    shift_half,
    shift_month,
    shift_quarter,
    week_value,
)
from timeline.dates.types import Tense


def day_after(dct: date | None, days: int) -> str:
    if dct is None:
        return "XXXX-XX-XX"
    return (dct + timedelta(days=days)).isoformat()


def week_after(dct: date | None, weeks: int) -> str:
    if dct is None:
        return "XXXX-WXX"
    return week_value(dct + timedelta(weeks=weeks))


def weekend_after(dct: date | None, weeks: int) -> str:
    return week_after(dct, weeks) + "-WE"


def month_after(dct: date | None, months: int) -> str:
    if dct is None:
        return "XXXX-XX"
    return month_value(*shift_month(dct.year, dct.month, months))


def year_after(dct: date | None, years: int) -> str:
    if dct is None:
        return "XXXX"
    return f"{dct.year + years:04d}"


def quarter_after(dct: date | None, quarters: int) -> str:
    if dct is None:
        return "XXXX-QX"
    year, quarter = shift_quarter(dct.year, quarter_of(dct.month), quarters)
    return f"{year:04d}-Q{quarter}"


def half_after(dct: date | None, halves: int) -> str:
    if dct is None:
        return "XXXX-HX"
    year, half = shift_half(dct.year, half_of(dct.month), halves)
    return f"{year:04d}-H{half}"


def decade_after(dct: date | None, decades: int) -> str:
    if dct is None:
        return "XXX"
    return f"{dct.year // 10 + decades:03d}"


def century_after(dct: date | None, centuries: int) -> str:
    if dct is None:
        return "XX"
    return f"{dct.year // 100 + centuries:02d}"


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_END = {"SP": (5, 31), "SU": (8, 31), "FA": (11, 30), "WI": (2, 28)}


def _season_bounds(year: int, season: str) -> tuple[date, date]:
    first = date(year, SEASON_START[season], 1)
    end_month, end_day = SEASON_END[season]
    last = date(year + 1 if season == "WI" else year, end_month, end_day)
    return first, last


def season_value(season: str, dct: date | None, shift: int | None, tense: Tense) -> str:
    """A season named with "last"/"this"/"next" (shift -1/0/1) or bare (shift None)."""
    if dct is None:
        return "XXXX-" + season
    current = dct.year - 1 if season == "WI" and dct.month <= 2 else dct.year
    first, last = _season_bounds(current, season)
    if shift == 0:
        year = current
    elif shift == -1:
        # "last fall" is the fall of last year (TimeBank: "last spring" in
        # October 1989 is 1988-SP); "last winter" in January 2024 is 2023-WI.
        year = dct.year - 1
    elif shift == 1:
        year = current if first > dct else current + 1
    elif tense is Tense.PAST:
        year = current if first <= dct else current - 1
    elif tense is Tense.FUTURE:
        year = current if last >= dct else current + 1
    else:
        year = current
    return f"{year:04d}-{season}"


def quarter_in_year(quarter: int, dct: date | None, tense: Tense) -> str:
    return _part_in_year("Q", quarter, quarter_of, dct, tense)


def half_in_year(half: int, dct: date | None, tense: Tense) -> str:
    return _part_in_year("H", half, half_of, dct, tense)


def _part_in_year(
    letter: str, number: int, part_of: Callable[[int], int], dct: date | None, tense: Tense
) -> str:
    """A quarter or half without a year: this year's, unless it lies ahead in a past context."""
    if dct is None:
        return f"XXXX-{letter}{number}"
    year = dct.year
    if number > part_of(dct.month) and tense is not Tense.FUTURE:
        year -= 1
    return f"{year:04d}-{letter}{number}"


def year_of_month_day(month: int, day: int | None, dct: date, tense: Tense) -> int:
    """Year of a month (and day) named without one.

    The nearest occurrence wins; the tense only overrides it when the nearest
    one lies on the other side of the DCT by more than :data:`TENSE_SLACK_DAYS`
    (news mentions "payable Dec. 1" in a past-tense sentence in October).
    """
    spans = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if day is None:
            first = date(year, month, 1)
            last = last_day_of_month(year, month)
        else:
            first = last = date(year, month, min(day, 28) if month == 2 and day > 28 else day)
        spans.append((year, first, last))

    def gap(span: tuple[int, date, date]) -> int:
        _, first, last = span
        if first > dct:
            return (first - dct).days
        if last < dct:
            return -(dct - last).days
        return 0

    nearest = min(spans, key=lambda span: (abs(gap(span)), gap(span) > 0))
    if tense is Tense.PAST and gap(nearest) > TENSE_SLACK_DAYS:
        return max(year for year, first, _ in spans if first <= dct)
    if tense is Tense.FUTURE and gap(nearest) < -TENSE_SLACK_DAYS:
        return min(year for year, _, last in spans if last >= dct)
    return nearest[0]


TENSE_SLACK_DAYS = 60
