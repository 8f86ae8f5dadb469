"""Whether two reports tell of the same happening: the pairwise rule of merging.

Two reports (candidates, or stored sources) are the *same happening* when

1. their dates are compatible: equal, or one span contains the other and the
   wider one is at most a quarter of a year (``2023-09`` and ``2023-09-15``
   can be the same meeting), or a year-only mention and a date inside that
   year say the same thing in many words (``year``); ranges end alike;
2. their sentences say the same thing: after dropping the date phrase,
   stopwords, month and weekday names and folding inflection, they share
   enough content words and the overlap coefficient (shared / size of the
   smaller set) is high enough. Actor tags count as words
   (:func:`tag_words`), a figure as two, and the concepts of a small
   bilingual news lexicon (:mod:`timeline.lexicon`: "Katastrophenfall" and
   "state of disaster" are both ``~disaster``) as words too; words a whole
   collection uses weigh less (:func:`collection_weights`). How much is
   enough depends on how much the dates already say (:data:`RULES`);
3. they do not name different actors (tags: places, people, organisations;
   countries are named as often for who is affected) with none in common:
   "the town of A opened a museum" and "the town of B opened a museum" stay
   two events. Figures that disagree (each names figures of 10 or more and
   they share none) raise the bar; and
4. they are not two dates of one sentence.

On one day, two reports that name the same kind of happening ("walked out",
"stoppage", "Streik": the lexicon's ``~strike``) and share one more feature
are the same happening, unless their actors or figures disagree; a kind
that the whole collection names (a flu story's "outbreak") does not count.
Some dates say most of it (:func:`telling_date`): two reports of one range
of days need only two shared features, and a month or year that few reports
of the collection name (a story's background: "the flood of August 2002")
needs only the same kind of happening.

Amounts with their unit ("neun Tage", "nine-day": ``#9d``) are figures that
meet across languages, and a German compound names the concepts of both its
parts ("Deichbruch": a dike, a breach).

Reports in two languages (:func:`same_happening_across_languages`) are
compared on what both languages write alike: concepts, figures, names and
actors (countries by their ISO code).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property, lru_cache

from timeline.countries import country_codes
from timeline.events import Candidate
from timeline.lexicon import concepts, happening_concepts, kind_words
from timeline.textfeatures import (
    anchor_figures,
    capitalised_words,
    content_words,
    fold,
    measures,
    named_things,
    numbers,
    transliterate,
)
from timeline.timex import DateSpan, InvalidTimexValue, parse_value

# (minimum shared content words, minimum score) by how the dates relate.
RULES = {
    "same_day": (3, 0.2),
    "same_span": (3, 0.25),
    "contained": (5, 0.5),
    "year": (6, 0.6),
    # Two mentions of one decade or century ("the 1800s") share little by their date.
    "same_era": (6, 0.6),
}
# Figures that disagree ask for this much more.
DISAGREEING_FIGURES = (2, 0.15)
# On one day, a shared kind of happening of at least this weight, with KIND_AND_MORE
# shared features in all (none of the collection's commonest), is the same happening.
MIN_KIND_WEIGHT = 0.6
KIND_AND_MORE = 2
MIN_KIND_FEATURE = 0.6
# ... or the kind, when one report says little else (the share of it shared).
KIND_COVERED = 0.9
# Across languages: (minimum shared weighted features, minimum score).
CROSS_LANGUAGE_RULE = (2.5, 0.3)
CROSS_LANGUAGE_DISCOUNT = 0.5
MAX_CONTAINING_SPAN = timedelta(days=92)
# Two reports of one range of days: (minimum shared weighted features, minimum score).
SAME_RANGE_RULE = (2, 0.2)
# A month, season or year that at most this many reports of a collection name is
# background the story mentions for one happening (see telling_date).
RARE_DATE_REPORTS = 8
MIN_RARE_SPAN = timedelta(days=27)
# A date that more reports name is a busy day of several happenings: sharing the kind
# of happening asks for one more feature there.
BUSY_DATE_REPORTS = 16
# ... and two reports of a busy day share more than three words: (minimum shared, score).
BUSY_DAY_RULE = (4, 0.3)
MAX_YEAR_SPAN = timedelta(days=366)
# A shared figure ("300 Soldaten", "7,12 Metern") is rarer than a shared word.
NUMBER_WEIGHT = 2
# ... but a small count ("5", "two") as much as a word: many reports of a day name one.
_SMALL = re.compile(r"^#\d$")
# Features in more than this share of a collection's reports weigh less, down to
# MIN_WEIGHT; PRIOR_REPORTS keeps a small story's words from looking common.
COMMON_SHARE = 0.05
# A country that at least this share of the reports naming a country name is one of
# the story's own (see different_actors).
STORY_COUNTRY_SHARE = 0.2
MIN_WEIGHT = 0.25
PRIOR_REPORTS = 200


@lru_cache(maxsize=4096)
def span_of(value: str) -> DateSpan | None:
    try:
        return parse_value(value)
    except InvalidTimexValue:
        return None


def date_relation(first: str, second: str) -> str | None:
    """``same_day``, ``same_span``, ``contained``, ``year`` or None for incompatible dates."""
    a, b = span_of(first), span_of(second)
    if a is None or b is None:
        return "same_span" if first == second else None
    if first == second:
        if a.first == a.last:
            return "same_day"
        return "same_span" if a.last - a.first <= MAX_YEAR_SPAN else "same_era"
    if a.first <= b.first and b.last <= a.last:
        wider = a
    elif b.first <= a.first and a.last <= b.last:
        wider = b
    else:
        return None
    if wider.last - wider.first < MAX_CONTAINING_SPAN:
        return "contained"
    return "year" if wider.last - wider.first <= MAX_YEAR_SPAN else None


def dates_compatible(first: str, second: str) -> bool:
    """Equal values, or one span inside the other and the wider one short."""
    return date_relation(first, second) is not None


def more_precise(first: str, second: str) -> str:
    """Of two compatible values, the one with the narrower span (the first on a tie)."""
    a, b = span_of(first), span_of(second)
    if a is None or b is None:
        return first
    return second if (b.last - b.first) < (a.last - a.first) else first


def span_last(value: str) -> str:
    span = span_of(value)
    return span.last.isoformat() if span else value


def tag_words(tags: Iterable[str]) -> frozenset[str]:
    """Actor tags as extra words, so a shared actor counts like a shared word."""
    return frozenset(f"@{fold(tag)}" for tag in tags)


def actor_keys(tags: Iterable[str]) -> frozenset[str]:
    """Tags in a form both languages share: a country's code, else the name transliterated."""
    codes = country_codes()
    return frozenset(
        f"@{codes.get(fold(tag)) or transliterate(tag)}" for tag in tags
    )


@dataclass(frozen=True)
class Signature:
    """What the merge rule compares of one report of a happening."""

    date: str
    words: frozenset[str]
    tags: frozenset[str]
    article: str = ""
    sentence: int = -1
    language: str = ""
    end: str | None = None
    # Language-independent features: concepts, figures, names, actors.
    shared: frozenset[str] = frozenset()
    # Figures of 10 or more (or with a scale), which disagreeing reports differ in.
    figures: frozenset[str] = frozenset()
    # Named institutions and places ("school=alleyn"), which tell happenings apart.
    things: frozenset[str] = frozenset()
    # The country that is the clause's subject ("Egypt started ...", "U.S. officials
    # said ..."): two countries doing things on one day are two happenings.
    subject: str = ""

    @cached_property
    def actors(self) -> frozenset[str]:
        """The keys of the places, people and organisations among the tags."""
        return _conflicting_keys(self.tags)

    @cached_property
    def countries(self) -> frozenset[str]:
        """The ISO codes of the countries among the tags."""
        return country_keys(self.tags)


def signature(candidate: Candidate) -> Signature:
    return report_signature(
        candidate.date, candidate.quote, candidate.date_text, candidate.tags,
        article=candidate.article, sentence=candidate.sentence_start,
        language=candidate.language, end=candidate.end, focus=candidate.focus,
    )


def report_signature(
    date: str,
    quote: str,
    date_text: str | None,
    tags: Iterable[str],
    *,
    article: str = "",
    sentence: int = -1,
    language: str = "",
    end: str | None = None,
    focus: str = "",
) -> Signature:
    """What the merge rule compares of one report: a quote dated ``date`` by ``date_text``.

    ``focus`` is the noun phrase the date belongs to ("seit der Vollsperrung am 3.
    März"): it is what the report says happened on the day, so it is compared
    instead of the whole sentence.
    """
    # The date phrase is compared as a date; its words ("Donnerstagmittag") would
    # only make two reports of one day that write it differently look less alike.
    text = focus or (quote.replace(date_text, " ") if date_text else quote)
    found_concepts = concepts(text, language)
    figures = numbers(text)
    amounts = measures(text)
    anchors = anchor_figures(figures | amounts)
    tag_set = frozenset(tags)
    # An actor counts once, as its tag: "New Zealand" is not also "new" and "zealand".
    named = content_words(" ".join(tag_set))
    return Signature(
        date=date,
        words=(content_words(text) - named) | tag_words(tag_set) | figures | amounts
        | found_concepts,
        tags=tag_set,
        article=article,
        sentence=sentence,
        language=language,
        end=end,
        shared=found_concepts | anchors | amounts | actor_keys(tag_set)
        | frozenset(f"${name}" for name in capitalised_words(text)),
        figures=anchors,
        things=named_things(text, language),
        subject=subject_country(quote),
    )


# A clause's opening subject, after a leading date or adverb phrase: a name of up to
# three capitalised words before a lowercase word ("Egypt started", "U.S. officials",
# "New Zealand confirmed") or a possessive ("Mexico's health ministry").
_SUBJECT = re.compile(
    r"^(?:(?:On|In|At|By|Late|Early|Earlier|Later|Last|This|Also|But|And|Meanwhile|Am|Im|Seit|"
    r"Auch|Doch|Unterdessen)\b[^,]{0,40},\s*)?(?:(?:The|Die|Der|Das)\s+)?"
    r"(?P<name>[A-ZÄÖÜ][\w.]*(?:\s+[A-ZÄÖÜ][\w.]*){0,2}?)(?=['’]s\b|\s+[a-zäöü])"
)


def subject_country(text: str) -> str:
    """The ISO code of the country a clause opens with as its subject, else ""."""
    found = _SUBJECT.match(text.lstrip(" \"“„'("))
    if found is None:
        return ""
    return country_codes().get(fold(found.group("name")).rstrip("."), "")


class Weights(dict[str, float]):
    """Feature weights of one collection, remembering the weighted size of each set,
    and how many of its reports name each date value."""

    def __init__(self) -> None:
        super().__init__()
        self.totals: dict[frozenset[str], float] = {}
        # Each feature's weight times its base (:func:`_total`), filled as features are met.
        self.units: dict[str, float] = {}
        self.dates: dict[str, int] = {}
        self.story_countries: frozenset[str] = frozenset()


def similarity(a: Signature, b: Signature, weights: Weights | None = None) -> tuple[float, float]:
    """Shared content words and the score the merge rule compares with :data:`RULES`.

    A shared figure weighs :data:`NUMBER_WEIGHT` words; the score divides by
    the weighted size of the smaller set. ``weights`` lowers the words a whole
    collection uses (:func:`collection_weights`). A concept both reports name
    with a word they share ("committee" and ``~parliament``) counts once: as
    the word.
    """
    return echo_free_overlap(a.words, b.words, weights)


def echo_free_overlap(
    first: frozenset[str], second: frozenset[str], weights: Weights | None = None
) -> tuple[float, float]:
    """:func:`overlap` with a concept that a shared word names counted once, as the word."""
    echoes = _echoes(first & second)
    if not echoes:
        return overlap(first, second, weights)
    # The sets without the echoes are one pair's: their sizes are not worth remembering.
    first, second = first - echoes, second - echoes
    shared = _total(first & second, weights, remember=False)
    smaller = min(_total(first, weights, remember=False),
                  _total(second, weights, remember=False)) or 1
    return shared, shared / smaller


def overlap(
    first: frozenset[str], second: frozenset[str], weights: Weights | None = None
) -> tuple[float, float]:
    shared = _total(first & second, weights, remember=False)
    smaller = min(_total(first, weights), _total(second, weights)) or 1
    return shared, shared / smaller


def _total(features: frozenset[str], weights: Weights | None, *, remember: bool = True) -> float:
    """The weighted size of a set of features (a figure of two digits or more, a decimal or
    an amount counts NUMBER_WEIGHT words).

    The sizes of a report's sets are remembered in ``weights``, as each report is
    compared many times; a pair's intersection (``remember=False``) is not, or the
    memory would grow with the number of pairs compared.
    """
    if weights is None:
        return sum((_base(feature) for feature in features), 0.0)
    if features in weights.totals:
        return weights.totals[features]
    units = weights.units
    total = 0.0
    for feature in features:
        unit = units.get(feature)
        if unit is None:
            unit = units[feature] = _base(feature) * weights.get(feature, 1.0)
        total += unit
    if remember:
        weights.totals[features] = total
    return total


def _base(feature: str) -> int:
    return NUMBER_WEIGHT if feature.startswith("#") and not _SMALL.match(feature) else 1


def collection_weights(signatures: Iterable[Signature]) -> Weights:
    """Lower weights for the words a collection uses everywhere.

    In a story about a flu pandemic nearly every sentence says "flu" and
    "virus"; sharing them says little about sharing a happening. A feature
    in a share ``p`` of the reports weighs ``log(1/p) / log(1/``
    :data:`COMMON_SHARE` ``)``, at most 1 and at least :data:`MIN_WEIGHT`. The
    share is counted with :data:`PRIOR_REPORTS` reports added, so the few
    reports of a small story do not make its words look common.
    """
    counts = FeatureCounts()
    for sig in signatures:
        counts.add(sig)
    return counts.weights()


@dataclass
class FeatureCounts:
    """What :func:`collection_weights` counts over a collection's reports. Counts add up
    report by report, and a report's can be taken away again, so an incremental run
    updates them for the articles that changed instead of counting everything anew."""

    features: dict[str, int] = field(default_factory=dict)
    dates: dict[str, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    naming_countries: int = 0
    total: int = 0

    def add(self, sig: Signature, sign: int = 1) -> None:
        """Count one report (``sign=-1``: take a counted report away)."""
        self.total += sign
        _count(self.dates, sig.date, sign)
        for feature in sig.words | sig.shared:
            _count(self.features, feature, sign)
        named = sig.countries
        self.naming_countries += sign * bool(named)
        for country in named:
            _count(self.countries, country, sign)

    def weights(self) -> Weights:
        weights = Weights()
        weights.dates = dict(self.dates)
        weights.story_countries = frozenset(
            country for country, count in self.countries.items()
            if count >= STORY_COUNTRY_SHARE * self.naming_countries
        )
        limit = math.log(1 / COMMON_SHARE)
        for feature, count in self.features.items():
            share = count / (self.total + PRIOR_REPORTS)
            if share > COMMON_SHARE:
                weights[feature] = max(MIN_WEIGHT, math.log(1 / share) / limit)
        return weights

    def to_json(self) -> dict[str, object]:
        return {
            "features": self.features, "dates": self.dates, "countries": self.countries,
            "naming_countries": self.naming_countries, "total": self.total,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> FeatureCounts:
        def table(name: str) -> dict[str, int]:
            found = data[name]
            if not isinstance(found, dict):
                raise ValueError(f"{name}: not a table")
            return {str(key): int(value) for key, value in found.items()}

        naming, total = data["naming_countries"], data["total"]
        if not isinstance(naming, int) or not isinstance(total, int):
            raise ValueError("counts must be whole numbers")
        return cls(table("features"), table("dates"), table("countries"), naming, total)


def _count(table: dict[str, int], key: str, sign: int) -> None:
    count = table.get(key, 0) + sign
    if count > 0:
        table[key] = count
    else:
        table.pop(key, None)


def different_actors(a: Signature, b: Signature, weights: Weights | None = None) -> bool:
    """Both reports name actors (tags: places, people, organisations), none alike.

    Capitalised names are not used: reports of one happening often quote
    different people ("Smith said ..." / "Jones said ..."). Named institutions
    and places of one kind are ("Alleyn's school", "the Dolphin school"). Countries count
    only outside the story's own countries (``weights.story_countries``):
    "Turkey confirmed its first cases" and "India confirmed its first case"
    are two happenings, but "the Dutch port" and "Germany's factories" in a
    story about a Dutch port are not two actors.
    """
    if a.subject and b.subject and a.subject != b.subject:
        return True  # "Mexico began shutting down ..." and "Egypt started seizing ..."
    first, second = a.actors, b.actors
    if first and second and not first & second:
        return True
    if _things_differ(a.things, b.things):
        return True
    if weights is None:
        return False
    one, other = a.countries, b.countries
    return bool(
        one and other and not one & other
        and not (one | other) & weights.story_countries
    )


def _things_differ(first: frozenset[str], second: frozenset[str]) -> bool:
    """Both name an institution or place of one kind, and no name alike: "Alleyn's school"
    and "the Dolphin school"."""
    if not first or not second:
        return False
    def by_noun(things: frozenset[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for thing in things:
            noun, _, name = thing.partition("=")
            found.setdefault(noun, set()).add(name)
        return found
    one, other = by_noun(first), by_noun(second)
    return any(not one[noun] & other[noun] for noun in one.keys() & other.keys())


def country_keys(tags: Iterable[str]) -> frozenset[str]:
    """The ISO codes of the countries among ``tags``."""
    return frozenset(key for key in actor_keys(tags) if _COUNTRY_KEY.match(key))


def _conflicting_keys(tags: Iterable[str]) -> frozenset[str]:
    """Actor keys that tell happenings apart: places, people, organisations.

    Countries are left out: a report names the countries a happening touches
    ("feeding Germany's factories", "the Dutch port") as often as the one
    that acts.
    """
    return frozenset(key for key in actor_keys(tags) if not _COUNTRY_KEY.match(key))


_COUNTRY_KEY = re.compile(r"^@[A-Z]{2}$")


def figures_disagree(a: Signature, b: Signature) -> bool:
    """Each names figures of 10 or more, and they share none."""
    first, second = a.figures, b.figures
    return bool(first and second and not first & second)


def same_happening_across_languages(
    a: Signature, b: Signature, weights: Weights | None = None
) -> bool:
    """Two reports in different languages of one happening (see the module docstring)."""
    relation = date_relation(a.date, b.date)
    if relation not in ("same_day", "same_span", "contained") or a.end != b.end:
        return False
    if different_actors(a, b, weights):
        return False
    min_shared, min_score = CROSS_LANGUAGE_RULE
    if figures_disagree(a, b):
        min_shared, min_score = min_shared + DISAGREEING_FIGURES[0], min_score + (
            DISAGREEING_FIGURES[1]
        )
    if relation == "contained":
        min_shared += 1
    common = a.shared & b.shared
    if not any(feature[0] in "~#" for feature in common):
        return False  # names alone: a minister or a town is in many reports of one day
    shared, score = overlap(a.shared, b.shared, weights)
    if shared >= min_shared and score >= min_score:
        return True
    return not figures_disagree(a, b) and _kind_or_telling_date(
        a, b, relation, a.shared, b.shared, weights
    )


def same_happening(a: Signature, b: Signature, weights: Weights | None = None) -> bool:
    """The merge rule of this module (see the module docstring)."""
    if a.article and a.article == b.article and a.sentence == b.sentence:
        return False
    if a.language and b.language and a.language != b.language:
        return same_happening_across_languages(a, b, weights)
    if a.words.isdisjoint(b.words):
        return False  # every rule below needs a shared feature
    relation = date_relation(a.date, b.date)
    if relation is None or a.end != b.end:
        return False
    if different_actors(a, b, weights):
        return False
    min_shared, min_score = RULES[relation]
    if relation == "same_day" and _busy(a.date, weights):
        min_shared, min_score = BUSY_DAY_RULE
    disagree = figures_disagree(a, b)
    if disagree:
        min_shared += DISAGREEING_FIGURES[0]
        min_score += DISAGREEING_FIGURES[1]
    shared, score = similarity(a, b, weights)
    if shared >= min_shared and score >= min_score:
        return True
    return not disagree and _kind_or_telling_date(a, b, relation, a.words, b.words, weights)


def _kind_or_telling_date(
    a: Signature,
    b: Signature,
    relation: str,
    first: frozenset[str],
    second: frozenset[str],
    weights: Weights | None,
) -> bool:
    """What makes two reports one happening besides enough shared features: on one day,
    the same kind of happening; or a date that says most of it (:func:`telling_date`).
    ``first`` and ``second`` are the features compared (words, or across languages what
    both languages share)."""
    if relation == "same_day" and _same_kind_of_happening(
        first, second, weights, busy=_busy(a.date, weights)
    ):
        return True
    return telling_date(a, b, first, second, weights)


def _echoes(common: frozenset[str]) -> frozenset[str]:
    """The concepts among shared features that a shared word names: "committee" and
    ``~parliament``, or "plane" and ``~flight``."""
    return frozenset(
        concept for concept in common
        if concept.startswith("~") and common & kind_words(frozenset({concept}))
    )


def telling_date(
    a: Signature,
    b: Signature,
    first: frozenset[str],
    second: frozenset[str],
    weights: Weights | None,
) -> bool:
    """Dates that say most of it: the same range of days, or the same month or year that
    few reports of the collection name, with some of the happening shared.

    Two reports of "10 to 14 March" that share two features, or two of the few
    mentions of "August 2002" in a story that name the same kind of happening
    (a flood), tell of one happening: a story's background months and years
    hold one happening each, more often than not. Actors and figures are
    compared by the caller.
    """
    if a.date != b.date:
        return False
    if a.end is not None and a.end == b.end:
        shared, score = overlap(first, second, weights)
        return shared >= SAME_RANGE_RULE[0] and score >= SAME_RANGE_RULE[1]
    span = span_of(a.date)
    if weights is None or span is None or a.end is not None:
        return False
    if not MIN_RARE_SPAN <= span.last - span.first <= MAX_YEAR_SPAN:
        return False
    if weights.dates.get(a.date, 0) > RARE_DATE_REPORTS:
        return False
    return any(
        weights.get(concept, 1.0) >= MIN_KIND_WEIGHT
        for concept in first & second & happening_concepts()
    )


def _busy(date: str, weights: Weights | None) -> bool:
    """Many reports of the collection name this date: a day of several happenings."""
    return weights is not None and weights.dates.get(date, 0) > BUSY_DATE_REPORTS


def _same_kind_of_happening(
    first: frozenset[str], second: frozenset[str], weights: Weights | None, *, busy: bool = False
) -> bool:
    """On one day, the same kind of happening (a strike began, a bridge was closed) named
    with one more shared feature: the same happening in other words.

    The kind must be rare enough in the collection (a flu story's "outbreak" is
    not): its weight at least :data:`MIN_KIND_WEIGHT`.
    """
    common = first & second
    table: dict[str, float] = weights if weights is not None else {}
    kinds = [
        concept for concept in common & happening_concepts()
        if table.get(concept, 1.0) >= MIN_KIND_WEIGHT
    ]
    if not kinds:
        return False
    # The word that names the kind ("emergency" for ~disaster) is no more evidence,
    # unless it is all one report says: "bis zur Vollsperrung am 3. März".
    naming = kind_words(frozenset(kinds))
    echoes = _echoes(common)
    weighty = [
        feature for feature in common
        if table.get(feature, 1.0) >= MIN_KIND_FEATURE and feature not in naming
        and not (feature not in kinds and feature in echoes)
    ]
    return len(weighty) >= KIND_AND_MORE + busy or (
        overlap(first, second, weights)[1] >= KIND_COVERED
    )
