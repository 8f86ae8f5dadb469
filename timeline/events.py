"""Candidate events: every date in an article that anchors a happening.

One step of the data flow: an article's cleaned text and publication date
(DCT) go in, candidate events come out, one per (sentence, date phrase) or
one per date range. The tagger finds the date phrases;
:mod:`timeline.story_time` places them in the story's own time,
:mod:`timeline.ranges` pairs the two ends of a range, and
:mod:`timeline.event_filters` decides which of them date something that
happened, was said or is scheduled:

* only DATE and TIME values that name a calendar span count; a TIME value
  keeps its day (``2024-01-10TMO`` -> ``2024-01-10``). Durations, sets,
  ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF`` date nothing;
* a date after the publication date is ``planned``;
* a date resolved against a DCT that was inferred or missing is
  ``uncertain``; with no DCT at all a relative date cannot be placed and
  gives a warning instead of an event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from functools import partial
from typing import Any, Protocol

from timeline.dates.types import Timex, TimexType
from timeline.event_filters import (
    anchoring_phrase,
    is_anaphoric,
    is_clock_stamp,
    is_deadline,
    is_filler_now,
    is_generic,
    is_personal_aside,
    is_record_or_era,
    is_vague,
    is_year_name,
)
from timeline.ranges import DateRange, find_ranges
from timeline.sentences import Sentence, split_sentences
from timeline.story_time import reanchor
from timeline.timex import InvalidTimexValue, parse_value
from timeline.title_reference import WINDOW_SENTENCES, References
from timeline.titles import make_title

Tagger = Callable[[str, str, "date | None"], list[Timex]]

UNCERTAIN_SOURCES = frozenset({"inferred", "missing"})

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
    # The article's language; "" in candidates cached before it was recorded.
    language: str = ""
    # The last day of a range ("vom 28. Februar bis 2. März"): its TIMEX3 value, else None.
    end: str | None = None
    # Announced or scheduled for after the publication date.
    planned: bool = False
    # The noun phrase the date belongs to ("seit der Vollsperrung am 3. März"), else "".
    focus: str = ""

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


def is_planned(value: str, published: date | None) -> bool:
    """A date whose first day lies after the publication date: announced, not reported."""
    if published is None:
        return False
    try:
        return parse_value(value).first > published
    except InvalidTimexValue:
        return False


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
    timexes = reanchor(text, tagger(text, language, published), published)
    sentences = split_sentences(text)
    warnings: list[str] = []
    candidates: list[Candidate] = []
    references = References(text, language)
    by_sentence: dict[int, list[Timex]] = {}
    for timex in timexes:
        index = _sentence_of(sentences, timex.start)
        if index is not None:
            by_sentence.setdefault(index, []).append(timex)
    uncertain_dct = published_source in UNCERTAIN_SOURCES
    for index, found in sorted(by_sentence.items()):
        sentence = sentences[index]
        ranges = find_ranges(sentence.text, sentence.start, found)
        # A first day the tagger did not mark ("from 1 to 3 March") joins the phrases.
        marked = {id(timex) for timex in found}
        found = sorted(
            [*found, *(r.first for r in ranges if id(r.first) not in marked)],
            key=lambda timex: timex.start,
        )
        range_of = {id(found_range.first): found_range for found_range in ranges}
        range_ends = {id(found_range.last) for found_range in ranges}
        spans = _title_spans(sentence, found, ranges)
        tags: tuple[str, ...] | None = None
        seen: set[tuple[str, str | None]] = set()
        for timex in found:
            if timex.type not in (TimexType.DATE, TimexType.TIME) or id(timex) in range_ends:
                continue
            date_range = range_of.get(id(timex))
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
            if not _dates_a_happening(timex, sentence, found, language, published, date_range):
                continue
            end = event_value(date_range.last) if date_range else None
            if (value, end) in seen:
                continue
            seen.add((value, end))
            if tags is None:
                tags = tuple(tag_finder.find(sentence.text)) if tag_finder else ()
            first, last = (date_range.opening, date_range.end) if date_range else (
                timex.start, timex.end
            )
            window = sentences[max(0, index - WINDOW_SENTENCES)].start
            title = make_title(
                sentence.text, (first - sentence.start, last - sentence.start), spans, language,
                name_pronoun=partial(
                    references.resolve, sentence_start=sentence.start, window_start=window
                ),
            )
            date_text = text[date_range.start : date_range.end] if date_range else timex.text
            candidates.append(
                Candidate(
                    key=candidate_key(article_id, value, date_text, sentence.text),
                    article=article_id,
                    date=value,
                    title=title.text,
                    title_quality=title.quality,
                    quote=sentence.text,
                    date_text=date_text,
                    tags=tags,
                    uncertain=relative and uncertain_dct,
                    sentence_start=sentence.start,
                    date_start=timex.start,
                    language=language,
                    end=end,
                    planned=is_planned(value, published),
                    focus=anchoring_phrase(date_range.first if date_range else timex, sentence),
                )
            )
    return Extraction(candidates, warnings)


def _dates_a_happening(
    timex: Timex,
    sentence: Sentence,
    found: Sequence[Timex],
    language: str,
    published: date | None,
    date_range: DateRange | None,
) -> bool:
    """Whether ``timex`` dates something that happened, was said or is scheduled."""
    if is_generic(timex) or is_filler_now(
        timex, sentence.text, language, published, timex.start - sentence.start
    ):
        return False
    if is_clock_stamp(timex, sentence, found) or is_anaphoric(timex, sentence):
        return False
    if date_range is None and is_deadline(timex, sentence):
        return False
    if is_vague(timex, sentence, found) or is_personal_aside(sentence, language):
        return False
    return not (is_year_name(timex, sentence) or is_record_or_era(timex, sentence))


def _title_spans(
    sentence: Sentence, found: Sequence[Timex], ranges: Sequence[DateRange]
) -> list[tuple[int, int]]:
    """The date phrases a title leaves out, a range with its opening word as one.

    A duration or a reference ("damals", "jetzt") stays in the title: "For three
    days, rain fell", "eines 67 Jahre alten Mannes", "damals stand das Wasser
    drei Meter hoch" say less without it, and it dates nothing.
    """
    in_range = {id(t) for found_range in ranges for t in (found_range.first, found_range.last)}
    spans = [
        (t.start - sentence.start, t.end - sentence.start) for t in found
        if t.type is not TimexType.DURATION and not t.value.endswith("_REF")
        and id(t) not in in_range
    ]
    spans += [(r.opening - sentence.start, r.end - sentence.start) for r in ranges]
    return sorted(spans)


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
