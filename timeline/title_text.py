"""What a title's sentence is cleaned of before it is read: dates, clock times, run-on
sentences, openers, and the furniture of listing lines.

* :func:`remove_dates` takes out every date phrase with the words that only
  belong to it ("Am heutigen Samstag", "über Nacht", "am 4., 11. und 18. März",
  "this week's", "from 1347 to 1351") and keeps a date a phrase needs
  ("seit 2017", "until March");
* :func:`sentence_pieces` finds sentences the splitter ran together;
* :func:`drop_leading_fillers` drops "Zwar", "Allerdings", "But", "However,";
* :func:`strip_extras` takes out datelines, time stamps, parentheses and clock
  times with their zone;
* :func:`listing_title` turns "Theater & Bühne Brixen: „Titel“: Kabarett mit X,
  im Keller, 20 Uhr" into "Brixen: Kabarett „Titel“ mit X".
"""

from __future__ import annotations

import re

from timeline.dates.clock import HHMM
from timeline.furniture import TIME_ZONES
from timeline.sentences import words
from timeline.title_german import (
    GERMAN_AUXILIARIES,
    SEPARABLE_PREFIXES,
    capitalise,
    comma_parts,
    is_abbreviation,
    is_adjective,
    is_verb_like,
    verb_second,
)

# Words a German clause opens with that say how it relates to the text around it,
# not what happened ("Zwar sei ...", "Allerdings wurde ...").
GERMAN_FILLERS = (
    "zwar", "allerdings", "aber", "doch", "jedoch", "auch", "dann", "nun", "daraufhin",
    "außerdem", "zudem", "inzwischen", "mittlerweile", "indes", "trotzdem", "dennoch",
    "deshalb", "daher", "deswegen", "somit", "also", "schließlich", "immerhin", "dabei",
    "hingegen", "ebenfalls", "sogar", "vor allem", "und", "oder", "denn", "so", "jetzt",
    "bereits", "erst", "noch", "schon", "nämlich", "übrigens", "unterdessen", "zuvor",
    "anschließend", "danach", "damals", "derzeit", "aktuell",
)
ENGLISH_FILLERS = (
    "but", "and", "however", "meanwhile", "still", "yet", "so", "also", "earlier", "later",
    "instead", "in addition", "separately", "moreover", "nevertheless", "indeed", "in fact",
    "previously", "then", "now", "already", "additionally", "furthermore", "by contrast",
    "in contrast", "at the same time", "in the meantime",
)
# What may stand between two date phrases of one list or range: "am 4., 11., 18. und
# 25. März", "from 1347 to 1351", "in 1918, 1957 and 1968".
_DATE_GAP = re.compile(
    r"^(?:[\s,;/]|(?:und|sowie|bzw\.|oder|bis|and|or|to|through|till|until|[-–—])(?=[\s\d]|$)|"
    r"(?:am|an|on|in|at|by|early|late|mid|the|dem|den|vom|zum|jeweils)\b|\d{1,2}\.(?!\d)|"
    r"\d{1,2}\b)*$",
    re.IGNORECASE,
)
# Day numbers of a list whose last member is the date phrase: "am 4., 11., 18. und ".
_DAY_LIST_BEFORE = re.compile(
    r"(?:\b(?:am|an|on)\s+)?(?:\d{1,2}\.\s*,?\s*(?:und\s+|bis\s+)?){1,12}$"
)
_DATE_PREPOSITIONS = {
    "de": r"am|im|an|in|vom|von|zum|zur|um|ab|über|gegen|während|bei|beim|innerhalb|Über|für|"
          r"zwischen",
    "en": r"on|in|into|at|during|by|of|over|for|within|around|between|throughout|towards?|as\s+of|"
          r"as\s+early\s+as|as\s+recently\s+as|as\s+far\s+back\s+as|as\s+late\s+as|as\s+long\s+ago\s+as",
}
_DATE_ARTICLES = r"der|die|das|den|dem|des|einer|einem|eines|the|this|that|its|their|his|her"
_DATE_ADVERBS = {
    "de": r"noch|bereits|schon|erst",
    "en": r"late|early|back|earlier|later|mid|almost|nearly|just|only|about|some|roughly|"
          r"barely|more\s+than|less\s+than",
}
_FUNCTION_AFTER_DATE = words(
    """and or but as when while after before since until by in on at of for to from with
    that which who where was were is are be been has had have will would could should may
    might can said says told und oder aber als wenn während nach vor seit bis in im an am auf
    mit von vom zu zum zur für bei beim wurde wurden ist sind war waren hat haben wird werden
    sei soll sollen kann können hatte hatten der die das den dem des gegen um ab über unter
    durch ohne wegen trotz zwischen hinter neben laut bei aus over under into about
    against between across amid despite during through he she it they we i you aboard among
    toward towards within without via per near off onto upon what how why whether alone"""
)


def remove_dates(sentence: str, spans: list[tuple[int, int]], language: str) -> str:
    """``sentence`` without its date phrases and the words that only belong to them.

    "Am heutigen Samstag", "über Nacht", "in der Vorwoche" go as a whole; a list
    ("am 4., 11. und 18. März") goes with its commas; a date that is an
    attribute ("the 1918 pandemic", "this week's meeting") leaves its noun a
    determiner. A date after "seit", "bis", "since" or "until" stays: without it
    the phrase says nothing.
    """
    groups = _date_groups(sentence, spans)
    pieces: list[str] = []
    position = 0
    for start, end in groups:
        if start < position:
            continue
        before = sentence[position:start]
        kept = _KEPT_BEFORE_DATE.search(before)
        if kept and re.match(r"(?:than|als|as)\b", kept.group().strip(), re.IGNORECASE):
            continue  # "the same as yesterday", "higher than in 2008": the comparison needs it
        if _DURATION_VERB.search(before):
            continue  # "expects to take at least until next month to deliver": its object
        clause_start = sentence[:start].rsplit(",", 1)[-1]
        if language == "en" and not re.search(r"[^\s;:]", clause_start) and (
            _SUBJECT_VERB.match(sentence[end:])
        ):
            continue  # "July and August will be the peak season": the date is the subject
        if _PREDICATE_DATE.search(before) and (
            re.match(r"\s*(?:[,.;:!?\"”)]|$)", sentence[end:])
            or _ANCHORED_DATE.search(sentence[start:end])
        ):
            continue  # "the voyage was in late June", "Start war am 1. Juli": what is said
        if kept and not (
            _DEICTIC.match(sentence[start:end])
            and not re.match(r"['’]s\b", sentence[end:])
            and not _attributive(sentence[end:], language)
        ):
            continue
        cut_start, cut_end, replacement = _date_cut(
            sentence, position, start, end, language, groups
        )
        if kept:
            # "from yesterday", "at least until next month": they say nothing
            lead = re.search(
                r"(?:\b(?:at\s+least|at\s+most|not|only|just)\s+)?$", before[: kept.start()]
            )
            lead_length = len(lead.group()) if lead else 0
            cut_start = min(cut_start, position + kept.start() - lead_length)
        piece = sentence[position:cut_start]
        if language == "en" and not replacement and re.match(
            r"\s*(?:[,.;:!?)]|$)", sentence[cut_end:]
        ):
            piece = _DANGLING_BEFORE_DATE.sub("", piece)  # "could be tried as soon as"
        elif language == "en" and not replacement:
            piece = _UNTIL_BEFORE_DATE.sub("", piece)  # "had claimed until that there was"
        pieces.append(piece)
        pieces.append(replacement)
        position = cut_end
    pieces.append(sentence[position:])
    return "".join(pieces)


# Words that only lead up to a date that ends the clause: "a relief well beginning Sept. 7".
_DANGLING_BEFORE_DATE = re.compile(
    r"\s+(?:beginning|starting|as\s+(?:soon|early|late|recently)\s+as|until|till|through|"
    r"(?:until|till)\s+(?:early|late|mid))\s*$",
    re.IGNORECASE,
)
# An apposition that says what the date is: ", the latest year for which figures exist,".
_RESTATING = (
    r",\s+the\s+(?:latest|last|first|same|earliest|most\s+recent|final)\s+(?:year|month|week|"
    r"day|period|season|time)"
)
_DATE_APPOSITION = re.compile(rf"{_RESTATING}\b[^,;:]{{0,60}},")
# The same noun when the tagger took it into the date phrase ("2007, the latest year").
_RESTATING_NOUN = re.compile(rf"{_RESTATING}$")
_RESTATED_REST = re.compile(
    r"\s+(?:for|in|during|on|at|of)\s+which\b[^,;:]{0,60},|\s+when\b[^,;:]{0,60},"
)
# "In June of that awful year": the year a month is of, when the tagger dated the month.
_OF_THAT_YEAR = re.compile(
    r"\s+of\s+(?:that|the\s+same|this|last|the\s+following|the\s+previous)\s+(?:[a-z]+\s+)?"
    r"year\b"
)
_UNTIL_BEFORE_DATE = re.compile(
    r"\s+(?:until|till|as\s+(?:soon|early)\s+as)(?:\s+(?:early|late|mid))?\s*$", re.I
)
# A date that is the predicate: "was 150 years ago", "could be late tomorrow", "war am 1. Juli".
_PREDICATE_DATE = re.compile(
    r"\b(?:is|was|are|were|be|been|ist|war|sind|waren|sei|wäre)\s+(?:(?:in|on|at|am|im|um|"
    r"only|just|erst|noch)\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    r"(?:\s+and\s+\w+)?\s+(?:will|would|is|was|are|were|has|have|had|could|may|might|should|"
    r"must|saw|brought)\b"
)
_DURATION_VERB = re.compile(
    r"\b(?:take|takes|took|taking|last|lasts|lasted|lasting)\s+"
    r"(?:(?:at\s+least|until|till|up\s+to|about|some|nearly|almost|more\s+than)\s+)*$",
    re.IGNORECASE,
)
_KEPT_BEFORE_DATE = re.compile(
    r"\b(?:seit|seitdem|bis|bis\s+zu|ab|vor|nach|since|until|till|from|before|after|auf\s+den|"
    r"than|als|to|through|compared\s+(?:with|to)|(?<=same\s)as|spent|spend|spends)"
    r"\s+(?:at\s+least\s+|at\s+most\s+)?(?:dem\s+|the\s+)?$",
    re.IGNORECASE,
)
# A date only the day of writing gives a meaning: "from yesterday" tells the reader nothing.
_DEICTIC = re.compile(
    r"(?:(?:last|this|next|the)\s+)?(?:yesterday|today|tonight|tomorrow|gestern|heute|morgen|"
    r"vorgestern|übermorgen|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|"
    r"weekend|month|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"(?:\s*(?:morning|afternoon|evening|night|morgen|vormittag|nachmittag|abend|nacht))?$",
    re.IGNORECASE,
)


_ZONE_AFTER_CLOCK = re.compile(
    rf"\s+(?:(?-i:{TIME_ZONES}|UK)\b|local\s+time\b|Ortszeit\b)(?:\s*\([^()]{{1,30}}\))?"
)
_ANY_CLOCK = re.compile(r"\d[:.]\d\d|\b\d{1,2}\s*(?:[ap]\.?m\b|Uhr\b)|\b(?:midnight|noon)\b")


def _date_groups(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        end = min(end, len(sentence))
        zone = _ZONE_AFTER_CLOCK.match(sentence, end)
        if zone and _ANY_CLOCK.search(sentence, start, end):
            end = zone.end()  # "at 11:36 p.m. local time": the zone goes with its clock
        joined = bool(groups) and (
            start < groups[-1][1] or _DATE_GAP.match(sentence[groups[-1][1] : start]) is not None
        )
        if joined:
            groups[-1] = (groups[-1][0], max(end, groups[-1][1]))
        else:
            groups.append((start, end))
    return groups


def _date_cut(
    sentence: str, position: int, start: int, end: int, language: str,
    groups: list[tuple[int, int]] | None = None,
) -> tuple[int, int, str]:
    """Where the words of the date phrase ``sentence[start:end]`` begin and end, and what
    stands in their place; in English an aside between commas ("and, almost a day later,
    he dug") goes with its commas, and a date counted from a happening ("two weeks after
    the quake destroyed the city") with that happening."""
    cut_start, cut_end, replacement = _date_words_cut(sentence, position, start, end, language)
    if language != "en" or replacement:
        return cut_start, cut_end, replacement
    alone = re.match(r"\s+alone\b,?", sentence[cut_end:])
    if alone:
        cut_end += alone.end()  # "This year alone, ...": "alone" belongs to the date
    of_year = _OF_THAT_YEAR.match(sentence, cut_end)
    if of_year:
        cut_end = of_year.end()
    second_time = re.match(r"\s+(?:and|or|to)\s+\d{1,2}:\d{2}\b", sentence[cut_end:])
    if second_time:
        cut_end += second_time.end()  # "at 10:40 and 23:40": the second time goes too
    restated = _DATE_APPOSITION.match(sentence, cut_end)
    if restated:
        cut_end = restated.end() - 1  # "In 2007, the latest year for which figures exist,"
    elif _RESTATING_NOUN.search(sentence, start, end):
        rest = _RESTATED_REST.match(sentence, cut_end)
        if rest:
            cut_end = rest.end() - 1  # the date and its restating noun are one group
    alone_before = re.search(r"\s+alone\s*$", sentence[position:cut_start])
    if alone_before:
        cut_start -= len(alone_before.group())  # "60 new cases alone on Tuesday"
    if _ANCHORED_DATE.search(sentence[start:end]) or (
        _SAME_DAY.search(sentence[start:end]) and _CLAUSE_AFTER.match(sentence[cut_end:])
    ):
        # "two days after the quake destroyed the city", "on the same day the company
        # said ...": the happening the date is counted from goes with it
        cut_end = _anchor_end(sentence, cut_end, groups or [])
    comma_before = re.search(r",\s*$", sentence[position:cut_start])
    if comma_before and sentence[cut_end : cut_end + 1] == ",":
        # an aside between commas: both commas go
        cut_start, cut_end = position + comma_before.start(), cut_end + 1
    return cut_start, cut_end, ""


def _date_words_cut(
    sentence: str, position: int, start: int, end: int, language: str
) -> tuple[int, int, str]:
    before = sentence[position:start]
    day_list = _DAY_LIST_BEFORE.search(before)
    if day_list and day_list.group().strip():
        start -= len(day_list.group())
        before = sentence[position:start]
    after = sentence[end:]
    if "," in sentence[start:end] and after.startswith(","):
        end += 1  # "für Sonntag, den 6. April, geplant": the date's closing comma goes too
        after = sentence[end:]
    own_article = re.match(r"(?:der|die|das|den|dem|des)\s+", sentence[start:end])
    if language == "de" and own_article and _attributive(after, language):
        # "über die Mitte der 1960er-Jahre gebaute Brücke": the noun keeps the article
        return start + own_article.end(), end, ""
    possessive = re.match(r"['’]s\b", after)
    if possessive:
        # "at this week's WHO assembly" -> "at the WHO assembly"
        determiner = re.search(rf"\b(?:{_DATE_ARTICLES})\s+$", before, re.IGNORECASE)
        cut = start - len(determiner.group()) if determiner else start
        return cut, end + possessive.end(), "the "
    prepositions = _DATE_PREPOSITIONS.get(language, _DATE_PREPOSITIONS["en"])
    article = re.search(
        rf"(?:\b(?:{_DATE_ARTICLES})\s+)(?:\b(?:[a-zäöüß][\w-]*(?:en|em|er|e))\s+)?$",
        before,
        re.IGNORECASE,
    )
    if language == "en" and _attributive_after_preposition(sentence, position, start, end):
        return start, end, ""  # "key issues in November congressional elections"
    if article and _attributive(after, language):
        # "the 1918 flu pandemic", "die 2013 gegründete Firma": the noun keeps its article.
        adjective = re.search(r"\b(?:frühen|späten|early|late)\s+$", before)
        return (start - len(adjective.group()) if adjective else start), end, ""
    comma_noun = re.match(r",\s+([a-z]\w+)\b", after)
    if article and language == "en" and comma_noun and (
        comma_noun.group(1) not in _FUNCTION_AFTER_DATE
    ):
        # "by the Sept 11, 2001, attacks": a full date written with its commas
        return start, end + 1, ""
    attribute = r"[a-zäöüß][\w-]*(?:en|em|er|e)" if language == "de" else r"early|late|mid"
    lead = re.search(
        rf"(?:\b(?:{_DATE_ADVERBS.get(language, '')})\s+)?"
        rf"(?:\b(?:{prepositions})\s+)?"
        rf"(?:\b(?:{_DATE_ARTICLES})\s+)?"
        rf"(?:\b(?:{attribute})\s+)?$",
        before,
        re.IGNORECASE,
    )
    cut = start
    if lead and lead.group().strip():
        words_before = lead.group().split()
        has_preposition = any(
            re.match(rf"(?:{prepositions})$", word, re.IGNORECASE) for word in words_before[:2]
        ) or re.match(rf"(?:{prepositions})\s", lead.group().strip() + " ", re.IGNORECASE)
        # "der 1960 die Frage stellte": without a preposition "der" may be a pronoun.
        english_lead = language == "en" and re.match(
            rf"(?:{_DATE_ARTICLES}|{_DATE_ADVERBS['en']})$", words_before[0], re.IGNORECASE
        )
        if has_preposition or english_lead:
            cut = start - len(lead.group())
    return cut, end, ""
# "two days after", "a week before": a date counted from a happening the words after name.
_ANCHORED_DATE = re.compile(r"\b(?:after|before)$", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:same|very)\s+(?:day|week|month|year|night|morning|time)$", re.I)
_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:the|a|an|it|he|she|they|we|its|their|[A-Z])\w*(?:\s+\S+){0,4}?\s+"
    r"(?:is|are|was|were|has|have|had|will|would|\w{3,}ed)\b"
)
_ANCHOR_END = re.compile(r",|;|\s--\s|\s[–—]\s|(?<!\.[A-Z])[.!?](?=\s|$)|$")


def _anchor_end(sentence: str, end: int, groups: list[tuple[int, int]]) -> int:
    """Where the happening a date is counted from ("after the quake destroyed the city")
    ends: at the next comma, dash or the end of the sentence, not inside another date
    phrase ("after the blowout on April 20, 2010,")."""
    if not re.match(r"\s+[\w\"“']", sentence[end:]):
        return end
    position = end
    while True:
        boundary = _ANCHOR_END.search(sentence, position)
        stop = boundary.start() if boundary else len(sentence)
        inside = next((b for a, b in groups if a < stop < b), None)
        if inside is None:
            return stop
        position = inside


def _attributive_after_preposition(sentence: str, position: int, start: int, end: int) -> bool:
    """"key issues in November congressional elections": a year or month that describes the
    noun after it, inside a clause (not "In 2008 fishermen harvested ...")."""
    before = sentence[position:start]
    preposition = re.search(r"(?:^|(?<=\S\s))\b(?:in|for)\s+$", before)
    if preposition is None or not re.search(r"\w", sentence[:start][-60:-len(preposition.group())]
                                            or ""):
        return False
    clause_start = max(sentence.rfind(",", 0, start), sentence.rfind(". ", 0, start))
    if len(sentence[clause_start + 1 : start].split()) < 3:
        return False
    date_text = sentence[start:end]
    if not re.search(r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|"
                     r"August|September|October|November|December)\b", date_text):
        return False
    match = re.match(r"\s+([a-z][\w-]*)", sentence[end:])
    if not match:
        return False
    word = match.group(1)
    return word not in _FUNCTION_AFTER_DATE and word not in _OPENS_NOUN_PHRASE and (
        not word.endswith(("ed", "ly", "ing")) and word not in _IRREGULAR_PAST
    )


# Words that open the clause's subject after its fronted date ("in 1998 there was", "in
# 2004 the rebels took"): the date describes no noun.
_OPENS_NOUN_PHRASE = words(
    """there here the a an this these those his her its their our some many most all no each
    every several another such"""
)


_IRREGULAR_PAST = words(
    """began broke came fell found gave got grew hit held kept led left lost made met put ran
    rose sank saw sent set shut spent spoke stood struck took told went won wrote became
    brought bought built caught chose drew drove flew paid sold shot threw"""
)


def _attributive(after: str, language: str) -> bool:
    """The date phrase is followed by the noun it describes ("the 1918 flu pandemic")."""
    match = re.match(r"\s+([\w„“\"'-]+)", after)
    if not match or re.match(r"\s*[,.;:!?)–—]", after):
        return False
    word = match.group(1).strip("„“\"'")
    if not word or word.lower() in _FUNCTION_AFTER_DATE:
        return False
    if language == "de":
        # "die 2013 gegründete Firma": an inflected attribute before its noun, not a verb
        # ("in der Nacht stürzte ein ...")
        return word[:1].isupper() or bool(
            re.fullmatch(r"[a-zäöüß]\w*(?:e|en|er|es|em)", word)
            and re.match(r"\s+[\w„“\"'-]+\s+[A-ZÄÖÜ„“\"]", after)
        )
    return not re.fullmatch(r"\w+ed", word)


# A clock time says when within the day, which a chronology does not show: "um 19.30 Uhr",
# "ab 20 Uhr", "von 8.30-12 und 14.30-16.30 Uhr", "at 3 p.m.".
_CLOCK = re.compile(
    r"(?:\b(?:um|gegen|ab|bis|seit|von|zwischen|jeweils|at|around|by|from|until|since|"
    r"between)\s+)?"
    r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[-–?]\s*\d{1,2}(?:[.:]\d{2})?)?\s*(?:und|,)\s*)*"
    r"\b\d{1,2}(?:[.:]\s?\d{2})?(?:\s*[-–?]\s*\d{1,2}(?:[.:]\s?\d{2})?)?\s*"
    r"(?:Uhr\b|h\b|[ap]\.m\.|[ap]m\b)"
    rf"(?:\s+(?-i:{TIME_ZONES}|UK)\b)?",  # zones in capitals only: not German "ist"
    re.IGNORECASE,
)


def remove_clock_times(text: str) -> str:
    return _CLOCK.sub("", text)


# Words that open an English sentence run on after a headline.
_SENTENCE_OPENERS = (
    "The|A|An|More|Most|Some|Many|It|He|She|They|We|There|This|These|Those|His|Her|Its|Their|Our"
)
_PIECE_BOUNDARY = re.compile(
    r"(?P<word>[^\s]*)(?:[.!?][\"“”]?\s+(?=[„\"“]?[A-ZÄÖÜ])|(?<=[a-zäöüß])[\"“”](?=[A-ZÄÖÜ])"
    # "Haiti earthquake still dominates headlines The United Nation's declaration": a
    # headline run into the text, an English article opening the sentence after it
    rf"|(?<=[a-z])\s+(?=(?:{_SENTENCE_OPENERS})\s+[A-Za-z][\w'’-]*\s+[A-Za-z])"
    # "aid effort hampered by blockages Makeshift camps are sprouting up": a subject of a
    # capitalised word and a noun, its auxiliary right after it
    r"|(?<=[a-z]{4})\s+(?=[A-Z][a-z]+\s+(?!(?:who|which|that|and|or|also|still|never|already|"
    r"officials|it|he|she|they)\s)[a-z]+\s+(?:are|is|was|were|have|has|had)\s+[a-z]+))"
)
# Words "The" may follow inside a sentence: a title ("the novel The Comedians") or a
# name ("in The Hague").
_BEFORE_TITLE = words(
    """novel show film movie book newspaper paper magazine programme program album song series
    journal website channel station network broadcaster tabloid documentary play opera daily
    weekly called named titled entitled dubbed of in at on by from to for with and or
    the said says told tells reads read wrote der die das den dem des ein eine einer an"""
)
_OPENING_WORD = re.compile(rf"(?:{_SENTENCE_OPENERS})\s")
# Words after which a clause goes on, never where a headline ends: "said on Monday that
# American teams had pulled ..." is one sentence.
_OPENS_A_CLAUSE = words(
    """that when while because although though whether where after before since until unless
    once than how why what which who whom whose if so but nor yet says told tells added
    adds announced reported believes believed thinks thought knows knew"""
)
_ABBREVIATIONS = words(
    """z.b bzw ca etc usw vgl ggf inkl evtl abs art nr str mr mrs ms jr sr st dr prof no co
    corp inc ltd vs gov sen rep gen lt col sgt jan feb mar apr aug sept sep oct nov dec
    a.m p.m u.s u.n u.k e.g i.e mio mrd tel"""
)


def sentence_pieces(sentence: str) -> list[tuple[int, int]]:
    """Offsets of the sentences run together in ``sentence`` ("... erklärte Durnwalder.
    Verteidigt hat ...", 'Einer, der nie genug hat"Aber ...'): a split the sentence
    splitter missed. Abbreviations, initials, ordinals and Roman numerals do not end a
    sentence."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _PIECE_BOUNDARY.finditer(sentence):
        word = match.group("word")
        stop = match.end("word")
        mark = sentence[stop : stop + 1]
        bare = word.strip("„“\"(").rstrip(".")
        if mark == "." and (
            is_abbreviation(bare + ".") or bare.lower() in _ABBREVIATIONS or bare[-1:].isdigit()
            or len(bare) == 1
        ):
            continue
        if mark == "." and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", bare):
            continue  # "in U.S. history": an abbreviation of initials
        if mark == "." and not sentence[match.end() - 1 : match.end()].isspace():
            continue  # "S.E.A.A." or "z.B.": no space after the period
        if mark.isspace() and (
            word.lower() in _BEFORE_TITLE or word.lower() in _OPENS_A_CLAUSE or len(word) < 3
        ):
            continue
        if mark.isspace() and word[:1].isupper() and not _OPENING_WORD.match(sentence, match.end()):
            continue  # "while Christian Aid workers were": two capitalised words are one name
        if match.end() - start < 2 or match.end() >= len(sentence):
            continue
        pieces.append((start, match.end()))
        start = match.end()
    pieces.append((start, len(sentence)))
    return [(a, b) for a, b in pieces if sentence[a:b].strip()]


_GERMAN_FILLER = re.compile(
    r"^(?:" + "|".join(sorted((re.escape(f) for f in GERMAN_FILLERS), key=len, reverse=True))
    + r")\b,?\s+(?=\S)",
    re.IGNORECASE,
)
_ENGLISH_FILLER = re.compile(
    r"^(?:" + "|".join(sorted((re.escape(f) for f in ENGLISH_FILLERS), key=len, reverse=True))
    + r")\b,?\s+(?=\S)",
    re.IGNORECASE,
)


def drop_leading_fillers(text: str, language: str) -> str:
    """"Zwar sei der Anteil ... nicht gestiegen" -> "Der Anteil ... sei nicht gestiegen";
    "But the CDC said ..." -> "The CDC said ...". A German clause that would be left verb
    first is turned (:func:`verb_second`); one that cannot be turned keeps its opener."""
    pattern = _GERMAN_FILLER if language == "de" else _ENGLISH_FILLER
    for _ in range(3):
        match = pattern.match(text)
        if not match:
            break
        rest = text[match.end() :]
        if language == "de" and rest[:1].islower():
            turned = verb_second(rest)
            if turned is None:
                break
            rest = turned
        elif language != "de" and not rest[:1].isupper() and not rest[:1].isdigit() and not (
            re.match(r"(?:the|a|an|it|they|he|she|we|there|its|their|some|many|most)\b", rest)
            or match.group().rstrip().endswith(",")
        ):
            break
        text = capitalise(rest)
    return text


# "Eisacktal / Wipptal Theater & Bühne Brixen", "Konzerte & Musik Bozen": the section a
# listing line stands in, before the place it names.
_SECTION_LABEL = re.compile(r"^.*\S\s*&\s*[A-ZÄÖÜ][\w-]*\s+(?=[A-ZÄÖÜ])")
_PURE_LABELS = words(
    "termine termin info infos information hinweis hinweise programm tipp tipps kontakt "
    "veranstaltungen vorschau service"
)
_LISTING_HEAD = re.compile(r"^(?P<head>[^:„“\"«»]{2,80}?):\s+(?P<body>\S.*)$")
_QUOTED_NAME = re.compile(r"^(?P<name>[„“\"«][^„“\"«»”]{1,80}[“”\"»])\s*:\s*(?P<rest>\S.*)$")
_SIDE_DETAIL = re.compile(
    r"^(?:im|in|am|an|auf|beim|bei|ab|jeweils|heute|morgen|eintritt|anmeldung|info|infos|"
    r"tel|treffpunkt|beginn|dauer|kosten|karten)\b|(?:str\.?|straße|gasse|weg|platz)\s*\d*$",
    re.IGNORECASE,
)


def listing_title(text: str) -> str | None:
    """"Theater & Bühne Brixen: „Wer reitet so spät?“: Kabarett mit X, im Keller" ->
    "Brixen: Kabarett „Wer reitet so spät?“ mit X"; None for a text that is not a
    listing line (a place or label, a colon, what takes place and where)."""
    match = _LISTING_HEAD.match(text.strip())
    if not match:
        return None
    head = match.group("head").strip()
    head_tokens = head.split()
    if len(head_tokens) > 8 or any(
        token[:1].islower() and token not in ("in", "i.", "im", "am", "an", "bei", "-", "/")
        for token in head_tokens
    ):
        return None
    head = _SECTION_LABEL.sub("", head)
    if head.lower() in _PURE_LABELS:
        head = ""
    body = match.group("body").strip().rstrip(".")
    quoted = _QUOTED_NAME.match(body)
    if quoted:
        rest = quoted.group("rest")
        kind = re.match(r"^(?:[A-ZÄÖÜ][\w-]*\s+)*?[A-ZÄÖÜ][\w-]*(?=\s+[a-zäöüß]|\s*,|$)", rest)
        if kind is None:
            return None
        body = f"{kind.group()} {quoted.group('name')}{rest[kind.end():]}"
    parts = comma_parts(body)
    kept = [parts[0]]
    for part in parts[1:]:
        if "&" in part:
            break  # the next entry of the listing, run in
        if not part or _SIDE_DETAIL.search(part) or part[:1].islower() or part[:1].isdigit():
            continue
        kept.append(part)
    what = ", ".join(kept)
    unquoted = re.sub(r"[„“\"«][^„“\"«»”]*[“”\"»]", "", what).split()[1:]
    if any(
        token.lower() in GERMAN_AUXILIARIES
        or (is_verb_like(token) and not is_adjective(token) and token not in SEPARABLE_PREFIXES)
        for token in unquoted
    ):
        return None  # a sentence after a colon, not a listing entry
    return f"{head}: {what}" if head else what


DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ .'/-]{2,}(?:\s*\([^)]*\))?\s*[–—-]\s+")
# A live blog's entry time ("14.05 Uhr: ..."): when the entry was written, not what happened.
_TIME_STAMP = re.compile(
    r"^\s*(?:\d{1,2}[.:]\d{2}\s*(?:Uhr|h)?\s*[:–—-]\s+"
    # "2142 US Secretary of State ...": an English live blog's entry time, run in
    rf"|{HHMM}\s+(?=[A-Z][a-z]))",
    re.IGNORECASE,
)
_PARENTHESES = re.compile(r"\s*\([^()]{0,80}\)")
# A clock time with its zone says when within the day, which a chronology does not show:
# "at 1304 GMT", "by 0305 GMT", "um 14.30 Uhr MEZ".
_CLOCK_WITH_ZONE = re.compile(
    r"\s*\b(?:(?:at|by|around|until|before|after|from|um|gegen|bis)\s+)?"
    r"(?:\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?|\d{1,2}\s*[ap]\.?m\.?\s*)"
    rf"(?:local\s+time|(?:UK|London)\s+time|{TIME_ZONES})\b"
)
# "L) will give an estimate": the end of a stock ticker ("BP.L)") the sentence splitter cut.
# "Rep. Bart Stupak, D-Mich., said": a member of Congress's party and state.
_PARTY_TAG = re.compile(r",\s*[DRI]-[A-Z][a-z]{1,5}\.?,")
_READ_MORE = re.compile(r"\s*(?:Continue reading|Read more|Full story)\s*(?:\.{3}|…)?\s*$")
_TICKER_END = re.compile(r"^\s*[A-Z]{1,2}\)\s*,?\s*")


def strip_extras(text: str) -> str:
    """``text`` without a dateline, a live blog's time stamp, a ticker's end, parentheses,
    a "Continue reading" link and clock times with their zone: what a title never shows."""
    text = _TICKER_END.sub("", _TIME_STAMP.sub("", DATELINE.sub("", text)))
    text = _READ_MORE.sub("", _PARTY_TAG.sub("", text))
    # "(T)he reality" -> "The reality"
    text = re.sub(r"\((T)\)\s?(?=(?:he|hat|his|hey|here|heir|hese|hose|hen)\b)", r"\1", text)
    return _CLOCK_WITH_ZONE.sub("", _PARENTHESES.sub("", text))
