"""Calendar rules: dates, months, years, seasons, quarters, decades, centuries, holidays."""

from __future__ import annotations

from datetime import date

from timeline.dates import resolve
from timeline.dates.clock import is_24_hour_time
from timeline.dates.de_span import SpanReader
from timeline.dates.de_words import (
    AMOUNT_WORDS,
    DIRECTIONS,
    HOLIDAY_QUALIFIERS,
    HOLIDAYS,
    MODIFIERS,
    MONTH_ABBREVIATIONS,
    PARTS_OF_DAY,
    PERIOD_PARTS,
    QUANTITY_WORDS,
    SEASON_PARTS,
    SEASONS,
    SET_ADJECTIVES,
    UNITS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    decade,
    numeric_date,
    year_range,
)
from timeline.dates.types import Tense, Timex, TimexType

# Written after a 24-hour time without a colon: "1930 Uhr", "1130 MEZ", "2005 Ortszeit".
CLOCK_WORDS_AFTER = frozenset(
    {"uhr", "h", "ortszeit", "mez", "mesz", "gmt", "utc", "cet", "cest", "oez", "wez"}
)
QUOTES = frozenset({'"', "„", "“", "”", "«", "»", "'", "‚", "‘", "’"})
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


class CalendarRules(SpanReader):
    """Expressions that name a calendar period, with or without its year."""

    def date_dmy(self, start: int, end: int) -> list[Timex] | None:
        start = self.strip(start, end)
        day_index = self.find(start, end, "DAYNUM", "ORDWORD")
        month_index = self.find(start, end, "MONTH")
        if day_index is None or month_index is None:
            return None
        day = self.number_of(day_index)
        month = self.month_of(month_index)
        year_index = self.find(month_index, end, "YEAR", "YEARDOT")
        weekday_index = self.find(start, day_index, "WEEKDAY", "WEEKDAYABBR")
        if weekday_index is None and self.classes[start] == "WEEKDAYABBR":
            return None
        if weekday_index is None:
            start = day_index  # "am Deadline Day, dem 1. September": no weekday, no lead
        if day is None:
            return None
        if year_index is not None and self.is_clock_time(year_index):
            return None  # "19. Januar 1130 MEZ": the day and a time, read without the digits
        if year_index is not None:
            year: int | None = int(self.texts[year_index][:4])
            relative = False
        elif self.lowers[end - 1] in ("jahres", "jahrs"):
            # "am 30. Dezember vergangenen Jahres"
            direction = DIRECTIONS.get(self.lowers[end - 2], 0)
            year = self.dct.year + direction if self.dct is not None else None
            relative = True
        elif weekday_index is not None and self.dct is not None:
            weekday_word = self.lowers[weekday_index]
            weekday = WEEKDAYS.get(weekday_word, WEEKDAY_ABBREVIATIONS.get(weekday_word, 0))
            year = self._year_with_weekday(month, day, weekday)
            if year is None:
                year = self.year_for(month, day, start, end)
            relative = True
        else:
            year = self.year_for(month, day, start, end)
            relative = True
        value = self.day_value(year, month, day)
        if value is None:
            return None
        char_end = self._end_without_period(year_index) if year_index is not None else None
        return [self.timex(start, end, TimexType.DATE, value, relative, char_end=char_end)]

    def _year_with_weekday(self, month: int, day: int, weekday: int) -> int | None:
        assert self.dct is not None
        years = [
            year for year in (self.dct.year - 1, self.dct.year, self.dct.year + 1)
            if self.day_value(year, month, day) and date(year, month, day).weekday() == weekday
        ]
        if not years:
            return None
        dct = self.dct
        return min(years, key=lambda year: abs((date(year, month, day) - dct).days))

    def date_numeric(self, start: int, end: int) -> list[Timex] | None:
        start = self.strip(start, end)
        index = self.find(start, end, "NUMDATE")
        if index is None:
            return None
        parts = numeric_date(self.texts[index])
        if parts is None:
            return None
        day, month, year = parts
        relative = year is None
        if year is None:
            year = self.year_for(month, day, start, end)
        value = self.day_value(year, month, day)
        if value is None:
            return None
        text = self.texts[index]
        char_end = None
        if text.endswith(".") and not relative and text.count(".") == 3:
            char_end = self.starts[index] + len(text) - 1
        return [self.timex(start, end, TimexType.DATE, value, relative, char_end=char_end)]

    def date_iso(self, start: int, end: int) -> list[Timex] | None:
        year = int(self.texts[start])
        month = int(self.texts[start + 2])
        day_text = self.texts[start + 4]
        day = int(day_text.rstrip("."))
        value = self.day_value(year, month, day)
        if value is None:
            return None
        char_end = self.starts[start + 4] + len(day_text.rstrip("."))
        return [self.timex(start, end, TimexType.DATE, value, char_end=char_end)]

    def date_spaced(self, start: int, end: int) -> list[Timex] | None:
        start = self.strip(start, end)
        day = int(self.texts[start][:-1])
        month = int(self.texts[start + 1][:-1])
        if not 1 <= month <= 12:
            return None
        if end - start == 2:
            year = self.year_for(month, day, start, end)
            value = self.day_value(year, month, day)
            return [self.timex(start, end, TimexType.DATE, value, True)] if value else None
        value = self.day_value(int(self.texts[start + 2][:4]), month, day)
        if value is None:
            return None
        return [self.timex(start, end, TimexType.DATE, value,
                           char_end=self._end_without_period(start + 2))]

    def day_range(self, start: int, end: int) -> list[Timex] | None:
        month_index = self.find(start, end, "MONTH")
        if month_index is None:
            return None
        # Every day number before the last one ("11., 12. und 13. März") takes its month.
        days = [index for index in range(start, month_index) if self.classes[index] == "DAYNUM"]
        if len(days) < 2:
            return None
        last = self.date_dmy(days[-1], end)
        if not last:
            return None
        value = last[0].value
        found: list[Timex] = []
        for index in days[:-1]:
            day = int(self.texts[index][:-1])
            if value[:1] != "X" and self.day_value(int(value[:4]), int(value[5:7]), day) is None:
                return None
            found.append(self.timex(index, index + 1, TimexType.DATE,
                                    value[:-2] + f"{day:02d}", last[0].relative))
        return [*found, last[0]]

    def month_year(self, start: int, end: int) -> list[Timex] | None:
        month_index = self.find(start, end, "MONTH")
        if month_index is None:
            return None
        month = self.month_of(month_index)
        mod = self.mod_in(start, month_index)
        year_index = self.find(month_index, end, "YEAR", "YEARDOT")
        if year_index is not None and self.is_clock_time(year_index):
            return None
        if year_index is not None:
            value = resolve.month_value(int(self.texts[year_index][:4]), month)
            return [self.timex(start, end, TimexType.DATE, value, mod=mod,
                               char_end=self._end_without_period(year_index))]
        direction = DIRECTIONS.get(self.lowers[month_index + 1], 0)
        if self.dct is None:
            return [self.timex(start, end, TimexType.DATE, resolve.unresolved(f"{month:02d}"),
                               True, mod)]
        value = resolve.month_value(self.dct.year + direction, month)
        return [self.timex(start, end, TimexType.DATE, value, True, mod)]

    def month(self, start: int, end: int) -> list[Timex] | None:
        start = self.strip(start, end)
        month_index = self.find(start, end, "MONTH")
        if month_index is None:
            return None
        month = self.month_of(month_index)
        # Abbreviations need a day or year next to them: "Jan." may end a name.
        if self.lowers[month_index] in MONTH_ABBREVIATIONS:
            return None
        mod = self.mod_in(start, month_index)
        direction = self.direction_in(start, month_index)
        following = self.texts[month_index + 1] if month_index + 1 < len(self.texts) else ""
        if self.lowers[month_index] == "august" and following[:1].isupper() and (
            self.classes[month_index + 1] == "O"
        ):
            return None  # "von August Strindberg": a first name
        if direction is None and mod is None and self._yearly_sentence(start):
            return None  # "finden alljährlich im August statt": every August, no one date
        if self.dct is None:
            return [self.timex(start, end, TimexType.DATE, resolve.unresolved(f"{month:02d}"),
                               True, mod)]
        dct = self.dct
        if direction is None:
            tense = self.tense(start, end)
            if tense is Tense.UNKNOWN and mod is None:
                # A month in a present-tense sentence without a past marker is
                # what is coming: "Im September wählen drei Länder".
                tense = Tense.FUTURE
            year = resolve.year_for_month_day(month, None, dct, tense)
        elif direction < 0:
            year = dct.year if month < dct.month else dct.year - 1
        elif direction > 0:
            year = dct.year if month > dct.month else dct.year + 1
        else:
            year = dct.year
        return [self.timex(start, end, TimexType.DATE, resolve.month_value(year, month), True,
                           mod)]

    def _yearly_sentence(self, index: int) -> bool:
        sentence = self.sentence_of[index]
        position = index
        while position > 0 and self.sentence_of[position - 1] == sentence:
            position -= 1
        while position < len(self.texts) and self.sentence_of[position] == sentence:
            low = self.lowers[position]
            if SET_ADJECTIVES.get(low) == "P1Y" or (
                low in ("jedes", "jeden") and position + 1 < len(self.texts)
                and self.lowers[position + 1] == "jahr"
            ):
                return True
            position += 1
        return False

    def year_noun(self, start: int, end: int) -> list[Timex] | None:
        start = self.strip(start, end)
        mod = self.mod_in(start, end)
        year_index = self.find(start, end, "YEAR", "YEARDOT")
        if year_index is None:
            if self.dct is None:
                return [self.timex(start, end, TimexType.DATE, "XXXX", True, mod)]
            return [self.timex(start, end, TimexType.DATE, str(self.dct.year), True, mod)]
        value = self.texts[year_index][:4]
        return [self.timex(start, end, TimexType.DATE, value, mod=mod,
                           char_end=self._end_without_period(year_index))]

    def period_part(self, start: int, end: int) -> list[Timex] | None:
        if end - start == 1:
            unit, mod = PERIOD_PARTS[self.lowers[start]]
            direction = 0
        else:
            unit, plural = UNITS[self.lowers[end - 1]]
            mod = MODIFIERS[self.lowers[start]]
            direction = self.direction_in(start, end) or 0
            if plural or unit not in ("Y", "M", "W", "D", "DE", "CE"):
                return None
            if direction == 0 and self.lowers[start + 1] not in (
                "des", "der", "dieses", "diesen", "dieser"
            ):
                return None  # "Ende Jahr" without article is rare; "Ende Tag" is no date
        value = self._shifted(unit, direction)
        if value is None:
            return None
        return [self.timex(start, end, TimexType.DATE, value, True, mod)]

    def holiday(self, start: int, end: int) -> list[Timex] | None:
        if 0 < start < len(self.texts) - 1 and self.texts[start - 1] in QUOTES and (
            self.texts[start + 1] in QUOTES
        ):
            return None  # a title or theme: zum Thema "Weihnachten"
        first = start
        if (self.lowers[start], self.lowers[min(start + 1, end - 1)]) in HOLIDAY_QUALIFIERS:
            month, day = HOLIDAY_QUALIFIERS[(self.lowers[start], self.lowers[start + 1])]
            start += 1
        else:
            month, day = HOLIDAYS[self.lowers[start]]
        if end - start == 2:
            year: int | None = int(self.texts[start + 1][:4])
            relative = False
        elif self.dct is None:
            year = None
            relative = True
        else:
            this_year = resolve.holiday_date(self.dct.year, month, day)
            year = resolve.year_for_month_day(this_year.month, this_year.day, self.dct,
                                              self.tense(start, end))
            relative = True
        if year is None:
            value = resolve.unresolved(f"{month:02d}-{day:02d}") if month else "XXXX-XX-XX"
        else:
            value = resolve.holiday_date(year, month, day).isoformat()
        char_end = self._end_without_period(end - 1) if end - start == 2 else None
        return [self.timex(first, end, TimexType.DATE, value, relative, char_end=char_end)]

    def year(self, start: int, end: int) -> list[Timex] | None:
        if not self._looks_like_year(start):
            return None
        return [self.timex(start, end, TimexType.DATE, self.texts[start][:4],
                           char_end=self._end_without_period(start))]

    def is_clock_time(self, index: int) -> bool:
        """The four digits at ``index`` are a time of day, not a year: "1930 Uhr",
        "2005 Ortszeit", "1130 MEZ", "Samstag, 1130", "samstags, 1930"."""
        following = self.lowers[index + 1] if index + 1 < len(self.texts) else ""
        if following.rstrip(".") in CLOCK_WORDS_AFTER:
            return True
        return (
            index > 1 and self.lowers[index - 1] == ","
            and self.classes[index - 2] in ("WEEKDAY", "SETWEEKDAY")
            and is_24_hour_time(self.texts[index].rstrip("."))
        )

    def _looks_like_year(self, index: int) -> bool:
        if self.is_clock_time(index):
            return False
        number = int(self.texts[index][:4])
        previous = self.lowers[index - 1] if index > 0 else ""
        following = self.lowers[index + 1] if index + 1 < len(self.texts) else ""
        following_text = self.texts[index + 1] if index + 1 < len(self.texts) else ""
        before_previous = self.lowers[index - 2] if index > 1 else ""
        # "bis zu 2000" is an amount; "im Vergleich zu 2018" a year.
        amount_zu = previous == "zu" and (
            before_previous == "bis" or self.classes[index - 2] in ("NUM", "NUMWORD")
        )
        if (previous in QUANTITY_WORDS and (previous != "zu" or amount_zu)) or (
            following in AMOUNT_WORDS
        ):
            return False
        if following in ("im", "in", "pro", "je") and index + 2 < len(self.texts) and (
            self.classes[index + 2] in ("DIR", "UNIT", "RELNOUN")
        ):
            return False  # "1700 im vergangenen Jahr": a count per period
        if index > 0 and self.classes[index - 1] == "NUM":
            return False  # a list of numbers or a telephone number
        if previous in ("(", ",", "/") and index > 1 and self.classes[index - 2] == "NUM":
            return False
        if self.classes[index] == "YEAR" and following_text[:1].isupper() and (
            self.classes[index + 1] not in ("MONTH", "SEASON", "WEEKDAY")
        ):
            # "2000 Flüchtlinge": a number before a noun is an amount, but "als Kohl 1982
            # Kanzler wurde" names the year someone became something.
            after_noun = self.lowers[index + 2] if index + 2 < len(self.texts) else ""
            if after_noun in BECAME and 1800 <= number <= 2099:
                return True
            return previous in ("jahr", "jahres", "im", "seit", "bis", "ab", "anno", "zwischen")
        if following in (".", ",") and index + 2 < len(self.texts) and (
            self.classes[index + 2] == "NUM"
        ):
            return False
        return 1500 <= number <= 2099 or previous in (
            "im", "seit", "bis", "ab", "von", "nach", "vor", "um", "jahr", "jahre", "anno",
            "jahres", "zwischen"
        )

    def year_slash(self, start: int, end: int) -> list[Timex] | None:
        if end - start == 1:
            parts = year_range(self.texts[start])
            if parts is None:
                return None
            first, first_end, second, second_start = parts
            if second <= first:
                return None
            if self.texts[start][first_end] == "/":
                return [self.timex(start, end, TimexType.DATE,
                                   self._slash_value(first, second))]
            base = self.starts[start]
            second_end = base + len(self.texts[start].rstrip("."))
            return [
                self.timex(start, end, TimexType.DATE, str(first), char_end=base + first_end),
                self.timex(start, end, TimexType.DATE, str(second),
                           char_start=base + second_start, char_end=second_end),
            ]
        first = int(self.texts[start])
        second_text = self.texts[start + 2].rstrip(".")
        second = int(second_text)
        if len(second_text) == 2:
            second += first - first % 100
        if not first < second <= first + 10:
            return None
        char_end = self.starts[start + 2] + len(second_text)
        return [self.timex(start, end, TimexType.DATE, self._slash_value(first, second),
                           char_end=char_end)]

    @staticmethod
    def _slash_value(first: int, second: int) -> str:
        # A season like 1925/26 has no TIMEX3 value; its decade contains it.
        if first // 10 == second // 10:
            return str(first // 10)
        return str(first)

    def season(self, start: int, end: int) -> list[Timex] | None:
        start = self.strip(start, end)
        index = self.find(start, end, "SEASON")
        if index is None:
            return None
        season = SEASONS[self.lowers[index]]
        mod = self.mod_in(start, index) or SEASON_PARTS.get(self.lowers[index][:4])
        year_index = self.find(index, end, "YEAR", "YEARDOT")
        if self.lowers[end - 1] in ("jahres", "jahrs"):
            # "im Sommer vergangenen Jahres"
            if self.dct is None:
                return [self.timex(start, end, TimexType.DATE, f"XXXX-{season}", True, mod)]
            year_value = self.dct.year + DIRECTIONS.get(self.lowers[end - 2], 0)
            return [self.timex(start, end, TimexType.DATE, f"{year_value}-{season}", True, mod)]
        if year_index is not None:
            char_end = self.starts[end - 1] + len(self.texts[end - 1].rstrip("."))
            return [self.timex(start, end, TimexType.DATE,
                               f"{self.texts[year_index][:4]}-{season}", mod=mod,
                               char_end=char_end)]
        direction = self.direction_in(start, index)
        tense = self.tense(start, end)
        if direction is None and tense is Tense.UNKNOWN:
            return None  # "im Winter ist es kalt": a generic season
        if self.dct is None:
            return [self.timex(start, end, TimexType.DATE, f"XXXX-{season}", True, mod)]
        year = self._season_year(season, direction, tense)
        return [self.timex(start, end, TimexType.DATE, f"{year}-{season}", True, mod)]

    def _season_year(self, season: str, direction: int | None, tense: Tense) -> int:
        assert self.dct is not None
        dct = self.dct
        first_month = SEASON_START[season]

        def bounds(year: int) -> tuple[date, date]:
            first = date(year, first_month, 1)
            return first, resolve.last_day_of_month(*resolve.shift_month(year, first_month, 2))

        years = [dct.year - 2, dct.year - 1, dct.year, dct.year + 1]
        current = [year for year in years if bounds(year)[0] <= dct <= bounds(year)[1]]
        if direction == 0 or (direction is None and current):
            return current[0] if current else dct.year
        if (direction is not None and direction < 0) or tense is Tense.PAST:
            return max(year for year in years if bounds(year)[1] < dct)
        return min(year for year in years if bounds(year)[0] > dct)

    def quarter(self, start: int, end: int) -> list[Timex] | None:
        number = self.number_of(start)
        unit = UNITS.get(self.lowers[start + 1], ("", False))[0]
        if number is None:
            return None
        letter, limit = ("Q", 4) if unit == "Q" else ("H", 2)
        if not 1 <= number <= limit:
            return None
        year_index = self.find(start + 2, end, "YEAR", "YEARDOT")
        if year_index is not None:
            return [self.timex(start, end, TimexType.DATE,
                               f"{self.texts[year_index][:4]}-{letter}{number}",
                               char_end=self._end_without_period(year_index))]
        if self.dct is None:
            return [self.timex(start, end, TimexType.DATE, f"XXXX-{letter}{number}", True)]
        direction = self.direction_in(start + 2, end)
        year = self.dct.year
        current = (self.dct.month - 1) // (12 // limit) + 1
        if direction is not None:
            year += direction
        elif end - start == 2:
            tense = self.tense(start, end)
            if tense is Tense.PAST and number > current:
                year -= 1
            elif tense is Tense.FUTURE and number < current:
                year += 1
        return [self.timex(start, end, TimexType.DATE, f"{year}-{letter}{number}", True)]

    def decade(self, start: int, end: int) -> list[Timex] | None:
        index = self.find(start, end, "DECADE")
        if index is None:
            return None
        value = decade(self.texts[index])
        if value is None:
            return None
        mod = self.mod_in(start, index)
        if mod is None and self.lowers[index - 1] in ("frühen", "späten"):
            mod = "START" if self.lowers[index - 1] == "frühen" else "END"
            if self.lowers[start] == "der":
                start = index - 1
        if mod is None and start < index and self.lowers[start] == "der":
            start = index  # "der 90er Jahre" after a noun is a genitive
        return [self.timex(start, end, TimexType.DATE, str(value), mod=mod)]

    def century(self, start: int, end: int) -> list[Timex] | None:
        index = self.find(start, end, "DAYNUM", "ORDNUM", "ORDWORD")
        if index is None:
            return None
        number = self.number_of(index)
        if number is None or not 1 <= number <= 21:
            return None
        mod = self.mod_in(start, index)
        if mod is None:
            start = index
        return [self.timex(start, end, TimexType.DATE, f"{number - 1:02d}", mod=mod)]

    def partday_date(self, start: int, end: int) -> list[Timex] | None:
        """ "Abend des 9. November 1989": a part of a dated day."""
        part = PARTS_OF_DAY.get(self.lowers[start])
        rule = self.date_numeric if self.classes[start + 2] == "NUMDATE" else self.date_dmy
        day = rule(start + 2, end)
        if part is None or not day:
            return None
        return [self.timex(start, end, TimexType.TIME, f"{day[0].value}T{part}",
                           day[0].relative, char_end=day[0].end)]


BECAME = frozenset({"wurde", "wurden", "wird", "werden", "geworden", "war", "waren", "blieb",
                    "blieben"})

