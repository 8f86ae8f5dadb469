"""Short readable event titles made from the sentence that dates the event.

A title is a short clause (about twelve words) that says what happened: the
sentence with what a chronology already shows taken out, the date phrases
(the event's date is printed next to it), a dateline ("WASHINGTON (Reuters)
– ", one run into the text after a headline), parentheses, clock times,
openers ("Zwar", "However,") and reporting frames. Of a run-on sentence (a
headline run into the text, two German clauses joined by a colon) only the
part with the date is read. Rules, in order, since no trained parser is
available:

* a happening named by the noun phrase the date belongs to ("seit Beginn des
  Krieges im Februar 2022") is the title ("Beginn des Krieges"); a date in a
  relative or subordinate clause titles that clause, made a main clause
  ("..., die am 1. Mai stattfindet" -> "Die Seligsprechung ... findet
  statt"; :mod:`timeline.title_side`); a date counted from a happening
  ("Sixty-one days after a BP rig exploded, ...") titles that happening;
* a statement becomes "Speaker: what was said" ("sagte Kreml-Sprecher Dmitri
  Peskow am Dienstag ...: „Kein Kommentar.“" -> "Kreml-Sprecher Dmitri
  Peskow: Kein Kommentar"); an impersonal frame ("heißt es", "it said") is
  dropped and only what was said stays (:mod:`timeline.title_speech`);
* a listing line becomes "Place: what" ("Theater & Bühne Brixen: „Titel“:
  Kabarett, im Keller, 20 Uhr" -> "Brixen: Kabarett „Titel“";
  :mod:`timeline.title_text`);
* an accusation keeps what the accused is said to have done ("X wirft Moskau
  vor, Raketen abgefeuert zu haben" -> "Moskau soll Raketen abgefeuert haben";
  "X accused Moscow of firing missiles" -> "Moscow accused of firing missiles");
* anything else is the sentence without its dates, subject first (German
  verb-second word order restored: :mod:`timeline.title_german`; an English
  apposition between the subject and its verb and a cleft that stressed the
  date go: :mod:`timeline.title_english`).

A title longer than :data:`TARGET_TITLE` is shortened at a clause boundary,
keeping its subject and verb, and in German the verb that closes the clause
(:mod:`timeline.title_fit`), never where the words cut off complete it ("made a
series" without "of decisions"); only when nothing else fits is it cut at a
word with "…" (the limits: :mod:`timeline.title_sizes`). ``Title.quality``
orders proposals for one event (lower is better): a title cut short, without a
verb, dated by a side clause or in the first person is a weaker choice. The
result is a proposal: the title is a field a person is expected to edit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.furniture import TIME_ZONES
from timeline.lexicon import concepts, happening_concepts
from timeline.sentences import words
from timeline.title_english import (
    anchor_clause,
    second_predicate,
    without_apposition,
    without_cleft,
)
from timeline.title_fit import (
    fit_title,
    has_finite_verb,
    tidy,
    tidy_spaces,
)
from timeline.title_german import (
    capitalise,
    says_nothing_alone,
    verb_second,
)
from timeline.title_side import (
    english_side_clause,
    german_side_clause,
)
from timeline.title_sizes import (
    MAX_TITLE,
    MIN_TITLE_WORDS,
    PENALTY_CUT,
    PENALTY_NO_VERB,
    TARGET_TITLE,
)
from timeline.title_speech import (
    ENGLISH_OPENING,
    SPEECH_VERBS,
    perfect_speech_title,
    speech_title,
    statement_title,
)
from timeline.title_text import (
    drop_leading_fillers,
    listing_title,
    remove_clock_times,
    remove_dates,
    sentence_pieces,
    strip_extras,
)

__all__ = ["MAX_TITLE", "TARGET_TITLE", "Title", "make_title"]

PENALTY_FIRST_PERSON = 1
PENALTY_OTHER_DATE = 2
_IMPERSONAL_FRAMES = [
    re.compile(r"[,\s]*[\"“”„«»]?\s*,?\s*(?:heißt|hieß) es\b[^\"„“”]*$"),
    re.compile(r"[,\s]*[\"“”„«»]?\s*,\s*(?:it|they|he|she)\s+(?:said|added|stated)\b[^\"“”]*$",
               re.IGNORECASE),
    # ', said the mayor' ends a quotation; ', said that Tamiflu had proved' is what was said
    re.compile(
        r"[,\s]*[\"“”]?\s*,\s*(?:said|added|according to)\s+"
        r"(?![^,\"“”]*\b(?:that|was|were|had|has|have|is|are|would|will|could|did)\b)"
        r"[^,\"“”]{1,60}$"
    ),
    # ", wie Reuters berichtet", ", as the BBC reported": the cited source says who reported.
    re.compile(r",\s*wie\s+[^,\"„“”]{1,60}\s(?:berichtet|berichtete|berichteten|meldet|meldete|"
               r"mitteilte|mitteilten|bestätigte|bestätigten|sagte|sagten|erklärte|"
               r"erklärten)[.!]?$"),
    re.compile(r",\s*as\s+[^,\"“”]{1,60}\s(?:reported|reports|said|announced)[.!]?$"),
]
# What may stand between two date phrases that date the same clause ("am 30. Dezember
# und am 2. Januar", "on May 3 and 4").
_DATE_JOINER = re.compile(
    r"^[\s,]*(?:(?:und|sowie|bzw\.|oder|bis|and|or|to|[-–])\s*)?(?:(?:am|on|dem|the)\s+)?$",
    re.IGNORECASE,
)
# "seit Beginn des Krieges im Februar 2022", "seit dem Treffen zwischen Putin und
# Kim im September": the date belongs to the noun phrase (the start of the war,
# the meeting), not to what the sentence reports.
_ANCHORED_NOUN = [
    re.compile(
        r"\b(?:seit|nach|vor|bis zum|bis zur)\s+"
        r"(?:(?:dem|der|den|einem|einer|seinem|seiner|ihrem|ihrer)\s+)?"
        r"([^,;:()\"„“]{2,80}?)\s+(?:im|am|in|vom|von)\s*$"
    ),
    re.compile(
        r"\b(?:since|after|before|until)\s+(?:(?:the|a|its|his|her|their)\s+)?"
        r"([^,;:()\"“]{2,80}?)\s+(?:in|on)\s*$",
        re.IGNORECASE,
    ),
]
# A noun phrase this short ("seinem ersten Atombombentest") says less than the sentence.
MIN_NOUN_PHRASE_WORDS = 3
_EVENT_NOUNS = frozenset(
    ("Beginn", "Anfang", "Ende", "Ausbruch", "Start", "start", "beginning", "outbreak", "end")
)
_GERMAN_SUBJECT = re.compile(
    r"^(?P<verb>[a-zäöüß]\w*)\s+(?P<subject>(?:(?:der|die|das|ein|eine|\d[\d.,]*)\s+)"
    r"(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][\w-]*(?=\s+[a-zäöüß]))(?:\s+(?P<rest>.*))?$"
)
# Whom an accusation is made against: a name, or a dative noun phrase with a genitive
# ("der Besatzung eines Frachtschiffs").
_ACCUSED = (
    r"(?:(?:der|den|dem)\s+(?:[a-zäöüß][\w-]*\s+){0,3})?"
    r"[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,4}"
    r"(?:\s+(?:des|der|eines|einer)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)?"
)
_ACCUSATION = {
    "de": re.compile(
        r"^.*?\b(?:(?:wirft|warf|werfen|warfen)\s+(?P<object>" + _ACCUSED + r")\s+"
        r"(?:[a-zäöüß]\w*\s+){0,3}vor"
        r"|(?:hat|haben|hatte|hatten)\s+(?:(?!der\b|den\b|dem\b)[a-zäöüß]\w*\s+){0,2}"
        r"(?P<object2>" + _ACCUSED
        + r")\s+(?:[a-zäöüß]\w*\s+){0,3}vorgeworfen)"
        r",\s+(?P<clause>.+?)\s+zu\s+(?P<aux>haben|sein)\b"
    ),
    "en": re.compile(
        r"^.*?\baccused\s+(?P<object>(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})\s+"
        r"(?P<clause>of\s+\w+ing\b.*)$"
    ),
}
# A German adverbial opening a clause: a preposition, lowercase words, a noun.
_LEADING_ADVERBIAL = re.compile(
    r"^(?:bei|in|an|auf|nach|während|mit|trotz|wegen)\s+(?:[a-zäöüß\d][\w-]*\s+){0,3}"
    r"[A-ZÄÖÜ][\w-]*\s+(?=\S)"
)
_FIRST_PERSON = re.compile(r"^(?:Wir|Ich|Unser\w*|We|I|Our)\b")
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She|It|They|His|Her|Its|Their|Er|Sie|Es|Sein\w*|Ihr\w*)\b")


@dataclass(frozen=True)


class Title:
    """A proposed title; ``quality`` orders proposals, lower is better."""

    text: str
    quality: int


def make_title(
    sentence: str,
    date_span: tuple[int, int],
    all_date_spans: list[tuple[int, int]],
    language: str = "de",
    name_pronoun: Callable[[str], str] | None = None,
) -> Title:
    """Title for the event dated by ``sentence[date_span[0]:date_span[1]]``.

    ``all_date_spans`` are the offsets (within the sentence) of every date
    phrase of the sentence, so that "am 30. Dezember und am 2. Januar" goes
    away as a whole; a date that follows another date of the sentence without
    being coordinated with it probably dates a side clause, which makes the
    title a weaker choice for its event. ``name_pronoun`` puts the name a leading
    pronoun stands for in its place (:mod:`timeline.title_reference`).
    """
    named = name_pronoun or (lambda text: text)
    language = language if language in SPEECH_VERBS else "en"
    spans = sorted(all_date_spans)
    sentence, date_span, spans = _after_inner_dateline(sentence, date_span, spans)
    penalty = PENALTY_OTHER_DATE if _dates_a_side_clause(sentence, date_span, spans) else 0
    named_happening = _happening_the_date_names(sentence, date_span, spans, language)
    if named_happening:
        # "... since the Exxon Valdez disaster in 1989, officials said": what the
        # sentence reports happened later; the date dates the disaster.
        text, fit_penalty = fit_title(named_happening, language)
        return Title(_finish(text), 1 + fit_penalty)
    statement = statement_title(sentence, date_span, spans, language)
    if statement is None:
        sentence, date_span, spans = _piece_with_date(sentence, date_span, spans, language)
        if language == "en":
            sentence, date_span, spans = _after_label(sentence, date_span, spans)
            second = second_predicate(sentence, date_span, spans)
            if second is not None:
                sentence, date_span, spans = second
    if sentence.rstrip(" \"”'").endswith("?"):
        penalty += PENALTY_CUT  # a question asks, it does not tell what happened
    side = None if statement else _side_title(sentence, date_span, spans, language)
    if side is not None:
        text, fit_penalty = fit_title(named(tidy(side)), language)
        return Title(_finish(text), 1 + fit_penalty + _weakness(text, language))
    body = tidy_spaces(strip_extras(_body_without_dates(sentence, spans, language)))
    body = re.sub(r"^[\s:;,–—-]+", "", body)  # what a clock time before a colon left
    body = drop_leading_fillers(body, language) if language == "en" else _without_label(body)
    body = _drop_frames(body)
    text = (
        statement
        or _listing(body, language)
        or speech_title(body, language)
        or perfect_speech_title(body, language)
        or _accusation_title(body, language)
        or _plain_title(body, sentence, date_span, language)
    )
    text = tidy(text)
    if len(re.findall(r"\w+", text)) < 2:
        # Only a date ("Am 3. Januar."): the sentence itself says more than nothing.
        text = tidy(strip_extras(sentence)) or sentence.strip()
        penalty += PENALTY_CUT
    text, fit_penalty = fit_title(named(text), language)
    if _FIRST_PERSON.match(text) or _PRONOUN_SUBJECT.match(text):
        # "Wir verurteilen ...", "He was denied bail": who that is is not in the title, so
        # another source's title naming them is the better one.
        penalty += PENALTY_FIRST_PERSON
    return Title(_finish(text), fit_penalty + penalty + _weakness(text, language))


def _side_title(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]], language: str
) -> str | None:
    """The happening the date belongs to when that is not what the sentence reports: a
    noun phrase ("seit Beginn des Krieges im Februar 2022") or a relative or
    subordinate clause ("..., die am 1. Mai stattfindet")."""
    earlier = [end for start, end in spans if end <= date_span[0]]
    window = sentence[max(earlier, default=0) : date_span[0]]
    noun_phrase = _anchored_noun_phrase(window, language) or _possessive_anchor(
        sentence, date_span, language
    )
    if noun_phrase:
        return noun_phrase
    if language == "en":
        anchored = anchor_clause(sentence, date_span[1], spans)
        if anchored:
            return anchored
    if language == "de":
        return german_side_clause(sentence, date_span, spans)
    return english_side_clause(sentence, date_span, spans)


def _possessive_anchor(sentence: str, date_span: tuple[int, int], language: str) -> str | None:
    """"since April's explosion on the rig" -> "Explosion on the rig": the happening a
    date in the possessive names."""
    if language != "en" or not re.search(
        r"\b(?:after|since|before|until|following|ahead\s+of)\s+(?:the\s+)?$",
        sentence[: date_span[0]],
    ):
        return None
    match = re.match(r"['’]s\s+([^,;:()\"“”]+)", sentence[date_span[1] :])
    if not match:
        return None
    words_after: list[str] = []
    for word in match.group(1).split():
        if word.lower().strip(".") in _POSSESSIVE_STOP:
            break
        words_after.append(word)
    phrase = " ".join(words_after).rstrip(".")
    return capitalise(phrase) if len(words_after) >= 2 else None


_POSSESSIVE_STOP = words(
    "that which who not to was were is are has had have will would could said says"
)
# "SINGAPORE, June 29 (Reuters) - ": a dateline inside the text, after a headline or
# a teaser the sentence splitter left in front of it.
_INNER_DATELINE = re.compile(
    r"(?:\b[A-ZÄÖÜ][A-ZÄÖÜ .'/-]{2,},?\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?"
    r"(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}\s+)?)?"
    r"\((?:Reuters|AP|AFP|dpa|APA|Reuters Health|Xinhua)\)\s*[-–—]+\s+"
)
# "PASSENGERS URGED TO COME FORWARD The Mexican man arrived ...": a subheading run in.
_CAPS_HEADING = re.compile(r"^(?:[A-ZÄÖÜ][A-ZÄÖÜ'’-]+\s+){2,}(?=[A-ZÄÖÜ][a-zäöüß])")


def _after_inner_dateline(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]]
) -> tuple[str, tuple[int, int], list[tuple[int, int]]]:
    cut = 0
    datelines = list(_INNER_DATELINE.finditer(sentence))
    if datelines and datelines[-1].start() > 0 and datelines[-1].end() < len(sentence) - 10:
        dateline = datelines[-1]
        if len(sentence[dateline.end() :].split()) < MIN_TITLE_WORDS + 2:
            # The story's first sentence was cut off: its headline says more.
            headline = re.sub(r"^(?:\*\s*)?Says\s+", "", sentence[: dateline.start()])
            return headline, (0, 0), []
        cut = dateline.end()
    heading = _CAPS_HEADING.match(sentence, cut)
    if heading:
        cut = heading.end()
    if cut == 0:
        return sentence, date_span, spans
    moved = [(a - cut, b - cut) for a, b in spans if a >= cut]
    span = (date_span[0] - cut, date_span[1] - cut) if date_span[0] >= cut else (0, 0)
    return sentence[cut:], span, moved


def _piece_with_date(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]], language: str
) -> tuple[str, tuple[int, int], list[tuple[int, int]]]:
    """The sentence of a run-on "sentence" (several sentences the splitter missed) that
    holds the date; in German also the clause before or after a colon that joins two
    ("..., im zweiten Anlauf klappte es dann: Der Gemeinderat sprach sich am Dienstag
    ... aus")."""
    pieces = sentence_pieces(sentence)
    if len(pieces) < 2:
        pieces = _semicolon_pieces(sentence, language)
    if len(pieces) < 2 and language == "en":
        pieces = _coordinated_pieces(sentence)
    if len(pieces) < 2 and language == "de":
        pieces = _colon_pieces(sentence)
    if len(pieces) < 2:
        return sentence, date_span, spans
    index = next((i for i, (a, b) in enumerate(pieces) if a <= date_span[0] < b), 0)
    start, end = pieces[index]
    if index + 1 < len(pieces) and not sentence[date_span[1] : end].strip(" .,:;") and not (
        has_finite_verb(sentence[start : date_span[0]], language)
    ):
        # "Haiti earthquake: Your stories Wednesday 13 January It is feared ...": the date
        # closes a heading; the sentence after it says what happened
        start, end = pieces[index + 1]
    moved = [(a - start, b - start) for a, b in spans if start <= a and b <= end + 1]
    span = (date_span[0] - start, date_span[1] - start) if start <= date_span[0] else (0, 0)
    return sentence[start:end], span, moved


_NOT_A_LABEL = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|of|in|on|at|by|for|with|from|since|until|"
    r"during|before|after|even|as)\b",
    re.IGNORECASE,
)


def _after_label(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]]
) -> tuple[str, tuple[int, int], list[tuple[int, int]]]:
    """"First broadcast 22 January 2010 Only small numbers of doctors are ...": a label
    and the date it gives, before the sentence that starts after them."""
    label = sentence[: date_span[0]]
    if not label.strip() or len(label.split()) > 4 or has_finite_verb(label, "en") or "," in label:
        return sentence, date_span, spans
    if not re.match(r"\s+[A-Z]", sentence[date_span[1] :]) or _NOT_A_LABEL.search(label):
        return sentence, date_span, spans  # "After the 2002 Prestige oil spill": a phrase
    start = date_span[1] + len(sentence[date_span[1] :]) - len(sentence[date_span[1] :].lstrip())
    moved = [(a - start, b - start) for a, b in spans if a >= start]
    return sentence[start:], (0, 0), moved


def _semicolon_pieces(sentence: str, language: str) -> list[tuple[int, int]]:
    """The clauses a semicolon joins ("in 1692 a quake killed 2,000; in 1843 a quake killed
    5,000"), when each has a verb of its own."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r";\s+", sentence):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(sentence)))
    if len(pieces) < 2 or not all(
        has_finite_verb(sentence[a:b], language) and len(sentence[a:b].split()) > MIN_TITLE_WORDS
        and not re.match(r"\S+(?:ed|ing)\b", sentence[a:b])  # "Pressured by Congress, ..."
        for a, b in pieces
    ):
        return []
    return pieces


def _coordinated_pieces(sentence: str) -> list[tuple[int, int]]:
    """Two English main clauses, each with its subject, that "but", "while" or ", and"
    join ("Official figures were not available but two traders estimated the imports in
    2008 at $11 million")."""
    match = re.search(r",?\s+but\s+|,\s+(?:and|while|whereas)\s+", sentence)
    if match is None:
        return []
    first, second = sentence[: match.start()], sentence[match.end() :]
    if len(first.split()) <= MIN_TITLE_WORDS or len(second.split()) <= MIN_TITLE_WORDS:
        return []
    if "," in first and len(first.rsplit(",", 1)[-1].split()) <= 2:
        return []  # "from Louisiana, Mississippi, and Florida would": a list
    if not has_finite_verb(first, "en") or not _SUBJECT_START.match(second):
        return []
    verb = re.search(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
                     r"\w{3,}ed|said|says)\b", second)
    if verb is None or len(second[: verb.start()].split()) > 8:
        return []
    return [(0, match.start()), (match.end(), len(sentence))]


_SUBJECT_START = re.compile(
    r"(?:the|a|an|its|their|his|her|this|these|those|some|many|most|two|three|four|five|"
    r"it|they|he|she|we|[A-Z][\w.'’-]*)\b(?!\s+(?:is|are|was|were|has|have|had)\s+been\b)"
)


def _colon_pieces(sentence: str) -> list[tuple[int, int]]:
    """A German sentence of two main clauses joined by a colon, not a label, a listing line
    or what a speaker said: each clause has a verb and four words."""
    colon = sentence.find(": ")
    if colon < 0 or sentence.find(": ", colon + 1) >= 0:
        return []
    before, after = sentence[:colon], sentence[colon + 2 :]
    if len(before.split()) < MIN_TITLE_WORDS + 1 or len(after.split()) < MIN_TITLE_WORDS + 1:
        return []
    if re.search(rf"\b(?:{SPEECH_VERBS['de']}|heißt|hieß|meint|so)\b", before):
        return []
    if not has_finite_verb(before, "de") or not has_finite_verb(after, "de"):
        return []
    return [(0, colon), (colon + 2, len(sentence))]


# "Zwei Tage später, am Freitag, sperrte ...": a weekday that restates the date taken out.
_WEEKDAY_APPOSITION = re.compile(
    r"^[\s,]*(?:am|an|on)\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\w*\s*,\s*"
)


def _body_without_dates(sentence: str, spans: list[tuple[int, int]], language: str) -> str:
    text = remove_clock_times(remove_dates(sentence, spans, language))
    text = _WEEKDAY_APPOSITION.sub("", text)
    # "19 JANUARY, 1300 GMT, THREE HOURS FROM SANTO DOMINGO Three hours into": what is left
    # of a dateline and its heading
    text = re.sub(rf"^\W*(?:{TIME_ZONES}|UK)\b[\s,:]*", "", text)
    text = _CAPS_HEADING.sub("", text)
    # "und zwar nach Schlanders und Brixen", ", officially known as H1N1,": details
    text = re.sub(r"\s+und zwar\b[^.;:]*", "", text)
    text = re.sub(
        r",\s(?:[a-z]+ly\s)?(?:known|called|named|dubbed)\s(?:[a-z]+ly\s)?(?:as\s)?[^,]{1,50},"
        r"(?P<next>\s+\S+)",
        # "The animal, known as Khanzir, the Pashtu word for pig, was given": another aside
        # keeps its comma
        lambda found: (
            "," + found.group("next") if re.match(r"\s+(?:the|a|an)$", found.group("next"))
            else found.group("next")
        ),
        text,
    )
    text = re.sub(
        r",\s(?:if|when|however|though|too|also|meanwhile|perhaps|apparently|officials said|"
        r"he said|she said|they said|analysts say)(?:\s[a-z]+)?,\s", " ", text
    )
    # "the networks -- CNN, Fox News and MSNBC -- turned": an aside between dashes
    text = re.sub(r"\s(?:--|[–—])\s[^–—]{1,80}?\s(?:--|[–—])\s", " ", text)
    # "showed that, a total" after a date went; "After that, the goal is" keeps its comma
    text = re.sub(r"(?<!After )(?<!after )(?<!Before )(?<!Despite )\b(that|dass),\s+", r"\1 ",
                  text)
    # ", so scheint es,": a remark on the statement, not part of it.
    text = re.sub(r"(^|,)\s*so\s+(?:scheint|schien|heißt|hieß)\s+es\s*,", r"\1", text)
    return re.sub(r"\(\s*\)|(?:--|[–—])\s*(?:--|[–—])|,\s*(?=--|[–—]\s)", " ", text)


def _without_label(body: str) -> str:
    """"Zur Erinnerung: hatte die Autobahn GmbH mitgeteilt" (its date taken out) -> "Die
    Autobahn GmbH hatte mitgeteilt": a label before a clause whose date opened it."""
    label, colon, rest = body.partition(": ")
    if not colon or len(label.split()) > 3 or not rest[:1].islower():
        return body
    turned = verb_second(rest)
    return turned if turned is not None else body


def _listing(body: str, language: str) -> str | None:
    return listing_title(body) if language == "de" else None


def _weakness(text: str, language: str) -> int:
    """A title that names no verb ("Brixen: Adventskranzweihe") is a weaker choice; one
    of two or three words ("Start war", "24, im Pfarrzentrum") is weaker still."""
    content = text.split(": ", 1)[1] if ": " in text else text
    penalty = 0 if has_finite_verb(content, language) else PENALTY_NO_VERB
    if language == "de" and says_nothing_alone(content):
        penalty += PENALTY_CUT  # "X hatte den Ermittlern erklärt": what was said is missing
    if len(re.findall(r"[^\W\d_]{2,}", text)) < MIN_TITLE_WORDS:
        penalty += PENALTY_CUT
    return penalty


def _dates_a_side_clause(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]]
) -> bool:
    earlier = [end for start, end in spans if end <= date_span[0]]
    if not earlier:
        return False
    return not _DATE_JOINER.match(sentence[max(earlier) : date_span[0]])


def _anchored_noun_phrase(before: str, language: str = "de") -> str | None:
    for pattern in _ANCHORED_NOUN:
        match = pattern.search(before)
        if not match:
            continue
        tokens = match.group(1).split()
        if tokens[-1][:1].islower():
            continue  # "nach Südtirol und zwar vom 5. November": not a noun phrase
        while len(tokens) > 1 and tokens[0][:1].islower() and tokens[1][:1].isupper():
            tokens.pop(0)  # "persönlichen Treffen": an inflected attribute reads badly alone
        if language != "de" and (
            _ANCHORED_CLAUSE.search(" ".join(tokens)) or tokens[0].lower().endswith("ing")
        ):
            continue  # "after the virus was identified", "after arriving": not a noun phrase
        if len(tokens) >= MIN_NOUN_PHRASE_WORDS or tokens[0] in _EVENT_NOUNS:
            return " ".join(tokens)
    return None


def _happening_the_date_names(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]], language: str
) -> str | None:
    """The English noun phrase of a kind of happening the date belongs to, after a
    preposition or "and" ("the Three Mile Island nuclear accident in 1979", "unlike with
    the financial crisis two years ago"); None when the date dates the clause."""
    if language != "en":
        return None
    earlier = [end for start, end in spans if end <= date_span[0]]
    window = sentence[max(earlier, default=0) : date_span[0]]
    match = _HAPPENING_PHRASE.search(window)
    if match is None:
        return _attributed_happening(sentence, date_span, window)
    phrase, noun = match.group("phrase"), match.group("noun")
    tokens = phrase.split()
    if len(tokens) < 2 or _ANCHORED_CLAUSE.search(phrase) or any(
        token.lower() in _PHRASE_FUNCTION_WORDS for token in tokens
    ):
        return None
    link = match.group("link")
    date_text = sentence[date_span[0] : date_span[1]]
    if not match.group("anchor") and (
        link == "on" or (link is None and not date_text.endswith("ago"))
    ):
        # "oil from the spill on Monday", "the site of the leak late last week": the day
        # dates what was found or done there; "the crisis two years ago" names its time.
        return None
    if noun.endswith("s") and not noun.endswith(("ss", "is")):
        return None  # "before the rainy season begins in May": a verb, or many happenings
    if not concepts(noun, "en") & happening_concepts():
        return None
    return capitalise(phrase)


def _attributed_happening(sentence: str, date_span: tuple[int, int], window: str) -> str | None:
    """"noting that the 1918 Spanish flu outbreak which killed tens of millions started
    mildly" -> "Spanish flu outbreak killed tens of millions": a date that is an
    attribute of a happening's noun, in a phrase that is not the sentence's subject
    (the subject's date dates the clause: "The April 20 explosion killed 11 workers")."""
    if not _ATTRIBUTE_BEFORE.search(window):
        return None
    after = _ATTRIBUTED_NOUN.match(sentence[date_span[1] :])
    if after is None:
        return None
    phrase = after.group("phrase")
    tokens = phrase.split()
    if any(token.lower() in _PHRASE_FUNCTION_WORDS for token in tokens):
        return None
    if not concepts(tokens[-1], "en") & happening_concepts():
        return None
    clause = _relative_clause(after.group("clause") or "")
    place = after.group("place") or ""
    if not clause and not any(word[:1].isupper() for word in f"{phrase} {place}".split()):
        # "after the April 20 explosion", "at a midday news conference": without a name
        # or what it did, the happening says less than the sentence.
        return None
    return capitalise(" ".join(part for part in (phrase, place, clause) if part))


def _relative_clause(text: str) -> str:
    """"killed tens of millions started mildly" -> "killed tens of millions": the
    relative clause's verb and what follows it, up to the next verb."""
    kept: list[str] = []
    for word in text.split():
        if kept and (word.endswith("ed") or word in _FINITE_VERBS or word in _JOINERS):
            break
        kept.append(word)
    return re.sub(r"(?:\s+(?:and|or|but))+$", "", " ".join(kept).rstrip("."))


_JOINERS = words("and or but while as")
_FINITE_VERBS = words(
    "is was are were has had began hit struck left became came went took made led spread "
    "fell rose brought sent saw gave found"
)
# "..., noting that the", "such as the", "during the": not the sentence's first words.
_ATTRIBUTE_BEFORE = re.compile(r"\S.*\b(?:the|a)\s+$", re.IGNORECASE)
# The noun phrase after the date, up to 4 words, and a relative clause that tells what
# the happening did ("that killed 15 workers").
_ATTRIBUTED_NOUN = re.compile(
    r"^\s+(?P<phrase>[a-zA-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
    r"(?=\s*(?:[,;:.()]|$|\s(?:which|that|on|in|at|with|and|of|to|for|was|is|has|had)\b))"
    # where it happened or what of: "in the Gulf of Mexico", "of Sars"
    r"(?:\s+(?P<place>(?:in|of|at|near|off)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}))?"
    r"(?:,?\s+(?:which|that)\s+"
    r"(?P<clause>(?:\w+ed|began|hit|struck|left)\b(?:[^,;:()]|(?<=\d),(?=\d))*))?"
)
_HAPPENING_PHRASE = re.compile(
    r"\b(?:(?P<anchor>since|after|before|until|following|ahead\s+of)|of|into|with|like|than|"
    r"and|as|during|from)\s+the\s+(?P<phrase>(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]{4,}))"
    r"\s*(?P<link>in|on|of)?\s*$"
)
_PHRASE_FUNCTION_WORDS = _POSSESSIVE_STOP | words("of a an the his her its their this that")
_ANCHORED_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|did|\w+ed|took|began|hit|said)\b"
)


def _accusation_title(body: str, language: str) -> str | None:
    match = _ACCUSATION[language].match(body)
    if not match:
        return None
    accused = match.group("object") or match.groupdict().get("object2") or ""
    if language == "en":
        accused = re.sub(r"^the\s+", "", accused)
        return f"{accused} accused {match.group('clause')}"
    article = re.match(r"(der|den|dem)\s+", accused)
    if article:
        if article.group(1) == "dem":
            return None  # "dem Land": der or das? The nominative cannot be told.
        accused = "Die " + accused[article.end() :]  # dative "der"/"den" -> nominative "die"
    clause = match.group("clause")
    text = f"{accused} soll {clause} {match.group('aux')}"
    shorter = _LEADING_ADVERBIAL.sub("", clause)
    if len(text) > TARGET_TITLE and shorter != clause:
        # "bei zwei konkreten Gelegenheiten": when or how often, which the dates show.
        text = f"{accused} soll {shorter} {match.group('aux')}"
    return text


def _plain_title(body: str, sentence: str, date_span: tuple[int, int], language: str) -> str:
    text = drop_leading_fillers(tidy(_drop_frames(body)), language)
    if language == "en":
        text = without_cleft(without_apposition(capitalise(ENGLISH_OPENING.sub("", text))))
        said = _ANAPHORIC_FRAME.match(text)
        if said and has_finite_verb(text[said.end() :], language):
            text = capitalise(text[said.end() :])  # who "it" is is not in the title
    elif text[:1].islower():
        text = verb_second(text) or _verb_first_to_subject_first(text)
    if text[:1].islower():
        # "Im Jahr 2006 testete Kim Jong Un ..." cannot lose its opening date
        # phrase without the verb coming first: keep the sentence whole.
        text = tidy(_drop_frames(tidy_spaces(strip_extras(sentence))))
    return text


# "Its statement said flu experts were ...", "They said travel patterns were ...": a
# frame whose speaker is not in the title; what was said is.
_ANAPHORIC_FRAME = re.compile(
    r"^(?:(?:Its|Their|His|Her)\s+(?:\w+\s+)?(?:statement|report|spokesman|spokeswoman|"
    r"spokesperson|website|letter|study)|It|They|He|She)\s+(?:said|says|added|reported|noted|"
    r"stated|wrote)\s+(?:that\s+)?(?=[a-z]+\s+(?:[a-z]+\s+)?(?:is|are|was|were|had|has|have|"
    r"would|will|could|may|might|\w+ed)\b|[A-Z])"
)


def _drop_frames(text: str) -> str:
    for frame in _IMPERSONAL_FRAMES:
        text = frame.sub("", text)
    return text


def _verb_first_to_subject_first(text: str) -> str:
    """"sagte das Weiße Haus, ..." -> "Das Weiße Haus sagte, ..."; the simpler rule when
    :func:`verb_second` finds no subject."""
    match = re.match(r"^(\w+)\s+((?:\S+\s+){0,4}?\S+),\s+(.*)$", text)
    if match and match.group(2)[:1].isalpha():
        verb, subject, rest = match.groups()
        return f"{subject[:1].upper()}{subject[1:]} {verb}, {rest}"
    match = _GERMAN_SUBJECT.match(text)
    if not match:
        return text
    rest = f" {match.group('rest')}" if match.group("rest") else ""
    rotated = f"{match.group('subject')} {match.group('verb')}{rest}"
    return rotated[:1].upper() + rotated[1:]


def _finish(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if text.count("(") > text.count(")"):
        # A sentence in brackets, its end cut off: "(, a shard ... showed up"
        text = re.sub(r"\(\s*[,;:]?\s*", "", text, count=1).strip()
    return text[:1].upper() + text[1:] if text else text
