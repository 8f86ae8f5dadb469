"""Sentence context of German temporal expressions: sentences and their tense.

No part-of-speech tagger exists here, so the tense of a sentence is read from
word lists: past auxiliaries and verb forms ("wurde", "traf", "hat ...
abgefeuert"), future markers ("wird", "soll", "nächste"). The marker nearest
to the expression wins, which copes with sentences that report a past
statement about a future plan.
"""

from __future__ import annotations

from timeline.dates.de_words import (
    FUTURE_WORDS,
    PAST_WORDS,
    PERFECT_AUXILIARIES,
    is_participle,
)
from timeline.dates.types import Tense

SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":"})


def sentence_ids(texts: list[str], breaks: list[bool]) -> list[int]:
    """The sentence number of every token.

    A sentence ends after ``.`` ``!`` ``?`` ``;`` ``:`` and before a token that
    follows a line break (``breaks``).
    """
    ids: list[int] = []
    current = 0
    ended = False
    for text, line_break in zip(texts, breaks, strict=True):
        if ended or (line_break and ids):
            current += 1
        ids.append(current)
        # "bis 2015." ends a sentence inside the year's token.
        ended = text in SENTENCE_ENDS or (len(text) == 5 and text[-1] == "." and text[:4].isdigit())
    return ids


class TenseFinder:
    """Tense of the sentence around a token, from marker words."""

    def __init__(self, texts: list[str], sentence_of: list[int]) -> None:
        self.texts = texts
        self.sentence_of = sentence_of
        self._bounds: dict[int, tuple[int, int]] = {}
        start = 0
        for index in range(1, len(sentence_of) + 1):
            if index == len(sentence_of) or sentence_of[index] != sentence_of[index - 1]:
                self._bounds[sentence_of[start]] = (start, index)
                start = index

    def tense_at(self, start: int, end: int) -> Tense:
        """Tense for the expression at tokens ``start:end``, ignoring its own words."""
        if not self.sentence_of:
            return Tense.UNKNOWN
        first, last = self._bounds[self.sentence_of[start]]
        texts = self.texts[first:last]
        words = [text.lower() for text in texts]
        # Participles are lower case; "Gelegenheiten" is a noun.
        participles = {
            word
            for word, text in zip(words, texts, strict=True)
            if text.islower() and is_participle(word)
        }
        has_auxiliary = any(word in PERFECT_AUXILIARIES for word in words)
        best_past: int | None = None
        best_future: int | None = None
        for offset, word in enumerate(words):
            index = first + offset
            if start <= index < end:
                continue
            distance = start - index if index < start else index - end + 1
            past = word in PAST_WORDS or (has_auxiliary and word in participles)
            future = word in FUTURE_WORDS
            if past and (best_past is None or distance < best_past):
                best_past = distance
            if future and (best_future is None or distance < best_future):
                best_future = distance
        if best_past is None and best_future is None:
            return Tense.UNKNOWN
        if best_future is None:
            return Tense.PAST
        if best_past is None:
            return Tense.FUTURE
        return Tense.PAST if best_past <= best_future else Tense.FUTURE
