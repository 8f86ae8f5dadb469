"""German titles: what taking a date out leaves, the clause a colon opens, and the
shortening that keeps the object and the verb that closes the clause.

Hand-written sentences with the date phrase that dates the event; the expected
title is what a reader should understand as what happened.
"""

from __future__ import annotations

import pytest
from titlecases import title_for


def _title(sentence: str, *phrases: str) -> str:
    return title_for(sentence, *phrases, language="de").text


@pytest.mark.parametrize(
    ("sentence", "phrases", "expected"),
    [
        # the clause after a colon is the one the date belongs to
        ("Im ersten Versuch war der Antrag gescheitert, im zweiten klappte es: Der Stadtrat "
         "stimmte am Dienstag dem Plan zu.", ["Dienstag"], "Der Stadtrat stimmte dem Plan zu"),
        # a weekday that restates the date taken out goes with it
        ("Drei Tage später, am Freitag, sperrte die Stadt die Straße.", ["Drei Tage später"],
         "Die Stadt sperrte die Straße"),
        # "in der Nacht": the article goes when a verb, not a noun, follows the date
        ("In der Nacht zum Sonntag stürzte ein etwa 10 Meter langes Stück der Mauer ein.",
         ["Nacht zum Sonntag"], "Ein etwa 10 Meter langes Stück der Mauer stürzte ein"),
        # a road keeps its number; "ab Montag" and a clock time between two hours go
        ("Ab Montag wird die B 12 zwischen Adorf und Bedorf jeweils nachts zwischen 22 und 6 "
         "Uhr gesperrt.", ["Montag", "22 und 6 Uhr"],
         "Die B 12 wird zwischen Adorf und Bedorf jeweils nachts gesperrt"),
        # an impersonal frame with "bestätigte" goes; phrases before the closing verb go
        ("Die Staatsanwaltschaft hat am Montag ein Ermittlungsverfahren wegen des Verdachts der "
         "Untreue gegen zwei Mitarbeiter der Stadtwerke eingeleitet, wie ein Sprecher "
         "bestätigte.", ["Montag"],
         "Die Staatsanwaltschaft hat ein Ermittlungsverfahren eingeleitet"),
    ],
)
def test_taking_the_date_out_leaves_a_sentence(
    sentence: str, phrases: list[str], expected: str
) -> None:
    assert _title(sentence, *phrases) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # no verb closes the clause: a phrase that says where goes, the object stays
        ("Vergangene Woche beantragten die Grünen und die Linke im Stadtrat deshalb einen "
         "ausführlichen Untersuchungsbericht zur Brücke.", "Vergangene Woche",
         "Die Grünen und die Linke beantragten deshalb einen ausführlichen Untersuchungsbericht "
         "zur Brücke"),
        # a second verb phrase whose content is cut off goes after "und"
        ("Der Zeuge war im Herbst 2019 aufgetaucht und hatte den Ermittlern erklärt, er wisse "
         "etwas über den Verbleib des Geldes aus dem Tresor der Bank.", "im Herbst 2019",
         "Der Zeuge war aufgetaucht"),
        # an opening phrase that holds phrases of its own ends at the auxiliary
        ("Im Streit um Löhne und Schichtpläne im Hafen von Adorf haben sich die Gewerkschaft "
         "und die Arbeitgeber am Montag auf einen neuen Vertrag geeinigt.", "am Montag",
         "Die Gewerkschaft und die Arbeitgeber haben sich auf einen neuen Vertrag geeinigt"),
        # what was promised stays with "versprochen"
        ("Bei seinem Besuch in der Stadthalle am 5. März hatte der Minister versprochen, den "
         "Neubau der Brücke zu beschleunigen.", "am 5. März",
         "Bei seinem Besuch hatte der Minister versprochen, den Neubau der Brücke zu "
         "beschleunigen"),
    ],
)
def test_a_long_title_keeps_its_object_and_closing_verb(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase) == expected


def test_clauses_a_semicolon_joins_title_the_one_with_the_date() -> None:
    assert _title(
        "Das Ergebnis stand am Abend noch aus; am Montag glaubte jedoch niemand daran, dass "
        "etwas schiefgehen könnte.", "am Abend",
    ) == "Das Ergebnis stand noch aus"


def test_a_date_that_is_the_predicate_stays() -> None:
    assert _title("Start war am 1. Juli.", "1. Juli") == "Start war am 1. Juli"
