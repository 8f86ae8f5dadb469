"""English temporal expressions (TimeML / TempEval-3 conventions).

Recognition runs over the tokens of spaCy's blank English tokenizer: at each
token that can open an expression, :func:`read_prefix` reads modifiers
("the past", "early", "at least") and every rule tries to read an expression
from the head word on. The longest reading wins. Rules live in
``en_calendar`` (explicit dates, years, seasons), ``en_relative`` (weekdays,
"last week", quarters, "now") and ``en_quantity`` (durations, "ago", sets,
clock times); values are resolved against the DCT and the sentence's tense.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from timeline.dates import resolve
from timeline.dates.en_anchor import anchored
from timeline.dates.en_calendar import (
    DECADE_WORDS,
    calendar_date,
    season_expression,
    year_expression,
)
from timeline.dates.en_day_of_month import day_of_month_expression
from timeline.dates.en_holidays import FIRST_WORDS as HOLIDAY_WORDS
from timeline.dates.en_holidays import holiday_expression
from timeline.dates.en_lexicon import (
    FREQUENCY_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    QUANTITY_MODS,
    REF_WORDS,
    SEASONS,
    TENS,
    UNITS,
    VAGUE_QUANTITIES,
    WEEKDAY_PLURALS,
    WEEKDAYS,
)
from timeline.dates.en_quantity import clock_expression, frequency_expression, quantity_expression
from timeline.dates.en_relative import (
    DEICTIC_DAYS,
    anaphoric_expression,
    century_expression,
    deictic_expression,
    quarter_expression,
    reference_expression,
    unit_expression,
    weekday_expression,
    year_ago_expression,
)
from timeline.dates.en_scan import FRAMES, POSITIONS, RELATIONS, Hit, Prefix, Tokens, read_prefix
from timeline.dates.types import Timex, TimexType

Rule = Callable[[Tokens, Prefix], list[Hit]]

RULES: tuple[Rule, ...] = (
    calendar_date,
    year_expression,
    season_expression,
    weekday_expression,
    deictic_expression,
    anaphoric_expression,
    unit_expression,
    quarter_expression,
    year_ago_expression,
    century_expression,
    quantity_expression,
    frequency_expression,
    clock_expression,
    reference_expression,
    holiday_expression,
    day_of_month_expression,
)

# Words a rule can start reading at, after any modifiers.
HEADS: frozenset[str] = frozenset(
    set(MONTHS) | set(WEEKDAYS) | set(WEEKDAY_PLURALS) | set(SEASONS) | set(UNITS)
    | set(NUMBER_WORDS) | set(TENS) | set(ORDINALS) | set(VAGUE_QUANTITIES) | set(REF_WORDS)
    | set(DEICTIC_DAYS) | set(FREQUENCY_WORDS) | set(PARTS_OF_DAY) | set(DECADE_WORDS)
    | HOLIDAY_WORDS
    | {"a", "an", "fiscal", "every", "each", "per", "noon", "midday", "midnight", "these",
       "'", "couple", "dozen", "future", "near", "short", "long", "first", "final", "initial",
       "period", "some", "weekend", "nineteen", "year", "two", "half", "q1", "q2", "q3", "q4",
       "h1", "h2", "overnight", "quarterly", "time"}
)  # fmt: skip
# Words that may open an expression: heads and the modifiers read before them.
OPENERS: frozenset[str] = frozenset(
    HEADS | {phrase[0] for phrase in QUANTITY_MODS} | set(RELATIONS) | set(POSITIONS)
    | set(FRAMES) | {"the", "over"}
)  # fmt: skip


def _is_head(word: str) -> bool:
    return word in HEADS or word[:1].isdigit() or word.startswith("mid-")


def _could_open(word: str) -> bool:
    return word in OPENERS or word[:1].isdigit() or word.startswith("mid-")


def _worth_reading(tokens: Tokens, prefix: Prefix) -> bool:
    """Whether any rule can match: a head word, or "the past" standing alone."""
    if prefix.head >= len(tokens.words):
        return False
    return _is_head(tokens.words[prefix.head]) or prefix.relation_word == "past"


def find(tokens: Tokens) -> list[Hit]:
    """All expressions in ``tokens``, left to right, without overlaps."""
    found: list[Hit] = []
    words = tokens.words
    i = 0
    n = len(words)
    while i < n:
        if not _could_open(words[i]):
            i += 1
            continue
        prefix = read_prefix(tokens, i)
        best: list[Hit] = []
        if _worth_reading(tokens, prefix):
            for rule in RULES:
                hits = rule(tokens, prefix)
                if hits and (not best or _length(hits[0]) > _length(best[0])):
                    best = hits
        if not best:
            i += 1
            continue
        found.extend(best)
        i = max(hit.end for hit in best)
    return anchored(tokens, _joined_durations(tokens, found))


def _joined_durations(tokens: Tokens, found: list[Hit]) -> list[Hit]:
    """ "two years and six months" is one duration, P2Y6M, as TimeML writes it."""
    joined: list[Hit] = []
    for hit in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.type is TimexType.DURATION
            and hit.type is TimexType.DURATION
            and hit.start == previous.end + 1
            and tokens.word(previous.end) == "and"
            and (value := resolve.duration_sum(previous.value, hit.value)) is not None
        ):
            joined[-1] = replace(previous, end=hit.end, value=value)
            continue
        joined.append(hit)
    return joined


# A DCT must leave room for arithmetic a century or so either way.
MIN_DCT_YEAR = 200
MAX_DCT_YEAR = 9800


# Abbreviations whose dot doubles as the full stop when they end a sentence.
DOTTED_AT_END = frozenset({"a.m.", "p.m."})


def _closes_sentence(tokens: Tokens, end: int) -> bool:
    """Whether token ``end - 1`` is "p.m." ending its sentence: TimeML leaves the stop out."""
    if tokens.word(end - 1) not in DOTTED_AT_END:
        return False
    following = end
    while tokens.word(following) == " ":
        following += 1
    word = tokens.word(following)
    return word in ("", "\n") or (tokens.is_capitalized(following) and word not in MONTHS)


def _length(hit: Hit) -> int:
    return hit.end - hit.start


def build(nlp: Language) -> Callable[[Doc, date | None], list[Timex]]:
    """The English annotator for ``nlp``'s tokenizer."""

    def annotate(doc: Doc, dct: date | None) -> list[Timex]:
        if dct is not None and not MIN_DCT_YEAR <= dct.year <= MAX_DCT_YEAR:
            dct = None  # no year around it to count from: resolve nothing
        text = doc.text
        tokens = Tokens.of(doc, dct, text)
        result: list[Timex] = []
        for hit in find(tokens):
            start = tokens.starts[hit.start]
            end = tokens.ends[hit.end - 1]
            if _closes_sentence(tokens, hit.end):
                end -= 1
            result.append(
                Timex(
                    start=start,
                    end=end,
                    text=text[start:end],
                    type=hit.type,
                    value=hit.value,
                    relative=hit.relative,
                    mod=hit.mod,
                )
            )
        return result

    return annotate
