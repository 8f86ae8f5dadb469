"""How long an event title may be, and what makes a title a weaker choice.

A title says what happened in about twelve words: it is shortened when it is
longer than :data:`TARGET_TITLE` characters or :data:`TARGET_WORDS` words, and
cut at a word (with "…") only when nothing shorter than :data:`MAX_TITLE` keeps
a whole clause. The penalties add up in ``Title.quality`` (lower is better).
"""

from __future__ import annotations

TARGET_TITLE = 90
# About twelve words: a title longer than this is shortened like one over TARGET_TITLE.
TARGET_WORDS = 14
MAX_TITLE = 100
# A clause shorter than this says too little to stand for the sentence.
MIN_CLAUSE = 30
MIN_TITLE_WORDS = 3
MAX_SPEAKER_WORDS = 6
# Added to a title's quality (lower is better) for what makes it a weaker choice.
PENALTY_LONG = 1
PENALTY_CUT = 3
PENALTY_NO_VERB = 2
