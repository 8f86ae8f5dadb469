"""What two reports of a happening can share: content words, figures, names.

The text side of :mod:`timeline.merge`: stems of content words (stopwords,
calendar words and inflection endings dropped), figures in one spelling
("1.200" and "1,200" are ``#1200``; "80 Millionen" is ``#80e6``), and
capitalised words as names, transliterated so "Döbeln" meets "Doebeln".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from timeline.dates.clock import HHMM
from timeline.sentences import words

STOPWORDS = words(
    """
    aber alle allem allen aller alles als also am an ans auch auf aus bei beim bereits bis
    bisher da dabei damit dann darauf darum das dass daß dem den denen der deren des dessen
    die dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer
    eines einige er es etwa für gegen hat hatte hatten haben hier hin ihm ihn ihnen ihr
    ihre ihrem ihren ihrer im in ins ist ja je jedoch jetzt kann kein keine können konnte
    man mehr mit muss nach nicht noch nun nur ob oder ohne seit sehr sein seine seinem
    seinen seiner sich sie sind so soll sollen sowie sowohl über um und uns unter vom von
    vor wann war waren was weil weiter welche wenn wer werde werden wie wieder will wir
    wird wo wurde wurden zu zum zur zwischen sei seien habe heißt hieß laut sagte sagten
    erklärte erklärten dabei worden letzte letzten vergangenen vergangene
    a about after again against all also an and any are as at be been before being between
    both but by can could did do does during each for from had has have he her his how if
    in into is it its last more most not of on or our over said says she since so some
    such than that the their them then there these they this those through to under until
    up was we were what when where which while who will with would you your
    """
)

CALENDAR_WORDS = words(
    """
    januar jänner februar märz april mai juni juli august september oktober november
    dezember january february march may june july october december montag dienstag
    mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday
    saturday sunday woche wochen week jahr jahre jahres year monat monats month tag tage
    tagen day days heute gestern morgen today yesterday tomorrow uhr
    """
)

_SUFFIXES_DE = ("ern", "em", "en", "er", "es", "e", "s", "n")
_SUFFIXES_EN = ("ing", "ed", "es", "s")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A figure as written: "300", "7,12", "1.400", "1,800", "5.000".
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
# "14.05 Uhr", "9:30", "6 a.m.", "0600 hrs", "(0500 GMT)": clock times say when, which
# the date comparison covers.
_CLOCK = re.compile(
    r"\d{1,2}[.:]\d{2}\s*(?:uhr|h\b)"
    r"|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?"
    rf"|\b{HHMM}\s*(?:hrs\b|hours\b|h\b|local\s+time"
    r"|(?-i:[A-Z]{1,4}T|UTC|MES?Z)\b)",
    re.IGNORECASE,
)
# "80 Millionen", "1.2 billion": a figure with its scale, as a power of ten.
_SCALES = (
    (re.compile(r"(?:milliarde|milliarden|mrd|billion|billions|bn)\b", re.I), "e9"),
    (re.compile(r"(?:million|millionen|millions|mio)\b", re.I), "e6"),
)
# Figures below this are too common ("zwei", "3 Menschen") to tie two languages.
MIN_ANCHOR_FIGURE = 10
# A capitalised word that is not a name in either language.
_NOT_NAMES = words("der die das ein eine the a an he she it they we in on at")


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem: lowercase, no diacritics, common inflection endings cut."""
    folded = fold(word)
    for suffix in (*_SUFFIXES_DE, *_SUFFIXES_EN):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
            return folded[: -len(suffix)]
    return folded


def _number(raw: str) -> str:
    """A figure in one spelling: thousands separators dropped, decimal comma as point."""
    groups = re.split(r"[.,]", raw)
    if len(groups) > 1 and all(len(group) == 3 for group in groups[1:]) and groups[0] != "0":
        return "".join(groups)  # 1.400 / 1,800: thousands
    return raw.replace(",", ".")


def numbers(text: str) -> frozenset[str]:
    """The figures of ``text`` ("#300", "#7.12") other than years, days and clock times."""
    text = _CLOCK.sub(" ", text)
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        if re.fullmatch(r"\d{1,2}\.?", raw) and text[match.end() : match.end() + 1] == ".":
            continue  # "14. Mai": a day of a date
        raw = raw.rstrip(".,")
        if re.fullmatch(r"1[89]\d\d|20\d\d", raw):
            continue  # a year (written without a separator, unlike "1.800"): the date says it
        value = _number(raw)
        after = text[match.end() :].lstrip()
        if _UNIT_AFTER.match(after):
            continue  # "12 tonnes", "12 miles": a measure with its unit (see measures)
        value += next((power for scale, power in _SCALES if scale.match(after)), "")
        found.add(f"#{value}")
    return frozenset(found)


_COUNTING = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty",
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
)
# Number words 2 to 20 of both languages: "one"/"ein" say "a", not a figure.
_NUMBER_WORDS = {
    word: value
    for counting in _COUNTING
    for value, word in enumerate(counting.split())
    if value > 1
}
# Units of a measure in either language, each with one key: "neun Tage", "nine-day".
_UNITS = (
    (r"days?|tage?n?", "d"),
    (r"weeks?|wochen?", "w"),
    (r"months?|monate?n?", "mo"),
    (r"years?|jahre?n?", "y"),
    (r"hours?|stunden?", "h"),
    (r"met(?:er|re)s?|metern", "m"),
    (r"kilomet(?:er|re)s?|kilometern|km", "km"),
    (r"per\s*cent|percent|prozent|%", "pct"),
    (r"miles?|meilen?", "mi"),
    (r"tonnes?|tons?|tonnen", "t"),
    (r"barrels?", "bbl"),
    (r"gallons?|gallonen", "gal"),
)
# Units of length, weight and volume: "12 tonnes" and "12 miles" are not one figure. A
# span of time keeps its bare figure too, since "67-jährigen" names no unit the way
# "67 Jahre" does.
_PHYSICAL_UNITS = frozenset({"m", "km", "mi", "t", "bbl", "gal"})
_UNIT_AFTER = re.compile(
    r"[\s-]*(?:" + "|".join(p for p, key in _UNITS if key in _PHYSICAL_UNITS) + r")(?!\w)",
    re.IGNORECASE,
)
# One named group per unit: the group that matched is the unit's key.
_MEASURE = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:[.,]\d+)?|[^\W\d_]+)[\s-]*"
    r"(?:" + "|".join(f"(?P<{key}>{pattern})" for pattern, key in _UNITS) + r")(?!\w)",
    re.IGNORECASE,
)


def measures(text: str) -> frozenset[str]:
    """Amounts with their unit in one spelling: "neun Tage", "nine days" and "nine-day"
    are ``#9d``, "drei Meter" and "three metres" ``#3m``; figures written as words
    meet across languages this way. "a day" or "ein Jahr" (one of a unit) says too
    little and is left out."""
    found = set()
    for match in _MEASURE.finditer(text):
        raw = match.group("number")
        if raw[0].isdigit():
            value = _number(raw)
        else:
            number = _NUMBER_WORDS.get(raw.lower())
            if number is None:
                continue
            value = str(number)
        found.add(f"#{value}{match.lastgroup}")
    return frozenset(found)


def content_words(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` that carry its content."""
    words = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        lowered = word.lower()
        if len(lowered) < 3 or lowered in STOPWORDS or lowered in CALENDAR_WORDS:
            continue
        words.add(stem(word))
    return frozenset(words)




def transliterate(word: str) -> str:
    """"Döbeln" and "Doebeln" in one spelling: umlauts as two letters, no accents."""
    lowered = word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return fold(lowered)


def capitalised_words(text: str) -> frozenset[str]:
    """Capitalised words, transliterated; the first of the text unless a stopword.

    English capitalises names only and German names and nouns, so what two
    reports in these languages share here is, in effect, their names. A
    sentence often opens with its subject ("Bosman then kept ..."); an English
    opening word that is no name ("Negotiators") rarely meets a German word.
    """
    found = set()
    for index, match in enumerate(_WORD.finditer(text)):
        word = match.group(0)
        if not word[:1].isupper() or len(word) < 3:
            continue
        lowered = word.lower()
        if lowered in _NOT_NAMES or lowered in CALENDAR_WORDS:
            continue
        if index == 0 and lowered in STOPWORDS:
            continue
        found.add(transliterate(word))
    return frozenset(found)




def anchor_figures(words: frozenset[str]) -> frozenset[str]:
    found = set()
    for word in words:
        if not word.startswith("#"):
            continue
        # "#1200", "#80e6", and a measure with its unit: "#5000bbl", "#12t".
        match = re.match(r"(\d+(?:\.\d+)?)(e\d+)?", word[1:])
        if match and (match.group(2) or float(match.group(1)) >= MIN_ANCHOR_FIGURE):
            found.add(word)
    return frozenset(found)


# Institutions and places that a name tells apart: "Alleyn's school" and "the Dolphin
# school" are two schools, "the town of A" and "the town of B" two towns.
_NAMED_THINGS = {
    "en": words(
        "school schools hospital hotel church university college airport station bridge "
        "factory plant mine prison camp stadium village town city district port museum "
        "refinery platform rig"
    ),
    "de": words(
        "Schule Krankenhaus Klinik Hotel Kirche Universität Flughafen Bahnhof Brücke Werk "
        "Fabrik Gefängnis Lager Stadion Dorf Stadt Gemeinde Ort Hafen Museum Raffinerie"
    ),
}
_NAME = r"[A-ZÄÖÜ][\w'’-]*[\w]"
_THING_AFTER_NAME = re.compile(rf"(?<![\w.])(?P<name>{_NAME})(?:['’]s)?\s+(?P<noun>[a-z]+)\b")
# "the town of Grimma" (not "the school in Dulwich": where a thing is, not its name).
_THING_OF_NAME = re.compile(rf"\b(?P<noun>[a-z]+)\s+of\s+(?P<name>{_NAME})")
_GERMAN_THING_NAME = re.compile(rf"\b(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)(?=\s+(?P<name>{_NAME}))")


def named_things(text: str, language: str) -> frozenset[str]:
    """Institutions and places with their names, as ``noun=name``: "Alleyn's school"
    is ``school=alleyn``, "the town of Grimma" ``town=grimma``, "Stadt Grimma"
    ``stadt=grimma``. Words that open a sentence ("The school") are no names."""
    nouns = _NAMED_THINGS.get(language)
    if not nouns:
        return frozenset()
    patterns = [_THING_OF_NAME]
    patterns.append(_GERMAN_THING_NAME if language == "de" else _THING_AFTER_NAME)
    found = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            noun = match.group("noun")
            name = re.sub(r"['’]s$", "", match.group("name"))
            if noun not in nouns or name.lower() in STOPWORDS or name.isupper():
                continue
            found.add(f"{noun.lower()}={fold(name).lower()}")
    return frozenset(found)
