"""Candidates for merge and store tests, built from a quote and a date value."""

from __future__ import annotations

from timeline.events import Candidate, candidate_key


def make_candidate(
    article: str,
    value: str,
    quote: str,
    position: int = 0,
    *,
    tags: tuple[str, ...] = (),
    date_text: str = "",
    title: str = "",
    quality: int = 0,
    uncertain: bool = False,
    language: str = "",
    end: str | None = None,
    planned: bool = False,
) -> Candidate:
    """A candidate of ``article`` dated ``value``; the date phrase is the value itself
    unless ``date_text`` says otherwise, the title the quote's first 40 characters."""
    return Candidate(
        key=candidate_key(article, value, date_text or value, quote),
        article=article,
        date=value,
        title=title or quote[:40],
        title_quality=quality,
        quote=quote,
        date_text=date_text or value,
        tags=tags,
        uncertain=uncertain,
        sentence_start=position,
        date_start=position,
        language=language,
        end=end,
        planned=planned,
    )
