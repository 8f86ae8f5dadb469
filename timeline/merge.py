"""Merging candidate events that report the same happening.

Several articles (or several sentences of one article) often date the same
happening: "am 30. Dezember" in one, "am 30. Dezember 2023" in another. Two
candidates are the *same happening* when

1. their dates are compatible: equal, or one span contains the other and the
   wider one is at most a quarter of a year (``2023-09`` and ``2023-09-15``
   can be the same meeting; ``2023`` and ``2023-09-15`` say too little), and
2. their sentences say the same thing: after dropping the date phrase,
   stopwords, month and weekday names (the date is already compared) and
   folding German/English inflection (``Russlands`` -> ``russland``,
   ``Raketen`` -> ``raket``), they share enough content words and the overlap
   coefficient (shared / size of the smaller set) is high enough; actor tags
   count as words (:func:`tag_words`), and a figure ("300 Soldaten", "7,12
   Metern", not years, days or clock times) as two (:func:`numbers`). How
   much is enough depends on how much the dates already say (:data:`RULES`):
   the same day is strong evidence, the same month or week less, a day
   inside a week or month least; and
3. they are not two dates of one sentence ("am 30. Dezember und am 2.
   Januar" are two happenings).

Words and tags are compared within a language: tags are names in the
article's language ("Russland", "Russia"). Reports in two languages
(:func:`same_happening_across_languages`) merge only on the same day with
language-independent anchors: a shared figure of 10 or more and a second
anchor, another figure or a name both write ("67" and "Döbeln" / "Doebeln");
a figure with its scale ("80 Millionen" / "80 million") is anchor enough.
Anything less stays two events (a person can merge them by moving one
event's sources into the other and deleting it).

Different sentences of one article follow the same rule: an article that
repeats a happening ("am 30. Dezember" in the lead, "30. Dezember 2023" in a
quote) says it with the same words; two happenings of the same week ("Letzte
Woche sagte das Weiße Haus ..." / "Russland griff letzte Woche Charkiw an")
share too few.

Clustering is greedy and deterministic: candidates in (article, position)
order, each joins the earliest cluster that has a member it matches, and the
merged event takes the most precise date, the best title, every source in
order, the union of the tags, and is uncertain only if every member is.
No two events of one run get the same title (:func:`_choose_titles`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache

from timeline.events import Candidate
from timeline.sentences import words
from timeline.timex import DateSpan, InvalidTimexValue, parse_value

# (minimum shared content words, minimum score) by how the dates relate.
RULES = {
    "same_day": (3, 0.2),
    "same_span": (3, 0.25),
    "contained": (5, 0.5),
}
MAX_CONTAINING_SPAN = timedelta(days=92)

STOPWORDS = words(
    """
    aber alle allem allen aller alles als also am an ans auch auf aus bei beim bereits bis
    bisher da dabei damit dann darauf darum das dass daß dem den denen der deren des dessen
    die dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer
    eines einige er es etwa für gegen hat hatte hatten haben hier hin ihm ihn ihnen ihr
    ihre ihrem ihren ihrer im in ins ist ja je jedoch jetzt kann kein keine können konnte
    man mehr mit muss nach nicht noch nun nur ob oder ohne seit sehr sein seine seinem
    seinen seiner sich sie sind so soll sollen sowie sowohl über um und uns unter vom von
    vor wann war waren was weil weiter welche wenn wer werde werden wie wieder will wir
    wird wo wurde wurden zu zum zur zwischen sei seien habe heißt hieß laut sagte sagten
    erklärte erklärten dabei worden letzte letzten vergangenen vergangene
    a about after again against all also an and any are as at be been before being between
    both but by can could did do does during each for from had has have he her his how if
    in into is it its last more most not of on or our over said says she since so some
    such than that the their them then there these they this those through to under until
    up was we were what when where which while who will with would you your
    """
)

CALENDAR_WORDS = words(
    """
    januar jänner februar märz april mai juni juli august september oktober november
    dezember january february march may june july october december montag dienstag
    mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday
    saturday sunday woche wochen week jahr jahre jahres year monat monats month tag tage
    tagen day days heute gestern morgen today yesterday tomorrow uhr
    """
)

_SUFFIXES_DE = ("ern", "em", "en", "er", "es", "e", "s", "n")
_SUFFIXES_EN = ("ing", "ed", "es", "s")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A figure as written: "300", "7,12", "1.400", "1,800", "5.000".
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
# "14.05 Uhr", "9:30": clock times say when, which the date comparison covers.
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:uhr|h\b)", re.IGNORECASE)
# "80 Millionen", "1.2 billion": a figure with its scale, as a power of ten.
_SCALES = (
    (re.compile(r"(?:milliarde|milliarden|mrd|billion|billions|bn)\b", re.I), "e9"),
    (re.compile(r"(?:million|millionen|millions|mio)\b", re.I), "e6"),
)
# Figures below this are too common ("zwei", "3 Menschen") to tie two languages.
MIN_ANCHOR_FIGURE = 10
# A capitalised word that is not a name in either language.
_NOT_NAMES = words("der die das ein eine the a an he she it they we in on at")
# A figure shared by two reports ("300 Soldaten", "7,12 Metern") is rarer than a
# shared word, so it counts as this many words.
NUMBER_WEIGHT = 2


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem(word: str) -> str:
    """A crude stem: lowercase, no diacritics, common inflection endings cut."""
    folded = _fold(word)
    for suffix in (*_SUFFIXES_DE, *_SUFFIXES_EN):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
            return folded[: -len(suffix)]
    return folded


def _number(raw: str) -> str:
    """A figure in one spelling: thousands separators dropped, decimal comma as point."""
    groups = re.split(r"[.,]", raw)
    if len(groups) > 1 and all(len(group) == 3 for group in groups[1:]) and groups[0] != "0":
        return "".join(groups)  # 1.400 / 1,800: thousands
    return raw.replace(",", ".")


def numbers(text: str) -> frozenset[str]:
    """The figures of ``text`` ("#300", "#7.12") other than years, days and clock times."""
    text = _CLOCK.sub(" ", text)
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        if re.fullmatch(r"\d{1,2}\.?", raw) and text[match.end() : match.end() + 1] == ".":
            continue  # "14. Mai": a day of a date
        raw = raw.rstrip(".,")
        if re.fullmatch(r"1[89]\d\d|20\d\d", raw):
            continue  # a year (written without a separator, unlike "1.800"): the date says it
        value = _number(raw)
        after = text[match.end() :].lstrip()
        value += next((power for scale, power in _SCALES if scale.match(after)), "")
        found.add(f"#{value}")
    return frozenset(found)


def content_words(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` that carry its content."""
    words = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        lowered = word.lower()
        if len(lowered) < 3 or lowered in STOPWORDS or lowered in CALENDAR_WORDS:
            continue
        words.add(stem(word))
    return frozenset(words)


@lru_cache(maxsize=4096)
def _span(value: str) -> DateSpan | None:
    try:
        return parse_value(value)
    except InvalidTimexValue:
        return None


def date_relation(first: str, second: str) -> str | None:
    """``same_day``, ``same_span``, ``contained`` or None for incompatible dates."""
    a, b = _span(first), _span(second)
    if a is None or b is None:
        return "same_span" if first == second else None
    if first == second:
        return "same_day" if a.first == a.last else "same_span"
    if a.first <= b.first and b.last <= a.last:
        wider = a
    elif b.first <= a.first and a.last <= b.last:
        wider = b
    else:
        return None
    return "contained" if wider.last - wider.first < MAX_CONTAINING_SPAN else None


def tag_words(tags: Iterable[str]) -> frozenset[str]:
    """Actor tags as extra words, so a shared actor counts like a shared word.

    A tag usually repeats a word of the sentence in its canonical form
    ("Russlands" -> Russland); as words of their own, tags make different
    spellings and inflections of one actor meet without a fixed bonus that
    would let the countries every sentence of an article names outweigh
    what the sentences say.
    """
    return frozenset(f"@{_fold(tag)}" for tag in tags)


def _span_last(value: str) -> str:
    span = _span(value)
    return span.last.isoformat() if span else value


def dates_compatible(first: str, second: str) -> bool:
    """Equal values, or one span inside the other and the wider one short."""
    return date_relation(first, second) is not None


def more_precise(first: str, second: str) -> str:
    """Of two compatible values, the one with the narrower span (the first on a tie)."""
    a, b = _span(first), _span(second)
    if a is None or b is None:
        return first
    return second if (b.last - b.first) < (a.last - a.first) else first


@dataclass(frozen=True)
class Signature:
    """What the merge rule compares of one report of a happening."""

    date: str
    words: frozenset[str]
    tags: frozenset[str]
    article: str = ""
    sentence: int = -1
    language: str = ""
    names: frozenset[str] = frozenset()


def signature(candidate: Candidate) -> Signature:
    # The date phrase is compared as a date; its words ("Donnerstagmittag") would
    # only make two reports of one day that write it differently look less alike.
    quote = candidate.quote.replace(candidate.date_text, " ") if candidate.date_text else (
        candidate.quote
    )
    return Signature(
        date=candidate.date,
        words=content_words(quote) | tag_words(candidate.tags) | numbers(quote),
        tags=frozenset(candidate.tags),
        article=candidate.article,
        sentence=candidate.sentence_start,
        language=candidate.language,
        names=capitalised_words(quote),
    )


def _transliterate(word: str) -> str:
    """"Döbeln" and "Doebeln" in one spelling: umlauts as two letters, no accents."""
    lowered = word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return _fold(lowered)


def capitalised_words(text: str) -> frozenset[str]:
    """Capitalised words except the first of the text, transliterated.

    English capitalises names only and German names and nouns, so what two
    reports in these languages share here is, in effect, their names.
    """
    found = set()
    for index, match in enumerate(_WORD.finditer(text)):
        word = match.group(0)
        if index == 0 or not word[:1].isupper() or len(word) < 3:
            continue
        if word.lower() in _NOT_NAMES or word.lower() in CALENDAR_WORDS:
            continue
        found.add(_transliterate(word))
    return frozenset(found)


def _weight(word: str) -> int:
    return NUMBER_WEIGHT if word.startswith("#") else 1


def similarity(a: Signature, b: Signature) -> tuple[int, float]:
    """Shared content words and the score the merge rule compares with :data:`RULES`.

    A shared figure weighs :data:`NUMBER_WEIGHT` words; the score divides by
    the weighted size of the smaller set.
    """
    common = a.words & b.words
    shared = sum(_weight(word) for word in common)
    smaller = min(sum(map(_weight, a.words)), sum(map(_weight, b.words))) or 1
    return shared, shared / smaller


def _anchor_figures(words: frozenset[str]) -> frozenset[str]:
    found = set()
    for word in words:
        if not word.startswith("#"):
            continue
        number, _, power = word[1:].partition("e")
        try:
            if power or float(number) >= MIN_ANCHOR_FIGURE:
                found.add(word)
        except ValueError:
            continue
    return frozenset(found)


def same_happening_across_languages(a: Signature, b: Signature) -> bool:
    """Two reports in different languages of one happening (see the module docstring).

    Words cannot be compared, so only what both languages write alike counts:
    figures and names. The day must be the same, and a shared figure must be
    among the anchors, since a name alone (a minister, a town) is in many
    reports of one day.
    """
    a_span = _span(a.date)
    if a.date != b.date or a_span is None or a_span.first != a_span.last:
        return False
    figures = _anchor_figures(a.words) & _anchor_figures(b.words)
    if not figures:
        return False
    scaled = sum(1 for figure in figures if "e" in figure)
    return len(figures) + scaled + len(a.names & b.names) >= 2


def same_happening(a: Signature, b: Signature) -> bool:
    """The merge rule of this module (see the module docstring)."""
    if a.article and a.article == b.article and a.sentence == b.sentence:
        return False
    if a.language and b.language and a.language != b.language:
        return same_happening_across_languages(a, b)
    relation = date_relation(a.date, b.date)
    if relation is None:
        return False
    min_shared, min_score = RULES[relation]
    shared, score = similarity(a, b)
    return shared >= min_shared and score >= min_score


@dataclass
class MergedEvent:
    """A happening and the candidates (one per source sentence) that report it."""

    members: list[Candidate] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    # Whose title to prefer when the members are in several languages.
    language: str | None = None

    @property
    def date(self) -> str:
        value = self.members[0].date
        for member in self.members[1:]:
            value = more_precise(value, member.date)
        return value

    chosen_title: str | None = None

    @property
    def title(self) -> str:
        """The title :func:`merge_candidates` chose, else the best member's."""
        return self.chosen_title or self.ranked()[0].title

    def ranked(self) -> list[Candidate]:
        """Members by how well their title fits the event: in :attr:`language` (else
        the language most members have) first, then quality, then a member dated
        as precisely as the event, then the one naming the most actors, then the
        shortest title."""
        date = self.date
        languages = [member.language for member in self.members]
        preferred = self.language if self.language in languages else max(
            languages, key=languages.count
        )
        return sorted(
            self.members,
            key=lambda c: (
                c.language != preferred, c.title_quality, c.date != date, -len(c.tags),
                len(c.title),
            ),
        )

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
        return max(ends, key=_span_last) if ends else None

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
        for member in self.members:
            seen.setdefault((member.article, member.quote), member.date_text)
        return [(article, quote, date_text) for (article, quote), date_text in seen.items()]


def merge_candidates(
    candidates: Iterable[Candidate], *, language: str | None = None
) -> list[MergedEvent]:
    """Group candidates that report the same happening; the result is in input order.

    ``language`` (the project's) chooses the title of an event reported in several
    languages.
    """
    ordered = sorted(candidates, key=lambda c: (c.article, c.sentence_start, c.date_start, c.key))
    clusters: list[MergedEvent] = []
    index = _DateIndex()
    for candidate in ordered:
        sig = signature(candidate)
        target = None
        for number in index.nearby(sig.date):
            if _joins(clusters[number], sig):
                target = number
                break
        if target is None:
            target = len(clusters)
            clusters.append(MergedEvent(language=language))
        clusters[target].members.append(candidate)
        clusters[target].signatures.append(sig)
        index.add(sig.date, target)
    _choose_titles(clusters)
    return clusters


def _choose_titles(clusters: list[MergedEvent]) -> None:
    """Give every event a title no earlier event of the run has.

    Two dates of one sentence ("am 30. Dezember und am 2. Januar") make two
    events with the same proposed title. The later one takes the title of
    another of its sources when that is as good, else its own title with its
    date phrase added ("... (2. Januar)").
    """
    used: set[str] = set()
    for cluster in clusters:
        ranked = cluster.ranked()
        best = ranked[0]
        title = best.title
        if title in used:
            equal = [
                member.title for member in ranked
                if member.title_quality == best.title_quality and member.title not in used
            ]
            title = equal[0] if equal else f"{best.title} ({best.date_text})"
            if title in used:
                title = f"{best.title} ({cluster.date})"
        cluster.chosen_title = title
        used.add(title)


def _joins(cluster: MergedEvent, sig: Signature) -> bool:
    if any(
        member.article == sig.article and member.sentence == sig.sentence
        for member in cluster.signatures
    ):
        return False
    return any(same_happening(member, sig) for member in cluster.signatures)


class _DateIndex:
    """Clusters by the dates of their members, so a candidate is compared only with
    clusters it could merge with: the same value, or (for spans short enough to be
    ``contained``) a member whose span shares a month with it. Keeps merging close
    to linear in the number of candidates."""

    def __init__(self) -> None:
        self._by_value: dict[str, set[int]] = {}
        self._by_month: dict[tuple[int, int], set[int]] = {}

    @staticmethod
    def _months(value: str) -> list[tuple[int, int]]:
        span = _span(value)
        if span is None or span.last - span.first >= MAX_CONTAINING_SPAN:
            return []
        months = []
        year, month = span.first.year, span.first.month
        while (year, month) <= (span.last.year, span.last.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def add(self, value: str, cluster: int) -> None:
        self._by_value.setdefault(value, set()).add(cluster)
        for month in self._months(value):
            self._by_month.setdefault(month, set()).add(cluster)

    def nearby(self, value: str) -> list[int]:
        found = set(self._by_value.get(value, ()))
        for month in self._months(value):
            found |= self._by_month.get(month, set())
        return sorted(found)
