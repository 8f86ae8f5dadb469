"""The clause or noun phrase a date belongs to, when it is not the main clause.

"Anlässlich der Seligsprechung von X, die am 1. Mai stattfindet, ist ..." is
dated by its relative clause: its title is "Die Seligsprechung von X findet
statt". Relative clauses (their noun read back from the comma, agreeing with
the pronoun), subordinate clauses ("weil am Sonntag die neue Spitze gewählt
wird", "when an explosion destroyed the rig on April 20"), a later main
clause, and the week a slogan names ("„Ahoi!“ hieß es in der ersten Woche, in
der die Kinder ...") are made main clauses of their own.
"""

from __future__ import annotations

import re

from timeline.sentences import words
from timeline.title_german import (
    GENITIVE_LINKS,
    GERMAN_ARTICLES,
    GERMAN_PREPOSITIONS,
    GERMAN_PRONOUN_SUBJECTS,
    GERMAN_RELATIVES,
    capitalise,
    comma_parts,
    german_subject_end,
    is_final_verb,
    is_noun,
    is_verb_like,
    join_tokens,
    noun_phrase_end,
    part_kind,
    split_separable,
    takes_infinitive,
    verb_final_to_main,
    verb_second,
)
from timeline.title_text import (
    drop_leading_fillers,
    remove_clock_times,
    remove_dates,
)


def _segment_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for part in comma_parts(text):
        index = text.find(part, start) if part else start
        if index < 0:
            index = start
        spans.append((index, index + len(part)))
        start = index + len(part) + 1
    return spans


_GERMAN_CONVERTIBLE = words("als nachdem weil da wenn bevor während sodass seit seitdem bis wobei")
_NOMINATIVE_RELATIVES = words("der die das welcher welche welches")


def german_side_clause(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]]
) -> str | None:
    """A main clause made from the relative or subordinate clause the date stands in.

    "Anlässlich der Seligsprechung von X, die am 1. Mai stattfindet, ist ..." ->
    "Die Seligsprechung von X findet statt"; "..., weil am Sonntag die neue Spitze
    gewählt wird" -> "Die neue Spitze wird gewählt". A slogan whose week is
    described by a relative clause ("„Ahoi!“, hieß es in der ersten Woche, in der
    die Kinder Kleider bastelten") gets that clause. None when the date stands in
    the main clause or the clause has no subject to name.
    """
    parts = _segment_spans(sentence)
    index = next((i for i, (a, b) in enumerate(parts) if a <= date_span[0] < b + 1), None)
    if index is None:
        return None
    text_of = [sentence[a:b] for a, b in parts]
    kind = part_kind(text_of[index])
    if kind in ("clause", "coordinate") and index > 0 and is_final_verb(
        text_of[index - 1].split()[-1]
    ):
        following = parts[index + 1] if index + 1 < len(parts) else None
        if following and part_kind(sentence[following[0] : following[1]]) != "subordinate":
            following = None
        return _later_main_clause(sentence, parts[index], spans, following)
    if index == 0 or kind in ("continuation", "other", "clause", "coordinate"):
        return _slogan_week(sentence, parts, index, spans)
    if kind in ("infinitive", "apposition"):
        return None
    clause_parts = [index]
    while not is_final_verb(text_of[clause_parts[-1]].split()[-1]) and (
        clause_parts[-1] + 1 < len(parts)
    ):
        clause_parts.append(clause_parts[-1] + 1)
    after = clause_parts[-1] + 1
    if after < len(parts) and part_kind(text_of[after]) == "infinitive" and takes_infinitive(
        " ".join(text_of[clause_parts[-1]].split()[:-1]) or text_of[clause_parts[-1]]
    ):
        clause_parts.append(after)  # "dass die Faschisten begonnen haben, X auszuradieren"
    start, end = parts[index][0], parts[clause_parts[-1]][1]
    made = _clause_as_main(sentence, start, end, spans, text_of[index - 1] if index else "")
    if made is None:
        before = remove_dates(sentence[start : date_span[0]], [], "de")
        anchored = _SIDE_ANCHOR.search(before.rstrip() + " ")
        if anchored:
            return f"{anchored.group('head')} {anchored.group('phrase')}"
    return made


# "ihr Ausscheren bei der Abstimmung am 21. Dezember": in a side clause, the happening
# the date belongs to.
_SIDE_ANCHOR = re.compile(
    r"(?:\b(?:ihr|sein|ihre|seine|der|die|das|den|dem)\s+)?(?P<head>[A-ZÄÖÜ][\w-]*)\s+"
    r"(?P<phrase>(?:bei|während|nach|vor|zu)\s+(?:der|dem|den|einer|einem)\s+"
    r"(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)\s+(?:am|im|vom|um|an)?\s*$"
)


def _later_main_clause(
    sentence: str, part: tuple[int, int], spans: list[tuple[int, int]],
    following: tuple[int, int] | None = None,
) -> str | None:
    """"Die Vorstellung ist ausverkauft, ab sofort gibt es Tickets für die Zusatzvorstellung
    am 22. November": the second main clause is what the date belongs to."""
    start, end = part
    if following is not None and len(sentence[following[0] : following[1]].split()) <= 4:
        end = following[1]  # "..., ist in Grimma nichts mehr, wie es war"
    inner = [(a - start, b - start) for a, b in spans if start <= a and b <= end + 1]
    clause = remove_clock_times(remove_dates(sentence[start:end], inner, "de")).strip(" .!?")
    clause = re.sub(r"^(?:und|aber|doch|sondern|denn|oder)\s+", "", clause)
    clause = drop_leading_fillers(clause, "de")
    if clause[:1].islower():
        clause = verb_second(clause) or clause
    tokens = clause.split()
    if len(tokens) < 4 or tokens[0].lower() in GERMAN_PRONOUN_SUBJECTS:
        return None  # "sie blieben fehlerlos": who "sie" are is in the other clause
    return capitalise(clause)


def _slogan_week(
    sentence: str, parts: list[tuple[int, int]], index: int, spans: list[tuple[int, int]]
) -> str | None:
    if sentence.lstrip()[:1] not in "„“\"«" or index + 1 >= len(parts):
        return None
    following = sentence[parts[index + 1][0] : parts[index + 1][1]].split()
    if len(following) < 3 or following[0] not in GERMAN_PREPOSITIONS or (
        following[1] not in GERMAN_RELATIVES
    ):
        return None
    end = index + 1
    while end + 1 < len(parts) and not is_final_verb(
        sentence[parts[end][0] : parts[end][1]].split()[-1]
    ):
        end += 1
    return _clause_as_main(sentence, parts[index + 1][0], parts[end][1], spans, "")


def _clause_as_main(
    sentence: str, start: int, end: int, spans: list[tuple[int, int]], before: str
) -> str | None:
    inner = [(a - start, b - start) for a, b in spans if start <= a and b <= end + 1]
    clause = remove_clock_times(remove_dates(sentence[start:end], inner, "de"))
    tokens = re.sub(r"\s*\([^()]*\)", "", clause).strip().rstrip(".!?,;:“”\"").split()
    if len(tokens) < 2:
        return None
    first = tokens[0].lower()
    if first in GERMAN_PREPOSITIONS and tokens[1].lower() in GERMAN_RELATIVES:
        return verb_final_to_main(join_tokens(tokens[2:]))
    if first in _GERMAN_CONVERTIBLE or (first in ("dass", "daß") and not _SPEECH_FRAME.search(
        before
    )):
        return verb_final_to_main(join_tokens(tokens[1:]))
    if first not in _RELATIVE_ARTICLES:
        return None
    following = tokens[1]
    antecedent = antecedent_before(before, first)
    if antecedent is None:
        return None
    if following.lower() in GERMAN_ARTICLES or is_noun(following):
        # "die der Landtag vornahm": the relative pronoun is the object.
        subject_end = german_subject_end(tokens, 1)
        article = tokens[1].lower()
        if subject_end is None or first == "der" or (article == first and first != "den") or (
            article not in ("der", "die", "das", "ein", "eine") and not is_noun(following)
        ):
            return None
        rest = tokens[subject_end:]
        if not rest or not is_final_verb(rest[-1]):
            return None
        subject = join_tokens(tokens[1:subject_end])
        finite, particle = rest[-1], ""
        middle = rest[:-1]
        if not middle or not is_verb_like(middle[-1]):
            finite, particle = split_separable(finite)
        parts = [subject, finite, f"{first} {antecedent}", *middle, particle]
        return capitalise(join_tokens([part for part in parts if part]))
    if following.lower() in GERMAN_PRONOUN_SUBJECTS or first in ("den", "dem"):
        return None
    return verb_final_to_main(join_tokens(tokens[1:]), f"{first.capitalize()} {antecedent}")


_RELATIVE_ARTICLES = words("der die das den")
_SPEECH_FRAME = re.compile(
    r"\b(?:sagt|sagte|sagten|erklärt|erklärte|erklärten|betont|betonte|meint|meinte|"
    r"teilte|teilten|berichtet|berichtete|schreibt|schrieb|warnt|warnte|heißt|hieß)\b"
)
# Which articles a relative pronoun agrees with: its noun's gender and number.
_AGREEING = {
    "der": words("der den dem des ein einen einem eines"),
    "den": words("der den dem des ein einen einem eines"),
    "die": words("die der eine einer"),
    "das": words("das dem des ein einem eines"),
}


def antecedent_before(text: str, pronoun: str = "") -> str | None:
    """The noun phrase a German relative clause describes, read back from its comma:
    "Anlässlich der Seligsprechung von Papst Johannes Paul II." -> "Seligsprechung von
    Papst Johannes Paul II."; a verb at the end is stepped over ("eine Skulptur des
    Papstes zu sehen"); a phrase whose article does not agree with ``pronoun`` ("das
    Fazit der Ernennungen, die") gives way to its genitive ("Ernennungen")."""
    tokens = re.sub(r"\s*\([^()]*\)", "", text).split()
    while tokens and (tokens[-1][:1].islower() and tokens[-1] not in GENITIVE_LINKS):
        if len(tokens) > 1 and tokens[-2][:1].isupper():
            tokens.pop()
            break
        tokens.pop()
    agreeing = _AGREEING.get(pronoun)
    candidates: list[tuple[str, str]] = []
    for start in range(len(tokens) - 1, max(-1, len(tokens) - 12), -1):
        token = tokens[start]
        low = token.lower()
        if low in GERMAN_ARTICLES and low not in ("alle", "beide", "beiden"):
            end = noun_phrase_end(tokens, start, von=True)
            if end is not None and end == len(tokens):
                candidates.append((low, join_tokens(tokens[start + 1 :])))
            if low in GENITIVE_LINKS and start > 0 and is_noun(tokens[start - 1]):
                continue  # "Skulptur des Papstes": the genitive may belong to the noun before
            break
        if low in GERMAN_PREPOSITIONS and low not in ("von", "vom"):
            end = noun_phrase_end(tokens, start + 1, article=False, von=True)
            if end == len(tokens):
                candidates.append(("", join_tokens(tokens[start + 1 :])))
            break
    for article, phrase in reversed(candidates):
        if agreeing is None or not article or article in agreeing:
            return phrase
    return None


ENGLISH_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|did|does|do|\w+ed|began|broke|came|fell|found|gave|got|grew|hit|held|kept|led|"
    r"left|lost|made|met|put|ran|rose|sank|saw|sent|set|shut|spent|spoke|stood|struck|took|"
    r"told|went|won|wrote|became|brought|bought|built|caught|chose|drew|drove|flew|froze|"
    r"knew|laid|meant|paid|quit|sold|shot|spread|threw|wore|cut|cost|let|said|says|"
    r"\w+s(?=\s+(?:the|a|an|to|that|its|their)\b|\s+\d)|\w+ing)\b"
)
# A finite verb: what makes "when an explosion destroyed the rig" a clause and "before
# the evening of April 23" a phrase.
ENGLISH_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|did|does|"
    r"(?<!-)(?!need|speed|feed|seed|bleed|breed|creed|deed|weed|greed|steed|bed|red|shed)\w{3,}ed|"
    r"began|broke|came|fell|found|gave|got|grew|hit|held|kept|led|left|lost|made|met|put|ran|"
    r"rose|sank|saw|sent|set|shut|spent|spoke|stood|struck|took|told|went|won|wrote|became|"
    r"brought|bought|built|caught|chose|drew|drove|flew|froze|knew|laid|meant|paid|sold|shot|"
    r"spread|threw|wore|said|used|died|sued|tied|owed)\b"
)
ENGLISH_DETERMINERS = words("the a an its their his her our this that these those")
_ENGLISH_STOP = words(
    """in on at of for to from by with into over under about after before during since until
    and or but as when while said says told is are was were be been has have had will would
    could should may might can do does did not than"""
)
_ENGLISH_CONJUNCTIONS = words(
    "when after before because while once although though whereas since until"
)
_ENGLISH_CLAUSE_VERBS = words(
    """said says told showed shows found find believe believes believed added stated announced
    warned reported noted suggested know knows knew think thinks thought hope hopes hoped
    expect expects expected mean means meant argued claimed insisted confirmed ensure so such
    now than is was are were say"""
)
_ENGLISH_PRONOUNS = words("i you he she it we they this these those there")
_ENGLISH_SEGMENT = re.compile(r",\s+|\s+[-–—]{1,2}\s+|;\s+")


def english_noun_phrase_before(text: str) -> str | None:
    """The noun phrase ``text`` ends in: "..., the mayor of Mexico City" -> "the mayor of
    Mexico City"; a name without a determiner is taken whole."""
    tokens = text.split()
    taken: list[str] = []
    for token in reversed(tokens[-9:]):
        low = token.lower().strip(",")
        if low in ENGLISH_DETERMINERS:
            taken.append(token)
            break
        if low in ("of", "from") and taken:
            taken.append(token)  # "a woman from Fife"
            continue
        if low in _ENGLISH_STOP or low in _ENGLISH_PRONOUNS or not re.match(r"^[\w'’.-]+$", token):
            break
        taken.append(token)
    if not taken or taken[-1].lower() == "of":
        return None
    phrase = list(reversed(taken))
    if phrase[0].lower() not in ENGLISH_DETERMINERS and not all(
        word[:1].isupper() or word == "of" for word in phrase
    ):
        return None
    return " ".join(phrase)


def _pronoun_resolved(body: str, sentence: str, clause_start: int, clause_end: int) -> str:
    """"Until it was destroyed on Tuesday, the palace was ..." -> "the palace was destroyed":
    a fronted clause's "it" is the main clause's subject."""
    first, _, rest = body.partition(" ")
    if first.lower() not in ("it", "they", "he", "she") or clause_start > 0:
        return body
    main = sentence[clause_end:].lstrip(" ,")
    verb = ENGLISH_FINITE.search(main)
    if verb is None:
        return body
    subject = main[: verb.start()].strip()
    if not subject or len(subject.split()) > 7 or not (
        subject[:1].isupper() or subject.split()[0].lower() in ENGLISH_DETERMINERS
    ):
        return body
    return f"{subject} {rest}"


def english_side_clause(
    sentence: str, date_span: tuple[int, int], spans: list[tuple[int, int]]
) -> str | None:
    """A clause made from the relative or subordinate clause an English date stands in.

    "..., the new strain, which was declared a pandemic by the WHO last week" -> "The
    new strain was declared a pandemic by the WHO"; "Eleven people died when an
    explosion destroyed the rig on April 20" -> "An explosion destroyed the rig"."""
    bounds = [0]
    for match in _ENGLISH_SEGMENT.finditer(sentence):
        bounds.append(match.end())
    starts = [b for b in bounds if b <= date_span[0]]
    seg_start = starts[-1]
    later = [m.start() for m in _ENGLISH_SEGMENT.finditer(sentence) if m.start() >= date_span[1]]
    seg_end = later[0] if later else len(sentence)
    before = sentence[seg_start : date_span[0]]
    inner = [(a - seg_start, b - seg_start) for a, b in spans if seg_start <= a and b <= seg_end]
    segment = sentence[seg_start:seg_end]
    relative = list(re.finditer(r"\b(which|who|that)\s+", before))
    conjunction = list(
        re.finditer(
            r"\b(" + "|".join(_ENGLISH_CONJUNCTIONS) + r")\s+(?!of\b)", before, re.IGNORECASE
        )
    )

    def rest_after(offset: int) -> str:
        shifted = [(a - offset, b - offset) for a, b in inner if a >= offset]
        return remove_dates(segment[offset:], shifted, "en")

    if relative and (not conjunction or relative[-1].start() > conjunction[-1].start()):
        found = relative[-1]
        if found.start() > 0 and sentence[date_span[1] : seg_end].strip(" .!?\"”") and not (
            re.match(r"\s*(?:when|where)\s", sentence[date_span[1] : seg_end])
        ):
            # "a virologist who helped fight SARS warned on Monday of": it ended; "a quake
            # that struck Chile in 2010 where ...": a clause of its own follows
            return None
        lead = remove_dates(before[: found.start()], [s for s in inner if s[1] <= found.start()],
                            "en")
        word_before = lead.split()[-1:]
        if found.group(1) == "that" and (
            not word_before or word_before[0].lower().strip(",") in _ENGLISH_CLAUSE_VERBS
            or word_before[0].lower() in _ENGLISH_STOP
        ):
            return None
        after_date = re.split(r"\s(?:when|where)\s", sentence[date_span[1] : seg_end])[0]
        if re.search(r"\b(?:is|are|was|were|has|have|had|will|would|can|could)\b", after_date):
            return None  # "the kind that hit Saxony this week are becoming": the clause ended
        body = rest_after(found.end())
        if not body or body.split()[0].lower() in _ENGLISH_PRONOUNS | ENGLISH_DETERMINERS or (
            body[:1].isupper()
        ):
            return None  # "which it set last week": what the clause says of the noun is unclear
        if found.start() == 0:
            antecedent = english_noun_phrase_before(sentence[: max(0, seg_start - 2)])
        else:
            antecedent = english_noun_phrase_before(before[: found.start()])
            if antecedent is not None and before[: found.start()].strip() == antecedent and (
                seg_start > 0
            ):
                # "Toyota Motor, the once-mighty money machine that grabbed ...": the name
                named = english_noun_phrase_before(sentence[: max(0, seg_start - 2)])
                if named is not None and named[:1].isupper():
                    antecedent = named
        if antecedent is None:
            return None
        return capitalise(f"{antecedent} {body.strip()}")
    if conjunction:
        found = conjunction[-1]
        if any(seg_start + found.end() <= a < date_span[0] for a, _ in spans):
            return None  # "since the first case was recorded in December ...": another date
        body = rest_after(found.end()).strip()
        verb = ENGLISH_FINITE.search(before[found.end() :])
        if not verb:
            return None  # "after the Piper Alpha disaster 22 years ago": a phrase, not a clause
        if re.search(r"\bto\s", before[found.end() : found.end() + verb.start()]) or len(
            before[found.end() : found.end() + verb.start()].split()
        ) > 8:
            return None  # "went before the cameras to praise what he signed": a phrase
        body = _pronoun_resolved(body, sentence, seg_start + found.start(), seg_end)
        first = body.split()[0] if body.split() else ""
        if not first or first.lower() in _ENGLISH_PRONOUNS or first.endswith("ing"):
            return None
        if not ENGLISH_FINITE.search(body):
            return None
        return capitalise(body)
    return None
