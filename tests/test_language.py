"""Language detection by function-word counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.language import MIN_HITS, SAMPLE_CHARS, detect_language, guess_language

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"

ENGLISH = (
    "North Korea has supplied Russia with ballistic missiles that were fired at Ukraine "
    "on Dec. 30 and Jan. 2, the United States and its partners said on Tuesday in a "
    "joint statement."
)


@pytest.mark.needs_shared
@pytest.mark.parametrize("name", ["000_db51c7784b527bdd.txt", "001_40e76f6f69788ade.txt"])
def test_seeds_are_german(name: str) -> None:
    assert detect_language((SEEDS / name).read_text(encoding="utf-8")) == "de"


def test_english_snippet() -> None:
    guess = guess_language(ENGLISH)
    assert guess.language == "en"
    assert guess.scores["en"] >= MIN_HITS
    assert guess.scores["de"] == 0


@pytest.mark.parametrize(
    "text", ["", "Kim Jong Un und Putin.", "2024-01-09", "Berlin, London, Paris"]
)
def test_too_little_evidence_is_undecided(text: str) -> None:
    assert detect_language(text) is None


def test_evenly_mixed_text_is_undecided() -> None:
    mixed = (
        "Der Präsident und die Regierung haben mit der Opposition gesprochen. "
        "The president and the government have been talking with the opposition about it."
    )
    assert detect_language(mixed) is None


def test_other_languages_are_undecided() -> None:
    french = (
        "Le gouvernement a annoncé mardi de nouvelles sanctions contre la Corée du Nord, "
        "qui a livré des missiles balistiques à la Russie pour la guerre en Ukraine."
    )
    assert detect_language(french) is None


def test_only_the_opening_is_read() -> None:
    german = "Die Regierung hat mit der Opposition über die Lage gesprochen. " * 2
    padding = "x " * (SAMPLE_CHARS // 2)
    assert detect_language(german + padding + ENGLISH * 50) == "de"
