"""English expressions resolved against the DCT: weekdays, "yesterday", "last week",
"the third quarter", "the past two years", "two years ago", "now".
"""

from __future__ import annotations

import re
from datetime import date

from timeline.dates import en_values as values
from timeline.dates.en_lexicon import (
    ORDINALS,
    PARTS_OF_DAY,
    PARTS_OF_DAY_PLURAL,
    REF_WORDS,
    WEEKDAY_PLURALS,
    WEEKDAYS,
)
from timeline.dates.en_scan import RELATIONS, SENTENCE_STARTS, Hit, Prefix, Tokens
from timeline.dates.en_tense import sentence_bounds
from timeline.dates.resolve import week_value, weekday_after, weekday_before, weekday_date
from timeline.dates.types import Tense, TimexType

_SHORT_PERIOD = re.compile(r"^([QH])([1-4])$")
_ORDINAL_DIGITS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")

QUOTES = frozenset({'"', "``", "''", "'", "“", "‘"})
# Capitalized words that turn a weekday into part of a name.
WEEKDAY_NAMES_AFTER = frozenset({
    "times", "telegraph", "mirror", "express", "herald", "post", "mail", "tribune",
    "independent", "observer", "sport", "star", "night", "business",
})  # fmt: skip
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
BACKWARD = frozenset({"last", "previous", "past", "this past", "prior", "preceding"})
FORWARD = frozenset({"next", "coming", "this coming", "following", "upcoming"})


def weekday_in(tokens: Tokens, weekday: int, relation: str | None, start: int, end: int) -> str:
    """Date value of a weekday named alone or with last/next/this."""
    dct = tokens.dct
    if dct is None:
        return f"XXXX-WXX-{weekday + 1}"
    if relation in BACKWARD:
        return weekday_before(dct, weekday).isoformat()
    if relation in FORWARD:
        return weekday_after(dct, weekday).isoformat()
    tense = tokens.tense(start, end)
    ahead = tokens.word(start - 1) in ("before", "until") or (
        tokens.word(start - 2), tokens.word(start - 1)
    ) == ("ahead", "of")
    if tokens.word(end) == "'s" and not ahead and not (
        tense is Tense.FUTURE and _future_predicate(tokens, end + 1)
    ):
        # "Wednesday's ruling", "Thursday's closing price": an event on record,
        # unless its own verb looks ahead: "Sunday's final will be played".
        tense = Tense.PAST
    return weekday_date(dct, weekday, tense).isoformat()


FUTURE_AFTER_BE = frozenset({"scheduled", "set", "expected", "due", "slated", "to"})


def _future_predicate(tokens: Tokens, position: int) -> bool:
    """Whether the noun phrase from ``position`` on has a verb looking ahead."""
    for k in range(position, position + 5):
        word = tokens.word(k)
        if word in ("will", "'ll", "shall"):
            return True
        if word in ("is", "are"):
            return tokens.word(k + 1) in FUTURE_AFTER_BE
        if word in (",", ".", ";", "\n", ""):
            return False
    return False


def weekday_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "Tuesday", "last Friday", "Tuesday night", "Mondays"."""
    i = prefix.head
    word = tokens.word(i)
    if not tokens.is_capitalized(i):
        return []
    if word in WEEKDAY_PLURALS:
        value = f"XXXX-WXX-{WEEKDAY_PLURALS[word] + 1}"
        return [Hit(i, i + 1, TimexType.SET, value)]
    weekday = WEEKDAYS.get(word)
    if weekday is None:
        return []
    k = i + 1
    part = tokens.word(k)
    if part in WEEKDAY_NAMES_AFTER and tokens.is_capitalized(k):
        return []  # a title: "the Sunday Times"
    if part in PARTS_OF_DAY_PLURAL:
        value = f"XXXX-WXX-{weekday + 1}T{PARTS_OF_DAY_PLURAL[part]}"
        return [Hit(i, k + 1, TimexType.SET, value)]
    relation = prefix.relation_word
    # "early Tuesday" keeps its modifier; "earlier Tuesday" is an adverb of its own.
    early_or_late = prefix.position and tokens.word(prefix.position[0]) in ("early", "late")
    allowed = "p" if early_or_late else ""
    if relation in BACKWARD or relation in FORWARD or relation == "this":
        allowed = "apr"
    else:
        relation = None
    start = prefix.start(allowed)
    mod = prefix.mod if start < i else None
    pod = PARTS_OF_DAY.get(part)
    end = k + 1 if pod else k
    value = weekday_in(tokens, weekday, relation, start, end)
    if pod:
        return [Hit(start, end, TimexType.TIME, f"{value}T{pod}", True, mod)]
    return [Hit(start, end, TimexType.DATE, value, True, mod)]


def deictic_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "today", "yesterday morning", "tonight", "this morning", "last night", "now"."""
    i = prefix.head
    word = tokens.word(i)
    if word in REF_WORDS:
        if word == "soon" and tokens.word(i - 1) == "as":
            return []
        if word == "formerly" and tokens.word(i - 1) in (",", "(", "--", "—"):
            return []  # "Angelo, formerly the firm's vice president": the adjective "former"
        return [Hit(i, i + 1, TimexType.DATE, REF_WORDS[word])]
    if word == "day" and prefix.article is not None and tokens.word(i + 1) in ("before", "after"):
        target = tokens.word(i + 2)
        if (tokens.word(i + 1), target) in (("before", "yesterday"), ("after", "tomorrow")):
            offset = -2 if target == "yesterday" else 2
            start = prefix.start("a")
            return [Hit(start, i + 3, TimexType.DATE, values.day_after(tokens.dct, offset), True)]
    if word in DEICTIC_DAYS:
        if tokens.is_capitalized(i) and tokens.word(i - 1) not in SENTENCE_STARTS:
            return []  # a name: "VOA Today"
        if tokens.word(i + 1) == "'s" and tokens.word(i - 1) in ("of", "in", "for"):
            return []  # generic: "today's world", which TimeBank leaves unmarked
        age = _age_of(tokens, i)
        if age is not None:
            return [Hit(i, i + 1, TimexType.DATE, age)]
        offset = DEICTIC_DAYS[word]
        day = values.day_after(tokens.dct, offset)
        start = prefix.start("p")
        if word == "tonight":
            return [Hit(start, i + 1, TimexType.TIME, day + "TNI", True, prefix.mod)]
        pod = PARTS_OF_DAY.get(tokens.word(i + 1))
        if pod:
            return [Hit(start, i + 2, TimexType.TIME, f"{day}T{pod}", True, prefix.mod)]
        return [Hit(start, i + 1, TimexType.DATE, day, True, prefix.mod)]
    if word == "overnight" and _stands_alone(tokens, i):
        # The night before the day spoken of ("Rebels attacked overnight"), or the
        # coming one in a future sentence ("stores stay open overnight").
        if tokens.tense(i, i + 1) is Tense.FUTURE:
            return [Hit(i, i + 1, TimexType.TIME, values.day_after(tokens.dct, 0) + "TNI", True)]
        day = values.day_after(tokens.dct, -1)
        return [Hit(i, i + 1, TimexType.TIME, day + "TNI", True, None, "day-1")]
    pod = PARTS_OF_DAY.get(word)
    if (
        pod
        and pod != "NI"
        and prefix.relation is None
        and prefix.article is not None
        and tokens.word(prefix.article) == "the"
        and tokens.word(prefix.article - 1) in ("in", "during", "by", "until")
        and tokens.word(i + 1) not in ("of", "after", "before", "'s", "hours", "-")
    ):
        # "In the morning, crowds gathered": that part of the day spoken of.
        start = prefix.start("ap")
        value = values.day_after(tokens.dct, 0) + "T" + pod
        return [Hit(start, i + 1, TimexType.TIME, value, True, prefix.mod, "day+0")]
    if pod and prefix.relation_word in ("this", "last"):
        if prefix.relation_word == "last" and pod != "NI":
            return []
        offset = -1 if prefix.relation_word == "last" else 0
        day = values.day_after(tokens.dct, offset)
        start = prefix.start("pr")
        end = i + 1
        if word == "night" and tokens.word(i + 1) == "'s":
            end = i + 1
        return [Hit(start, end, TimexType.TIME, f"{day}T{pod}", True, prefix.mod)]
    return []


# Nouns "today's" makes generic: the people and things of the present age, not of the day.
AGE_NOUNS = frozenset({
    "youth", "young", "teenagers", "teens", "children", "kids", "students", "parents",
    "families", "workers", "consumers", "voters", "women", "men", "society", "world",
    "economy", "generation", "technology", "standards", "culture", "politics", "media",
})  # fmt: skip
# Nouns before "of today" that name a day's event or part, not an age ("the end of today").
DAY_NOUNS = frozenset({
    "end", "start", "beginning", "rest", "morning", "afternoon", "evening", "night",
    "events", "edition", "issue", "news", "meeting", "session", "game", "vote",
})  # fmt: skip


def _age_of(tokens: Tokens, i: int) -> str | None:
    """PRESENT_REF or FUTURE_REF when "today" or "tomorrow" means the age, not the day:
    "today's teenagers", "the cars of tomorrow", "the world of today"."""
    word = tokens.word(i)
    ages = {"today": "PRESENT_REF", "tomorrow": "FUTURE_REF"}
    if word not in ages:
        return None
    if word == "today" and tokens.word(i + 1) == "'s" and tokens.word(i + 2) in AGE_NOUNS:
        return ages[word]
    noun = tokens.word(i - 2)
    if (
        tokens.word(i - 1) == "of"
        and noun.isalpha()
        and noun not in DAY_NOUNS
        and tokens.word(i - 3) in ("the", "a", "an", "our", "their")
        and tokens.word(i + 1) in (".", ",", ";", ":", "?", "!", "and", "will", "is", "are", "")
    ):
        return ages[word]
    return None


# Words after "overnight" that show it is an adverb, not an adjective ("overnight rates").
ADVERB_FOLLOWERS = frozenset({
    ",", ".", ";", ":", "!", "?", ")", "''", '"', "\n", "", "and", "but", "in", "on", "at",
    "to", "into", "from", "as", "while", "when", "after", "before", "with", "near", "outside",
    "across", "by", "amid", "-", "--", "—",
})  # fmt: skip


def _stands_alone(tokens: Tokens, i: int) -> bool:
    return tokens.word(i + 1) in ADVERB_FOLLOWERS and tokens.word(i - 1) not in (
        "an", "the", "its", "their", "his", "her", "our",
    )  # fmt: skip


UNIT_STEPS = {
    "week": values.week_after,
    "weekend": values.weekend_after,
    "month": values.month_after,
    "year": values.year_after,
    "quarter": values.quarter_after,
    "decade": values.decade_after,
    "century": values.century_after,
}


def unit_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "last week", "this year", "the weekend", "earlier this month", "year-end"."""
    i = prefix.head
    word = tokens.word(i)
    k = i + 1
    if word == "fiscal" and tokens.word(k) == "year":
        word, k = "year", k + 1
    if word == "year" and tokens.word(k) in ("-", "end", "'s") and tokens.word(k + int(
        tokens.word(k) != "end"
    )) == "end":
        end = k + 1 if tokens.word(k) == "end" else k + 2
        start = prefix.start("apfq")
        shift = prefix.shift or 0
        return [Hit(start, end, TimexType.DATE, values.year_after(tokens.dct, shift), True,
                     prefix.mod or "END")]
    if word == "week" and tokens.word(k) in ("ended", "ending") and prefix.relation is None:
        week = _week_ended(tokens, k + 1)
        if week is not None:
            # "in the week ended Aug. 31": the week that day closes, as one date.
            return [Hit(prefix.start("a"), week[1], TimexType.DATE, week[0], True)]
    if word == "period" and prefix.relation_word in ("latest", "current", "same"):
        # Earnings reports: "the latest period" is the quarter just reported.
        word = "quarter"
    step = UNIT_STEPS.get(word)
    if step is None:
        return []
    if tokens.is_capitalized(i) and tokens.word(i - 2) == "of" and prefix.relation_word is None:
        return []  # a title, not a date: "Person of the Year", "Album of the Year"
    if tokens.word(k) == "-" and tokens.glued(k):
        return []
    relation = prefix.relation_word
    if relation is not None:
        if relation in ("that", "same", "recent"):
            return []
        shift = RELATIONS[relation]
        if relation == "full" and word != "year":
            return []
        allowed = "apfr"
    else:
        if prefix.article is None or tokens.word(prefix.article) != "the":
            return []
        allowed = "apf"
        shift = 0
        if word in ("quarter",):
            shift = -1
        elif word == "weekend" and tokens.dct is not None:
            tense = tokens.tense(prefix.start(allowed), k)
            if tense is Tense.PAST and tokens.dct.weekday() < 5:
                shift = -1
        elif word in ("decade", "century") and (prefix.frame is None or word == "century"):
            return []
    if prefix.quantity_mod and tokens.word(prefix.quantity_mod[0]) in ("around", "about"):
        allowed += "q"
    start = prefix.start(allowed)
    if word in ("decade", "century") and (relation == "past" or (
        relation in ("next", "coming") and tokens.word(start - 1) in STRETCH_PREPOSITIONS
    )):
        # "the past decade", "over the next decade": ten years from or up to now,
        # a length in TimeBank.
        return [Hit(start, k, TimexType.DURATION, "P10Y" if word == "decade" else "P100Y")]
    if (
        word == "year"
        and relation is None
        and tokens.word(k) in ("ended", "ending", "ends", "through", "to")
    ):
        # "for the year ended March 31": a fiscal year, measured as a length.
        return [Hit(start, k, TimexType.DURATION, "P1Y")]
    if tokens.is_capitalized(i) and start < i and tokens.word(start - 1) in QUOTES:
        return []  # a title: ABC's "This Week"
    value = step(tokens.dct, shift)
    anchor = None
    if word == "decade" and relation is None:
        anchor = "decade_of_sentence"  # "peaked in 2008 and fell by the end of the decade"
    if word == "quarter" and relation in (None, "latest"):
        anchor = "same_quarter"
    elif word == "year" and relation == "full":
        anchor = "year_of_quarter"  # earnings: the year of the quarter just reported
    return [Hit(start, k, TimexType.DATE, value, True, prefix.mod, anchor)]


# Prepositions that measure a stretch of time: "over the next decade".
STRETCH_PREPOSITIONS = frozenset({"over", "during", "within", "throughout", "for"})


def _week_ended(tokens: Tokens, k: int) -> tuple[str, int] | None:
    """The ISO week of the day named at token ``k`` and the token after it."""
    from timeline.dates.en_calendar import calendar_date
    from timeline.dates.en_scan import read_prefix

    dates = calendar_date(tokens, read_prefix(tokens, k))
    if not dates or dates[0].start != k:
        return None
    day = _DAY.match(dates[0].value)
    if day is None:
        return None
    return week_value(date.fromisoformat(day.group(0))), dates[0].end


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _ordinal(word: str) -> int | None:
    match = _ORDINAL_DIGITS.match(word)
    if match:
        return int(match.group(1))
    return ORDINALS.get(word)


def quarter_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "the third quarter", "fourth-quarter", "the first half of 1990", "fiscal 1989 Q"."""
    from timeline.dates.en_calendar import year_at

    k = prefix.head
    allowed = "apf"
    year: int | None = None
    year_shift: int | None = None
    if tokens.word(k) == "year" and tokens.word(k + 1) == "'s" and prefix.relation:
        year_shift = prefix.shift
        allowed += "r"
        k += 2
    elif (y := year_at(tokens, k, strict=False)) is not None and (
        tokens.word(k + 1) == "'s" or _ordinal(tokens.word(k + 1)) or tokens.word(k + 1) == "fiscal"
    ):
        year = y
        k += 2 if tokens.word(k + 1) == "'s" else 1
    if tokens.word(k) == "fiscal":
        k += 1
        if tokens.word(k) == "-":
            k += 1
    short = _SHORT_PERIOD.match(tokens.texts[k]) if k < len(tokens.texts) else None
    if short:
        # "Q3 2023", "H1"
        letter, period = short.group(1), int(short.group(2))
        k += 1
        if (y := year_at(tokens, k, strict=False)) is not None:
            return [Hit(prefix.start(allowed), k + 1, TimexType.DATE, f"{y:04d}-{letter}{period}")]
        start = prefix.start(allowed)
        tense = tokens.tense(start, k)
        if letter == "Q":
            value = values.quarter_in_year(period, tokens.dct, tense)
        else:
            value = values.half_in_year(period, tokens.dct, tense)
        return [Hit(start, k, TimexType.DATE, value, True)]
    number = _ordinal(tokens.word(k))
    if number is None:
        if prefix.relation_word == "last" and tokens.word(k) == "half" and year_shift is None:
            number, allowed = 2, allowed + "r"
            k -= 1
        else:
            return []
    k += 1
    if tokens.word(k) == "-" and tokens.glued(k):
        k += 1
    unit = tokens.word(k)
    if unit not in ("quarter", "half", "quarters"):
        return []
    limit = 4 if unit.startswith("quarter") else 2
    if not 1 <= number <= limit:
        return []
    k += 1
    if unit == "quarters":
        return [Hit(prefix.head, k, TimexType.SET, f"XXXX-Q{number}")]
    letter = "Q" if unit == "quarter" else "H"
    if year is None:
        if (
            tokens.word(k) in ("of", ",")
            and (y := year_at(tokens, k + 1, strict=False)) is not None
        ):
            year, k = y, k + 2
        elif (y := year_at(tokens, k, strict=False)) is not None:
            year, k = y, k + 1
        elif tokens.word(k) in ("this", "last", "next") and tokens.word(k + 1) == "year":
            year_shift = {"this": 0, "last": -1, "next": 1}[tokens.word(k)]
            k += 2
        elif tokens.word(k) == "of" and tokens.word(k + 2) == "year" and tokens.word(k + 1) in (
            "this", "last", "next", "the"
        ):
            # "the first half of the year": the year spoken of, this one by default.
            year_shift = {"this": 0, "the": 0, "last": -1, "next": 1}[tokens.word(k + 1)]
            k += 3
    start = prefix.start(allowed)
    if year is not None:
        return [Hit(start, k, TimexType.DATE, f"{year:04d}-{letter}{number}", False, prefix.mod)]
    if year_shift is not None:
        base = values.year_after(tokens.dct, year_shift)
        return [Hit(start, k, TimexType.DATE, f"{base}-{letter}{number}", True, prefix.mod)]
    if _in_a_game(tokens, start, k):
        return []  # "scored twice in the first half": a period of play
    tense = tokens.tense(start, k)
    if letter == "Q":
        value = values.quarter_in_year(number, tokens.dct, tense)
    else:
        value = values.half_in_year(number, tokens.dct, tense)
    return [Hit(start, k, TimexType.DATE, value, True, prefix.mod)]


# Words that put "the first half" or "the fourth quarter" on a playing field.
GAME_WORDS = frozenset({
    "scored", "score", "scores", "scoring", "goal", "goals", "touchdown", "touchdowns",
    "match", "game", "halftime", "half-time", "penalty", "minute", "inning", "innings",
    "quarterback", "rebounds", "assists", "field", "kick", "equalizer", "equaliser",
    "header", "striker", "trailed", "yards", "rushing", "quarter-final", "semifinal",
})  # fmt: skip


def _in_a_game(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the sentence around tokens ``start..end`` reports a game."""
    first, last = sentence_bounds(tokens.words, start, end)
    return any(word in GAME_WORDS for word in tokens.words[first:last])


def year_ago_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "year-earlier", "the year-ago quarter", "the year-earlier third quarter"."""
    i = prefix.head
    if not (
        tokens.word(i) == "year"
        and tokens.word(i + 1) == "-"
        and tokens.word(i + 2) in ("ago", "earlier")
        and tokens.glued(i + 2)
    ):
        return []
    k = i + 3
    dct = tokens.dct
    number = _ordinal(tokens.word(k))
    if number is not None and number <= 4 and tokens.word(k + 1) == "quarter":
        value = values.quarter_in_year(number, dct, Tense.PAST)
        if dct is not None:
            value = f"{int(value[:4]) - 1:04d}{value[4:]}"
        return [Hit(prefix.start("a"), k + 2, TimexType.DATE, value, True)]
    if tokens.word(k) in ("quarter", "period"):
        value = values.quarter_after(dct, -5) if dct else "XXXX-QX"
        return [Hit(prefix.start("a"), k + 1, TimexType.DATE, value, True, None, "year_before")]
    value = values.year_after(dct, -1)
    return [Hit(i, k, TimexType.DATE, value, True, None, "year_before")]


def century_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "the 20th century", "the eleventh century"."""
    i = prefix.head
    number = _ordinal(tokens.word(i))
    if number is None or not 1 <= number <= 21:
        return []
    k = i + 1
    if tokens.word(k) == "-" and tokens.glued(k) and tokens.word(k + 1) == "century":
        k += 1  # "18th-century"
    if tokens.word(k) == "century":
        return [Hit(prefix.start("apf"), k + 1, TimexType.DATE, f"{number - 1:02d}", False,
                    prefix.mod)]
    # "the 18th and 19th centuries", "the 15th to 17th centuries": one expression each.
    second = _ordinal(tokens.word(k + 1))
    if (
        tokens.word(k) in ("and", "or", "to", "-", "–", "through")
        and second is not None
        and number < second <= 21
        and tokens.word(k + 2) in ("centuries", "century")
    ):
        return [
            Hit(prefix.start("apf"), k, TimexType.DATE, f"{number - 1:02d}", False, prefix.mod),
            Hit(k + 1, k + 3, TimexType.DATE, f"{second - 1:02d}", False),
        ]
    return []


def reference_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "the future", "the past", "these days", "the near term"."""
    i = prefix.head
    word = tokens.word(i)
    article = prefix.article is not None and tokens.word(prefix.article) == "the"
    if article and word in ("future", "near", "short", "long"):
        end = i + 1
        if word != "future":
            if tokens.word(i + 1) not in ("future", "term"):
                return []
            if word == "long" or (word == "short" and tokens.word(i + 1) != "term"):
                return []
            end = i + 2
        if tokens.word(end) == "-" and tokens.glued(end):
            return []
        return [Hit(prefix.start("a"), end, TimexType.DATE, "FUTURE_REF")]
    if (
        article
        and prefix.relation_word == "past"
        and prefix.relation is not None
        and prefix.relation[0] + 1 == i
        and tokens.word(i) not in ("-", "few", "several", "couple")
    ):
        return [Hit(prefix.start("ar"), i, TimexType.DATE, "PAST_REF")]
    if word == "these" and tokens.word(i + 1) == "days":
        return [Hit(i, i + 2, TimexType.DATE, "PRESENT_REF")]
    relation = prefix.relation
    if relation is not None and relation[0] + 1 == i and prefix.article is None:
        # "to this day" is the present; "at that time" the past spoken of.
        before = tokens.word(relation[0] - 1)
        if (before, relation[1], word) == ("to", "this", "day"):
            return [Hit(relation[0], i + 1, TimexType.DATE, "PRESENT_REF")]
        if (before, relation[1], word) == ("at", "that", "time"):
            return [Hit(relation[0], i + 1, TimexType.DATE, "PAST_REF")]
    if tokens.word(i - 1) == "for" and (word, tokens.word(i + 1)) in (("a", "while"),
                                                                      ("some", "time")):
        return [Hit(i, i + 2, TimexType.DURATION, "PXX")]
    return []


ANAPHORIC_UNITS = {
    "day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day",
    "month": "month", "year": "year", "week": "week",
}  # fmt: skip
ANAPHORIC_SHIFTS = {
    "following": 1, "previous": -1, "prior": -1, "preceding": -1, "same": 0, "that": 0,
}  # fmt: skip
_FALLBACK_STEPS = {
    "day": values.day_after, "week": values.week_after, "month": values.month_after,
    "year": values.year_after,
}  # fmt: skip


def anaphoric_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "the next day", "the following year", "that same day", "the day before".

    These count from the date the text spoke of last, not from the DCT; the
    value computed here is the DCT-based fallback, :func:`timeline.dates.en.find`
    re-anchors it on the last date named before it.
    """
    i = prefix.head
    word = tokens.word(i)
    granularity = ANAPHORIC_UNITS.get(word)
    if granularity is None:
        return []
    relation = prefix.relation_word
    end = i + 1
    article = prefix.article is not None and tokens.word(prefix.article) == "the"
    if relation in ANAPHORIC_SHIFTS:
        shift = ANAPHORIC_SHIFTS[relation]
        if relation == "same" and not article and tokens.word(i - 2) != "that":
            return []
    elif relation == "next" and article and granularity == "day":
        shift = 1
    elif (
        relation is None
        and article
        and word == "day"
        and tokens.word(end) in ("before", "after")
        and tokens.word(end + 1) in (",", ".", ";", "\n", "")
    ):
        shift = -1 if tokens.word(end) == "before" else 1
        end += 1
    else:
        return []
    start = prefix.start("apr")
    if relation == "same" and tokens.word(start - 1) == "that":
        start -= 1
    value = _FALLBACK_STEPS[granularity](tokens.dct, shift)
    return [Hit(start, end, TimexType.DATE, value, True, prefix.mod, f"{granularity}{shift:+d}")]
