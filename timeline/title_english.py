"""English sentence structure for titles, read without a trained parser.

Whether a text is a clause (a finite verb outside a relative clause), and
what a title loses without losing what happened: a relative clause or an
apposition between the subject and its verb ("Obama, who faces criticism,
sharpened ..."; "The WHO chief, Dr Margaret Chan, examined ..."), an opening
phrase without a verb or a long title's opening subordinate clause (never a
condition), a cleft that stressed the date ("It is only this morning that
..."), a long role before a name ("Alabama Governor Bob Riley" -> "Bob
Riley"). A date counted from a happening titles that happening
(:func:`anchor_clause`). Where a title may be cut: :mod:`timeline.title_cut`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.sentences import words
from timeline.title_german import capitalise
from timeline.title_side import ENGLISH_FINITE
from timeline.title_sizes import MAX_TITLE, MIN_TITLE_WORDS
from timeline.title_text import remove_dates


@lru_cache(maxsize=8192)  # titles try the same pieces of a sentence several times
def english_clause(text: str) -> bool:
    """Whether ``text`` is a clause: a finite verb outside a relative clause ("The
    outbreak which has spread around the world" is not one, "Even at the minimum
    estimated rate" is not one either)."""
    relative = _RELATIVE.search(text)
    if relative is None:
        return _finite_count(text) > 0
    # "The outbreak which has spread ... has killed": the relative clause has a verb of
    # its own, the main clause's verb comes after it.
    return _finite_count(text[: relative.start()]) > 0 or _finite_count(
        text[relative.end() :]
    ) > 1


def _finite_count(text: str) -> int:
    return len(_verb_groups(text))


def _verb_groups(text: str, opening: bool = True) -> list[int]:
    """Where the verb groups ("has so far killed" is one) of ``text`` start; a participle
    that opens a sentence ("Charged with ...", when ``opening``) is none."""
    starts: list[int] = []
    previous_end = -1
    for match in FINITE_FORM.finditer(text):
        word = match.group().lower()
        if word not in AUXILIARIES and (
            _ATTRIBUTE_BEFORE.search(_last_words(text, match.start()))
            or (opening and word.endswith("ed") and not text[: match.start()].strip())
        ):
            continue  # "the estimated rate", "with infected people", "Charged with ..."
        if previous_end < 0 or len(text[previous_end : match.start()].split()) > 2:
            starts.append(match.start())
        previous_end = match.end()
    return starts


def _last_words(text: str, end: int) -> str:
    """The end of ``text[:end]`` from a space at least :data:`ATTRIBUTE_WINDOW` characters
    back: all that a pattern anchored at the end of two words reads (the whole text
    before each verb would be searched from every position)."""
    cut = text.rfind(" ", 0, max(0, end - ATTRIBUTE_WINDOW))
    return text[cut + 1 : end]


def without_relative_aside(text: str) -> str:
    """"Obama, who faces growing criticism that he appeared detached, sharpened his
    criticism" -> "Obama sharpened his criticism": a relative clause between commas goes
    when the verb of the clause it describes follows it."""
    opening = re.search(
        r",\s(?:which|who|whose|whom|including|such\s+as|(?:\w+ly\s)?(?:[a-z]{3,}ed|set|led|run|"
        r"held|built|made|paid|sold|given|taken|known|seen|born)\s(?:up\s)?"
        r"(?:by|in|at|from|on|with|for|to|after|under)\b)\s?", text
    )
    if opening is None:
        return text
    for comma in re.finditer(r",\s", text[opening.end() :]):
        end = opening.end() + comma.end()
        if end - opening.start() > 160:
            break
        if _starts_with_verb(text[end:]):
            return text[: opening.start()] + " " + text[end:]
    return text


def without_inner_relative(text: str) -> str:
    """"The outbreak which has spread around the world has so far killed 1,000 people" ->
    "The outbreak has so far killed 1,000 people": a relative clause without commas
    between the subject and its verb."""
    relative = re.search(r"(?<!,)\s(?:which|who|whose|whom|that)\s", text)
    if relative is None or _finite_count(text[: relative.start()]):
        return text  # ", who ...,": an aside, see without_relative_aside
    groups = _verb_groups(text[relative.end() :], opening=False)
    if relative.group().strip() == "that" and (not groups or groups[0] != 0):
        return text  # "the declaration that it has never faced": not a relative clause
    if len(groups) == 1:
        groups = groups + _main_auxiliary(text[relative.end() :], groups[0])
    subject = text[: relative.start()].split()
    if len(groups) < 2 or not subject or (len(subject) == 1 and subject[0].lower() in words(
        "those anyone people someone everyone many some all one he she they"
    )):
        return text  # "Those who authorised the abuse may be investigated": "those" alone
    main = relative.end() + groups[1]
    comma = text.rfind(", ", relative.end(), main)
    if comma >= 0:
        # "Mike Voisin, who chairs the task force, admits it will be": the clause ended at
        # its comma and the verb after it ("admits") is the main clause's
        start = text.rfind(",", 0, relative.start() + 1)
        start = start if start >= 0 and start >= relative.start() - 1 else relative.start()
        return text[:start] + " " + text[comma + 2 :]
    return text[: relative.start()] + " " + text[main:]


def _main_auxiliary(clause: str, start: int) -> list[int]:
    """"who had not visited Mexico had become infected": the main clause's auxiliary after
    a short object, which the verb groups read as one."""
    for match in re.finditer(r"\s(?:had|has|have|was|were|is|are|will|would|could)\s",
                             clause[start:]):
        before = clause[start : start + match.start()].split()
        if len(before) < 2 or "," in before[-1]:
            continue
        last = before[-1].lower()
        if last in AUXILIARIES or last.endswith(("ed", "ly")) or last in words("not never also"):
            continue
        return [start + match.start() + 1]
    return []


_RELATIVE = re.compile(r"\s(?:which|who|whose|whom)\s")
FINITE_FORM = re.compile(
    ENGLISH_FINITE.pattern
    + r"|\b(?:should|shall|says|goes|go|come|comes|know|knows|remain|remains|continue|"
    r"continues|want|wants|"
    r"expect|expects|fear|fears|hope|hopes|think|thinks|believe|believes|see|sees|get|gets|"
    r"take|takes|make|makes|show|shows|face|faces|urge|urges|warn|warns|plan|plans|seek|"
    r"seeks|agree|agrees|rise|fall|drop|climb|jump|slip|gain|meet|announce|begin|start|sue|win|"
    r"launch|approve|reject|call|ask|vow|pledge|halt|resume|stop|raise|sell|buy|reveal|"
    r"reveals|suggest|suggests|indicate|indicates|remain|find|finds|say|think|mean|feel|hold|"
    r"holds|keep|keeps|become|becomes|begin|begins|give|gives|stay|stays|claim|claims|argue|"
    r"argues|appear|appears|seem|seems|plan|hope|apologize|apologise|admit|admits|deny|"
    r"denies|insist|insists|believe)\b"
    r"|\b\w+s(?=\s+(?:the|a|an|to|that|its|their)\b|\s+\d)"
)
AUXILIARIES = words(
    "is are was were has have had will would can could may might must should shall did does said"
)
# Characters before a verb in which an attribute's words ("the estimated") are looked for.
ATTRIBUTE_WINDOW = 300
_ATTRIBUTE_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|its|their|his|her|this|these|those|our|of|with|by|for)\s+(?:\w+ly\s+)?|"
    r"(?:minimum|maximum|\w+est|(?-i:[a-z]\w*ing))\s+)$",
    re.IGNORECASE,
)

# "Peter Voser, due to step up to the top job at Shell in July, is expected to": what is
# said of a name between commas, its verb after them.
APPOSITION = re.compile(
    r"(\b[A-Z][\w.'’-]*),\s(?!and\b|but\b|or\b)[^,;:\"“”]{3,90},\s"
    r"(?=(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b)"
)


def without_opening_condition(text: str) -> str:
    """"Dr Hay: However, if it returns in September, say, there is not much chance we will
    have enough vaccine" -> "Dr Hay: There is not much chance we will have enough
    vaccine": a long title's opening subordinate clause goes when a main clause follows."""
    speaker, colon, content = text.rpartition(": ")
    content = re.sub(r"^(?:However|But|And|Still|Yet|So),?\s+", "", content)
    tokens = content.split()
    first = tokens[0].lower() if tokens else ""
    # "Pilloried for three months as it tried to stop the leak, BP capped the well"
    participle = first.endswith(("ed", "ing")) and len(tokens) > 1 and tokens[1].lower() in (
        _OPENING_WORDS
    )
    if first not in SUBORDINATE_OPENERS - words("if unless") and not participle:
        return text  # "if BP's chief worked for him, he would have fired him": keep the "if"
    for comma in re.finditer(r",\s+(?=(?:there|it|he|she|they|we|i|you|the|a|an|[A-Z][\w.'’-]*)\b)",
                             content):
        opening, rest = content[: comma.start()], content[comma.end() :]
        if len(opening.split()) > 25 or re.search(r"[\"“”]|,\s(?:and|but)\s", opening):
            return text  # more than one clause before the comma
        if english_clause(rest) and _verb_groups(rest) and len(rest.split()) >= MIN_TITLE_WORDS + 1:
            return f"{speaker}{colon}{capitalise(rest)}"
    return text


def without_verbless_opening(text: str) -> str:
    """"Regardless of the effect of the virus on the economy, IMF chief Strauss-Kahn said
    ..." -> "IMF chief Strauss-Kahn said ...": an English opening phrase without a verb
    goes when a clause follows it."""
    rest = text
    for _ in range(3):  # "After all, at the conference, professor X showed ..."
        opening, comma, rest = rest.partition(", ")
        if not comma or english_clause(opening) or ": " in opening:
            return text
        if re.match(r"(?:if|unless)\b", opening, re.IGNORECASE):
            return text  # a condition changes what the clause says
        if not _opens_with_phrase(opening):
            return _subject_with_apposition(opening, rest) or text
        if not english_clause(rest) or len(rest.split()) < MIN_TITLE_WORDS + 1:
            return text
        if re.match(r"[A-Z]|(?:the|a|an|its|their|his|her|some|many|most)\b", rest):
            return capitalise(rest)
    return text


_OPENING_WORDS = words(
    """in at on into onto from for with without within between against over under across near
    after before during since until amid via through throughout toward towards around among
    by to about regardless despite following according like unlike as once if when while
    although though because even still yet however meanwhile instead besides under unless
    whether prior and but or so then also now thus hence moreover furthermore indeed nevertheless
    nonetheless otherwise therefore overall finally again here there"""
)


def _opens_with_phrase(opening: str) -> bool:
    """"Regardless of the effect", "Speaking to reporters", "Separately": an opening
    phrase, not the subject ("Two people", "The WHO chief")."""
    first = opening.split()[0].lower() if opening.split() else ""
    return first in _OPENING_WORDS or first.endswith(("ing", "ly", "ed")) or first.isdigit() or (
        re.search(r"\b(?:after|before|since|following|amid|despite|during|until)\b", opening)
        is not None  # "Just hours after Barton's remarks"
    )


_NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s){0,4}[A-Z][\w.'’-]*")
_PLACE_END = re.compile(
    r"\b(?:in|at|near|from|of)\s(?:(?:[A-Z][\w.'’-]*\s?){1,3}|the\s(?:\w+\s)?(?:capital|city|"
    r"town|village|region|province|state|country|area))$"
)


def without_apposition(text: str) -> str:
    """:func:`_subject_with_apposition` of a title that opens with a noun phrase."""
    subject, comma, rest = text.partition(", ")
    if not comma or english_clause(subject) or _opens_with_phrase(subject) or ": " in subject:
        return text
    return _subject_with_apposition(subject, rest) or text


def _subject_with_apposition(subject: str, rest: str) -> str | None:
    """"The WHO chief, Dr Margaret Chan, examined data" -> "Dr Margaret Chan examined
    data"; "Two people, an 84-year-old woman and a 21-year-old man, were pulled alive" ->
    "Two people were pulled alive": an apposition between the subject and its verb goes,
    a name standing for the role stays. A place after a place ("in Handsworth,
    Birmingham,") is not an apposition."""
    aside, comma, clause = rest.partition(", ")
    if not comma or _says(aside) or not english_clause(f"{subject} {clause}"):
        return None
    if not _starts_with_verb(clause):
        return None
    if _NAME.fullmatch(aside):
        if _PLACE_END.search(subject):
            return None
        return f"{aside} {clause}"
    if len(aside.split()) > 16:
        return None
    return capitalise(f"{subject} {clause}")


def _says(aside: str) -> bool:
    """``aside`` opens with a finite verb ("says the mayor"), not a participle ("normally
    reported on the last Tuesday")."""
    verb = FINITE_FORM.search(aside)
    return verb is not None and not aside[: verb.start()].strip() and (
        verb.group().lower() in AUXILIARIES | words("says told tells")
    )


def _starts_with_verb(clause: str) -> bool:
    """``clause`` opens with its verb group, maybe after an adverb ("yesterday examined")."""
    verb = FINITE_FORM.search(clause)
    if verb is None:
        return False
    before = clause[: verb.start()].split()
    return not before or (len(before) == 1 and (
        before[0].endswith("ly") or before[0].lower() in _ADVERBS_BEFORE_VERB
    ))


_ADVERBS_BEFORE_VERB = words(
    """also later then now yesterday today still again previously already recently never not
    just once first finally meanwhile since earlier separately"""
)


def shorter_name(text: str) -> str | None:
    """"International Monetary Fund Managing Director Dominique Strauss-Kahn said ..." ->
    "Dominique Strauss-Kahn said ...": a long title and role before a name go."""
    match = re.match(r"^((?:[A-Z][\w.'’-]*\s+(?:of\s+)?){3,})(?=[a-z])", text)
    if not match:
        return None
    names = match.group(1).split()
    named = short_speaker(" ".join(names)) if len(names) < 5 else " ".join(names[-2:])
    if named == " ".join(names):
        return None
    shorter = named + " " + text[match.end() :]
    if not english_clause(shorter) or len(shorter) > MAX_TITLE:
        return None
    return shorter


def anchor_clause(sentence: str, date_end: int, spans: list[tuple[int, int]]) -> str | None:
    """"Sixty-one days after a BP rig exploded and sank, the spill ..." -> "A BP rig exploded
    and sank": a date counted from a happening the clause after it tells dates that
    happening. None when the words after are no clause or its subject is a pronoun."""
    if not re.search(r"\b(?:after|before)\s*$", sentence[:date_end], re.IGNORECASE):
        return None
    raw = re.split(
        r",|;|\s--\s|\s[–—]\s|(?<!\.[A-Z])[.!?](?=\s|$)", sentence[date_end:], maxsplit=1
    )[0]
    inner = [
        (a - date_end, b - date_end) for a, b in spans
        if date_end <= a and b <= date_end + len(raw)
    ]
    anchor = remove_dates(raw, inner, "en").strip()
    first = anchor.split()[0].lower() if anchor.split() else ""
    if len(anchor.split()) < MIN_TITLE_WORDS or first in _PRONOUNS or re.search("[\"“”]", anchor):
        return None
    if first.endswith("ing"):
        return None  # "12 days after being caught in an aftershock": who was caught is before
    groups = _verb_groups(anchor)
    if not groups or groups[0] == 0 or not english_clause(anchor):
        return None
    return capitalise(anchor)


_PRONOUNS = words("it they he she we i you this that these those there")


def short_speaker(speaker: str) -> str:
    """"State-run oil giant Pemex" -> "Pemex", "Alabama Governor Bob Riley" -> "Bob Riley",
    "Finance Minister Kaoru Yosano of Japan" -> "Kaoru Yosano": the name a role or a
    description stands before. A name alone ("World Health Organization", "the head of
    the International Monetary Fund") stays whole."""
    tokens = speaker.split()
    of = next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i] in ("of", "for", "at")), None)
    if of is not None and all(token[:1].isupper() for token in tokens[of + 1 :]):
        tokens = tokens[:of]
    if all(token[:1].isupper() or token in _NAME_LINKS for token in tokens):
        roles = [i for i, token in enumerate(tokens) if token in _ROLE_WORDS]
        named = tokens[roles[-1] + 1 :] if roles else []
        return " ".join(named) if 1 <= len(named) <= 3 else speaker
    name: list[str] = []
    for token in reversed(tokens):
        if not re.match(r"[A-Z][\w.'’-]*$", token) or len(name) == 3:
            break
        name.insert(0, token)
    if not name or len(name) == len(tokens) or (len(name) == 1 and name[0] in _ROLE_WORDS):
        return speaker
    if tokens[len(tokens) - len(name) - 1].lower() in words("and or the in at"):
        return speaker  # "a group of scientists from the US and Jamaica": no name, a place
    return " ".join(name)


_NAME_LINKS = words("of for and the on de")
_ROLE_WORDS = words(
    """President Minister Secretary Governor Senator Mayor Chairman Director Chief Spokesman
    Leader Commander General Admiral Ambassador Envoy Judge Officer Administrator Prosecutor
    Spokeswoman Officer Agency Department Ministry Commission Committee Service Office
    Government Council Union Organisation Organization Association"""
)


def without_cleft(text: str) -> str:
    """"It is only this morning that many of us have woken up" (its date taken out) ->
    "Many of us have woken up": the cleft that stressed the date goes with it."""
    match = re.match(
        r"^It\s+(?:is|was|'s|’s)\s+(?:only\s+|not\s+until\s+|just\s+|precisely\s+)?"
        r"(?:that|when)\s+(?=\S)", text
    )
    return capitalise(text[match.end() :]) if match else text


ADVERB = re.compile(
    r"\s(?!(?:only|early|family|reply|supply|apply|rely|fly|ally|belly|holy|jelly)\b)"
    r"[a-z]{3,}ly(?=\s)"
)


SUBORDINATE_OPENERS = words(
    "after before when while as because although though if since until once unless whereas"
)




def second_predicate(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]]
) -> tuple[str, tuple[int, int], list[tuple[int, int]]] | None:
    """"He joined the board in 2001 but resigned in December 2008" -> "He resigned in
    December 2008": the date stands in the second of two verb phrases that share their
    subject, so the title is that subject with the second verb phrase."""
    first = ENGLISH_FINITE.search(sentence)
    if first is None or first.start() >= date_span[0]:
        return None
    subject = sentence[: first.start()].strip()
    if not re.fullmatch(r"[A-Z][\w.'’-]*(?:\s[\w.'’-]+){0,6}", subject) or (
        first.group().lower() in AUXILIARIES
    ):
        return None  # "was arrested but released in 2009": "released" shares "was"
    joints = [
        joint for joint in _SECOND_PREDICATE.finditer(sentence, first.end(), date_span[0])
        if ENGLISH_FINITE.fullmatch(joint.group("verb"))
        and joint.group("verb").lower() not in AUXILIARIES
    ]
    if not joints:
        return None
    joint = joints[-1]
    shared = sentence[first.start() : joint.start()]
    if len(shared.split()) < MIN_TITLE_WORDS - 1 or re.search(r"[,;:\"“”]", shared) or (
        re.search(r"[,;:\"“”(]", sentence[joint.end() : date_span[0]])
    ):
        return None  # an aside or a list: the verb phrases are not read safely
    start = joint.start("verb")
    moved = [(a - start, b - start) for a, b in spans if a >= start]
    shift = len(subject) + 1
    return (
        f"{subject} {sentence[start:]}",
        (date_span[0] - start + shift, date_span[1] - start + shift),
        [(a + shift, b + shift) for a, b in moved],
    )


_SECOND_PREDICATE = re.compile(
    r"\s(?:but|and)\s+(?:(?:then|later|eventually)\s+)?(?P<verb>[a-z]+)\b"
)


def without_participle_aside(text: str) -> str:
    """"The latest figures issued by the World Health Organization gave the number" ->
    "The latest figures gave the number": a participle phrase between the subject and its
    verb goes like a relative clause."""
    aside = _PARTICIPLE_ASIDE.search(text)
    if aside is None or _finite_count(text[: aside.start()]) or (
        len(text[: aside.start()].split()) < 2
    ):
        return text
    groups = _verb_groups(text[aside.end() :], opening=False)
    if not groups:
        return text
    phrase = text[aside.end() : aside.end() + groups[0]]
    after = text[aside.end() + groups[0] :].split()
    if phrase.rstrip().endswith(("'s", "’s")) or len(after) < 2 or after[1][:1].isupper():
        return text  # "mourners gathered by the city's shattered Cathedral": an attribute
    if re.search(r"[,;:\"“”]|\b(?:after|before|when|as|because|while|since|that|which|who)\b",
                 phrase) or len(phrase.split()) > 8 or not phrase.strip():
        return text
    return text[: aside.start()] + " " + text[aside.end() + groups[0] :]


_PARTICIPLE_ASIDE = re.compile(r"(?<!,)\s(?:\w+ed|\w+en)\s+by\s")
