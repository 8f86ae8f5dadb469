"""Result types of the date tagger."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any


class TimexType(str, Enum):
    """TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Tense(str, Enum):
    """The grammatical time of the sentence around an expression."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text.

    ``start``/``end`` are character offsets into the tagged text, so
    ``text == source[start:end]``. ``value`` is a TIMEX3 value (``2023-12-30``,
    ``2023-09``, ``2024-W01``, ``P2Y``, ``PRESENT_REF``, ``XXXX-12-30`` when the
    year could not be resolved). ``relative`` is true when the value was
    resolved against the document creation time (or would need one).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    relative: bool = False
    mod: str | None = None

    @property
    def precision(self) -> str:
        """Granularity of the value (``day``, ``month``, ``week``, ``duration`` ...)."""
        return precision_of(self.value, self.type)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["type"] = self.type.value
        data["precision"] = self.precision
        return data


def precision_of(value: str, timex_type: TimexType = TimexType.DATE) -> str:
    """Precision of a TIMEX3 value as a plain word."""
    from timeline.timex import InvalidTimexValue, parse_value

    if timex_type is TimexType.DURATION:
        return "duration"
    if timex_type is TimexType.SET:
        return "set"
    if value.endswith("_REF"):
        return "reference"
    try:
        return parse_value(value).precision.value
    except InvalidTimexValue:
        return "unresolved" if "X" in value else "unknown"
