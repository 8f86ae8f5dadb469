"""Sentence splitting with character offsets, for quoting events verbatim.

A blank spaCy pipeline has no trained sentence boundaries, and news text has
a few traps a period rule alone falls into: German ordinal dates ("am 30.
Dezember"), abbreviations ("z. B.", "Dr."), sentences inside quotation marks
and fragments after a colon ("... abgefeuert zu haben: Am 30. Dezember und
am 2. Januar."). A colon never ends a sentence here, so such a fragment stays
with the clause it completes and the quote keeps the event it dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def words(text: str) -> frozenset[str]:
    """A word list written as whitespace-separated text."""
    return frozenset(text.split())


MONTH_WORDS = words(
    """
    januar jänner februar feber märz april mai juni juli august september oktober
    november dezember january february march june july october december
    jan feb mär mar apr jun jul aug sep sept okt oct nov dez dec
    """
)

# Words ending in a period that never end a sentence: they need a word after them.
ABBREVIATIONS = words(
    """
    z.b u.a d.h bzw ca dr prof nr st vgl inkl ggf evtl mio mrd jh jhd abs art bd hr fr
    mr mrs ms jr sr gen lt col sgt gov sen rep no vs mt ft capt cmdr adm maj rev hon pres
    e.v z.t s.o o.ä v.a u.ä sog bspw gegr geb dt engl franz ital span lat
    approx est dept univ assn str tel bzgl zzgl abzgl inkl
    """
)

# Abbreviations that may also end a sentence ("... bei Siemens, SAP usw. Danach"):
# a boundary only before a word that typically opens one (:data:`SENTENCE_OPENERS`).
SOFT_ABBREVIATIONS = words(
    """
    usw etc inc corp co ltd plc llc bros ag gmbh a.m p.m
    """
)

# "a.m." and "p.m." end a sentence before any capitalised word but these.
CLOCK_ABBREVIATIONS = words("a.m p.m")
WORDS_AFTER_CLOCK = MONTH_WORDS | words(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs
    fri sat sun et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet cest local
    """
)

# Month abbreviations ("Sept. 16", "Feb. 26", "3. Okt. 2024").
MONTH_ABBREVIATIONS = words(
    """
    jan feb febr mar apr jun jul aug sep sept oct nov dec okt dez mär jän
    """
)

# Words that open a sentence after an abbreviation that could end the one before
# ("in the U.S. The president ..."): pronouns, articles, conjunctions, adverbs.
SENTENCE_OPENERS = words(
    """
    the a an he she it they we i you his her its their our this that these those there
    but and or so yet however meanwhile in on at after before when while if as on for
    some many most several one two three officials police
    der die das ein eine er sie es wir ich man dies diese dieser dieses aber und oder doch
    auch dann danach damit deshalb daher zudem außerdem inzwischen im am in an auf bei
    nach vor seit als wenn weil mit laut so
    """
)

# Words after which "3." is an ordinal ("zum 3. Mal"), not the end of a sentence.
ORDINAL_DETERMINERS = words(
    """
    der die das dem den des zum zur am im vom beim ihr ihre ihrem ihren sein seine seinem
    seinen seiner unser unsere ein eine einem einen
    """
)

# A sentence longer than this inside an unclosed quotation is cut anyway, so
# a stray quotation mark cannot swallow the rest of a paragraph.
MAX_QUOTED_CHARS = 1200
# A line of at most this many words ending in a colon heads a list.
MAX_LABEL_WORDS = 5

_END = re.compile(r"[.!?…]+")
_PARAGRAPH = re.compile(r"\n\s*\n")
_OPENING = "„"
_GUILLEMETS = "«»‹›"
_BULLETS = "*•▪"
_CLOSING = "”"
# Every character the sentence splitter acts on: quotation marks, bullets, line breaks and
# what ends a sentence (:data:`_END`).
_SPECIAL_CHARS = f'{_OPENING}{_GUILLEMETS}{_BULLETS}{_CLOSING}“"\n.!?…'
_SPECIAL = re.compile(f"[{re.escape(_SPECIAL_CHARS)}]")
_CLOSES = re.compile("[\"”“»«›‹]")


@dataclass(frozen=True)
class Sentence:
    """A sentence of a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with their offsets, blank lines always separating."""
    sentences: list[Sentence] = []
    position = 0
    for match in _PARAGRAPH.finditer(text):
        sentences.extend(_split_block(text, position, match.start()))
        position = match.end()
    sentences.extend(_split_block(text, position, len(text)))
    return sentences


def _split_block(text: str, start: int, end: int) -> list[Sentence]:
    found: list[Sentence] = []
    sentence_start = start
    depth = 0
    index = start
    while index < end:
        char = text[index]
        if char not in _SPECIAL_CHARS:
            # Only the characters below change anything: skip to the next one.
            following = _SPECIAL.search(text, index, end)
            if following is None:
                break
            index = following.start()
            char = text[index]
        if char in _GUILLEMETS:
            # »Spiegel« and «Swiss» styles both occur: the side a guillemet stands on
            # tells whether it opens or closes.
            if _opens(text, index, start):
                depth += 1
            else:
                depth = max(depth - 1, 0)
        elif char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif char == "“":
            # German closes with “, English opens with it.
            depth = depth - 1 if depth > 0 else depth + 1
        elif char == '"':
            depth = 0 if depth > 0 else 1
        elif char in _BULLETS and _is_bullet(text, sentence_start, index, end):
            # "* Death is first outside Mexico * New tests": a list run into one line.
            _add(found, text, sentence_start, index)
            sentence_start = index + 1
        elif char == "\n" and _is_label(text[sentence_start:index].strip()):
            # "Key dates:", "Chronologie:" heads the list below it.
            _add(found, text, sentence_start, index)
            sentence_start = index + 1
        elif char == "\n" and not text[sentence_start:index].strip().endswith((",", ":")):
            # A single line break ends a heading or a list line, not a wrapped sentence:
            # treat it as a boundary only when the line looks complete.
            line = text[sentence_start:index].strip()
            next_line = text[index + 1 : end].lstrip()
            next_heading = _looks_like_heading(next_line.split("\n")[0])
            if line and (_looks_like_heading(line) or next_heading):
                _add(found, text, sentence_start, index)
                sentence_start = index + 1
        else:
            match = _END.match(text, index)
            if match:
                stop = match.end()
                while stop < end and text[stop] in "\"'“”»«›‹)’":
                    if text[stop] in "”»›’)" or (text[stop] in "\"“«‹" and depth > 0):
                        depth = max(depth - 1, 0)
                    stop += 1
                quoted_too_long = depth > 0 and stop - sentence_start > MAX_QUOTED_CHARS
                # A quotation mark that nothing closes in the rest of the paragraph
                # (lost in a copy, or a quote that runs on to the next paragraph) holds
                # no sentence together.
                never_closed = depth > 0 and not _CLOSES.search(text, stop, end)
                closed = depth == 0 or quoted_too_long or never_closed
                if closed and _is_boundary(text, sentence_start, index, stop, end):
                    _add(found, text, sentence_start, stop)
                    sentence_start = stop
                    depth = 0
                index = stop
                continue
        index += 1
    _add(found, text, sentence_start, end)
    return found


def _opens(text: str, index: int, block_start: int) -> bool:
    """Whether the quotation mark at ``index`` opens a quotation: a space before it
    (or the start of the text) and a word after it."""
    before = text[index - 1] if index > block_start else " "
    after = text[index + 1 : index + 2]
    return (before.isspace() or before in "([{—–-/") and bool(after) and not after.isspace()


def _is_bullet(text: str, sentence_start: int, index: int, end: int) -> bool:
    """A bullet ("*", "•") between spaces before a capital starts a new list item."""
    before = text[index - 1 : index] if index > 0 else "\n"
    after = text[index + 1 : min(end, index + 3)]
    return before.isspace() and after[:1] == " " and after[1:2].isupper()


def _is_label(line: str) -> bool:
    """A short line ending in a colon that heads a list: "Key dates:", "Chronologie:"."""
    return line.endswith(":") and 0 < len(line.split()) <= MAX_LABEL_WORDS


def _looks_like_heading(line: str) -> bool:
    """A short line without a final period (``WERBUNG``, ``KONTEXT``, a title)."""
    return bool(line) and len(line) < 80 and not line.endswith((".", ",", ":", ";", "!", "?"))


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and (
        text[start].isspace() or (text[start] in _BULLETS and text[start + 1 : start + 2] == " ")
    ):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    # A chronology whose lines were run together ("20 April: Rig explodes 28 April:
    # Coastguard fears ..."): each dated entry is a sentence of its own.
    entries = [match.start() for match in _CHRONOLOGY_ENTRY.finditer(text, start, end)]
    cuts = [cut for cut in entries if cut > start] if len(entries) >= MIN_RUN_ENTRIES else []
    for first, last in zip([start, *cuts], [*cuts, end], strict=True):
        while last > first and text[last - 1].isspace():
            last -= 1
        if first < last:
            found.append(Sentence(first, last, text[first:last]))


_MONTH_NAMES = (
    r"(?:Jan(?:uary|uar)?|J[äa]nner|Feb(?:ruary|ruar)?|Mar(?:ch)?|März|Apr(?:il)?|Ma[iy]|"
    r"Jun[ei]?|Jul[iy]?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|O[ck]t(?:ober)?|Nov(?:ember)?|"
    r"De[cz](?:ember)?)\.?"
)
# The head of a chronology entry: a date (or a year) and a colon or dash before a capital.
_CHRONOLOGY_ENTRY = re.compile(
    rf"(?<![\w,.])(?:\d{{1,2}}\.?\s+{_MONTH_NAMES}|{_MONTH_NAMES}\s+\d{{1,2}}|1[5-9]\d\d|20\d\d)"
    rf"(?:,?\s+\d{{4}})?\s*(?::|\s[-–])\s+(?=[A-ZÄÖÜ0-9])"
)
# Entries in one run of text that make it a chronology.
MIN_RUN_ENTRIES = 2


def _is_boundary(text: str, sentence_start: int, mark: int, stop: int, end: int) -> bool:
    """Whether the punctuation at ``mark`` (ending at ``stop``) ends the sentence."""
    if stop >= end:
        return True
    following = text[stop:end]
    if not following[:1].isspace() and text[mark] == ".":
        # "Erklärung.USA" is two sentences glued together; "3.5" or "z.B" is not.
        next_char = following[:1]
        return next_char.isupper() and text[mark - 1 : mark].islower()
    rest = following.lstrip()
    if not rest:
        return True
    if text[mark] != ".":
        return rest[0].isupper() or rest[0] in "\"'„“«»(-–"
    word = re.search(r"(\S+)\.*$", text[sentence_start:mark + 1])
    # "(8. Juli)": the parenthesis is not part of the ordinal.
    token = (word.group(1) if word else "").rstrip(".").lstrip("([{\"'„“«»").lower()
    next_word = re.match(r"[\w.]+", rest)
    following_word = next_word.group(0).lower().rstrip(".") if next_word else ""
    if token.isdigit() and len(token) <= 2 and (following_word in MONTH_WORDS or rest[0].islower()):
        return False  # German ordinal: "am 30. Dezember", "der 3. große"
    if token.isdigit() and len(token) <= 3 and _word_before(text, sentence_start, mark, token):
        return False  # German ordinal after its article: "zum 3. Mal", "das 125. Jubiläum"
    if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False
    if token.endswith("str") and rest[0].isdigit():
        return False  # "Speckbacherstr. 24": a street and its number
    if token in MONTH_ABBREVIATIONS and (rest[0].isdigit() or rest[0].islower()):
        return False  # "Sept. 16", "Feb. 26-28", "3. Okt. 2024"
    if token in CLOCK_ABBREVIATIONS and rest[0].isupper():
        # "at 11 p.m. Witnesses said" ends; "at 4 p.m. Friday", "9 a.m. EST" go on.
        return following_word not in WORDS_AFTER_CLOCK
    if token in SOFT_ABBREVIATIONS or _is_initialism(token):
        # "U.N. Security Council" goes on; "in the U.S. The president" ends, but not
        # "Apple Inc. and Google": an opener in the middle of a sentence is lowercase.
        return (following_word in SENTENCE_OPENERS and rest[0].isupper()) or (
            rest[0] in "\"'„“«»"
        )
    return rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'„“«»(–-"


def _is_initialism(token: str) -> bool:
    """"u.s", "u.n", "e.u", "j.p": single letters joined by periods."""
    parts = token.split(".")
    return len(parts) >= 2 and all(len(part) == 1 and part.isalpha() for part in parts)


def _word_before(text: str, sentence_start: int, mark: int, token: str) -> bool:
    """Whether the number ending at ``mark`` follows an ordinal determiner ("zum 3.")."""
    before = text[sentence_start : mark - len(token)].split()
    return bool(before) and before[-1].lower() in ORDINAL_DETERMINERS
