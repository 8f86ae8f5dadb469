"""Who a title's leading pronoun stands for: "He was arrested" -> "Conrad Murray was arrested".

A title is read without its article, so "He graduated with a degree in
medicine" tells a reader nothing about who did. News names a person in full
once ("Dr Conrad Murray", "said Martin Hovland, an expert on seeps") and then
goes on with "he" or the surname; an organisation is named ("BP said on
Monday ...") and then goes on with "it". Without a trained parser the rules
stay on the safe side:

* a person is a run of capitalised words after a role or honorific ("Dr",
  "President", "Kreml-Sprecher"), a name that says or is described ("said
  Martin Hovland", "James Niven, the medical officer"), or two or three
  capitalised words that are neither a place nor an organisation; later a
  surname alone names the same person;
* "he"/"she" ("er" in German) and "his"/"her" ("sein ...") stand for the person
  named last before the pronoun, in the sentence or the two before it, unless
  the title itself names that person ("He had described Jackson as ...": not
  Jackson);
* in a statement title the pronoun that opens what was said is the speaker
  ("NOAA: It expected ..." -> "NOAA expected ...");
* "it"/"its" stands for an organisation ("BP", "Transocean Ltd", "the European
  Commission") named last before the pronoun in its own sentence, or that opens
  the sentence before;
* nothing else is resolved ("they", "this", "that"; "it" in "it is not
  clear"); the title keeps the pronoun and stays a weaker choice for its event.

The name is written as the article introduced it, without the honorific, at
most three words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from timeline.sentences import MONTH_WORDS, words

# The sentences before the pronoun's own that may hold its antecedent.
WINDOW_SENTENCES = 2
MAX_NAME_WORDS = 3

# "O'Leary", "Melville-Baker", "McCain", "MacDonald", an initial ("John A. Boehner");
# never a possessive ("Jackson's" is "Jackson").
_NAME_WORD = (
    r"(?:[A-ZÄÖÜ][a-zäöüßé]+(?:[A-Z][a-z]+)?(?:['’-](?!s\b)[A-ZÄÖÜ]?[a-zäöüßé]+)*"
    r"|[A-HJ-Z]\.(?=\s+[A-Z][a-z]))"
)
_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_ACRONYM = re.compile(r"\b(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})(?![\w.])")
_HONORIFICS = words(
    "Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Lord Lady Prof Prof. Professor President "
    "Sen. Senator Rep. Representative Gov. Governor Mayor Judge Justice Minister Secretary "
    "Chancellor King Queen Prince Princess Pope Rev. Reverend Gen. General Col. Colonel "
    "Capt. Captain Adm. Admiral Commander Chairman Chairwoman Chief Executive Director "
    "Officer Attorney Spokesman Spokeswoman Ambassador Commissioner Premier Sheriff Coach "
    "Herr Frau Bundeskanzler Bundeskanzlerin Kanzler Kanzlerin Präsident Präsidentin "
    "Ministerpräsident Ministerpräsidentin Bürgermeister Bürgermeisterin Landrat Landrätin "
    "Minister Ministerin Sprecher Sprecherin Pfarrer Richter Richterin"
)
# A role spelt in a compound ("Kreml-Sprecher", "Innenministerin"): a person follows.
_ROLE_ENDING = re.compile(
    r"(?:minister|ministerin|sprecher|sprecherin|präsident|präsidentin|chef|chefin|"
    r"meister|meisterin|rat|rätin|kanzler|kanzlerin)$"
)
# Words that make a run of capitals an organisation or a place, not a person.
_ORGANISATION_WORDS = words(
    "Company Co Co. Inc Inc. Corp Corp. Corporation Plc PLC Ltd Ltd. LLC Group Holdings "
    "Service Services Department Agency Administration Association University College "
    "Institute Council Committee Commission Court House Guard Party Bank Fund Foundation "
    "Organization Organisation Ministry Office Center Centre Society Union Nations Mission "
    "Force Forces Army Navy Police Network Church Board Bureau Authority Trust Federation "
    "Senate Congress Parliament Government Cabinet Times Post Journal News Press Radio "
    "Television Hospital School Airlines Airways Energy Oil Petroleum Exchange Reserve "
    "Gesellschaft Verband Ministerium Regierung Bundestag Landtag Rat Amt Polizei Bahn "
    "Partei Gericht Stiftung Verein Klinik Universität Feuerwehr Werk Werke AG GmbH"
)
_PLACE_WORDS = words(
    "Gulf Sea Ocean River Bay Island Islands Lake Coast Sound Reef Street Road Avenue "
    "Square Park Airport Port Harbor Harbour Valley Mountain Mountains Hill Hills Beach "
    "County State States City Province Region Republic Kingdom Strait Canal Bridge Tower "
    "Stadium Hall Hotel Building Station North South East West Central Northern Southern "
    "Eastern Western New Los Las San Santa St. Saint Fort Mount Cape Upper Lower Great "
    "Farm Music Records Band Orchestra Quartet Choir Club Team United "
    "Hurricane Storm Tropical Festival Fringe Games Olympics Cup Championship Awards "
    "Concert Tour Show Conference Summit Day Week War Act Law Bill Prize Museum Gallery "
    "Straße Platz Brücke Fluss See Kreis Land Stadt"
)
# Capitalised words that open a sentence or a heading without naming anyone.
_NOT_NAMES = words(
    "The A An In On At By For From With Without After Before Since Until During But And Or "
    "So Yet If When While As Although Though Because However Meanwhile Also Then There This "
    "That These Those It Its He She His Her They Their We Our I You My Your Some Many Most "
    "More Other Another Each Every Both All No Not One Two Three Four Five Six Seven Eight "
    "Nine Ten First Second Third Last Next Today Tomorrow Yesterday Tonight Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday Mother Father Brother Sister Dear Thanks "
    "Der Die Das Ein Eine Im Am Auf Mit Nach Vor Bei Seit Und Aber Auch Er Sie Es Wir Ich "
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Heute Gestern Morgen Laut"
) | MONTH_WORDS
_SAYS = (
    r"(?:said|says|told|added|argued|explained|warned|wrote|stated|announced|insisted|"
    r"sagte|sagt|erklärte|teilte|betonte|warnte|sagten)"
)
_PERSON_PRONOUNS = {
    "en": words("He She His Her"),
    "de": words("Er Sein Seine Seinen Seinem Seiner Seines"),
}
_THING_PRONOUNS = {"en": words("It Its"), "de": frozenset[str]()}
# What follows an "it" that stands for no organisation: a copula, the weather, a modal
# guess, a cleft ("It was shortly after midnight that ...").
_DUMMY_IT = re.compile(
    r"(?:is|was|'s|’s|are|were|be|been|has\s+been|had\s+been|seems|seemed|appears|appeared|"
    r"remains|remained|may|might|could|can|should|must|took|takes|makes|made|rained|"
    r"snowed|happened|began|started|ended|followed|comes|came|goes|went|feels|looks)\b"
)
# "Speaker: He ...", as a statement title puts what the speaker said of themself.
_SPEAKER_PRONOUN = re.compile(
    r"^(?P<speaker>[^\s:\"“„]+(?:\s[^\s:\"“„]+){0,2}):\s+(?P<pronoun>He|She|It|Er)\s+"
    r"(?P<rest>(?!['’]|and\b|und\b).+)$"
)
_PRONOUN_GENDER = {
    "He": "m", "His": "m", "She": "f", "Her": "f", "Er": "m", "Sein": "m", "Seine": "m",
    "Seinen": "m", "Seinem": "m", "Seiner": "m", "Seines": "m",
}
_GENDERED = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_FEMININE = words("she her hers herself")
_MASCULINE_TITLES = words("Mr Mr. Sir Lord King Prince Herr")
_FEMININE_TITLES = words("Mrs Mrs. Ms Ms. Dame Lady Queen Princess Frau")
_POSSESSIVES = words("His Her Its Sein Seine Seinen Seinem Seiner Seines")


@dataclass(frozen=True)
class Mention:
    """A name in the article text: where it starts and ends, and what it names."""

    start: int
    end: int
    name: str
    person: bool
    # "m", "f" or "" when the article does not tell.
    gender: str = ""


@dataclass
class References:
    """The people and organisations an article names, to resolve titles' pronouns.

    Made once per article; the names are found on first use.
    """

    text: str
    language: str
    _mentions: list[Mention] | None = field(default=None, init=False, repr=False)

    def mentions(self) -> list[Mention]:
        if self._mentions is None:
            self._mentions = _find_mentions(self.text)
        return self._mentions

    def resolve(self, title: str, sentence_start: int, window_start: int) -> str:
        """``title`` with a leading pronoun replaced by the name it stands for.

        ``sentence_start`` is the offset of the title's sentence in the text,
        ``window_start`` that of the earliest sentence the name may come from.
        """
        speech = _SPEAKER_PRONOUN.match(title)
        if speech and not (speech.group("pronoun") == "It" and _DUMMY_IT.match(speech["rest"])):
            # "NOAA said it expected ...", "King said he would write ...": in reported
            # speech the pronoun is the speaker.
            return f"{speech['speaker']} {speech['rest']}"
        match = re.match(r"([A-ZÄÖÜ][a-zäöüß]+)\b\s*", title)
        if not match:
            return title
        pronoun = match.group(1)
        person = pronoun in _PERSON_PRONOUNS.get(self.language, frozenset())
        thing = pronoun in _THING_PRONOUNS.get(self.language, frozenset())
        if not (person or thing):
            return title
        rest = title[match.end() :]
        if rest.startswith(("'", "’")):
            return title  # "He'd", "She's": the name would not carry the contraction
        if thing and pronoun not in _POSSESSIVES and _DUMMY_IT.match(rest):
            return title  # "It is not clear when ...", "It may gain approval": no organisation
        offset = _pronoun_offset(self.text, sentence_start, pronoun, rest)
        if offset is None:
            return title
        named = self._antecedent(
            offset, sentence_start, window_start, _PRONOUN_GENDER.get(pronoun) if person else None,
            rest,
        )
        if named is None:
            return title
        if pronoun in _POSSESSIVES:
            return f"{named}{_genitive(named, self.language)} {rest}"
        return f"{named} {rest}"

    def _antecedent(
        self, offset: int, sentence_start: int, window_start: int, gender: str | None, rest: str
    ) -> str | None:
        """The name last mentioned before ``offset``: a person's of ``gender`` ("m" or
        "f"), or an organisation's when ``gender`` is None."""
        person = gender is not None
        candidates = [m for m in self.mentions() if window_start <= m.start and m.end <= offset]
        for mention in reversed(candidates):
            if mention.person != person:
                continue
            if not person and mention.start < sentence_start and not _opens_sentence(
                self.text, mention.start
            ):
                continue
            # Someone the article calls "he" is not "she"; "she" needs a woman the
            # article shows as one (most people named in news are men).
            if person and (mention.gender == "f") != (gender == "f"):
                continue
            display = self._full_name(mention) if person else mention.name
            if any(part in rest for part in display.split() if len(part) > 2):
                continue  # the title names them itself: "he" is someone else
            return display
        return None

    def _full_name(self, mention: Mention) -> str:
        """The longest form of the person's name the article used up to this mention."""
        surname = mention.name.split()[-1]
        longest = mention.name
        for earlier in self.mentions():
            if earlier.start >= mention.start:
                break
            if earlier.person and earlier.name.split()[-1] == surname and len(
                earlier.name.split()
            ) > len(longest.split()):
                longest = earlier.name
        return longest


def _find_mentions(text: str) -> list[Mention]:
    mentions: list[Mention] = []
    surnames: set[str] = set()
    runs = list(_RUN.finditer(text))
    alone = Counter(run.group() for run in runs)
    inside = Counter(
        token for run in runs if " " in run.group() for token in run.group().split()
    )
    for run in runs:
        tokens = run.group().split()
        offsets = [m.start() + run.start() for m in re.finditer(r"\S+", run.group())]
        role = _last_role(tokens)
        name_tokens = tokens[role + 1 :]
        start = offsets[role + 1] if role + 1 < len(offsets) else run.end()
        while name_tokens and name_tokens[0] in _NOT_NAMES:
            name_tokens = name_tokens[1:]
            start = offsets[len(tokens) - len(name_tokens)] if name_tokens else run.end()
        if not name_tokens or any(token in _NOT_NAMES for token in name_tokens):
            continue
        # A surname used on its own elsewhere ("Chernekoff", after "Gary Chernekoff")
        # is the mark of a person; "Deepwater Horizon" is never "Horizon" alone.
        by_surname = alone[name_tokens[-1]] > 0 and inside[name_tokens[-1]] > 0
        kind = _kind(name_tokens, role >= 0, text, run.end(), surnames, by_surname)
        if kind is None:
            continue
        name = " ".join(name_tokens[-MAX_NAME_WORDS:])
        if kind == "person":
            surnames.add(name_tokens[-1])
        gender = _honorific_gender(tokens[role]) if role >= 0 else ""
        mentions.append(Mention(start, run.end(), name, kind == "person", gender))
    for acronym in _ACRONYM.finditer(text):
        mentions.append(Mention(acronym.start(), acronym.end(), acronym.group(), False))
    return _with_genders(text, sorted(mentions, key=lambda m: m.start))


def _with_genders(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each person's gender as the article shows it: an honorific ("Mrs", "Herr") or
    the first "he"/"she" after a mention of them, before the next person is named."""
    people = [m for m in mentions if m.person]
    by_surname: dict[str, str] = {}
    for index, mention in enumerate(people):
        gender = mention.gender
        if not gender:
            stop = people[index + 1].start if index + 1 < len(people) else len(text)
            following = _GENDERED.search(text, mention.end, min(stop, mention.end + 250))
            if following:
                gender = "f" if following.group(1).lower() in _FEMININE else "m"
        if gender:
            by_surname.setdefault(mention.name.split()[-1], gender)
    return [
        replace(m, gender=m.gender or by_surname.get(m.name.split()[-1], ""))
        if m.person else m
        for m in mentions
    ]


def _honorific_gender(word: str) -> str:
    if word in _MASCULINE_TITLES:
        return "m"
    if word in _FEMININE_TITLES or (word.endswith("in") and _ROLE_ENDING.search(word[:-2])):
        return "f"
    return ""


def _last_role(tokens: Sequence[str]) -> int:
    """Index of the last role word or honorific of a run (-1: none)."""
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token in _HONORIFICS or _ROLE_ENDING.search(token.lower()):
            return index
    return -1


def _kind(
    tokens: Sequence[str],
    after_role: bool,
    text: str,
    end: int,
    surnames: set[str],
    by_surname: bool,
) -> str | None:
    """"person", "organisation", or None for a place or nothing known."""
    if any(token in _ORGANISATION_WORDS for token in tokens):
        return "organisation" if len(tokens) > 1 else None
    if any(token in _PLACE_WORDS for token in tokens):
        return None
    if after_role:
        return "person"
    if len(tokens) == 1:
        return "person" if tokens[0] in surnames else None
    if len(tokens) > MAX_NAME_WORDS:
        return None
    if by_surname:
        return "person"
    following = text[end : end + 40]
    preceding = text[max(0, end - 200) : end]
    described = re.match(r",\s+(?:an?|the|der|die|ein|eine)\s+[a-zäöüß]", following)
    speaks = re.match(rf"\s+(?:has\s+|had\s+)?{_SAYS}\b", following) or re.search(
        rf"\b{_SAYS}\s+\S+(?:\s+\S+){{0,3}}$", preceding
    )
    return "person" if described or speaks else None


def _pronoun_offset(text: str, sentence_start: int, pronoun: str, rest: str) -> int | None:
    """Where the title's pronoun stands in its sentence: the first place it is followed by
    the title's next word."""
    following = rest.split()[:1]
    pattern = rf"\b{pronoun}\b" + (rf"\s+{re.escape(following[0])}" if following else "")
    end = text.find("\n\n", sentence_start)
    sentence = text[sentence_start : end if end > 0 else len(text)]
    found = re.search(pattern, sentence, re.IGNORECASE)
    return None if found is None else sentence_start + found.start()


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a name stands at the start of its sentence (after "The" at most)."""
    before = text[max(0, start - 12) : start]
    return bool(re.search(r"(?:^|[.!?]\s+|\n)(?:The\s+|Die\s+|Der\s+|Das\s+)?$", before))


def _genitive(name: str, language: str) -> str:
    if language == "de":
        return "’" if name.endswith(("s", "ß", "x", "z")) else "s"
    return "’" if name.endswith("s") and not name.isupper() else "'s"
