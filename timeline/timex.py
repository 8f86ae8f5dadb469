"""TIMEX3 date values: parsing, validation and the calendar span they cover.

Every part of the project that orders, checks or displays an event date goes
through :func:`parse_value`, so an event file, the tagger and the site agree on
what ``2024-W01`` or ``199`` means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum


class Precision(str, Enum):
    """How exact a date value is, coarsest first."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"
    WEEKEND = "weekend"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"


SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")


class InvalidTimexValue(ValueError):
    """A string that is not a calendar value this project understands."""


@dataclass(frozen=True)
class DateSpan:
    """The first and last day a date value covers, and its precision."""

    first: date
    last: date
    precision: Precision


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(?P<c>\d{2})$"), "century"),
    (re.compile(r"^(?P<d>\d{3})$"), "decade"),
    (re.compile(r"^(?P<y>\d{4})$"), "year"),
    (re.compile(r"^(?P<y>\d{4})-H(?P<h>[12])$"), "half"),
    (re.compile(r"^(?P<y>\d{4})-Q(?P<q>[1-4])$"), "quarter"),
    (re.compile(r"^(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$"), "month"),
    (re.compile(r"^(?P<y>\d{4})-W(?P<w>\d{2})$"), "week"),
    (re.compile(r"^(?P<y>\d{4})-W(?P<w>\d{2})-WE$"), "weekend"),
    (re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$"), "day"),
    (
        re.compile(
            r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})T"
            r"(?:(?P<pod>MO|MI|AF|EV|NI|DT)|(?P<H>\d{2})(?::(?P<M>\d{2})(?::(?P<S>\d{2}))?)?)$"
        ),
        "time",
    ),
]


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _month_last(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def parse_value(value: str) -> DateSpan:
    """Return the span of a TIMEX3 DATE/TIME value or raise InvalidTimexValue.

    Accepted: ``CC``, ``YYY`` (decade), ``YYYY``, ``YYYY-H1``, ``YYYY-Q4``,
    ``YYYY-WI``, ``YYYY-MM``, ``YYYY-Www``, ``YYYY-Www-WE``, ``YYYY-MM-DD`` and
    ``YYYY-MM-DDThh:mm`` (or a part of day like ``T MO``).
    """
    for pattern, kind in _PATTERNS:
        match = pattern.match(value)
        if not match:
            continue
        groups = match.groupdict()
        try:
            return _span(kind, groups)
        except ValueError as error:
            raise InvalidTimexValue(f"{value!r} is not a real date: {error}") from None
    raise InvalidTimexValue(
        f"{value!r} is not a date value (expected e.g. 2023-12-30, 2023-09, 2024-W01, 2006)"
    )


def _span(kind: str, g: dict[str, str | None]) -> DateSpan:
    if kind == "century":
        start = int(g["c"] or 0) * 100
        return DateSpan(date(max(start, 1), 1, 1), date(start + 99, 12, 31), Precision.CENTURY)
    if kind == "decade":
        start = int(g["d"] or 0) * 10
        return DateSpan(date(max(start, 1), 1, 1), date(start + 9, 12, 31), Precision.DECADE)
    year = int(g["y"] or 0)
    if year < 1:
        raise ValueError("year 0 does not exist")
    if kind == "year":
        return DateSpan(*_year_bounds(year), Precision.YEAR)
    if kind == "half":
        half = int(g["h"] or 1)
        first_month = 1 if half == 1 else 7
        return DateSpan(
            date(year, first_month, 1), _month_last(year, first_month + 5), Precision.HALF
        )
    if kind == "quarter":
        quarter = int(g["q"] or 1)
        first_month = 3 * quarter - 2
        return DateSpan(
            date(year, first_month, 1), _month_last(year, first_month + 2), Precision.QUARTER
        )
    if kind == "season":
        first_month, last_month = SEASONS[g["s"] or "SP"]
        last_year = year + 1 if last_month < first_month else year
        return DateSpan(
            date(year, first_month, 1), _month_last(last_year, last_month), Precision.SEASON
        )
    if kind == "month":
        month = int(g["m"] or 0)
        return DateSpan(date(year, month, 1), _month_last(year, month), Precision.MONTH)
    if kind in ("week", "weekend"):
        week = int(g["w"] or 0)
        monday = date.fromisocalendar(year, week, 1)
        if kind == "weekend":
            saturday = monday + timedelta(days=5)
            return DateSpan(saturday, saturday + timedelta(days=1), Precision.WEEKEND)
        return DateSpan(monday, monday + timedelta(days=6), Precision.WEEK)
    day = date(year, int(g["m"] or 0), int(g["d"] or 0))
    if kind == "day":
        return DateSpan(day, day, Precision.DAY)
    if g.get("pod"):
        return DateSpan(day, day, Precision.PART_OF_DAY)
    hour = int(g["H"] or 0)
    minute = int(g["M"] or 0)
    second = int(g["S"] or 0)
    if hour > 24 or minute > 59 or second > 59:
        raise ValueError("time of day out of range")
    if g.get("S"):
        precision = Precision.SECOND
    elif g.get("M"):
        precision = Precision.MINUTE
    else:
        precision = Precision.HOUR
    return DateSpan(day, day, precision)


def is_valid(value: str) -> bool:
    try:
        parse_value(value)
    except InvalidTimexValue:
        return False
    return True


def sort_key(value: str) -> tuple[date, date, str]:
    """Chronological order: by first day, then the narrower span first."""
    span = parse_value(value)
    return (span.first, span.last, value)
