"""Titles of hand-written sentences, dated by the phrases named in them."""

from __future__ import annotations

from timeline.titles import Title, make_title


def title_for(sentence: str, *phrases: str, language: str = "de") -> Title:
    """The title of the event the first of ``phrases`` dates; all of them are dates."""
    spans = [(sentence.index(p), sentence.index(p) + len(p)) for p in phrases]
    return make_title(sentence, spans[0], spans, language)
