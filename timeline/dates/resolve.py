"""Calendar arithmetic that turns underspecified and relative expressions into values.

Shared by all languages. Language modules decide *what* an expression means
(a month name, "last week", the tense of its sentence); the functions here do
the date arithmetic and formatting, always relative to a DCT passed in.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.dates.types import Tense


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    iso_year, iso_week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def weekend_value(day: date) -> str:
    return week_value(day) + "-WE"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def half_of(month: int) -> int:
    return 1 if month <= 6 else 2


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by a number of months."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_quarter(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    """(year, quarter) moved by a number of quarters."""
    index = year * 4 + (quarter - 1) + quarters
    return index // 4, index % 4 + 1


def shift_half(year: int, half: int, halves: int) -> tuple[int, int]:
    """(year, half) moved by a number of half-years."""
    index = year * 2 + (half - 1) + halves
    return index // 2, index % 2 + 1


def last_day_of_month(year: int, month: int) -> date:
    next_year, next_month = shift_month(year, month, 1)
    return date(next_year, next_month, 1) - timedelta(days=1)


def week_monday(value: str) -> date:
    """The Monday of a week value such as ``2024-W01``; ValueError for a week the year lacks."""
    return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)


def shift_days(day: date, days: int) -> date:
    return day + timedelta(days=days)


def shift_weeks(day: date, weeks: int) -> date:
    return day + timedelta(weeks=weeks)


def weekday_date(dct: date, weekday: int, tense: Tense) -> date:
    """The date of a weekday (0 = Monday) named without a date.

    Past tense looks back (same day counts: "am Dienstag" on a Tuesday is
    today), future looks ahead, and otherwise the nearest such day is taken,
    preferring the past in a tie since news mostly reports what happened.
    """
    back = (dct.weekday() - weekday) % 7
    ahead = (weekday - dct.weekday()) % 7
    if tense is Tense.PAST:
        return dct - timedelta(days=back)
    if tense is Tense.FUTURE:
        return dct + timedelta(days=ahead)
    if back <= ahead:
        return dct - timedelta(days=back)
    return dct + timedelta(days=ahead)


def weekday_before(day: date, weekday: int) -> date:
    """The latest such weekday strictly before ``day`` ("last Tuesday")."""
    return day - timedelta(days=(day.weekday() - weekday) % 7 or 7)


def weekday_after(day: date, weekday: int) -> date:
    """The earliest such weekday strictly after ``day`` ("next Tuesday")."""
    return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)


def year_for_month_day(month: int, day: int | None, dct: date, tense: Tense) -> int:
    """The year of a date given without one ("am 30. Dezember").

    Past tense: the latest such date not after the DCT. Future: the earliest
    not before it. Unknown: the nearest one to the DCT.
    """
    candidates = (dct.year - 1, dct.year, dct.year + 1)

    def anchor(year: int) -> date:
        if day is None:
            return date(year, month, 1)
        try:
            return date(year, month, day)
        except ValueError:
            return date(year, month, 28)

    def end_of(year: int) -> date:
        if day is not None:
            return anchor(year)
        return last_day_of_month(year, month)

    if tense is Tense.PAST:
        past = [y for y in candidates if anchor(y) <= dct]
        return max(past) if past else dct.year
    if tense is Tense.FUTURE:
        future = [y for y in candidates if end_of(y) >= dct]
        return min(future) if future else dct.year
    # Nearest: a month-only reference covering the DCT is the current one.
    return min(
        candidates,
        key=lambda y: (
            0 if anchor(y) <= dct <= end_of(y) else min(abs((anchor(y) - dct).days),
                                                         abs((end_of(y) - dct).days)),
            0 if anchor(y) <= dct else 1,
        ),
    )


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    golden = year % 19
    century, year_of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon + 15) % 30
    leap_years, year_rest = divmod(year_of_century, 4)
    weekday = (32 + 2 * century_rest + 2 * leap_years - epact - year_rest) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def days_after_easter(year: int, days: int) -> date:
    """A movable feast: Good Friday is -2, Whit Monday 50."""
    return easter_sunday(year) + timedelta(days=days)


def holiday_date(year: int, month: int, day: int) -> date:
    """A holiday's date in a year; month 0 marks a movable feast ``day`` days after Easter."""
    if month == 0:
        return days_after_easter(year, day)
    return date(year, month, day)


def unresolved(value_without_year: str) -> str:
    """A value whose year is unknown, e.g. ``XXXX-12-30``."""
    return "XXXX-" + value_without_year


DATE_PARTS = "YMWD"
TIME_PARTS = "HMS"


def duration_sum(larger: str, smaller: str) -> str | None:
    """P3Y + P4M is P3Y4M, PT2H + PT30M PT2H30M, P1D + PT6H P1DT6H; None unless the second
    unit is smaller than the first and neither is vague."""
    parts: list[tuple[str, str, str]] = []  # (date or time part, amount, letter)
    for value in (larger, smaller):
        match = re.fullmatch(r"P(T?)(\d+)([A-Z])", value)
        if match is None or match.group(3) not in (TIME_PARTS if match.group(1) else DATE_PARTS):
            return None
        parts.append(("T" if match.group(1) else "", match.group(2), match.group(3)))
    ranks = [
        (1, TIME_PARTS.index(letter)) if part else (0, DATE_PARTS.index(letter))
        for part, _, letter in parts
    ]
    if ranks[0] >= ranks[1]:
        return None
    (first_part, first_amount, first_letter), (second_part, second_amount, second_letter) = parts
    head = f"P{first_part}{first_amount}{first_letter}"
    joint = "" if first_part or not second_part else "T"
    return f"{head}{joint}{second_amount}{second_letter}"
