"""Four digits that are a 24-hour clock time are no year, in English and German.

"1950 GMT", "Saturdays, 1130", "19 JANUARY, 1130 GMT" (a reporter's diary) and
"1930 Uhr" name a time of day; "in 1912", "1959: Castro takes power", "Im Jahr
1959" name a year. The DCT is Wednesday 2024-01-10.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import tag
from timeline.dates.clock import is_24_hour_time, minute_of_day

DCT = date(2024, 1, 10)

Expected = list[tuple[str, str, str]]


def triples(text: str, lang: str) -> Expected:
    return [(t.text, t.type.value, t.value) for t in tag(text, lang, DCT)]


def check(cases: list[tuple[str, Expected]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), cases, ids=[c[0][:40] for c in cases])


@pytest.mark.parametrize(
    ("digits", "expected"),
    [("0000", True), ("0933", True), ("1130", True), ("2359", True), ("1989", False),
     ("2400", False), ("1960", False), ("930", False), ("19:12", False)],
)
def test_24_hour_times(digits: str, expected: bool) -> None:
    assert is_24_hour_time(digits) is expected


def test_minute_of_day() -> None:
    assert [minute_of_day(d) for d in ("0000", "0933", "2359")] == [0, 573, 1439]


@check([
    # A reporter's diary: the day is right, the digits are the time.
    ("9 JANUARY, 1130 GMT, BANI Trucks refuelled at a service station.",
     [("9 JANUARY", "DATE", "2024-01-09")]),
    ("9 JANUARY, 1130, BANI Trucks refuelled at a service station.",
     [("9 JANUARY", "DATE", "2024-01-09")]),
    ("The quake struck on 9 January 1930 GMT.", [("9 January", "DATE", "2024-01-09")]),
    ("The film premiered on January 9, 1130 GMT.", [("January 9", "DATE", "2024-01-09")]),
    # After a weekday and a comma: a programme note, a time that day.
    ("How to listen: BBC Radio 4, Saturdays, 1130.", [("Saturdays", "SET", "XXXX-WXX-6")]),
    ("The briefing was on Monday, 1930.", [("Monday", "DATE", "2024-01-08")]),
    # Followed by "hrs", "h" or "local".
    ("The blast came at 1930 hrs.", []),
    ("The blast came at 1930 h.", []),
    ("It began at 10 a.m. (1400 local, 1900 GMT).", [("10 a.m.", "TIME", "2024-01-10T10:00")]),
    ("At 0910 local time the rescue started.", []),
    ("Services run from 1900 to 2200 EST.", []),
])
def test_english_clock_times_are_no_years(text: str, expected: Expected) -> None:
    assert triples(text, "en") == expected


@check([
    ("In 1912 the ship sank.", [("1912", "DATE", "1912")]),
    ("1959: Castro takes power.", [("1959", "DATE", "1959")]),
    # One such sentence start in an ordinary article is a year; only a live page's run
    # of stamps is cut (tests/test_live_stamps.py).
    ("1912 Haiti's envoy tells the BBC the government can still function.",
     [("1912", "DATE", "1912")]),
    ("On 14 July, 1789, the Bastille fell.", [("14 July, 1789", "DATE", "1789-07-14")]),
    ("Haiti declared independence on 1 January, 1804, in Gonaives.",
     [("1 January, 1804", "DATE", "1804-01-01")]),
    ("The quake hit on Tuesday, 12 January, 2010.",
     [("Tuesday, 12 January, 2010", "DATE", "2010-01-12")]),
    ("In 1930 local elections were held.", [("1930", "DATE", "1930")]),
])
def test_english_years_in_the_same_shapes_stay_years(text: str, expected: Expected) -> None:
    assert triples(text, "en") == expected


@check([
    ("Die Feuerwehr rückte um 1930 Uhr aus.", []),
    ("Die Sitzung dauerte bis 1930 Uhr.", []),
    ("Die Sitzung begann 1930 h.", []),
    ("Das Beben ereignete sich 2005 Ortszeit.", []),
    ("Sendung: samstags, 1930.", [("samstags", "SET", "XXXX-WXX-6")]),
    ("Samstag, 1959: Die Feuerwehr rückt aus.", [("Samstag", "DATE", "2024-01-13")]),
    ("9. Januar 1130 MEZ: Die Feuerwehr rückt aus.", [("9. Januar", "DATE", "2024-01-09")]),
    # A live ticker's stamps are times of the publication day, not 19 December.
    ("Um 19.12 Uhr sperrte die Polizei die Straße.",
     [("19.12 Uhr", "TIME", "2024-01-10T19:12")]),
    ("19:12 Uhr: Die Polizei sperrt die Straße.", [("19:12 Uhr", "TIME", "2024-01-10T19:12")]),
])
def test_german_clock_times_are_no_years(text: str, expected: Expected) -> None:
    assert triples(text, "de") == expected


@check([
    ("Im Jahr 1959 übernahm Castro die Macht.", [("Jahr 1959", "DATE", "1959")]),
    ("1959: Castro übernimmt die Macht.", [("1959", "DATE", "1959")]),
    ("Am 19. Januar 1959 übernahm Castro die Macht.",
     [("19. Januar 1959", "DATE", "1959-01-19")]),
    ("Im Januar 1930 war es kalt.", [("Januar 1930", "DATE", "1930-01")]),
])
def test_german_years_in_the_same_shapes_stay_years(text: str, expected: Expected) -> None:
    assert triples(text, "de") == expected
