"""The story's own time: dates that count from the date the text last named.

The tagger resolves most phrases against the publication date and already
follows a narrative for "the next day" or "im selben Jahr". Three kinds of
text need the story's reference time on top of that:

* a month or day "of that year" ("in June of that year", "im Juni desselben
  Jahres") lies in the year named before, not in the publication year;
* a span counted from the last date ("A week later", "two months after
  that", "three days earlier") is a date, not a duration;
* the lines of a chronology or factbox ("February 26 - The Council imposes
  sanctions", "26. Februar: Prüfer stellen Risse fest") are written in the
  present tense but report the past: a date without a year is the latest
  such day on or before the publication date, or lies in the year a heading
  of the chronology names ("2011", "Chronik 2002:").

:func:`reanchor` returns the tagger's expressions with these values fixed;
expressions it consumes ("that year" after "June", a chronology's heading year)
are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from timeline.dates.de_words import WEEKDAYS as DE_WEEKDAYS
from timeline.dates.en_lexicon import WEEKDAYS as EN_WEEKDAYS
from timeline.dates.resolve import shift_month
from timeline.dates.types import Timex, TimexType
from timeline.timex import DateSpan, InvalidTimexValue, Precision, parse_value

# "of that year", "that same year", "desselben Jahres", "jenes Jahres".
_OF_THAT_YEAR = re.compile(
    r"^,?\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b"
    r"|^,?\s*(?:desselben|des\s+selben|des\s+gleichen|jenes|ebendieses)\s+Jahres\b",
    re.IGNORECASE,
)
# After a duration: counted from the last date ("A week later", "two days after that"),
# or a clause that happened that long before or after it ("on March 5, three days after
# the union rejected the offer": the rejection was on March 2).
# "on" only where a clause ends after it ("Twenty years on, the town ..."), not "20
# years on each count".
_LATER = re.compile(
    r"^\s*(?:later|afterwards?|after\s+(?:that|this)|on(?=\s*(?:[,.;:!?)]|$|from\b)))\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(r"^\s*(?:earlier|before\s+(?:that|this)|previously)\b", re.IGNORECASE)
_AFTER_CLAUSE = re.compile(r"^\s*after\b", re.IGNORECASE)
_BEFORE_CLAUSE = re.compile(r"^\s*before\b", re.IGNORECASE)
# A chronology line: the date, then a dash or colon, then what happened.
_ENTRY_MARK = re.compile(r"^\s*(?:[-–—:]|\s-)\s+\S")
_EXPLICIT_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b|'\d\d\b")
# A clause that announces rather than reports: the future stays in the future.
_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|scheduled|planned|expected|"
    r"wird|werden|soll|sollen|geplant|angesetzt|vorgesehen)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
_CALENDAR_PRECISIONS = frozenset(
    {Precision.YEAR, Precision.MONTH, Precision.WEEK, Precision.DAY}
)


def reanchor(text: str, timexes: Sequence[Timex], published: date | None) -> list[Timex]:
    """The expressions of ``text`` (in text order) with the story's reference time applied."""
    ordered = sorted(timexes, key=lambda t: t.start)
    result: list[Timex] = []
    last: DateSpan | None = None
    chronology_year: int | None = None
    skip_until = -1
    for timex in ordered:
        if timex.start < skip_until:
            continue  # "that year" of "June of that year": consumed by the month
        following = text[timex.end : timex.end + 40]
        heading_year = _heading_year(text, timex)
        if heading_year is not None:
            chronology_year = heading_year
            continue  # a heading ("Chronik 2002:") dates the lines below, not a happening
        if _is_entry(text, timex) and not _EXPLICIT_YEAR.search(timex.text):
            timex = _entry_date(text, timex, published, chronology_year)
        elif last is not None and (of_year := _OF_THAT_YEAR.match(following)):
            skip_until = timex.end + of_year.end()
            timex = _in_year(timex, last.first.year)
            timex = replace(timex, end=skip_until, text=text[timex.start : skip_until])
        elif last is not None and timex.type is TimexType.DURATION:
            timex = _counted_from(timex, following, last) or timex
        elif last is not None and (shifted := _anaphoric(timex, last)) is not None:
            timex = shifted
        elif last is not None and result and _in_narrative(text, result[-1], timex, last):
            timex = _in_year(timex, last.first.year)
        if result and _restates_day(text, result[-1], timex):
            continue  # "Zwei Tage später, am Freitag": the Friday is that same day
        span = _calendar_span(timex)
        if span is not None:
            last = span
        result.append(timex)
    return result


_APPOSITION = re.compile(r"^\s*,\s*(?:am|on|dem|the)?\s*$", re.IGNORECASE)
# Weekday names of both languages, as the tagger knows them, by their day of the week.
_WEEKDAYS = {**DE_WEEKDAYS, **EN_WEEKDAYS}


def _restates_day(text: str, previous: Timex, timex: Timex) -> bool:
    """A weekday in apposition to the day just named, and naming that day's weekday."""
    if not _APPOSITION.match(text[previous.end : timex.start]):
        return False
    words = timex.text.lower().split()
    weekday = next((_WEEKDAYS[word] for word in words if word in _WEEKDAYS), None)
    span = _calendar_span(previous)
    return (
        weekday is not None and len(words) <= 2 and span is not None
        and span.precision is Precision.DAY and span.first.weekday() == weekday
    )


# "the following week", "the next day", "the day before", "am Tag darauf", "im Jahr darauf".
_ANAPHORIC_EN = re.compile(
    r"^(?:the\s+)?(?:(?P<dir1>following|next|previous|preceding|prior)\s+(?P<unit1>day|week|month|year)"
    r"|(?P<unit2>day|week|month|year)\s+(?P<dir2>after|before|later|earlier))$",
    re.IGNORECASE,
)
_ANAPHORIC_DE = re.compile(
    r"^(?:(?:am|im|in\s+der)\s+)?(?:(?P<dir1>nächsten|folgenden|darauffolgenden|vorherigen)\s+"
    r"(?P<unit1>Tag|Woche|Monat|Jahr)|(?P<unit2>Tag|Woche|Monat|Jahr)\s+(?P<dir2>darauf|danach|"
    r"zuvor|davor))$",
    re.IGNORECASE,
)
_FORWARD = frozenset({"following", "next", "after", "later", "nächsten", "folgenden",
                      "darauffolgenden", "darauf", "danach"})
_UNITS = {"day": "D", "tag": "D", "week": "W", "woche": "W", "month": "M", "monat": "M",
          "year": "Y", "jahr": "Y"}
# How far back the date that a month or day without a year takes its year from may be.
NARRATIVE_REACH = 250


def _anaphoric(timex: Timex, last: DateSpan) -> Timex | None:
    """"the following week" counted from the date the text last named."""
    match = _ANAPHORIC_EN.match(timex.text.strip()) or _ANAPHORIC_DE.match(timex.text.strip())
    if match is None or timex.type not in (TimexType.DATE, TimexType.TIME):
        return None
    direction = (match.group("dir1") or match.group("dir2")).lower()
    unit = _UNITS[(match.group("unit1") or match.group("unit2")).lower()]
    sign = 1 if direction in _FORWARD else -1
    first = last.first
    if unit == "D" and last.precision is Precision.DAY:
        value = (first + timedelta(days=sign)).isoformat()
    elif unit == "W" and last.precision in (Precision.DAY, Precision.WEEK):
        year, week, _ = (first + timedelta(weeks=sign)).isocalendar()
        value = f"{year:04d}-W{week:02d}"
    elif unit == "M" and last.precision in (Precision.DAY, Precision.MONTH):
        year, month = shift_month(first.year, first.month, sign)
        value = f"{year:04d}-{month:02d}"
    elif unit == "Y":
        value = f"{first.year + sign:04d}"
    else:
        return None
    return replace(timex, type=TimexType.DATE, value=value, relative=True)


def _in_narrative(text: str, previous: Timex, timex: Timex, last: DateSpan) -> bool:
    """A day without a year inside the month of another year that the text just named.

    "In June of that year, dockers stayed out for nine days. The strike ended on
    21 June": in the same paragraph, shortly after a month or day of another
    year, a day of that same month belongs to that year. Other months are left
    to the tagger (news switch between background and the present all the
    time), and weekdays and words like "today" count from the publication date.
    """
    if not re.match(r"^\d{4}-\d\d(?:-\d\d)?$", timex.value) or not timex.relative:
        return False
    if _EXPLICIT_YEAR.search(timex.text) or last.first.year == int(timex.value[:4]):
        return False
    if last.precision not in (Precision.MONTH, Precision.DAY) or (
        int(timex.value[5:7]) != last.first.month
    ):
        return False  # only a day of the month just named: "in June 2002 ... on 21 June"
    if not re.search(r"[A-Za-zÄÖÜäöü]{3}", timex.text) or _WEEKDAY_OR_DEICTIC.search(timex.text):
        return False
    between = text[previous.end : timex.start]
    return "\n" not in between and len(between) <= NARRATIVE_REACH


_WEEKDAY_OR_DEICTIC = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag|today|yesterday|tomorrow|heute|gestern|morgen|this|last|next|diese|letzte|"
    r"vergangene|nächste|kommende",
    re.IGNORECASE,
)


def _calendar_span(timex: Timex) -> DateSpan | None:
    if timex.type not in (TimexType.DATE, TimexType.TIME):
        return None
    try:
        span = parse_value(timex.value.split("T", 1)[0])
    except InvalidTimexValue:
        return None
    return span if span.precision in _CALENDAR_PRECISIONS else None


def _heading_year(text: str, timex: Timex) -> int | None:
    """A year standing alone on its line ("2011", "Chronik 2002:") heads a chronology."""
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.end)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    if not re.fullmatch(r"(?:[^\W\d_]+\s+){0,2}(?:1[0-9]|20)\d\d\s*:?", line):
        return None
    try:
        span = parse_value(timex.value)
    except InvalidTimexValue:
        return None
    return span.first.year if span.precision is Precision.YEAR else None


def _is_entry(text: str, timex: Timex) -> bool:
    """The date opens a line or sentence and a dash or colon follows it."""
    before = text[max(0, timex.start - 3) : timex.start]
    opens = timex.start == 0 or "\n" in before or bool(re.search(r"[.!?]\s+$", before))
    return opens and bool(_ENTRY_MARK.match(text[timex.end : timex.end + 4]))


def _entry_date(
    text: str, timex: Timex, published: date | None, chronology_year: int | None
) -> Timex:
    match = re.match(r"^(?:\d{4}|XXXX)(-\d\d(?:-\d\d)?)$", timex.value.split("T", 1)[0])
    if match is None:
        return timex
    suffix = match.group(1)
    if chronology_year is not None:
        return replace(timex, value=f"{chronology_year:04d}{suffix}")
    if published is None:
        return timex
    line_end = text.find("\n", timex.end)
    line = text[timex.end : len(text) if line_end < 0 else line_end]
    if _FUTURE_WORDS.search(line[:120]):
        return timex  # "March 24 - Members will vote on the deal": announced
    for year in (published.year, published.year - 1):
        try:
            first = parse_value(f"{year:04d}{suffix}").first
        except InvalidTimexValue:
            continue
        if first <= published:
            return replace(timex, value=f"{year:04d}{suffix}")
    return timex


def _in_year(timex: Timex, year: int) -> Timex:
    """A month or day moved into ``year`` ("June" + "of that year")."""
    value = timex.value
    if re.match(r"^(?:\d{4}|XXXX)-\d\d", value):
        return replace(timex, value=f"{year:04d}{value[4:]}", relative=True)
    return timex


def _counted_from(timex: Timex, following: str, last: DateSpan) -> Timex | None:
    """"A week later" after a day: that day plus a week, at the unit's precision."""
    match = _DURATION.match(timex.value)
    if match is None or "." in match.group(1):
        return None
    if _LATER.match(following) or _BEFORE_CLAUSE.match(following):
        sign = 1
    elif _EARLIER.match(following) or _AFTER_CLAUSE.match(following):
        sign = -1
    else:
        return None
    amount, unit = int(match.group(1)) * sign, match.group(2)
    value: str | None = None
    if unit in "DW" and last.precision is Precision.DAY:
        days = amount * (7 if unit == "W" else 1)
        value = (last.first + timedelta(days=days)).isoformat()
    elif unit == "M" and last.precision in (Precision.DAY, Precision.MONTH):
        year, month = shift_month(last.first.year, last.first.month, amount)
        value = f"{year:04d}-{month:02d}"
    elif unit == "Y" and last.precision is not Precision.WEEK:
        value = f"{last.first.year + amount:04d}"
    if value is None:
        return None
    later = re.match(r"\s*\w+(?:\s+(?:that|this)\b)?", following)
    end = timex.end + (later.end() if later else 0)
    return replace(
        timex,
        end=end,
        text=timex.text + following[: end - timex.end],
        type=TimexType.DATE,
        value=value,
        relative=True,
    )
