"""Which dates in a sentence date something that happened, was said or is scheduled.

The filters of :mod:`timeline.events`: a date phrase the tagger found makes a
candidate event unless it dates nothing that happened:

* a season named without a year ("des harten Winters"); a bare "heute" or
  "derzeit" in a clause that reports no happening;
* a clock time that stamps a live-blog entry or belongs to a schedule; a
  relative phrase counted from another happening the tagger cannot place;
* a deadline or offer ("bis Ende April", "until the end of March"), a year in
  a name ("fiscal 2024", "Geschäftsjahr 2024", "the 2024/25 season"), a
  record's yardstick ("the first pandemic since 1968"), a date BC;
* an approximate distance ("vor gut einer Woche"), a decade counted from now,
  a bare clock time that belongs to another day of its sentence, a time
  converted to another zone, a counterfactual clause;
* a writer's or commenter's own voice ("I bought my first camera in 2000").

It also finds the noun phrase a date belongs to ("seit der Vollsperrung am 3.
März"), which the merge step compares instead of the whole sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from timeline.dates.de_words import STRONG_PAST_WORDS, is_weak_preterite
from timeline.dates.types import Timex, TimexType
from timeline.furniture import TIME_ZONES
from timeline.lexicon import concepts, happening_concepts
from timeline.sentences import Sentence, words
from timeline.timex import InvalidTimexValue, Precision, parse_value

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

# A clock time alone ("14.05 Uhr", "8 pm", "14:30 GMT"): it names no day of its own.
_BARE_CLOCK = re.compile(
    r"^(?:um\s+|at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:uhr|h|a\.?m\.?|p\.?m\.?)?"
    rf"(?:\s*(?:{TIME_ZONES}|local\s+time|Ortszeit))?$",
    re.IGNORECASE,
)
# What joins the two ends of a range of clock times: "9 bis 17 Uhr", "9 am to 5 pm".
_CLOCK_RANGE = re.compile(r"^\s*(?:bis|to|until|till|and|und|[-–])\s*$", re.IGNORECASE)
# Words after a date phrase that date it from another happening, not from the
# publication date ("am Abend zuvor", "the day before"): the tagger cannot place them.
_ANAPHORIC_AFTER = re.compile(
    r"^\s*(?:zuvor|davor|danach|darauf|vorher|später|before|earlier|later)\b", re.IGNORECASE
)

# A date that only bounds something ("until the end of March", "bis Ende April",
# "by Friday", "spätestens am 3. Mai"): a deadline or an offer, not a happening.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|by|no\s+later\s+than|up\s+to|not\s+before|"
    r"bis(?:\s+(?:zum|zur|spätestens|einschließlich|längstens))?|spätestens(?:\s+(?:am|bis|zum))?|"
    r"noch\s+bis|längstens\s+bis)\s+(?:(?:the|dem|den|der|am)\s+)?$",
    re.IGNORECASE,
)
# Names that contain a year but date no happening: "fiscal 2024", "FY2025",
# "Geschäftsjahr 2024", "the 2024/25 season", "model year 2026".
_NAME_BEFORE = re.compile(
    r"\b(?:fiscal(?:\s+year)?|financial\s+year|FY|Geschäftsjahr(?:es)?|Haushaltsjahr(?:es)?|"
    r"Wirtschaftsjahr(?:es)?|Saison|Spielzeit|Modelljahr|model\s+year|Jahrgang|class\s+of)"
    r"\s*[-']?\s*$",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(
    r"^\s*(?:/\s*\d{2}\b|[-–]\s*\d{2}\s+(?:season|Saison)|(?:season|Saison|budget|"
    r"Haushalt|model|Modell)\b)",
    re.IGNORECASE,
)

# "the first pandemic since 1968", "die schwerste Flut seit 2002": the date only
# measures a record; the sentence reports something else.
_RECORD_SINCE = re.compile(
    r"\b(?:first|worst|biggest|largest|highest|lowest|most|least|best|strongest|weakest|"
    r"deadliest|longest|only|erste[nmrs]?|erstmals|schlimmste[nmrs]?|größte[nmrs]?|"
    r"höchste[nmrs]?|niedrigste[nmrs]?|stärkste[nmrs]?|schwerste[nmrs]?|tiefste[nmrs]?|"
    r"schlechteste[nmrs]?|beste[nmrs]?|längste[nmrs]?)\b[^.;:]{0,60}\b(?:since|seit)\s+"
    r"(?:(?:the|dem|den|der)\s+)?$",
    re.IGNORECASE,
)
# "vor gut einer Woche", "about a week ago": an approximate distance names no date.
_APPROXIMATE_BEFORE = re.compile(
    r"\b(?:gut|knapp|etwa|rund|fast|über|mehr\s+als|ungefähr|circa|ca\.|about|around|nearly|"
    r"almost|some|roughly|more\s+than|over)\s+$",
    re.IGNORECASE,
)
# An open parenthesis with a clock time and zone before the date: a conversion.
_IN_CONVERSION = re.compile(
    rf"\(\s*\d{{1,2}}[:.]?\d{{2}}\s*(?:[ap]\.?m\.?\s*)?(?:{TIME_ZONES})\s*,?\s*(?:on\s+)?$"
)
# "an dem Tag", "that day": a clock time in such a sentence belongs to the day referred to.
_THAT_DAY = re.compile(
    r"\b(?:an\s+(?:dem|diesem|jenem)\s+Tag|am\s+(?:selben|gleichen)\s+Tag|that\s+day|"
    r"on\s+the\s+day|the\s+same\s+day)\b",
    re.IGNORECASE,
)
# A clause about what did not happen: "Hätten wir die Risse im Dezember gefunden, ...",
# "If the cracks had been found in December".
_COUNTERFACTUAL = re.compile(
    r"^[\"„“»«']?\s*(?:Hätte[nt]?|Wäre[nt]?)\b|\bif\b[^,;]{0,80}\bhad\b|\bwould\s+have\b",
    re.IGNORECASE,
)
# "seit der Vollsperrung am 3. März", "bis zur Sprengung am 6. April", "since the
# explosion on April 20": the date belongs to the noun phrase before it.
_ANCHORING_NOUN = re.compile(
    r"\b(?:seit|nach|vor|bis\s+zu[mr]|since|after|before|until|following|ahead\s+of)\s+"
    r"(?:(?:de[mnrs]|der|die|das|einem|einer|seinem|seiner|ihrem|ihrer|the|a|an|its|his|her|"
    r"their)\s+)?(?P<phrase>[^,;:()\"„“”»«]{3,70}?)\s+(?:am|im|vom|von|on|in|of)\s*$",
    re.IGNORECASE,
)
# Before Christ: "fourth century BC", "500 v. Chr." is not a calendar value here.
_BEFORE_CHRIST = re.compile(r"^\s*(?:BC|B\.C\.|BCE|v\.\s*Chr\.|vor\s+Christus)", re.IGNORECASE)

_CLAUSE_END = re.compile(r"[,;:]\s")
_OPEN_AUXILIARY = re.compile(
    r"\b(?:hat|haben|hatte|hatten|wurde|wurden|wird|werden|has|have|had|was|were)\b", re.I
)

_WORD = re.compile(r"\w+")
_PAST_AUXILIARIES = words("war waren warst wart wurde wurden wurdest hatte hatten hattest")
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
    if pattern.search(sentence):
        return True
    return language == "de" and _german_past_form(sentence)


def _german_past_form(sentence: str) -> bool:
    """A finite verb in the simple past ("entschuldigte sich", "löschte", "focht"): the
    date tagger's own test of German preterites (:mod:`timeline.dates.de_words`),
    which tells "sie verletzten sich" from "die verletzten Fahrer" by the word before.
    Not the tagger's wider list of past markers (PAST_WORDS), which holds "damals",
    "letzten" and "zuvor" too: "Heute ist es ruhiger als zuvor" reports nothing.
    "war", "wurde" and "hatte" are left to the rule for auxiliaries: "Heute war es
    ruhig" reports nothing either."""
    previous = ""
    for match in _WORD.finditer(sentence):
        word = match.group()
        if word.islower() and word not in _PAST_AUXILIARIES and (
            word in STRONG_PAST_WORDS or is_weak_preterite(word, previous)
        ):
            return True
        previous = word.lower()
    return False


def is_filler_now(
    timex: Timex, sentence: str, language: str, dct: date | None, offset: int | None = None
) -> bool:
    """"heute"/"derzeit" on the publication day in a clause that reports no happening.

    ``offset`` is where the word stands in ``sentence``; with it only the
    clause of the word counts ("Heute ist die Lage ruhiger, der Regen hat
    nachgelassen": the happening is not what "heute" dates), else the sentence.
    """
    words = timex.text.lower().split()
    if not words or any(word not in DEICTIC_NOW for word in words):
        return False
    if dct is not None and timex.value.split("T", 1)[0] not in (dct.isoformat(), ""):
        return False
    text = sentence if offset is None else clause_of(sentence, offset, language)
    return not has_event_predicate(text, language)


def clause_of(sentence: str, offset: int, language: str) -> str:
    """The clause around ``offset``, between commas, semicolons or colons.

    An auxiliary whose participle is not in the clause ("Heute hat der Landtag,
    wie erwartet, das Gesetz beschlossen") keeps the rest of the sentence, where
    the participle closes the verb.
    """
    start, end = 0, len(sentence)
    for match in _CLAUSE_END.finditer(sentence):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            end = match.start()
            break
    clause = sentence[start:end]
    if _OPEN_AUXILIARY.search(clause) and not has_event_predicate(clause, language):
        return sentence[start:]
    return clause


def is_clock_stamp(timex: Timex, sentence: Sentence, others: Sequence[Timex]) -> bool:
    """A clock time that says when a text was written or a schedule, not a day.

    A live blog starts its entries with the time ("14.05 Uhr: ..."); a clock
    time next to a set ("täglich ... 20 Uhr") or in a range of clock times
    ("von 9 bis 17 Uhr", "from 9 am to 5 pm": opening hours) belongs to a
    schedule. Either way the day it resolves to is only the publication day.
    """
    if not _BARE_CLOCK.match(timex.text.strip()):
        return False
    if timex.start == sentence.start and sentence.text[len(timex.text):].lstrip()[:1] == ":":
        return True
    if any(other.type is TimexType.SET for other in others):
        return True
    return any(
        other is not timex and _BARE_CLOCK.match(other.text.strip())
        and _CLOCK_RANGE.match(_between(sentence, timex, other))
        for other in others
    )


def _between(sentence: Sentence, first: Timex, second: Timex) -> str:
    if second.start < first.start:
        first, second = second, first
    return sentence.text[first.end - sentence.start : second.start - sentence.start]


def is_anaphoric(timex: Timex, sentence: Sentence) -> bool:
    """"am Abend zuvor": dated from another happening, which the tagger does not know.

    Only a relative phrase: "on May 14 before the vote" names its day itself.
    """
    following = sentence.text[timex.end - sentence.start :]
    return timex.relative and bool(_ANAPHORIC_AFTER.match(following))


def is_deadline(timex: Timex, sentence: Sentence) -> bool:
    """"until the end of March", "bis Ende April", "by Friday": a limit, not a happening."""
    before = sentence.text[: timex.start - sentence.start]
    return bool(_DEADLINE_BEFORE.search(before)) or timex.text.lower().startswith(
        ("until ", "bis ", "by ")
    )


def is_year_name(timex: Timex, sentence: Sentence) -> bool:
    """A year in a name: "fiscal 2024", "FY2025", "Geschäftsjahr 2024", "the 2024/25 season"."""
    if re.search(r"\b(?:fiscal|FY)", timex.text, re.IGNORECASE):
        return True
    before = sentence.text[: timex.start - sentence.start]
    after = sentence.text[timex.end - sentence.start :]
    return bool(_NAME_BEFORE.search(before) or _NAME_AFTER.match(after))


def is_record_or_era(timex: Timex, sentence: Sentence) -> bool:
    """"the first pandemic since 1968" (a record's yardstick), "fourth century BC"."""
    before = sentence.text[: timex.start - sentence.start]
    after = sentence.text[timex.end - sentence.start :]
    return bool(_RECORD_SINCE.search(before) or _BEFORE_CHRIST.match(after))


def is_vague(timex: Timex, sentence: Sentence, others: Sequence[Timex]) -> bool:
    """A date that points nowhere precise in this sentence.

    * an approximate distance ("vor gut einer Woche", "about a week ago");
    * a decade or century counted from now ("in the coming decade");
    * a bare clock time or part of the day ("ab 8 Uhr", "in der Nacht") in a
      sentence that names another day or refers to one ("an dem Tag"): it
      belongs to that day, not to the one the tagger guessed;
    * a counterfactual clause ("Hätten wir die Risse im Dezember gefunden").
    """
    before = sentence.text[: timex.start - sentence.start]
    if timex.relative and _APPROXIMATE_BEFORE.search(before):
        return True
    if timex.relative and re.fullmatch(r"\d{2,3}", timex.value):
        return True
    if _IN_CONVERSION.search(before) and not re.search(r"\)", before[-40:].split("(")[-1]):
        return True  # "on 1 June (0030 GMT 2 June)": the same moment in another zone
    if timex.type is TimexType.TIME and _has_no_day(timex.text) and (
        _THAT_DAY.search(sentence.text)
        or any(other is not timex and other.type is TimexType.DATE for other in others)
    ):
        return True
    return bool(_COUNTERFACTUAL.search(clause_of(sentence.text, timex.start - sentence.start, "")))


_DAY_WORDS = re.compile(
    r"\d{1,2}\.\s*\w|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|heute|gestern|morgen\b|today|yesterday|tomorrow|tonight|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januar|februar|märz|juni|juli|oktober|dezember",
    re.IGNORECASE,
)


def _has_no_day(text: str) -> bool:
    return not _DAY_WORDS.search(text)


def anchoring_phrase(timex: Timex, sentence: Sentence) -> str:
    """The noun phrase a date belongs to ("Vollsperrung der Lennetalbrücke" in "Seit der
    Vollsperrung der Lennetalbrücke am 3. März fehlt ..."), or "" when it dates the clause.
    What the sentence reports besides ("fehlt ihr ein Drittel der Kundschaft") is not
    what happened on that date, so the merge step compares the phrase.

    A date can name its happening as an attribute too: "victims of Tuesday's
    earthquake", "since the April 20 explosion", "das Hochwasser vom 14. Mai".
    """
    before = sentence.text[: timex.start - sentence.start]
    after = sentence.text[timex.end - sentence.start :]
    attribute = _attributed_noun(before, after)
    if attribute:
        return attribute
    match = _ANCHORING_NOUN.search(before)
    if match is None:
        return ""
    phrase = match.group("phrase")
    # A noun phrase, not a clause: no finite verb of its own.
    if len(phrase.split()) > MAX_FOCUS_WORDS or _OPEN_AUXILIARY.search(phrase):
        return ""
    return phrase


MAX_FOCUS_WORDS = 8


def _attributed_noun(before: str, after: str) -> str:
    """The happening a date is an attribute of: "Tuesday's earthquake", "the 12 January
    earthquake", "das Hochwasser vom 14. Mai"; "" otherwise."""
    possessive = _POSSESSIVE_NOUN.match(after)
    if possessive:
        return _noun_words(possessive.group("noun"))
    if _ATTRIBUTE_OPENER.search(before):
        attributive = _ATTRIBUTIVE_NOUN.match(after)
        if attributive:
            return _noun_words(attributive.group("noun"))
    german = _GERMAN_OF_DATE.search(before)
    if german:
        return german.group("noun")
    # "victims of the devastating earthquake on 12 January": a noun that names a kind of
    # happening, after "of" (not "vote on the deal on 24 March").
    named = _NOUN_ON_DATE.search(before)
    if named and concepts(named.group("noun"), "en") & happening_concepts():
        return named.group("noun")
    return ""


def _noun_words(words: str) -> str:
    """The words up to the first that ends the noun phrase; "" for a time of day."""
    kept: list[str] = []
    for word in words.split():
        # A stopword or a past-tense verb ("earthquake killed") ends the phrase.
        if word.lower() in _PHRASE_STOPS or (kept and len(word) > 4 and word.endswith("ed")):
            break
        kept.append(word)
    if not kept or kept[0].lower() in _TIMES_OF_DAY:
        return ""
    return " ".join(kept)


# "Tuesday's earthquake", "last week's vote".
_POSSESSIVE_NOUN = re.compile(r"^['’]s\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")
# "the April 20 explosion", "last Tuesday's", "the 12 January earthquake".
_ATTRIBUTE_OPENER = re.compile(r"\b(?:the|this|last)\s*$", re.IGNORECASE)
_ATTRIBUTIVE_NOUN = re.compile(r"^,?\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")
# "das Hochwasser vom 14. Mai", "der Streik vom Donnerstag".
_GERMAN_OF_DATE = re.compile(
    r"\b(?i:der|die|das|dem|den|des)\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)\s+vom\s*$"
)
_NOUN_ON_DATE = re.compile(r"\bof\s+the\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{4,})\s+(?:on|of)\s*$")
_PHRASE_STOPS = words(
    """
    that which who whose when where as and or but of in on at to for from by with after
    before since during until was were is are has have had be been will would could should
    may might can did does do not no said says this these those a an the its their his her
    """
)
_TIMES_OF_DAY = words("morning afternoon evening night midnight noon dawn deadline edition issue")


def focus_of(quote: str, date_text: str | None) -> str:
    """:func:`anchoring_phrase` of a stored source: its quote and date phrase."""
    start = quote.find(date_text) if date_text else -1
    if start < 0 or not date_text:
        return ""
    timex = Timex(start, start + len(date_text), date_text, TimexType.DATE, "")
    return anchoring_phrase(timex, Sentence(0, len(quote), quote))


def is_personal_aside(sentence: Sentence, language: str) -> bool:
    """A writer's or commenter's own voice, not a report: "I bought my first camera in
    2000", "Well, I've rambled on long enough", "In the 1900s we ransacked their
    habitats". Quoted speech and attributed statements ("We are prepared," she said)
    are reports and stay."""
    text = sentence.text
    if _CHAT.search(text):
        return True  # a reader's comment: "yesterday i ...", ":)", "!!!"
    if _READER_ADDRESS.match(text):
        return True  # the page speaks to its reader: "Join us at midday", "Folgen Sie uns"
    if _is_reader_letter(sentence):
        return True  # "Anne Wilkinson, in Ilkley, UK e-mails: ...": a reader writes in
    unquoted = _without_quotations(text)
    if unquoted is not None and _TOLD_THE_WRITER.search(unquoted):
        return True  # "An aid official told me last week that ...": the writer's own account
    if any(mark in text for mark in _QUOTE_MARKS) or _ATTRIBUTION.search(text):
        return bool(
            unquoted is not None and not _ATTRIBUTION.search(unquoted)
            and _first_person(unquoted)
        )  # 'It all reminds me of the comment "..."': the writer speaks outside the quote
    return bool(_FIRST_PERSON_OPENING.match(text) or _first_person(text))


def _is_reader_letter(sentence: Sentence) -> bool:
    """A reader's comment, letter or query, introduced by its writer: "Anne Wilkinson, in
    Ilkley, UK e-mails: ...", "Angela Coggan from Melton Mowbray is trying to trace ..."."""
    return bool(_COMMENT_LABEL.match(sentence.text) or _READER_QUERY.search(sentence.text))


def _without_quotations(text: str) -> str | None:
    """``text`` without its quotations, or None when a quotation runs on from or into
    another sentence (a mark without its partner): then what is quoted is unclear."""
    marks = sum(text.count(mark) for mark in "\"“”„«»")
    if marks % 2:
        return None
    return _QUOTATION.sub(" ", text)


# What edited news never writes: a lowercase "i" as a word, emoticons, "!!!".
_CHAT = re.compile(
    r"(?:^|\s)i(?:\s|'m\b)|(?<![\d(])[:;]-?[()](?!\w)|(?<!\w)[:;]-?[DPp](?!\w)|!!!|\?\?\?"
)


# An invitation to the reader, after a label at most ("Live Q&A: Post your questions ...
# Join our engineer at midday"): a promotion, never a happening.
_READER_ADDRESS = re.compile(
    r"^(?:[^:.!?]{1,40}:\s*)?(?:(?:Join|Post|Send|E-?mail|Click|Follow|Watch|Listen|Sign\s+up|"
    r"Subscribe|Share|Submit|Register|Tune\s+in|Vote|Comment|Tell\s+us|Get\s+in\s+touch|"
    r"Don't\s+miss|Do\s+not\s+miss)\s+(?:us|your|our|in|up|here|now|on|to|for|the\s+debate|"
    r"the\s+conversation|this)\b"
    r"|(?:Schicken|Schreiben|Senden|Diskutieren|Folgen|Melden|Abonnieren|Stimmen)\s+Sie\b)"
)
_QUOTE_MARKS = "\"“”„«»‚‘"
_FIRST_PERSON_OPENING = re.compile(
    r"^(?:[^,;:]{1,40},\s*|(?:In\s+the\s+end|At\s+first|Then|Later|Yesterday|Today|Gestern|"
    r"Heute|Dann|Später)\s+|(?:In|Since|By|During|Until|Seit|Im|Bis)\s+[^,;:\"“”„]{1,25}?\s+"
    r"(?=(?:we|wir)\b))?(?:(?:Well|So|But|And|Now|Also|Aber|Und|Nun),?\s+)?"
    r"(?:I|I'(?:ll|ve|m|d)|I\s+(?:ve|ll|m)|My|Ich|Mein\w*|[Ww]e(?:['’](?:ve|re|ll|d))?|"
    r"[Oo]ur|[Ww]ir|[Uu]nser\w*)\b"
)
_QUOTATION = re.compile(r"[\"“„«][^\"“”„«»]*[\"”“»]")
# A reader's letter or comment, introduced by its writer: "Anne Wilkinson, in Ilkley, UK
# e-mails:", "Tom from Leeds writes:".
_COMMENT_LABEL = re.compile(
    r"^[A-Z][^:.!?\"“]{1,60}?\s(?:e-?mails?|writes|wrote|texts|tweets|comments|schreibt|"
    r"mailt)\s*:"
)
# A reader's query or answer on a letters page: "Angela Coggan from Melton Mowbray is
# trying to trace relatives", "Jim from Atlanta sent us this message", "Rachael Jones
# emailed in May 2005 with a possible lead".
_READER_QUERY = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z(][\w'’.()-]*){0,3}\s+(?:from|of|in)\s+[A-Z][^:;\"“]{0,60}?\s+"
    r"(?:is|was|has\s+been)\s+(?:trying\s+to\s+(?:trace|find\s+out|locate)|researching|"
    r"(?:looking|searching)\s+for\s+(?:information|details|relatives|family|ancestors|"
    r"descendants|more)|hoping\s+to\s+(?:trace|hear))\b"
    r"|^[A-Z][^:;\"“]{0,80}?\b(?:sent\s+(?:us|in)|e-?mailed\s+(?:us|in)|contacted\s+us|got\s+in\s+"
    r"touch|wrote\s+(?:to\s+us|in))\b[^:;\"“]{0,60}?\b(?:query|request|response|message|reply|"
    r"suggestion|lead|enquiry|inquiry|question|information)\b"
    # "Paul Lord from Cheadle would like information about ...: Paul: ...", "John J Anderson
    # has responded to a query made by Lyn Evans: John: ...": a letter and its label
    r"|^[A-Z][^:;\"“]{0,80}?\b(?:(?:would\s+like|wants|wanted|is\s+keen)\s+(?:to\s+(?:know|hear|"
    r"find\s+out)|(?:more\s+|some\s+|any\s+)?information)|(?:has\s+)?(?:responded|replied|sent\s+"
    r"(?:a|this|an)\s+(?:\w+\s+)?(?:response|reply))\s+to\s+(?:a|the|this|an|[A-Z][\w'’ -]{1,30}?"
    r"['’]s)\s+(?:query|request|appeal|enquiry)|gave\s+us\s+the\s+following)\b[^:;\"“]{0,80}:\s*"
    r"[A-Z][\w'’-]*\s*:"
)
# The writer as the one told or shown: "told me", "sagte mir".
_TOLD_THE_WRITER = re.compile(
    r"\b(?:told|tells|telling|showed|shows|asked|e-?mailed|wrote\s+to|said\s+to|explained\s+to|"
    r"sagte|erzählte|erklärte|zeigte|schrieb)\s+(?:me|mir|mich)\b"
)
# The writer's own "I", "my", "we" or "our" in running text: news copy has them only in
# quotations.
_FIRST_PERSON_WORD = re.compile(
    r"\b(?:me|my|myself|mir|mich|mein|meine|meinem|meiner|meines|our|ours|ourselves|we|"
    r"unser|unsere|unserem|unseren|unserer|unseres|uns|wir)\b|\bich\b|"
    r"\bI(?:['’](?:m|ve|d|ll)\b|\s+[a-z])"
)
_NAME_BEFORE_I = re.compile(r"\b[A-Z][\w.]*\s+$")


def _first_person(text: str) -> bool:
    """Whether the writer says "I", "my", "we" or "our"; "World War I" and "King Henry I" are
    names."""
    for match in _FIRST_PERSON_WORD.finditer(text):
        if not match.group().startswith("I") or match.start() == 0:
            return True
        before = text[: match.start()]
        if not _NAME_BEFORE_I.search(before) or re.search(r"[,;:]\s*$", before):
            return True
    return False


_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|according\s+to|sagte|sagt|erklärte|betonte|so\s+der|so\s+die)\b",
    re.IGNORECASE,
)
