"""English calendar dates: "Dec. 30, 2023", "30 Dec 2023", "2023-12-30", "12/30/2023",
"Tuesday, Jan. 2", "December 30", "in September", "February 2022", years, decades.

Each rule reads tokens from a :class:`Prefix` head and returns :class:`Hit` s
(a date range "March 1 to 3" gives two). Four digits that stand where a clock
time does are no year: "(1950 GMT)", "1130 hrs", "Saturdays, 1130", a
reporter's diary "19 JANUARY, 1130 GMT".
"""

from __future__ import annotations

import re
from datetime import date

from timeline.dates.clock import is_24_hour_time
from timeline.dates.en_lexicon import (
    AMBIGUOUS_MONTHS,
    AMBIGUOUS_SEASONS,
    CLOCK_UNITS,
    MONTH_CUES,
    MONTHS,
    NOT_YEAR_AFTER,
    NOT_YEAR_BEFORE,
    ORDINALS,
    SEASONS,
    TENS,
    TIME_ZONES,
    WEEKDAY_PLURALS,
    WEEKDAYS,
    YEAR_CUES_BEFORE,
)
from timeline.dates.en_numbers import spoken_year
from timeline.dates.en_scan import Hit, Prefix, Tokens
from timeline.dates.en_values import year_of_month_day
from timeline.dates.resolve import year_for_month_day
from timeline.dates.types import Tense, TimexType

_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_YEAR = re.compile(r"^\d{4}$")
_SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")
_DECADE = re.compile(r"^(?:mid-)?(\d{3})0'?s$")
_SHORT_DECADE = re.compile(r"^(\d)0'?s$")
_MID_YEAR = re.compile(r"^mid-(\d{4})$")
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
SEASON_PREPOSITIONS = frozenset({
    "in", "since", "until", "by", "during", "through", "throughout", "till", "before", "after",
    "this", "next", "last", "early", "late", "of", "over",
})  # fmt: skip
# Anchor of a month or day named without a year: a year named earlier in the
# same sentence ("The 2024 Olympics open in July") wins over the DCT's.
YEAR_OF_SENTENCE = "year_of_sentence"
NOUN_PREPOSITIONS = frozenset({
    "for", "on", "to", "against", "through", "from", "into", "across", "toward", "towards",
})  # fmt: skip
RANGE_WORDS = frozenset({"-", "–", "to", "through", "and", "until", "till", "or"})
# A day date before this year is rare in news; after "19 JANUARY," such digits are
# a reporter's diary time ("19 JANUARY, 1130, BANI"), not the year 1130.
EARLIEST_DIARY_YEAR = 1500
UNIT_WORDS_AFTER_DAY = frozenset({
    "days", "weeks", "months", "years", "hours", "minutes", "percent", "%", "people",
    "million", "billion", "a.m.", "p.m.", "am", "pm",
})  # fmt: skip


def month_at(tokens: Tokens, i: int, before: str) -> int | None:
    """The month named by token ``i`` when it stands as a month name.

    ``before`` is the word in front of the month phrase, for the check that
    "May" or "march" mean a month.
    """
    word = tokens.word(i)
    month = MONTHS.get(word)
    if month is None or not tokens.is_capitalized(i):
        return None
    bare = word.rstrip(".")
    if bare in AMBIGUOUS_MONTHS and not word.endswith("."):
        after = tokens.word(i + 1)
        # Bare abbreviations ("Jan Kavan") need a day or year after them.
        cue_ok = bare in ("may", "march") and before in MONTH_CUES
        if before == "the" and after in NOUN_PREPOSITIONS:
            cue_ok = False  # a noun: "the March for Life", "the march on Washington"
        supported = (
            _DAY.match(after) is not None
            or _YEAR.match(after) is not None
            or cue_ok
            or (after == "," and _YEAR.match(tokens.word(i + 2)) is not None)
        )
        if not supported:
            return None
    return month


def day_at(tokens: Tokens, i: int) -> int | None:
    word = tokens.word(i)
    match = _DAY.match(word)
    if match:
        number = int(match.group(1))
        return number if 1 <= number <= 31 else None
    ordinal = ORDINALS.get(word)
    return ordinal if ordinal is not None and ordinal <= 31 else None


def year_at(tokens: Tokens, i: int, strict: bool = True) -> int | None:
    """A four-digit year at token ``i``; ``strict`` applies the not-a-count checks."""
    word = tokens.word(i)
    if not _YEAR.match(word):
        return None
    year = int(word)
    if not 1000 <= year <= 2099:
        return None
    if _clock_mark_after(tokens, i + 1):
        return None  # "(1950 GMT)", "at 0910 local time", "1130 hrs": a clock time
    if not strict:
        return year
    before = tokens.word(i - 1)
    after = tokens.word(i + 1)
    spans = after in ("-", "–") and _year_range_end(tokens, i + 1, year) is not None
    if before in NOT_YEAR_BEFORE or (after in NOT_YEAR_AFTER and not spans):
        return None
    if before == "," and _names_a_day(tokens, i - 2) and is_24_hour_time(word):
        return None  # "Saturdays, 1130", "Monday, 2005", "19 JANUARY, 1130": a time that day
    if year < 1900 and before not in YEAR_CUES_BEFORE:
        return None
    return year


def _clock_mark_after(tokens: Tokens, k: int) -> bool:
    """A time zone, "local time" or "hrs" next, or after "-" and a second clock
    ("1800-1900 GMT", "1900 to 2200 EST")."""
    if tokens.word(k) in ("-", "–", "to", "and") and _YEAR.match(tokens.word(k + 1)):
        k += 2
    word = tokens.word(k)
    if word in TIME_ZONES and tokens.texts[k].isupper():
        return True
    if word == "local":
        # "1400 local time", "(1400 local, 1900 GMT)"; not "1930 local elections".
        following = tokens.word(k + 1)
        return following == "time" or following in (",", ")", ";", ".", "")
    return k < len(tokens.texts) and tokens.texts[k].rstrip(".") in CLOCK_UNITS


def _names_a_day(tokens: Tokens, i: int) -> bool:
    """Token ``i`` ends a weekday ("Monday", "Saturdays") or a day and month ("19 JANUARY")."""
    word = tokens.word(i)
    if not tokens.is_capitalized(i) and not _DAY.match(word):
        return False
    if word in WEEKDAYS or word in WEEKDAY_PLURALS:
        return True
    if word in MONTHS:
        return day_at(tokens, i - 1) is not None
    return day_at(tokens, i) is not None and tokens.word(i - 1) in MONTHS


def _year_after_day(tokens: Tokens, k: int) -> int | None:
    """The year of a day date at token ``k``: "19 January 2010", "January 19, 2010".

    After a comma, digits that read as a year before 1500 and as a 24-hour time
    are the time ("19 JANUARY, 1130").
    """
    if tokens.word(k) != ",":
        return year_at(tokens, k, strict=False)
    year = year_at(tokens, k + 1, strict=False)
    if year is not None and year < EARLIEST_DIARY_YEAR and is_24_hour_time(tokens.word(k + 1)):
        return None
    return year


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _month_day_value(
    tokens: Tokens, month: int, day: int | None, start: int, end: int, shift: int | None
) -> tuple[str, bool]:
    suffix = f"{month:02d}" + (f"-{day:02d}" if day is not None else "")
    dct = tokens.dct
    if dct is None:
        return "XXXX-" + suffix, True
    if shift is not None:
        tense = Tense.PAST if shift < 0 else Tense.FUTURE if shift > 0 else Tense.UNKNOWN
        if shift == 0:
            return f"{dct.year:04d}-{suffix}", True
        year = year_for_month_day(month, day, dct, tense)
        if day is None and year == dct.year and month == dct.month:
            year += shift
        return f"{year:04d}-{suffix}", True
    if tokens.word(start - 1) == "since":
        # "since March" counts up to now: the latest March, however near the next one.
        year = year_for_month_day(month, day, dct, Tense.PAST)
    else:
        year = year_of_month_day(month, day, dct, tokens.tense(start, end))
    return f"{year:04d}-{suffix}", True


def calendar_date(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """Dates led by a weekday, month or day number, ISO and slashed dates."""
    i = prefix.head
    words = tokens.words
    weekday_start = None
    if words[i] in WEEKDAYS and tokens.is_capitalized(i):
        weekday_start = i
        i += 2 if tokens.word(i + 1) == "," else 1
    hits = _month_led(tokens, prefix, i) or _day_led(tokens, prefix, i)
    if hits is None and weekday_start is None:
        hits = _numeric(tokens, i)
    if not hits:
        return []
    if weekday_start is not None:
        first = hits[0]
        if first.value.count("-") < 2:
            return []
        start = prefix.start("r") if prefix.relation_word == "this coming" else weekday_start
        hits[0] = Hit(start, first.end, first.type, first.value, first.relative, first.mod)
    return hits


def _allowed_quantity(prefix: Prefix, tokens: Tokens) -> str:
    if prefix.quantity_mod and tokens.word(prefix.quantity_mod[0]) in (
        "around", "about", "approximately", "roughly"
    ):  # fmt: skip
        return "q"
    return ""


def _month_led(tokens: Tokens, prefix: Prefix, i: int) -> list[Hit] | None:
    before = tokens.word(i - 1)
    if prefix.position is not None:
        before = "mid"  # "mid-March": the modifier asks for a month
    month = month_at(tokens, i, before)
    if month is None:
        return None
    k = i + 1
    day = day_at(tokens, k)
    if day is not None and tokens.word(k + 1) in ("%", "percent", "million", "billion"):
        day = None
    if day is not None and not valid_date(2000, month, day):
        return None  # "November 31" names no day in any year
    year = None
    if day is not None:
        k += 1
        if y := _year_after_day(tokens, k):
            year, k = y, k + (2 if tokens.word(k) == "," else 1)
    else:
        if tokens.word(k) in (",", "of") and (y := year_at(tokens, k + 1, strict=False)):
            year, k = y, k + 2
        elif y := year_at(tokens, k, strict=False):
            year, k = y, k + 1
        elif (spoken := spoken_year(tokens.words, k)) is not None:
            year, k = spoken
    mods = "pf" + _allowed_quantity(prefix, tokens)
    if year is None and day is None:
        mods += "r" if prefix.relation_word in ("last", "next", "this", "this past",
                                                "this coming", "coming", "past") else ""
    if year is None and tokens.word(k + 1) == "year" and tokens.word(k) in ("this", "last",
                                                                            "next"):
        # "June last year"
        year_shift = {"this": 0, "last": -1, "next": 1}[tokens.word(k)]
        if tokens.dct is None:
            value = "XXXX-" + f"{month:02d}"
        else:
            value = f"{tokens.dct.year + year_shift:04d}-{month:02d}"
        if day is not None:
            value += f"-{day:02d}"
        return [Hit(prefix.start(mods), k + 2, TimexType.DATE, value, True, prefix.mod)]
    start = prefix.start(mods)
    anchor = None
    if year is not None:
        if day is not None and not valid_date(year, month, day):
            return None
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
        relative = False
    else:
        relation_shift = prefix.shift if "r" in mods and prefix.relation else None
        value, relative = _month_day_value(tokens, month, day, start, k, relation_shift)
        if relation_shift is None:
            anchor = YEAR_OF_SENTENCE
    hits = [Hit(start, k, TimexType.DATE, value, relative, prefix.mod, anchor)]
    if day is not None:
        second = _range_end(tokens, k, value, relative, anchor)
        if second:
            hits.append(second)
    return hits


def _range_end(
    tokens: Tokens, k: int, first_value: str, relative: bool, anchor: str | None
) -> Hit | None:
    """The bare day closing a range: "March 1 to 3", "Dec. 30-31"."""
    if tokens.word(k) not in RANGE_WORDS:
        return None
    day = day_at(tokens, k + 1)
    if day is None or not _DAY.match(tokens.word(k + 1)):
        return None
    after = tokens.word(k + 2)
    if after in MONTHS or after in UNIT_WORDS_AFTER_DAY or after in ("/", ":", "-"):
        return None
    if after == "," and tokens.word(k + 3)[:1].isdigit():
        return None  # "March 1 - 3, 5 and 7": a list of days
    first_day = int(first_value[-2:])
    if day <= first_day or not valid_date(2000, int(first_value[5:7]), day):
        return None
    value = first_value[:-2] + f"{day:02d}"
    return Hit(k + 1, k + 2, TimexType.DATE, value, relative, None, anchor)


def _day_led(tokens: Tokens, prefix: Prefix, i: int) -> list[Hit] | None:
    day = day_at(tokens, i)
    if day is None:
        return None
    k = i + 1
    if tokens.word(k) == "of":
        k += 1
    month = month_at(tokens, k, "of")
    if month is None or (tokens.word(i) in ORDINALS and tokens.word(i + 1) != "of"):
        return None
    if not valid_date(2000, month, day):
        return None
    k += 1
    year = None
    if y := _year_after_day(tokens, k):
        year, k = y, k + (2 if tokens.word(k) == "," else 1)
    start = prefix.start("" + _allowed_quantity(prefix, tokens))
    if year is not None:
        if not valid_date(year, month, day):
            return None
        return [Hit(start, k, TimexType.DATE, f"{year:04d}-{month:02d}-{day:02d}")]
    value, relative = _month_day_value(tokens, month, day, start, k, None)
    return [Hit(start, k, TimexType.DATE, value, relative, None, YEAR_OF_SENTENCE)]


def _numeric(tokens: Tokens, i: int) -> list[Hit] | None:
    word = tokens.word(i)
    match = _SLASH_DATE.match(word)
    if match:
        month, day, year = (int(part) for part in match.groups())
        if year < 100:
            year += 1900 if year >= 50 else 2000
        if valid_date(year, month, day):
            return [Hit(i, i + 1, TimexType.DATE, f"{year:04d}-{month:02d}-{day:02d}")]
        return None
    if _YEAR.match(word) and tokens.word(i + 1) == "-" and tokens.glued(i + 1):
        month_word, dash, day_word = tokens.word(i + 2), tokens.word(i + 3), tokens.word(i + 4)
        if (
            len(month_word) == 2
            and month_word.isdigit()
            and dash == "-"
            and len(day_word) == 2
            and day_word.isdigit()
            and tokens.glued(i + 4)
        ):
            year, month, day = int(word), int(month_word), int(day_word)
            if valid_date(year, month, day):
                value = f"{year:04d}-{month:02d}-{day:02d}"
                return [Hit(i, i + 5, TimexType.DATE, value)]
    return None


def year_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """Years, fiscal years, spoken years, decades: "2006", "fiscal 1998", "the 1990s"."""
    i = prefix.head
    word = tokens.word(i)
    mods = "pf" + _allowed_quantity(prefix, tokens)
    fiscal = word == "fiscal"
    k = i + 1 if fiscal else i
    # Decades.
    decade = _decade_at(tokens, k, prefix)
    if decade is not None:
        value, end, mod = decade
        allowed = "apf" if prefix.article is not None or prefix.position else "pf"
        return [Hit(prefix.start(allowed), end, TimexType.DATE, value, False, mod or prefix.mod)]
    mid = _MID_YEAR.match(tokens.word(k))
    if mid:
        return [Hit(prefix.start("a"), k + 1, TimexType.DATE, mid.group(1), False, "MID")]
    year = year_at(tokens, k, strict=not fiscal)
    end = k + 1
    if year is None and tokens.word(k) == "year":
        spoken = spoken_year(tokens.words, k + 1)
        if spoken is not None:
            year, end = spoken
            mods += "a"
    if year is None and (
        (tokens.word(k) == "nineteen" and tokens.word(k + 1) in TENS)
        or (tokens.word(k) == "two" and tokens.word(k - 1) in ("in", "since", "until", "by"))
    ):
        spoken = spoken_year(tokens.words, k)
        if spoken is not None:
            year, end = spoken
    if year is None:
        return []
    value = f"{year:04d}"
    anchor = None
    if tokens.word(end) in ("period", "quarter") and prefix.article is not None:
        # "the 1988 quarter": the quarter under discussion, in 1988.
        end += 1
        mods += "a"
        anchor = "quarter_in_year"
    if tokens.word(k - 1) == "-" and tokens.glued(k):
        return []
    first = Hit(prefix.start(mods), end, TimexType.DATE, value, False, prefix.mod, anchor)
    closing = _year_range_end(tokens, end, year) if end == k + 1 else None
    return [first, closing] if closing else [first]


def _next_year_short(year: int, word: str) -> bool:
    """Whether ``word`` writes the year after ``year`` in two digits ("2022-23")."""
    return len(word) == 2 and word.isdigit() and int(word) == (year + 1) % 100


def _year_range_end(tokens: Tokens, k: int, year: int) -> Hit | None:
    """The year closing a span: "2022-23" and "2022-2023" (seasons, fiscal and school years)."""
    if tokens.word(k) not in ("-", "–", "/") or not tokens.glued(k) or not tokens.glued(k + 1):
        return None
    word = tokens.word(k + 1)
    if not word.isdigit() or tokens.word(k + 2) in ("-", "–", "/"):
        return None
    if _next_year_short(year, word):
        second = year + 1
    elif len(word) == 4:
        second = int(word)
    else:
        return None
    if not year < second <= year + 10:
        return None
    return Hit(k + 1, k + 2, TimexType.DATE, f"{second:04d}")


def _decade_at(tokens: Tokens, k: int, prefix: Prefix) -> tuple[str, int, str | None] | None:
    word = tokens.word(k)
    match = _DECADE.match(word)
    if match:
        digits = match.group(1)
        if digits.endswith("0") and digits < "200":
            digits = digits[:2]  # "the 1800s" are a century; "the 2000s" mostly a decade
        return digits, k + 1, "MID" if word.startswith("mid-") else None
    if word == "'" and (short := _SHORT_DECADE.match(tokens.word(k + 1))):
        return "19" + short.group(1), k + 2, None
    short = _SHORT_DECADE.match(word)
    if short and tokens.word(k - 1) == "'":
        return "19" + short.group(1), k + 1, None
    if word in DECADE_WORDS and prefix.article is not None and tokens.word(prefix.article) == "the":
        return f"19{DECADE_WORDS[word]}", k + 1, None
    return None


def season_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """Seasons: "last winter", "the summer of 1998", "this fall"."""
    from timeline.dates.en_values import season_value

    i = prefix.head
    word = tokens.word(i)
    season = SEASONS.get(word)
    if season is None:
        return []
    k = i + 1
    year = None
    if tokens.word(k) == "of":
        year = year_at(tokens, k + 1, strict=False)
        if year is None and (spoken := spoken_year(tokens.words, k + 1)) is not None:
            year, end = spoken
            k = end
        elif year is not None:
            k += 2
    elif (y := year_at(tokens, k, strict=False)) is not None:
        year, k = y, k + 1
    if year is not None:
        return [Hit(prefix.start("apfr"), k, TimexType.DATE, f"{year:04d}-{season}", False,
                    prefix.mod)]
    before = tokens.word(i - 1)
    first = prefix.start("apfr")
    outside = tokens.word(first - 1)
    if prefix.relation is not None or prefix.position is not None:
        has_context = True
    elif word in AMBIGUOUS_SEASONS or prefix.article is not None:
        # "in the fall", but not "the fall of the Berlin Wall" or "a spring".
        has_context = outside in SEASON_PREPOSITIONS and tokens.word(k) not in ("of", "in")
    else:
        has_context = before in SEASON_PREPOSITIONS
    if not has_context:
        return []
    if tokens.word(k) in ("'s",) or tokens.word(k) in TENS:
        return []
    shift = prefix.shift if prefix.relation else None
    start = prefix.start("apfr")
    tense = tokens.tense(start, k)
    if prefix.relation_word in ("this past", "this coming"):
        # The latest (next) such season, even if it lies in this year.
        shift = None
        tense = Tense.PAST if prefix.relation_word == "this past" else Tense.FUTURE
    value = season_value(season, tokens.dct, shift, tense)
    return [Hit(start, k, TimexType.DATE, value, True, prefix.mod)]

