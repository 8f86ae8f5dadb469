"""Candidate events: every date in an article that anchors a happening.

One step of the data flow: an article's cleaned text and publication date
(DCT) go in, candidate events come out, one per (sentence, date phrase). The
date tagger finds the date phrases; this module decides which of them date
something that happened, was said or is scheduled:

* only DATE and TIME values that name a calendar span count; a TIME value
  keeps its day (``2024-01-10TMO`` -> ``2024-01-10``). Durations, sets,
  ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` and generic mentions ("des
  harten Winters") date nothing;
* a bare deictic word on the publication day ("heute", "derzeit", "today")
  is often a filler ("Heute ist die Lage ruhig"); it counts only when its
  sentence has an event predicate (see :func:`has_event_predicate`). Any
  other phrase that resolves to the publication day ("am Dienstag") was
  chosen by the writer to date something, so it counts;
* a date resolved against a DCT that was inferred or missing is
  ``uncertain``; with no DCT at all a relative date cannot be placed and
  gives a warning instead of an event.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Protocol

from timeline.dates.types import Timex, TimexType
from timeline.sentences import Sentence, split_sentences, words
from timeline.timex import InvalidTimexValue, Precision, parse_value
from timeline.titles import make_title

Tagger = Callable[[str, str, "date | None"], list[Timex]]

UNCERTAIN_SOURCES = frozenset({"inferred", "missing"})

# Words that name "now" rather than a day something happens on.
DEICTIC_NOW = words(
    """
    heute jetzt derzeit zurzeit aktuell gegenwärtig heutzutage nun momentan
    today now currently nowadays presently
    """
)

_SEASON_WORDS = re.compile(
    r"\b(frühling|frühjahr|sommer|herbst|winter|spring|summer|autumn|fall|winter)\w*", re.I
)
# A season is specific only with a year or a pointing word ("im vergangenen Winter").
_SPECIFIC_SEASON = re.compile(
    r"\d|\b(dies|letzt|vergangen|vorig|nächst|kommend|dieses|this|last|next|past|coming)\w*",
    re.I,
)

_EVENT_PREDICATE = {
    "de": re.compile(
        r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden)\b"
        r".*\b(?:ge\w{3,}(?:t|en)|\w{3,}iert|\w+ge\w{3,}(?:t|en))\b"
        r"|\b(?:sagt|erklärt|kündigt|teilt|meldet|bestätigt|verkündet|beschließt|beginnt|"
        r"startet|endet|trifft|unterzeichnet|stimmt|entscheidet|wählt|eröffnet|tagt|greift|"
        r"besucht|veröffentlicht|findet)\w*\b"
        r"|\b(?:sagte|erklärte|kündigte|teilte|meldete|bestätigte|verkündete|beschloss|begann|"
        r"startete|endete|traf|unterzeichnete|stimmte|entschied|wählte|eröffnete|tagte|griff|"
        r"besuchte|veröffentlichte|fand|starb|starben|gab)\w*\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:said|says|announced?s?|signed|met|meets|began|begins|starts?|started|opens?|"
        r"opened|killed|attacked|launched|voted|votes|decided|will|is to|are to|"
        r"confirmed|published|released|held|holds|visited|visits|died)\b|\b\w{3,}ed\b",
        re.IGNORECASE,
    ),
}


class TagFinderLike(Protocol):
    def find(self, sentence: str) -> list[str]: ...


@dataclass(frozen=True)
class Candidate:
    """One dated happening in one sentence of one article.

    ``key`` identifies the candidate across runs (article, date, date phrase
    and quote), so the store can tell which event a candidate was written to.
    """

    key: str
    article: str
    date: str
    title: str
    title_quality: int
    quote: str
    date_text: str
    tags: tuple[str, ...]
    uncertain: bool
    sentence_start: int
    date_start: int

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Candidate:
        return cls(**{**data, "tags": tuple(data["tags"])})


@dataclass(frozen=True)
class Extraction:
    """The candidates of one article and what could not be placed."""

    candidates: list[Candidate]
    warnings: list[str]


def event_value(timex: Timex) -> str | None:
    """The calendar value an event gets from a timex, or None when it dates nothing."""
    if timex.type not in (TimexType.DATE, TimexType.TIME):
        return None
    value = timex.value.split("T", 1)[0] if "T" in timex.value else timex.value
    try:
        parse_value(value)
    except InvalidTimexValue:
        return None
    return value


def is_generic(timex: Timex) -> bool:
    """A season named without a year or pointing word ("des harten Winters")."""
    try:
        precision = parse_value(timex.value.split("T", 1)[0]).precision
    except InvalidTimexValue:
        return False
    return (
        precision is Precision.SEASON
        and bool(_SEASON_WORDS.search(timex.text))
        and not _SPECIFIC_SEASON.search(timex.text)
    )


def has_event_predicate(sentence: str, language: str) -> bool:
    """Whether a sentence reports an action, statement or schedule.

    Without a trained parser this looks for the forms news use for them: a
    perfect or passive (auxiliary + participle), a past-tense or present
    verb of saying, meeting, deciding, starting ... Copula sentences ("Heute
    ist die Lage ruhig") have none.
    """
    pattern = _EVENT_PREDICATE.get(language, _EVENT_PREDICATE["en"])
    return bool(pattern.search(sentence))


def is_filler_now(timex: Timex, sentence: str, language: str, dct: date | None) -> bool:
    """"heute"/"derzeit" on the publication day in a sentence that reports no happening."""
    words = timex.text.lower().split()
    if not words or any(word not in DEICTIC_NOW for word in words):
        return False
    if dct is not None and timex.value.split("T", 1)[0] not in (dct.isoformat(), ""):
        return False
    return not has_event_predicate(sentence, language)


def candidate_key(article: str, value: str, date_text: str, quote: str) -> str:
    digest = hashlib.sha256(f"{date_text}\x00{quote}".encode()).hexdigest()[:12]
    return f"{article}/{value}/{digest}"


def extract_candidates(
    article_id: str,
    text: str,
    language: str,
    published: date | None,
    published_source: str,
    *,
    tagger: Tagger,
    tag_finder: TagFinderLike | None = None,
) -> Extraction:
    """Candidate events of one article text, in text order."""
    timexes = tagger(text, language, published)
    sentences = split_sentences(text)
    warnings: list[str] = []
    candidates: list[Candidate] = []
    by_sentence: dict[int, list[Timex]] = {}
    for timex in timexes:
        index = _sentence_of(sentences, timex.start)
        if index is not None:
            by_sentence.setdefault(index, []).append(timex)
    uncertain_dct = published_source in UNCERTAIN_SOURCES
    for index, found in sorted(by_sentence.items()):
        sentence = sentences[index]
        spans = [(t.start - sentence.start, t.end - sentence.start) for t in found]
        tags: tuple[str, ...] | None = None
        seen: set[str] = set()
        for timex, span in zip(found, spans, strict=True):
            if timex.type not in (TimexType.DATE, TimexType.TIME):
                continue
            relative = timex.relative or "X" in timex.value
            if published is None and relative:
                warnings.append(
                    f"no publication date: {timex.text!r} in {_excerpt(sentence.text)!r} "
                    "cannot be placed in time"
                )
                continue
            value = event_value(timex)
            if value is None:
                if "X" in timex.value:
                    warnings.append(f"could not resolve {timex.text!r} ({timex.value})")
                continue
            if is_generic(timex) or is_filler_now(timex, sentence.text, language, published):
                continue
            if value in seen:
                continue
            seen.add(value)
            if tags is None:
                tags = tuple(tag_finder.find(sentence.text)) if tag_finder else ()
            title = make_title(sentence.text, span, spans, language)
            candidates.append(
                Candidate(
                    key=candidate_key(article_id, value, timex.text, sentence.text),
                    article=article_id,
                    date=value,
                    title=title.text,
                    title_quality=title.quality,
                    quote=sentence.text,
                    date_text=timex.text,
                    tags=tags,
                    uncertain=relative and uncertain_dct,
                    sentence_start=sentence.start,
                    date_start=timex.start,
                )
            )
    return Extraction(candidates, warnings)


def _sentence_of(sentences: Sequence[Sentence], offset: int) -> int | None:
    low, high = 0, len(sentences) - 1
    while low <= high:
        middle = (low + high) // 2
        sentence = sentences[middle]
        if offset < sentence.start:
            high = middle - 1
        elif offset >= sentence.end:
            low = middle + 1
        else:
            return middle
    return None


def _excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
