"""The date tagger: spaCy tokenization plus per-language rules.

``tag(text, lang, dct)`` is the one entry point. Text is cut into chunks at
line breaks so that a 10 MB input is tagged in linear time and bounded memory
(spaCy's ``Doc`` for a whole 10 MB file would hold millions of tokens at
once). Each language module (``timeline.dates.de``, ``timeline.dates.en``)
provides ``build(nlp) -> Annotator``; the annotator gets a tokenized ``Doc``
and the DCT and returns timexes with offsets into that doc's text.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from timeline.dates.types import Timex

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Annotator = Callable[["Doc", "date | None"], list[Timex]]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en")
CHUNK_CHARS = 20_000


class UnknownLanguageError(ValueError):
    """The tagger has no rules for this language."""

    def __init__(self, lang: str) -> None:
        supported = ", ".join(SUPPORTED_LANGUAGES)
        super().__init__(f"unknown language {lang!r} (supported: {supported})")
        self.lang = lang


class Tagger:
    """A date tagger for one language.

    ``pipeline`` names an installed trained spaCy pipeline to take the
    tokenizer from (opt-in); by default ``spacy.blank(lang)`` is used.
    """

    def __init__(self, lang: str, pipeline: str | None = None) -> None:
        if lang not in SUPPORTED_LANGUAGES:
            raise UnknownLanguageError(lang)
        import spacy

        self.lang = lang
        self.nlp: Language = spacy.load(pipeline) if pipeline else spacy.blank(lang)
        _split_day_ranges(self.nlp)
        module = importlib.import_module(f"timeline.dates.{lang}")
        self.annotate: Annotator = module.build(self.nlp)

    def tag(self, text: str, dct: date | None) -> list[Timex]:
        """All temporal expressions in ``text``, resolved against ``dct``."""
        found: list[Timex] = []
        for offset, chunk in chunks(text, CHUNK_CHARS):
            if not chunk.strip():
                continue
            doc = self.nlp.make_doc(chunk)
            for timex in self.annotate(doc, dct):
                found.append(_shifted(timex, offset))
        return _without_overlaps(found)


# A dash between two day numbers is a range ("March 1–3", "26.–28. Februar"): one
# token each, as spaCy already does for a hyphen between digits in English. Years
# ("2019–2021") stay one token, which the German rules read themselves.
_DAY_RANGE_DASH = (
    r"(?:(?<=^[0-9])|(?<=^[0-9]{2})|(?<=^[0-9]\.)|(?<=^[0-9]{2}\.))[–—-](?=[0-9]{1,2}\.?$)"
)


def _split_day_ranges(nlp: Language) -> None:
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a trained pipeline's own tokenizer is left as it is
    infixes = [*nlp.Defaults.infixes, _DAY_RANGE_DASH] if nlp.Defaults.infixes else [
        _DAY_RANGE_DASH
    ]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=8)
def get_tagger(lang: str) -> Tagger:
    return Tagger(lang)


def tag(text: str, lang: str, dct: date | None) -> list[Timex]:
    """Tag ``text`` in language ``lang`` against the document creation time ``dct``."""
    if lang not in SUPPORTED_LANGUAGES:
        raise UnknownLanguageError(lang)
    if not text:
        return []
    return get_tagger(lang).tag(text, dct)


def chunks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Cut ``text`` into pieces of about ``size`` characters at line breaks.

    A line longer than ``size`` is cut after a sentence end or, failing that,
    at a space, so no piece grows without bound.
    """
    start = 0
    length = len(text)
    while start < length:
        end = min(start + size, length)
        if end < length:
            cut = _cut_point(text, start + size // 2, end)
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


_SENTENCE_END = re.compile(r"[^\d\s][.!?] (?=[A-ZÄÖÜ\"„])")


def _cut_point(text: str, low: int, high: int) -> int:
    """Index of the last character before a safe cut in ``text[low:high]``, or -1.

    A line break is best; then a sentence end that does not follow a digit (so
    "30. Dezember" is never split); then any space.
    """
    cut = text.rfind("\n", low, high)
    if cut != -1:
        return cut
    ends = list(_SENTENCE_END.finditer(text, low, high))
    if ends:
        return ends[-1].end() - 1
    return text.rfind(" ", low, high)


def _shifted(timex: Timex, offset: int) -> Timex:
    if offset == 0:
        return timex
    return Timex(
        start=timex.start + offset,
        end=timex.end + offset,
        text=timex.text,
        type=timex.type,
        value=timex.value,
        relative=timex.relative,
        mod=timex.mod,
    )


def _without_overlaps(found: list[Timex]) -> list[Timex]:
    """Keep the longer of two overlapping expressions (the earlier on a tie)."""
    ordered = sorted(found, key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Timex] = []
    for timex in ordered:
        if kept and timex.start < kept[-1].end:
            previous = kept[-1]
            if (timex.end - timex.start) > (previous.end - previous.start):
                kept[-1] = timex
            continue
        kept.append(timex)
    return kept
