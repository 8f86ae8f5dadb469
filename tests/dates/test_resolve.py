"""The calendar helpers both languages share."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import resolve


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)),
     (2025, date(2025, 4, 20)), (2038, date(2038, 4, 25))],
)
def test_easter_sunday(year: int, easter: date) -> None:
    assert resolve.easter_sunday(year) == easter


def test_holiday_date_counts_month_zero_from_easter() -> None:
    assert resolve.holiday_date(2024, 0, -2) == date(2024, 3, 29)  # Karfreitag
    assert resolve.holiday_date(2024, 0, 50) == date(2024, 5, 20)  # Pfingstmontag
    assert resolve.holiday_date(2024, 12, 25) == date(2024, 12, 25)


def test_weekday_before_and_after_skip_the_day_itself() -> None:
    tuesday = date(2024, 1, 2)
    assert resolve.weekday_before(tuesday, 1) == date(2023, 12, 26)
    assert resolve.weekday_after(tuesday, 1) == date(2024, 1, 9)
    assert resolve.weekday_before(tuesday, 4) == date(2023, 12, 29)
    assert resolve.weekday_after(tuesday, 4) == date(2024, 1, 5)


def test_shift_quarter_and_half_cross_years() -> None:
    assert resolve.shift_quarter(2024, 1, -1) == (2023, 4)
    assert resolve.shift_quarter(2024, 4, 5) == (2026, 1)
    assert resolve.shift_half(2024, 2, 1) == (2025, 1)
    assert resolve.half_of(6) == 1 and resolve.half_of(7) == 2


def test_last_day_of_month_and_week_monday() -> None:
    assert resolve.last_day_of_month(2024, 2) == date(2024, 2, 29)
    assert resolve.last_day_of_month(2023, 12) == date(2023, 12, 31)
    assert resolve.week_monday("2024-W01") == date(2024, 1, 1)
    with pytest.raises(ValueError):
        resolve.week_monday("2023-W53")
