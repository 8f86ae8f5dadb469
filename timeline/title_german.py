"""German sentence structure for titles, read without a trained parser.

German puts the finite verb second and the rest of the verb last ("Sterzing
hat ... gedacht"). A title made by taking out a fronted date needs the
subject moved before the verb (:func:`verb_second`); a relative or
subordinate clause ends in its verb and becomes a main clause when the verb
moves (:func:`verb_final_to_main`); shortening must keep the verb that closes
the clause (:func:`german_main_clause`, :func:`needs_closing_verb`). Noun
phrases are read from word classes: articles, inflected attributes,
capitalised nouns and names, genitives (:func:`noun_phrase_end`).
"""

from __future__ import annotations

import re

from timeline.sentences import words

GERMAN_ARTICLES = words(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    keiner keines dieser diese dieses diesen diesem jener jene jenes jenen alle beide beiden
    mehrere zahlreiche viele einige sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer
    unser unsere unseren unserem"""
)
GENITIVE_LINKS = words("des der eines einer dieses jenes")
GERMAN_PRONOUN_SUBJECTS = words("er sie es wir man ich ihr")
_QUANTIFIER_SUBJECTS = words("alle beide viele einige mehrere manche niemand jemand")
GERMAN_CLITICS = words("sich ihn ihm ihr ihnen uns euch mich mir dich dir es")
GERMAN_ADVERBS = words(
    """dann auch bereits erstmals wieder noch nun jedoch allerdings schon erneut zudem außerdem
    dort hier daraufhin nämlich also aber doch endlich schließlich offenbar voraussichtlich
    wohl zunächst erst insgesamt gemeinsam nicht nie nur ebenfalls sogar inzwischen
    mittlerweile gestern heute morgen jetzt kürzlich vorab bislang bisher ja"""
)
GERMAN_AUXILIARIES = words(
    """hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären wird
    werden wurde wurden würde würden kann können konnte konnten könne könnte soll sollen
    sollte sollten muss müssen musste mussten müsse will wollen wollte wollten darf dürfen
    durfte durften möchte möchten lässt ließ ließen"""
)
GERMAN_PREPOSITIONS = words(
    """an am auf aus bei beim bis durch für gegen gegenüber hinter in im ins mit nach neben ohne
    seit über um unter vom von vor während wegen zu zum zur zwischen trotz laut anlässlich
    innerhalb außerhalb dank samt statt entlang zugunsten"""
)
GERMAN_SUBORDINATORS = words(
    """dass daß als weil wenn ob obwohl obgleich nachdem damit da bevor ehe während sodass
    wobei indem seit seitdem bis sobald solange falls wie wo womit wodurch weshalb warum"""
)
GERMAN_COORDINATORS = words("und aber doch sondern denn oder sowie jedoch allerdings")
GERMAN_RELATIVES = words(
    "der die das dem den deren dessen denen welche welcher welches welchem welchen"
)
GERMAN_NUMBER_WORDS = words(
    """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert
    tausend knapp rund fast etwa über mehr weniger"""
)
# Separable verb prefixes: a verb-final "stattfindet" is "findet ... statt" in a main clause.
SEPARABLE_PREFIXES = (
    "zurück", "zusammen", "weiter", "statt", "teil", "fest", "fort", "vorbei", "bekannt",
    "frei", "hoch", "heraus", "herab", "voran", "auf", "aus", "bei", "ein", "mit", "nach", "vor",
    "weg", "los", "her", "hin", "ab", "an", "zu",
)
_CLOSED_CLASS = (
    GERMAN_ARTICLES | GERMAN_PREPOSITIONS | GERMAN_SUBORDINATORS | GERMAN_COORDINATORS
    | GERMAN_PRONOUN_SUBJECTS | GERMAN_ADVERBS | words("zwar anlässlich laut")
)
_STEM_ONSET = re.compile(
    r"^(?:[bcdfghjklmnpqrstvwxzß][aeiouyäöü]|sch|st|sp|tr|br|pr|gr|kr|fr|dr|bl|pl|kl|fl|gl|"
    r"schl|schw|schr|zw|pf|kn|er|ver|ent|ge|be|zer|emp)"
)


def _lower(token: str) -> str:
    return token.lower().strip(",.;:!?")


def is_noun(token: str) -> bool:
    """A capitalised word, a name part, an abbreviation ("II.", "S.E.A.A."); not a
    capitalised article or preposition opening a sentence."""
    if not token or token.lower() in _CLOSED_CLASS:
        return False
    return token[0].isupper() or (token[0].isdigit() and token[-1:] == ".")


def is_adjective(token: str) -> bool:
    """An inflected German attribute ("neuen", "italienischer") or a number."""
    low = token.lower()
    if token[:1].isdigit() or low in GERMAN_NUMBER_WORDS:
        return True
    return (
        token[:1].islower()
        and low not in GERMAN_ARTICLES
        and low not in GERMAN_PREPOSITIONS
        and low not in GERMAN_AUXILIARIES
        and low not in GERMAN_ADVERBS
        and re.fullmatch(r"[a-zäöüß][\w-]*(?:e|en|er|es|em)", token) is not None
    )


def is_verb_like(token: str) -> bool:
    """A lowercase word that may be a German verb form (finite, participle, infinitive)."""
    low = _lower(token)
    if low in GERMAN_AUXILIARIES:
        return True
    if not low or not low[0].isalpha() or not token[:1].islower():
        return False
    if low in GERMAN_ARTICLES or low in GERMAN_PREPOSITIONS or low in GERMAN_SUBORDINATORS:
        return False
    if low in GERMAN_COORDINATORS or low in GERMAN_CLITICS or low in GERMAN_PRONOUN_SUBJECTS:
        return False
    return low in SEPARABLE_PREFIXES or bool(re.search(r"(?:t|en|n|te|ten|st|et|ert|elt)$", low))


def is_final_verb(token: str) -> bool:
    """The last word of a German verb-final clause: a verb form, strong ones included
    ("vornahm", "ging")."""
    bare = token.rstrip(".!?;:,“”\"")
    return is_verb_like(bare) or _may_be_finite(bare)


def tokens_of(text: str) -> list[str]:
    return text.split()


def noun_phrase_end(
    tokens: list[str], start: int, *, article: bool = True, von: bool = False
) -> int | None:
    """Index after the German noun phrase opening at ``tokens[start]``, or None.

    Article, attributes, one to five capitalised words ("Papst Johannes Paul
    II."), a hyphen coordination ("Anlieferungs- und Verladebereiches") and up
    to two genitives ("des Verbandes der Sportvereine").
    """
    index = start
    count = len(tokens)
    if article and index < count and tokens[index].lower() in GERMAN_ARTICLES:
        index += 1
    index = _measure_end(tokens, index)
    attributes = 0
    while index < count and attributes < 4 and is_adjective(tokens[index]):
        index += 1
        attributes += 1
    end = _noun_core_end(tokens, index)
    if end is None:
        return None
    index = end
    for _ in range(2):
        if index + 1 < count and tokens[index].lower() in GENITIVE_LINKS and not _ends_word(
            tokens[index - 1]
        ):
            genitive = noun_phrase_end(tokens, index + 1, article=False)
            if genitive is None:
                break
            index = genitive
    if von and index + 1 < count and tokens[index] in ("von", "vom") and not _ends_word(
        tokens[index - 1]
    ):
        # "die Seligsprechung von Papst Johannes Paul II.": a genitive with "von"
        named = noun_phrase_end(tokens, index + 1, article=tokens[index] == "vom")
        if named is not None:
            index = named
    return index


def _measure_end(tokens: list[str], index: int) -> int:
    """After a measure that describes the noun ("ein etwa 15 Meter langes Stück"): the
    index of the noun's own attributes and noun."""
    start = index
    if index < len(tokens) and tokens[index].lower() in _APPROXIMATELY:
        index += 1
    if index + 2 < len(tokens) and re.fullmatch(r"\d[\d.,]*", tokens[index]) and is_noun(
        tokens[index + 1]
    ) and is_adjective(tokens[index + 2]):
        return index + 3
    return start


_APPROXIMATELY = words("etwa rund knapp fast gut über circa ca. mehr")


def _ends_word(token: str) -> bool:
    return token[-1:] in ",;:!?" or (token[-1:] == "." and not is_abbreviation(token))


def is_abbreviation(token: str) -> bool:
    core = token.rstrip(".")
    return bool(re.fullmatch(r"[IVXLC]+|[A-ZÄÖÜ](?:\.[A-ZÄÖÜ])*|\d+|St|Dr|Nr|Prof|Mag|Ing", core))


def _noun_core_end(tokens: list[str], index: int) -> int | None:
    count = len(tokens)
    if index >= count or not is_noun(tokens[index]) or tokens[index][0].isdigit():
        return None
    end = index + 1
    if (
        tokens[index].endswith("-")
        and end + 1 < count
        and tokens[end] in ("und", "oder")
        and is_noun(tokens[end + 1])
    ):
        end += 2
    while (
        end < count and end - index < 5 and is_noun(tokens[end]) and not _ends_word(tokens[end - 1])
    ):
        end += 1
    if end < count and re.fullmatch(r"[A-Z]{1,2}", tokens[end - 1]) and re.fullmatch(
        r"\d+[a-z]?[,.;:]?", tokens[end]
    ):
        end += 1  # a road: "die L 693", "die A 47"
    if end < count and tokens[end][:1] in "„\"“«" and not _ends_word(tokens[end - 1]):
        # 'des Lyzeums „Torricelli"', 'der Verein „La Vispa Teresa"': a quoted name
        for close in range(end, min(count, end + 6)):
            closes = tokens[close].rstrip(",.;:!?")[-1:] in "\"“”»"
            if closes and (close > end or len(tokens[close]) > 1):
                return close + 1
    return end


def join_tokens(tokens: list[str]) -> str:
    return " ".join(tokens)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def german_subject_end(tokens: list[str], start: int) -> int | None:
    """End of the subject that opens at ``tokens[start]``: a pronoun, noun phrases joined
    by "und", or a name followed by a lowercase word."""
    if start >= len(tokens):
        return None
    if tokens[start].lower() in GERMAN_PRONOUN_SUBJECTS:
        return start + 1
    if tokens[start].lower() in _QUANTIFIER_SUBJECTS and (
        start + 1 == len(tokens)
        or (not is_noun(tokens[start + 1]) and not is_adjective(tokens[start + 1]))
    ):
        return start + 1  # "waren dann wieder alle auf Linie"
    end = _article_subject_end(tokens, start)
    if end is not None:
        return _object_split(tokens, start, end)
    name_end = noun_phrase_end(tokens, start, article=False)
    if name_end is not None and name_end < len(tokens) and tokens[name_end][:1].islower():
        if tokens[name_end] in ("und", "sowie"):
            return german_subject_end(tokens, name_end + 1)
        return name_end
    return None


def _object_split(tokens: list[str], start: int, end: int) -> int:
    """"die russische Armee Charkiw an": a name after the noun, with only a verb particle
    left after it, is the object, not part of the subject."""
    rest = tokens[end:]
    if len(rest) == 1 and rest[0].lower().rstrip(".") in SEPARABLE_PREFIXES:
        last_noun = end - 1
        if last_noun > start and is_noun(tokens[last_noun]) and is_noun(tokens[last_noun - 1]):
            return last_noun
    return end


def _article_subject_end(tokens: list[str], start: int) -> int | None:
    first = tokens[start].lower()
    if first not in GERMAN_ARTICLES and not (tokens[start][:1].isdigit() or is_adjective(
        tokens[start]
    )):
        return None
    end = noun_phrase_end(tokens, start)
    if end is None:
        return None
    count = len(tokens)
    # "das Amt für Sozialpolitik und Jugend den Preis": a bare phrase before another
    # argument belongs to the subject.
    if end + 2 < count and tokens[end] in ("für", "von", "aus", "ohne") and not _ends_word(
        tokens[end - 1]
    ):
        bare = _noun_core_end(tokens, end + 1)
        if bare is not None and bare + 1 < count and tokens[bare] == "und":
            bare = _noun_core_end(tokens, bare + 1) or bare
        if bare is not None and bare < count and (
            tokens[bare].lower() in GERMAN_ARTICLES
            # "der Anteil der Menschen ohne Job nicht gestiegen": the subject's attribute
            or tokens[bare].lower() in GERMAN_ADVERBS
            or (tokens[bare].lower() in GERMAN_PREPOSITIONS - {"nach", "bis", "zum", "zur"})
        ):  # not "von Bozen nach Meran": a route
            end = bare
    if end + 1 < count and tokens[end] in ("und", "sowie") and not _ends_word(tokens[end - 1]):
        more = _article_subject_end(tokens, end + 1) if tokens[end + 1].lower() in (
            GERMAN_ARTICLES
        ) else None
        if more is not None:
            end = more
    return end


def verb_second(text: str) -> str | None:
    """"wurde die Reorganisation des Bereiches in Angriff genommen" (a German clause whose
    fronted part was taken out) -> "Die Reorganisation des Bereiches wurde in Angriff
    genommen". None when the subject cannot be found."""
    tokens = tokens_of(text)
    if len(tokens) < 2 or not _may_be_finite(tokens[0]) or _ends_word(tokens[0]):
        return None
    index = 1
    middle: list[str] = []
    while index < len(tokens) and (
        tokens[index] in GERMAN_CLITICS - {"es", "ihr"} or tokens[index] in GERMAN_ADVERBS
    ):
        middle.append(tokens[index])
        index += 1
    place = _bare_place_end(tokens, index)
    if place is not None and german_subject_end(tokens, place) is not None:
        middle.extend(tokens[index:place])  # "trafen sich in Marling X und Y": where stays
        index = place
    end = german_subject_end(tokens, index)
    if end is None:
        return None
    subject = tokens[index:end]
    if subject[-1][-1:] == ",":
        return None
    rest = tokens[end:]
    return capitalise(join_tokens([*subject, tokens[0], *middle, *rest]))


def _may_be_finite(token: str) -> bool:
    """The first word of a clause whose fronted part was taken out: lowercase, and not a
    word that opens a phrase ("griff", "wurde", "trifft"; not "um", "die")."""
    low = token.lower()
    return (
        token[:1].islower()
        and token.isalpha()
        and low not in GERMAN_ARTICLES
        and low not in GERMAN_PREPOSITIONS
        and low not in GERMAN_SUBORDINATORS
        and low not in GERMAN_COORDINATORS
        and low not in GERMAN_ADVERBS
        and low not in GERMAN_CLITICS
    )


def _bare_place_end(tokens: list[str], index: int) -> int | None:
    place = index + 1 < len(tokens) and tokens[index] in ("in", "im", "am", "auf", "beim", "bei")
    if place and is_noun(tokens[index + 1]) and not tokens[index + 1][0].isdigit():
        return index + 2
    return None


def split_separable(verb: str) -> tuple[str, str]:
    """"stattfindet" -> ("findet", "statt"); a verb without a separable prefix -> (verb, "")."""
    for prefix in SEPARABLE_PREFIXES:
        stem = verb[len(prefix) :]
        if verb.startswith(prefix) and len(stem) >= 4 and _STEM_ONSET.match(stem):
            if stem.startswith(("ge", "zu")) and stem.endswith(("t", "en")):
                break  # "aufgestellt", "anzukündigen": not a finite verb
            return stem, prefix
    return verb, ""


def _enumerated_subject_end(tokens: list[str]) -> int | None:
    """The subject opening a verb-final clause, a list of noun phrases included: "ein
    Abenteuertag in Reischach, ein Besuch des Bergwerks und der Sinnesparcour"."""
    end = german_subject_end(tokens, 0)
    while end is not None and end < len(tokens) - 1:
        if tokens[end] in ("in", "aus") and not _ends_word(tokens[end - 1]):
            place = _noun_core_end(tokens, end + 1)
            if place is not None and (
                _ends_word(tokens[place - 1]) or (place < len(tokens) and tokens[place] == "und")
            ):
                end = place
                continue
        if _ends_word(tokens[end - 1]) and tokens[end - 1][-1:] == ",":
            more = german_subject_end(tokens, end)
        elif tokens[end] in ("und", "sowie"):
            more = german_subject_end(tokens, end + 1)
        else:
            break
        if more is None:
            break
        end = more
    if end is not None and tokens[end - 1][-1:] == ",":
        return None
    return end


def _leading_adverbial_end(tokens: list[str]) -> int:
    """"vor 90 Jahren die Faschisten begonnen haben": where the subject of a verb-final
    clause starts after adverbs and a prepositional phrase."""
    index = 0
    while index < len(tokens) and tokens[index].lower() in GERMAN_ADVERBS:
        index += 1
    if index < len(tokens) and tokens[index].lower() in GERMAN_PREPOSITIONS:
        end = noun_phrase_end(tokens, index + 1)
        if end is not None and german_subject_end(tokens, end) is not None:
            return end
    return index if german_subject_end(tokens, index) is not None else 0


def verb_final_to_main(body: str, subject: str | None = None) -> str | None:
    """A German verb-final clause as a main clause.

    "die Kinder einen Ausflug nach Meransen machten" -> "Die Kinder machten einen
    Ausflug nach Meransen"; with ``subject`` the clause is a relative clause's
    rest ("bereits aufgestellt wurde", subject "Die Skulptur") -> "Die Skulptur
    wurde bereits aufgestellt".
    """
    head, comma, tail = body.strip().rstrip(".!?,;:").rpartition(", ")
    if comma and part_kind(tail) == "infinitive":
        # "die Faschisten begonnen haben, X auszuradieren": the infinitive stays behind
        main = verb_final_to_main(head, subject)
        return f"{main}, {tail}" if main else None
    tokens = tokens_of(body.strip().rstrip(".!?,;:"))
    if not tokens or not is_final_verb(tokens[-1]):
        return None
    if subject is None:
        lead = _leading_adverbial_end(tokens)
        end = _enumerated_subject_end(tokens[lead:])
        if end is None or tokens[lead].lower() in GERMAN_PRONOUN_SUBJECTS - {"man"}:
            return None
        subject = join_tokens(tokens[lead : lead + end]).rstrip(",")
        tokens = tokens[:lead] + tokens[lead + end :]
    if not tokens:
        return None
    finite = tokens[-1]
    middle = tokens[:-1]
    particle = ""
    if not middle or not is_verb_like(middle[-1]):
        finite, particle = split_separable(finite)
    parts = [subject, finite, *middle, particle]
    return capitalise(join_tokens([part for part in parts if part]))


def comma_parts(text: str) -> list[str]:
    """Comma-separated parts of ``text``; commas inside quotations and numbers ("26,9")
    do not separate."""
    parts: list[str] = []
    depth = 0
    begin = 0
    for index, char in enumerate(text):
        if char in "„«(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char in "“”»":
            depth = max(0, depth - 1) if char != "“" or depth else depth + 1
        elif char == "\"":
            depth = 0 if depth else 1
        elif char == "," and depth == 0:
            if text[index - 1 : index].isdigit() and text[index + 1 : index + 2].isdigit():
                continue
            parts.append(text[begin:index])
            begin = index + 1
    parts.append(text[begin:])
    return [part.strip() for part in parts]


def part_kind(segment: str, after_embedded: bool = False) -> str:
    """What a comma part following a German main clause's start is."""
    tokens = tokens_of(re.sub(r"\s*\([^()]*\)", "", segment))
    if not tokens:
        return "empty"
    first = tokens[0].lower()
    last = tokens[-1].rstrip(".!?;:“”\"")
    if first in GERMAN_SUBORDINATORS or (first in ("um", "ohne", "statt", "anstatt") and (
        "zu" in tokens
    )):
        return "subordinate"
    if first in GERMAN_COORDINATORS:
        return "coordinate"
    lowercase_start = tokens[0][:1].islower() and first not in GERMAN_PRONOUN_SUBJECTS and (
        first not in GERMAN_ARTICLES
    )
    if after_embedded and lowercase_start and first not in GERMAN_PREPOSITIONS:
        return "continuation"  # "..., des heiligen Sebastian, gedacht"
    if (len(tokens) > 1 and tokens[-2] == "zu") or re.search(r"^\w+zu\w+en$", last):
        return "infinitive"  # "den Bauern das Verlorene zu ersetzen"
    relative_start = first in GERMAN_RELATIVES or (
        first in GERMAN_PREPOSITIONS and len(tokens) > 1 and tokens[1].lower() in GERMAN_RELATIVES
    )
    article_use = first in GERMAN_RELATIVES and len(tokens) > 1 and (
        is_adjective(tokens[1]) or is_noun(tokens[1])
    )
    if relative_start and is_final_verb(last) and not article_use:
        return "relative"
    if not is_verb_like(last) and " und " not in f" {segment} " and " oder " not in segment and (
        first in GERMAN_ARTICLES or is_adjective(tokens[0]) or is_noun(tokens[0])
    ):
        return "apposition"
    if lowercase_start and after_embedded:
        return "continuation"
    if len(tokens) > 1 and is_noun(tokens[0]) and is_verb_like(tokens[1]):
        return "clause"  # a new main clause: "sie blieben auch fehlerlos"
    if first in GERMAN_PRONOUN_SUBJECTS and len(tokens) > 1 and is_verb_like(tokens[1]):
        return "clause"
    if lowercase_start and len(tokens) > 2 and any(
        token.lower() in ("es", "sich") or token.lower() in GERMAN_AUXILIARIES
        for token in tokens[1:4]
    ):
        return "clause"  # "ab sofort gibt es aber schon Tickets"
    return "other"


_CUT_BEFORE = ("subordinate", "coordinate", "clause", "infinitive", "relative")


def german_main_clause(text: str, min_length: int = 0) -> str:
    """The main clause of ``text`` with its closing verb: appositions and relative clauses
    inside it dropped, subordinate and further clauses after it cut off.

    "Sterzing hat mit einer Prozession in der Pfarrkirche des Stadtpatrons, des heiligen
    Sebastian, gedacht" -> "Sterzing hat mit einer Prozession in der Pfarrkirche des
    Stadtpatrons gedacht". A main clause shorter than ``min_length`` keeps the clause
    after it; a text it cannot read is returned as it is.
    """
    segments = comma_parts(text)
    if len(segments) < 2:
        return text
    kept = [segments[0]]
    pending: list[str] = []
    for segment in segments[1:]:
        kind = part_kind(segment, after_embedded=bool(pending))
        if kind == "continuation":
            kept.append(segment)
            pending = []
            continue
        if kind == "infinitive" and not pending and takes_infinitive(kept[-1]):
            kept[-1] = f"{kept[-1]}, {segment}"  # "wurde gezwungen, das Verlorene zu ersetzen"
            continue
        if kind == "clause" and not pending and ends_in_saying(kept[-1]):
            kept[-1] = f"{kept[-1]}, {segment}"  # "hatte erklärt, er habe ... erhalten"
            continue
        if kind in ("apposition", "relative", "infinitive"):
            pending.append(segment)
            continue
        if kind not in _CUT_BEFORE and not is_final_verb(kept[-1].split()[-1]):
            return text  # a list or something else this reading does not know
        break
    if len(_join_clause(kept)) < min_length:
        return text  # "Das Problem begann, als ...": the main clause alone says too little
    return _join_clause(kept)


_INFINITIVE_VERBS = re.compile(
    r"(?:begonnen|beginnen|begann|begannen|versucht|versuchte|beschlossen|beschloss|angekündigt|"
    r"kündigte|geplant|plant|planen|aufgerufen|gezwungen|gelungen|gelang|vereinbart|zugesagt|"
    r"abgelehnt|lehnte|verpflichtet|gebeten|angeboten|erlaubt|verboten|aufgefordert|entschieden|"
    r"entschloss|vergessen|vorgeschlagen|versprochen|versprach|versprachen|verspricht|"
    r"zugesichert|gedroht|drohte|empfohlen|empfahl|gefordert|forderte|forderten|beantragt|"
    r"gehofft|hofft|hoffte|bemüht|angefangen|aufgehört|an|vor|auf)$"
)


_SAYING_VERBS = re.compile(
    r"^(?:erklärt|gesagt|mitgeteilt|betont|berichtet|versichert|behauptet|bestätigt|gemeldet|"
    r"erzählt|geschrieben|angegeben|bekräftigt|gewarnt|klargestellt|unterstrichen)$"
)


def ends_in_saying(clause: str) -> bool:
    """A clause that ends in a verb of saying ("hatte den Ermittlern erklärt"): what was
    said follows it."""
    words_of = clause.split()
    return bool(words_of) and _SAYING_VERBS.match(words_of[-1].rstrip(",")) is not None


def wants_complement(clause: str) -> bool:
    """A clause that says nothing without the clause after it: "ist es gelungen", "hatte
    erklärt"."""
    return takes_infinitive(clause.rstrip(",")) or ends_in_saying(clause)


def says_nothing_alone(clause: str) -> bool:
    """A whole title that is only a frame: "ist es nicht nur gelungen", "hatte erklärt"
    (not "trat die Reise an", whose particle closes the clause)."""
    last = clause.split()[-1] if clause.split() else ""
    return ends_in_saying(clause) or (takes_infinitive(clause) and len(last) > 3)


def takes_infinitive(clause: str) -> bool:
    """A clause that ends in a verb whose content follows as a "zu" clause ("gezwungen")."""
    words_of = clause.split()
    return bool(words_of) and _INFINITIVE_VERBS.search(words_of[-1]) is not None


def _join_clause(parts: list[str]) -> str:
    return " ".join(part.strip() for part in parts if part.strip())


def needs_closing_verb(clause: str) -> bool:
    """A German main clause with an auxiliary whose participle or infinitive is missing
    ("Sterzing hat mit einer Prozession")."""
    tokens = tokens_of(clause.rstrip(".!?"))
    if len(tokens) < 2:
        return False
    finite = next(
        (i for i, token in enumerate(tokens[:6]) if token.lower() in GERMAN_AUXILIARIES), None
    )
    if finite is None or finite == len(tokens) - 1:
        return False
    last = tokens[-1]
    return not (last[:1].islower() or last[:1] in "\"“”„")
