"""Where an English title may be cut, read without a trained parser.

A title longer than about twelve words is shortened to a head that ends
before a phrase or clause of its own (:func:`phrase_cut`) or a clause a
conjunction opens (:func:`clause_cut`). :func:`cut_keeps_clause` holds what
no cut may do: end where the words cut off complete the clause ("made a
series" without "of decisions", "continued" without "to work", "asking a
judge" without "to order"), split two nouns "and" joins or the items of a
list, end inside a quotation, an aside, a participle clause or a cleft, or
leave a clause a conjunction or a reporting verb opened without its verb.
"""

from __future__ import annotations

import re

from timeline.sentences import words
from timeline.title_english import (
    AUXILIARIES,
    FINITE_FORM,
    SUBORDINATE_OPENERS,
    english_clause,
)
from timeline.title_sizes import MAX_TITLE, MIN_CLAUSE, MIN_TITLE_WORDS


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
    related according compared opposed prior subject used willing unable eager bid bids
    effort efforts attempt attempts drive push"""
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
    if following == "that" and (last_two[-1] in _THAT_NOUNS or (
        _THAT_SUBJECT.match(tail.split(" ", 1)[-1])
        and english_clause(re.split(r"[,;:]", tail)[0])
    )):
        return False  # "there are signs that the virus is spreading"
    if at_comma and _list_comma(head, tail):
        return False  # "an unprecedented financial, legal, regulatory ... crisis": a list
    if following in _COORDINATORS and not at_comma and (
        not english_clause(re.split(r"[,;:]", tail)[0]) or _NUMBER.fullmatch(last_two[-1])
        or not (
            _NEW_SUBJECT.match(tail.split(" ", 1)[-1]) or FINITE_FORM.match(tail.split(" ", 1)[-1])
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
    if following == "that" and last_two[-1].endswith("ing"):
        return False  # "a report disclosing" without "that ...": what it disclosed follows
    if _verbless_that_clause(body, text[offset:]):
        return False  # "criticism that the government": the clause "that" opened lost its verb
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
    if not at_comma and _verb_of_cut_subject(tail):
        return False  # "the sounds of the attacks" of "the sounds of the attacks ... was aired"
    return main_clause_kept(body, at_comma=at_comma)


# A finite verb before any clause boundary in what a cut leaves off: the phrase the cut
# starts at belongs to a subject ("the reason for Haiti's misfortunes is that ..."), so
# the head ends inside that subject.
# The finite auxiliaries; "said" is left out: a speaker's verb is the speech rules' to judge.
_SUBJECT_VERB = AUXILIARIES - words("said")
_CLAUSE_OPENERS = SUBORDINATE_OPENERS | words(
    "that which who whom whose where whether and but or than what how why so nor to"
)


def _verb_of_cut_subject(tail: str) -> bool:
    for token in tail.split():
        word = token.lower().strip("\"“”‘’'()")
        if word in _SUBJECT_VERB:
            return True
        if word in _CLAUSE_OPENERS or token[-1:] in ",;:)" or token in ("-", "–", "—"):
            return False
    return False


# A clause "that" opens with its own subject ("criticism that the government should").
_THAT_SUBJECT = re.compile(
    r"(?:the|a|an|it|they|he|she|we|its|their|his|her|this|these|those|there|some|many|"
    r"most|[A-Z][\w.'’-]*)\s"
)


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
    # "blamed the oil spill on"
    r"|blam\w*\s+(?:\S+\s+){1,8}on"
    # "asking a judge to order", "urged the government to act"
    r"|(?:(?:ask|urg|tell|allow|forc|order|want|expect|need|persuad|invit|encourag|requir|"
    r"press|permitt?|enabl|authori[sz]|instruct|empower|compell?|oblig)(?:s|es|ed|d|ing)|told|"
    r"(?:will|would|to|could|may|might|must|"
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
    tokens = text.split()
    first = tokens[0].lower() if tokens else ""
    # "Pilloried for three months as it tried ...": a participle phrase opens the sentence
    participle = first.endswith(("ed", "ing")) and len(tokens) > 1 and (
        tokens[1].lower() in _PREPOSITION_WORDS
    )
    if participle or first in SUBORDINATE_OPENERS | words("with without despite amid given"):
        _, comma, rest = text.partition(", ")
        if not comma or not english_clause(rest):
            return False
    return not _open_aside(text, at_comma)


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



def adjunct_cut(text: str) -> str | None:
    """"The rig will come under greater scrutiny as investigations begin into ..." -> "The
    rig will come under greater scrutiny": when no clause or phrase cut fits, the clause
    still ends before an adjunct that says why, how or with what result ("as", "amid",
    ", following", a participle after its noun: "a disaster expected to cost ...")."""
    for match in _ADJUNCT_START.finditer(text):
        head = text[: match.start()].rstrip(" ,")
        if len(head) > MAX_TITLE:
            break
        before = head.split()[-1].lower() if head.split() else ""
        if before in _NOT_BEFORE_ADJUNCT or sum(head.count(mark) for mark in "\"“”") % 2 or (
            re.match(r"as\s+\w+\s+as\b", text[match.start() :].lstrip(" ,"))
        ):
            continue  # "such as", "was expected to": a comparison, the verb itself
        if len(head.split()) >= MIN_TITLE_WORDS and english_clause(head) and not (
            dangling_end(head) or head.split()[-1].lower() in _SAYING
        ):
            # the first: a later adjunct may belong to the one cut here; "The controversy
            # exploded" is short, but says more than a title cut off at a word
            return head
    return None


_ADJUNCT_START = re.compile(
    r",?\s(?:as|amid|following|despite|including|prompting|forcing|sparking|leaving|"
    r"raising|leading|expected|saying|after|before|while|because|when)\s"
    r"(?=(?:the|a|an|its|their|his|her|some|multiple|thousands|hundreds|it|they|"
    r"he|she|we|to|up|[A-Z\d])\b|\w+ing\b)"
)
_SAYING = words("said says told tells added adds noted reported announced warned wrote")
_NOT_BEFORE_ADJUNCT = words(
    "such same well much many far long soon just known twice is are was were be been being has "
    "have had not also widely"
)


def _verbless_that_clause(body: str, whole: str) -> bool:
    """``body`` ends in a clause "that" opened ("growing criticism that the government
    and BP should have done more") before its verb, which comes later in ``whole``."""
    opened = list(re.finditer(r"\bthat\s+(?=\w)", body))
    if not opened:
        return False
    clause = body[opened[-1].end() :]
    return len(clause.split()) >= 2 and not english_clause(clause) and english_clause(
        whole[opened[-1].end() :]
    )
