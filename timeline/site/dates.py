"""Dates as readers see them: a TIMEX3 value in the site language, at its precision.

``2023-12-30`` -> "30. Dezember 2023", ``2024-W01`` -> "KW 1, 1.–7. Januar 2024",
``199`` -> "1990er Jahre"; a range (an event's ``date`` and ``end``) as one label,
``2025-02-28`` to ``2025-03-02`` -> "28. Februar – 2. März 2025", ``2009`` to
``2011`` -> "2009–2011". Babel supplies month names and day patterns; the few
words Babel has no pattern for (week, season, decade, ...) are in ``_WORDS``.
Languages without an entry there use the English words with Babel's dates.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, get_month_names

from timeline.timex import DateSpan, Precision, parse_value

_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "week": "KW {week}, {range}",
        "weekend": "Wochenende, {range}",
        "half": "{half}. Halbjahr {year}",
        "season": "{season} {years}",
        "SP": "Frühling",
        "SU": "Sommer",
        "FA": "Herbst",
        "WI": "Winter",
        "decade": "{decade}er Jahre",
        "century": "{century}. Jahrhundert",
        "MO": "morgens",
        "MI": "mittags",
        "AF": "nachmittags",
        "EV": "abends",
        "NI": "nachts",
        "DT": "tagsüber",
        "time": "{day}, {time} Uhr",
    },
    "en": {
        "week": "Week {week}, {range}",
        "weekend": "Weekend, {range}",
        "half": "{half_ordinal} half of {year}",
        "season": "{season} {years}",
        "SP": "Spring",
        "SU": "Summer",
        "FA": "Autumn",
        "WI": "Winter",
        "decade": "{decade}s",
        "century": "{century_ordinal} century",
        "MO": "morning",
        "MI": "midday",
        "AF": "afternoon",
        "EV": "evening",
        "NI": "night",
        "DT": "daytime",
        "time": "{day}, {time}",
    },
}


def _ordinal_en(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


@lru_cache(maxsize=64)
def locale_for(language: str) -> Locale:
    """The Babel locale of a language code; ValueError names an unknown one."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as error:
        raise ValueError(f"unknown language {language!r}: {error}") from None


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language.split("-")[0].split("_")[0].lower(), _WORDS["en"])


def _day(day: date, locale: Locale) -> str:
    return str(format_date(day, "long", locale=locale))


def _range(first: date, last: date, locale: Locale) -> str:
    """"1.–7. Januar 2024" / "January 1–7, 2024" ("1–7 January 2024" where English
    writes the day first); different months or years in full."""
    if first.year == last.year and first.month == last.month:
        if locale.language == "de":
            return f"{first.day}.–{_day(last, locale)}"
        if locale.language == "en":
            month_day = str(format_skeleton("MMMMd", first, locale=locale))
            if month_day[:1].isdigit():
                return f"{first.day}–{_day(last, locale)}"
            return f"{month_day}–{last.day}, {last.year}"
    if first.year == last.year:
        start = str(format_skeleton("MMMMd", first, locale=locale))
        if locale.language == "de":
            start = f"{first.day}. {get_month_names('wide', locale=locale)[first.month]}"
        return f"{start} – {_day(last, locale)}"
    return f"{_day(first, locale)} – {_day(last, locale)}"


def month_label(year: int, month: int, language: str) -> str:
    """A month heading: "Dezember 2023" / "December 2023"."""
    return str(format_skeleton("yMMMM", date(year, month, 1), locale=locale_for(language)))


@lru_cache(maxsize=65536)
def format_value(value: str, language: str) -> str:
    """The display text of a valid TIMEX3 date value (see ``timeline.timex``)."""
    span = parse_value(value)
    return format_span(value, span, language)


def format_range(value: str, end: str | None, language: str) -> str:
    """The label of an event's date, or of the range from ``value`` to ``end``.

    Days, months and years of one range share what they have in common
    ("28. Februar – 2. März 2025", "February – April 2025", "2009–2011");
    other pairs are written in full on both sides of a dash.
    """
    if end is None or end == value:
        return format_value(value, language)
    return _format_range(value, end, language)


@lru_cache(maxsize=4096)
def _format_range(value: str, end: str, language: str) -> str:
    start, stop = parse_value(value), parse_value(end)
    locale = locale_for(language)
    both = {start.precision, stop.precision}
    if both == {Precision.DAY}:
        if start.first == stop.first:
            return format_value(value, language)
        return _range(start.first, stop.first, locale)
    if both == {Precision.YEAR}:
        return f"{start.first.year}–{stop.first.year}"
    if both == {Precision.MONTH} and start.first.year == stop.first.year:
        if start.first.month == stop.first.month:
            return format_value(value, language)
        if locale.language in ("de", "en"):
            month = get_month_names("wide", locale=locale)[start.first.month]
            return f"{month} – {month_label(stop.first.year, stop.first.month, language)}"
    first_label, last_label = format_value(value, language), format_value(end, language)
    if first_label == last_label:
        return first_label
    return f"{first_label} – {last_label}"


def format_span(value: str, span: DateSpan, language: str) -> str:
    locale = locale_for(language)
    words = _words(language)
    precision = span.precision
    first = span.first
    if precision is Precision.CENTURY:
        century = int(value) + 1  # TIMEX "19" is 1900-1999, the 20th century
        return words["century"].format(century=century, century_ordinal=_ordinal_en(century))
    if precision is Precision.DECADE:
        return words["decade"].format(decade=int(value) * 10)
    if precision is Precision.YEAR:
        return str(first.year)
    if precision is Precision.HALF:
        half = 1 if first.month == 1 else 2
        return words["half"].format(
            half=half, half_ordinal=_ordinal_en(half), year=first.year
        )
    if precision is Precision.QUARTER:
        return str(format_skeleton("yQQQQ", first, locale=locale))
    if precision is Precision.SEASON:
        code = value[-2:]
        years = str(first.year)
        if span.last.year != first.year:
            years = f"{first.year}/{span.last.year % 100:02d}"
        return words["season"].format(season=words[code], years=years)
    if precision is Precision.MONTH:
        return month_label(first.year, first.month, language)
    if precision in (Precision.WEEK, Precision.WEEKEND):
        week = int(value[6:8])
        key = "week" if precision is Precision.WEEK else "weekend"
        return words[key].format(week=week, range=_range(first, span.last, locale))
    day = _day(first, locale)
    if precision is Precision.DAY:
        return day
    time_part = value.split("T", 1)[1]
    if precision is Precision.PART_OF_DAY:
        return f"{day}, {words[time_part]}"
    if precision is Precision.HOUR:
        time_part = f"{time_part}:00"
    return words["time"].format(day=day, time=time_part)
