"""Country names in German and English, and their ISO codes, from Babel's CLDR data.

Merging uses the code so "Russland" meets "Russia"; the site uses it to show a
country tag in its own language ("Österreich" on a German site, whatever the
article's language).
"""

from __future__ import annotations

from functools import lru_cache

from timeline.textfeatures import fold

# The languages whose country names are recognized (the supported article languages).
_LANGUAGES = ("en", "de")

# Names news still uses beside the current ones Babel gives.
_COUNTRY_ALIASES = {
    "turkey": "TR", "burma": "MM", "ivory coast": "CI", "czech republic": "CZ",
    "swaziland": "SZ", "macedonia": "MK", "holland": "NL", "britain": "GB",
    "great britain": "GB", "uk": "GB", "usa": "US", "america": "US",
    "grossbritannien": "GB", "turkei": "TR", "u.s": "US", "u.k": "GB", "us": "US",
}


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Folded country names in German and English -> ISO code."""
    from babel import Locale

    codes: dict[str, str] = {}
    for language in _LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code.isalpha():
                codes.setdefault(fold(name), code)
    for name, code in _COUNTRY_ALIASES.items():
        codes.setdefault(name, code)
    return codes


def country_code(name: str) -> str:
    """The ISO code of the country ``name`` names (in German or English), else ""."""
    return country_codes().get(fold(name).strip().rstrip("."), "")


# Called for every tag of every event on several pages; a site has few distinct tags.
@lru_cache(maxsize=1 << 16)
def country_name(name: str, language: str) -> str | None:
    """The name of the country ``name`` in ``language`` ("Austria", "de" -> "Österreich"),
    or None when ``name`` is no country or the language has no name for it."""
    code = country_code(name)
    if not code:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        return None
    shown = territories.get(code)
    return str(shown) if shown else None
