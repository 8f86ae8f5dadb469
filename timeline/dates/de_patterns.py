"""spaCy Matcher patterns for German temporal expressions.

Patterns run over a copy of the document whose lemmas are the token classes
of :func:`timeline.dates.de_words.token_class`, so ``{"LEMMA": "MONTH"}``
matches "Dezember", "Jänner" and "Sept." alike. Each label names the rule in
:mod:`timeline.dates.de_normalize` that turns a match into TIMEX3 values.
Context words a rule needs but TimeML leaves outside the expression ("im
September") are matched too and stripped by the normalizer.
"""

from __future__ import annotations

from typing import Any

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from timeline.dates.de_words import UNIT_ADJECTIVES

Pattern = list[dict[str, Any]]


def c(*classes: str, op: str | None = None) -> dict[str, Any]:
    """A token of one of ``classes``."""
    token: dict[str, Any] = {"LEMMA": classes[0]} if len(classes) == 1 else {
        "LEMMA": {"IN": list(classes)}
    }
    if op:
        token["OP"] = op
    return token


def w(*words: str, op: str | None = None) -> dict[str, Any]:
    """A token that is one of ``words`` (lower case)."""
    token: dict[str, Any] = {"LOWER": {"IN": list(words)}}
    if op:
        token["OP"] = op
    return token


MONTH_CONTEXT = ("im", "in", "seit", "bis", "ab", "vom", "zum", "von", "bereits", "schon",
                 "noch", "erst", "spätestens", "frühestens", "gegen", "vor", "nach", "dem",
                 "den", "des", "diesem", "diesen", "dieses", "heurigen", "letzten", "vergangenen",
                 "kommenden", "nächsten", "vorigen", "zwischen")
SEASON_CONTEXT = ("im", "seit", "bis", "ab", "vom", "zum")
PART_OF_DAY_CONTEXT = ("am", "in", "über", "gegen", "bis", "zur", "vom", "im", "tagsüber",
                       "den", "der", "dem", "die")
DASHES = ("-", "–", "bis", "und", ",")
YEAR_NOUNS = ("jahr", "jahres", "jahre", "jahrs")
YEARS = ("YEAR", "YEARDOT")
# Words between "vor" and its count: "vor genau 50 Jahren"; they stay outside the span.
AGO_HEDGES = ("genau", "fast", "rund", "etwa", "knapp", "gut", "über", "nahezu", "beinahe",
              "ziemlich", "exakt", "ungefähr", "zirka", "circa", "ca.", "mindestens")
# "zwei Jahre später": counted from the date named before.
LATER_WORDS = ("später", "danach", "darauf", "zuvor", "vorher", "früher")
NUMBERS = ("NUM", "NUMWORD")
# "in den frühen Achtzigerjahren": the start or end of a decade.
EARLY_LATE = ("frühen", "späten")
# Verbs after a bare plural unit: "Die Krise dürfte Jahre dauern" (an unknown number of years),
# and words of a later or earlier time: "Wochen später".
LASTING = ("dauern", "dauert", "dauerte", "dauerten", "gedauert", "andauern", "anhalten")
PLURAL_UNITS = ("jahre", "jahrzehnte", "monate", "wochen", "tage", "stunden")
# "in der Vergangenheit", "in naher Zukunft", "in letzter Zeit"
REFERENCE_LEADS = ("der", "naher", "ferner", "absehbarer", "nächster", "letzter", "jüngster",
                   "jüngerer")


def patterns() -> dict[str, list[Pattern]]:
    year = c(*YEARS)
    opt_year = c(*YEARS, op="?")
    weekday_lead = [c("WEEKDAY", "WEEKDAYABBR", op="?"), {"ORTH": ",", "OP": "?"},
                    w("den", "dem", op="?")]
    year_of = [w("dieses", "des", "vergangenen", "letzten", "nächsten", "kommenden",
                 "laufenden", "vorigen"), w("jahres", "jahrs")]
    time_number = c("NUM", "CLOCK")
    time_chains: list[Pattern] = []
    for count in range(1, 6):
        chain: Pattern = [time_number]
        for _ in range(count - 1):
            chain += [w(*DASHES), time_number]
        time_chains.append([*chain, c("UHR")])
    return {
        "DATE_DMY": [[*weekday_lead, c("DAYNUM"), c("MONTH"), opt_year],
                     [*weekday_lead, c("ORDWORD"), c("MONTH"), opt_year],
                     [*weekday_lead, c("DAYNUM", "ORDWORD"), c("MONTH"), *year_of]],
        "DATE_NUMERIC": [[*weekday_lead, c("NUMDATE")]],
        "DATE_ISO": [[c("YEAR"), {"ORTH": "-"}, c("NUM"), {"ORTH": "-"}, c("NUM", "DAYNUM")]],
        "DATE_SPACED": [[c("DAYNUM"), c("DAYNUM"), year],
                        [w("am", "vom", "bis", "zum", "ab", "seit"), c("DAYNUM"), c("DAYNUM")]],
        "DAY_RANGE": [[c("DAYNUM"), w("bis", "-", "–", "und"), w("zum", "dem", op="?"),
                       c("DAYNUM"), c("MONTH"), opt_year],
                      # "am 11., 12. und 13. März"
                      [c("DAYNUM"), {"ORTH": ","}, c("DAYNUM"), w("und", "bis", "-", "–"),
                       c("DAYNUM"), c("MONTH"), opt_year]],
        "MONTH_YEAR": [[c("MOD", op="?"), c("MONTH"), year],
                       [c("MOD", op="?"), c("MONTH"), w("des"), w(*YEAR_NOUNS), year],
                       [c("MOD", op="?"), c("MONTH"), *year_of]],
        "MONTH": [[w(*MONTH_CONTEXT), c("DIR", op="?"), c("MONTH")],
                  [c("MOD"), c("MONTH")],
                  [c("DIR"), c("MONTH")]],
        "YEAR_NOUN": [[w(*YEAR_NOUNS), year], [c("MOD"), year],
                      [c("MOD"), w("des"), w(*YEAR_NOUNS), year]],
        "PERIOD_PART": [[c("MOD"), w("des", "der", "dieses", "diesen", "dieser", op="?"),
                         c("DIR", op="?"), c("UNIT")],
                        [c("PERIODPART")]],
        "HOLIDAY": [[c("HOLIDAY"), opt_year],
                    [w("mariä", "maria", "christi"), w("himmelfahrt", "empfängnis"), opt_year]],
        "TURN": [[w("die", "der", op="?"), c("TURN")]],
        "YEAR": [[year]],
        "YEAR_SLASH": [[c("YEAR"), {"ORTH": "/"}, c("NUM", "DAYNUM", "YEAR", "YEARDOT")],
                       [c("YEARRANGE")]],
        "SEASON": [[c("DIR", op="?"), c("SEASON"), year],
                   [c("DIR", op="?"), c("SEASON"), w("des"), w(*YEAR_NOUNS), year],
                   [w(*SEASON_CONTEXT, op="?"), c("SEASON"), *year_of],
                   [c("DIR", op="?"), c("SEASON"), c("YEAR"), {"ORTH": "/"}, c("NUM", "DAYNUM")],
                   [c("MOD"), c("SEASON"), opt_year],
                   [w(*SEASON_CONTEXT), c("DIR", op="?"), c("SEASON")],
                   [w("seit", "vor", "nach"), w("dem"), c("SEASON")],
                   [c("DIR"), c("SEASON")]],
        "QUARTER": [[c("ORDWORD", "DAYNUM"), w("quartal", "quartals", "halbjahr", "halbjahres",
                                               "jahreshälfte"),
                     opt_year],
                    [c("ORDWORD", "DAYNUM"), w("quartal", "quartals", "halbjahr", "halbjahres",
                                               "jahreshälfte"),
                     w("des", "dieses", "vergangenen", "letzten", "nächsten", "kommenden",
                       "laufenden"), w("jahres", "jahrs")]],
        "DECADE": [[w("den", "der", "die", op="?"), c("MOD", op="?"), w("der", op="?"),
                    c("DECADE"), w("jahre", "jahren", op="?")],
                   [w("den", "der", "die", op="?"), w(*EARLY_LATE), c("DECADE"),
                    w("jahre", "jahren", op="?")]],
        "CENTURY": [[c("MOD", op="?"), w("des", op="?"), c("DAYNUM", "ORDNUM", "ORDWORD"),
                     w("jahrhundert", "jahrhunderts", "jhd.", "jh.", "jhdt.")]],
        "RELDAY": [[c("RELDAY"), c("PARTDAY", "RELDAY", op="?")]],
        "RELDAY_WEEKDAY": [[c("RELDAYADJ"), c("WEEKDAY")],
                           [c("RELDAYADJ"), w("tag", "tages", "tage")]],
        "WEEKDAY": [[c("DIR", op="?"), c("WEEKDAY"), c("PARTDAY", op="?")],
                    [c("WEEKDAY"), c("DIR"), w("woche")],
                    [c("DIR", op="?"), c("WEEKDAYPART")],
                    [w("frühen", "späten"), c("WEEKDAYPART")]],
        "WEEKEND": [[w("am", "übers", "vom", "zum", "dieses", "diesem", "vergangenen",
                       "vergangene", "letzten", "letzte", "nächsten", "nächste", "kommenden",
                       "kommende", "jedes"),
                     w("wochenende")]],
        "RELUNIT": [[w("der", "die", "das", "den", "dem", "des", op="?"), c("DIR"),
                     c("UNIT")],
                    [w("der", "die", "das", "den", "dem", "des", op="?"), c("DIR"),
                     c("NUM", "NUMWORD"), c("UNIT")],
                    [w("der", "die", "das", "den", "dem", "des", op="?"), c("UNIT"),
                     w("darauf", "danach")],
                    [w("der", "die", "das", "den", "dem", "des"), c("ORDWORD"), c("UNIT")]],
        "RELNOUN": [[c("RELNOUN")]],
        "LATER": [[c("NUM", "NUMWORD"), c("UNIT"), w(*LATER_WORDS)]],
        "COURSE": [[w("laufe", "verlauf", "lauf"), w("des", "der"), c("UNIT")]],
        "NIGHT_BEFORE": [[w("nacht"), w("auf", "zum", "zu"), c("WEEKDAY")]],
        "DURATION_ELLIPSIS": [[c("NUM", "NUMWORD"), w("statt", "oder", "bis", "und", "-", "–"),
                               c("NUM", "NUMWORD"), c("UNIT")]],
        "SAME_UNIT": [[w("gleichen", "selben", "demselben", "desselben", "derselben"),
                       w("jahr", "jahres", "monat", "monats", "tag", "tages", "woche")]],
        "REF": [[c("REF")], [c("EX")],
                [w("in"), w(*REFERENCE_LEADS, op="?"), c("REFNOUN")],
                [w("in"), w("der"), w("letzten", "jüngsten", "nahen", "fernen"), c("REFNOUN")]],
        "DURATION_SUM": [[c(*NUMBERS), c("UNIT"), w("und"), c(*NUMBERS), c("UNIT")]],
        "DURATION": [[c("NUM", "NUMWORD", "VAGUE"), c("UNIT")],
                     [c(*NUMBERS), w(*UNIT_ADJECTIVES), c("UNIT")],
                     [c("HALF"), c("UNIT")],
                     [c("LONGADV")],
                     [c("UNITADJ")],
                     [w("seit", "vor", "über", "nach"), c("UNIT")],
                     [w(*PLURAL_UNITS), w(*LASTING)],
                     # "Wochen später", "Tage zuvor": an unknown number of units
                     [w(*PLURAL_UNITS), w(*LATER_WORDS)],
                     [c("UNITCOMPOUND")],
                     [c("AGEADJ")]],
        "AGO": [[w("vor"), c("NUM", "NUMWORD"), c("UNIT")],
                [w("vor"), w(*AGO_HEDGES), c("NUM", "NUMWORD"), c("UNIT")],
                [w("vor"), w("mehr", "weniger"), w("als"), c("NUM", "NUMWORD"), c("UNIT")]],
        "SET": [[c("EVERY"), c("DIR", "ORDWORD", op="?"), c("WEEKDAY", "UNIT", "MONTH",
                                                              "PARTDAY", "WEEKDAYPART")],
                [c("EVERY"), c("DIR", "ORDWORD", op="?"), c("WEEKDAY"), w("im"),
                 w("monat")],
                [c("DAYNUM", "ORDWORD", op="?"), c("WEEKDAY"), w("im"), w("monat")],
                [c("SETADJ")], [c("SETWEEKDAY")],
                [w("pro"), w("jahr", "monat", "woche", "tag", "stunde")],
                [w("einmal", "zweimal", "dreimal", "viermal", "mehrmals", "mehrfach"),
                 w("im", "pro", "die", "in"), w("der", op="?"),
                 w("jahr", "monat", "woche", "tag", "stunde")],
                [w("alle"), c(*NUMBERS), c("UNIT")]],
        "TIME": [*time_chains,
                 [w("um", "ab", "gegen", "bis"), c("CLOCK")],
                 [c("CLOCKPAIR"), c("UHR")]],
        "PARTDAY_DATE": [[c("PARTDAY"), w("des"), c("DAYNUM", "ORDWORD"), c("MONTH"), opt_year],
                         [c("PARTDAY"), w("des"), c("NUMDATE")]],
        "PARTDAY": [[w(*PART_OF_DAY_CONTEXT), w("frühen", "späten", op="?"), c("PARTDAY")],
                    [c("DIR"), w("nacht")]],
    }


def build_matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for label, label_patterns in patterns().items():
        matcher.add(label, label_patterns)
    return matcher
