"""TIMEX3 values: every accepted form, invalid values, chronological order."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.timex import DateSpan, InvalidTimexValue, Precision, is_valid, parse_value, sort_key


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("20", date(2000, 1, 1), date(2099, 12, 31), Precision.CENTURY),
        ("19", date(1900, 1, 1), date(1999, 12, 31), Precision.CENTURY),
        ("199", date(1990, 1, 1), date(1999, 12, 31), Precision.DECADE),
        ("2006", date(2006, 1, 1), date(2006, 12, 31), Precision.YEAR),
        ("2023-H1", date(2023, 1, 1), date(2023, 6, 30), Precision.HALF),
        ("2023-H2", date(2023, 7, 1), date(2023, 12, 31), Precision.HALF),
        ("2023-Q1", date(2023, 1, 1), date(2023, 3, 31), Precision.QUARTER),
        ("2023-Q4", date(2023, 10, 1), date(2023, 12, 31), Precision.QUARTER),
        ("2023-SP", date(2023, 3, 1), date(2023, 5, 31), Precision.SEASON),
        ("2023-SU", date(2023, 6, 1), date(2023, 8, 31), Precision.SEASON),
        ("2023-FA", date(2023, 9, 1), date(2023, 11, 30), Precision.SEASON),
        # Winter runs into the next year, whose February may have 29 days.
        ("2023-WI", date(2023, 12, 1), date(2024, 2, 29), Precision.SEASON),
        ("2023-09", date(2023, 9, 1), date(2023, 9, 30), Precision.MONTH),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), Precision.MONTH),
        ("2023-12", date(2023, 12, 1), date(2023, 12, 31), Precision.MONTH),
        ("2024-W01", date(2024, 1, 1), date(2024, 1, 7), Precision.WEEK),
        # ISO week 1 of 2021 starts in January; 2020 has a week 53.
        ("2021-W01", date(2021, 1, 4), date(2021, 1, 10), Precision.WEEK),
        ("2020-W53", date(2020, 12, 28), date(2021, 1, 3), Precision.WEEK),
        ("2024-W01-WE", date(2024, 1, 6), date(2024, 1, 7), Precision.WEEKEND),
        ("2023-12-30", date(2023, 12, 30), date(2023, 12, 30), Precision.DAY),
        ("2024-02-29", date(2024, 2, 29), date(2024, 2, 29), Precision.DAY),
        ("2023-12-30TMO", date(2023, 12, 30), date(2023, 12, 30), Precision.PART_OF_DAY),
        ("2023-12-30TNI", date(2023, 12, 30), date(2023, 12, 30), Precision.PART_OF_DAY),
        ("2023-12-30T20", date(2023, 12, 30), date(2023, 12, 30), Precision.HOUR),
        ("2023-12-30T20:30", date(2023, 12, 30), date(2023, 12, 30), Precision.MINUTE),
        ("2023-12-30T20:30:15", date(2023, 12, 30), date(2023, 12, 30), Precision.SECOND),
        ("2023-12-30T24:00", date(2023, 12, 30), date(2023, 12, 30), Precision.MINUTE),
    ],
)
def test_parse_value(value: str, first: date, last: date, precision: Precision) -> None:
    assert parse_value(value) == DateSpan(first, last, precision)
    assert is_valid(value)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2023-02-30", "not a real date"),
        ("2023-02-29", "not a real date"),
        ("2023-13", "not a real date"),
        ("2023-00", "not a real date"),
        ("2023-04-31", "not a real date"),
        ("2023-W53", "not a real date"),
        ("2023-W00", "not a real date"),
        ("0000", "not a real date"),
        ("2023-12-30T25:00", "not a real date"),
        ("2023-12-30T20:60", "not a real date"),
        ("2023-12-30T20:30:60", "not a real date"),
        ("2023-Q5", "not a date value"),
        ("2023-H3", "not a date value"),
        ("2023-XX", "not a date value"),
        ("XXXX-12-30", "not a date value"),
        ("P3D", "not a date value"),
        ("PRESENT_REF", "not a date value"),
        ("2023-12-30T20.30", "not a date value"),
        ("30.12.2023", "not a date value"),
        ("2023-1-5", "not a date value"),
        (" 2023", "not a date value"),
        ("", "not a date value"),
    ],
)
def test_invalid_values(value: str, reason: str) -> None:
    with pytest.raises(InvalidTimexValue, match=reason) as error:
        parse_value(value)
    assert repr(value) in str(error.value)
    assert not is_valid(value)


def test_sort_key_is_chronological_with_narrower_spans_first() -> None:
    values = [
        "2024-01-02",
        "2023",
        "2023-12-30T10:00",
        "2023-12",
        "199",
        "2023-01-01",
        "2023-W52",
        "2023-01",
        "2023-12-30",
        "2023-Q1",
        "20",
    ]
    assert sorted(values, key=sort_key) == [
        "199",
        "20",
        "2023-01-01",
        "2023-01",
        "2023-Q1",
        "2023",
        "2023-12",
        "2023-W52",
        "2023-12-30",
        "2023-12-30T10:00",
        "2024-01-02",
    ]


def test_sort_key_rejects_invalid_values() -> None:
    with pytest.raises(InvalidTimexValue):
        sort_key("XXXX-12-30")
