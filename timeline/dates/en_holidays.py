"""Named days of the (mostly US) calendar: "Thanksgiving Day", "Christmas", "Election Day"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from timeline.dates.en_scan import Hit, Prefix, Tokens
from timeline.dates.resolve import days_after_easter, easter_sunday, last_day_of_month, week_value
from timeline.dates.types import Tense, TimexType


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` (1-based; -1 = last) ``weekday`` of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = last_day_of_month(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _election_day(year: int) -> date:
    return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)


HOLIDAYS: dict[tuple[str, ...], Callable[[int], date]] = {
    ("thanksgiving", "day"): lambda y: _nth_weekday(y, 11, 3, 4),
    ("thanksgiving",): lambda y: _nth_weekday(y, 11, 3, 4),
    ("christmas", "day"): lambda y: date(y, 12, 25),
    ("christmas", "eve"): lambda y: date(y, 12, 24),
    ("christmas",): lambda y: date(y, 12, 25),
    ("new", "year", "'s", "day"): lambda y: date(y, 1, 1),
    ("new", "year", "'s", "eve"): lambda y: date(y, 12, 31),
    ("election", "day"): _election_day,
    ("independence", "day"): lambda y: date(y, 7, 4),
    ("labor", "day"): lambda y: _nth_weekday(y, 9, 0, 1),
    ("memorial", "day"): lambda y: _nth_weekday(y, 5, 0, -1),
    ("veterans", "day"): lambda y: date(y, 11, 11),
    ("valentine", "'s", "day"): lambda y: date(y, 2, 14),
    ("halloween",): lambda y: date(y, 10, 31),
    ("easter", "sunday"): easter_sunday,
    ("easter",): easter_sunday,
    ("good", "friday"): lambda y: days_after_easter(y, -2),
    ("black", "friday"): lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    ("cyber", "monday"): lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4),
}
# "Thanksgiving Day this year": one expression, as TimeBank has "June last year".
YEAR_AFTER = {"this": 0, "last": -1, "next": 1}
FIRST_WORDS = frozenset(name[0] for name in HOLIDAYS)


def _occurrence(day_of: Callable[[int], date], dct: date, tense: Tense, shift: int | None) -> date:
    candidates = [day_of(year) for year in (dct.year - 1, dct.year, dct.year + 1)]
    if shift is not None and shift < 0:
        return max(day for day in candidates if day < dct)
    if shift is not None and shift > 0:
        return min(day for day in candidates if day > dct)
    if tense is Tense.PAST:
        return max(day for day in candidates if day <= dct)
    if tense is Tense.FUTURE:
        return min(day for day in candidates if day >= dct)
    return min(candidates, key=lambda day: abs((day - dct).days))


def holiday_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """A named holiday, resolved to its date in the year the tense points to."""
    i = prefix.head
    if tokens.word(i) not in FIRST_WORDS or not tokens.is_capitalized(i):
        return []
    for name, day_of in HOLIDAYS.items():
        end = i + len(name)
        if tuple(tokens.words[i:end]) != name:
            continue
        week = tokens.word(end) == "week"
        stop = end + 1 if week else end
        relation = prefix.relation_word
        shift = prefix.shift if relation in ("last", "next", "this") else None
        start = prefix.start("r" if shift is not None else "")
        dct = tokens.dct
        if dct is None:
            return [Hit(start, stop, TimexType.DATE, "XXXX-WXX" if week else "XXXX-XX-XX", True)]
        year_shift = YEAR_AFTER.get(tokens.word(stop))
        if not week and shift is None and year_shift is not None and (
            tokens.word(stop + 1) == "year"
        ):
            day = day_of(dct.year + year_shift)
            return [Hit(start, stop + 2, TimexType.DATE, day.isoformat(), True)]
        day = _occurrence(day_of, dct, tokens.tense(start, stop), shift)
        value = week_value(day) if week else day.isoformat()
        return [Hit(start, stop, TimexType.DATE, value, True)]
    return []
