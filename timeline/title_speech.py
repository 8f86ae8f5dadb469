"""Titles of what someone said: "Speaker: what was said".

A quotation with its frame after it ("„Kein Kommentar“, sagte Peskow am
Dienstag") or a reported statement ("X said on Monday that ...", "sagte X am
Dienstag, ...", "X hatte mitgeteilt, dass ...") becomes "Speaker: what was
said". The speaker is the name without its opener or tense ("And experts" ->
"Experts", "BP has said" -> "BP"), a name an apposition follows or precedes
("Richard Morse, a musician who runs a hotel, reported that ..."; "the health
secretary, Alan Johnson, said") and, when the title is long, the name without
its role ("Alabama Governor Bob Riley" -> "Bob Riley").
"""

from __future__ import annotations

import re

from timeline.sentences import words
from timeline.title_english import short_speaker, without_apposition, without_cleft
from timeline.title_fit import (
    QUOTE_MARKS,
    first_sentence,
    has_finite_verb,
    speaker_words,
    tidy,
)
from timeline.title_german import GERMAN_ARTICLES, verb_final_to_main, verb_second
from timeline.title_sizes import MAX_SPEAKER_WORDS, MIN_TITLE_WORDS, TARGET_TITLE
from timeline.title_text import DATELINE, remove_dates, strip_extras

_QUOTE_CLASS = "[\"“”„«»]"
# A German noun phrase: article, lowercase attributes, capitalised words (a name,
# "Kreml-Sprecher Dmitri Peskow", "das Weiße Haus", "die beiden Verbündeten").
_GERMAN_NP = (
    r"(?:(?:der|die|das|ein|eine)\s+(?:[a-zäöüß][\w-]*\s+){0,3})?"
    r"[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,4}"
)
SPEECH_VERBS = {
    "de": r"sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|erklären|betonte|betonten|"
          r"betont|warnte|warnten|warnt|schrieb|schrieben|bekräftigte|bekräftigten|"
          r"berichtete|berichteten|meldete|meldeten|teilte|teilten|bestätigte|bestätigten|"
          r"schreibt|meinte|meinten|kritisierte|kritisierten|forderte|forderten",
    "en": r"said|says|(?:told|tells)\s+(?:reporters|journalists|lawmakers|the\s+"
          r"(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|\w+)|a\s+(?:\w+\s+)?"
          r"(?:conference|briefing|hearing|meeting|committee|panel))|stated|added|"
          r"warned|wrote|reported|testified|announced|confirmed|disclosed|revealed|acknowledged|"
          r"admitted|predicted|estimated|insisted|stressed|explained|noted|argued|claimed|say|"
          r"believe|believes",
}
# Verbs that report a statement only with "that" (or a colon) after them; "say" and
# "believe" of a plural subject or a bare clause.
_THAT_VERBS = words(
    """reported testified announced confirmed disclosed revealed acknowledged admitted
    predicted estimated insisted stressed explained noted argued claimed believe believes"""
)
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
_TRAILING_SETTING = re.compile(
    r"^(?:in|at|during|on)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statement|interview|briefing|conference|speech|post|letter|address|call|petition|"
    r"filing|report|note|memo|e-?mail|document|ruling|affidavit|complaint|lawsuit|"
    r"hearing|testimony|release)\b(?:(?!\bthat\b)[^,;:\"“”])*$",
    re.IGNORECASE,
)
_BOUNDARY_AFTER_SETTING = re.compile(
    r"^(?P<setting>[^,:;\"„“”]{0,80}?)\s*(?P<mark>[,:]|\bthat\b)\s*(?P<content>.+)$"
)
ENGLISH_OPENING = re.compile(
    r"^(?:(?:(?:In|At|On|During|Across|Speaking|According to|After|Before|Following|Despite|"
    r"Amid|Ahead of|Under|With|Without|Given|Since|Until|Due to|Because of|Regardless of|"
    r"Apart from|Besides|Unlike|Like|[A-Z][a-z]+ing)\b(?:[^,]|,(?=\d)){0,90}"
    r"|(?:In|At|On)\s[^,]{1,40}(?:,\s[^,]{1,40}){1,3}),\s+"
    r"(?=[A-Z]|(?:more|most|many|some|the|a|an|its|their)\b)"
    r"|(?:In|At|During|After|Following|Despite|Amid)\s(?:a|an|the)\s(?:[^,]|,(?=\d)){0,90},\s+(?=[a-z]))"
)
_CONTENT_START_EN = re.compile(
    r"^(?:[A-Z]|(?:it|they|he|she|the|there|we|its|their)\b|(?!(?:in|on|at|to|for|with|by|"
    r"from|about|of|that|as|during|after|before|up|out|not|also|against|over|into|across|"
    r"despite|amid|under|through|without|toward|towards|off|upon|\w+ing|\w+ly)\b)[a-z]+\s)"
)
_CLOSING_QUOTE = re.compile(r"[“”\"»]")
_PERFECT_SPEECH = re.compile(
    r"^(?P<speaker>" + _GERMAN_NP + r")\s+(?:hat|hatte|haben|hatten)\s+(?:[a-zäöüß]\w*\s+){0,3}?"
    r"(?:mitgeteilt|gesagt|erklärt|betont|angekündigt|berichtet|bestätigt|gemeldet|"
    r"bekanntgegeben|bekannt gegeben)\s*,\s*(?P<content>.+)$"
)


def perfect_speech_title(body: str, language: str) -> str | None:
    """"Die Autobahn GmbH hatte mitgeteilt, dass die Brücke nicht zu retten ist" -> "Die
    Autobahn GmbH: Die Brücke ist nicht zu retten"."""
    match = _PERFECT_SPEECH.match(body) if language == "de" else None
    if not match:
        return None
    content = match.group("content").strip().rstrip(".")
    if content.startswith(("dass ", "daß ")):
        content = verb_final_to_main(content[5:]) or ""
    elif content[:1].islower():
        content = verb_second(content) or ""
    if len(content.split()) < MIN_TITLE_WORDS:
        return None
    return attributed(speaker_name(match.group("speaker")), content, language)


def statement_title(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]], language: str
) -> str | None:
    """"„Quote“, erklärten die Verbündeten am Mittwoch." is the statement, dated in its frame.

    Title: "Speaker: quote".
    """
    body = DATELINE.sub("", sentence)
    offset = len(sentence) - len(body)
    if body[:1] not in "\"„“«":
        return None
    closing = None
    for match in _CLOSING_QUOTE.finditer(body, 1):
        if match.start() + offset < date_span[0]:
            closing = match
    if closing is None:
        # '"Last week the lesson is we got lucky," said Sandman.': the date is quoted.
        closing = next(_CLOSING_QUOTE.finditer(body, 1), None)
        if closing is None or not re.match(r"[,\s]", body[closing.end() :]):
            return None
    cut = closing.end() + offset
    frame_spans = [(start - cut, end - cut) for start, end in spans if start >= cut]
    frame = tidy(strip_extras(remove_dates(sentence[cut:], frame_spans, language)))
    quote_spans = [
        (start - offset - 1, end - offset - 1) for start, end in spans
        if offset + 1 <= start and end <= closing.start() + offset
    ]
    raw_quote = first_sentence(body[1 : closing.start()])
    quote_spans = [(start, end) for start, end in quote_spans if end <= len(raw_quote)]
    quote = tidy(remove_dates(raw_quote, quote_spans, language))
    if language == "de" and quote[:1].islower() and _may_open_v2(quote):
        quote = verb_second(quote) or ""
    if not frame or not quote:
        return None
    speaker = _frame_speaker(frame, language)
    if speaker is None:
        return None
    return attributed(speaker, quote, language)


def _frame_speaker(frame: str, language: str) -> str | None:
    """The speaker of a frame that follows a quotation ("erklärten die Verbündeten in ...")."""
    verbs = SPEECH_VERBS[language]
    if language == "de":
        match = re.match(
            rf"^(?:{verbs})\s+(?:(?:dazu|dann|auch|ebenfalls|zudem|außerdem|weiter|bereits|"
            rf"dabei|darauf|nun|jedoch|aber)\s+)*(?P<speaker>{_GERMAN_NP})",
            frame,
        )
    else:
        match = re.match(
            rf"^(?P<speaker>(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?:[A-Z][\w.'-]*\s+){{0,5}}?"
            rf"[A-Z][\w.'-]*)\s+(?:{verbs}|told\s+[A-Z]\w+)\b",
            frame,
        ) or re.match(rf"^(?:{verbs})\s+(?P<speaker>(?:[A-Z][\w.'-]*\s*){{1,5}})", frame)
    if not match:
        return None
    return speaker_name(match.group("speaker"))


_PRONOUN_SPEAKERS = words("he she it they we i you er sie es wir ich man")


def _may_open_v2(text: str) -> bool:
    first = text.split()[0].lower() if text.split() else ""
    return first not in GERMAN_ARTICLES and first not in ("er", "sie", "es", "wir", "man", "ich")


def speech_title(body: str, language: str) -> str | None:
    """"Speaker: content" for a sentence that reports what someone said."""
    if language == "en":
        body = ENGLISH_OPENING.sub("", body)
    verbs = SPEECH_VERBS[language]
    for match in re.finditer(rf"\b(?:{verbs})\b", body):
        before = body[: match.start()].strip()
        after = body[match.end() :].strip()
        if match.group() in _THAT_VERBS and not re.match(r"(?:that\b|[:,])", after):
            continue  # "reported a profit": what was reported is an object, not a statement
        found = _speech_parts(before, after, language)
        if found and (
            found[0].lower() in _PRONOUN_SPEAKERS
            or found[0].split()[0].lower() in ("its", "his", "her", "their", "sein", "ihr")
        ):
            continue  # "They said ...": who "they" are is not in the title
        if found:
            speaker, content = found
            content = unquote(content).strip()
            if language == "de" and content[:1].islower() and _may_open_v2(content):
                content = verb_second(content) or ""  # "ist ein Tag zum Feiern": a date was first
            if len(content.split()) >= 2 and speaker:
                return attributed(speaker, content, language)
    return None


def _speech_parts(before: str, after: str, language: str) -> tuple[str, str] | None:
    content: str | None
    if language == "en" and before.endswith(","):
        named = _named_speaker(before, after)
        if named is not None:
            return named
    if before.endswith(",") or before.endswith(tuple(f"{q}," for q in QUOTE_MARKS)):
        # "Content, sagte Peskow." / "Content, the White House said."
        content = before.rstrip(",")
        noun_phrase = _GERMAN_NP if language == "de" else _ENGLISH_NP
        match = re.match(rf"^(?P<speaker>{noun_phrase})", after)
        return (speaker_name(match.group("speaker")), content) if match else None
    if language == "en":
        # "Test results are due, Grantham said, but the crew is confident": the clause
        # after the frame is another statement, not what was said.
        after = re.sub(r"^,\s*(?:but|and|while|although|though|adding|noting|as)\b.*$", "", after)
    if language == "en":
        # "..., an officer said in a petition filed in court": where it was said
        after = _TRAILING_SETTING.sub("", after)
    if language == "en" and not _SPEECH_SETTING["en"].sub("", after).strip(" .!?\"”'"):
        # "Content, the White House said (in a statement)."
        match = re.match(rf"^(?P<content>.+),\s+(?P<speaker>{_ENGLISH_NP})$", before)
        if match:
            return speaker_name(match.group("speaker")), match.group("content")
        return None
    if language == "de" and not before:
        # The verb came second after the date phrase: "sagte das Weiße Haus, ...".
        match = re.match(rf"^(?P<speaker>{_GERMAN_NP})(?P<rest>.*)$", after)
        if not match:
            return None
        content = _after_boundary(match.group("rest"), language)
        return (speaker_name(match.group("speaker")), content) if content else None
    opening_adverbial = before[:1].isupper() and before.split()[0].lower() in _PREPOSITION_WORDS
    if language == "de" and opening_adverbial:
        # "Auf die Vorwürfe angesprochen sagte Peskow ...": an opening adverbial, the
        # speaker after the verb.
        match = re.match(rf"^(?P<speaker>{_GERMAN_NP})(?P<rest>.*)$", after)
        if match:
            content = _after_boundary(match.group("rest"), language)
            if content:
                return speaker_name(match.group("speaker")), content
    if language == "en":
        before = re.sub(r"^the\s+", "", before)
        before = before[:1].upper() + before[1:]
    if not before or speaker_words(before) > MAX_SPEAKER_WORDS or not before[:1].isupper():
        return None
    last = before.split()[-1]
    if language == "en" and (
        has_finite_verb(before, "en") or last in ("and", "who", "which", "that")
    ):
        return None  # "Obama vowed to hold BP accountable and said", "People who say": no name
    content = _after_boundary(after, language)
    if content is None and language == "en":
        rest = _SPEECH_SETTING["en"].sub("", after)
        if rest.lower().startswith("that "):
            content = rest[5:]
        elif _CONTENT_START_EN.match(rest):
            content = rest
    return (speaker_name(before), content) if content else None


def _named_speaker(before: str, after: str) -> tuple[str, str] | None:
    """A speaker named after a role, between commas: "Content, the health secretary, Alan
    Johnson, said" -> ("Alan Johnson", "Content"); "Haiti's Prime Minister, Jean-Max
    Bellerive, says more than 15,000 bodies ..." -> ("Jean-Max Bellerive", "More than
    ...")."""
    parts = before.rstrip(",").split(", ")
    name = parts[-1].strip()
    place = _PLACE_BEFORE.search(parts[-2]) if len(parts) >= 2 and _NAME.fullmatch(name) else None
    if place is not None:
        # "the BBC's David Amanor in the capital, Accra, says": the name is a place
        speaker = re.sub(r"^(?:the|The)\s+", "", parts[-2][: place.start()]).strip()
        content = _content_after(after)
        if speaker and speaker_words(speaker) <= MAX_SPEAKER_WORDS and content:
            return speaker_name(speaker), content
        return None
    said = _SPEECH_SETTING["en"].sub("", after).strip(" .!?\"”'")
    if len(parts) >= 2 and said and _NAME.fullmatch(parts[0].strip()) and not _NAME.fullmatch(
        name
    ) and len(" ".join(parts[1:]).split()) <= 25:
        # "Richard Morse, a musician who runs the Oloffson Hotel, reported that ..."
        content = _content_after(after)
        return (parts[0].strip(), content) if content else None
    if len(parts) < 2 or not _NAME.fullmatch(name):
        return None
    rest = parts[:-1]
    if said:
        # "The latest cases came as the chief medical officer, Sir Liam Donaldson, said he
        # was concerned": the name before the verb spoke, whatever stands before it.
        content = _content_after(after)
        return (name, content) if content else None
    if len(rest[-1].split()) <= 6 and not has_finite_verb(rest[-1], "en"):
        rest = rest[:-1]  # "the health secretary": the role the name fills
    content = ", ".join(rest)
    return (name, content) if len(content.split()) >= MIN_TITLE_WORDS else None


def _content_after(after: str) -> str | None:
    """What an English speaker said, after the verb: "that ...", ": ...", a clause."""
    content = _after_boundary(after, "en")
    if content is None:
        plain = _SPEECH_SETTING["en"].sub("", after)
        content = plain[5:] if plain.lower().startswith("that ") else (
            plain if _CONTENT_START_EN.match(plain) else None
        )
    return content


_PLACE_BEFORE = re.compile(
    r"\s(?:in|at|near|from)\s+the\s+(?:\w+\s+)?(?:capital|city|town|village|region|province|"
    r"state|country|area)$"
)
_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Prof)\.?\s)?(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*")
_PREPOSITION_WORDS = words("auf in an bei nach vor während mit trotz wegen gegenüber laut zu")


def _after_boundary(rest: str, language: str) -> str | None:
    """What was said, after the setting of the statement and a colon, comma or "that"."""
    match = _BOUNDARY_AFTER_SETTING.match(rest)
    if not match:
        return None
    setting = match.group("setting").strip()
    if setting and not _SPEECH_SETTING[language].match(setting):
        return None
    return unquote(match.group("content"))


def attributed(speaker: str, content: str, language: str) -> str:
    content = tidy(first_sentence(unquote(content)))
    content = content[:1].upper() + content[1:]
    if language == "en":
        speaker = re.sub(r"^(?:The|the|An?)\s+", "", speaker)
        content = without_cleft(without_apposition(content))
    speaker = speaker[:1].upper() + speaker[1:]
    text = f"{speaker}: {content}"
    if len(text) > TARGET_TITLE:
        short = _short_speaker(speaker, language)
        text = f"{short}: {content}"
    return text


def speaker_name(text: str) -> str:
    """Who spoke, without what is not part of the name: "And experts" -> "Experts", "Mr
    Ban also" -> "Mr Ban", "BP has" (of "BP has said") -> "BP"."""
    text = _SPEAKER_TAIL.sub("", _SPEAKER_OPENER.sub("", text.strip()))
    return tidy(text)


_SPEAKER_OPENER = re.compile(r"^(?:And|But|So|Yet|Und|Aber|Doch)\s+(?=\S)")
_SPEAKER_TAIL = re.compile(
    r"(?:\s+(?:also|later|earlier|again|previously|then|now|too|has|have|had|had\s+also|"
    r"has\s+also|have\s+also|would|will|auch|dann|zudem|außerdem|bereits))+$"
)


def _short_speaker(speaker: str, language: str = "de") -> str:
    """"Die beiden westlichen Verbündeten" -> "Die Verbündeten": a definite article keeps
    the noun's ending, so the attributes can go; "Pressesprecher Hugo Daniel Stoffella"
    -> "Pressesprecher Stoffella": a role keeps the family name."""
    match = re.match(r"^(Der|Die|Das|der|die|das)\s+(?:[a-zäöüß][\w-]*\s+)+([A-ZÄÖÜ].*)$", speaker)
    if match:
        return f"{match.group(1).capitalize()} {match.group(2)}"
    if language == "en":
        return short_speaker(speaker)
    names = speaker.split()
    role = names[0] if names else ""
    if language == "de" and len(names) >= 3 and (len(role) >= 9 or "-" in role) and all(
        re.fullmatch(r"[A-ZÄÖÜ][\w'’-]+", name) for name in names
    ):
        return f"{names[0]} {names[-1]}"
    return speaker


def unquote(text: str) -> str:
    text = text.strip()
    if text[:1] in QUOTE_MARKS:
        whole = text.rstrip(".!?")
        if len(whole) > 1 and whole[-1] in QUOTE_MARKS:
            # „Das ist „unannehmbar“.“: a quotation that holds one.
            return whole[1:-1].strip()
        closing = re.search(_QUOTE_CLASS, text[1:])
        inner = text[1 : closing.start() + 1] if closing else text[1:]
        return inner.strip()
    return text

