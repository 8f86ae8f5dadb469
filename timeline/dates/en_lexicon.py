"""English word lists for the date tagger: calendar names, numbers, units, cue words.

Keys are lower-case token texts as spaCy's blank English tokenizer produces
them ("jan." keeps its dot, "a.m." is one token).
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "jan.": 1,
    "february": 2, "feb": 2, "feb.": 2,
    "march": 3, "mar.": 3,
    "april": 4, "apr": 4, "apr.": 4,
    "may": 5,
    "june": 6, "jun.": 6,
    "july": 7, "jul.": 7,
    "august": 8, "aug": 8, "aug.": 8,
    "september": 9, "sep.": 9, "sept": 9, "sept.": 9,
    "october": 10, "oct": 10, "oct.": 10,
    "november": 11, "nov": 11, "nov.": 11,
    "december": 12, "dec": 12, "dec.": 12,
}  # fmt: skip

# Month names that are also common English words: only taken as months with a
# day, a year or a preposition/modifier that asks for a time next to them.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "aug", "sept", "oct", "dec", "nov", "feb"})
MONTH_CUES = frozenset({
    "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
    "of", "through", "during", "from", "to", "before", "after", "between", "and", "or",
    "each", "every", "mid-", "end", "throughout", "around", "that", "the",
})  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
WEEKDAY_PLURALS: dict[str, int] = {name + "s": day for name, day in WEEKDAYS.items()}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "mid-afternoon": "AF", "midafternoon": "AF", "mid-morning": "MO", "midmorning": "MO",
}  # fmt: skip
PARTS_OF_DAY_PLURAL: dict[str, str] = {
    "mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI",
}  # fmt: skip

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip
# "fall" and "spring" are verbs far more often than seasons.
AMBIGUOUS_SEASONS = frozenset({"fall", "spring"})

UNITS_ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    **UNITS_ONES,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
VAGUE_QUANTITIES = frozenset({"few", "several", "many", "some", "numerous"})

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "thirty-first": 31,
}  # fmt: skip

# Duration units: token -> (ISO 8601 designator, is time-of-day unit, count multiplier).
UNITS: dict[str, tuple[str, bool, int]] = {
    "second": ("S", True, 1), "seconds": ("S", True, 1),
    "minute": ("M", True, 1), "minutes": ("M", True, 1), "min": ("M", True, 1),
    "hour": ("H", True, 1), "hours": ("H", True, 1),
    "day": ("D", False, 1), "days": ("D", False, 1),
    "week": ("W", False, 1), "weeks": ("W", False, 1),
    "fortnight": ("W", False, 2), "fortnights": ("W", False, 2),
    "month": ("M", False, 1), "months": ("M", False, 1),
    "quarter": ("Q", False, 1), "quarters": ("Q", False, 1),
    "year": ("Y", False, 1), "years": ("Y", False, 1),
    "decade": ("Y", False, 10), "decades": ("Y", False, 10),
    "century": ("Y", False, 100), "centuries": ("Y", False, 100),
}  # fmt: skip
PLURAL_UNITS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years", "decades",
     "centuries", "fortnights"}
)  # fmt: skip
# What an unspecified count of each unit is written as ("years" -> PXY).
VAGUE_UNIT = {"S": "PTXS", "M": "PXM", "H": "PTXH", "D": "PXD", "W": "PXW", "Q": "PXQ",
              "Y": "PXY"}  # fmt: skip

# Adverbs and adjectives of frequency -> SET value.
FREQUENCY_WORDS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
}  # fmt: skip

TIME_ZONES = frozenset({
    "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet",
    "cest", "eet", "eest", "jst", "ist", "aest", "et", "pt", "ct", "z",
})  # fmt: skip
# Written after a 24-hour time without a colon: "1130 hrs", "2200 h".
CLOCK_UNITS = frozenset({"hrs", "hr", "h"})
AM_WORDS = frozenset({"a.m.", "a.m", "am", "a.m.,"})
PM_WORDS = frozenset({"p.m.", "p.m", "pm", "p.m.,"})

REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "formerly": "PAST_REF",
}  # fmt: skip

# Approximation and comparison modifiers in front of a quantity.
# Approximation and comparison modifiers in front of a quantity. "about",
# "almost" and "over" are left out: in TimeBank they mostly stay outside the
# expression ("over the past 20 years", "about five hours").
QUANTITY_MODS: dict[tuple[str, ...], str] = {
    ("around",): "APPROX", ("roughly",): "APPROX", ("approximately",): "APPROX",
    ("nearly",): "APPROX", ("more", "than"): "MORE_THAN", ("less", "than"): "LESS_THAN",
    ("fewer", "than"): "LESS_THAN", ("at", "least"): "EQUAL_OR_MORE",
    ("up", "to"): "EQUAL_OR_LESS", ("no", "more", "than"): "EQUAL_OR_LESS",
    ("at", "most"): "EQUAL_OR_LESS",
}  # fmt: skip

# Words after a bare number that show it counts things, not a year.
NOT_YEAR_AFTER = frozenset({
    "people", "persons", "troops", "soldiers", "workers", "employees", "members", "jobs",
    "shares", "tons", "tonnes", "miles", "feet", "meters", "metres", "km", "kilometers",
    "votes", "cases", "deaths", "dead", "children", "men", "women", "students", "percent",
    "%", "points", "cars", "homes", "houses", "units", "barrels", "acres", "pounds", "kg",
    "dollars", "euros", "yen", "marks", "francs", "refugees", "patients", "delegates",
    "seats", "guests", "police", "officers", "residents", "pages", "copies", "words",
    "hours", "days", "weeks", "months", "years", "times", "-", "–", "/", "x",
    "million", "billion", "stores", "locations", "vehicles", "planes", "aircraft",
    "rounds", "yards", "mph", "degrees", "ft", "lbs",
})  # fmt: skip
NOT_YEAR_BEFORE = frozenset({
    "$", "us$", "£", "€", "¥", "about", "some", "nearly", "almost", "over", "than",
    "approximately", "roughly", "around", "#", "no.", "number", "flight", "route",
    "highway", "interstate", "room", "page", "rule", "section", "article", "model",
    "boeing", "airbus", "version", "dow",
})  # fmt: skip
YEAR_CUES_BEFORE = frozenset({
    "in", "since", "until", "till", "from", "during", "before", "after", "of", "by",
    "early", "late", "mid", "fiscal", "year", "circa", "between", "and", "through",
    "throughout", "for", "spring", "summer", "fall", "autumn", "winter", ",", "to",
})  # fmt: skip
