"""Robustness of the English rules: random runs of their own vocabulary never break them.

Sequences of lexicon words, numbers and punctuation (the tokens rules look at
around each other) are tagged with several DCTs, including none and ones at
the edge of the calendar. Every call must return expressions whose offsets
point into the text and do not overlap.
"""

from __future__ import annotations

import random
from datetime import date

import pytest

from timeline.dates import tag
from timeline.dates.en import OPENERS
from timeline.dates.en_lexicon import AM_WORDS, MONTHS, PM_WORDS, TIME_ZONES, WEEKDAYS

NUMBERS = [
    "0", "1", "2", "12", "15th", "31", "32", "1st", "99", "100", "1,000", "2/3", "1/2",
    "1998", "2024", "0999", "9999", "12/30/2023", "2/30/2023", "13/45/99", "8:30", "25:99",
    "8pm", "10a.m.", "'90s", "1990s", "mid-2000s", "2022", "23", "mid-1990", "Q3", "H2",
]  # fmt: skip
PUNCTUATION = [".", ",", "-", "–", "/", ":", ";", "'s", "(", ")", '"', "'", "\n", "--", "?"]
GLUE = ["", " ", " ", " ", " ", "\n"]
DCTS = [None, date(2024, 1, 10), date(1989, 10, 30), date(2013, 12, 31), date(200, 1, 1),
        date(9800, 12, 31), date(1, 1, 1)]  # fmt: skip

VOCABULARY = sorted(
    OPENERS
    | {word.title() for word in MONTHS}
    | {word.title() for word in WEEKDAYS}
    | {zone.upper() for zone in TIME_ZONES}
    | AM_WORDS
    | PM_WORDS
    | {"The", "A", "It", "said", "will", "was", "is", "ago", "later", "earlier", "of", "and",
       "to", "on", "at", "from", "until", "since", "century", "centuries", "season", "end"}
)  # fmt: skip


def _sentence(rng: random.Random) -> str:
    pieces: list[str] = []
    for _ in range(rng.randint(1, 14)):
        pool = rng.random()
        if pool < 0.6:
            word = rng.choice(VOCABULARY)
        elif pool < 0.85:
            word = rng.choice(NUMBERS)
        else:
            word = rng.choice(PUNCTUATION)
        pieces.append(word + rng.choice(GLUE))
    return "".join(pieces)


@pytest.mark.parametrize("seed", range(8))
def test_random_vocabulary_runs_are_tagged_safely(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        text = _sentence(rng)
        dct = rng.choice(DCTS)
        found = tag(text, "en", dct)
        previous_end = 0
        for timex in found:
            assert text[timex.start : timex.end] == timex.text, (text, dct)
            assert previous_end <= timex.start < timex.end <= len(text), (text, dct)
            assert timex.text.strip() == timex.text, (text, dct)
            previous_end = timex.end
