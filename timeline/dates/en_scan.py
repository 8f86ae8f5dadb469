"""Token access and modifier prefixes shared by the English rules.

A :class:`Sentence`-free view of a spaCy ``Doc``: lower-case words, original
texts and character offsets in plain lists, so each rule is a few list
look-ups. :func:`read_prefix` reads what may precede the head of an
expression ("at least the past", "the end of", "early", "last").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from timeline.dates.en_lexicon import QUANTITY_MODS
from timeline.dates.en_tense import tense_around
from timeline.dates.types import Tense, TimexType

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Tokens:
    """The words of one doc and the DCT they are resolved against."""

    words: list[str]
    texts: list[str]
    starts: list[int]
    ends: list[int]
    dct: date | None
    _tenses: dict[int, Tense] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, dct: date | None, text: str) -> Tokens:
        """The tokens of ``doc``, whose text is ``text`` (``doc.text``, computed once)."""
        # Offsets straight from the doc's arrays: creating a Python Token object
        # per word would cost as much as tokenizing.
        offsets = doc.to_array(["IDX", "LENGTH"]).tolist() if len(doc) else []
        starts = [start for start, _ in offsets]
        ends = [start + length for start, length in offsets]
        texts = [text[start : start + length] for start, length in offsets]
        # Line breaks end sentences; spaCy keeps them as whitespace tokens.
        words = [
            ("\n" if "\n" in piece else " ") if piece.isspace() else piece.lower()
            for piece in texts
        ]
        return cls(words, texts, starts, ends, dct)

    def __len__(self) -> int:
        return len(self.words)

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def is_capitalized(self, i: int) -> bool:
        return 0 <= i < len(self.texts) and self.texts[i][:1].isupper()

    def glued(self, i: int) -> bool:
        """True when token ``i`` directly follows token ``i - 1`` (no space)."""
        return 0 < i < len(self.starts) and self.starts[i] == self.ends[i - 1]

    def tense(self, start: int, end: int) -> Tense:
        if start not in self._tenses:
            self._tenses[start] = tense_around(self.words, start, end)
        return self._tenses[start]


@dataclass(frozen=True)
class Hit:
    """One recognized expression: tokens ``start..end`` and its TIMEX3 reading."""

    start: int
    end: int
    type: TimexType
    value: str
    relative: bool = False
    mod: str | None = None
    # How the value may be re-anchored on an earlier quarter in the text:
    # "same_quarter" ("the quarter") or "year_before" ("a year earlier").
    anchor: str | None = None


# Tokens after which a capitalized word may just open a sentence (not a name).
SENTENCE_STARTS = frozenset({
    "", ".", "\n", " ", "!", "?", '"', "``", "`", "''", "'", ":", ";", "(", "-", "--", "_",
})  # fmt: skip

RELATIONS: dict[str, int] = {
    "this": 0, "last": -1, "next": 1, "past": -1, "previous": -1, "coming": 1,
    "following": 1, "current": 0, "latest": -1, "same": 0, "that": 0, "recent": -1,
    "upcoming": 1, "prior": -1, "preceding": -1, "present": 0, "this past": -1,
    "this coming": 1, "full": 0,
}  # fmt: skip
POSITIONS: dict[str, str] = {
    "early": "START", "late": "END", "mid": "MID", "earlier": "START", "later": "END",
    "mid-": "MID",
}  # fmt: skip
FRAMES: dict[str, str] = {
    "end": "END", "beginning": "START", "start": "START", "middle": "MID", "close": "END",
    "turn": "START",
}  # fmt: skip


# Words after which "last" is the verb, not "the previous".
VERB_CUES_BEFORE_LAST = frozenset({
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does",
    "do", "not", "n't", "'ll", "wo",
})  # fmt: skip


@dataclass(frozen=True)
class Prefix:
    """Modifiers read before the head word, each with the token it starts at."""

    head: int
    quantity_mod: tuple[int, str] | None = None
    frame: tuple[int, str] | None = None
    article: int | None = None
    position: tuple[int, str] | None = None
    relation: tuple[int, str] | None = None

    @property
    def shift(self) -> int | None:
        return RELATIONS[self.relation[1]] if self.relation else None

    @property
    def relation_word(self) -> str | None:
        return self.relation[1] if self.relation else None

    @property
    def mod(self) -> str | None:
        if self.frame:
            return self.frame[1]
        if self.position:
            return self.position[1]
        return self.quantity_mod[1] if self.quantity_mod else None

    def start(self, allowed: str) -> int:
        """First token of the expression when only the parts in ``allowed`` belong to it.

        ``allowed`` holds letters: q(uantity mod), f(rame), a(rticle),
        p(osition), r(elation). Parts before a disallowed one are dropped too.
        """
        parts = [
            (self.quantity_mod[0] if self.quantity_mod else None, "q"),
            (self.frame[0] if self.frame else None, "f"),
            (self.article, "a"),
            (self.position[0] if self.position else None, "p"),
            (self.relation[0] if self.relation else None, "r"),
        ]
        start = self.head
        for index, kind in reversed(parts):
            if index is None:
                continue
            if kind not in allowed:
                break
            start = index
        return start


# Words before "over" that make it "more than": "for over 20 years".
OVER_MEANS_MORE_AFTER = frozenset({
    "for", "in", "of", "after", "took", "lasted", "than", "spent", "last", "lasting",
    "taking", "take", "takes", "lasts",
})  # fmt: skip
_COUNT_START = re.compile(
    r"^(?:a|an|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|several|few)$"
)


def read_prefix(tokens: Tokens, i: int) -> Prefix:
    """Read modifiers from token ``i`` on; ``head`` is the first token after them."""
    words = tokens.words
    n = len(words)
    j = i
    quantity_mod = None
    for phrase, mod in QUANTITY_MODS.items():
        if tuple(words[j : j + len(phrase)]) == phrase:
            quantity_mod = (j, mod)
            j += len(phrase)
            break
    frame = None
    if (
        j + 2 < n
        and words[j] == "the"
        and words[j + 1] in FRAMES
        and words[j + 2] == "of"
    ):
        frame = (j, FRAMES[words[j + 1]])
        j += 3
    article = None
    over = quantity_mod is None and j + 1 < n and words[j] == "over"
    # "phased in over three years": "in" is the verb's particle, "over" a stretch.
    particle = j > 1 and words[j - 1] == "in" and words[j - 2].endswith("ed")
    if over and not particle and _COUNT_START.match(words[j + 1]) and (
        words[j + 1] in ("a", "an") or (j > 0 and words[j - 1] in OVER_MEANS_MORE_AFTER)
    ):
        # "over a week", "for over 20 years"; but "spread over six weeks" is a
        # stretch of time (TimeML leaves "over" out), as is "over the past 20 years".
        quantity_mod = (j, "MORE_THAN")
        j += 1
    if j < n and words[j] == "the":
        article = j
        j += 1
    position = None
    if j < n and words[j] in POSITIONS:
        position = (j, POSITIONS[words[j]])
        j += 1
        if j < n and words[j] == "-" and tokens.glued(j):
            j += 1
    relation = None
    if j < n and words[j] == "last" and j > 0 and words[j - 1] in VERB_CUES_BEFORE_LAST:
        pass  # the verb: "expected to last six weeks", "will last two days"
    elif j < n and words[j] in RELATIONS:
        word = words[j]
        # "this past spring", "this coming Sunday"
        if word == "this" and j + 1 < n and words[j + 1] in ("past", "coming"):
            relation = (j, "this " + words[j + 1])
            j += 2
        else:
            relation = (j, word)
            j += 1
    return Prefix(j, quantity_mod, frame, article, position, relation)
