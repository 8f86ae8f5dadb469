"""Shared reading of a matched token span for the German normalization rules.

:class:`SpanReader` holds one document's tokens, classes, sentences and DCT,
and the anchors (the last day, week, month and year named) that later
expressions such as "um 20.30 Uhr" or "der Woche darauf" take their value
from. The rule classes in ``de_calendar``, ``de_relative`` and ``de_quantity``
build on it.
"""

from __future__ import annotations

from datetime import date, timedelta

from timeline.dates import resolve
from timeline.dates.de_context import TenseFinder
from timeline.dates.de_words import (
    DIRECTIONS,
    MODIFIERS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
)
from timeline.dates.types import Tense, Timex, TimexType

# Context words matched with an expression but left outside its TIMEX3 span.
STRIPPED = frozenset(
    {"am", "im", "in", "an", "seit", "bis", "ab", "vom", "von", "zum", "zur", "um", "gegen",
     "nach", "vor", "bei", "über", "übers", "zwischen", "bereits", "schon", "noch", "erst",
     "spätestens", "frühestens", "tagsüber", "der", "die", "das", "den", "dem", "des", "pro"}
)
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
UNIT_DURATION = {"Y": "Y", "M": "M", "W": "W", "D": "D", "DE": "DE", "CE": "CE", "WE": "WE",
                 "Q": "Q"}
UNIT_TIME = {"H": "H", "MIN": "M", "S": "S"}


class SpanReader:
    """Tokens of one document and the helpers every rule uses."""

    def __init__(
        self,
        source: str,
        texts: list[str],
        starts: list[int],
        classes: list[str],
        sentence_of: list[int],
        dct: date | None,
    ) -> None:
        self.source = source
        self.texts = texts
        self.probing = False
        self.lowers = [text.lower() for text in texts]
        self.starts = starts
        self.classes = classes
        self.sentence_of = sentence_of
        self.dct = dct
        self.tenses = TenseFinder(texts, sentence_of)
        self.reset()

    def reset(self) -> None:
        """Forget anchors; called before the pass in text order."""
        self.anchor_day: date | None = None
        self.anchor_relative = True
        self.sentence_day: dict[int, tuple[date, bool]] = {}
        self.anchor_month: tuple[int, int] | None = None
        self.anchor_week: date | None = None
        self.anchor_year: int | None = None
        # The year ("Y") and month ("M") each sentence names, for "Vorjahr", "Vormonat".
        self.sentence_period: dict[tuple[int, str], date] = {}

    def _remember(self, timex: Timex, token: int) -> None:
        value = timex.value
        if timex.type not in (TimexType.DATE, TimexType.TIME) or value[:1] == "X":
            return
        if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:10].count("-") == 2:
            try:
                day = date.fromisoformat(value[:10])
            except ValueError:
                return
            self.anchor_day = day
            self.anchor_relative = timex.relative
            self.sentence_day[self.sentence_of[token]] = (day, timex.relative)
            self.anchor_month = (day.year, day.month)
            self.anchor_week = day
        elif len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            self.anchor_month = (int(value[:4]), int(value[5:]))
        elif "-W" in value and value[:4].isdigit():
            try:
                self.anchor_week = resolve.week_monday(value)
            except ValueError:
                return
        if value[:4].isdigit():
            self.anchor_year = int(value[:4])
            # "im November gegenüber dem Vormonat": the month just named.
            if timex.type is TimexType.DATE and (len(value) == 4 or value[4:5] == "-") and (
                not timex.relative or len(value) == 7
            ):
                sentence = self.sentence_of[token]
                month = int(value[5:7]) if value[5:7].isdigit() else 7
                self.sentence_period[(sentence, "Y")] = date(int(value[:4]), month, 1)
                if value[5:7].isdigit():
                    self.sentence_period[(sentence, "M")] = date(int(value[:4]), month, 1)

    def timex(
        self,
        first: int,
        last: int,
        kind: TimexType,
        value: str,
        relative: bool = False,
        mod: str | None = None,
        char_start: int | None = None,
        char_end: int | None = None,
    ) -> Timex:
        """A timex over tokens ``first:last`` (or explicit character offsets)."""
        start = self.starts[first] if char_start is None else char_start
        end = self.starts[last - 1] + len(self.texts[last - 1]) if char_end is None else char_end
        text = self.source[start:end]
        return Timex(start=start, end=end, text=text, type=kind, value=value,
                     relative=relative, mod=mod)

    def strip(self, start: int, end: int, keep_articles: bool = False) -> int:
        while start < end - 1 and self.lowers[start] in STRIPPED and not (
            keep_articles and self.lowers[start] in ARTICLES
        ):
            start += 1
        return start

    def tense(self, start: int, end: int) -> Tense:
        return self.tenses.tense_at(start, end)

    def find(self, start: int, end: int, *classes: str) -> int | None:
        for index in range(start, end):
            if self.classes[index] in classes:
                return index
        return None

    def month_of(self, index: int) -> int:
        low = self.lowers[index]
        return MONTHS.get(low) or MONTH_ABBREVIATIONS[low]

    def number_of(self, index: int) -> int | None:
        low = self.lowers[index].rstrip(".")
        if low.isdigit():
            return int(low)
        return NUMBER_WORDS.get(low) or ORDINAL_WORDS.get(low)

    def direction_in(self, start: int, end: int) -> int | None:
        index = self.find(start, end, "DIR")
        return DIRECTIONS[self.lowers[index]] if index is not None else None

    def mod_in(self, start: int, end: int) -> str | None:
        index = self.find(start, end, "MOD")
        return MODIFIERS[self.lowers[index]] if index is not None else None

    def year_for(self, month: int, day: int | None, start: int, end: int) -> int | None:
        if self.dct is None:
            return None
        # Dates keep the nearest reading when no verb tells: verbless listings and
        # "vom 24. August" point back as often as ahead.
        return resolve.year_for_month_day(month, day, self.dct, self.tense(start, end))

    def day_value(self, year: int | None, month: int, day: int) -> str | None:
        if year is None:
            if not 1 <= month <= 12 or not 1 <= day <= 31:
                return None
            return resolve.unresolved(f"{month:02d}-{day:02d}")
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None

    def _end_without_period(self, index: int) -> int | None:
        text = self.texts[index]
        if self.classes[index] == "YEARDOT":
            return self.starts[index] + len(text) - 1
        return None

    def _day(self, offset: int) -> date | None:
        return self.dct + timedelta(days=offset) if self.dct is not None else None

    def _day_text(self, day: date | None) -> str:
        return day.isoformat() if day is not None else "XXXX-XX-XX"

    def _shifted(self, unit: str, steps: int, base: date | None = None) -> str | None:
        """The period ``steps`` units from the DCT (or ``base``)."""
        origin = base if base is not None else self.dct
        if origin is None:
            return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX",
                    "WE": "XXXX-WXX-WE", "Q": "XXXX-QX", "HALF": "XXXX-HX", "DE": "XXX",
                    "CE": "XX"}.get(unit)
        if unit == "Y":
            return str(origin.year + steps)
        if unit == "M":
            return resolve.month_value(*resolve.shift_month(origin.year, origin.month, steps))
        if unit == "W":
            return resolve.week_value(origin + timedelta(weeks=steps))
        if unit == "WE":
            return resolve.weekend_value(origin + timedelta(weeks=steps))
        if unit == "D":
            return (origin + timedelta(days=steps)).isoformat()
        if unit == "Q":
            year, quarter = resolve.shift_quarter(origin.year, resolve.quarter_of(origin.month),
                                                  steps)
            return f"{year}-Q{quarter}"
        if unit == "HALF":
            year, half = resolve.shift_half(origin.year, resolve.half_of(origin.month), steps)
            return f"{year}-H{half}"
        if unit == "DE":
            return str(origin.year // 10 + steps)
        if unit == "CE":
            return f"{origin.year // 100 + steps:02d}"
        return None

    @staticmethod
    def _duration_value(count: int | None, unit: str) -> str | None:
        amount = "X" if count is None else str(count)
        if unit == "HALF":
            return f"P{6 * count}M" if count is not None else "PXM"
        if unit in UNIT_DURATION:
            return f"P{amount}{UNIT_DURATION[unit]}"
        if unit in UNIT_TIME:
            return f"PT{amount}{UNIT_TIME[unit]}"
        return None
