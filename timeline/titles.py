"""Short readable event titles made from the sentence that dates the event.

A title is the sentence with what a chronology already shows taken out: the
date phrases (the event's date is printed next to it), a dateline
("WASHINGTON (Reuters) – "), parentheses and reporting frames. Rules, in
order, since no trained parser is available:

* a happening named by the noun phrase the date belongs to ("seit Beginn des
  Krieges im Februar 2022") is the title ("Beginn des Krieges");
* a statement becomes "Speaker: what was said" ("sagte Kreml-Sprecher Dmitri
  Peskow am Dienstag ...: „Kein Kommentar.“" -> "Kreml-Sprecher Dmitri
  Peskow: Kein Kommentar"); an impersonal frame ("heißt es", "it said") is
  dropped and only what was said stays;
* an accusation keeps what the accused is said to have done ("X wirft Moskau
  vor, Raketen abgefeuert zu haben" -> "Moskau soll Raketen abgefeuert haben";
  "X accused Moscow of firing missiles" -> "Moscow accused of firing missiles");
* anything else is the sentence without its dates, subject first.

A title longer than :data:`TARGET_TITLE` is shortened at a clause boundary,
then by dropping a leading indefinite article and a trailing prepositional
phrase (in German, the phrase before a clause's final verb); only when
nothing else fits is it cut at a word with "…". The result is a proposal:
the title is a field a person is expected to edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.sentences import words

TARGET_TITLE = 90
MAX_TITLE = 100
MIN_CLAUSE = 30
MIN_TITLE_WORDS = 3
MAX_SPEAKER_WORDS = 6

# Added to a title's quality (lower is better) for what makes it a weaker choice.
PENALTY_LONG = 1
PENALTY_CUT = 3
PENALTY_FIRST_PERSON = 1
PENALTY_OTHER_DATE = 2

_DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ .'/-]{2,}(?:\s*\([^)]*\))?\s*[–—-]\s+")
# A live blog's entry time ("14.05 Uhr: ..."): when the entry was written, not what happened.
_TIME_STAMP = re.compile(r"^\s*\d{1,2}[.:]\d{2}\s*(?:Uhr|h)?\s*[:–—-]\s+", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\([^()]{0,80}\)")
# A clock time with its zone says when within the day, which a chronology does not show:
# "at 1304 GMT", "by 0305 GMT", "um 14.30 Uhr MEZ".
_CLOCK_WITH_ZONE = re.compile(
    r"\s*\b(?:(?:at|by|around|until|before|after|from|um|gegen|bis)\s+)?"
    r"(?:\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?|\d{1,2}\s*[ap]\.?m\.?\s*)"
    r"(?:local\s+time|(?:UK|London)\s+time|"
    r"GMT|UTC|BST|CET|CEST|MEZ|MESZ|EDT|EST|CDT|CST|MDT|MST|PDT|PST|IST|JST|ET|PT)\b"
)
_QUOTE_MARKS = "\"“”„«»‚‘’"
_QUOTE_CLASS = "[\"“”„«»]"
_IMPERSONAL_FRAMES = [
    re.compile(r"[,\s]*[\"“”„«»]?\s*,?\s*(?:heißt|hieß) es\b[^\"„“”]*$"),
    re.compile(r"[,\s]*[\"“”„«»]?\s*,\s*(?:it|they|he|she)\s+(?:said|added|stated)\b[^\"“”]*$",
               re.IGNORECASE),
    re.compile(r"[,\s]*[\"“”]?\s*,\s*(?:said|added|according to)\s+[^,\"“”]{1,60}$"),
    # ", wie Reuters berichtet", ", as the BBC reported": the cited source says who reported.
    re.compile(r",\s*wie\s+[^,\"„“”]{1,60}\s(?:berichtet|berichtete|berichteten|meldet|meldete|"
               r"mitteilte|mitteilten)[.!]?$"),
    re.compile(r",\s*as\s+[^,\"“”]{1,60}\s(?:reported|reports|said|announced)[.!]?$"),
]
_LEADING_PREPOSITION = re.compile(
    r"(?:\b(?:am|im|an|in|vom|von|zum|um|ab|bis|on|at|during|by)\s+)?(?:dem\s+|the\s+)?"
    # "am frühen Morgen des 14. Mai": the date phrase's adjective goes with it.
    r"(?:(?:frühen|späten|early|late)\s+)?$",
    re.IGNORECASE,
)
# "seit 2017", "until March": without its date the phrase says nothing, so it stays.
_KEPT_PREPOSITION = re.compile(
    r"\b(?:seit|seitdem|bis|ab|vor|nach|since|until|till|from|before|after)\s+(?:dem\s+|the\s+)?$",
    re.IGNORECASE,
)
_JOINER = re.compile(r"^\s*(?:und|sowie|bzw\.|oder|and|or)\s+(?:am\s+|on\s+)?", re.IGNORECASE)
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
# A German noun phrase: article, lowercase attributes, capitalised words (a name,
# "Kreml-Sprecher Dmitri Peskow", "das Weiße Haus", "die beiden Verbündeten").
_GERMAN_NP = (
    r"(?:(?:der|die|das|ein|eine)\s+(?:[a-zäöüß][\w-]*\s+){0,3})?"
    r"[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,4}"
)
_GERMAN_SUBJECT = re.compile(
    r"^(?P<verb>[a-zäöüß]\w*)\s+(?P<subject>(?:(?:der|die|das|ein|eine|\d[\d.,]*)\s+)"
    r"(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][\w-]*(?=\s+[a-zäöüß]))(?:\s+(?P<rest>.*))?$"
)
_SPEECH_VERBS = {
    "de": r"sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|erklären|betonte|betonten|"
          r"betont|warnte|warnten|warnt|schrieb|schrieben|bekräftigte|bekräftigten",
    "en": r"said|says|told\s+(?:reporters|journalists|lawmakers|the\s+\w+)|stated|added|"
          r"warned|wrote",
}
_ENGLISH_NP = r"(?:the\s+)?(?:[\w'-]+\s+){0,4}[A-Z][\w.'-]*"
_SPEECH_SETTING = {
    # Where and how something was said: not part of who said it or what.
    "de": re.compile(r"^(?:in|bei|auf|vor|gegenüber|laut)\b.*$"),
    "en": re.compile(
        r"^(?:in|at|during|on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:statement|interview|briefing|conference|speech|post|letter|address|call)\b\s*",
        re.IGNORECASE,
    ),
}
_BOUNDARY_AFTER_SETTING = re.compile(
    r"^(?P<setting>[^,:;\"„“”]{0,80}?)\s*(?P<mark>[,:]|\bthat\b)\s*(?P<content>.+)$"
)
_ENGLISH_OPENING = re.compile(r"^(?:In|At|During|Speaking|According to)\b[^,]{0,60},\s+")
_CONTENT_START_EN = re.compile(r"^(?:[A-Z]|(?:it|they|he|she|the|there|we|its|their)\b)")
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
_CLAUSE_BOUNDARY = re.compile(
    r"[,;:]\s|\s[–—]\s|\s(?:and|und)\s(?=(?:that|dass|said|says|added|sagte|erklärte)\b)"
)
_ADJUNCT = re.compile(
    r"(?:wobei|während|nachdem|obwohl|weil|und|aber|doch|sowie|bei dem|bei der|um|"
    r"einschließlich|darunter|was|wie|whereby|while|after|although|because|and|but|which|"
    r"who|including|saying|as|when|where)\b",
    re.IGNORECASE,
)
_LEADING_INDEFINITE = re.compile(r"^(?:Ein|Eine|A|An)\s+(?=\S)")
_PREPOSITIONS = {
    "de": re.compile(
        r"\s(?:zwischen|mit|gegen|für|über|unter|aus|nach|von|vom|bei|in|im|an|am|auf)\s"
    ),
    "en": re.compile(
        r"\s(?:between|with|against|for|over|under|from|of|in|at|on|to|into|across|near)\s"
    ),
}
# Prepositions of a phrase a German clause can lose before its final verb: where, for
# what, why. Not "mit", "gegen", "zwischen", "von": with, against or by whom is the news.
_INNER_PREPOSITIONS = re.compile(
    r"\s(?:für|über|unter|aus|nach|bei|in|im|an|am|auf|wegen|durch|trotz|zum|zur)\s"
)
# A title must not end in a word that needs what was cut away.
_OPEN_ENDING = re.compile(
    r"\b(?:the|a|an|of|to|and|or|not|was|were|is|are|be|been|had|has|have|would|will|its|"
    r"their|der|die|das|den|dem|des|ein|eine|und|oder|nicht)$",
    re.IGNORECASE,
)
# "The cable, which carries electricity between the countries, stopped working":
# a clause between commas that describes a noun can go.
_RELATIVE_CLAUSE = {
    "de": re.compile(r",\s(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?)\s[^,;:]{3,80}?,\s"),
    "en": re.compile(r",\s(?:which|who|whose|whom)\s[^,;:]{3,80}?,\s"),
}
_INNER_PLACE = re.compile(
    r"\s(?:in|im|auf)\s+(?:der|dem|den)\s+(?:[A-ZÄÖÜ][\w-]*\s+){1,4}(?=[a-zäöüß])"
)
_FIRST_PERSON = re.compile(r"^(?:Wir|Ich|Unser\w*|We|I|Our)\b")
_CLOSING_QUOTE = re.compile(r"[“”\"»]")


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
) -> Title:
    """Title for the event dated by ``sentence[date_span[0]:date_span[1]]``.

    ``all_date_spans`` are the offsets (within the sentence) of every date
    phrase of the sentence, so that "am 30. Dezember und am 2. Januar" goes
    away as a whole; a date that follows another date of the sentence without
    being coordinated with it probably dates a side clause, which makes the
    title a weaker choice for its event.
    """
    language = language if language in _SPEECH_VERBS else "en"
    penalty = PENALTY_OTHER_DATE if _dates_a_side_clause(sentence, date_span, all_date_spans) else 0
    noun_phrase = _anchored_noun_phrase(sentence[: date_span[0]])
    if noun_phrase:
        return Title(_finish(noun_phrase), 1 + penalty)
    body = _tidy_spaces(_strip_extras(_without_dates(sentence, all_date_spans)))
    text = (
        _statement_title(sentence, date_span, all_date_spans, language)
        or _speech_title(body, language)
        or _accusation_title(body, language)
        or _plain_title(body, sentence, date_span, language)
    )
    text = _tidy(text)
    if len(re.findall(r"\w+", text)) < 2:
        # Only a date ("Am 3. Januar."): the sentence itself says more than nothing.
        text = _tidy(_strip_extras(sentence)) or sentence.strip()
        penalty += PENALTY_CUT
    text, fit_penalty = _fit(text, language)
    if _FIRST_PERSON.match(text):
        penalty += PENALTY_FIRST_PERSON  # "Wir verurteilen ...": who "we" are is not in the title
    return Title(_finish(text), fit_penalty + penalty)


def _dates_a_side_clause(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]]
) -> bool:
    earlier = [end for start, end in spans if end <= date_span[0]]
    if not earlier:
        return False
    return not _DATE_JOINER.match(sentence[max(earlier) : date_span[0]])


def _anchored_noun_phrase(before: str) -> str | None:
    for pattern in _ANCHORED_NOUN:
        match = pattern.search(before)
        if not match:
            continue
        tokens = match.group(1).split()
        while len(tokens) > 1 and tokens[0][:1].islower() and tokens[1][:1].isupper():
            tokens.pop(0)  # "persönlichen Treffen": an inflected attribute reads badly alone
        if len(tokens) >= MIN_NOUN_PHRASE_WORDS or tokens[0] in _EVENT_NOUNS:
            return " ".join(tokens)
    return None


def _statement_title(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]], language: str
) -> str | None:
    """"„Quote“, erklärten die Verbündeten am Mittwoch." is the statement, dated in its frame.

    Title: "Speaker: quote".
    """
    body = _DATELINE.sub("", sentence)
    offset = len(sentence) - len(body)
    if body[:1] not in "\"„“«":
        return None
    closing = None
    for match in _CLOSING_QUOTE.finditer(body, 1):
        if match.start() + offset < date_span[0]:
            closing = match
    if closing is None:
        return None
    cut = closing.end() + offset
    frame_spans = [(start - cut, end - cut) for start, end in spans if start >= cut]
    frame = _tidy(_strip_extras(_without_dates(sentence[cut:], frame_spans)))
    quote = _tidy(body[1 : closing.start()])
    if not frame or not quote:
        return None
    speaker = _frame_speaker(frame, language)
    if speaker is None:
        return None
    return _attributed(speaker, quote, language)


def _frame_speaker(frame: str, language: str) -> str | None:
    """The speaker of a frame that follows a quotation ("erklärten die Verbündeten in ...")."""
    verbs = _SPEECH_VERBS[language]
    if language == "de":
        match = re.match(rf"^(?:{verbs})\s+(?P<speaker>{_GERMAN_NP})", frame)
    else:
        match = re.match(
            rf"^(?P<speaker>(?:the\s+)?(?:[A-Z][\w.'-]*\s+){{0,5}}?[A-Z][\w.'-]*)\s+(?:{verbs})\b",
            frame,
        ) or re.match(rf"^(?:{verbs})\s+(?P<speaker>(?:[A-Z][\w.'-]*\s*){{1,5}})", frame)
    if not match:
        return None
    return _speaker(match.group("speaker"))


def _speech_title(body: str, language: str) -> str | None:
    """"Speaker: content" for a sentence that reports what someone said."""
    if language == "en":
        body = _ENGLISH_OPENING.sub("", body)
    verbs = _SPEECH_VERBS[language]
    for match in re.finditer(rf"\b(?:{verbs})\b", body):
        before = body[: match.start()].strip()
        after = body[match.end() :].strip()
        found = _speech_parts(before, after, language)
        if found:
            speaker, content = found
            if len(content.split()) >= 2 and speaker:
                return _attributed(speaker, content, language)
    return None


def _speech_parts(before: str, after: str, language: str) -> tuple[str, str] | None:
    content: str | None
    if before.endswith(",") or before.endswith(tuple(f"{q}," for q in _QUOTE_MARKS)):
        # "Content, sagte Peskow." / "Content, the White House said."
        content = before.rstrip(",")
        noun_phrase = _GERMAN_NP if language == "de" else _ENGLISH_NP
        match = re.match(rf"^(?P<speaker>{noun_phrase})", after)
        return (_speaker(match.group("speaker")), content) if match else None
    if language == "en" and not _SPEECH_SETTING["en"].sub("", after).strip(" .!?\"”'"):
        # "Content, the White House said (in a statement)."
        match = re.match(rf"^(?P<content>.+),\s+(?P<speaker>{_ENGLISH_NP})$", before)
        if match:
            return _speaker(match.group("speaker")), match.group("content")
        return None
    if language == "de" and not before:
        # The verb came second after the date phrase: "sagte das Weiße Haus, ...".
        match = re.match(rf"^(?P<speaker>{_GERMAN_NP})(?P<rest>.*)$", after)
        if not match:
            return None
        content = _after_boundary(match.group("rest"), language)
        return (_speaker(match.group("speaker")), content) if content else None
    opening_adverbial = before[:1].isupper() and before.split()[0].lower() in _PREPOSITION_WORDS
    if language == "de" and opening_adverbial:
        # "Auf die Vorwürfe angesprochen sagte Peskow ...": an opening adverbial, the
        # speaker after the verb.
        match = re.match(rf"^(?P<speaker>{_GERMAN_NP})(?P<rest>.*)$", after)
        if match:
            content = _after_boundary(match.group("rest"), language)
            if content:
                return _speaker(match.group("speaker")), content
    if language == "en":
        before = re.sub(r"^the\s+", "", before)
        before = before[:1].upper() + before[1:]
    if not before or len(before.split()) > MAX_SPEAKER_WORDS or not before[:1].isupper():
        return None
    content = _after_boundary(after, language)
    if content is None and language == "en":
        rest = _SPEECH_SETTING["en"].sub("", after)
        if rest.lower().startswith("that "):
            content = rest[5:]
        elif _CONTENT_START_EN.match(rest):
            content = rest
    return (_speaker(before), content) if content else None


_PREPOSITION_WORDS = words("auf in an bei nach vor während mit trotz wegen gegenüber laut zu")


def _after_boundary(rest: str, language: str) -> str | None:
    """What was said, after the setting of the statement and a colon, comma or "that"."""
    match = _BOUNDARY_AFTER_SETTING.match(rest)
    if not match:
        return None
    setting = match.group("setting").strip()
    if setting and not _SPEECH_SETTING[language].match(setting):
        return None
    return _unquote(match.group("content"))


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
    text = _tidy(_drop_frames(body))
    if language == "en":
        text = _ENGLISH_OPENING.sub("", text)
        text = text[:1].upper() + text[1:]
    else:
        text = _verb_first_to_subject_first(text, sentence, date_span)
    if text[:1].islower():
        # "Im Jahr 2006 testete Kim Jong Un ..." cannot lose its opening date
        # phrase without the verb coming first: keep the sentence whole.
        text = _tidy(_drop_frames(_tidy_spaces(_strip_extras(sentence))))
    return text


def _attributed(speaker: str, content: str, language: str) -> str:
    content = _tidy(_unquote(content))
    content = content[:1].upper() + content[1:]
    if language == "en":
        speaker = re.sub(r"^(?:The|the)\s+", "", speaker)
    speaker = speaker[:1].upper() + speaker[1:]
    text = f"{speaker}: {content}"
    if len(text) > TARGET_TITLE:
        short = _short_speaker(speaker)
        text = f"{short}: {content}"
    return text


def _speaker(text: str) -> str:
    return _tidy(text.strip())


def _short_speaker(speaker: str) -> str:
    """"Die beiden westlichen Verbündeten" -> "Die Verbündeten": a definite article keeps
    the noun's ending, so the attributes can go."""
    match = re.match(r"^(Der|Die|Das|der|die|das)\s+(?:[a-zäöüß][\w-]*\s+)+([A-ZÄÖÜ].*)$", speaker)
    return f"{match.group(1).capitalize()} {match.group(2)}" if match else speaker


def _unquote(text: str) -> str:
    text = text.strip()
    if text[:1] in _QUOTE_MARKS:
        whole = text.rstrip(".!?")
        if len(whole) > 1 and whole[-1] in _QUOTE_MARKS:
            # „Das ist „unannehmbar“.“: a quotation that holds one.
            return whole[1:-1].strip()
        closing = re.search(_QUOTE_CLASS, text[1:])
        inner = text[1 : closing.start() + 1] if closing else text[1:]
        return inner.strip()
    return text


def _drop_frames(text: str) -> str:
    for frame in _IMPERSONAL_FRAMES:
        text = frame.sub("", text)
    return text


def _strip_extras(text: str) -> str:
    text = _TIME_STAMP.sub("", _DATELINE.sub("", text))
    return _CLOCK_WITH_ZONE.sub("", _PARENTHESES.sub("", text))


def _without_dates(sentence: str, spans: list[tuple[int, int]]) -> str:
    pieces: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start < position or _KEPT_PREPOSITION.search(sentence[position:start]):
            continue
        piece = sentence[position:start]
        if pieces:
            piece = _JOINER.sub(" ", piece)
        pieces.append(_LEADING_PREPOSITION.sub("", piece))
        position = end
    pieces.append(sentence[position:])
    return " ".join(pieces)


def _tidy_spaces(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip()


def _tidy(text: str) -> str:
    text = _tidy_spaces(text)
    text = text.strip(" ,;:–—-")
    text = re.sub(r"[.:;,!?]+$", "", text).strip()
    quote_marks = sum(text.count(mark) for mark in "\"“”„«»")
    if text[:1] in _QUOTE_MARKS or quote_marks % 2:
        # A quotation that became the whole title, or one cut in half: drop its marks.
        text = re.sub(r"[\"“”„«»]", "", text)
    return re.sub(r"[.:;,]+$", "", text.strip(" ,;:–—-")).strip()


def _verb_first_to_subject_first(text: str, sentence: str, date_span: tuple[int, int]) -> str:
    """"Letzte Woche griff Russland Charkiw an" minus its date -> "Russland griff Charkiw an"."""
    opening = _LEADING_PREPOSITION.sub("", _strip_extras(sentence[: date_span[0]]))
    if opening.strip(" " + _QUOTE_MARKS) or not text[:1].islower():
        return text
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


def _fit(text: str, language: str) -> tuple[str, int]:
    """The title shortened to :data:`TARGET_TITLE` if it can be, and its penalty."""
    if len(text) <= TARGET_TITLE:
        return text, 0
    text = _RELATIVE_CLAUSE[language].sub(" ", text)
    text = _clause_cut(text)
    if len(text) > TARGET_TITLE:
        text = _LEADING_INDEFINITE.sub("", text)
        text = text[:1].upper() + text[1:]
    if len(text) > MAX_TITLE and language == "de":
        # "traf in der Region Fernost Russlands mit Putin zusammen": where, inside the
        # clause, goes before the words that finish it.
        text = _INNER_PLACE.sub(" ", text, count=1)
    if len(text) <= TARGET_TITLE:
        return text, 0
    if len(text) <= MAX_TITLE:
        return text, PENALTY_LONG
    shorter = _trailing_phrase_cut(text, language)
    if shorter is None and language == "de":
        shorter = _inner_phrase_cut(text)
    if shorter is not None:
        return shorter, 0 if len(shorter) <= TARGET_TITLE else PENALTY_LONG
    head = text[: TARGET_TITLE - 1].rsplit(" ", 1)[0]
    return head.rstrip(" ,;:–—-") + "…", PENALTY_CUT


def _clause_cut(text: str) -> str:
    """Cut at the last clause boundary within the target that leaves a statement.

    A clause that an adjunct conjunction opens ("..., wobei ...", "..., und
    ...") can go even after a short main clause; a clause opened otherwise
    may complete the verb, so only a long remainder is kept alone.
    """
    fitting = -1
    first = -1
    for match in _CLAUSE_BOUNDARY.finditer(text):
        before = text[: match.start()]
        if match.group().startswith(":") and len(before.split()) <= MAX_SPEAKER_WORDS:
            continue  # "Speaker: what was said" keeps its speaker and its statement
        adjunct = match.group()[0].isspace() or _ADJUNCT.match(text, match.end())
        enough = match.start() >= (MIN_CLAUSE if adjunct else 2 * MIN_CLAUSE)
        if not enough or len(before.split()) < MIN_TITLE_WORDS:
            continue
        if first < 0:
            first = match.start()
        if match.start() <= TARGET_TITLE:
            fitting = match.start()
    cut = fitting if fitting > 0 else first
    return _tidy(text[:cut]) if cut > 0 else text


def _trailing_phrase_cut(text: str, language: str) -> str | None:
    """Drop a final prepositional phrase ("... Waffentransfers zwischen Nordkorea und Russland").

    In German a clause that ends in a lowercase word may end in its verb or
    verb particle ("griff Charkiw mit Raketen an"), which must stay.
    """
    last = text.split()[-1]
    if language == "de" and not last[:1].isupper():
        return None
    for match in reversed(list(_PREPOSITIONS[language].finditer(text))):
        head = text[: match.start()].rstrip(" ,")
        if _OPEN_ENDING.search(head) or head.count("\"") % 2:
            continue
        if len(head) <= MAX_TITLE and len(head.split()) >= MIN_TITLE_WORDS + 1:
            return head
    return None


def _inner_phrase_cut(text: str) -> str | None:
    """Drop the last prepositional phrase before a German clause's final verb.

    "hatte eine Warnung für das Erzgebirge und das Muldental herausgegeben"
    -> "hatte eine Warnung herausgegeben": the verb that finishes the clause
    stays, the phrase that only says for whom, where or why goes.
    """
    words = text.split()
    if len(words) < MIN_TITLE_WORDS + 2 or not words[-1][:1].islower():
        return None
    verb_start = len(text) - len(words[-1])
    for match in reversed(list(_INNER_PREPOSITIONS.finditer(text, 0, verb_start))):
        head = text[: match.start()].rstrip(" ,")
        if _OPEN_ENDING.search(head) or len(head.split()) < MIN_TITLE_WORDS:
            continue
        if head.count("\"") % 2 or text[match.end() : verb_start].count(","):
            continue
        shorter = f"{head} {words[-1]}"
        if len(shorter) <= MAX_TITLE:
            return shorter
    return None


def _finish(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text[:1].upper() + text[1:] if text else text
