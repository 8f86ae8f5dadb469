"""German temporal expressions (being written)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from timeline.dates.types import Timex


def build(nlp: Language) -> object:
    def annotate(doc: Doc, dct: date | None) -> list[Timex]:
        return []

    return annotate
