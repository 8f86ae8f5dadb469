"""Merging candidate events that report the same happening.

Several articles (or several sentences of one article) often date the same
happening: "am 30. Dezember" in one, "am 30. Dezember 2023" in another.
:mod:`timeline.happening` tells whether two reports are the same happening;
this module groups the candidates of a run into events.

Clustering is deterministic. Precise dates go first, so happenings form
around their days and vaguer mentions (a month, a year) join them later. A
candidate may join a cluster only when it agrees with more than half of the
members it is compared with (at most :data:`MAX_COMPARED` of them), or with
some of them and with the core of the cluster (what most members say), not
with any one: a single bridging sentence cannot chain unrelated happenings. Of
the clusters it may join it takes the one it fits best. Each candidate is
compared only with clusters of a compatible date that share a feature with it
(:class:`_Index`), so the work grows close to linearly with the number of
candidates. The merged event takes the most precise date, the best title,
every source in order, the union of the tags, and is uncertain only if every
member is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from timeline import date_blocks
from timeline.events import Candidate
from timeline.happening import (
    CROSS_LANGUAGE_DISCOUNT,
    CROSS_LANGUAGE_RULE,
    MAX_CONTAINING_SPAN,
    MAX_YEAR_SPAN,
    MIN_KIND_WEIGHT,
    RULES,
    Signature,
    Weights,
    collection_weights,
    date_relation,
    dates_compatible,
    different_actors,
    echo_free_overlap,
    more_precise,
    overlap,
    report_signature,
    same_happening,
    signature,
    similarity,
    span_last,
    span_of,
    telling_date,
)
from timeline.lexicon import happening_concepts
from timeline.textfeatures import (
    CALENDAR_WORDS,
    STOPWORDS,
    capitalised_words,
    content_words,
    numbers,
    stem,
)
from timeline.timex import Precision

__all__ = [
    "CALENDAR_WORDS",
    "STOPWORDS",
    "MergedEvent",
    "Signature",
    "capitalised_words",
    "content_words",
    "date_relation",
    "dates_compatible",
    "merge_candidates",
    "more_precise",
    "numbers",
    "report_signature",
    "same_happening",
    "signature",
    "similarity",
    "stem",
]

# How many members of a cluster a candidate is compared with, at most.
MAX_COMPARED = 9
# A month's cluster joins a day's when their cores share this much: (weighted, score).
COARSE_RULE = (2, 0.5)
# Clusters are compared by their cores from this many members: a single report was
# already compared with every cluster that could take it.
MIN_CORE_MEMBERS = 2
# Clusters this large are checked for members that fit the others no longer.
MIN_STRAY_CHECK = 4
# How much the share of agreeing members adds to a cluster's fit (ties only).
TIE_WEIGHT = 0.01
# In a year bucket, features shared by more clusters than this are too common
# to look a year-only mention's partners up by.
MAX_POSTING = 60


@dataclass
class MergedEvent:
    """A happening and the candidates (one per source sentence) that report it."""

    members: list[Candidate] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    # Whose title to prefer when the members are in several languages.
    language: str | None = None
    chosen_title: str | None = None
    # :func:`_sentences` of the members: their number, the last one, and the set.
    sentence_cache: tuple[int, Signature | None, frozenset[tuple[str, int]]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def date(self) -> str:
        value = self.members[0].date
        for member in self.members[1:]:
            value = more_precise(value, member.date)
        return value

    @property
    def title(self) -> str:
        """The title :func:`merge_candidates` chose, else the best member's."""
        return self.chosen_title or self.ranked()[0].title

    def ranked(self) -> list[Candidate]:
        """Members by how well their title fits the event: in :attr:`language` (else
        the language most members have) first, then quality, then a member dated
        as precisely as the event, then one that reports the happening rather than
        naming it as the time of something else ("since the explosion on April 20,
        shares have halved"), then the one most like the other members, then the
        one naming the most actors, then the shortest title."""
        date = self.date
        languages = [member.language for member in self.members]
        preferred = self.language if self.language in languages else max(
            languages, key=languages.count
        )
        centrality = self._centrality()
        order = sorted(
            range(len(self.members)),
            key=lambda i: (
                self.members[i].language != preferred, self.members[i].title_quality,
                self.members[i].date != date, bool(self.members[i].focus), -centrality[i],
                -len(self.members[i].tags), len(self.members[i].title),
            ),
        )
        return [self.members[i] for i in order]

    def _centrality(self) -> list[float]:
        """How much each member shares with the others (rounded, so near ties fall through):
        the title of the report most like the rest says what the event is about."""
        if len(self.signatures) != len(self.members) or len(self.members) < 3:
            return [0.0] * len(self.members)
        totals = [0.0] * len(self.members)
        for i, first in enumerate(self.signatures):
            for j in range(i + 1, len(self.signatures)):
                second = self.signatures[j]
                if first.language == second.language:
                    score = overlap(first.words, second.words)[1]
                else:
                    score = overlap(first.shared, second.shared)[1]
                totals[i] += score
                totals[j] += score
        return [round(total / (len(self.members) - 1), 1) for total in totals]

    @property
    def tags(self) -> list[str]:
        seen: dict[str, None] = {}
        for member in self.members:
            for tag in member.tags:
                seen.setdefault(tag, None)
        return list(seen)

    @property
    def uncertain(self) -> bool:
        return all(member.uncertain for member in self.members)

    @property
    def end(self) -> str | None:
        """The last day of a range: the latest end among members dated like the event."""
        date = self.date
        ends = [member.end for member in self.members if member.end and member.date == date]
        return max(ends, key=span_last) if ends else None

    @property
    def planned(self) -> bool:
        """Announced, not yet happened: only while no member reports it as done."""
        return all(member.planned for member in self.members)

    @property
    def keys(self) -> list[str]:
        return [member.key for member in self.members]

    def sources(self) -> list[tuple[str, str, str]]:
        """(article, quote, date_text) once per quoted sentence, in order."""
        seen: dict[tuple[str, str], str] = {}
        for member in sorted(self.members, key=_position):
            seen.setdefault((member.article, member.quote), member.date_text)
        return [(article, quote, date_text) for (article, quote), date_text in seen.items()]


def _position(candidate: Candidate) -> tuple[str, int, int, str]:
    return (candidate.article, candidate.sentence_start, candidate.date_start, candidate.key)


_PRECISION_ORDER = {
    Precision.DAY: 0, Precision.PART_OF_DAY: 0, Precision.HOUR: 0, Precision.WEEKEND: 1,
    Precision.WEEK: 1, Precision.MONTH: 2, Precision.SEASON: 3, Precision.QUARTER: 3,
    Precision.HALF: 4, Precision.YEAR: 5, Precision.DECADE: 6, Precision.CENTURY: 7,
}


def _precision_rank(value: str) -> int:
    span = span_of(value)
    return _PRECISION_ORDER.get(span.precision, 8) if span else 8


def merge_candidates(
    candidates: Iterable[Candidate],
    *,
    language: str | None = None,
    signatures: Sequence[Signature] | None = None,
    weights: Weights | None = None,
) -> list[MergedEvent]:
    """Group candidates that report the same happening, in the order of their first source.

    ``language`` (the project's) chooses the title of an event reported in several
    languages. ``signatures`` are the candidates' (:func:`signature`, in their
    order) when the caller has them already; ``weights`` the collection's
    (:func:`collection_weights`) when they are not those of these candidates
    alone (an incremental run merges some days of a larger collection).
    """
    given = list(candidates)
    if signatures is None:
        signatures = [signature(candidate) for candidate in given]
    elif len(signatures) != len(given):
        raise ValueError("one signature per candidate is needed")
    order = sorted(
        range(len(given)), key=lambda i: (_precision_rank(given[i].date), *_position(given[i]))
    )
    ordered = [given[i] for i in order]
    signatures = [signatures[i] for i in order]
    if weights is None:
        weights = collection_weights(signatures)
    clusters: list[MergedEvent] = []
    index = _Index()
    for candidate, sig in zip(ordered, signatures, strict=True):
        target = None
        best = 0.0
        for number in index.partners(sig):
            fit = _fit(clusters[number], sig, weights)
            if fit > best:
                target, best = number, fit
        if target is None:
            target = len(clusters)
            clusters.append(MergedEvent(language=language))
        clusters[target].members.append(candidate)
        clusters[target].signatures.append(sig)
        index.add(sig, target)
    ejected = _eject_strays(clusters, weights)
    _place_loners(clusters, index, weights, ejected)
    _attach_coarse(clusters, weights)
    _join_same_day(clusters, weights)
    clusters = [cluster for cluster in clusters if cluster.members]
    clusters.sort(key=lambda cluster: min(_position(member) for member in cluster.members))
    for cluster in clusters:
        order = sorted(range(len(cluster.members)), key=lambda i: _position(cluster.members[i]))
        cluster.members = [cluster.members[i] for i in order]
        cluster.signatures = [cluster.signatures[i] for i in order]
    _choose_titles(clusters)
    return clusters


def _eject_strays(clusters: list[MergedEvent], weights: Weights) -> dict[int, int]:
    """A report that no longer fits its cluster, now that the cluster is complete, leaves it.

    In one pass a report joins while its cluster is small: a sentence that
    bridges two happenings ("the editorial fails to see the effort ... the
    telethon on Friday") lets reports of both join it. Once every report is
    placed, a member of a cluster of :data:`MIN_STRAY_CHECK` or more that agrees
    with one other member at most must share what most of the others say
    (:func:`_strays`); one that does not starts a cluster of its own, which
    :func:`_place_loners` may place again, in another cluster. Returns the new
    clusters' numbers with the number of the cluster each left.
    """
    ejected: dict[int, int] = {}
    for number, cluster in enumerate(list(clusters)):
        if len(cluster.members) < MIN_STRAY_CHECK:
            continue
        strays = [
            index for index, sig in enumerate(cluster.signatures)
            if _strays(_without(cluster, index), sig, weights)
        ]
        if not strays or len(strays) * 2 >= len(cluster.members):
            continue  # no stray, or no majority to tell which reports stray
        for index in reversed(strays):
            ejected[len(clusters)] = number
            clusters.append(
                MergedEvent(
                    language=cluster.language,
                    members=[cluster.members.pop(index)],
                    signatures=[cluster.signatures.pop(index)],
                )
            )
    return ejected


def _strays(rest: MergedEvent, sig: Signature, weights: Weights) -> bool:
    """``sig`` agrees with at most one of the other members and does not share what
    most of them say by its date's rule (the kind of happening alone is not enough)."""
    members = _compared(rest.signatures)
    agreeing = [member for member in members if same_happening(member, sig, weights)]
    if len(agreeing) > 1:
        return False
    if not agreeing:
        return True
    return not _agrees_with_core(_core(members, agreeing), sig, weights, lenient=False)


def _without(cluster: MergedEvent, index: int) -> MergedEvent:
    """The cluster without its member ``index`` (a copy; the cluster is unchanged)."""
    return MergedEvent(
        language=cluster.language,
        members=cluster.members[:index] + cluster.members[index + 1 :],
        signatures=cluster.signatures[:index] + cluster.signatures[index + 1 :],
    )


def _place_loners(
    clusters: list[MergedEvent], index: _Index, weights: Weights, barred: dict[int, int]
) -> None:
    """Give a report left alone a second look, now that every cluster is complete.

    Clustering in one pass depends on the order: a report that comes before the
    reports it agrees with finds no cluster it fits. Such a loner joins the
    cluster it fits best now (its own cluster is left empty), never the one it
    was ejected from (``barred``: loner's cluster number -> that cluster's).
    """
    for number, cluster in enumerate(clusters):
        if len(cluster.members) != 1:
            continue
        sig = cluster.signatures[0]
        target, best = None, 0.0
        for partner in index.partners(sig):
            if partner in (number, barred.get(number)) or not clusters[partner].members:
                continue
            fit = _fit(clusters[partner], sig, weights)
            if fit > best:
                target, best = partner, fit
        if target is not None:
            clusters[target].members.append(cluster.members.pop())
            clusters[target].signatures.append(cluster.signatures.pop())
            index.add(sig, target)


def _attach_coarse(clusters: list[MergedEvent], weights: Weights) -> None:
    """A happening's month or week mentions join its day.

    Reports of one happening by its day and by its month ("exploded on 20 April",
    "the explosion in April") share the story's commonest words, which weigh
    little, so the pair rule keeps them apart. A cluster dated by a month or a
    week joins the day cluster inside it whose core names the same kind of
    happening and shares most of its own core (:data:`COARSE_RULE`); of several,
    the one most reports tell of, which a month's mentions mean most often.
    """
    days: dict[tuple[int, int], list[int]] = {}
    for number, when in _day_clusters(clusters):
        days.setdefault((when.year, when.month), []).append(number)
    cores: dict[int, Signature] = {}

    def core(number: int) -> Signature:
        if number not in cores:
            cores[number] = _cluster_core(clusters[number])
        return cores[number]

    kinds = happening_concepts()
    for number, cluster in enumerate(clusters):
        span = span_of(cluster.date) if len(cluster.members) >= MIN_CORE_MEMBERS else None
        if span is None or span.first == span.last or cluster.end is not None:
            continue
        if span.last - span.first >= MAX_CONTAINING_SPAN:
            continue
        coarse = core(number)
        target, best = None, (0, 0.0)
        for month in _Index._months(cluster.date):
            for day in days.get(month, []):
                if date_relation(cluster.date, clusters[day].date) != "contained":
                    continue
                fine = core(day)
                if coarse.language != fine.language or different_actors(coarse, fine, weights):
                    continue
                if not coarse.words & fine.words & kinds:
                    continue
                score = _covering_score(coarse, fine, weights, COARSE_RULE)
                if score is None:
                    continue
                rank = (len(clusters[day].members), score)
                if rank > best:
                    target, best = day, rank
        if target is not None:
            _move(cluster, clusters[target])
            cores.pop(target, None)


def _join_same_day(clusters: list[MergedEvent], weights: Weights) -> None:
    """Clusters of one day whose cores tell of one happening become one.

    One pass can start two clusters for one happening ("Jackson died at his home
    on 25 June", "the singer's death on 25 June"). A smaller cluster joins the
    largest cluster of its day whose core names the same kind of happening and
    shares most of its own core (:data:`COARSE_RULE`); actors must not differ.
    """
    by_day: dict[str, list[int]] = {}
    for number, _ in _day_clusters(clusters):
        by_day.setdefault(clusters[number].date, []).append(number)
    kinds = happening_concepts()
    for day_clusters in by_day.values():
        if len(day_clusters) < 2:
            continue
        day_clusters.sort(key=lambda n: -len(clusters[n].members))
        cores = {number: _cluster_core(clusters[number]) for number in day_clusters}
        kept: list[int] = []
        for number in day_clusters:
            small = cores[number]
            target = next(
                (
                    big for big in kept
                    if small.language == cores[big].language
                    and not different_actors(small, cores[big], weights)
                    and small.words & cores[big].words & kinds
                    and _covering_score(cores[big], small, weights, COARSE_RULE) is not None
                    and not _share_sentence(clusters[big], clusters[number])
                ),
                None,
            )
            if target is None:
                kept.append(number)
                continue
            _move(clusters[number], clusters[target])


def _day_clusters(clusters: list[MergedEvent]) -> list[tuple[int, date]]:
    """The clusters of one day (no range) with enough members to have a core, and the day."""
    found = []
    for number, cluster in enumerate(clusters):
        span = span_of(cluster.date) if len(cluster.members) >= MIN_CORE_MEMBERS else None
        if span is not None and span.first == span.last and cluster.end is None:
            found.append((number, span.first))
    return found


def _covering_score(
    first: Signature, second: Signature, weights: Weights, rule: tuple[float, float]
) -> float | None:
    """The score of two cores that share at least ``rule`` (weighted features, score);
    None if they share less."""
    shared, score = overlap(first.words, second.words, weights)
    return score if shared >= rule[0] and score >= rule[1] else None


def _move(source: MergedEvent, target: MergedEvent) -> None:
    """All reports of ``source`` join ``target``; ``source`` is left empty."""
    target.members.extend(source.members)
    target.signatures.extend(source.signatures)
    source.members, source.signatures = [], []


def _share_sentence(first: MergedEvent, second: MergedEvent) -> bool:
    """The two clusters hold reports of one sentence (two dates of it, or one twice)."""
    sentences = {(sig.article, sig.sentence) for sig in first.signatures}
    return any((sig.article, sig.sentence) in sentences for sig in second.signatures)


def _cluster_core(cluster: MergedEvent) -> Signature:
    """What most members of a cluster say (of those :func:`_compared`)."""
    members = _compared(cluster.signatures)
    return _core(members, members)


def _compared(members: list[Signature]) -> list[Signature]:
    """The members a report is compared with: at most :data:`MAX_COMPARED`, the first
    and the latest."""
    if len(members) <= MAX_COMPARED:
        return members
    half = MAX_COMPARED // 2
    return members[: MAX_COMPARED - half] + members[-half:]


def _choose_titles(clusters: list[MergedEvent]) -> None:
    """Give every event the title of its best source, another one where an event of the
    same date already has it.

    Two dates of one sentence ("am 30. Dezember und am 2. Januar") make two
    events with the same proposed title; their dates tell them apart, so a title
    never gets a date added. Only on one date does a second event take the
    title of another of its sources when that is as good.
    """
    used: set[tuple[str, str]] = set()
    for cluster in clusters:
        ranked = cluster.ranked()
        best = ranked[0]
        date = cluster.date
        title = best.title
        if (date, title) in used:
            title = next(
                (
                    member.title for member in ranked
                    if member.title_quality == best.title_quality
                    and (date, member.title) not in used
                ),
                title,
            )
        cluster.chosen_title = title
        used.add((date, title))


def _fit(cluster: MergedEvent, sig: Signature, weights: Weights) -> float:
    """How well ``sig`` fits ``cluster``: 0 unless it agrees with more than half of the
    members it is compared with or with some and the core, else the score of the
    closest member."""
    if (sig.article, sig.sentence) in _sentences(cluster):
        return 0.0
    members = _compared(cluster.signatures)
    agreeing = [member for member in members if same_happening(member, sig, weights)]
    if not agreeing:
        return 0.0
    if 2 * len(agreeing) <= len(members) and not _agrees_with_core(
        _core(members, agreeing), sig, weights, half=2 * len(agreeing) == len(members)
    ):
        return 0.0
    # The closest member says most about where a report belongs; the share that
    # agrees only breaks ties.
    best = max(_score(member, sig, weights) for member in agreeing)
    return best + TIE_WEIGHT * len(agreeing) / len(members)


def _sentences(cluster: MergedEvent) -> frozenset[tuple[str, int]]:
    """The (article, sentence) of every member: a report never joins another report of
    its own sentence. Remembered until the members change (a big cluster is fitted
    against many reports)."""
    members = cluster.signatures
    last = members[-1] if members else None
    cached = cluster.sentence_cache
    if cached is None or cached[0] != len(members) or cached[1] is not last:
        cached = (
            len(members), last, frozenset((member.article, member.sentence) for member in members)
        )
        cluster.sentence_cache = cached
    return cached[2]


def _agrees_with_core(
    core: Signature, sig: Signature, weights: Weights, *, half: bool = False,
    lenient: bool = True,
) -> bool:
    """The report shares what most members say, by the rule of its date relation.

    The core is smaller than any member, so one word fewer is enough; actors
    are not compared again (each agreeing member passed that test). A report
    that agrees with exactly half of the members, or with some members of its
    own day, needs only to share the cluster's kind of happening
    (:func:`_same_kind_of_happening`'s concepts).
    """
    if core.language != sig.language:  # or a cluster in several languages
        first, second = core.shared, sig.shared
        min_shared, min_score = CROSS_LANGUAGE_RULE
        shared, score = overlap(first, second, weights)
    else:
        relation = date_relation(core.date, sig.date) or "same_span"
        first, second = core.words, sig.words
        min_shared, min_score = RULES[relation]
        shared, score = echo_free_overlap(first, second, weights)
    if shared >= max(2, min_shared - 1) and score >= min_score:
        return True
    if telling_date(core, sig, first, second, weights):
        return True
    if not lenient:
        return False
    # On one day, sharing the kind of happening most members name is enough for a
    # report that agrees with half of them, or with some of them on the same day.
    same_day = date_relation(core.date, sig.date) == "same_day"
    return (half or same_day) and any(
        weights.get(concept, 1.0) >= MIN_KIND_WEIGHT
        for concept in first & second & happening_concepts()
    )


def _core(members: list[Signature], agreeing: list[Signature]) -> Signature:
    """What most of the members say: the words, figures and tags more than half of them have.

    A report that agrees with only some members must still agree with this
    core: a sentence that bridges two happenings shares the words of only one.
    """
    def common(sets: list[frozenset[str]]) -> frozenset[str]:
        counts: dict[str, int] = {}
        for found in sets:
            for item in found:
                counts[item] = counts.get(item, 0) + 1
        return frozenset(item for item, count in counts.items() if 2 * count > len(sets))

    model = agreeing[0]
    languages = {member.language for member in members}
    return Signature(
        date=model.date,
        words=common([member.words for member in members]),
        tags=common([member.tags for member in members]),
        language=model.language if len(languages) == 1 else "",
        end=model.end,
        shared=common([member.shared for member in members]),
        things=common([member.things for member in members]),
        subject=next(iter(common([frozenset({member.subject}) for member in members])), ""),
    )


def _score(a: Signature, b: Signature, weights: Weights) -> float:
    """Similarity for choosing between clusters: words within a language say more than
    the few features two languages share, so a cross-language score counts half."""
    if a.language and b.language and a.language != b.language:
        return CROSS_LANGUAGE_DISCOUNT * overlap(a.shared, b.shared, weights)[1]
    return similarity(a, b, weights)[1]


class _Index:
    """Clusters by date and feature, so a candidate meets only likely partners.

    A candidate meets the clusters that share a feature with it (a content
    word, a concept, a name, a figure: :attr:`Signature.words` or
    :attr:`Signature.shared`) and

    * have the same date value;
    * or a span short enough to contain it (a week or month with a member in
      the candidate's month);
    * or are year-only clusters of the candidate's year;
    * or, for a week or month, lie in its months, and for a year in that year,
      and share one of its less common features (a name, a figure, a rare
      word): the days a span may contain.

    Every merge rule needs a shared feature (:func:`same_happening`), so a
    cluster that shares none with a candidate could not take it: leaving it out
    changes no result. A day never meets the other days of its month, and on
    its own day only the clusters that share a feature, so the work per
    candidate does not grow with the size of the collection.
    """

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], set[int]] = {}
        self._spans_by_month: dict[tuple[int, int], set[int]] = {}
        self._years: dict[int, set[int]] = {}
        self._by_feature: dict[tuple[object, str], set[int]] = {}
        self._features: dict[int, set[str]] = {}

    @staticmethod
    def _months(value: str) -> list[tuple[int, int]]:
        span = span_of(value)
        if span is None or span.last - span.first >= MAX_CONTAINING_SPAN:
            return []
        return date_blocks.months(span.first, span.last)

    @staticmethod
    def _year(value: str) -> int | None:
        span = span_of(value)
        if span is None or span.first.year != span.last.year:
            return None
        return span.first.year

    @staticmethod
    def _is_day(value: str) -> bool:
        span = span_of(value)
        return span is not None and span.first == span.last

    @staticmethod
    def _is_year_wide(value: str) -> bool:
        span = span_of(value)
        return span is not None and MAX_CONTAINING_SPAN <= span.last - span.first <= MAX_YEAR_SPAN

    def add(self, sig: Signature, cluster: int) -> None:
        features = sig.words | sig.shared
        self._features.setdefault(cluster, set()).update(features)
        for feature in features:
            self._by_value.setdefault((sig.date, feature), set()).add(cluster)
        months = self._months(sig.date)
        if not self._is_day(sig.date):
            for month in months:
                self._spans_by_month.setdefault(month, set()).add(cluster)
        year = self._year(sig.date)
        if year is not None and self._is_year_wide(sig.date):
            self._years.setdefault(year, set()).add(cluster)
        keys: list[object] = [*months, *([year] if year is not None else [])]
        for feature in features:
            for key in keys:
                self._by_feature.setdefault((key, feature), set()).add(cluster)

    def partners(self, sig: Signature) -> list[int]:
        features = sig.words | sig.shared
        found: set[int] = set()
        for feature in features:
            found |= self._by_value.get((sig.date, feature), set())
        containing: set[int] = set()
        months = self._months(sig.date)
        for month in months:
            containing |= self._spans_by_month.get(month, set())
        year = self._year(sig.date)
        if year is not None:
            containing |= self._years.get(year, set())
        found |= {
            number for number in containing - found
            if not self._features[number].isdisjoint(features)
        }
        keys: list[object] = []
        if not self._is_day(sig.date):
            keys = list(months) if months else ([year] if self._is_year_wide(sig.date) else [])
        for key in keys:
            for feature in features:
                posting = self._by_feature.get((key, feature), set())
                if len(posting) <= MAX_POSTING:
                    found |= posting
        return sorted(found)
