"""Sentences without dates for the scale corpus: quotes, background and figures
that bring an article to news length and make no two articles read alike."""

from __future__ import annotations

import random

from bench.scale_words import (
    ATTRIBUTION_DE,
    ATTRIBUTION_EN,
    BACKGROUND_DE,
    BACKGROUND_EN,
    DEMANDS_DE,
    DEMANDS_EN,
    ORGS_DE,
    ORGS_EN,
    PEOPLE,
    QUOTE_DE,
    QUOTE_EN,
    ROLES,
    SAY_DE,
    SAY_EN,
    TAIL_DE,
    TAIL_EN,
    WOMEN,
)

_GROUPS_DE = ("Anwohner", "Pendler", "Händler", "Eltern", "Beschäftigte", "Rentner",
              "Studierende", "Landwirte", "Pflegekräfte", "Handwerker")
_GROUPS_EN = ("residents", "commuters", "shopkeepers", "parents", "employees", "pensioners",
              "students", "farmers", "care workers", "craftsmen")
_CONCERNS_DE = ("die steigenden Kosten", "fehlende Informationen", "lange Wartezeiten",
                "die Sicherheit", "den Lärm", "die Zukunft ihrer Arbeitsplätze")
_CONCERNS_EN = ("rising costs", "a lack of information", "long waiting times", "safety",
                "the noise", "the future of their jobs")
_TRIES = 8


def lead_attribution(rng: random.Random, lang: str, sentence: str) -> str:
    """The lead sentence, now and then with its source ("..., wie die Polizei mitteilte.")."""
    if rng.random() < 0.5:
        return sentence
    source = rng.choice(ATTRIBUTION_DE if lang == "de" else ATTRIBUTION_EN)
    return f"{sentence[:-1]}, {source}."


class Filler:
    """The undated sentences of one article: no sentence twice, one role per speaker."""

    def __init__(self, rng: random.Random, lang: str, place: str, cast: tuple[str, ...]) -> None:
        self.rng, self.lang, self.place = rng, lang, place
        speakers = [*cast, *rng.sample(PEOPLE, 3)]
        self.roles = {name: _role(rng, lang, name) for name in speakers}
        self.used: set[str] = set()

    def sentence(self) -> str:
        """A quote, a piece of background, a demand or a figure not used before."""
        for _ in range(_TRIES):
            candidate = self._draw()
            if candidate not in self.used:
                break
        self.used.add(candidate)
        return candidate

    def _draw(self) -> str:
        roll = self.rng.random()
        if roll < 0.3:
            return self._quote()
        if roll < 0.6:
            return self._background()
        if roll < 0.8:
            return self._demand()
        return self._voices()

    def _quote(self) -> str:
        rng = self.rng
        speaker = rng.choice(list(self.roles))
        role = self.roles[speaker]
        if self.lang == "de":
            words = f"{rng.choice(QUOTE_DE)}, {rng.choice(TAIL_DE)}"
            return f'"{words}", {rng.choice(SAY_DE)} {speaker}, {role}.'
        words = f"{rng.choice(QUOTE_EN)}, {rng.choice(TAIL_EN)}"
        return f'"{words}," {speaker}, {role}, {rng.choice(SAY_EN)}.'

    def _background(self) -> str:
        rng = self.rng
        line = rng.choice(BACKGROUND_DE if self.lang == "de" else BACKGROUND_EN)
        thousands = "." if self.lang == "de" else ","
        big = f"{rng.randint(40, 900)}{thousands}{rng.randint(100, 999)}"
        return line.format(place=self.place, big=big, small=rng.randint(3, 85))

    def _demand(self) -> str:
        rng = self.rng
        if self.lang == "de":
            verb, thing = rng.choice(DEMANDS_DE)
            return f"{rng.choice(ORGS_DE)} in {self.place} {verb} {thing}."
        verb, thing = rng.choice(DEMANDS_EN)
        return f"{rng.choice(ORGS_EN)} in {self.place} {verb} {thing}."

    def _voices(self) -> str:
        rng = self.rng
        count = rng.randint(2, 40) * 10
        if self.lang == "de":
            group, concern = rng.choice(_GROUPS_DE), rng.choice(_CONCERNS_DE)
            return (f"Bei einer Versammlung in {self.place} äußerten rund {count} {group} "
                    f"ihren Unmut über {concern}.")
        group, concern = rng.choice(_GROUPS_EN), rng.choice(_CONCERNS_EN)
        return f"At a meeting in {self.place}, about {count} {group} voiced anger over {concern}."


def _role(rng: random.Random, lang: str, name: str) -> str:
    woman, man, english = rng.choice(ROLES)
    if lang == "en":
        return english
    return woman if name in WOMEN else man
