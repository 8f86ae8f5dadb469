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
# Present-tense verbs that news uses for what is scheduled: "The summit opens
# Monday", "Voters go to the polls on November 5", "The law takes effect Jan. 1".
SCHEDULE_VERBS = frozenset({
    "go", "goes", "opens", "meet", "meets", "take", "takes", "kicks", "convenes",
    "reconvenes", "travels", "arrives", "visits", "begin", "heads", "hosts", "closes",
    "launches", "premieres", "debuts", "faces", "holds", "tees", "returns", "runs", "vote",
    "votes", "rules", "decides", "plays", "marks",
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
    "withdrew", "overthrew", "undertook", "oversaw", "upheld", "slid", "bid", "hit", "cut",
    "shut", "quit", "spread", "sped", "stuck", "swept", "wept", "slept",
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
    if word in SCHEDULE_VERBS:
        return 1, Tense.FUTURE
    if word in IRREGULAR_PAST:
        return 1, Tense.PAST
    if len(word) >= 4 and word.endswith("ed") and word.isalpha() and word not in NOT_PAST_ED:
        return 1, Tense.PAST
    return None


# Words before an -ed form that make it an adjective ("a still unspecified date")
# or a participle whose auxiliary carries the tense ("would be paid").
NOT_A_VERB_BEFORE = frozenset({
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "these", "those",
    "still", "very", "more", "most", "less", "least", "newly", "recently", "be", "been",
    "being", "get", "gets", "getting", "so", "too", "not", "well",
})  # fmt: skip
SPAN_END_WORDS = frozenset({"until", "till", "through", "into", "to", "thru"})
# Verbs that move an event to a later date: what follows "until"/"to" lies ahead.
DEFERRAL_STEMS = (
    "postpon", "adjourn", "delay", "defer", "reschedul", "extend", "recess", "push",
    "suspend", "remand",
)
DEADLINE_WORDS = frozenset({"until", "till", "by"})
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "their", "our", "my", "your"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "'ve", "hasn't", "haven't"})
PARTICIPLES = frozenset({
    "been", "risen", "fallen", "taken", "given", "grown", "shown", "seen", "known", "done",
    "gone", "begun", "written", "driven", "chosen", "spoken", "broken", "stolen", "won",
    "drawn", "thrown", "flown", "become", "come", "run", "beaten", "forgotten", "hidden",
})  # fmt: skip
ADVERBS_IN_VERB_GROUP = frozenset({
    "not", "already", "also", "just", "since", "recently", "now", "n't", "long", "never",
    "ever", "previously", "twice", "once", "still", "yet", "repeatedly",
})  # fmt: skip


def _cue_at(words: list[str], position: int, span_end: bool = False) -> tuple[int, Tense] | None:
    """The cue of the word at ``position``, judged with its neighbours.

    ``span_end``: the expression closes a span ("until 9 a.m. Tuesday"), which a
    present perfect may stretch into the future ("has given them until Tuesday").
    """
    word = words[position]
    before = words[position - 1] if position > 0 else ""
    if word == "next" and position + 1 < len(words) and words[position + 1] == "to":
        return None
    if word == "marks" and before not in DAY_SUBJECTS:
        return None  # "1.8353 marks": the currency, not "Friday marks the anniversary"
    if word == "last" and before in ("to", "will", "would", "could", "may", "might", "can"):
        return None  # the verb: "expected to last until the weekend"
    if word in PERFECT_AUXILIARIES and not span_end and _participle_follows(words, position + 1):
        # The present perfect speaks of the past: "has fallen sharply since March".
        return 2, Tense.PAST
    if word in SCHEDULE_VERBS and before in ("to", "did", "not", "n't", "didn't"):
        return None  # the infinitive takes the tense of its verb: "decided to go Monday"
    cue = _cue(word)
    if cue is not None and before in DETERMINERS:
        return None  # a noun: "the plan", "a deadline", "its return"
    if cue is not None and cue[0] == 1 and cue[1] is Tense.PAST and (
        before in NOT_A_VERB_BEFORE or (word.startswith("un") and word.endswith("ed"))
    ):
        return None
    return cue


def _participle_follows(words: list[str], position: int) -> bool:
    for word in words[position : position + 3]:
        if word in ADVERBS_IN_VERB_GROUP:
            continue
        return word in PARTICIPLES or word in IRREGULAR_PAST or (
            len(word) >= 4 and word.endswith("ed") and word.isalpha() and word not in NOT_PAST_ED
        )
    return False


def sentence_bounds(words: list[str], start: int, end: int) -> tuple[int, int]:
    """Token range of the sentence holding tokens ``start..end``."""
    first = start
    while first > 0 and words[first - 1] not in SENTENCE_ENDS:
        first -= 1
    last = end
    while last < len(words) and words[last] not in SENTENCE_ENDS:
        last += 1
    return first, last


RELATIVE_PRONOUNS = frozenset({"which", "who", "whose"})
DAY_SUBJECTS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tomorrow", "which", "that", "day", "week", "year", "month", "it",
})  # fmt: skip
# Verbs after "until Friday to ...": the deadline of an answer still to come.
DEADLINE_INFINITIVES = frozenset({
    "respond", "reply", "answer", "decide", "comply", "appeal", "file", "submit", "pay",
    "leave", "accept", "agree", "vote", "object", "present", "finish", "complete", "act",
    "reach", "approve", "make", "come", "return", "surrender",
})  # fmt: skip
REPORTING = frozenset({"said", "says", "told", "announced", "reported", "added", "stated"})
ATTRIBUTION_PENALTY = 6


def _in_relative_clause(words: list[str], first: int, start: int) -> bool:
    """Whether ``start`` sits in ", which began on Monday," : its verb is the clause's own."""
    position = start - 1
    while position > first and words[position] != ",":
        if words[position] in RELATIVE_PRONOUNS and words[position - 1] == ",":
            return True
        position -= 1
    return False


def tense_around(words: list[str], start: int, end: int) -> Tense:
    """Tense of the sentence around tokens ``start..end`` (lower-case words).

    A weak cue right next to the expression ("said Friday") beats a strong one
    further away: each cue counts by its distance, weak cues a few tokens more.
    """
    if words[max(0, start - 3) : start] in (["as", "soon", "as"], ["as", "early", "as"]):
        return Tense.FUTURE  # "as soon as Tuesday"
    if start > 0 and words[start - 1] in DEADLINE_WORDS and end + 1 < len(words) and (
        words[end] == "to" and words[end + 1] in DEADLINE_INFINITIVES
    ):
        return Tense.FUTURE  # "gave the defense until Friday to respond": a deadline ahead
    first, last = sentence_bounds(words, start, end)
    # Cues after the expression count up to the next clause only: in "told
    # the paper on Friday that he would quit", "would" is another clause's.
    stop = end
    closers = CLAUSE_OPENERS | ({","} if _in_relative_clause(words, first, start) else set())
    while stop < min(last, end + 25) and words[stop] not in closers:
        stop += 1
    span_end = start > 0 and words[start - 1] in SPAN_END_WORDS
    if span_end and any(
        word.startswith(DEFERRAL_STEMS) for word in words[max(first, start - 8) : start]
    ):
        return Tense.FUTURE  # "the hearing was postponed until Tuesday"
    best: tuple[int, Tense] | None = None
    for position in range(max(first, start - 25), stop):
        if start <= position < end:
            continue
        cue = _cue_at(words, position, span_end)
        if cue is None:
            continue
        distance = start - position if position < start else position - end + 1
        score = distance + (0 if cue[0] == 2 else WEAK_PENALTY)
        if position > end and words[position] in REPORTING and "," in words[end:position]:
            # "will vote on Jan. 22, the minister said": the attribution has its own tense.
            score += ATTRIBUTION_PENALTY
        if best is None or score < best[0]:
            best = (score, cue[1])
    if (best is None or best[1] is Tense.PRESENT) and start > 0 and (
        words[start - 1] in DEADLINE_WORDS
    ):
        # "Cyprus has until Monday", "must be done by Friday": a deadline lies ahead.
        return Tense.FUTURE
    if best is None:
        return Tense.UNKNOWN
    return best[1]
