"""Quantity rules: durations, "vor zwei Jahren", sets and clock times."""

from __future__ import annotations

from datetime import timedelta

from timeline.dates import resolve
from timeline.dates.de_context import SENTENCE_ENDS
from timeline.dates.de_span import UNIT_DURATION, UNIT_TIME, SpanReader
from timeline.dates.de_words import (
    AMOUNT_WORDS,
    HALVES,
    LONG_ADVERBS,
    PARTS_OF_DAY,
    SET_ADJECTIVES,
    UNITS,
    WEEKDAY_ADVERBS,
    WEEKDAYS,
    age_number,
    clock,
    clock_pair,
    unit_adjective,
    unit_compound,
    weekday_part,
)
from timeline.dates.types import Timex, TimexType

HEDGES = frozenset({"fast", "rund", "etwa", "knapp", "gut", "über", "nahezu", "beinahe"})
# Nouns an "N-jährig" adjective dates rather than ages ("100-jähriges Bestehen").
SPAN_NOUNS = frozenset(
    {"bestehen", "jubiläum", "jubiläums", "geschichte", "tradition", "problem", "krieg",
     "krieges", "kriegs", "pause", "laufzeit", "haft", "haftstrafe", "amtszeit", "vertrag",
     "zusammenarbeit", "tätigkeit", "bestand", "bestands", "frist", "planung", "wartezeit",
     "streit", "konflikt", "partnerschaft", "freundschaft", "dauer", "verfahren",
     "gefängnisstrafe"}
)


class QuantityRules(SpanReader):
    """Expressions that count units: durations, repetitions, times of day."""

    def duration(self, start: int, end: int) -> list[Timex] | None:
        if end - start == 1:
            if self.classes[start] == "LONGADV":
                return [self.timex(start, end, TimexType.DURATION,
                                   LONG_ADVERBS[self.lowers[start]])]
            return self._one_token_duration(start)
        if self.lowers[end - 1] not in UNITS:
            # "Jahre dauern", "Wochen später": a bare plural unit before a verb of lasting or
            # a word of a later or earlier time.
            if start > 0 and self.classes[start - 1] in ("NUM", "NUMWORD", "VAGUE", "DIR"):
                return None
            value = self._duration_value(None, UNITS[self.lowers[start]][0])
            return [self.timex(start, start + 1, TimexType.DURATION, value)] if value else None
        unit, plural = UNITS[self.lowers[end - 1]]
        lead = self.lowers[start]
        if lead in HALVES:
            value = _fraction_duration(HALVES[lead], unit)
            if value is None:
                return None
            if start > 0 and self.lowers[start - 1] in ("ein", "einem", "einen", "eine", "einer"):
                start -= 1
            return [self.timex(start, end, TimexType.DURATION, value)]
        if lead in ("seit", "vor", "über", "nach"):
            if not plural:
                return None
            value = self._duration_value(None, unit)
            return [self.timex(start + 1, end, TimexType.DURATION, value)] if value else None
        previous = self.lowers[start - 1] if start > 0 else ""
        if (lead == "eines" and previous not in ("innerhalb", "binnen", "während")) or (
            previous in ("pro", "je")
        ):
            return None  # "eines Tages" is some day, not one day
        if unit == "Y" and start > 0 and self.lowers[start - 1] in ("ab", "mit", "unter"):
            return None  # "ab 16 Jahren" is an age
        count = None if self.classes[start] == "VAGUE" else self.number_of(start)
        if count is not None and count == 1 and plural:
            return None
        if self.classes[start] == "NUM" and self._after_decimal_mark(start):
            return None
        value = self._duration_value(count, unit)
        if value is None:
            return None
        return [self.timex(start, end, TimexType.DURATION, value)]

    def _after_decimal_mark(self, index: int) -> bool:
        """ "3,5" split in two: a number glued to the mark before it, not a sentence's stop."""
        if index == 0 or self.texts[index - 1] not in (".", ","):
            return False
        mark_end = self.starts[index - 1] + 1
        return mark_end == self.starts[index] or self.sentence_of[index - 1] == (
            self.sentence_of[index]
        )

    def duration_sum(self, start: int, end: int) -> list[Timex] | None:
        """ "drei Jahre und vier Monate" is one duration, P3Y4M."""
        first = self.duration(start, start + 2)
        second = self.duration(start + 3, end)
        if not first or not second or len(first) + len(second) != 2:
            return None
        value = resolve.duration_sum(first[0].value, second[0].value)
        if value is None:
            return None
        return [self.timex(start, end, TimexType.DURATION, value)]

    def _one_token_duration(self, index: int) -> list[Timex] | None:
        text = self.texts[index]
        if self.classes[index] == "UNITADJ":
            count_unit = unit_adjective(self.lowers[index])
            value = self._duration_value(*count_unit) if count_unit else None
            return [self.timex(index, index + 1, TimexType.DURATION, value)] if value else None
        if self.classes[index] == "UNITCOMPOUND":
            parts = unit_compound(text)
            if parts is None:
                return None
            count, unit, end_offset = parts
            value = self._duration_value(count, unit)
            if value is None:
                return None
            return [self.timex(index, index + 1, TimexType.DURATION, value,
                               char_end=self.starts[index] + end_offset)]
        years = age_number(text)
        if years is None:
            return None
        previous = self.lowers[index - 1] if index > 0 else ""
        following = self.lowers[index + 1] if index + 1 < len(self.texts) else ""
        if text[:1].isupper() and previous and previous not in SENTENCE_ENDS:
            return None  # "der Dreißigjährige Krieg" is a name
        if not (years > 110 or previous in HEDGES or following in SPAN_NOUNS):
            return None  # "der 54-jährige Bergamasker" is an age
        first = index - 1 if previous in HEDGES else index
        return [self.timex(first, index + 1, TimexType.DURATION, f"P{years}Y")]

    def ago(self, start: int, end: int) -> list[Timex] | None:
        start = end - 3  # the count follows; "genau" in "vor genau 50 Jahren" stays outside
        count = self.number_of(start + 1)
        unit = UNITS[self.lowers[end - 1]][0]
        if count is None or unit not in ("Y", "M", "W", "D", "DE", "CE"):
            return None
        if self.dct is None:
            value = self._shifted(unit, -count)
        elif unit == "D":
            value = (self.dct - timedelta(days=count)).isoformat()
        else:
            value = self._shifted(unit, -count)
        if value is None:
            return None
        return [self.timex(start + 1, end, TimexType.DATE, value, True)]

    def duration_ellipsis(self, start: int, end: int) -> list[Timex] | None:
        """ "50 statt 30 Jahre": the first number shares the unit of the second."""
        second = self.duration(start + 2, end)
        count = self.number_of(start)
        if not second or count is None or self.texts[start][:1] == "0":
            return None
        if start > 0 and self.texts[start - 1] in (".", ",", "-", "–"):
            return None  # a list of numbers or a score
        value = self._duration_value(count, UNITS[self.lowers[end - 1]][0])
        if value is None:
            return None
        return [self.timex(start, start + 1, TimexType.DURATION, value), *second]

    def set_(self, start: int, end: int) -> list[Timex] | None:
        low = self.lowers[start]
        if low in SET_ADJECTIVES:
            return [self.timex(start, end, TimexType.SET, SET_ADJECTIVES[low])]
        if low in WEEKDAY_ADVERBS:
            return [self.timex(start, end, TimexType.SET, f"XXXX-WXX-{WEEKDAY_ADVERBS[low] + 1}")]
        if self.classes[start] == "O" and low not in ("pro", "alle"):
            # "zweimal im Jahr"
            value = self._duration_value(1, UNITS[self.lowers[end - 1]][0])
            return [self.timex(start, end, TimexType.SET, value)] if value else None
        if low in ("pro", "alle"):
            unit = UNITS[self.lowers[end - 1]][0]
            count = self.number_of(start + 1) if low == "alle" else 1
            value = self._duration_value(count, unit)
            return [self.timex(start, end, TimexType.SET, value)] if value else None
        last = end - 1
        if self.lowers[last] == "monat":
            return [self.timex(start, end, TimexType.SET, "P1M")]
        kind = self.classes[last]
        if kind == "WEEKDAY":
            value = f"XXXX-WXX-{WEEKDAYS[self.lowers[last]] + 1}"
        elif kind == "MONTH":
            value = f"XXXX-{self.month_of(last):02d}"
        elif kind == "PARTDAY":
            value = f"XXXX-XX-XXT{PARTS_OF_DAY[self.lowers[last]]}"
        elif kind == "WEEKDAYPART":
            # "jeden Freitagabend"
            parts = weekday_part(self.lowers[last])
            if parts is None:
                return None
            value = f"XXXX-WXX-{parts[0] + 1}T{parts[1]}"
        else:
            found = self._duration_value(1, UNITS[self.lowers[last]][0])
            if found is None:
                return None
            value = found
        return [self.timex(start, end, TimexType.SET, value)]

    def time(self, start: int, end: int) -> list[Timex] | None:
        if self.lowers[start] in ("um", "ab", "gegen", "bis"):
            following = self.lowers[end] if end < len(self.texts) else ""
            if following in AMOUNT_WORDS:
                return None
            start += 1
        sentence = self.sentence_of[start]
        day, relative = self.sentence_day.get(sentence, (self.dct, True))
        if sentence not in self.sentence_day and self._after_semicolon(start):
            # "Die Wanderung am 21. Mai ...; Treffpunkt ist um 7.30 Uhr": the same day
            day, relative = self.sentence_day.get(sentence - 1, (day, relative))
        day_text = self._day_text(day)
        if self.classes[start] == "CLOCKPAIR":
            times = clock_pair(self.texts[start])
            if times is None:
                return None
            base = self.starts[start]
            return [
                self.timex(start, end, TimexType.TIME, f"{day_text}T{hour:02d}:{minute:02d}",
                           relative, char_start=base + first,
                           char_end=None if last == len(self.texts[start]) else base + last)
                for first, last, hour, minute in times
            ]
        found: list[Timex] = []
        index = start
        last_number = end - 2 if self.classes[end - 1] == "UHR" else end - 1
        while index <= last_number:
            if self.classes[index] in ("NUM", "CLOCK"):
                moment = clock(self.texts[index])
                if moment is None:
                    hour = int(self.texts[index])
                    if hour > 24:
                        return None
                    moment = (hour, 0)
                last = end if index == last_number else index + 1
                value = f"{day_text}T{moment[0]:02d}:{moment[1]:02d}"
                found.append(self.timex(index, last, TimexType.TIME, value, relative))
            index += 1
        return found or None


    def _after_semicolon(self, index: int) -> bool:
        sentence = self.sentence_of[index]
        while index > 0 and self.sentence_of[index - 1] == sentence:
            index -= 1
        return index > 0 and self.texts[index - 1] == ";"


def _fraction_duration(amount: float, unit: str) -> str | None:
    """Half units as the guidelines write them: "ein halbes Jahr" P0.5Y, "eineinhalb Stunden"
    PT1.5H."""
    if unit in UNIT_DURATION:
        return f"P{amount}{UNIT_DURATION[unit]}"
    if unit in UNIT_TIME:
        return f"PT{amount}{UNIT_TIME[unit]}"
    return None

