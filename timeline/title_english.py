"""English sentence structure for titles, read without a trained parser.

Whether a text is a clause (a finite verb outside a relative clause), and
the cuts that shorten an English title without losing it: a relative clause
between the subject and its verb, an opening phrase without a verb, a long
role before a name, a clause a conjunction opens, and a final phrase cut
where it cannot leave a dangling word ("made a series" without "of
decisions", "continued" without "to work", "a plan" that still needs the
"to" of "plans to").
"""

from __future__ import annotations

import re

from timeline.sentences import words
from timeline.title_german import capitalise
from timeline.title_side import ENGLISH_FINITE
from timeline.title_sizes import MAX_TITLE, MIN_CLAUSE, MIN_TITLE_WORDS
from timeline.title_text import remove_dates


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
    for match in _FINITE_FORM.finditer(text):
        word = match.group().lower()
        if word not in _AUXILIARIES and (
            _ATTRIBUTE_BEFORE.search(text[: match.start()])
            or (opening and word.endswith("ed") and not text[: match.start()].strip())
        ):
            continue  # "the estimated rate", "with infected people", "Charged with ..."
        if previous_end < 0 or len(text[previous_end : match.start()].split()) > 2:
            starts.append(match.start())
        previous_end = match.end()
    return starts


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


_RELATIVE = re.compile(r"\s(?:which|who|whose|whom)\s")
_FINITE_FORM = re.compile(
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
_AUXILIARIES = words(
    "is are was were has have had will would can could may might must should shall did does said"
)
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
    first = content.split()[0].lower() if content.split() else ""
    if first not in _SUBORDINATE_OPENERS - words("if unless"):
        return text  # "if BP's chief worked for him, he would have fired him": keep the "if"
    for comma in re.finditer(r",\s+(?=(?:there|it|he|she|they|we|i|you|the|a|an|[A-Z])\b)",
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
    verb = _FINITE_FORM.search(aside)
    return verb is not None and not aside[: verb.start()].strip() and (
        verb.group().lower() in _AUXILIARIES | words("says told tells")
    )


def _starts_with_verb(clause: str) -> bool:
    """``clause`` opens with its verb group, maybe after an adverb ("yesterday examined")."""
    verb = _FINITE_FORM.search(clause)
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
    raw = re.split(r",|;|\s--\s|\s[–—]\s|[.!?](?=\s|$)", sentence[date_end:], maxsplit=1)[0]
    inner = [
        (a - date_end, b - date_end) for a, b in spans
        if date_end <= a and b <= date_end + len(raw)
    ]
    anchor = remove_dates(raw, inner, "en").strip()
    first = anchor.split()[0].lower() if anchor.split() else ""
    if len(anchor.split()) < MIN_TITLE_WORDS or first in _PRONOUNS or re.search("[\"“”]", anchor):
        return None
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


def clause_cut(text: str) -> str | None:
    """"The epidemic occurred when 100,000 people were infected in Nigeria" -> "The epidemic
    occurred": a clause a conjunction opens without a comma goes."""
    found = None
    for match in _SUBORDINATE.finditer(text):
        head = text[: match.start()].rstrip(" ,")
        if len(head) > MAX_TITLE:
            break
        if match.group().strip() == "that" and _REPORTING.search(" ".join(head.split()[-4:])):
            continue  # "testified that ...", "told a conference that ...": what was said follows
        if len(head) >= MIN_CLAUSE and english_clause(head) and not (
            dangling_end(head) or _TIME_NOUN_END.search(head)
        ):
            found = head
    return found


ADVERB = re.compile(
    r"\s(?!(?:only|early|family|reply|supply|apply|rely|fly|ally|belly|holy|jelly)\b)"
    r"[a-z]{3,}ly(?=\s)"
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|reported|estimated|showed|shows|found|believes?|believed|"
    r"thinks?|thought|argued|claimed|warned|announced|confirmed|testified|noted|added|wrote|"
    r"observes?|observed|assured|suggested|know|knew)\b|ed$"
)
# "at a time when ...": the noun the clause describes cannot stay without it.
_TIME_NOUN_END = re.compile(
    r"\b(?:a|the)\s+(?:time|times|moment|day|days|point|year|years|week|weeks|month|months|way)$"
)
_SUBORDINATE = re.compile(
    r"\s(?:when|while|because|although|though|whereas|which|who|where|that)\s"
    r"(?=(?:the|a|an|its|their|his|her|some|many)\b|[A-Z\d])"
    # "could turn negative after falling sharply": how or why, after the statement
    r"|,?\s(?:after|before|while|since|without|despite)\s(?=\w+ing\b)"
)

# Words a title cannot end in: they need what was cut away.
_FUNCTION_END = words(
    """the a an of to and or but nor not no was were is are be been being am had has have
    would will shall can could should may might must do does did its their his her our my
    your this these those that than as with into onto from for on in at by which who whom
    whose when while after before because although though if whether said says told tells
    very more most less least such so also each every some any about over per via ahead due
    able likely unlikely set going trying about amid despite during until since toward
    towards against between among across around through without within upon like even
    including especially"""
)
# Verbs that need a complement ("continued to work", "plans to drill"); as a noun after
# a determiner ("its plans", "the need") they end a title well.
_WANTS_COMPLEMENT = words(
    """continue continues continued begin begins began start starts started try tries tried
    want wants wanted need needs needed hope hopes hoped plan plans planned expect expects
    expected aim aims aimed seek seeks sought decide decides decided agree agrees agreed
    refuse refuses refused fail fails failed promise promises promised vow vows vowed
    threaten threatens threatened pledge pledges pledged urge urges urged ask asks asked
    allow allows allowed force forces forced help helps helped intend intends intended
    prepare prepares prepared ready poised come comes came scheduled supposed willing made
    deal cope comply rely depend consist refer belong account apply contribute respond
    make makes
    became become becomes remain remains remained described called named consider
    considers considered showed shows found finds believe believes believed think thinks
    thought say warned warns announced announces confirmed confirms noted notes added adds
    argued argues claimed claims suggested suggests know knows knew estimated estimates
    reported reports predicted predicts insisted insists stressed explained recommended
    recommend recommends acknowledged admitted denied feared fears mean means meant"""
)
_DETERMINER_BEFORE = words("the a an its their his her our my your this these those any no")
# Phrases that are only the start of a preposition: "in connection (with)", "in order (to)".
_OPEN_PHRASE_END = re.compile(
    r"\b(?:in\s+(?:connection|response|addition|line|relation|front|favou?r|charge|order|spite|"
    r"terms|place|case)|on\s+(?:top|behalf)|as\s+(?:well|part|a\s+result)|so\s+as|because|"
    r"instead|according|prior|in\s+time|(?:for|of|by|to)\s+up)$",
    re.IGNORECASE,
)


def dangling_end(head: str) -> bool:
    """``head`` ends in a word that needs what followed it: a function word, or a verb
    that wants a complement ("continued", "plans" after no determiner)."""
    tokens = head.split()
    if not tokens or _TIME_NOUN_END.search(head):
        return True  # "in the weeks" of "in the weeks before the explosion"
    if len(tokens) > 1 and tokens[-2].endswith(",") and tokens[-1].endswith("ing"):
        return True  # "closed up 7 percent, rebounding": the participle wants its phrase
    if _OPEN_PHRASE_END.search(head):
        return True  # "in connection" of "in connection with the spill"
    between = re.search(r"\bbetween\s+(.*)$", head)
    if between and not re.search(r"\s(?:and|to)\s", between.group(1)):
        return True  # "between Brownsville" of "between Brownsville and Tuxpan"
    last = tokens[-1].lower().strip(",;:")
    if last in _FUNCTION_END:
        return True
    # "an escrow account", "its new plans": a noun after its determiner
    noun = any(token.lower() in _DETERMINER_BEFORE for token in tokens[-3:-1])
    return last in _WANTS_COMPLEMENT and not noun


# Where a final phrase may be cut off: before a preposition, a conjunction, a
# participle that follows its noun, or a comma.
_PHRASE_START = re.compile(
    r",?\s(?=(?:in|at|on|into|onto|from|for|with|without|within|between|against|over|under|"
    r"across|near|after|before|during|since|until|amid|despite|following|via|through|"
    r"throughout|toward|towards|around|among|by|as|while|when|where|because|although|"
    r"though|whereas|which|who|whose|that|and|but|or|to|so(?=\s(?:if|that|as)\b))\b"
    # "filed a lawsuit challenging the ban": a participle with its object
    r"|including\b|[a-z]{2,}ing\s(?:the|a|an|its|their|his|her|that)\s"
    # "the damage caused by the flood": a participle that describes the noun before it
    r"|[a-z]{3,}ed\s(?:by|in|at|on|from|during)\s)"
    r"|,\s"
)
_COORDINATORS = words("and but or")
# What a clause after "and" opens with when it has a subject of its own, or its verb.
_NEW_SUBJECT = re.compile(
    r"(?:the|a|an|it|they|he|she|we|i|you|its|their|his|her|this|these|those|there|some|many|"
    r"most|other|all|both|each|several|more|no|[A-Z\d]|(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|"
    r"must|did|does)\b|\w+ed\b)"
)
_DEFINITE_NOUN_END = re.compile(
    r"\b(?:the|this|these|those|its|their|his|her)\s+(?:\S+\s+)?[a-z]\S*$"
)
_NUMBER = re.compile(
    r"[\d.,$%]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions"
)
_SUBORDINATORS = words("as while when where because although though whereas")
# A verb that ends a head before a preposition probably wants it: "looked into", "set up".
_VERB_END = re.compile(
    r"\b(?:\w{3,}ed|began|broke|came|fell|found|gave|got|grew|hit|held|kept|led|left|lost|"
    r"made|met|put|ran|rose|sank|saw|sent|set|shut|spent|spoke|stood|struck|took|told|went|"
    r"won|wrote|brought|bought|built|caught|drew|drove|flew|paid|sold|shot|threw|said|swept|fled|"
    r"fought|sought|taught|hung|stuck|slid|hid|woke|rode|froze|chose|stole|tore|wore|shook|"
    r"felt|slept|crept|dealt|meant|lent|bent|knew|blew|cut|let|cast|burst|spread|split|"
    r"withdrew|overcame|became|dug|spun|swam|rang|sang)$",
    re.IGNORECASE,
)
# "to" after these opens an infinitive the word needs ("was due to travel").
_NEEDS_TO = _WANTS_COMPLEMENT | words(
    """due able likely unlikely set going trying about enough similar close next equal
    related according compared opposed prior subject used willing unable eager"""
)


def phrase_cut(text: str, limit: int = MAX_TITLE) -> str | None:
    """The longest head of ``text`` within ``limit`` that ends before a phrase or clause
    of its own and still says something: "Britain stuck up for BP against American
    criticism over the spill" -> "Britain stuck up for BP". A head never ends where
    the following words complete it (:func:`cut_keeps_clause`)."""
    speaker, colon, _ = text.rpartition(": ")
    offset = len(speaker) + len(colon)
    for match in reversed(list(_PHRASE_START.finditer(text, offset))):
        head = text[: match.start()].rstrip(" ,")
        if len(head) <= limit and cut_keeps_clause(text, match.start(), offset):
            return head
    return None


def cut_keeps_clause(text: str, position: int, offset: int = 0) -> bool:
    """Whether ``text`` cut at ``position`` (the speaker's "Name: " ends at ``offset``)
    leaves a clause the words cut off do not complete: not before "of", an infinitive or
    preposition its verb needs, the second noun "and" joins, in a dangling word, inside a
    quotation, a list, an aside or a participle clause ("Fitch, which admitted it had been
    wrong to ...", "went to court, asking a judge")."""
    head = text[:position].rstrip(" ,")
    body = head[offset:]
    if len(body.split()) < MIN_TITLE_WORDS + 1:
        return False
    if english_clause(text[offset:]) and not english_clause(body):
        return False  # the verb was further on ("I apologize" is read as no clause at all)
    rest = text[position:]
    at_comma = rest.startswith(",")
    tail = rest.lstrip(" ,")
    following = tail.split(" ", 1)[0].lower()
    last_two = [word.lower() for word in head.split()[-2:]]
    if following == "to" and (last_two[-1] in _NEEDS_TO or re.match(r"to\s+[$#€£]?\d", tail)):
        return False  # "was due to travel", "raised its estimate to $40 billion"
    if following == "of" and last_two[-1] in _PART_NOUNS:
        return False  # "a series of decisions", "the extent of the damage"
    if re.match(r"It\s+(?:is|was|'s|’s)\s+(?:the|a|an|only|not|this|these)\b", body) and not (
        re.search(r"\b(?:which|that|who|when)\b", body)
    ):
        return False  # "It is next year's immunisation which would feel it": a cleft
    if following == "that" and last_two[-1] in _THAT_NOUNS:
        return False  # "there are signs that the virus is spreading"
    if at_comma and _list_comma(head, tail):
        return False  # "an unprecedented financial, legal, regulatory ... crisis": a list
    if following in _COORDINATORS and not at_comma and (
        not english_clause(re.split(r"[,;:]", tail)[0]) or _NUMBER.fullmatch(last_two[-1])
        or not (
            _NEW_SUBJECT.match(tail.split(" ", 1)[-1]) or _FINITE_FORM.match(tail.split(" ", 1)[-1])
        )
    ):
        return False  # "the Mississippi and Alabama coasts", "health and pharmaceutical workers"
    if following == "as" and not at_comma and (
        last_two[0] == "as" or re.match(r"as \w+ as\b", tail)
    ):
        return False  # "twice as much as", "the wreck as well as the film"
    complement = following == "as" and not english_clause(
        re.split(r"[,;:]|\s(?:and|but|or)\s", tail)[0]
    )
    wants_phrase = following in _PREPOSITION_WORDS or following in ("that", "including", "of")
    participle = following.endswith("ing") and not at_comma
    if (wants_phrase or complement or participle) and _VERB_END.search(head):
        return False  # "those that looked into the explosion": the verb wants its phrase
    if following == "that" and (
        _REPORTING.search(" ".join(head.split()[-4:])) or last_two[-1] in _SAY_BASE
    ):
        return False  # "an official told BP that ...": what was told follows
    if _reported_clause_cut(body):
        return False  # "X said oil" of "X said oil and gas production was flat"
    if following.endswith("ed") and not at_comma and (
        re.search(r"\b(?:a|an|some|any)\s+(?:\S+\s+)?\S+$", head)
        or not _DEFINITE_NOUN_END.search(head)
    ):
        return False  # "in an area affected by", "how SARS started in": no noun it describes
    if verbless_conjunct(body, text[offset:]):
        return False  # "a liability as his administration": the clause lost its verb
    if _PREPOSITIONAL_VERB.search(f"{head} {following}"):
        return False  # "to help BP deal" without "with the spill"
    if following.endswith(("ing", "ed")) and last_two[-1].endswith("ly"):
        return False  # "a court order legally binding the company"
    if last_two[-1] in words("take takes took taking last lasts lasted") and following in words(
        "until till for about up"
    ):
        return False  # "repairs to take until the end of April": how long is what is said
    if last_two[-1] in words("us them him her it me you") and following in words(
        "around up down out off back away over in"
    ):
        return False  # "they turned us around": the particle belongs to the verb
    if not at_comma and re.search(r",\s+[a-z]+ing\s[^,]*$", body):
        return False  # "went to court, asking a judge": the participle clause is cut short
    if following.endswith("ing") and last_two[-1] in _FUNCTION_END | words(
        "is are was were be been"
    ):
        return False
    if dangling_end(head) or sum(head.count(q) for q in "\"“”") % 2:
        return False
    return main_clause_kept(body, at_comma=at_comma)


_PREPOSITION_WORDS = words(
    """in at on into onto from for with without within between against over under across
    near after before during since until amid via through throughout toward towards around
    among by to about off out up"""
)


# Verbs that take their object with a preposition: "deal with", "rely on", "call for".
_INFLECTED = r"(?:s|es|d|ed|ing)?"
_PREPOSITIONAL_VERB = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
    r"\b(?:(?:deal|dealt|dealing|cope|coping|comply|complied|complies|agree|"
    r"meet|met|meeting)" + _INFLECTED + r"\s+with|(?:depend|rely|relied|relies|focus|insist|"
    r"comment|embark)" + _INFLECTED + r"\s+on|(?:account|apply|applied|applies|ask|call|wait|"
    r"search|pay|paid|care|prepare|opt)" + _INFLECTED + r"\s+for|(?:refer|belong|listen|"
    r"respond|react|contribute|amount|lead|led|object|adapt|commit|go|goes|went|gone|going|"
    r"travel|return|move|head|fly|flew|flown|come|came|send|sent|bring|brought|take|took|"
    r"taken)" + _INFLECTED + r"\s+to|(?:look|stare|aim|hint|arrive)" + _INFLECTED
    + r"\s+(?:at|into|for)|(?:result|consist|benefit|suffer|recover|emerge|stem|dispose|"
    r"approve|think|thought|heard|hear)" + _INFLECTED + r"\s+(?:in|of|from)|(?:keep|kept|"
    r"catch|caught|come|came|make|made|put)\s+up|in\s+order|so\s+as|(?:back|away)\s+to"
    # "dedicated a story to", "compared the spill to"
    r"|(?:dedicat|devot|assign|attribut|link|compar|limit|restrict|expos|introduc)\w*\s+"
    r"(?:\w+\s+){1,4}to"
    # "provide them with help", "accused BP of", "prevent people from"
    r"|(?:provid|suppl|accus|charg|blam|thank|protect|prevent|stop|ban|bar|warn)\w*\s+"
    r"(?:\w+\s+){1,3}(?:with|of|for|from|against)"
    # "asking a judge to order", "urged the government to act"
    r"|(?:(?:ask|urg|tell|allow|forc|order|want|expect|need|persuad|invit|encourag|requir|"
    r"press|permitt?|enabl)(?:s|es|ed|d|ing)|told|(?:will|would|to|could|may|might|must|"
    r"should|did|not)\s+(?:ask|urge|tell|allow|force|order|want|expect|need|persuade|invite|"
    r"encourage|require|press|permit|enable))\s+(?:\w+\s+){1,5}to)\s*$",
    re.IGNORECASE,
)


def _list_comma(head: str, tail: str) -> bool:
    """The comma between ``head`` and ``tail`` separates the items of a list ("an
    unprecedented financial, legal, regulatory and environmental crisis"), not a name
    and its place ("in the capital, Port-au-Prince, to remember")."""
    item_before = head.rsplit(", ", 1)[-1] if ", " in head else ""
    if item_before and len(item_before.split()) <= 2:
        return True
    parts = re.split(r",\s|\s(?:and|or)\s", tail, maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) > 2 or re.search(r"\w(?:ed|ing)\b", parts[0]):
        return False
    return parts[0][:1].isupper() == parts[1][:1].isupper()


def verbless_conjunct(head: str, whole: str) -> bool:
    """The last clause of ``head`` opened by a conjunction has lost the verb it has in
    ``whole`` ("as his administration" of "as his administration heads toward
    elections"; not "as a key issue", where "as" opens no clause)."""
    found = None
    for match in re.finditer(
        r"\b(?:as|while|when|where|because|although|though|whereas|after|before|until|once)\s",
        head
    ):
        found = match
    if found is None or found.start() == 0 or english_clause(head[found.end() :]):
        return False
    clause = re.split(
        r"[;:]|\s--\s|\s(?:as|while|when|because|although|though|after|before|until)\s",
        whole[found.end() :],
    )[0]
    if found.group().strip() in ("after", "before", "until", "once"):
        # also prepositions: "until the end of April and said ...": no clause of its own
        clause = clause.split(" and ")[0]
    return english_clause(clause)


_SAY_BASE = words(
    """say show know think believe claim argue warn announce confirm note add report estimate
    find suggest insist hope fear expect mean prove ensure"""
)


_THAT_NOUNS = words(
    """signs sign evidence fears fear hopes hope concerns concern news reports report
    indications claims claim suggestions suspicion suspicions belief view warning warnings
    risk chance chances possibility likelihood fact idea notion assumption expectation"""
)
_PART_NOUNS = words(
    """series number lot lots bulk host range variety couple total half part parts subject form
    kind type sort amount majority rest side top bottom end beginning middle centre center
    source result cause extent scope sight trickle appearance issue matter question case use
    size level rate cost price value share percent one some many most all each none any
    members member group groups thousands hundreds millions dozens tens billions millions
    quarter third fraction portion piece pieces section sections edge front back way ways
    memories memory news report reports study studies aim goal purpose""")


def _reported_clause_cut(text: str) -> bool:
    """What a reporting verb introduces was cut before its own verb."""
    said = None
    for match in _REPORTED.finditer(text):
        said = match
    if said is None:
        return False
    rest = text[said.end() :].strip()
    first = rest.split()[0].lower() if rest.split() else ""
    if first in _PREPOSITION_WORDS or first in words("as by"):
        return False  # "confirmed as suffering", "found in the well": no clause was reported
    if not re.match(r"(?:said|says|say|told|tells)\b", said.group()) and len(rest.split()) > 6:
        return False  # "confirmed swine flu in a married couple": an object, not a clause
    return bool(rest) and not english_clause(rest)


_REPORTED = re.compile(
    r"\b(?:said|says|say|told\s+\w+|tells\s+\w+|believes?|believed|thinks?|thought|"
    r"warned|announced|confirmed|noted|added|estimated|showed|shows|found|reported|worried|"
    r"feared|fears|predicted|argued|insisted|stressed|explained|acknowledged|admitted|denied|"
    r"revealed|disclosed|concluded|suspected)"
    r"(?:\s+that)?\s"
)


def main_clause_kept(text: str, at_comma: bool) -> bool:
    """Whether a head cut from a longer text still holds its main clause: not only a
    subordinate clause ("After Pacitti started to feel unwell"), not a subject with an
    aside that the cut leaves without its verb (:func:`_open_aside`)."""
    first = text.split()[0].lower() if text.split() else ""
    if first in _SUBORDINATE_OPENERS | words("with without despite amid given"):
        _, comma, rest = text.partition(", ")
        if not comma or not english_clause(rest):
            return False
    return not _open_aside(text, at_comma)


_SUBORDINATE_OPENERS = words(
    "after before when while as because although though if since until once unless whereas"
)


def _open_aside(text: str, at_comma: bool) -> bool:
    """A comma opened a relative clause or an apposition that the cut leaves unclosed
    ("Fitch, which admitted it had been wrong to assume") or closes without the verb
    that follows it ("The leak, still weeks away from being stopped")."""
    parts = text.split(", ")
    if len(parts) < 2:
        return False
    last = parts[-1]
    if re.match(r"(?:which|who|whose|whom)\b", last):
        return True
    first = parts[0].split()[0].lower() if parts[0].split() else ""
    # "The leak, still weeks away from being stopped": an aside after the subject, its
    # verb cut off; "With a final shot of cement, BP killed ...": an opening phrase.
    if last[:1].isupper() or " and " in last:
        return False  # "The Netherlands, France and Switzerland confirmed": a list
    return at_comma and len(parts) == 2 and not english_clause(parts[0]) and not (
        first in _PREPOSITION_WORDS or first.endswith(("ing", "ly")) or first in _OPENERS
    )


_OPENERS = words("despite amid following according like unlike as once if when while")
