"""German word lists for the date tagger, and the token classes built from them.

Every token of a text gets one class (``MONTH``, ``DAYNUM``, ``YEAR`` ...) by
one dict lookup or, for digit tokens, one precompiled regex. The Matcher
patterns in :mod:`timeline.dates.de_patterns` are written over these classes.
"""

from __future__ import annotations

import re
from functools import lru_cache

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3,
    "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10,
    "november": 11, "dezember": 12,
}
# Abbreviations count only with their period: "Jan" alone is a first name.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan.": 1, "jän.": 1, "feb.": 2, "febr.": 2, "mär.": 3, "mrz.": 3, "apr.": 4, "jun.": 6,
    "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9, "okt.": 10, "nov.": 11, "dez.": 12,
}
WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
}
# Adverbs of repetition: "montags" is every Monday.
WEEKDAY_ADVERBS: dict[str, int] = {name + "s": day for name, day in WEEKDAYS.items()}
PARTS_OF_DAY: dict[str, str] = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI", "morgenstunden": "MO", "abendstunden": "EV",
    "nachtstunden": "NI", "vormittags": "MO", "nachmittags": "AF", "abends": "EV",
}
DAY_PART_SUFFIXES: dict[str, str] = {
    "morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI",
}
SEASONS: dict[str, str] = {
    "frühling": "SP", "frühjahr": "SP", "frühjahrs": "SP", "frühlings": "SP", "sommer": "SU",
    "sommers": "SU", "herbst": "FA", "herbstes": "FA", "herbsts": "FA", "winter": "WI",
    "winters": "WI",
}
# "im Spätsommer 1918": the part of a season is its modifier, the season its value.
SEASON_PARTS = {"früh": "START", "hoch": "MID", "spät": "END"}
for _part in SEASON_PARTS:
    for _season_word, _code in (("sommer", "SU"), ("herbst", "FA"), ("winter", "WI")):
        SEASONS[_part + _season_word] = _code
        SEASONS[_part + _season_word + "s"] = _code
RELATIVE_DAYS: dict[str, int] = {
    "heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2,
}
RELATIVE_DAY_ADJECTIVES: dict[str, int] = {}
for _stem, _offset in (("heutig", 0), ("gestrig", -1), ("vorgestrig", -2), ("morgig", 1),
                       ("übermorgig", 2)):
    for _ending in ("e", "en", "er", "es", "em"):
        RELATIVE_DAY_ADJECTIVES[_stem + _ending] = _offset

# KRAUTS never marks "jüngst", "unlängst", "gegenwärtig", "momentan" or "nunmehr"; the
# Dolomiten gold leaves "künftig" unmarked too (three times).
REFERENCES: dict[str, str] = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF",
    "heutzutage": "PRESENT_REF",
    "damals": "PAST_REF", "kürzlich": "PAST_REF", "neulich": "PAST_REF", "einst": "PAST_REF",
    "vormals": "PAST_REF", "früher": "PAST_REF",
    "bald": "FUTURE_REF", "demnächst": "FUTURE_REF",
}
# "in der Vergangenheit", "in naher Zukunft", "in letzter Zeit": the noun gives the value.
REFERENCE_NOUNS: dict[str, str] = {
    "vergangenheit": "PAST_REF", "zukunft": "FUTURE_REF", "zeit": "PAST_REF",
}
for _ending in ("", "e", "en", "er", "es", "em"):
    REFERENCES["ehemalig" + _ending] = "PAST_REF"

# Unit nouns in every case form: letter of the TIMEX3 duration and whether the
# form is plural (plural alone, "seit Jahren", is a vague duration).
UNITS: dict[str, tuple[str, bool]] = {
    "jahr": ("Y", False), "jahre": ("Y", True), "jahren": ("Y", True), "jahres": ("Y", False),
    "jahrs": ("Y", False), "monat": ("M", False), "monate": ("M", True),
    "monaten": ("M", True), "monats": ("M", False), "woche": ("W", False),
    "wochen": ("W", True), "tag": ("D", False), "tage": ("D", True), "tagen": ("D", True),
    "tages": ("D", False), "tags": ("D", False), "stunde": ("H", False),
    "stunden": ("H", True), "minute": ("MIN", False), "minuten": ("MIN", True),
    "sekunde": ("S", False), "sekunden": ("S", True), "jahrzehnt": ("DE", False),
    "jahrzehnte": ("DE", True), "jahrzehnten": ("DE", True), "jahrzehnts": ("DE", False),
    "jahrzehntes": ("DE", False), "jahrhundert": ("CE", False),
    "jahrhunderte": ("CE", True), "jahrhunderten": ("CE", True),
    "jahrhunderts": ("CE", False), "wochenende": ("WE", False),
    "wochenenden": ("WE", True), "wochenendes": ("WE", False),
    "quartal": ("Q", False), "quartale": ("Q", True), "quartalen": ("Q", True),
    "quartals": ("Q", False), "halbjahr": ("HALF", False), "halbjahres": ("HALF", False),
    "halbjahrs": ("HALF", False), "jahreshälfte": ("HALF", False),
}
# Days counted by what fills them: "45 Arbeitstage", "nach zwei Verhandlungstagen".
for _kind in ("arbeits", "werk", "kalender", "schul", "verhandlungs", "sitzungs", "urlaubs",
              "ferien", "prozess", "dienst"):
    for _form, _plural in (("tag", False), ("tage", True), ("tagen", True), ("tages", False)):
        UNITS[_kind + _form] = ("D", _plural)
# Adjectives between the count and its unit stay inside: "ein knappes Jahr", "zwei weitere Jahre".
UNIT_ADJECTIVES = frozenset(
    stem + ending
    for stem in ("knapp", "gut", "ganz", "voll", "weiter", "lang")
    for ending in ("e", "en", "es", "er")
)
# "dreieinhalb Jahre" is P3.5Y, "anderthalb Stunden" PT1.5H: the guidelines keep the fraction.
HALVES: dict[str, float] = {"anderthalb": 1.5, "halbes": 0.5, "halben": 0.5, "halbe": 0.5}

_SMALL_NUMBERS: dict[str, int] = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "beiden": 2,
    "beide": 2, "zweier": 2, "dreier": 3,
}
_TENS: dict[str, int] = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
NUMBER_WORDS: dict[str, int] = dict(_SMALL_NUMBERS)
NUMBER_WORDS.update(_TENS)
NUMBER_WORDS.update({"hundert": 100, "einhundert": 100, "tausend": 1000})
for _unit_word, _unit in (("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5),
                          ("sechs", 6), ("sieben", 7), ("acht", 8), ("neun", 9)):
    for _tens_word, _tens in _TENS.items():
        NUMBER_WORDS[f"{_unit_word}und{_tens_word}"] = _tens + _unit
for _word, _whole in _SMALL_NUMBERS.items():
    if _word in ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
                 "zehn", "elf", "zwölf"):
        HALVES[_word + "einhalb"] = _whole + 0.5
# Quantities too vague for a number: "seit einigen Tagen" is PXD.
VAGUE_NUMBERS = frozenset(
    {"einige", "einigen", "einiger", "mehrere", "mehreren", "mehrerer", "viele", "vielen",
     "vieler", "wenige", "wenigen", "weniger", "lange", "langen", "etliche", "etlichen",
     "zahlreiche", "zahlreichen", "paar"}
)

_ORDINAL_STEMS: dict[str, int] = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
    "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17,
    "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20, "einundzwanzigst": 21,
    "dreißigst": 30, "einunddreißigst": 31,
}
ORDINAL_WORDS: dict[str, int] = {
    stem + ending: number
    for stem, number in _ORDINAL_STEMS.items()
    for ending in ("e", "en", "er", "es", "em")
    if stem + ending != "achte"  # "achte" is also a verb form
}
ORDINAL_WORDS["achten"] = 8

# "die Neunzigerjahre", "der Achtziger Jahre": decades of the 20th century.
DECADE_WORDS: dict[str, int] = {}
for _tens_word, _tens in _TENS.items():
    _stem = _tens_word + "er"
    for _suffix in ("", "n", "jahre", "jahren", "jahr"):
        DECADE_WORDS[_stem + _suffix] = 190 + _tens // 10

# The direction of a relative expression: -1 last, 0 this, +1 next.
DIRECTIONS: dict[str, int] = {}
for _stem, _direction in (("vergangen", -1), ("letzt", -1), ("vorig", -1), ("zurückliegend", -1),
                          ("nächst", 1), ("kommend", 1), ("folgend", 1), ("bevorstehend", 1),
                          ("dies", 0), ("laufend", 0), ("heurig", 0), ("aktuell", 0),
                          ("jetzig", 0), ("diesjährig", 0), ("übernächst", 2),
                          ("vorvorig", -2)):
    for _ending in ("e", "en", "er", "es", "em"):
        DIRECTIONS[_stem + _ending] = _direction
DIRECTIONS["dieser"] = 0

# Compounds that name a relative period on their own.
RELATIVE_NOUNS: dict[str, tuple[str, int]] = {
    "vorjahr": ("Y", -1), "vorjahres": ("Y", -1), "vorjahrs": ("Y", -1),
    "vormonat": ("M", -1), "vormonats": ("M", -1), "vorwoche": ("W", -1),
    "vortag": ("D", -1), "vortages": ("D", -1), "vortags": ("D", -1),
    "folgetag": ("D", 1), "folgetages": ("D", 1), "folgetags": ("D", 1), "heuer": ("Y", 0),
    "folgewoche": ("W", 1), "folgemonat": ("M", 1),
    "folgejahr": ("Y", 1), "folgejahres": ("Y", 1),
}

# "Jahresende": a part of the current period named by one compound.
PERIOD_PARTS: dict[str, tuple[str, str]] = {
    "jahresbeginn": ("Y", "START"), "jahresanfang": ("Y", "START"),
    "jahresmitte": ("Y", "MID"), "jahresende": ("Y", "END"), "jahresende.": ("Y", "END"),
    "monatsbeginn": ("M", "START"), "monatsanfang": ("M", "START"),
    "monatsmitte": ("M", "MID"), "monatsende": ("M", "END"),
    "wochenbeginn": ("W", "START"), "wochenmitte": ("W", "MID"),
}
# "jahrelang" is a vague duration.
LONG_ADVERBS: dict[str, str] = {}
for _stem, _value in (("jahrzehnte", "PXDE"), ("jahre", "PXY"), ("monate", "PXM"),
                      ("wochen", "PXW"), ("tage", "PXD"), ("stunden", "PTXH")):
    for _ending in ("lang", "lange", "langen", "langer", "langes"):
        LONG_ADVERBS[_stem + _ending] = _value
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mo.": 0, "di.": 1, "mi.": 2, "do.": 3, "fr.": 4, "sa.": 5, "so.": 6,
}
# Holidays: a fixed (month, day), or days after Easter Sunday (month 0).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "weihnachten": (12, 25), "heiligabend": (12, 24), "silvester": (12, 31),
    "neujahr": (1, 1), "neujahrstag": (1, 1), "dreikönig": (1, 6), "dreikönigstag": (1, 6),
    "allerheiligen": (11, 1), "allerseelen": (11, 2), "ostern": (0, 0),
    "ostersonntag": (0, 0), "ostermontag": (0, 1), "karfreitag": (0, -2),
    "gründonnerstag": (0, -3), "pfingsten": (0, 49), "pfingstsonntag": (0, 49),
    "pfingstmontag": (0, 50), "fronleichnam": (0, 60), "aschermittwoch": (0, -46),
    "palmsonntag": (0, -7), "rosenmontag": (0, -48), "faschingsdienstag": (0, -47),
    "fastnachtsdienstag": (0, -47), "himmelfahrt": (0, 39), "valentinstag": (2, 14),
    "josefitag": (3, 19), "martini": (11, 11), "stefanitag": (12, 26), "stephanstag": (12, 26),
    "stefanstag": (12, 26), "nikolaustag": (12, 6), "jahreswechsel": (1, 1),
    "jahreswende": (1, 1), "neujahrsnacht": (1, 1), "silvesternacht": (12, 31),
}
# "Mariä Himmelfahrt" is 15 August, "Christi Himmelfahrt" 39 days after Easter.
HOLIDAY_QUALIFIERS: dict[tuple[str, str], tuple[int, int]] = {
    ("mariä", "himmelfahrt"): (8, 15), ("maria", "himmelfahrt"): (8, 15),
    ("christi", "himmelfahrt"): (0, 39), ("mariä", "empfängnis"): (12, 8),
    ("maria", "empfängnis"): (12, 8),
}
# Turns of a century or millennium named without their year: the value is the year.
TURNS: dict[str, int] = {"jahrtausendwende": 2000, "millenniumswechsel": 2000}

MODIFIERS: dict[str, str] = {
    "anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END",
    "anfangs": "START", "ausgang": "END",
}
SET_ADJECTIVES: dict[str, str] = {}
for _stem, _period in (("jährlich", "P1Y"), ("alljährlich", "P1Y"), ("monatlich", "P1M"),
                       ("wöchentlich", "P1W"), ("täglich", "P1D"), ("stündlich", "PT1H"),
                       ("halbjährlich", "P6M"), ("vierteljährlich", "P3M"),
                       ("allmonatlich", "P1M"), ("alltäglich", "P1D")):
    for _ending in ("", "e", "en", "er", "es", "em"):
        SET_ADJECTIVES[_stem + _ending] = _period
SET_ADJECTIVES.update({"jährlich": "P1Y", "tagtäglich": "P1D"})
EVERY_WORDS = frozenset({"jeden", "jede", "jedes", "jedem", "jeder", "allwöchentlich"})

PREPOSITIONS = frozenset(
    {"am", "im", "in", "an", "seit", "bis", "ab", "vom", "von", "zum", "zur", "um", "gegen",
     "nach", "vor", "bei", "beim", "für", "über", "ins", "zwischen", "innerhalb", "während",
     "binnen", "spätestens", "frühestens", "noch", "bereits", "schon", "erst", "auch",
     "ebenfalls", "und", "oder", "sowie", "(", "Anfang", "Mitte", "Ende"}
)
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
# Words before a number that make it an amount, not a year: "fast 50 Nationen".
QUANTITY_WORDS = frozenset(
    {"fast", "rund", "etwa", "ca.", "circa", "über", "knapp", "mindestens", "höchstens",
     "insgesamt", "davon", "nur", "mehr", "weniger", "zirka", "ungefähr", "gut", "je", "zu",
     "nummer", "nr.", "platz", "rang", "seite",
     "artikel", "art.", "paragraph", "absatz", "+", "-", "–", "x"}
)
# Words after a number that make it an amount: "700 Euro", "2000 Menschen".
AMOUNT_WORDS = frozenset(
    {"euro", "€", "dollar", "$", "franken", "prozent", "%", "menschen", "personen", "leute",
     "meter", "m", "km", "kilometer", "kg", "kilogramm", "tonnen", "stück", "mal",
     "einwohner", "mitglieder", "besucher", "teilnehmer", "punkte", "stimmen", "lire",
     "mio.", "millionen", "milliarden", "mrd.", "tausend", "hektar", "quadratmeter", "uhr",
     "grad", "°", "jahre", "jahren", "monate", "monaten", "tage", "tagen", "wochen",
     "stunden", "minuten", "euros", "flüchtlinge", "arbeitsplätze", "fälle", "kinder",
     "schüler", "studenten", "mitarbeiter", "beschäftigte", "zuschauer", "fans", "pfund",
     "liter", "cent", "kilo", "betten", "wohnungen", "häuser", "exemplare", "seiten"}
)

PAST_WORDS = frozenset(
    {"war", "waren", "warst", "wart", "wurde", "wurden", "hatte", "hatten", "gab", "sagte",
     "sagten", "erklärte", "erklärten", "traf", "trafen", "kam", "kamen", "ging", "gingen",
     "fand", "fanden", "stand", "standen", "begann", "begannen", "starb", "starben",
     "verurteilte", "verurteilten", "griff", "griffen", "teilte", "teilten", "bestätigte",
     "bestätigten", "meldete", "meldeten", "berichtete", "berichteten", "hieß", "fiel",
     "fielen", "stieg", "stiegen", "lag", "lagen", "sprach", "sprachen", "zeigte",
     "zeigten", "wollte", "wollten", "sollte", "sollten", "konnte", "konnten", "musste",
     "mussten", "durfte", "durften", "stellte", "stellten", "präsentierte", "vorstellte",
     "legte", "legten", "machte", "machten", "nahm", "nahmen", "gewann", "gewannen",
     "verlor", "brachte", "brachten", "kündigte", "kündigten", "forderte",
     "forderten", "betonte", "betonten", "warnte", "warnten", "wies", "lief", "liefen",
     "fuhr", "fuhren", "zog", "zogen", "bezeichneten", "bezeichnete", "entstand", "trat",
     "traten", "rief", "riefen", "blieb", "blieben", "beschloss",
     "unterzeichnete", "unterzeichneten", "veröffentlichte", "veröffentlichten",
     "verabschiedete", "verabschiedeten", "ereignete", "passierte", "geschah", "damals",
     "gestern", "vorgestern", "vergangenen", "vergangene", "vergangenes", "letzten",
     "letzte", "letztes", "vorigen", "seit", "bisher", "bislang", "zuvor", "kürzlich",
     "gewesen", "worden", "erfolgte", "erhielt", "erhielten", "feierte",
     "feierten", "eröffnete", "eröffneten", "schrieb", "schrieben", "verwies", "verstarb"}
)
FUTURE_WORDS = frozenset(
    {"wird", "werden", "werde", "wirst", "soll", "sollen", "will", "wollen", "plant",
     "planen", "geplant", "künftig", "bald", "demnächst", "morgen", "übermorgen",
     "nächste", "nächsten", "nächster", "nächstes", "kommende", "kommenden", "kommender",
     "kommendes", "bevorstehenden", "voraussichtlich", "stattfinden", "vorgesehen",
     "zukünftig", "angesetzt", "anberaumt", "terminiert", "geplanten", "findet", "finden",
     "stattfindet", "beginnt", "startet", "endet", "möchte", "möchten", "bevorsteht",
     "bevorstehen", "werdet", "sollst", "wollt", "künftigen"}
)
# Participles that after "ist"/"sind" describe a present state, not a past event:
# "Das Museum ist geöffnet", "Die Straße ist gesperrt".
STATIVE_PARTICIPLES = frozenset(
    {"geöffnet", "geschlossen", "gesperrt", "ausverkauft", "ausgebucht", "gedacht",
     "geeignet", "gefragt", "gefordert", "gestattet", "verboten", "erlaubt", "begrenzt",
     "beschränkt", "vorgeschrieben", "besetzt", "belegt", "bekannt", "verpflichtet",
     "zugelassen", "eingeladen", "aufgerufen", "willkommen", "angesagt"}
)
# Preterites of modal verbs: a weak past sign ("sollte am 29. März vollzogen werden").
MODAL_PRETERITES = frozenset(
    {"sollte", "sollten", "wollte", "wollten", "musste", "mussten", "konnte", "konnten",
     "durfte", "durften"}
)
PERFECT_AUXILIARIES = frozenset({"hat", "haben", "habe", "hast", "ist", "sind", "bin", "seid"})

# Preterites of strong and irregular verbs, the past forms no suffix rule finds.
_STRONG_PRETERITES = (
    "bat", "band", "barg", "barst", "biss", "blieb", "blies", "bog", "bot", "brach", "brannte",
    "brachte", "briet", "dachte", "drang", "empfahl", "empfing", "erschrak", "fand", "fiel",
    "fing", "flocht", "flog", "floh", "floss", "focht", "fraß", "fror", "fuhr", "gab", "galt",
    "gelang", "genas",
    "genoss", "geschah", "gewann", "glich", "glitt", "griff", "ging", "grub", "half", "hielt",
    "hieß", "hing", "hob", "kam", "kannte", "klang", "kroch", "lag", "las", "lief", "lieh",
    "ließ", "litt", "log", "lud", "maß", "mied", "nahm", "nannte", "pfiff", "rang", "rann",
    "rieb", "rief", "riet", "riss", "ritt", "roch", "sah", "sandte", "sang", "sank", "sann",
    "saß", "schied", "schien", "schlief", "schlug", "schloss", "schlich", "schmolz", "schnitt",
    "schob", "schoss", "schrie", "schrieb", "schritt", "schwamm", "schwand", "schwieg",
    "schwor", "sprach", "sprang", "stach", "stahl", "stand", "starb", "stieg", "stieß",
    "strich", "stritt", "sog", "tat", "traf", "trat", "trank", "trieb", "trog", "trug",
    "verdarb", "vergaß", "verlor", "wandte", "wuchs", "warb", "ward", "warf", "wich", "wies",
    "wog", "wusch", "wusste", "zog", "zwang",
)
# Prefixes that form other verbs from the same preterite: "be-schloss", "unter-brach".
_PRETERITE_PREFIXES = ("", "be", "er", "ver", "ent", "zer", "über", "unter", "wider", "emp",
                       "hinter", "miss")
# Prefixes whose "-en" preterite plurals double as participles: "beschlossen".
INSEPARABLE_PREFIXES = ("be", "er", "ver", "ent", "zer", "über", "unter", "wider", "emp",
                        "hinter", "miss", "ge")
STRONG_PAST_WORDS = frozenset(
    prefix + form + ending
    for prefix in _PRETERITE_PREFIXES
    for form in _STRONG_PRETERITES
    for ending in ("", "en", "st")
    if not (form.endswith("e") and ending == "en")
) | frozenset(form + "n" for form in _STRONG_PRETERITES if form.endswith("e")) | frozenset(
    {"gelang", "geschah", "gewann", "gefiel", "genas", "genoss"}
) - {"gelangen", "bekannte", "bekannten", "verwandte", "verwandten"}  # other words too

# Present-tense plurals of verbs whose stem ends in t: "arbeiten" is no preterite.
_PRESENT_T_ENDINGS = (
    "arbeiten", "richten", "bieten", "halten", "breiten", "leiten", "treten", "streiten",
    "antworten", "fürchten", "flüchten", "schreiten", "warten", "starten", "stalten", "walten",
    "pflichten", "zichten", "gelten", "bitten", "retten", "töten", "kosten", "leisten",
    "testen", "rüsten", "deuten", "werten", "mieten", "wetten", "bluten", "hüten", "muten",
    "fechten", "dichten", "schalten", "spalten", "falten", "gleiten", "reiten", "lasten",
    "listen", "fasten", "posten", "fluten", "beten",
)
_PRESENT_T_WORDS = frozenset(
    {"raten", "beraten", "geraten", "verraten", "achten", "beachten", "betrachten",
     "beobachten", "verachten", "erachten", "trachten", "bitte", "heute", "mitte", "leute",
     "möchte", "möchten", "hätte", "hätten", "könnte", "könnten", "müsste", "müssten",
     "dürfte", "dürften", "bräuchte", "bräuchten", "wüsste", "gute", "guten", "alte", "alten",
     "weite", "weiten", "breite", "harte", "harten", "leichte", "leichten", "rechte", "rechten",
     "schlechte", "schlechten", "echte", "echten", "direkte", "direkten", "private",
     "privaten", "konkrete", "konkreten", "komplette", "kompletten", "exakte", "korrekte",
     "kalte", "kalten", "feste", "festen", "tote", "toten", "rote", "roten", "bunte",
     "bunten", "gesamte", "gesamten", "bekannte", "bekannten", "späte", "späten", "meiste",
     "meisten", "beste", "besten", "mitten", "unten", "hinten", "nette", "neueste",
     "neuesten", "größte", "größten", "weitesten", "konten", "kosten", "daten", "ernten"}
)
# Words before an inflected adjective: "die verletzten Fahrer" is no preterite.
_BEFORE_ADJECTIVE = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
     "kein", "keine", "keinen", "keinem", "keiner", "sein", "seine", "seinen", "seinem",
     "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "unseren",
     "unserem", "mein", "meine", "meinen", "dieser", "diese", "diesen", "diesem", "dieses",
     "jene", "jenen", "jener", "alle", "allen", "aller", "viele", "vielen", "einige",
     "einigen", "mehrere", "mehreren", "wenige", "wenigen", "beide", "beiden", "manche",
     "manchen", "jede", "jeden", "jedem", "jeder", "solche", "solchen", "welche", "welchen",
     "am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "aufs", "mit", "von", "zu", "für",
     "nach", "bei", "seit", "aus", "über", "unter", "vor", "in", "an", "auf", "durch",
     "gegen", "ohne", "um", "zwischen", "wegen", "trotz", "während", "sehr", "so", "besonders",
     "ganz", "äußerst", "und", "oder", "sowie", "als", "wie", "bereits", "schon", "noch",
     "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "ersten",
     "letzten", "anderen", "andere", "neuen", "neue", "jungen", "junge", "weiteren",
     "weitere", "sogenannten", "so-genannten", "rund", "etwa", "knapp", "fast", "nur", "zwar",
     "stark", "schwer", "leicht", "frisch", "gut", "kaum", "meist", "oft", "eher"}
)


def is_weak_preterite(word: str, previous: str) -> bool:
    """Whether lower-case ``word`` after ``previous`` is a weak preterite ("tagte", "stimmten").

    A word list cannot tell "die verletzten Fahrer" from "sie verletzten sich"
    for sure; a preterite follows a noun, a pronoun or a verb, an adjective an
    article, preposition or number, which is what ``previous`` decides.
    """
    if len(word) < 5 or not (word.endswith("te") or word.endswith("ten")):
        return False
    if word in _PRESENT_T_WORDS or word in ORDINAL_WORDS or word in DIRECTIONS:
        return False
    if word.endswith("ten") and word.endswith(_PRESENT_T_ENDINGS) and not word.endswith(
        "teten"
    ):
        return False
    if previous in _BEFORE_ADJECTIVE or previous[:1].isdigit():
        return False
    return not (previous in NUMBER_WORDS or previous in ORDINAL_WORDS)

_PARTICIPLE = re.compile(r"^(?:ge\w{3,}(?:t|en)|\w{3,}iert|\w+ge\w{3,}(?:t|en))$")

_DAY_DOT = re.compile(r"^(0?[1-9]|[12]\d|3[01])\.$")
_ORDINAL_DOT = re.compile(r"^\d{1,3}\.$")
_YEAR = re.compile(r"^(1\d{3}|20\d{2})$")
_YEAR_DOT = re.compile(r"^(1\d{3}|20\d{2})\.$")
_NUMBER = re.compile(r"^\d{1,4}$")
_NUMERIC_DATE = re.compile(r"^(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{4}|\d{2})?\.?$")
_CLOCK = re.compile(r"^([01]?\d|2[0-4])[.:]([0-5]\d)$")
_CLOCK_PAIR = re.compile(
    r"^(?P<h1>[01]?\d|2[0-4])(?:[.:](?P<m1>[0-5]\d))?(?P<sep>[^\w.:])"
    r"(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?$"
)
_DECADE = re.compile(r"^(1\d|20)?(\d)0er(?:n|-?jahren?|-?jahres)?$", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"^(1\d{3}|20\d{2})[-–/](\d{2}|1\d{3}|20\d{2})\.?$")
_AGE_ADJECTIVE = re.compile(r"^(\d{1,4}|[a-zäöüß]+?)-?jährig(?:e|en|er|es|em)?$", re.IGNORECASE)
_UNIT_COMPOUND = re.compile(
    r"^(\d{1,4})-(Tage|Tages|Wochen|Monats|Monate|Jahres|Jahre|Stunden|Minuten)(?:-\w.*)?$"
)
_EX_PREFIX = re.compile(r"^Ex-\w")
# "einwöchige", "30-tägige", "zweistündigen", "mehrmonatige": always a duration, never an age.
_UNIT_ADJECTIVE = re.compile(
    r"^(\d{1,4}|[a-zäöüß]+?)-?(tägig|wöchig|monatig|stündig|minütig)(?:e|en|er|es|em)?$",
    re.IGNORECASE,
)
_ADJECTIVE_UNITS = {"tägig": "D", "wöchig": "W", "monatig": "M", "stündig": "H", "minütig": "MIN"}


@lru_cache(maxsize=65536)
def token_class(text: str) -> str:
    """The class of one token, the vocabulary of the Matcher patterns."""
    low = text.lower()
    if text[:1].isdigit():
        return _digit_class(text)
    if low in MONTHS:
        return "MONTH"
    if low in MONTH_ABBREVIATIONS:
        return "MONTH"
    if low in WEEKDAYS:
        return "WEEKDAY"
    if low in RELATIVE_DAYS:
        # Capitalized "Morgen" inside a sentence is the morning.
        return "PARTDAY" if text == "Morgen" else "RELDAY"
    if low in PARTS_OF_DAY:
        return "PARTDAY"
    if low in UNITS:
        return "UNIT"
    if low in DIRECTIONS:
        return "DIR"
    if low in SET_ADJECTIVES:
        return "SETADJ"
    if low in WEEKDAY_ADVERBS and text.islower():
        return "SETWEEKDAY"
    if low in REFERENCES:
        return "REF"
    if low in RELATIVE_DAY_ADJECTIVES:
        return "RELDAYADJ"
    if low in RELATIVE_NOUNS:
        return "RELNOUN"
    if low in SEASONS:
        return "SEASON"
    if low in MODIFIERS:
        return "MOD"
    if low in PERIOD_PARTS:
        return "PERIODPART"
    if low in LONG_ADVERBS:
        return "LONGADV"
    if low in WEEKDAY_ABBREVIATIONS:
        return "WEEKDAYABBR"
    if low in HOLIDAYS:
        return "HOLIDAY"
    if low in TURNS:
        return "TURN"
    if low in NUMBER_WORDS:
        return "NUMWORD"
    if low in VAGUE_NUMBERS:
        return "VAGUE"
    if low in ORDINAL_WORDS:
        return "ORDWORD"
    if low in DECADE_WORDS:
        return "DECADE"
    if low in EVERY_WORDS:
        return "EVERY"
    if low == "uhr":
        return "UHR"
    if weekday_part(low) is not None:
        return "WEEKDAYPART"
    if _EX_PREFIX.match(text):
        return "EX"
    if "jährig" in low and _AGE_ADJECTIVE.match(text) and _age_number(low) is not None:
        return "AGEADJ"
    if low in REFERENCE_NOUNS:
        return "REFNOUN"
    if low in HALVES:
        return "HALF"
    if unit_adjective(low) is not None:
        return "UNITADJ"
    return "O"


def _digit_class(text: str) -> str:
    if _YEAR.match(text):
        return "YEAR"
    if _DAY_DOT.match(text):
        return "DAYNUM"
    if _YEAR_DOT.match(text):
        return "YEARDOT"
    if _ORDINAL_DOT.match(text):
        return "ORDNUM"
    if _NUMBER.match(text):
        return "NUM"
    if _NUMERIC_DATE.match(text):
        return "NUMDATE"
    if _CLOCK.match(text):
        return "CLOCK"
    if _DECADE.match(text):
        return "DECADE"
    if _YEAR_RANGE.match(text):
        return "YEARRANGE"
    if _UNIT_COMPOUND.match(text):
        return "UNITCOMPOUND"
    if _CLOCK_PAIR.match(text):
        return "CLOCKPAIR"
    if "jährig" in text.lower() and _AGE_ADJECTIVE.match(text):
        return "AGEADJ"
    if unit_adjective(text.lower()) is not None:
        return "UNITADJ"
    return "O"


def weekday_part(low: str) -> tuple[int, str] | None:
    """(weekday, part of day) of a compound like ``mittwochmorgen``."""
    for name, day in WEEKDAYS.items():
        if low.startswith(name) and len(low) > len(name):
            rest = low[len(name):]
            rest = rest[:-1] if rest.endswith("s") and rest[:-1] in DAY_PART_SUFFIXES else rest
            if rest in DAY_PART_SUFFIXES:
                return day, DAY_PART_SUFFIXES[rest]
    return None


def _age_number(low: str) -> int | None:
    match = _AGE_ADJECTIVE.match(low)
    if not match:
        return None
    head = match.group(1)
    if head.isdigit():
        return int(head)
    return NUMBER_WORDS.get(head)


def age_number(text: str) -> int | None:
    """The number of years in ``100-jährige`` or ``zweijährigen``."""
    return _age_number(text.lower())


def is_participle(low: str) -> bool:
    return bool(_PARTICIPLE.match(low))


def numeric_date(text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year) of ``30.12.2023``, ``30.12.23`` or ``30.12.``."""
    match = _NUMERIC_DATE.match(text)
    if not match:
        return None
    year_text = match.group(3)
    year: int | None = None
    if year_text:
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000 if year < 50 else 1900
    return int(match.group(1)), int(match.group(2)), year


def clock(text: str) -> tuple[int, int] | None:
    match = _CLOCK.match(text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def clock_pair(text: str) -> list[tuple[int, int, int, int]] | None:
    """Times in a glued ``8–12`` or ``14.30–18`` as (start, end, hour, minute).

    With a dash both times count; with another character (a garbled ``7?17``)
    only the second one is sure to be a time.
    """
    match = _CLOCK_PAIR.match(text)
    if not match:
        return None
    second = (match.start("h2"), len(text), int(match.group("h2")), int(match.group("m2") or 0))
    if match.group("sep") not in "-–":
        return [second]
    first = (0, match.end("sep") - 1, int(match.group("h1")), int(match.group("m1") or 0))
    return [first, second]


def decade(text: str) -> int | None:
    """The decade value (``199``) of ``1990er``, ``90er-Jahre`` or ``Neunzigerjahre``."""
    low = text.lower()
    if low in DECADE_WORDS:
        return DECADE_WORDS[low]
    match = _DECADE.match(text)
    if not match:
        return None
    century = int(match.group(1)) if match.group(1) else 19
    return century * 10 + int(match.group(2))


def year_range(text: str) -> tuple[int, int, int, int] | None:
    """First year, its end offset, second year and its start offset of ``2019–2021``."""
    match = _YEAR_RANGE.match(text)
    if not match:
        return None
    first = int(match.group(1))
    second_text = match.group(2)
    second = int(second_text)
    if len(second_text) == 2:
        second += first - first % 100
    return first, match.end(1), second, match.start(2)


def unit_compound(text: str) -> tuple[int, str, int] | None:
    """Number, unit letter and end offset of ``14-Tage`` in ``14-Tage-Frist``."""
    match = _UNIT_COMPOUND.match(text)
    if not match:
        return None
    unit = UNITS[match.group(2).lower()][0]
    return int(match.group(1)), unit, match.end(2)


def unit_adjective(low: str) -> tuple[int | None, str] | None:
    """Count (None when vague) and unit letter of ``einwöchige`` or ``30-tägigen``."""
    match = _UNIT_ADJECTIVE.match(low)
    if not match:
        return None
    head, unit = match.group(1), _ADJECTIVE_UNITS[match.group(2)]
    if head.isdigit():
        return int(head), unit
    if head in ("mehr", "viel"):
        return None, unit
    count = NUMBER_WORDS.get(head)
    return (count, unit) if count is not None else None
