"""Relative rules: days and weeks counted from the DCT, weekdays, parts of day, references."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.dates import resolve
from timeline.dates.de_span import ARTICLES, STRIPPED, SpanReader
from timeline.dates.de_words import (
    DIRECTIONS,
    ORDINAL_WORDS,
    PARTS_OF_DAY,
    REFERENCE_NOUNS,
    REFERENCES,
    RELATIVE_DAY_ADJECTIVES,
    RELATIVE_DAYS,
    RELATIVE_NOUNS,
    TURNS,
    UNITS,
    WEEKDAYS,
    weekday_part,
)
from timeline.dates.types import Tense, Timex, TimexType

# "heute" and "morgen" as the present age and the future ("der Deichbruch von gestern" is a day).
_AGES = {0: "PRESENT_REF", 1: "FUTURE_REF"}
# Nouns of things that happen on a day: "die Sitzung von heute", "das Spiel von morgen".
_DAY_EVENTS = ("sitzung", "abstimmung", "entscheidung", "verhandlung", "anhörung", "eröffnung",
               "veranstaltung", "versammlung", "meldung", "spiel", "wahl", "unfall", "beschluss",
               "urteil", "treffen", "ausgabe", "termin", "konzert", "vortrag", "rennen", "bruch",
               "streik", "gipfel")
# Words of a deadline: "bis heute möglich", "Die Frist läuft bis heute".
_DEADLINE_STEMS = ("möglich", "frist", "anmeld", "geöffnet", "gültig", "einzureichen",
                   "abzugeben", "bewerb", "spätestens", "läuft", "endet")
_RECENT = ("letzter", "jüngster", "letzten", "jüngsten")
# "etwas früher", "viel früher": the comparative, not "in the past".
_DEGREE_WORDS = frozenset(
    {"etwas", "viel", "noch", "deutlich", "wesentlich", "immer", "weit", "bisschen", "wenig",
     "minuten", "stunden", "tage", "wochen", "monate", "jahre", "zu", "umso", "desto", "je"}
)


class RelativeRules(SpanReader):
    """Expressions whose value counts from the DCT or from the date named before."""

    def relday(self, start: int, end: int) -> list[Timex] | None:
        offset = RELATIVE_DAYS[self.lowers[start]]
        if end - start == 1 and offset in _AGES and self._names_an_age(start):
            return [self.timex(start, end, TimexType.DATE, _AGES[offset])]
        day = self._day(offset)
        if end - start == 2:
            part = PARTS_OF_DAY.get(self.lowers[start + 1])
            if part is None or self.lowers[start + 1] in ("heute", "gestern"):
                end = start + 1
            else:
                value = f"{self._day_text(day)}T{part}"
                return [self.timex(start, end, TimexType.TIME, value, True)]
        return [self.timex(start, end, TimexType.DATE, self._day_text(day), True)]

    def _names_an_age(self, index: int) -> bool:
        """ "bis heute" (until now), "die Jugend von heute", "die Stadt von morgen": the present
        age or the time to come, not the day; "bis heute Abend" and "bis heute um 12 Uhr" stay
        days, as does the idiom "von heute auf morgen"."""
        previous = self.lowers[index - 1] if index > 0 else ""
        following = self.lowers[index + 1] if index + 1 < len(self.lowers) else ""
        if following in ("um", "ab", "früh", "auf") or self.classes[index + 1:index + 2] in (
            ["NUM"], ["CLOCK"], ["PARTDAY"]
        ):
            return False
        if previous == "bis":
            return self.lowers[index] == "heute" and not self._names_a_deadline(index)
        # After a noun: "die Welt von morgen", unless the noun names what happens that day.
        if previous != "von" or index < 2 or self._sentence_initial(index - 1):
            return False
        noun = self.texts[index - 2]
        return noun[:1].isupper() and self.classes[index - 2] == "O" and (
            not self._sentence_initial(index - 2)
        ) and not noun.lower().endswith(_DAY_EVENTS)

    def _names_a_deadline(self, index: int) -> bool:
        """ "Anmeldungen sind bis heute möglich": today is the last day, not "until now"."""
        sentence = self.sentence_of[index]
        return any(
            low.startswith(_DEADLINE_STEMS)
            for low, other in zip(self.lowers, self.sentence_of, strict=True)
            if other == sentence
        )

    def _sentence_initial(self, index: int) -> bool:
        return index == 0 or self.sentence_of[index - 1] != self.sentence_of[index]

    def relday_weekday(self, start: int, end: int) -> list[Timex] | None:
        day = self._day(RELATIVE_DAY_ADJECTIVES[self.lowers[start]])
        first = start + 1 if self.classes[start + 1] == "WEEKDAY" else start
        return [self.timex(first, end, TimexType.DATE, self._day_text(day), True)]

    def weekday(self, start: int, end: int) -> list[Timex] | None:
        index = self.find(start, end, "WEEKDAY", "WEEKDAYPART")
        if index is None:
            return None
        part: str | None = None
        if self.classes[index] == "WEEKDAYPART":
            compound = weekday_part(self.lowers[index])
            if compound is None:
                return None
            weekday, part = compound
        else:
            weekday = WEEKDAYS[self.lowers[index]]
            if index + 1 < end:
                part = PARTS_OF_DAY.get(self.lowers[index + 1])
        direction = self.direction_in(start, index)
        if self.lowers[end - 1] == "woche":
            if self.dct is None:
                value = f"XXXX-WXX-{weekday + 1}"
            else:
                week_day = self.dct + timedelta(weeks=self.direction_in(index, end) or 0)
                value = (week_day + timedelta(days=weekday - week_day.weekday())).isoformat()
            return [self.timex(start, end, TimexType.DATE, value, True)]
        value = self._weekday_value(weekday, direction, start, end)
        if part is not None:
            return [self.timex(start, end, TimexType.TIME, f"{value}T{part}", True)]
        return [self.timex(start, end, TimexType.DATE, value, True)]

    def _weekday_value(self, weekday: int, direction: int | None, start: int, end: int) -> str:
        if self.dct is None:
            return f"XXXX-WXX-{weekday + 1}"
        dct = self.dct
        if direction is not None and direction < 0:
            return resolve.weekday_before(dct, weekday).isoformat()
        if direction is not None and direction > 0:
            return resolve.weekday_after(dct, weekday).isoformat()
        tense = Tense.UNKNOWN if direction == 0 else self.tense(start, end)
        if tense is Tense.UNKNOWN and direction is None:
            # Past events take a preterite or perfect; a weekday in a present-tense
            # sentence is what is coming: "Am Sonntag wählen die Finnen".
            tense = Tense.FUTURE
        return resolve.weekday_date(dct, weekday, tense).isoformat()

    def weekend(self, start: int, end: int) -> list[Timex] | None:
        lead = self.lowers[start]
        if lead == "jedes":
            return [self.timex(start, end, TimexType.SET, "XXXX-WXX-WE")]
        direction = DIRECTIONS.get(lead, 0)
        if lead in STRIPPED:
            start += 1
        if self.dct is None:
            return [self.timex(start, end, TimexType.DATE, "XXXX-WXX-WE", True)]
        if lead in STRIPPED and self.dct.weekday() < 5 and self.tense(start, end) is Tense.PAST:
            direction = -1  # "Am Wochenende demonstrierten Tausende": the weekend just past
        if lead.startswith("kommend") and self.dct.weekday() < 5:
            direction = 0  # on a weekday "das kommende Wochenende" is this week's
        value = resolve.weekend_value(self.dct + timedelta(weeks=direction))
        return [self.timex(start, end, TimexType.DATE, value, True)]

    def relunit(self, start: int, end: int) -> list[Timex] | None:
        if self.lowers[end - 1] in ("darauf", "danach"):
            return self._unit_after(start, end)
        if self.classes[end - 2] == "ORDWORD":
            return self._ordinal_week(start, end)
        unit, plural = UNITS[self.lowers[end - 1]]
        direction_index = self.find(start, end, "DIR")
        if direction_index is None:
            return None
        direction = DIRECTIONS[self.lowers[direction_index]]
        count_index = self.find(direction_index + 1, end - 1, "NUM", "NUMWORD")
        if count_index is None and plural and direction == 0:
            return None  # "an diesen Tagen" points back into the text
        if count_index is not None or plural:
            count = self.number_of(count_index) if count_index is not None else None
            value = self._duration_value(count, unit)
            if value is None:
                return None
            return [self.timex(start, end, TimexType.DURATION, value)]
        value_text = self._shifted(unit, direction)
        if value_text is None:
            return None
        # A genitive ("Mitte des laufenden Jahres") leaves its article to the noun before.
        if start < direction_index and self.lowers[start] not in ARTICLES - {"des"}:
            start = direction_index
        return [self.timex(start, end, TimexType.DATE, value_text, True)]

    def _unit_after(self, start: int, end: int) -> list[Timex] | None:
        unit = UNITS[self.lowers[end - 2]][0]
        base = {"W": self.anchor_week, "D": self.anchor_day}.get(unit)
        if unit == "Y" and self.anchor_year is not None:
            base = date(self.anchor_year, 7, 1)
        if base is None and self.probing:
            base = self.dct or date(2000, 1, 1)
        if base is None:
            return None
        value = self._shifted(unit, 1, base)
        if value is None:
            return None
        return [self.timex(start, end, TimexType.DATE, value, True)]

    def _ordinal_week(self, start: int, end: int) -> list[Timex] | None:
        unit = UNITS[self.lowers[end - 1]][0]
        number = ORDINAL_WORDS[self.lowers[end - 2]]
        anchor = self.anchor_month
        if anchor is None and self.probing:
            anchor = (2000, 1)
        if unit != "W" or anchor is None or number > 6:
            return None
        first = date(*anchor, 1)
        value = resolve.week_value(first + timedelta(weeks=number - 1))
        return [self.timex(start, end, TimexType.DATE, value, True)]

    def same_unit(self, start: int, end: int) -> list[Timex] | None:
        """ "im selben Jahr": the period of the date named before."""
        unit = UNITS[self.lowers[end - 1]][0]
        base = {"W": self.anchor_week, "D": self.anchor_day}.get(unit)
        if unit == "Y" and self.anchor_year is not None:
            base = date(self.anchor_year, 7, 1)
        if unit == "M" and self.anchor_month is not None:
            base = date(*self.anchor_month, 1)
        if base is None and self.probing:
            base = date(2000, 1, 1)
        if base is None:
            return None
        value = self._shifted(unit, 0, base)
        return [self.timex(start, end, TimexType.DATE, value, True)] if value else None

    def relnoun(self, start: int, end: int) -> list[Timex] | None:
        unit, steps = RELATIVE_NOUNS[self.lowers[start]]
        # "Am Vortag" after "Am 3. Januar" is 2 January, not the day before the DCT;
        # "2023 gegenüber dem Vorjahr" is 2022.
        base = self._recent_day(start) if unit == "D" else self.sentence_period.get(
            (self.sentence_of[start], unit)
        )
        value = self._shifted(unit, steps, base)
        if value is None:
            return None
        return [self.timex(start, end, TimexType.DATE, value, True)]

    def ref(self, start: int, end: int) -> list[Timex] | None:
        if self.classes[start] == "EX":
            position = self.starts[start]
            return [self.timex(start, end, TimexType.DATE, "PAST_REF", char_start=position,
                               char_end=position + 2)]
        if self.classes[end - 1] == "REFNOUN":
            noun = self.lowers[end - 1]
            # "in der Zeit" is no reference; "in letzter Zeit" is the recent past.
            if noun == "zeit" and self.lowers[end - 2] not in _RECENT:
                return None
            return [self.timex(start + 1, end, TimexType.DATE, REFERENCE_NOUNS[noun])]
        word = self.lowers[start]
        following = self.lowers[end] if end < len(self.lowers) else ""
        previous = self.lowers[start - 1] if start > 0 else ""
        if word == "jetzt" and following in ("mal", "aber"):
            return None  # the particle of "Jetzt mal ehrlich"
        if word == "früher" and (following in ("als", "oder") or previous in _DEGREE_WORDS):
            return None  # the comparative "früher als geplant", "etwas früher"
        value = REFERENCES[word]
        if self._repeats_reference(start, value):
            return None
        return [self.timex(start, end, TimexType.DATE, value)]

    def _repeats_reference(self, index: int, value: str) -> bool:
        """ "was jetzt hier zurzeit abgeht": the clause has named that time already (KRAUTS
        marks the first word only)."""
        sentence = self.sentence_of[index]
        while index > 0 and self.sentence_of[index - 1] == sentence:
            index -= 1
            if self.texts[index] in (",", ";", ":"):
                return False
            if self.classes[index] == "REF" and REFERENCES.get(self.lowers[index]) == value:
                return True
        return False

    def partday(self, start: int, end: int) -> list[Timex] | None:
        index = end - 1
        part = PARTS_OF_DAY.get(self.lowers[index])
        if part is None:
            return None
        if self.classes[start] == "DIR":
            # "vergangene Nacht" began the evening before the DCT.
            direction = DIRECTIONS[self.lowers[start]]
            night = self._day(-1 if direction < 0 else 0)
            return [self.timex(start, end, TimexType.TIME, f"{self._day_text(night)}T{part}",
                               True)]
        if self.lowers[end - 2] in ("frühen", "späten"):
            start = self.strip(start, end, keep_articles=True)
        else:
            start = index
        day, relative = (self.anchor_day, self.anchor_relative) if self.anchor_day else (
            self.dct, True
        )
        value = f"{self._day_text(day)}T{part}"
        return [self.timex(start, end, TimexType.TIME, value, relative)]

    def _recent_day(self, index: int) -> date | None:
        """The day named in this sentence or the one before, if any."""
        sentence = self.sentence_of[index]
        for candidate in (sentence, sentence - 1):
            if candidate in self.sentence_day:
                return self.sentence_day[candidate][0]
        return None

    def later(self, start: int, end: int) -> list[Timex] | None:
        """ "zwei Jahre später": counted from the date named before, else a duration."""
        count = self.number_of(start)
        unit = UNITS[self.lowers[start + 1]][0]
        if count is None or unit not in ("D", "W", "M", "Y", "DE"):
            return None
        steps = -count if self.lowers[end - 1] in ("zuvor", "vorher", "früher") else count
        # "Heute, drei Jahrzehnte später": today is the later time, not the anchor.
        from_today = self.dct is not None and self.anchor_day == self.dct and (
            self.anchor_year == self.dct.year
        )
        value = None if from_today and steps > 0 else self._counted_from_anchor(unit, steps)
        if value is None:
            # Nothing named before to count from: "zwei Jahre" stays a duration.
            duration = self._duration_value(count, unit)
            if duration is None:
                return None
            return [self.timex(start, start + 2, TimexType.DURATION, duration)]
        return [self.timex(start, end, TimexType.DATE, value, True)]

    def _counted_from_anchor(self, unit: str, steps: int) -> str | None:
        if unit == "D" and self.anchor_day is not None:
            return (self.anchor_day + timedelta(days=steps)).isoformat()
        if unit == "W" and self.anchor_week is not None:
            return resolve.week_value(self.anchor_week + timedelta(weeks=steps))
        if unit == "M" and self.anchor_month is not None:
            return resolve.month_value(*resolve.shift_month(*self.anchor_month, steps))
        if unit in ("Y", "DE") and self.anchor_year is not None:
            year = self.anchor_year + steps * (10 if unit == "DE" else 1)
            return str(year) if unit == "Y" else str(year // 10)
        return None

    def course(self, start: int, end: int) -> list[Timex] | None:
        """ "im Laufe des Tages": the period itself; TimeML leaves "Laufe" outside."""
        unit, plural = UNITS[self.lowers[end - 1]]
        if plural:
            value = self._duration_value(None, unit)
            return [self.timex(start + 1, end, TimexType.DURATION, value)] if value else None
        if unit not in ("D", "W", "M", "Y"):
            return None
        base = self._recent_day(start) if unit == "D" else None
        value = self._shifted(unit, 0, base)
        return [self.timex(start + 1, end, TimexType.DATE, value, True)] if value else None

    def night_before(self, start: int, end: int) -> list[Timex] | None:
        """ "Nacht auf Sonntag": the night that ends on that day."""
        weekday = WEEKDAYS[self.lowers[end - 1]]
        value = self._weekday_value(weekday, None, start, end)
        return [self.timex(start, end, TimexType.TIME, f"{value}TNI", True)]

    def turn(self, start: int, end: int) -> list[Timex] | None:
        return [self.timex(start, end, TimexType.DATE, str(TURNS[self.lowers[end - 1]]))]
