"""Concepts of a bilingual news lexicon: what kind of happening a sentence names.

German and English reports of one happening share few words, but they name
the same kinds of things: "Katastrophenfall" and "state of disaster",
"Notunterkünfte" and "shelters". ``timeline/data/news-lexicon.yml`` lists such
words by concept; :func:`concepts` returns the concepts a text names, as
``~name`` features that :mod:`timeline.merge` compares like words. German
compounds match by their last part ("Starkregen" -> rain). Concepts marked
``kind: thing`` name who or what a report is about; the others
(:func:`happening_concepts`) name what happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from timeline.textfeatures import fold, stem

LEXICON_FILE = "news-lexicon.yml"
# The shortest last part of a German compound that may name its concept.
MIN_COMPOUND_PART = 5
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Lexicon:
    """Stems and phrases of one language, each with the concepts it names."""

    stems: dict[str, frozenset[str]]
    phrases: tuple[tuple[re.Pattern[str], frozenset[str]], ...]


@lru_cache(maxsize=4)
def lexicon(language: str) -> Lexicon:
    text = resources.files("timeline").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    entries: dict[str, dict[str, Any]] = yaml.safe_load(text)
    stems: dict[str, set[str]] = {}
    phrases: dict[str, set[str]] = {}
    for concept, forms in entries.items():
        for form in forms.get(language, []):
            words = form.split()
            if len(words) == 1:
                stems.setdefault(stem(form), set()).add(f"~{concept}")
            else:
                phrases.setdefault(fold(form), set()).add(f"~{concept}")
    compiled = tuple(
        (re.compile(rf"\b{re.escape(phrase)}\b"), frozenset(found))
        for phrase, found in sorted(phrases.items())
    )
    return Lexicon({key: frozenset(value) for key, value in stems.items()}, compiled)


@lru_cache(maxsize=1)
def happening_concepts() -> frozenset[str]:
    """The concepts that name what happened (a strike, a closure), not who or what."""
    text = resources.files("timeline").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    entries: dict[str, dict[str, Any]] = yaml.safe_load(text)
    return frozenset(
        f"~{concept}" for concept, forms in entries.items() if forms.get("kind") != "thing"
    )


@lru_cache(maxsize=1024)
def kind_words(found: frozenset[str]) -> frozenset[str]:
    """The stems (of either language) that name one of the concepts ``found``."""
    return frozenset(
        word
        for language in ("de", "en")
        for word, named in lexicon(language).stems.items()
        if named & found
    )


def concepts(text: str, language: str) -> frozenset[str]:
    """The ``~concept`` features of ``text`` in ``language`` (none for other languages)."""
    if language not in ("de", "en"):
        return frozenset()
    known = lexicon(language)
    found: set[str] = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        hit = known.stems.get(stem(word))
        if language == "de":
            # A listed compound names its parts' concepts too: "Deichbruch", a breach of a dike.
            parts = _compound_part(fold(word), known.stems)
            hit = parts if hit is None else hit | (parts or frozenset())
        if hit:
            found |= hit
    if known.phrases:
        folded = fold(text)
        for pattern, hit in known.phrases:
            if pattern.search(folded):
                found |= hit
    return frozenset(found)


def _compound_part(folded: str, stems: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """The concepts of the longest known last part of a German compound, with those of
    its first part when that is a known word too ("Deichbruch": dike and breach).

    The first part counts only beside a known last part, so a name that merely
    begins like a word ("Brandenburg") names nothing.
    """
    for start in range(1, len(folded) - MIN_COMPOUND_PART + 1):
        hit = stems.get(stem(folded[start:]))
        if hit is not None:
            return hit | _modifier(folded[:start], stems)
    return None


def _modifier(first: str, stems: dict[str, frozenset[str]]) -> frozenset[str]:
    """The concepts of a compound's first part, with or without a linking "s"/"n"/"en"."""
    for candidate in (first, *(first[: -len(link)] for link in _LINKS if first.endswith(link))):
        if len(candidate) >= MIN_COMPOUND_PART - 1:
            hit = stems.get(stem(candidate))
            if hit is not None:
                return hit
    return frozenset()


# Linking elements between the parts of a German compound ("Streiks|recht", "Pfeiler|n").
_LINKS = ("es", "en", "s", "n", "e")
