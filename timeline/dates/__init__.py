"""Temporal expression tagging for German and English news."""

from timeline.dates.tagger import SUPPORTED_LANGUAGES, Tagger, UnknownLanguageError, tag
from timeline.dates.types import Tense, Timex, TimexType

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Tagger",
    "Tense",
    "Timex",
    "TimexType",
    "UnknownLanguageError",
    "tag",
]
