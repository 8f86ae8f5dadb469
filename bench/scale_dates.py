"""Date phrases of the scale corpus: how a German or English article writes a day,
a month, a season, a year or a range, relative to its publication date or not.

Each function returns a :class:`Phrase`: the words for the sentence and the
TIMEX3 value the phrase means (what a perfect tagger would resolve it to),
so a run can be checked against what the corpus says.
"""

from __future__ import annotations

import random
from datetime import date
from typing import NamedTuple

from bench.scale_words import (
    MONTHS_DE,
    MONTHS_EN,
    NUMBERS_DE,
    NUMBERS_EN,
    SEASONS_DE,
    SEASONS_EN,
    WEEKDAYS_DE,
    WEEKDAYS_EN,
)


class Phrase(NamedTuple):
    text: str
    value: str
    end: str | None = None


def _month(lang: str, month: int) -> str:
    return (MONTHS_DE if lang == "de" else MONTHS_EN)[month - 1]


def _weekday(lang: str, day: date) -> str:
    return (WEEKDAYS_DE if lang == "de" else WEEKDAYS_EN)[day.weekday()]


def absolute_day(rng: random.Random, lang: str, day: date, published: date) -> Phrase:
    """A written-out day: with or without the year, numeric, with its weekday."""
    month = _month(lang, day.month)
    same_year = day.year == published.year and day <= published
    roll = rng.random()
    if lang == "de":
        if same_year and roll < 0.35:
            text = f"am {day.day}. {month}"
        elif roll < 0.5:
            text = f"am {day.day:02d}.{day.month:02d}.{day.year}"
        elif roll < 0.6:
            text = f"am {_weekday(lang, day)}, {day.day}. {month} {day.year},"
        else:
            text = f"am {day.day}. {month} {day.year}"
    elif same_year and roll < 0.35:
        text = f"on {month} {day.day}" if roll < 0.2 else f"on {day.day} {month}"
    elif roll < 0.6:
        text = f"on {month} {day.day}, {day.year}"
    else:
        text = f"on {day.day} {month} {day.year}"
    return Phrase(text, day.isoformat())


def relative_day(rng: random.Random, lang: str, day: date, published: date) -> Phrase:
    """A day as a reporter writes it close to publication: yesterday, on Monday, in two days.

    Days further than a week from ``published`` get an absolute phrase.
    """
    delta = (published - day).days
    de = lang == "de"
    weekday = _weekday(lang, day)
    if delta == 0:
        options = ["heute", "heute Morgen", "am heutigen " + weekday] if de else [
            "today", "earlier today", "this morning"]
    elif delta == 1:
        options = ["gestern", "gestern Abend", f"am {weekday}"] if de else [
            "yesterday", "yesterday evening", f"on {weekday}"]
    elif 2 <= delta <= 6:
        number = (NUMBERS_DE if de else NUMBERS_EN)[delta - 2]
        options = [f"am {weekday}", f"am vergangenen {weekday}", f"vor {number} Tagen"] if de \
            else [f"on {weekday}", f"{number} days ago", f"on {weekday}"]
    elif delta == 7:
        options = ["vor einer Woche"] if de else ["a week ago"]
    elif delta == -1:
        options = ["morgen"] if de else ["tomorrow"]
    elif -6 <= delta <= -2:
        options = [f"am kommenden {weekday}"] if de else [f"next {weekday}", f"on {weekday}"]
    else:
        return absolute_day(rng, lang, day, published)
    return Phrase(rng.choice(options), day.isoformat())


def any_day(rng: random.Random, lang: str, day: date, published: date) -> Phrase:
    """Relative when it can be (three times in four), otherwise absolute."""
    if abs((published - day).days) <= 7 and rng.random() < 0.75:
        return relative_day(rng, lang, day, published)
    return absolute_day(rng, lang, day, published)


def with_clock(rng: random.Random, lang: str, phrase: Phrase) -> Phrase:
    """The day phrase with a time of day: "gestern um 14.30 Uhr", "at 2:30 p.m. on Monday"."""
    hour, minute = rng.randrange(6, 23), rng.choice((0, 0, 15, 30, 45))
    if lang == "de":
        clock = f"um {hour}.{minute:02d} Uhr" if minute else f"gegen {hour} Uhr"
        return Phrase(f"{phrase.text.rstrip(',')} {clock}", phrase.value)
    if rng.random() < 0.5:
        twelve = hour % 12 or 12
        clock = f"at {twelve}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"
    else:
        clock = f"at {hour:02d}:{minute:02d}"
    return Phrase(f"{clock} {phrase.text.rstrip(',')}", phrase.value)


def coarse(rng: random.Random, lang: str, day: date, published: date) -> Phrase:
    """The month, season or year of ``day``: what a background sentence gives."""
    de = lang == "de"
    month = _month(lang, day.month)
    months_back = (published.year - day.year) * 12 + published.month - day.month
    roll = rng.random()
    if 1 <= months_back <= 11 and roll < 0.3:
        return Phrase(f"im vergangenen {month}" if de else f"last {month}",
                      f"{day.year}-{day.month:02d}")
    if roll < 0.6:
        if rng.random() < 0.3:
            part = rng.choice(("Anfang", "Mitte", "Ende") if de else ("early", "mid-", "late"))
            text = f"{part} {month} {day.year}" if de else f"in {part} {month} {day.year}"
            return Phrase(text.replace("- ", "-"), f"{day.year}-{day.month:02d}")
        return Phrase(f"im {month} {day.year}" if de else f"in {month} {day.year}",
                      f"{day.year}-{day.month:02d}")
    if roll < 0.8 and day.month not in (12, 1, 2):
        index = (day.month - 3) // 3
        name, code = (SEASONS_DE if de else SEASONS_EN)[index]
        text = f"im {name} {day.year}" if de else f"in the {name} of {day.year}"
        return Phrase(text, f"{day.year}-{code}")
    return Phrase(f"im Jahr {day.year}" if de else f"in {day.year}", str(day.year))


def day_range(rng: random.Random, lang: str, start: date, end: date) -> Phrase:
    """A range of days: "vom 28. Februar bis 2. März 2024", "from March 3 to 5"."""
    m1, m2 = _month(lang, start.month), _month(lang, end.month)
    same_month = start.month == end.month
    if lang == "de":
        if same_month and rng.random() < 0.5:
            text = f"vom {start.day}. bis {end.day}. {m2} {end.year}"
        else:
            text = f"vom {start.day}. {m1} bis {end.day}. {m2} {end.year}"
    elif same_month and rng.random() < 0.5:
        text = f"between {m1} {start.day} and {end.day}, {end.year}"
    else:
        text = f"from {start.day} {m1} to {end.day} {m2} {end.year}"
    return Phrase(text, start.isoformat(), end.isoformat())


def years_before(rng: random.Random, lang: str, day: date) -> Phrase:
    """A bare year a few years before ``day``: "schon 2019", "back in 2019"."""
    year = day.year - rng.randint(2, 6)
    return Phrase(f"im Jahr {year}" if lang == "de" else f"in {year}", str(year))
