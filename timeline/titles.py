"""Short readable event titles made from the sentence that dates the event.

A title is the sentence with what a chronology already shows taken out: the
date phrases (the event's date is printed next to it), a dateline
("WASHINGTON (Reuters) – "), parentheses and impersonal reporting frames
("..., heißt es in der Erklärung", "..., hieß es", "..., it said"). Long
sentences are cut at a clause boundary, or else at a word with "…". The
result is only a proposal: the title is a field a person is expected to edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TITLE = 100
MIN_CLAUSE = 60
MIN_ADJUNCT_CLAUSE = 30

_DATELINE = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ .'/-]{2,}(?:\s*\([^)]*\))?\s*[–—-]\s+")
_PARENTHESES = re.compile(r"\s*\([^()]{0,80}\)")
_FRAMES = [
    re.compile(r"[,\s]*[\"“”„«»]?\s*,?\s*(?:heißt|hieß) es\b[^\"„“”]*$"),
    re.compile(r"[,\s]*[\"“”„«»]?\s*,\s*(?:so|sagte|sagten|erklärte|erklärten|betonte)\s+"
               r"[^,\"„“”]{1,60}$"),
    re.compile(r"[,\s]*[\"“”„«»]?\s*,\s*(?:it|they|he|she)\s+(?:said|added|stated)\b[^\"“”]*$",
               re.IGNORECASE),
    re.compile(r"[,\s]*[\"“”]?\s*,\s*(?:said|added|according to)\s+[^,\"“”]{1,60}$"),
    re.compile(r"[\"“”]?\s*,\s*(?:the\s+)?(?:[A-Z][\w.'-]*\s+){1,5}(?:said|says|added|stated)[.!]?\s*$"),
]
_LEADING_PREPOSITION = re.compile(
    r"(?:\b(?:am|im|an|in|vom|von|zum|um|ab|bis|on|at|during|by)\s+)?(?:dem\s+|the\s+)?$",
    re.IGNORECASE,
)
# "seit 2017", "until March": without its date the phrase says nothing, so it stays.
_KEPT_PREPOSITION = re.compile(
    r"\b(?:seit|seitdem|bis|ab|vor|nach|since|until|till|from|before|after)\s+(?:dem\s+|the\s+)?$",
    re.IGNORECASE,
)
_JOINER = re.compile(r"^\s*(?:und|sowie|bzw\.|oder|and|or)\s+(?:am\s+|on\s+)?", re.IGNORECASE)
_QUOTES = "\"“”„«»‚‘’"
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
# A German subject after its verb: article, lowercase attributes, a noun.
_GERMAN_SUBJECT = re.compile(
    r"^(?P<verb>[a-zäöüß]\w*)\s+(?P<subject>(?:(?:der|die|das|ein|eine)\s+)"
    r"(?:[a-zäöüß][\w-]*\s+){0,3}[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][\w-]*(?=\s+[a-zäöüß]))(?:\s+(?P<rest>.*))?$"
)
_ADJUNCT = re.compile(
    r"(?:wobei|während|nachdem|obwohl|weil|und|aber|doch|sowie|bei dem|bei der|"
    r"whereby|while|after|although|because|and|but|which|who)\b",
    re.IGNORECASE,
)
_CLOSING_QUOTE = re.compile(r"[“”\"»]")


@dataclass(frozen=True)
class Title:
    """A proposed title; ``quality`` orders proposals, lower is better."""

    text: str
    quality: int


def make_title(
    sentence: str, date_span: tuple[int, int], all_date_spans: list[tuple[int, int]]
) -> Title:
    """Title for the event dated by ``sentence[date_span[0]:date_span[1]]``.

    ``all_date_spans`` are the offsets (within the sentence) of every date
    phrase of the sentence, so that "am 30. Dezember und am 2. Januar" goes
    away as a whole.
    """
    noun_phrase = _anchored_noun_phrase(sentence[: date_span[0]])
    if noun_phrase:
        return Title(_finish(noun_phrase), 1)
    statement = _statement_title(sentence, date_span, all_date_spans)
    if statement:
        text = statement
    else:
        text = _verb_first_to_subject_first(
            _clean(_without_dates(sentence, all_date_spans)), sentence, date_span
        )
    if text[:1].islower():
        # "Im Jahr 2006 testete Kim Jong Un ..." cannot lose its opening date
        # phrase without the verb coming first: keep the sentence whole.
        text = _clean(sentence)
    if len(text) <= MAX_TITLE:
        return Title(_finish(text), 0)
    return Title(_finish(_shorten(text)), 2)


def _anchored_noun_phrase(before: str) -> str | None:
    for pattern in _ANCHORED_NOUN:
        match = pattern.search(before)
        if not match:
            continue
        words = match.group(1).split()
        while len(words) > 1 and words[0][:1].islower() and words[1][:1].isupper():
            words.pop(0)  # "persönlichen Treffen": an inflected attribute reads badly alone
        if len(words) >= MIN_NOUN_PHRASE_WORDS or words[0] in _EVENT_NOUNS:
            return " ".join(words)
    return None


_EVENT_NOUNS = frozenset(
    ("Beginn", "Anfang", "Ende", "Ausbruch", "Start", "start", "beginning", "outbreak", "end")
)


def _statement_title(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]]
) -> str | None:
    """"„Quote“, erklärten die Verbündeten am Mittwoch." is the statement, dated in its frame.

    Title: the frame, subject first, then the quotation.
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
    frame = _clean(_without_dates(sentence[cut:], frame_spans), frames=False)
    if frame[:1].islower():
        rotated = _subject_first(frame)
        if rotated == frame:
            return None
        frame = rotated
    quote = _tidy(body[1 : closing.start()])
    if not frame or not quote:
        return None
    return f"{frame[:1].upper()}{frame[1:]}: {quote}"


def _subject_first(text: str) -> str:
    """"erklärten die beiden Verbündeten in ..." -> "die beiden Verbündeten erklärten in ..."."""
    match = _GERMAN_SUBJECT.match(text)
    if not match:
        return text
    rest = f" {match.group('rest')}" if match.group("rest") else ""
    return f"{match.group('subject')} {match.group('verb')}{rest}"


def _clean(text: str, *, frames: bool = True) -> str:
    text = _DATELINE.sub("", text)
    text = _PARENTHESES.sub("", text)
    for frame in _FRAMES if frames else ():
        text = frame.sub("", text)
    return _tidy(text)


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


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = text.strip(" ,;:–—-")
    text = re.sub(r"[.:;,]+$", "", text).strip()
    quote_marks = sum(text.count(mark) for mark in "\"“”„«»")
    if text[:1] in _QUOTES or quote_marks % 2:
        # A quotation that became the whole title, or one cut in half: drop its marks.
        text = re.sub(r"[\"“”„«»]", "", text)
    return re.sub(r"[.:;,]+$", "", text.strip()).strip()


def _verb_first_to_subject_first(text: str, sentence: str, date_span: tuple[int, int]) -> str:
    """"Letzte Woche sagte das Weiße Haus, ..." minus its date -> "Das Weiße Haus sagte, ..."."""
    opening = _LEADING_PREPOSITION.sub("", sentence[: date_span[0]])
    if opening.strip(" " + _QUOTES) or not text[:1].islower():
        return text
    match = re.match(r"^(\w+)\s+((?:\S+\s+){0,4}?\S+),\s+(.*)$", text)
    if match and match.group(2)[:1].isalpha():
        verb, subject, rest = match.groups()
        return f"{subject[:1].upper()}{subject[1:]} {verb}, {rest}"
    rotated = _subject_first(text)
    return rotated[:1].upper() + rotated[1:] if rotated != text else text


def _shorten(text: str) -> str:
    """Cut at the last clause boundary that leaves a complete statement, else at a word.

    A clause that an adjunct conjunction opens ("..., wobei ...", "..., und
    ...") can go even after a short main clause; other clauses may complete
    the verb ("wirft Moskau vor, ... abgefeuert zu haben"), so cutting before
    them needs a longer remainder.
    """
    cut = -1
    for match in re.finditer(r"[,;:]\s|\s[–—]\s", text):
        if match.start() > MAX_TITLE:
            break
        adjunct = _ADJUNCT.match(text, match.end())
        if match.start() >= (MIN_ADJUNCT_CLAUSE if adjunct else MIN_CLAUSE):
            cut = match.start()
    if cut > 0:
        return text[:cut]
    words = text[: MAX_TITLE - 1].rsplit(" ", 1)[0]
    return words.rstrip(" ,;:–—-") + "…"


def _finish(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text[:1].upper() + text[1:] if text else text
