"""Counts written in English: "24", "two", "twenty-four", "a couple of", "several"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.dates.en_lexicon import NUMBER_WORDS, TENS, UNITS_ONES, VAGUE_QUANTITIES

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$")
_FRACTION = re.compile(r"^(\d)/(\d)$")


@dataclass(frozen=True)
class Count:
    """A parsed count: ``value`` None when vague ("several"), ``end`` the next token."""

    value: float | None
    end: int
    approx: bool = False
    is_article: bool = False


def parse_count(words: list[str], i: int) -> Count | None:
    """The count starting at token ``i``, if any."""
    n = len(words)
    if i >= n:
        return None
    word = words[i]
    if word in ("a", "an"):
        if i + 2 < n and words[i + 1] == "couple" and words[i + 2] == "of":
            return Count(2, i + 3, approx=True)
        if i + 1 < n and words[i + 1] == "few":
            return Count(None, i + 2)
        if i + 1 < n and words[i + 1] == "half":
            return Count(0.5, i + 2)
        if i + 1 < n and words[i + 1] in ("hundred", "thousand", "dozen"):
            return _hundreds(words, 1, i + 1) if words[i + 1] != "dozen" else Count(12, i + 2)
        return Count(1, i + 1, is_article=True)
    if word == "half" and i + 1 < n and words[i + 1] in ("a", "an"):
        return Count(0.5, i + 2)
    if word in VAGUE_QUANTITIES:
        return Count(None, i + 1)
    if word in ("couple", "dozen"):
        return Count(2 if word == "couple" else 12, i + 1 + (i + 1 < n and words[i + 1] == "of"))
    if _DIGITS.match(word):
        value = float(word.replace(",", ""))
        end = i + 1
        if end < n and (fraction := _FRACTION.match(words[end])):
            value += int(fraction.group(1)) / int(fraction.group(2))
            end += 1
        return Count(value, end)
    if word in TENS:
        value = TENS[word]
        end = i + 1
        if end + 1 < n and words[end] == "-" and words[end + 1] in UNITS_ONES:
            value += UNITS_ONES[words[end + 1]]
            end += 2
        elif end < n and words[end] in UNITS_ONES:
            value += UNITS_ONES[words[end]]
            end += 1
        return _hundreds(words, value, end)
    if word in NUMBER_WORDS:
        return _hundreds(words, NUMBER_WORDS[word], i + 1)
    if word in ("hundred", "thousand"):
        return None
    return None


def _hundreds(words: list[str], value: float, end: int) -> Count:
    if end < len(words) and words[end] == "hundred":
        return Count(value * 100, end + 1)
    if end < len(words) and words[end] == "thousand":
        return Count(value * 1000, end + 1)
    if end + 2 < len(words) and words[end] == "and" and words[end + 1] == "a" and words[
        end + 2
    ] == "half":
        return Count(value + 0.5, end + 3)
    return Count(value, end)


def spoken_year(words: list[str], i: int) -> tuple[int, int] | None:
    """Years read out: "nineteen ninety-six", "two thousand (and) one"."""
    n = len(words)
    if i >= n:
        return None
    word = words[i]
    if word in ("nineteen", "eighteen", "twenty") and i + 1 < n:
        century = NUMBER_WORDS.get(word, TENS.get(word, 0))
        rest = parse_count(words, i + 1)
        if rest is None or rest.value is None or words[i + 1] in ("a", "an"):
            return None
        tail = int(rest.value)
        if words[i + 1] in TENS and 10 <= tail <= 99 and rest.end <= i + 4:
            return century * 100 + tail, rest.end
        return None
    if word == "two" and i + 1 < n and words[i + 1] == "thousand":
        end = i + 2
        if end < n and words[end] == "and":
            end += 1
        if end < n and (words[end] in NUMBER_WORDS or words[end] in TENS):
            rest = parse_count(words, end)
            if rest is not None and rest.value is not None and rest.value < 100:
                return 2000 + int(rest.value), rest.end
        return 2000, i + 2
    return None
