"""Random German date-like word salad must never crash the tagger or misplace a span."""

from __future__ import annotations

import random
from datetime import date

import pytest

from timeline.dates import tag
from timeline.dates.de_words import (
    DIRECTIONS,
    HOLIDAYS,
    MODIFIERS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PARTS_OF_DAY,
    RELATIVE_DAYS,
    RELATIVE_NOUNS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)

WORDS = [
    *sorted({*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *PARTS_OF_DAY, *SEASONS, *RELATIVE_DAYS,
             *UNITS, *DIRECTIONS, *HOLIDAYS, *MODIFIERS, *RELATIVE_NOUNS}),
    "am", "im", "vom", "bis", "zum", "seit", "vor", "nach", "auf", "den", "der", "des", "die",
    "Uhr", "später", "darauf", "zuvor", "statt", "oder", "und", "Laufe", "Nacht", "jeden",
    "alle", "pro", "einmal", "Mitte", "Ende", "Anfang", "Mariä", "Himmelfahrt", "tags",
    "wurde", "wird", "hat", "demonstrierten", "tagte", "traf", "soll", "geplant", "ist",
    "Jahrtausendwende", "Jahreswechsel", "Jänner", "Feber", "90er", "Zwanzigerjahren",
    "Jahrhunderts", "Ex-", "jährlich", "montags", "100-jährige", "14-Tage-Frist",
]
PUNCTUATION = [".", ",", ";", ":", "-", "–", "/", "(", ")", "„", "“", "\n", "  ", "?", "!"]
DCTS = [None, date(2024, 1, 10), date(2023, 12, 31), date(2020, 2, 29), date(1999, 7, 4)]


def _number(rng: random.Random) -> str:
    kind = rng.randrange(8)
    if kind == 0:
        return str(rng.randrange(1900, 2100))
    if kind == 1:
        return f"{rng.randrange(0, 40)}."
    if kind == 2:
        return f"{rng.randrange(0, 40)}.{rng.randrange(0, 14)}.{rng.choice(['', '2024', '23'])}"
    if kind == 3:
        return f"{rng.randrange(0, 30)}.{rng.randrange(0, 70):02d}"
    if kind == 4:
        return f"{rng.randrange(1900, 2100)}/{rng.randrange(0, 100):02d}"
    if kind == 5:
        return f"{rng.randrange(0, 30)}-{rng.randrange(0, 30)}"
    if kind == 6:
        return f"{rng.randrange(1900, 2100)}-{rng.randrange(0, 14):02d}-{rng.randrange(0, 40):02d}"
    return str(rng.randrange(0, 10000))


def _salad(rng: random.Random) -> str:
    parts: list[str] = []
    for _ in range(rng.randrange(1, 14)):
        roll = rng.random()
        if roll < 0.55:
            word = rng.choice(WORDS)
            parts.append(word.capitalize() if rng.random() < 0.3 else word)
        elif roll < 0.8:
            parts.append(_number(rng))
        else:
            parts.append(rng.choice(PUNCTUATION))
    joiner = rng.choice([" ", " ", "", "\n"])
    return joiner.join(parts)


@pytest.mark.parametrize("seed", range(8))
def test_random_word_salad_keeps_spans_exact(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        text = _salad(rng)
        dct = rng.choice(DCTS)
        previous_end = 0
        for timex in tag(text, "de", dct):
            assert 0 <= timex.start < timex.end <= len(text), (text, timex)
            assert text[timex.start:timex.end] == timex.text, (text, timex)
            assert timex.start >= previous_end, (text, timex)
            assert timex.value, (text, timex)
            previous_end = timex.end
