"""Tag sentences with the countries, places, people and organisations they name.

Names come from four sources, all in the article's language:

- CLDR's country names (through Babel), plus short and inflected forms and
  renamed tags from ``timeline/data/places-<lang>.yml``;
- adjectives of nationality (``timeline/data/demonyms-<lang>.yml``), tagged
  with their country ("nordkoreanische" -> Nordkorea);
- cities and regions from the same places file, tagged as themselves;
- the project's actors file (``actors.yml``), which the user edits.

Matching is exact and case-sensitive on whole words: "EU" never matches
inside "neue", "China" never matches "china". Only an adjective's first
letter may differ in case, since it is capitalised at the start of a
sentence. German genitives of names ("Russlands", "Putins") are matched
too. A name with more words wins over a shorter one at the same place
("UN-Sicherheitsrat" over "UN").

An optional trained spaCy pipeline adds the people, organisations and places
it recognises where the lists found nothing; they are tagged as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from timeline.problems import Problem, ProblemError
from timeline.yamlio import YamlSyntaxError, line_of, load_with_lines, read_text

if TYPE_CHECKING:
    from spacy.language import Language

ACTORS_FILE = "actors.yml"
MAX_ACTORS_BYTES = 1_000_000
TAG_LANGUAGES = ("de", "en")

TagKind = Literal["country", "place", "person", "organisation"]

# CLDR regions that are not countries, or not places at all.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
_ADJECTIVE_ENDINGS = {"de": ("", "e", "en", "er", "es", "em"), "en": ("", "s")}
_ENTITY_KINDS: dict[str, TagKind] = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organisation",
    "LOC": "place",
    "GPE": "place",
}
_TOKEN_RE = re.compile(r"\w+")
_SPACE_RE = re.compile(r"\s+")


class TagError(ValueError):
    """The tag sources cannot be used (unknown language, missing pipeline)."""


class Actor(BaseModel):
    """One entry of the actors file."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, description="The tag: the name as pages should show it.")
    aliases: list[str] = Field(
        default_factory=list, description="Other forms of the name the articles use."
    )
    kind: Literal["person", "organisation", "place"]

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, name: str) -> str:
        if not name.strip():
            raise ValueError("must not be blank")
        return name.strip()

    @field_validator("aliases")
    @classmethod
    def _aliases_not_blank(cls, aliases: list[str]) -> list[str]:
        if any(not alias.strip() for alias in aliases):
            raise ValueError("aliases must not be empty strings")
        return [alias.strip() for alias in aliases]


@dataclass(frozen=True)
class TagMatch:
    """A name found in a text; ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    tag: str
    kind: TagKind


def load_actors(path: Path) -> list[Actor]:
    """Read an actors file: a YAML list of {name, aliases, kind}.

    Raises ProblemError naming the file, line and field of each mistake.
    """
    try:
        text = read_text(path, MAX_ACTORS_BYTES)
    except (OSError, ValueError) as error:
        message = getattr(error, "strerror", None) or str(error)
        raise ProblemError([Problem(path, f"cannot read actors file: {message}")]) from None
    try:
        data, lines = load_with_lines(text)
    except YamlSyntaxError as error:
        raise ProblemError([Problem(path, f"invalid YAML: {error}", error.line)]) from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ProblemError(
            [Problem(path, "the actors file must be a YAML list of {name, aliases, kind}", 1)]
        )
    actors: list[Actor] = []
    problems: list[Problem] = []
    for index, entry in enumerate(data):
        try:
            actors.append(Actor.model_validate(entry))
        except ValidationError as error:
            for item in error.errors():
                loc = (index, *item["loc"])
                message = "unknown field" if item["type"] == "extra_forbidden" else item["msg"]
                field = ".".join(str(part) for part in loc)
                problems.append(Problem(path, message, line_of(lines, loc), field))
    if problems:
        raise ProblemError(problems)
    return actors


class TagFinder:
    """Finds tag names in sentences of one language. Build once, call often.

    ``actors`` is the path of an actors file, the actors already loaded from
    one, or None. ``pipeline`` names a
    trained spaCy pipeline (package name or folder) whose entities are added;
    it is loaded only when given.
    """

    def __init__(
        self,
        language: str,
        actors: Path | Sequence[Actor] | None = None,
        *,
        pipeline: str | None = None,
    ) -> None:
        if language not in TAG_LANGUAGES:
            raise TagError(
                f"no tag lists for language {language!r} (supported: {', '.join(TAG_LANGUAGES)})"
            )
        self.language = language
        self._names: dict[str, tuple[str, TagKind]] = dict(_builtin_names(language))
        if isinstance(actors, Path):
            actors = load_actors(actors)
        for actor in actors or ():
            for form in (actor.name, *actor.aliases):
                for variant in _name_variants(form, language):
                    self._add(variant, actor.name, actor.kind)
        self._first_words = {_name_tokens(name)[0] for name in self._names}
        self._longest = max((len(_name_tokens(name)) for name in self._names), default=1)
        self._nlp = _load_pipeline(pipeline) if pipeline else None

    def _add(self, name: str, tag: str, kind: TagKind) -> None:
        key = _normalise(name)
        if key:
            self._names[key] = (tag, kind)

    def find(self, sentence: str) -> list[str]:
        """Canonical tags named in ``sentence``, in order of first mention, once each."""
        return list(dict.fromkeys(match.tag for match in self.matches(sentence)))

    def matches(self, text: str) -> list[TagMatch]:
        """Every name found in ``text``, in text order."""
        found = list(self._list_matches(text))
        if self._nlp is not None:
            found += self._entity_matches(text, found)
            found.sort(key=lambda match: match.start)
        return found

    def _list_matches(self, text: str) -> Iterator[TagMatch]:
        tokens = list(_TOKEN_RE.finditer(text))
        index = 0
        while index < len(tokens):
            if tokens[index].group() not in self._first_words:
                index += 1
                continue
            for length in range(min(self._longest, len(tokens) - index), 0, -1):
                start = tokens[index].start()
                end = tokens[index + length - 1].end()
                entry = self._names.get(_normalise(text[start:end]))
                if entry is not None:
                    yield TagMatch(start, end, text[start:end], entry[0], entry[1])
                    index += length
                    break
            else:
                index += 1

    def _entity_matches(self, text: str, known: list[TagMatch]) -> list[TagMatch]:
        assert self._nlp is not None
        added: list[TagMatch] = []
        for entity in self._nlp(text).ents:
            kind = _ENTITY_KINDS.get(entity.label_)
            start, end = entity.start_char, entity.end_char
            if kind is None or any(m.start < end and start < m.end for m in known):
                continue
            added.append(TagMatch(start, end, entity.text, _normalise(entity.text), kind))
        return added


def _load_pipeline(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except OSError as error:
        raise TagError(
            f"spaCy pipeline {name!r} is not installed: install it "
            f"(python -m spacy download {name}) or remove the pipeline setting ({error})"
        ) from None


@lru_cache(maxsize=4)
def _builtin_names(language: str) -> tuple[tuple[str, tuple[str, TagKind]], ...]:
    """The names from CLDR and the data files, as (normalised form, (tag, kind))."""
    from babel import Locale

    places = _data_file(f"places-{language}.yml")
    demonyms = _data_file(f"demonyms-{language}.yml")
    overrides: dict[str, Any] = places.get("countries") or {}
    excluded = {
        _normalise(variant)
        for name in places.get("exclude") or []
        for variant in _name_variants(str(name), language)
    }
    names: dict[str, tuple[str, TagKind]] = {}

    def add(forms: Iterable[str], tag: str, kind: TagKind) -> None:
        for form in forms:
            key = _normalise(form)
            if key and key not in excluded:
                names[key] = (tag, kind)

    territories: dict[str, str] = dict(Locale(language).territories)
    countries = {
        code: cldr_name
        for code, cldr_name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }
    tags = {
        code: str((overrides.get(code) or {}).get("tag") or cldr_name)
        for code, cldr_name in countries.items()
    }
    for code, cldr_name in countries.items():
        extra = (overrides.get(code) or {}).get("names") or []
        for form in (cldr_name, tags[code], *extra):
            add(_name_variants(str(form), language), tags[code], "country")
    for code, stems in demonyms.items():
        if code in tags:
            for stem in stems:
                add(_adjective_forms(str(stem), language), tags[code], "country")
    for place, other_names in (places.get("places") or {}).items():
        for form in (place, *(other_names or [])):
            add(_name_variants(str(form), language), str(place), "place")
    return tuple(names.items())


def _data_file(name: str) -> dict[str, Any]:
    text = resources.files("timeline").joinpath("data", name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return data if isinstance(data, dict) else {}


def _name_variants(name: str, language: str) -> list[str]:
    """The name and, in German, its genitive in -s ("Russlands", "Kremls")."""
    name = name.strip()
    variants = [name]
    if language == "de" and name and name[-1].islower() and name[-1] not in "sxzß":
        variants.append(name + "s")
    return variants


def _adjective_forms(stem: str, language: str) -> list[str]:
    forms = []
    for ending in _ADJECTIVE_ENDINGS[language]:
        form = stem + ending
        # Capitalised at the start of a sentence: "Russische Truppen".
        forms += [form, form[0].upper() + form[1:]]
    return list(dict.fromkeys(forms))


def _name_tokens(name: str) -> list[str]:
    return _TOKEN_RE.findall(name)


def _normalise(text: str) -> str:
    """The part from the first to the last word character, with spaces collapsed."""
    words = list(_TOKEN_RE.finditer(text))
    if not words:
        return ""
    core = text[words[0].start() : words[-1].end()].replace("’", "'")
    return _SPACE_RE.sub(" ", core)
