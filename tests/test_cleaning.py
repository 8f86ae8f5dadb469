"""Cleaning of article bodies: page furniture goes, sentences stay as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.cleaning import clean_text

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
SEED_000 = SEEDS / "000_db51c7784b527bdd.txt"
SEED_001 = SEEDS / "001_40e76f6f69788ade.txt"
ARTEFACTS = (
    "WERBUNG",
    "WARUM IST ES WICHTIG",
    "WICHTIGSTE ZITATE",
    "KONTEXT",
    "Von Kanishka Singh",
    "Von Reuters",
    "source site-20",
    "WASHINGTON (Reuters)",
)


@pytest.mark.needs_shared
@pytest.mark.parametrize("seed", [SEED_000, SEED_001], ids=["000", "001"])
def test_seed_loses_every_artefact_and_keeps_every_sentence(seed: Path) -> None:
    raw = seed.read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    for artefact in ARTEFACTS:
        assert artefact not in cleaned.text
    sentences_kept = 0
    for line in raw.splitlines():
        line = line.removeprefix("WASHINGTON (Reuters) – ")
        if line.endswith((".", "“", '"')) and not line.isupper():
            assert line in cleaned.text.split("\n\n")
            sentences_kept += 1
    assert sentences_kept >= 9


@pytest.mark.needs_shared
def test_seed_001_headline_byline_and_dateline() -> None:
    cleaned = clean_text(SEED_001.read_text(encoding="utf-8"))
    headline = "USA und Partner verurteilen Waffentransfers zwischen Nordkorea und Russland"
    assert cleaned.headline == headline
    assert cleaned.byline == "Kanishka Singh"
    assert cleaned.text.startswith("Eine gemeinsame Erklärung der Vereinigten Staaten")
    assert cleaned.text.endswith("militärischer Ausrüstung mit Nordkorea.")
    assert "WASHINGTON (Reuters) –" in cleaned.removed
    assert "source site-20" in cleaned.removed


@pytest.mark.needs_shared
def test_seed_000_first_sentence_is_not_a_headline() -> None:
    cleaned = clean_text(SEED_000.read_text(encoding="utf-8"))
    assert cleaned.headline is None
    assert cleaned.byline is None
    assert cleaned.text.startswith("Die Europäische Union und die USA haben Nordkorea")
    assert cleaned.removed == ("WERBUNG",)


@pytest.mark.parametrize(
    "marker", ["WERBUNG", "ANZEIGE", "ADVERTISEMENT", "Anzeige", "- Anzeige -", "***"]
)
def test_ad_markers_and_rules_are_dropped(marker: str) -> None:
    cleaned = clean_text(f"Erster Satz.\n\n{marker}\n\nZweiter Satz.")
    assert cleaned.text == "Erster Satz.\n\nZweiter Satz."


@pytest.mark.parametrize(
    "byline", ["Von Kanishka Singh", "By Jane Doe", "Von Anna Roth und Ben Kurz"]
)
def test_bylines_are_dropped_and_kept_as_byline(byline: str) -> None:
    cleaned = clean_text(f"Ein Satz über die Lage.\n\n{byline}\n\nNoch ein Satz.")
    assert cleaned.text == "Ein Satz über die Lage.\n\nNoch ein Satz."
    assert cleaned.byline == byline.split(" ", 1)[1]


def test_sentence_starting_with_von_is_kept() -> None:
    text = "Von Moskau aus flogen die Raketen weiter.\n\nVon den Angriffen war die Stadt betroffen"
    assert clean_text("Titel der Meldung hier.\n\n" + text).text.endswith(text)


def test_title_repeated_as_first_line_is_removed() -> None:
    cleaned = clean_text(
        "EU verurteilt Nordkorea\nDie EU hat Nordkorea verurteilt.", title="EU verurteilt Nordkorea"
    )
    assert cleaned.text == "Die EU hat Nordkorea verurteilt."
    assert cleaned.headline == "EU verurteilt Nordkorea"


def test_headline_without_title_is_recognised_only_when_set_apart() -> None:
    assert clean_text("Kurze Überschrift\n\nDer Text beginnt hier.").headline == "Kurze Überschrift"
    # Without a blank line after it, the first line may be a wrapped sentence.
    wrapped = clean_text("Die Regierung hat am Montag\nneue Sanktionen beschlossen.")
    assert wrapped.headline is None
    assert wrapped.text == "Die Regierung hat am Montag neue Sanktionen beschlossen."


def test_line_break_after_a_sentence_starts_a_paragraph() -> None:
    assert clean_text("Erster Satz.\nZweiter Satz.").text == "Erster Satz.\n\nZweiter Satz."


@pytest.mark.parametrize(
    "dateline",
    ["WASHINGTON (Reuters) – ", "Berlin (dpa) - ", "KIEW, 9. Januar (AFP) — ", "MOSKAU – "],
)
def test_datelines_are_cut_from_the_first_paragraph(dateline: str) -> None:
    sentence = "Die Regierung hat am Montag neue Sanktionen beschlossen."
    assert clean_text(dateline + sentence).text == sentence


def test_text_in_parentheses_that_is_not_an_agency_is_kept() -> None:
    sentence = "Die Regierung (CDU) – so hieß es – hat am Montag entschieden."
    assert clean_text(sentence).text == sentence


@pytest.mark.parametrize(
    "trailer",
    [
        "source site-20",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "(Berichterstattung von Anna Roth; Redaktion: Ben Kurz)",
        "© Beispielzeitung 2024",
    ],
)
def test_trailers_are_dropped_at_the_end_only(trailer: str) -> None:
    assert clean_text(f"Ein Satz.\n\n{trailer}").text == "Ein Satz."


def test_markdown_headings_links_and_bold_are_removed() -> None:
    raw = (
        "# Die Schlagzeile\n\nDie [EU](https://example.org/eu) hat **scharf** reagiert.\n\n"
        "## Hintergrund\n\n![Bild](bild.png)\nNordkorea liefert Raketen.<!-- note -->"
    )
    cleaned = clean_text(raw, markdown=True)
    assert cleaned.headline == "Die Schlagzeile"
    assert cleaned.text == "Die EU hat scharf reagiert.\n\nNordkorea liefert Raketen."


def test_plain_text_keeps_brackets_and_hashes() -> None:
    sentence = "Die Zahl #1 [sic] stieg (laut Angaben) auf 30."
    assert clean_text(sentence).text == sentence


def test_windows_line_endings_and_bom() -> None:
    assert clean_text("\ufeffErster Satz.\r\n\r\nZweiter Satz.\r\n").text == (
        "Erster Satz.\n\nZweiter Satz."
    )
