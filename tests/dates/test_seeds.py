"""The date sentences of the two seed articles, tagged against their publication dates.

Event extraction depends on these values (shared/gold/seeds.yml): 000 was
published on Wednesday 2024-01-10, 001 on Tuesday 2024-01-09.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.dates import tag

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"
DCT_000 = date(2024, 1, 10)
DCT_001 = date(2024, 1, 9)

SENTENCES_000 = [
    (
        '"Die Weitergabe dieser Waffen vergrößert das Leid des ukrainischen Volkes", erklärten '
        "die beiden westlichen Verbündeten in einer am Mittwochmorgen veröffentlichten Erklärung.",
        [("Mittwochmorgen", "TIME", "2024-01-10TMO")],
    ),
    (
        "Die Koalition wirft Moskau ausdrücklich vor, bei zwei konkreten Gelegenheiten von "
        "Pjöngjang gelieferte ballistische Raketen abgefeuert zu haben: Am 30. Dezember und am "
        "2. Januar.",
        [("30. Dezember", "DATE", "2023-12-30"), ("2. Januar", "DATE", "2024-01-02")],
    ),
    (
        "An diesen Tagen fand der größte Luftangriff Russlands auf die Ukraine seit Beginn des "
        "Krieges im Februar 2022 statt, bei dem mehr als 30 Menschen getötet und Hunderte "
        "verletzt wurden.",
        [("Februar 2022", "DATE", "2022-02")],
    ),
    (
        "Die schweren Bombardierungen erfolgen zu einer Zeit, in der die Kämpfe vor Ort aufgrund "
        "des harten Winters weitgehend zum Erliegen gekommen sind.",
        [],
    ),
    (
        "Der Westen hat die mögliche Zusammenarbeit zwischen Russland und Nordkorea seit dem "
        "persönlichen Treffen zwischen Wladimir Putin und Kim Jon Un im September genau "
        "beobachtet.",
        [("September", "DATE", "2023-09")],
    ),
    (
        "Das Kommuniqué wurde von fast 50 Nationen mitunterzeichnet, darunter Japan, Südkorea.",
        [],
    ),
]

SENTENCES_001 = [
    (
        "Eine gemeinsame Erklärung der Vereinigten Staaten und ihrer Partner verurteilte am "
        "Dienstag Waffentransfers zwischen Nordkorea und Russland, einschließlich dessen, was "
        "sie als Russlands Beschaffung nordkoreanischer ballistischer Raketen und Moskaus "
        "Einsatz dieser gegen die Ukraine am 30. Dezember bezeichneten 2. Januar.",
        [("Dienstag", "DATE", "2024-01-09"), ("30. Dezember", "DATE", "2023-12-30"),
         ("2. Januar", "DATE", "2024-01-02")],
    ),
    (
        "Der nordkoreanische Staatschef Kim Jong Un traf im vergangenen September in der Region "
        "Fernost Russlands mit Präsident Wladimir Putin zusammen.",
        [("vergangenen September", "DATE", "2023-09")],
    ),
    (
        "Letzte Woche sagte das Weiße Haus, Russland habe aus Nordkorea stammende ballistische "
        "Kurzstreckenraketen (SRBMs) eingesetzt.",
        [("Letzte Woche", "DATE", "2024-W01")],
    ),
    (
        "„Wir verurteilen aufs Schärfste den Export (Nordkoreas) und den Einsatz dieser Raketen "
        "durch Russland gegen die Ukraine am 30. Dezember 2023 und 2. Januar 2024“, heißt es in "
        "der gemeinsamen Erklärung hinzugefügt.",
        [("30. Dezember 2023", "DATE", "2023-12-30"), ("2. Januar 2024", "DATE", "2024-01-02")],
    ),
    (
        "Auf die Vorwürfe angesprochen sagte Kreml-Sprecher Dmitri Peskow am Dienstag in einem "
        "Telefonat mit Reportern: „Kein Kommentar.“",
        [("Dienstag", "DATE", "2024-01-09")],
    ),
    (
        "Russland griff letzte Woche Charkiw mit mehreren Raketen an, wobei bei einem der größten "
        "Raketen- und Drohnenangriffe seit Beginn des groß angelegten Krieges im Februar 2022 "
        "zwei Menschen getötet und über 60 verletzt wurden.",
        [("letzte Woche", "DATE", "2024-W01"), ("Februar 2022", "DATE", "2022-02")],
    ),
    (
        "Nordkorea unterliegt seit seinem ersten Atombombentest im Jahr 2006 einem "
        "Waffenembargo der Vereinten Nationen.",
        [("Jahr 2006", "DATE", "2006")],
    ),
]


def triples(text: str, dct: date) -> list[tuple[str, str, str]]:
    found = tag(text, "de", dct)
    for timex in found:
        assert text[timex.start:timex.end] == timex.text
    return [(timex.text, timex.type.value, timex.value) for timex in found]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES_000)
def test_seed_000_sentences(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(sentence, DCT_000) == expected


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES_001)
def test_seed_001_sentences(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(sentence, DCT_001) == expected


def test_relative_values_are_marked_relative() -> None:
    found = tag(SENTENCES_001[0][0], "de", DCT_001)
    assert [timex.relative for timex in found] == [True, True, True]
    absolute = tag(SENTENCES_001[3][0], "de", DCT_001)
    assert [timex.relative for timex in absolute] == [False, False]


@pytest.mark.needs_shared
@pytest.mark.parametrize(
    ("name", "dct", "expected"),
    [
        (
            "000_db51c7784b527bdd",
            DCT_000,
            ["2024-01-10TMO", "2023-12-30", "2024-01-02", "2022-02", "2023-09"],
        ),
        (
            "001_40e76f6f69788ade",
            DCT_001,
            ["2024-01-09", "2023-12-30", "2024-01-02", "2023-09", "2024-W01", "2023-12-30",
             "2024-01-02", "2024-01-09", "2024-W01", "2022-02", "2006"],
        ),
    ],
)
def test_whole_seed_articles(name: str, dct: date, expected: list[str]) -> None:
    path = SEEDS / f"{name}.txt"
    text = path.read_text(encoding="utf-8")
    found = tag(text, "de", dct)
    dated = [timex.value for timex in found if timex.type.value in ("DATE", "TIME")]
    assert dated == expected
