"""TIMEX3 values for German expressions found by the Matcher.

One method per pattern label turns a token span into timexes (usually one, two
for a range such as "vom 1. bis 3. März"), or rejects it (``None``) when the
context shows it is no date: "700 Euro", "fast 50 Nationen", "des harten
Winters". Underspecified expressions are resolved against the DCT and the
sentence's tense; without a DCT they keep ``X`` placeholders.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from timeline.dates.de_calendar import CalendarRules
from timeline.dates.de_quantity import QuantityRules
from timeline.dates.de_relative import RelativeRules
from timeline.dates.types import Timex


class Normalizer(CalendarRules, RelativeRules, QuantityRules):
    """Turns matched token spans of one document into timexes."""

    @cached_property
    def rules(self) -> dict[str, Callable[[int, int], list[Timex] | None]]:
        """The rule of each pattern label, bound to this document."""
        return {
            "DATE_DMY": self.date_dmy,
            "DATE_NUMERIC": self.date_numeric,
            "DATE_ISO": self.date_iso,
            "DATE_SPACED": self.date_spaced,
            "DAY_RANGE": self.day_range,
            "MONTH_YEAR": self.month_year,
            "MONTH": self.month,
            "YEAR_NOUN": self.year_noun,
            "PERIOD_PART": self.period_part,
            "HOLIDAY": self.holiday,
            "YEAR": self.year,
            "YEAR_SLASH": self.year_slash,
            "SEASON": self.season,
            "QUARTER": self.quarter,
            "DECADE": self.decade,
            "CENTURY": self.century,
            "RELDAY": self.relday,
            "RELDAY_WEEKDAY": self.relday_weekday,
            "WEEKDAY": self.weekday,
            "WEEKEND": self.weekend,
            "RELUNIT": self.relunit,
            "RELNOUN": self.relnoun,
            "LATER": self.later,
            "COURSE": self.course,
            "NIGHT_BEFORE": self.night_before,
            "DURATION_ELLIPSIS": self.duration_ellipsis,
            "TURN": self.turn,
            "SAME_UNIT": self.same_unit,
            "REF": self.ref,
            "DURATION": self.duration,
            "DURATION_SUM": self.duration_sum,
            "AGO": self.ago,
            "SET": self.set_,
            "TIME": self.time,
            "PARTDAY": self.partday,
            "PARTDAY_DATE": self.partday_date,
        }

    def normalize(self, label: str, start: int, end: int) -> list[Timex] | None:
        found = self.rules[label](start, end)
        if found:
            for timex in found:
                self._remember(timex, start)
        return found
