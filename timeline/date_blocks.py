"""Where a date value sits among the dates it may be compatible with, for incremental work.

Two date values are compatible (:func:`timeline.happening.dates_compatible`)
when they are equal or one lies inside the other and the wider spans a year at
most. An incremental run re-merges and re-reads only what the days it touches
may be compatible with; these two functions say which that is:

* :func:`placed` puts a value somewhere: a day by itself, a span of up to
  :data:`~timeline.happening.MAX_CONTAINING_SPAN` by its months, a span of up
  to a year by its years, anything else (a decade, an unreadable value) by
  its value;
* :func:`reached` gives the places of the values a touched value may be
  compatible with: a day or short span reaches itself, the spans around it
  and the days inside it; a year or a longer span reaches only spans like
  itself (a day inside a touched year is not re-merged: an incremental run
  re-merges days).
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date, timedelta

from timeline.happening import MAX_CONTAINING_SPAN, MAX_YEAR_SPAN, span_of


def placed(value: str) -> set[Hashable]:
    span = span_of(value)
    if span is None or span.first == span.last or span.last - span.first > MAX_YEAR_SPAN:
        return {value}
    if span.last - span.first >= MAX_CONTAINING_SPAN:
        return set(range(span.first.year, span.last.year + 1))
    return set(months(span.first, span.last))


def reached(value: str) -> set[Hashable]:
    span = span_of(value)
    if span is None or span.last - span.first >= MAX_CONTAINING_SPAN:
        return placed(value)
    found: set[Hashable] = {value, *range(span.first.year, span.last.year + 1)}
    found.update(months(span.first, span.last))
    day = span.first
    while day <= span.last:
        found.add(day.isoformat())
        day += timedelta(days=1)
    return found


def months(first: date, last: date) -> list[tuple[int, int]]:
    """(year, month) of every month from ``first`` to ``last``."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
