"""Sentence context of German temporal expressions: sentences and their tense.

No part-of-speech tagger exists here, so the tense of a sentence is read from
word lists and verb morphology: past auxiliaries and strong preterites
("wurde", "traf"), weak preterites by their ending ("tagte", "demonstrierten"),
participles next to "hat"/"ist" ("hat ... abgefeuert"), future markers
("wird", "soll", "nächste", and present-tense schedule verbs like "findet ...
statt"). The marker nearest to the expression wins, which copes with
sentences that report a past statement about a future plan.
"""

from __future__ import annotations

from timeline.dates.de_words import (
    FUTURE_WORDS,
    INSEPARABLE_PREFIXES,
    MODAL_PRETERITES,
    PAST_WORDS,
    PERFECT_AUXILIARIES,
    STATIVE_PARTICIPLES,
    STRONG_PAST_WORDS,
    is_participle,
    is_weak_preterite,
)
from timeline.dates.types import Tense

SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":"})
HABEN_FORMS = frozenset({"hat", "haben", "habe", "hast", "habt"})
FUTURE_MARK = 3  # marker kind next to the past strengths 1 (weak) and 2 (sure)


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
        self._marker_cache: dict[int, list[tuple[int, int]]] = {}
        start = 0
        for index in range(1, len(sentence_of) + 1):
            if index == len(sentence_of) or sentence_of[index] != sentence_of[index - 1]:
                self._bounds[sentence_of[start]] = (start, index)
                start = index

    def tense_at(self, start: int, end: int) -> Tense:
        """Tense for the expression at tokens ``start:end``, ignoring its own words.

        The nearest sure marker wins: a past auxiliary, a preterite ("traf",
        "tagte"), a participle in a sentence with "hat"/"ist", or a future
        word ("wird", "geplant", "findet"). Forms that are preterite or
        participle alike ("beschlossen", "versammelten") count only when no
        sure marker is found: "wird im März beschlossen" is future.
        A date after "auf (den)" is a new date set ahead.
        """
        if not self.sentence_of:
            return Tense.UNKNOWN
        first, last = self._bounds[self.sentence_of[start]]
        lead = [text.lower() for text in self.texts[max(first, start - 2):start]]
        if lead[-1:] == ["auf"] or lead in (["auf", "den"], ["auf", "dem"]):
            # "verschoben auf den 7. Dezember": the new date lies ahead
            return Tense.FUTURE
        best_past: int | None = None
        best_future: int | None = None
        weak_past: int | None = None
        for index, kind in self._markers(first, last):
            if start <= index < end:
                continue
            distance = start - index if index < start else index - end + 1
            if kind == FUTURE_MARK:
                if best_future is None or distance < best_future:
                    best_future = distance
            elif kind == 2:
                if best_past is None or distance < best_past:
                    best_past = distance
            elif (weak_past is None or distance < weak_past) and "," not in self.texts[
                min(index, end):max(index, start)
            ]:
                # A weak sign stays in its own clause: "sollte ..., nun ist von Ende Oktober"
                weak_past = distance
        if best_past is None and best_future is None:
            best_past = weak_past
        if best_past is None and best_future is None:
            return Tense.UNKNOWN
        if best_future is None:
            return Tense.PAST
        if best_past is None:
            return Tense.FUTURE
        return Tense.PAST if best_past <= best_future else Tense.FUTURE


    def _markers(self, first: int, last: int) -> list[tuple[int, int]]:
        """(token, kind) of every tense marker of the sentence ``first:last``, computed once."""
        cached = self._marker_cache.get(first)
        if cached is not None:
            return cached
        texts = self.texts[first:last]
        words = [text.lower() for text in texts]
        has_auxiliary = any(word in PERFECT_AUXILIARIES for word in words)
        # "hat ... geschlossen" is a perfect; "ist geschlossen" a present state.
        stative = not any(word in HABEN_FORMS for word in words)
        markers: list[tuple[int, int]] = []
        previous = ""
        for offset, (word, text) in enumerate(zip(words, texts, strict=True)):
            before, previous = previous, word
            if word == "werden" and _passive_participle(before):
                continue  # "vollzogen werden": a passive infinitive; its modal tells the tense
            if word in FUTURE_WORDS:
                markers.append((first + offset, FUTURE_MARK))
                continue
            if stative and word in STATIVE_PARTICIPLES:
                continue
            strength = _past_strength(word, text, before, has_auxiliary)
            if strength:
                markers.append((first + offset, strength))
        self._marker_cache[first] = markers
        return markers


def _past_strength(word: str, text: str, previous: str, has_auxiliary: bool) -> int:
    """2 for a sure past marker, 1 for a participle-like one, 0 for none."""
    if word in MODAL_PRETERITES:
        return 1
    lower_case = text.islower()
    # Participles are lower case; "Gelegenheiten" is a noun.
    participle_like = lower_case and (
        is_participle(word) or (word.endswith("en") and word.startswith(INSEPARABLE_PREFIXES))
    )
    if word in PAST_WORDS or word in STRONG_PAST_WORDS:
        return 1 if participle_like and word not in PAST_WORDS else 2
    if not lower_case:
        return 0
    if is_weak_preterite(word, previous):
        return 1 if participle_like and word.endswith("en") else 2
    if participle_like and has_auxiliary and is_participle(word):
        return 2
    return 0


def _passive_participle(word: str) -> bool:
    """True for a participle before "werden": "gebaut", "vollzogen", "verschoben"."""
    return is_participle(word) or word in STATIVE_PARTICIPLES or (
        word.endswith(("t", "en")) and word.startswith((*INSEPARABLE_PREFIXES, "voll"))
    )
