"""English durations, "ago" dates, sets and clock times.

"two years" -> P2Y, "the past 24 hours" -> PT24H, "two years ago" -> a year,
"every Monday" -> XXXX-WXX-1, "weekly" -> P1W, "8:30 p.m. EST" -> ...T20:30.
"""

from __future__ import annotations

import re

from timeline.dates import en_values as values
from timeline.dates.en_lexicon import (
    AM_WORDS,
    FREQUENCY_WORDS,
    MONTHS,
    PARTS_OF_DAY,
    PLURAL_UNITS,
    PM_WORDS,
    SEASONS,
    TIME_ZONES,
    UNITS,
    VAGUE_UNIT,
    WEEKDAYS,
)
from timeline.dates.en_numbers import Count, parse_count
from timeline.dates.en_scan import SENTENCE_STARTS, Hit, Prefix, Tokens
from timeline.dates.types import TimexType

_CLOCK = re.compile(r"^(\d{1,2})(?::(\d{2}))?$")
_CLOCK_AMPM = re.compile(r"^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)$")
UNIT_ADJECTIVES = frozenset({
    "more", "additional", "full", "consecutive", "straight", "long", "trading", "business",
    "calendar", "fiscal", "working", "other", "extra", "whole", "entire", "further",
})  # fmt: skip
RATE_BEFORE = frozenset({
    "times", "twice", "once", "thrice", "million", "billion", "percent", "%", "dollars",
    "cents", "trillion", "barrels", "tons", "units", "up", "down",
})  # fmt: skip
ADJECTIVE_SLOT = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "average", "first",
    "initial", "regular", "this", "that", "these", "those", "total", "net",
})  # fmt: skip
BACKWARD_WORDS = frozenset({"ago", "earlier", "before"})
FREQUENCY_COUNTS = frozenset({"once", "twice", "thrice"})


def _exact_count_at(words: list[str], k: int) -> bool:
    """Whether token ``k`` alone is an exact number ("three", "12"), not "few"."""
    count = parse_count(words, k)
    return count is not None and count.value is not None and count.end == k + 1 and (
        not count.approx
    )


def _counted(tokens: Tokens, k: int) -> bool:
    """Whether token ``k`` is a counted plural noun: "300,000 cars (a year)"."""
    noun = tokens.word(k)
    counted = tokens.word(k - 1)
    return len(noun) > 3 and noun.endswith("s") and noun.isalpha() and (
        counted[:1].isdigit() or counted in ("million", "billion", "thousand", "hundred")
    )
# Anchor kind of a clock time that took the DCT's day for want of a day of its own.
CLOCK_DAY = "clock_day"
CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "''", '"', ")", "and", "when", "\n", ""})
PUNCTUATION_END = frozenset({",", ".", ";", "!", "?", ")"})


def duration_value(count: float | None, code: str, is_time: bool, multiplier: int) -> str:
    """ISO 8601 duration: P2Y, PT24H, P2Y6M, PXY."""
    if count is None:
        if multiplier == 10:
            return "PXE"
        if multiplier == 100:
            return "PXC"
        return "PTXM" if is_time and code == "M" else VAGUE_UNIT[code]
    amount = count * multiplier
    prefix = "PT" if is_time else "P"
    if amount == int(amount):
        return f"{prefix}{int(amount)}{code}"
    whole = int(amount)
    rest = amount - whole
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
               "Q": ("M", 3)}.get(code)  # fmt: skip
    if is_time and code == "M":
        smaller = ("S", 60)
    if smaller is None:
        return f"{prefix}{whole}{code}"
    small_code, factor = smaller
    head = f"{prefix}{whole}{code}" if whole else prefix
    if code == "D":
        return f"{head}T{round(rest * factor)}{small_code}"
    return f"{head}{round(rest * factor)}{small_code}"


def _shifted_value(tokens: Tokens, count: float, code: str, is_time: bool, mult: int) -> str:
    amount = count * mult
    dct = tokens.dct
    if is_time:
        # "48 hours ago" is two days back; "three hours ago" still today.
        hours = amount if code == "H" else amount / 60 if code == "M" else amount / 3600
        return values.day_after(dct, -int(hours // 24))
    if code == "Y":
        if amount != int(amount):
            return values.month_after(dct, -round(amount * 12))
        return values.year_after(dct, -int(amount))
    if code == "Q":
        return values.quarter_after(dct, -int(amount))
    if code == "M":
        return values.month_after(dct, -int(amount))
    if code == "W":
        return values.week_after(dct, -int(amount))
    return values.day_after(dct, -int(amount))


def quantity_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """Durations and dates counted from the DCT."""
    k = prefix.head
    words = tokens.words
    has_first = False
    if prefix.article is not None and words[k] in ("first", "final", "initial"):
        k += 1
        has_first = True
    count = parse_count(words, k)
    if count is None:
        return _bare_units(tokens, prefix, k)
    if count.is_article and (prefix.relation or has_first):
        return []
    end = count.end
    if end < len(words) and words[end] in ("to", "or", "-") and not count.is_article:
        upper = parse_count(words, end + 1)
        if upper is not None and upper.value is not None and not upper.is_article:
            end = upper.end
    while end < len(words) and words[end] in UNIT_ADJECTIVES:
        end += 1
    adjectival = False
    if end < len(words) and words[end] == "-" and tokens.glued(end) and count.value is not None:
        adjectival = True
        end += 1
    unit_word = tokens.word(end)
    unit = UNITS.get(unit_word)
    if unit is None:
        return []
    code, is_time, multiplier = unit
    if unit_word.startswith("second") and (count.is_article or count.value is None):
        return []
    if tokens.is_capitalized(end) and not tokens.is_capitalized(k):
        return []  # a title: "60 Minutes"
    if tokens.word(end + 1) == "old" or tokens.words[end + 1 : end + 3] == ["of", "age"]:
        return []  # an age: "52 years old"
    if count.is_article and unit_word in PLURAL_UNITS:
        return []
    if adjectival and unit_word in PLURAL_UNITS and not unit_word.startswith("decade"):
        return []
    end += 1
    if not adjectival and tokens.word(end) == "-" and tokens.glued(end):
        return []  # part of a compound: "a year-earlier loss"
    if adjectival and tokens.word(end) == "-" and tokens.word(end + 1) in ("old", "long"):
        # Ages ("6-year-old") are not temporal expressions in TimeML.
        if tokens.word(end + 1) == "old":
            return []
        end += 2
    amount = count.value
    if (
        not adjectival
        and amount is not None
        and amount == int(amount)
        and tokens.words[end : end + 3] == ["and", "a", "half"]
    ):
        amount += 0.5  # "a minute and a half"
        end += 3
    approx_tail = tokens.words[end : end + 2] == ["or", "so"]
    if approx_tail:
        end += 2  # "a week or so (ago)"
    after = tokens.word(end)
    outer = UNITS.get(tokens.word(end + 1)) if after in ("a", "per") else None
    if (
        outer is not None
        and not adjectival
        and not count.is_article
        and count.value is not None
        and tokens.word(end + 1) not in PLURAL_UNITS
        and prefix.relation is None
        and prefix.article is None
        and tokens.word(end + 2) not in BACKWARD_WORDS | {"later", "after", "from"}
    ):
        # "six days a week", "12 hours a day": how often, in the outer unit (TimeML SET).
        value = duration_value(1, outer[0], outer[1], outer[2])
        return [Hit(prefix.head, end + 2, TimexType.SET, value)]
    allowed = "q"
    if prefix.relation is not None and prefix.relation_word in (
        "past", "last", "next", "coming", "previous", "following", "this past", "recent"
    ):  # fmt: skip
        allowed = "qar"
    elif prefix.article is not None and not adjectival:
        allowed = "qa"
    if prefix.frame is not None:
        return []
    start = prefix.start(allowed)
    if count.is_article and tokens.word(start - 1) in ("per",):
        start -= 1
    # A rate: "$5 million a year", "twice a week".
    if (count.is_article or words[k] == "per") and not adjectival and after not in BACKWARD_WORDS:
        before = tokens.word(start - 1)
        if before in RATE_BEFORE or before[:1].isdigit() or before == "per" or _counted(
            tokens, start - 1
        ):
            value = duration_value(1, code, is_time, multiplier)
            # TimeML keeps the frequency inside the set: "twice a month" (freq="2X").
            if before in FREQUENCY_COUNTS:
                start -= 1
            elif before == "times" and _exact_count_at(words, start - 2):
                start -= 2
            return [Hit(start, end, TimexType.SET, value)]
    mod = prefix.mod
    if (count.approx or approx_tail) and mod is None:
        mod = "APPROX"
    if not adjectival and (
        after == "ago"
        or (after == "earlier" and prefix.relation is None)
        or (after == "before" and tokens.word(end + 1) in CLAUSE_END)
        or (after == "from" and tokens.word(end + 1) == "now")
        or after == "hence"
    ):
        stop = end + 2 if after == "from" else end + 1
        if count.value is None:
            ref = "PAST_REF" if after in BACKWARD_WORDS else "FUTURE_REF"
            return [Hit(start, stop, TimexType.DATE, ref, True, mod)]
        sign = 1 if after in BACKWARD_WORDS else -1
        try:
            value = _shifted_value(tokens, sign * count.value, code, is_time, multiplier)
        except (OverflowError, ValueError):
            value = "-"  # beyond the calendar: only the direction is known
        if value.startswith("-"):
            value = "PAST_REF" if sign > 0 else "FUTURE_REF"
        anchor = None
        if count.value == 1 and code == "Y" and multiplier == 1 and after in ("ago", "earlier"):
            anchor = "year_before"
        return [Hit(start, stop, TimexType.DATE, value, True, mod, anchor)]
    value = duration_value(amount, code, is_time, multiplier)
    return [Hit(start, end, TimexType.DURATION, value, False, mod)]


# Words before "days of protests", "months of talks": a stretch of time, not "the days of".
BARE_BEFORE_OF = frozenset({"after", "follows", "followed", "following", "within", "for"})
# Words after which a bare plural closes a clause as a stretch: "the lowest in years."
CLAUSE_CLOSERS = frozenset({".", ",", ";", ":", "!", "?", "and", "but", "''", '"', ")"})


def _bare_span_ahead(tokens: Tokens, k: int) -> bool:
    """ "after days of protests", "the first time in years.": a vague stretch of time."""
    before = tokens.word(k - 1)
    if before in BARE_BEFORE_OF and before != "for":
        return tokens.word(k + 1) == "of"
    return before == "in" and tokens.word(k + 1) in CLAUSE_CLOSERS


def _bare_units(tokens: Tokens, prefix: Prefix, k: int) -> list[Hit]:
    """Unquantified plural units: "for years", "recent months", "the coming weeks"."""
    word = tokens.word(k)
    if word not in PLURAL_UNITS or word in ("seconds", "quarters"):
        return []
    code, is_time, multiplier = UNITS[word]
    relation = prefix.relation_word
    if relation in ("recent", "past", "coming", "next", "last"):
        start = prefix.start("ar")
    elif prefix.article is not None and tokens.word(k + 1) == "ahead":
        value = duration_value(None, code, is_time, multiplier)
        return [Hit(prefix.start("a"), k + 2, TimexType.DURATION, value)]
    elif tokens.word(k - 1) in ("for", "within") or (
        tokens.word(k - 1) == "the" and tokens.word(k - 2) in ("over", "through", "throughout")
    ):
        start = prefix.start("a")
    elif prefix.start("a") == k and _bare_span_ahead(tokens, k):
        start = k
    elif prefix.start("a") == k and tokens.word(k + 1) in ("before", "later") and (
        tokens.word(k - 1) not in ("the", "of", "-", "'s")
    ):
        start = k  # "had bought the gun days before": an unknown number of days
    else:
        return []
    end = k + 1
    if tokens.word(end) in ("ago", "earlier"):
        return [Hit(start, end + 1, TimexType.DATE, "PAST_REF", True)]
    if tokens.word(end) == "-" or (
        tokens.word(end) == "of" and tokens.word(k - 1) not in BARE_BEFORE_OF
    ):
        return []
    value = duration_value(None, code, is_time, multiplier)
    return [Hit(start, end, TimexType.DURATION, value)]


def frequency_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """Sets: "every Monday", "each year", "weekly", "every two weeks"."""
    i = prefix.head
    word = tokens.word(i)
    if word in FREQUENCY_WORDS:
        if tokens.is_capitalized(i) and tokens.word(i - 1) not in SENTENCE_STARTS:
            return []
        # "its quarterly dividend", "average daily volume": an adjective, not a set.
        if tokens.word(i - 1) in ADJECTIVE_SLOT:
            return []
        return [Hit(i, i + 1, TimexType.SET, FREQUENCY_WORDS[word])]
    if word == "quarterly" and tokens.word(i + 1) in PUNCTUATION_END and tokens.word(
        i - 1
    ) not in ADJECTIVE_SLOT:
        # Only as an adverb closing its clause: "reports its results quarterly."
        return [Hit(i, i + 1, TimexType.SET, "P3M")]
    if word not in ("every", "each"):
        return []
    k = i + 1
    multiplier = 1
    if tokens.word(k) == "other":
        multiplier, k = 2, k + 1
    target = tokens.word(k)
    if target in WEEKDAYS and tokens.is_capitalized(k):
        value = f"XXXX-WXX-{WEEKDAYS[target] + 1}"
        pod = PARTS_OF_DAY.get(tokens.word(k + 1))
        if pod:
            return [Hit(i, k + 2, TimexType.SET, f"{value}T{pod}")]
        return [Hit(i, k + 1, TimexType.SET, value)]
    if target in MONTHS and tokens.is_capitalized(k):
        return [Hit(i, k + 1, TimexType.SET, f"XXXX-{MONTHS[target]:02d}")]
    if target in SEASONS:
        return [Hit(i, k + 1, TimexType.SET, f"XXXX-{SEASONS[target]}")]
    if target in PARTS_OF_DAY:
        return [Hit(i, k + 1, TimexType.SET, f"XXXX-XX-XXT{PARTS_OF_DAY[target]}")]
    count: Count | None = None
    if target not in UNITS:
        count = parse_count(tokens.words, k)
        if count is None or count.value is None or count.is_article:
            return []
        k = count.end
    unit = UNITS.get(tokens.word(k))
    if unit is None:
        return []
    code, is_time, unit_multiplier = unit
    amount = (count.value if count and count.value else 1) * multiplier
    if code == "Q" and amount == 1:
        return [Hit(i, k + 1, TimexType.SET, "P1Q")]
    return [Hit(i, k + 1, TimexType.SET, duration_value(amount, code, is_time, unit_multiplier))]


def _hour_24(hour: int, meridiem: str | None) -> int | None:
    if meridiem is None:
        return hour if hour <= 24 else None
    if not 1 <= hour <= 12:
        return None
    if meridiem == "pm":
        return hour if hour == 12 else hour + 12
    return 0 if hour == 12 else hour


def clock_expression(tokens: Tokens, prefix: Prefix) -> list[Hit]:
    """ "8 a.m.", "8:30 p.m. EST", "noon Thursday", "10 p.m. Wednesday", "4 in the morning"."""
    from timeline.dates.en_relative import weekday_in

    i = prefix.head
    word = tokens.word(i)
    k = i + 1
    hour: int | None
    minute = 0
    if word in ("noon", "midday", "midnight"):
        if tokens.is_capitalized(i) and tokens.word(i - 1) not in SENTENCE_STARTS:
            return []
        if tokens.word(i - 1) == "high":
            return []
        hour = 24 if word == "midnight" else 12
    else:
        meridiem = None
        match = _CLOCK_AMPM.match(word)
        if match is None:
            match = _CLOCK.match(word)
            if match is None:
                return []
            after = tokens.word(k)
            if after in AM_WORDS:
                meridiem, k = "am", k + 1
            elif after in PM_WORDS:
                meridiem, k = "pm", k + 1
            elif after == "o'clock":
                k += 1
            elif after == "in" and tokens.word(k + 1) == "the" and tokens.word(k + 2) in (
                "morning", "afternoon", "evening"
            ):  # fmt: skip
                meridiem = "am" if tokens.word(k + 2) == "morning" else "pm"
                k += 3
            elif match.group(2) is None or not (
                tokens.word(k) in TIME_ZONES
                or tokens.word(i - 1) in ("at", "by", "until", "around", "from", "till")
            ):
                return []
        else:
            meridiem = "am" if match.group(3).startswith("a") else "pm"
        hour = _hour_24(int(match.group(1)), meridiem)
        minute = int(match.group(2) or 0)
        if hour is None or minute > 59:
            return []
    if tokens.word(k) in TIME_ZONES and tokens.texts[k].isupper():
        k += 1
    day_value: str | None = None
    relative = True
    j = k + 1 if tokens.word(k) == "," else k
    day_word = tokens.word(j)
    if day_word in WEEKDAYS and tokens.is_capitalized(j):
        day_value = weekday_in(tokens, WEEKDAYS[day_word], None, i, j + 1)
        k = j + 1
    elif day_word in ("today", "yesterday", "tomorrow", "tonight"):
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[day_word]
        day_value = values.day_after(tokens.dct, offset)
        k = j + 1
    elif day_word in MONTHS:
        from timeline.dates.en_calendar import calendar_date
        from timeline.dates.en_scan import read_prefix

        dates = calendar_date(tokens, read_prefix(tokens, j))
        if dates and dates[0].value.count("-") == 2 and dates[0].start == j:
            day_value, relative, k = dates[0].value, dates[0].relative, dates[0].end
    anchor = None
    if day_value is None:
        day_value = values.day_after(tokens.dct, 0)
        # A day named right next to the time ("Tuesday at 8 a.m.") wins over the DCT's.
        anchor = CLOCK_DAY
    allowed = "q" if prefix.quantity_mod and prefix.mod == "APPROX" else ""
    start = prefix.start(allowed)
    value = f"{day_value}T{hour:02d}:{minute:02d}"
    mod = prefix.mod if allowed else None
    return [Hit(start, k, TimexType.TIME, value, relative, mod, anchor)]
