"""Four digits that can be a 24-hour clock time ("0933", "1130", "2359").

News write times of day without a colon: "1950 GMT", "Saturdays, 1130", an
entry of a live page stamped "1912". Read alone, such digits from 1000 on
look like a year; the rules that tell the two apart need to know first
whether the digits can be a time at all ("1989" cannot: no minute 89).
"""

from __future__ import annotations

import re

# A 24-hour time of four digits, as a regex fragment ("0933", "2359"; not "2400").
HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
_HHMM = re.compile(rf"^{HHMM}$")
MINUTES_PER_DAY = 24 * 60


def is_24_hour_time(digits: str) -> bool:
    """``digits`` is a time of day from 0000 to 2359: "1130", "0005", not "1989", "2400"."""
    return bool(_HHMM.match(digits))


def minute_of_day(digits: str) -> int:
    """The minutes since midnight of a 24-hour time: "1130" -> 690."""
    return int(digits[:2]) * 60 + int(digits[2:])
