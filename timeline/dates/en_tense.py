"""The tense of the sentence around an English temporal expression, from word lists.

There is no part-of-speech tagger: auxiliaries and modals ("was", "will",
"plans to") are strong cues, past forms ("said", "fired", "went") weak ones.
The nearest strong cue in the sentence decides; failing that the nearest weak
one; failing that the tense is unknown and callers take the nearest date.
"""

from __future__ import annotations

from timeline.dates.types import Tense

WEAK_PENALTY = 3
CLAUSE_OPENERS = frozenset(
    {"that", "who", "which", "when", "because", "after", "before", "and", "but"}
)
SENTENCE_ENDS = frozenset({".", "!", "?", ";", "\n", "\n\n"})

STRONG_FUTURE = frozenset({
    "will", "'ll", "shall", "wo", "would", "going", "plans", "plan",
    "expected", "expects", "expect", "scheduled", "intends", "intend", "due", "aims",
    "tomorrow", "next", "upcoming", "hopes", "promised", "vowed",
    "payable", "effective", "expire", "expires", "deadline", "begins", "starts",
    "ends", "resume", "resumes",
})  # fmt: skip
STRONG_PAST = frozenset({
    "was", "were", "had", "did", "ago", "yesterday", "last", "been", "earlier",
    "said", "told", "announced", "reported", "added", "stated", "declared", "disclosed",
    "wasn't", "weren't", "hadn't", "didn't",
})  # fmt: skip
STRONG_PRESENT = frozenset({"is", "are", "am", "'re", "has", "have", "does", "do"})
IRREGULAR_PAST = frozenset({
    "said", "told", "went", "came", "began", "fell", "rose", "took", "made", "saw", "held",
    "met", "left", "won", "lost", "gave", "sent", "spent", "led", "paid", "struck", "got",
    "found", "thought", "brought", "bought", "caught", "fought", "taught", "sold", "built",
    "felt", "kept", "knew", "grew", "threw", "flew", "drew", "wrote", "spoke", "broke",
    "chose", "froze", "stole", "drove", "rode", "shot", "fled", "hid", "ran", "sat", "stood",
    "understood", "became", "forgot", "ate", "swore", "tore", "wore", "shook", "sank",
    "rang", "sang", "swam", "meant", "heard", "lay", "laid", "dealt", "sought",
    "withdrew", "overthrew", "undertook", "oversaw", "upheld", "slid", "bid",
})  # fmt: skip
NOT_PAST_ED = frozenset({
    "need", "needed", "speed", "seed", "feed", "bed", "red", "hundred", "indeed", "shed",
    "deed", "reed", "heed", "weed", "sled", "bred",
    "proceed", "exceed", "succeed", "breed", "creed", "greed", "united",
    "limited", "embed", "shred", "fled", "led", "wed", "ted", "ned", "fred",
    "ahmed", "mohammed", "muhammad", "mohamed", "interested", "concerned", "expected",
    "scheduled", "planned", "proposed", "advanced", "detailed", "supposed", "alleged",
})  # fmt: skip


def _cue(word: str) -> tuple[int, Tense] | None:
    """(strength, tense) of a cue word: 2 strong, 1 weak."""
    if word in STRONG_FUTURE:
        return 2, Tense.FUTURE
    if word in STRONG_PAST:
        return 2, Tense.PAST
    if word in STRONG_PRESENT:
        return 2, Tense.PRESENT
    if word in IRREGULAR_PAST:
        return 1, Tense.PAST
    if len(word) >= 4 and word.endswith("ed") and word.isalpha() and word not in NOT_PAST_ED:
        return 1, Tense.PAST
    return None


def sentence_bounds(words: list[str], start: int, end: int) -> tuple[int, int]:
    """Token range of the sentence holding tokens ``start..end``."""
    first = start
    while first > 0 and words[first - 1] not in SENTENCE_ENDS:
        first -= 1
    last = end
    while last < len(words) and words[last] not in SENTENCE_ENDS:
        last += 1
    return first, last


def tense_around(words: list[str], start: int, end: int) -> Tense:
    """Tense of the sentence around tokens ``start..end`` (lower-case words).

    A weak cue right next to the expression ("said Friday") beats a strong one
    further away: each cue counts by its distance, weak cues a few tokens more.
    """
    if words[max(0, start - 3) : start] in (["as", "soon", "as"], ["as", "early", "as"]):
        return Tense.FUTURE  # "as soon as Tuesday"
    first, last = sentence_bounds(words, start, end)
    # Cues after the expression count up to the next clause only: in "told
    # the paper on Friday that he would quit", "would" is another clause's.
    stop = end
    while stop < min(last, end + 25) and words[stop] not in CLAUSE_OPENERS:
        stop += 1
    best: tuple[int, Tense] | None = None
    for position in range(max(first, start - 25), stop):
        if start <= position < end:
            continue
        cue = _cue(words[position])
        if cue is None or (words[position] == "next" and position + 1 < len(words)
                           and words[position + 1] == "to"):
            continue
        distance = start - position if position < start else position - end + 1
        score = distance + (0 if cue[0] == 2 else WEAK_PENALTY)
        if best is None or score < best[0]:
            best = (score, cue[1])
    if best is None:
        return Tense.UNKNOWN
    return best[1]
