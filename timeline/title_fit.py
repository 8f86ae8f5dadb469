"""Shortening a title to about twelve words without losing its verb.

In order: the main clause alone (German: appositions and relative clauses
inside it dropped, its closing verb kept), a cut at a clause boundary (not at
a list's comma, not inside a quotation), an opening phrase dropped, phrases
before a German clause's final verb dropped (where first), a clause a
conjunction opens (English), a final prepositional phrase, an adverb; only
when nothing fits is the title cut at a word with "…". English first loses
what stands between its subject and verb (a relative clause without commas, an
apposition) and an opening phrase without a verb; no cut may leave an English
title without its finite verb. Also the tidying every title gets and the test
whether a title has a (finite) verb, which makes it a better choice for its
event.
"""

from __future__ import annotations

import re

from timeline.sentences import words
from timeline.title_cut import (
    adjunct_cut,
    clause_cut,
    cut_keeps_clause,
    main_clause_kept,
    phrase_cut,
    verbless_conjunct,
)
from timeline.title_english import (
    ADVERB,
    APPOSITION,
    english_clause,
    short_speaker,
    shorter_name,
    without_inner_relative,
    without_opening_condition,
    without_participle_aside,
    without_relative_aside,
    without_verbless_opening,
)
from timeline.title_german import (
    GERMAN_AUXILIARIES,
    GERMAN_PREPOSITIONS,
    capitalise,
    ends_in_saying,
    german_main_clause,
    is_adjective,
    is_final_verb,
    needs_closing_verb,
    noun_phrase_end,
    part_kind,
    takes_infinitive,
    verb_second,
    wants_complement,
)
from timeline.title_side import ENGLISH_VERB
from timeline.title_sizes import (
    MAX_SPEAKER_WORDS,
    MAX_TITLE,
    MIN_CLAUSE,
    MIN_TITLE_WORDS,
    PENALTY_CUT,
    PENALTY_LONG,
    TARGET_TITLE,
    TARGET_WORDS,
)
from timeline.title_text import (
    drop_leading_fillers,
    sentence_pieces,
)

QUOTE_MARKS = "\"“”„«»‚‘’"
_CLAUSE_BOUNDARY = re.compile(
    r"[,;:]\s|\s[–—-]{1,2}\s|\s(?:and|und)\s(?=(?:that|dass|said|says|added|sagte|erklärte)\b)"
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
# A title must not end in a word that needs what was cut away.
_OPEN_ENDING = re.compile(
    r"\b(?:the|a|an|of|to|and|or|not|was|were|is|are|be|been|had|has|have|would|will|its|"
    r"their|his|her|likely|due|able|set|about|than|as|with|into|from|for|on|in|at|"
    r"by|that|which|who|because|while|when|after|before|ahead|back|said|says|told|need|needs|"
    r"want|wants|plan|plans|hope|hopes|going|trying|tried|"
    r"der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|nicht|zu|um|wie|als|dass|"
    r"mit|für|von|vom|am|im|beim|zum|zur|sich|auf|bei|nach|zwar)$",
    re.IGNORECASE,
)


def has_verb(text: str, language: str) -> bool:
    if language == "de":
        tokens = re.sub(r"[„“\"«][^„“\"«»”]*[“”\"»]", "", text).split()
        for index, token in enumerate(tokens[1:], 1):
            bare = token.strip(",.;:")
            if bare.lower() in GERMAN_AUXILIARIES:
                return True
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            attribute = is_adjective(bare) and (following[:1].isupper() or is_adjective(following))
            if is_final_verb(bare) and not attribute and not re.search(
                r"(?:lich|ig|isch|los|bar|sam)$", bare
            ):
                return True
        return False
    return bool(ENGLISH_VERB.search(text))


def has_finite_verb(text: str, language: str) -> bool:
    """Whether ``text`` is a clause: a finite verb outside a relative clause ("The
    outbreak which has spread around the world" is not one, "Even at the minimum
    estimated rate" is not one either)."""
    if language == "de":
        return has_verb(text, language)
    return english_clause(text)


def speaker_words(text: str) -> int:
    """Words of a speaker's name, "of", "for" and "and" not counted ("The U.S. Centers for
    Disease Control and Prevention")."""
    return len([w for w in text.split() if w not in ("of", "for", "and", "the", "on", "de")])


def tidy_spaces(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    return re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text).strip()


def tidy(text: str) -> str:
    text = tidy_spaces(text)
    text = re.sub(r"\b(that|dass),\s+", r"\1 ", text)  # "showed that, a total": a date went
    if text.count("(") != text.count(")"):
        text = re.sub(r"\s*[()]\s*", " ", text).strip()  # a bracket cut in half
    text = re.sub(r'"([^"]*?)\s+"', r'"\1"', text)  # 'Mondial "' after a year went
    text = text.strip(" ,;:–—-")
    text = re.sub(r"[.:;,!?]+$", "", text).strip()
    quote_marks = sum(text.count(mark) for mark in "\"“”„«»")
    if text[:1] in QUOTE_MARKS or quote_marks % 2:
        # A quotation that became the whole title, or one cut in half: drop its marks.
        text = re.sub(r"[\"“”„«»]", "", text)
    text = re.sub(r"[.:;,]+$", "", text.strip(" ,;:–—-")).strip()
    return re.sub(r"(?:\s+(?:and|or|but|und|oder|aber))+$", "", text)  # what a date left


def fit_title(text: str, language: str) -> tuple[str, int]:
    """The title shortened to :data:`TARGET_TITLE` if it can be, and its penalty."""
    if language == "de" and wants_complement(text):
        text = _coordinated_verb_cut(text)  # "X war aufgetaucht und hatte erklärt"
    if len(text) <= TARGET_TITLE and len(text.split()) <= TARGET_WORDS:
        return text, 0
    if language == "de":
        speaker, colon, content = text.rpartition(": ")
        if len(speaker.split()) > MAX_SPEAKER_WORDS or speaker[:1] in QUOTE_MARKS:
            speaker, colon, content = "", "", text
        content = tidy(german_main_clause(first_sentence(content), MIN_CLAUSE))
        if wants_complement(content):
            content = _coordinated_verb_cut(content)
        text = speaker + colon + drop_leading_fillers(content, language)
    else:
        text = without_participle_aside(without_inner_relative(without_relative_aside(text)))
        text = APPOSITION.sub(r"\1 ", text)

    if language == "en":
        text = without_opening_condition(without_verbless_opening(text))
    text = _clause_cut(text, language)
    if len(text) > TARGET_TITLE:
        text = capitalise(_LEADING_INDEFINITE.sub("", text))
    if language == "de" and (len(text) > MAX_TITLE or len(text.split()) > TARGET_WORDS):
        text = _without_fronted_phrase(text)
        text = _inner_phrase_cut(text) or text
        if len(text) > MAX_TITLE:
            text = _last_comma_cut(text)
        if len(text) > MAX_TITLE or wants_complement(text):
            text = _coordinated_verb_cut(text)
    if language == "en" and len(text.split()) > TARGET_WORDS + 2:
        shorter = phrase_cut(text, TARGET_TITLE)  # about twelve words, not seventeen
        kept = shorter.rpartition(": ")[2] if shorter else ""
        if shorter and len(kept.split()) >= TARGET_WORDS // 2 + 1:
            text = shorter
    if len(text) <= TARGET_TITLE:
        return text, 0
    if len(text) <= MAX_TITLE:
        return text, PENALTY_LONG
    speaker, colon, content = text.partition(": ")
    if colon and language == "en" and speaker_words(speaker) >= 4:
        said = content if len(content) <= MAX_TITLE else (
            clause_cut(content) or phrase_cut(content)
        )
        if said and has_finite_verb(said, language):
            named = f"{short_speaker(speaker)}: {capitalise(said)}"
            if len(named) <= MAX_TITLE:
                return named, PENALTY_LONG  # the name without its long role
            return capitalise(said), PENALTY_LONG  # a long name would cut what was said short
    shorter = clause_cut(text) if language == "en" else None
    if shorter is None and language == "en":
        shorter = shorter_name(text)
    if language == "en":
        shorter = shorter or phrase_cut(text)
    fallback = _trailing_phrase_cut(text, language)
    if fallback and (language != "en" or cut_keeps_clause(
        text, len(fallback), len(text.rpartition(": ")[0]) + 2 if ": " in text else 0
    )):
        shorter = shorter or fallback
    if shorter is None and language == "en":
        plain = ADVERB.sub("", text)  # "known respectively as": the adverb can go
        shorter = plain if len(plain) <= MAX_TITLE else None
    if shorter is None and language == "en":
        shorter = adjunct_cut(text)
    if shorter is not None:
        return shorter, 0 if len(shorter) <= TARGET_TITLE else PENALTY_LONG
    head = text[: TARGET_TITLE - 1].rsplit(" ", 1)[0]
    return head.rstrip(" ,;:–—-") + "…", PENALTY_CUT


def _last_comma_cut(text: str) -> str:
    """"X wurde bestraft, weil er den Bauern mit dem Bau einer Leitung nicht geholfen hatte"
    that is still too long -> "X wurde bestraft": the clause before the last comma, when
    it is a whole clause and not one that needs what follows ("X wurde gezwungen")."""
    cut = text.rfind(", ", 0, MAX_TITLE)
    head = text[:cut] if cut > 0 else ""
    if len(head) < MIN_CLAUSE or needs_closing_verb(head) or not has_verb(head, "de"):
        return text
    if wants_complement(head):
        return text  # "ist es gelungen", "hatte erklärt": what was achieved or said follows
    return head


def _coordinated_verb_cut(text: str) -> str:
    """"Gastrini war aufgetaucht und hatte den Ermittlern erklärt, er habe ..." -> "Gastrini
    war aufgetaucht": a second verb phrase after "und" goes when the first is whole."""
    for match in re.finditer(r"\s(?:und|sowie)\s(?=(\S+))", text):
        head = text[: match.start()].rstrip(" ,")
        verb = match.group(1)
        if not (verb in GERMAN_AUXILIARIES or (verb[:1].islower() and is_final_verb(verb))):
            continue
        if len(head.split()) < MIN_TITLE_WORDS or not has_verb(head, "de") or (
            needs_closing_verb(head)
        ):
            continue
        if wants_complement(head) or "," in head:
            continue
        return head
    return text


def _without_fronted_phrase(text: str) -> str:
    """"Wegen Vortäuschung einer Straftat hat Richter X den Mann verurteilt" -> "Richter X
    hat den Mann verurteilt": a German clause's opening phrase (why, where, how) goes
    when the subject can take its place."""
    tokens = text.split()
    if len(tokens) < 5 or tokens[0].lower() not in _FRONTED_PREPOSITIONS:
        return text
    end = noun_phrase_end(tokens, 1)
    if end is None or end >= len(tokens) - 2:
        return text
    turned = verb_second(" ".join(tokens[end:]))
    if turned is None:
        # "Im Streit um Löhne im Hafen Westerhaven haben sich X und Y geeinigt": the
        # phrase holds phrases of its own; it ends where the auxiliary stands.
        auxiliary = next(
            (i for i in range(end, min(len(tokens) - 2, 14)) if tokens[i] in GERMAN_AUXILIARIES
             and "," not in " ".join(tokens[:i])), None,
        )
        if auxiliary is not None:
            turned = verb_second(" ".join(tokens[auxiliary:]))
    return turned if turned is not None else text


_FRONTED_PREPOSITIONS = words(
    "wegen trotz bei beim nach mit in im auf an am aus durch für vor zum zur anlässlich laut "
    "während seit"
)


def _clause_cut(text: str, language: str = "en") -> str:
    """Cut at the last clause boundary within the target that leaves a statement.

    A clause that an adjunct conjunction opens ("..., wobei ...", "..., und
    ...") can go even after a short main clause; a clause opened otherwise
    may complete the verb, so only a long remainder is kept alone.
    """
    fitting = -1
    first = -1
    clause = language == "en" and has_finite_verb(text, language)
    for match in _CLAUSE_BOUNDARY.finditer(text):
        before = text[: match.start()]
        if sum(before.count(mark) for mark in "\"“”„«»") % 2:
            continue  # a comma inside a quoted title
        if match.group().startswith(":") and len(before.split()) <= MAX_SPEAKER_WORDS and not (
            has_verb(before, language)
        ):
            continue  # "Speaker: what was said" keeps its speaker and its statement
        if match.group().startswith(",") and _list_comma(text, match.start(), match.end()):
            continue  # "known as Spanish, Asian, and Hong Kong influenza": a list, not a clause
        adjunct = match.group()[0].isspace() or _ADJUNCT.match(text, match.end())
        enough = match.start() >= (MIN_CLAUSE if adjunct else 2 * MIN_CLAUSE)
        if not enough or len(before.split()) < MIN_TITLE_WORDS:
            continue
        if clause and (not has_finite_verb(before, language) or not main_clause_kept(
            before.rpartition(": ")[2], at_comma=match.group().startswith(",")
        )):
            continue  # "Regardless of the effect of the virus": a phrase, not what happened
        if clause and _verbless_clause_cut(text, match.start()):
            continue  # "The spill began, when the rig, leased by BP": the clause lost its verb
        if language == "de" and takes_infinitive(before) and part_kind(
            text[match.end() :].split(", ")[0]
        ) == "infinitive":
            continue  # "ist es gelungen, den Sieg zu bestätigen": what was achieved follows
        if language == "de" and ends_in_saying(before):
            continue  # "hatte den Ermittlern erklärt": what was said follows
        if language == "de" and needs_closing_verb(before.rsplit(": ", 1)[-1]):
            continue  # "Sterzing hat mit einer Prozession, ...": the verb that closes is later
        if first < 0:
            first = match.start()
        if match.start() <= TARGET_TITLE:
            fitting = match.start()
    cut = fitting if fitting > 0 else first
    return tidy(text[:cut]) if cut > 0 else text


def _verbless_clause_cut(text: str, position: int) -> bool:
    """An English cut at ``position`` leaves a clause a conjunction opened without its verb."""
    speaker, colon, _ = text[:position].rpartition(": ")
    offset = len(speaker) + len(colon) if colon else 0
    return verbless_conjunct(text[offset:position].rstrip(" ,"), text[offset:])


def _list_comma(text: str, start: int, end: int) -> bool:
    """The comma at ``text[start:end]`` separates the items of a list ("as Spanish, Asian,
    and Hong Kong influenza"), not two clauses."""
    before = re.split(r"[,;:]", text[:start])
    after = re.split(r"[,;:]", text[end:])
    item_after = after[0].split()
    if before[:-1] and len(before[-1].split()) <= 2:
        return True  # the item before stands between two commas
    if len(item_after) <= 3 and len(after) > 1:
        following = after[1].split()
        return bool(following) and (following[0] in ("and", "und", "or", "oder") or (
            len(following) <= 3
        ))
    return len(item_after) <= 4 and bool(item_after) and item_after[0] in (
        "and", "und", "or", "oder"
    ) and len(after) == 1


def _trailing_phrase_cut(text: str, language: str) -> str | None:
    """Drop a final prepositional phrase ("... Waffentransfers zwischen Nordkorea und Russland").

    In German a clause that ends in a lowercase word may end in its verb or
    verb particle ("griff Charkiw mit Raketen an"), which must stay.
    """
    last = text.split()[-1]
    if language == "de" and not last[:1].isupper():
        return None
    # German verbs are read from a few word classes only: an English head must keep one
    clause = language == "en" and has_finite_verb(text, language)
    for match in reversed(list(_PREPOSITIONS[language].finditer(text))):
        head = text[: match.start()].rstrip(" ,")
        if language == "de" and not _phrase_to_end(text[match.start() :].split()):
            continue  # "beantragten im Landtag einen Ausschuss": the object follows
        if _OPEN_ENDING.search(head) or sum(head.count(q) for q in "\"“”„«»") % 2:
            continue
        if clause and not has_finite_verb(head.rpartition(": ")[2], language):
            continue  # "Yosano: Private capital flows": the verb was further on
        if len(head) <= MAX_TITLE and len(head.split()) >= MIN_TITLE_WORDS + 1:
            return head
    return None


def _phrase_to_end(tokens: list[str]) -> bool:
    """``tokens`` (a preposition first) are phrases to the end, no object after them:
    "zwischen Nordkorea und Russland", "von Innsbruck nach Bozen"."""
    end = noun_phrase_end(tokens, 1, von=True)
    while end is not None and end + 1 < len(tokens) and (
        tokens[end] in ("und", "oder", "sowie", "ab") or tokens[end] in GERMAN_PREPOSITIONS
    ):
        end = noun_phrase_end(tokens, end + 1, von=True)
    return end == len(tokens)


def _inner_phrase_cut(text: str) -> str | None:
    """Drop prepositional phrases before a German clause's final verb until it fits.

    "hatte eine Warnung für das Erzgebirge und das Muldental herausgegeben" -> "hatte
    eine Warnung herausgegeben"; "hielten Beamte bei der Mautstelle Sterzing ein
    Fahrzeug an" -> "hielten Beamte ein Fahrzeug an": the phrase goes, the object and
    the verb that finishes the clause stay. Phrases that say where go first. A clause
    without a final verb keeps its last phrase ("laden ... nach Bozen").
    """
    tokens = text.split()
    if len(tokens) < MIN_TITLE_WORDS + 2:
        return None
    passes: tuple[bool, ...] = (True, False)
    places = _PLACE_PREPOSITIONS
    if tokens[-1][:1].islower():
        verb_start = len(tokens) - 1
    else:
        last = [i for i, token in enumerate(tokens) if token in _INNER_PREPOSITION_WORDS]
        if last and noun_phrase_end(tokens, last[-1] + 1, von=True) == len(tokens):
            verb_start = last[-1]
        else:
            # "SPD und FDP beantragten im Landtag einen Ausschuss": no verb closes the
            # clause, the object closes it; only a phrase that says where can go.
            verb_start, passes, places = len(tokens), (True,), _V2_PLACE_PREPOSITIONS
    changed = False
    for places_only in passes:
        for _ in range(4):
            if len(" ".join(tokens)) <= TARGET_TITLE:
                break
            cut = _droppable_phrase(tokens, verb_start, places if places_only else None)
            if cut is None:
                break
            start, end = cut
            tokens = tokens[:start] + tokens[end:]
            verb_start -= end - start
            changed = True
    shorter = " ".join(tokens)
    return shorter if changed and len(shorter) <= MAX_TITLE else None


def _droppable_phrase(
    tokens: list[str], verb_start: int, places: frozenset[str] | None
) -> tuple[int, int] | None:
    """The phrase before ``tokens[verb_start]`` that can go: one that says where (a
    preposition of ``places``) or, with ``places`` None, any phrase."""
    places_only = places is not None
    allowed = places if places is not None else _INNER_PREPOSITION_WORDS
    for index in range(verb_start - 1, MIN_TITLE_WORDS - 1, -1):
        accompanied = not places_only and tokens[index] == "mit" and index + 1 < verb_start and (
            tokens[index + 1] in _POSSESSIVES  # "mit ihrem Programm": what she brings along
        )
        if (tokens[index] not in allowed and not accompanied) or _ends_clause(tokens[index - 1]):
            continue
        end = noun_phrase_end(tokens, index + 1, von=True)
        while end is not None and end < verb_start and tokens[end] in ("und", "oder", "sowie"):
            end = noun_phrase_end(tokens, end + 1, von=True)  # "wegen X und Y": it goes on
        if end is None or end > verb_start or "," in _QUOTED.sub("", " ".join(tokens[index:end])):
            continue
        if end < verb_start and is_adjective(tokens[end]) and not tokens[end][:1].isdigit():
            continue  # "aus Nordkorea stammende Raketen": the phrase belongs to an attribute
        if end < verb_start and tokens[end].lower() in _ATTACHED_PREPOSITIONS:
            continue  # "die neue Reise entlang des Pilgerwegs": a phrase follows it
        head = " ".join(tokens[:index])
        if _OPEN_ENDING.search(head) or sum(head.count(q) for q in "\"“”„«»") % 2:
            continue
        return index, end
    return None


_PLACE_PREPOSITIONS = words("in im an am auf bei beim aus")
# Where, in a clause no verb closes: "aus Solidarität" may say why, "auf" what about.
_V2_PLACE_PREPOSITIONS = words("in im an am bei beim")
_QUOTED = re.compile(r"[„“\"«][^„“\"«»”]*[“”\"»]")
_POSSESSIVES = words("ihrem ihrer ihren seinem seiner seinen einem einer dem der den")
_ATTACHED_PREPOSITIONS = words("entlang von vom zwischen samt")


def _ends_clause(token: str) -> bool:
    return token[-1:] in ",;:"


_INNER_PREPOSITION_WORDS = words(
    "für über unter aus nach bei beim in im an am auf wegen gegen durch trotz zum zur vor zu vom"
)


def first_sentence(text: str) -> str:
    """The first sentence of a quotation that holds several ("Es ist wichtig. Ich fahre")."""
    pieces = sentence_pieces(text)
    if len(pieces) > 1 and len(text[pieces[0][0] : pieces[0][1]].split()) >= MIN_TITLE_WORDS:
        return text[pieces[0][0] : pieces[0][1]].strip()
    return text
