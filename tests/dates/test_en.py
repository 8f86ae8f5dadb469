"""English temporal expressions: extents, types and TIMEX3 values, one family at a time.

Unless a case says otherwise the DCT is Wednesday 2024-01-10 (ISO week 2).
Conventions follow the TimeML / TempEval-3 gold of TimeBank and AQUAINT.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.dates import Timex, tag

DCT = date(2024, 1, 10)

Expected = list[tuple[str, str, str]]


def found(text: str, dct: date | None = DCT) -> list[Timex]:
    timexes = tag(text, "en", dct)
    for timex in timexes:
        assert text[timex.start : timex.end] == timex.text
    return timexes


def triples(text: str, dct: date | None = DCT) -> Expected:
    return [(timex.text, timex.type.value, timex.value) for timex in found(text, dct)]


def check(cases: list[tuple[str, Any]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), cases, ids=[c[0][:40] for c in cases])


@check([
    ("The deal was signed on December 30, 2023.",
     [("December 30, 2023", "DATE", "2023-12-30")]),
    ("It was signed 30 Dec 2023 in Paris.", [("30 Dec 2023", "DATE", "2023-12-30")]),
    ("It was signed Dec. 30, 2023 in Paris.", [("Dec. 30, 2023", "DATE", "2023-12-30")]),
    ("It was signed Sept. 3 1999.", [("Sept. 3 1999", "DATE", "1999-09-03")]),
    ("The report is dated 2023-12-30.", [("2023-12-30", "DATE", "2023-12-30")]),
    ("The report is dated 12/30/2023.", [("12/30/2023", "DATE", "2023-12-30")]),
    ("It happened on the 4th of July, 1998.", [("4th of July, 1998", "DATE", "1998-07-04")]),
    ("The talks resumed Tuesday, Jan. 2, in Geneva.",
     [("Tuesday, Jan. 2", "DATE", "2024-01-02")]),
])
def test_full_dates(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Russia fired missiles on December 30.", [("December 30", "DATE", "2023-12-30")]),
    ("The meeting was held on Jan. 2.", [("Jan. 2", "DATE", "2024-01-02")]),
    ("The next round is due Feb. 20.", [("Feb. 20", "DATE", "2024-02-20")]),
    ("Prices rose in September.", [("September", "DATE", "2023-09")]),
    ("Prices rose last September.", [("last September", "DATE", "2023-09")]),
    ("Sales fell in February 2022.", [("February 2022", "DATE", "2022-02")]),
    ("The company was founded in 2006.", [("2006", "DATE", "2006")]),
    ("Sales fell in June last year.", [("June last year", "DATE", "2023-06")]),
    ("The treaty dates from nineteen ninety-six.",
     [("nineteen ninety-six", "DATE", "1996")]),
])
def test_underspecified_dates(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Talks will resume in early January.", [("early January", "START")]),
    ("Housing boomed in the mid-1990s.", [("the mid-1990s", "MID")]),
    ("Prices rose earlier this month.", [("earlier this month", "START")]),
    ("The plant closes at the end of 2024.", [("the end of 2024", "END")]),
    ("It happened in late November.", [("late November", "END")]),
    ("The index rose nearly two years ago.", [("nearly two years ago", "APPROX")]),
])
def test_modifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.mod) for timex in found(text)] == expected


@check([
    ("He arrived on Tuesday.", [("Tuesday", "DATE", "2024-01-09")]),
    ("He will arrive on Tuesday.", [("Tuesday", "DATE", "2024-01-16")]),
    ("Paribas said Monday that it intends to sell.", [("Monday", "DATE", "2024-01-08")]),
    ("He told the paper on Friday that he would quit.", [("Friday", "DATE", "2024-01-05")]),
    ("He died at the age of 92 on Saturday.", [("Saturday", "DATE", "2024-01-06")]),
    ("They would appeal Friday's ruling.", [("Friday", "DATE", "2024-01-05")]),
    ("He may arrive as soon as Tuesday.", [("Tuesday", "DATE", "2024-01-16")]),
    ("The vote was held last Friday.", [("last Friday", "DATE", "2024-01-05")]),
    ("The vote will be held next Friday.", [("next Friday", "DATE", "2024-01-12")]),
    ("The attack came Tuesday night.", [("Tuesday night", "TIME", "2024-01-09TNI")]),
    ("Crowds are expected this weekend.", [("this weekend", "DATE", "2024-W02-WE")]),
    ("Flights leave on Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
])
def test_weekdays_and_parts_of_day(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("The minister resigned yesterday.", [("yesterday", "DATE", "2024-01-09")]),
    ("The report was published today.", [("today", "DATE", "2024-01-10")]),
    ("The court rules tomorrow.", [("tomorrow", "DATE", "2024-01-11")]),
    ("Prices rose last week.", [("last week", "DATE", "2024-W01")]),
    ("He left the company two years ago.", [("two years ago", "DATE", "2022")]),
    ("He left the company three months ago.", [("three months ago", "DATE", "2023-10")]),
    ("The plan will start next month.", [("next month", "DATE", "2024-02")]),
    ("Sales fell last year.", [("last year", "DATE", "2023")]),
    ("Sales will rise this year.", [("this year", "DATE", "2024")]),
    ("Talks continue this week.", [("this week", "DATE", "2024-W02")]),
    ("Sales fell in the previous year.", [("the previous year", "DATE", "2023")]),
    ("The company is currently reviewing the offer.",
     [("currently", "DATE", "PRESENT_REF")]),
    ("Now the company reports profit.", [("Now", "DATE", "PRESENT_REF")]),
    ("Prices fell recently.", [("recently", "DATE", "PAST_REF")]),
    ("Rules may change in the future.", [("the future", "DATE", "FUTURE_REF")]),
    ("The mayor speaks tonight.", [("tonight", "TIME", "2024-01-10TNI")]),
    ("He met the press this morning.", [("this morning", "TIME", "2024-01-10TMO")]),
    ("Thousands rallied last night.", [("last night", "TIME", "2024-01-09TNI")]),
])
def test_relative_expressions(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Heating costs soared last winter.", [("last winter", "DATE", "2023-WI")]),
    ("The bridge opens this summer.", [("this summer", "DATE", "2024-SU")]),
    ("It was built in the summer of 1998.", [("the summer of 1998", "DATE", "1998-SU")]),
    ("Profit rose in the third quarter.", [("the third quarter", "DATE", "2023-Q3")]),
    ("Third-quarter profit rose.", [("Third-quarter", "DATE", "2023-Q3")]),
    ("Profit fell in the second half of 2022.",
     [("the second half of 2022", "DATE", "2022-H2")]),
    ("Sales rose in fiscal 1998.", [("fiscal 1998", "DATE", "1998")]),
    ("It was common in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("It was built in the 19th century.", [("the 19th century", "DATE", "18")]),
])
def test_seasons_quarters_decades_centuries(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("The festival runs from March 1 to 3.",
     [("March 1", "DATE", "2024-03-01"), ("3", "DATE", "2024-03-03")]),
    ("Output grew between 2019 and 2021.",
     [("2019", "DATE", "2019"), ("2021", "DATE", "2021")]),
    ("The index fell on Jan. 5 and 6 million shares traded.",
     [("Jan. 5", "DATE", "2024-01-05")]),
])
def test_ranges(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("The vote starts at 8 a.m. on Friday.",
     [("8 a.m.", "TIME", "2024-01-12T08:00"), ("Friday", "DATE", "2024-01-12")]),
    ("He arrived on Tuesday at 8 a.m.",
     [("Tuesday", "DATE", "2024-01-09"), ("8 a.m", "TIME", "2024-01-09T08:00")]),
    ("The store opens at 9 a.m. and closes at 5 p.m. every day.",
     [("9 a.m.", "TIME", "2024-01-10T09:00"), ("5 p.m.", "TIME", "2024-01-10T17:00"),
      ("every day", "SET", "P1D")]),
    ("The polls close at 8:30 p.m. EST.", [("8:30 p.m. EST", "TIME", "2024-01-10T20:30")]),
    ("It expired at 5 p.m. EST Nov. 9, 1989.",
     [("5 p.m. EST Nov. 9, 1989", "TIME", "1989-11-09T17:00")]),
    ("The deadline is noon Thursday.", [("noon Thursday", "TIME", "2024-01-11T12:00")]),
])
def test_times(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("The war lasted two years.", [("two years", "DURATION", "P2Y")]),
    ("He stayed for three weeks.", [("three weeks", "DURATION", "P3W")]),
    ("Prices rose sharply in the past 24 hours.",
     [("the past 24 hours", "DURATION", "PT24H")]),
    ("Profit doubled in the last two years.", [("the last two years", "DURATION", "P2Y")]),
    ("The talks took 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("They signed a two-year contract.", [("two-year", "DURATION", "P2Y")]),
    ("It has been tried for years.", [("years", "DURATION", "PXY")]),
    ("He waited a few days.", [("a few days", "DURATION", "PXD")]),
])
def test_durations(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("The market opens every Monday.", [("every Monday", "SET", "XXXX-WXX-1")]),
    ("The index is revised each year.", [("each year", "SET", "P1Y")]),
    ("The magazine appears weekly.", [("weekly", "SET", "P1W")]),
    ("The prize is awarded annually.", [("annually", "SET", "P1Y")]),
    ("Buses run every two hours.", [("every two hours", "SET", "PT2H")]),
    ("It costs $5 million a year.", [("a year", "SET", "P1Y")]),
])
def test_sets(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Elian was found on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2023-11-23")]),
    ("Shops close on Christmas Eve.", [("Christmas Eve", "DATE", "2023-12-24")]),
])
def test_holidays(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize("text", [
    "He may return soon.",
    "Protesters march on the capital.",
    "May I ask a question?",
    "The Sun reported the story.",
    "More than 500 people died and 1,200 were hurt.",
    "It sold 2000 shares.",
    "She came second in the race.",
    "He was a former minister.",
    "The 52-year-old chairman resigned.",
    "Mr. Reupke, 52 years old, resigned.",
    "Jan Kavan spoke.",
    "The fall of the Berlin Wall changed Europe.",
    "Its quarterly dividend was raised.",
    "The Sunday Times reported the deal.",
])
def test_no_false_positives(text: str) -> None:
    assert triples(text) == []


def test_modal_may_and_month_may_in_one_sentence() -> None:
    assert triples("He may return in May.") == [("May", "DATE", "2024-05")]


@check([
    ("Russia fired missiles on December 30.", [("December 30", "DATE", "XXXX-12-30")]),
    ("He arrived on Tuesday.", [("Tuesday", "DATE", "XXXX-WXX-2")]),
    ("Prices rose last week.", [("last week", "DATE", "XXXX-WXX")]),
    ("The minister resigned yesterday.", [("yesterday", "DATE", "XXXX-XX-XX")]),
    ("Sales fell last year.", [("last year", "DATE", "XXXX")]),
    ("The deal was signed on December 30, 2023.",
     [("December 30, 2023", "DATE", "2023-12-30")]),
])
def test_without_dct_values_keep_placeholders(text: str, expected: Expected) -> None:
    assert triples(text, None) == expected


@pytest.mark.parametrize(("text", "relative"), [
    ("Russia fired missiles on December 30.", True),
    ("He arrived on Tuesday.", True),
    ("Prices rose last week.", True),
    ("The deal was signed on December 30, 2023.", False),
    ("The war lasted two years.", False),
    ("The company was founded in 2006.", False),
])
def test_relative_flag_marks_dct_dependence(text: str, relative: bool) -> None:
    (timex,) = found(text)
    assert timex.relative is relative


def test_a_year_earlier_follows_the_quarter_just_named() -> None:
    text = "Profit rose in the third quarter. A year earlier, it had fallen."
    assert triples(text, date(1989, 10, 26)) == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("A year earlier", "DATE", "1988-Q3"),
    ]


@check([
    ("He was arrested on Monday. The next day he was released.",
     [("Monday", "DATE", "2024-01-08"), ("The next day", "DATE", "2024-01-09")]),
    ("In 1995 he moved to Paris. The following year he married.",
     [("1995", "DATE", "1995"), ("The following year", "DATE", "1996")]),
    ("He was shot on Oct. 23, 1998. Earlier that day, the family sent a fax.",
     [("Oct. 23, 1998", "DATE", "1998-10-23"), ("Earlier that day", "DATE", "1998-10-23")]),
    ("Sales fell in the previous year.", [("the previous year", "DATE", "2023")]),
])
def test_anaphora_count_from_the_date_named_before(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("In Q3 2023 sales rose.", [("Q3 2023", "DATE", "2023-Q3")]),
    ("It lasted half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("Three days later, the army withdrew.", [("Three days", "DURATION", "P3D")]),
    ("He spent the past decade abroad.", [("the past decade", "DURATION", "P10Y")]),
    ("A few days later he resigned.", [("A few days", "DURATION", "PXD")]),
])
def test_financial_and_narrative_shorthands(text: str, expected: Expected) -> None:
    assert triples(text) == expected


def test_a_year_named_just_before_lends_its_year() -> None:
    assert triples("The 2024 Olympics open in July.", date(2023, 12, 20)) == [
        ("2024", "DATE", "2024"),
        ("July", "DATE", "2024-07"),
    ]


def test_a_year_named_before_does_not_override_the_tense() -> None:
    text = "Invited in July 1997, the three will join NATO on March 12."
    assert triples(text, date(1999, 2, 27)) == [
        ("July 1997", "DATE", "1997-07"),
        ("March 12", "DATE", "1999-03-12"),
    ]


def test_counts_beyond_the_calendar_keep_only_the_direction() -> None:
    assert triples("It began 100,000 fortnights ago.") == [
        ("100,000 fortnights ago", "DATE", "PAST_REF")
    ]


def test_a_dct_at_the_edge_of_the_calendar_is_treated_as_unknown() -> None:
    assert triples("He left last year.", date(1, 1, 5)) == [("last year", "DATE", "XXXX")]


def test_offsets_point_into_the_text() -> None:
    text = "On Jan. 2 the index fell; by Friday it had recovered."
    assert [(t.start, t.end) for t in found(text)] == [(3, 9), (29, 35)]


@check([
    ("The season runs from September to May.",
     [("September", "DATE", "2024-09"), ("May", "DATE", "2025-05")]),
    ("Sales fell from May to September.",
     [("May", "DATE", "2023-05"), ("September", "DATE", "2023-09")]),
    ("It will rain late Tuesday or early Wednesday.",
     [("late Tuesday", "DATE", "2024-01-16"), ("early Wednesday", "DATE", "2024-01-17")]),
    ("He made statements Friday and Thursday.",
     [("Friday", "DATE", "2024-01-05"), ("Thursday", "DATE", "2024-01-04")]),
    ("He was the top scorer in the 2022-23 season.",
     [("2022", "DATE", "2022"), ("23", "DATE", "2023")]),
    ("The houses date from the 18th and 19th centuries.",
     [("the 18th", "DATE", "17"), ("19th centuries", "DATE", "18")]),
    ("It happened on the 4th and 5th.",
     [("the 4th", "DATE", "2024-01-04"), ("5th", "DATE", "2024-01-05")]),
])
def test_ranges_and_runs_keep_their_order(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    # A deadline lies ahead, also after a present tense or a postponement.
    ("Cyprus has until Monday to pay.", [("Monday", "DATE", "2024-01-15")]),
    ("The hearing was postponed until Tuesday.", [("Tuesday", "DATE", "2024-01-16")]),
    # The present perfect speaks of the past.
    ("Shares have fallen sharply since March.", [("March", "DATE", "2023-03")]),
    # ... unless it stretches a span into the future.
    ("The bank has extended the loans through March.", [("March", "DATE", "2024-03")]),
    # Nouns and adjectives are no tense cues: "the plan", "a still unspecified date".
    ("The council voted 7-2 on Tuesday to approve the plan.",
     [("Tuesday", "DATE", "2024-01-09")]),
    ("It would be paid on a still unspecified date in March.",
     [("March", "DATE", "2024-03")]),
    # Present tense for a schedule.
    ("The summit opens Monday in Brussels.", [("Monday", "DATE", "2024-01-15")]),
    ("Fiscal 2025 begins Oct. 1.", [("Fiscal 2025", "DATE", "2025"),
                                     ("Oct. 1", "DATE", "2024-10-01")]),
])
def test_tense_cues(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("The trial is expected to last six weeks.", [("six weeks", "DURATION", "P6W")]),
    ("Ballots were cast over six weeks.", [("six weeks", "DURATION", "P6W")]),
    ("He worked there for over 20 years.", [("over 20 years", "DURATION", "P20Y")]),
    ("The first half of the year was weak.",
     [("The first half of the year", "DATE", "2024-H1")]),
    ("The curfew starts at 10 p.m.", [("10 p.m", "TIME", "2024-01-10T22:00")]),
    ("It began at 9:30 p.m. local time (1830 GMT) on Tuesday.",
     [("9:30 p.m.", "TIME", "2024-01-09T21:30"), ("Tuesday", "DATE", "2024-01-09")]),
    ("Rebels attacked overnight, officials said.", [("overnight", "TIME", "2024-01-09TNI")]),
    ("Overnight rates rose.", []),
    ("an overnight flight", []),
    ("Thousands joined the March for Life.", []),
])
def test_extents(text: str, expected: Expected) -> None:
    assert triples(text) == expected


def test_impossible_days_are_no_dates() -> None:
    assert triples("The deal closed November 31 and April 31.") == []


@check([
    ("The meeting lasted two hours and 30 minutes.",
     [("two hours and 30 minutes", "DURATION", "PT2H30M")]),
    ("He was jailed for 10 years and fined $5,000.", [("10 years", "DURATION", "P10Y")]),
    ("The index rose for three days and two weeks later fell.",
     [("three days", "DURATION", "P3D"), ("two weeks", "DURATION", "P2W")]),
    ("By the end of today, the votes will be counted.", [("today", "DATE", "2024-01-10")]),
    ("The children of today are different.", [("today", "DATE", "PRESENT_REF")]),
    ("Today's meeting was short.", [("Today", "DATE", "2024-01-10")]),
    ("The game was replayed days later.", [("days", "DURATION", "PXD")]),
])
def test_ages_references_and_durations_of_issue_12(text: str, expected: Expected) -> None:
    assert triples(text) == expected
