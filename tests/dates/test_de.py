"""German temporal expressions: extents, types and TIMEX3 values, one family at a time.

Unless a case says otherwise the DCT is Wednesday 2024-01-10 (ISO week 2).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import Timex, tag
from timeline.dates.de_words import is_weak_preterite

DCT = date(2024, 1, 10)

Expected = list[tuple[str, str, str]]


def found(text: str, dct: date | None = DCT) -> list[Timex]:
    timexes = tag(text, "de", dct)
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text
    return timexes


def triples(text: str, dct: date | None = DCT) -> Expected:
    return [(timex.text, timex.type.value, timex.value) for timex in found(text, dct)]


def check(cases: list[tuple[str, Expected]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(("text", "expected"), cases, ids=[c[0][:40] for c in cases])


@check([
    ("Die Frist endet am 30. Dezember 2023.", [("30. Dezember 2023", "DATE", "2023-12-30")]),
    ("Er wurde am 30.12.2023 gewählt.", [("30.12.2023", "DATE", "2023-12-30")]),
    ("Er wurde am 30.12.23 gewählt.", [("30.12.23", "DATE", "2023-12-30")]),
    ("Stand der Daten: 2023-12-30.", [("2023-12-30", "DATE", "2023-12-30")]),
    ("Am Dienstag, dem 9. Januar, wurde abgestimmt.",
     [("Dienstag, dem 9. Januar", "DATE", "2024-01-09")]),
    ("Die Sitzung am 3. Jänner 2023 und jene vom 5. Sept. 2021.",
     [("3. Jänner 2023", "DATE", "2023-01-03"), ("5. Sept. 2021", "DATE", "2021-09-05")]),
    ("Die Einheit kam am dritten Oktober 1990.", [("dritten Oktober 1990", "DATE", "1990-10-03")]),
    ("Am 30. Dezember vergangenen Jahres wurde geschossen.",
     [("30. Dezember vergangenen Jahres", "DATE", "2023-12-30")]),
    ("Der Vertrag vom 23.3.1976 gilt.", [("23.3.1976", "DATE", "1976-03-23")]),
])
def test_full_dates(text: str, expected: Expected) -> None:
    assert triples(text) == expected


def test_weekday_with_date_and_time_uses_that_day() -> None:
    text = "Der Verein lädt am Donnerstag, 25. Februar um 20.30 Uhr nach Bozen."
    assert triples(text, date(2010, 2, 20)) == [
        ("Donnerstag, 25. Februar", "DATE", "2010-02-25"),
        ("20.30 Uhr", "TIME", "2010-02-25T20:30"),
    ]


@check([
    ("Russland hat am 30. Dezember Raketen abgefeuert.", [("30. Dezember", "DATE", "2023-12-30")]),
    ("Die Wahl ist am 2. Februar.", [("2. Februar", "DATE", "2024-02-02")]),
    # Future tense looks ahead even past the DCT's own date.
    ("Das Treffen soll am 5. Januar stattfinden.", [("5. Januar", "DATE", "2025-01-05")]),
    ("Er traf Putin im September.", [("September", "DATE", "2023-09")]),
    ("Die Arbeiten sollen im September beginnen.", [("September", "DATE", "2024-09")]),
    ("Kim traf im vergangenen September Putin.",
     [("vergangenen September", "DATE", "2023-09")]),
    ("Der Krieg begann im Februar 2022.", [("Februar 2022", "DATE", "2022-02")]),
    ("Im Juli dieses Jahres wird gebaut.", [("Juli dieses Jahres", "DATE", "2024-07")]),
    ("Der erste Test war im Jahr 2006.", [("Jahr 2006", "DATE", "2006")]),
    ("Das Werk wurde 2006 gebaut.", [("2006", "DATE", "2006")]),
    ("Ende Dezember wurde abgestimmt.", [("Ende Dezember", "DATE", "2023-12")]),
    ("Mitte der 1990er Jahre wurde das Werk gebaut.",
     [("Mitte der 1990er Jahre", "DATE", "199")]),
    ("In den 1990er Jahren war das anders.", [("den 1990er Jahren", "DATE", "199")]),
    ("In den Neunzigerjahren war das anders.", [("den Neunzigerjahren", "DATE", "199")]),
    ("Das Problem begann 1925/26 in Meran.", [("1925/26", "DATE", "192")]),
    ("Im 19. Jahrhundert wurde die Kirche gebaut.", [("19. Jahrhundert", "DATE", "18")]),
])
def test_underspecified_dates_months_and_years(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "mod"),
    [("Anfang Januar kam es zu Protesten.", "START"), ("Ende 2019 war Schluss.", "END"),
     ("Mitte der 1990er Jahre wurde gebaut.", "MID"), ("Im Jahr 2019 war Schluss.", None)],
)
def test_modifiers(text: str, mod: str | None) -> None:
    (timex,) = found(text)
    assert timex.mod == mod


@check([
    ("Am Dienstag sagte er nichts.", [("Dienstag", "DATE", "2024-01-09")]),
    ("Am Freitag wird abgestimmt.", [("Freitag", "DATE", "2024-01-12")]),
    ("Am Mittwochmorgen wurde die Erklärung veröffentlicht.",
     [("Mittwochmorgen", "TIME", "2024-01-10TMO")]),
    ("Am Dienstagabend sprach der Rat.", [("Dienstagabend", "TIME", "2024-01-09TEV")]),
    ("Gestern Abend kam er an.", [("Gestern Abend", "TIME", "2024-01-09TEV")]),
    ("Er war gestern morgen um 8.30 Uhr dort.",
     [("gestern morgen", "TIME", "2024-01-09TMO"), ("8.30 Uhr", "TIME", "2024-01-09T08:30")]),
    # Past tense on a weekday is the weekend just past; otherwise the coming one.
    ("Am Wochenende wurde gefeiert.", [("Wochenende", "DATE", "2024-W01-WE")]),
    ("Am Wochenende wird gefeiert.", [("Wochenende", "DATE", "2024-W02-WE")]),
    ("Am vergangenen Wochenende wurde gefeiert.",
     [("vergangenen Wochenende", "DATE", "2024-W01-WE")]),
    ("Am Montag vergangener Woche wurde er verhaftet.",
     [("Montag vergangener Woche", "DATE", "2024-01-01")]),
    ("Er kam gestern an. Am Nachmittag reiste er ab.",
     [("gestern", "DATE", "2024-01-09"), ("Nachmittag", "TIME", "2024-01-09TAF")]),
    ("Am heutigen Samstag beginnt der Markt.", [("Samstag", "DATE", "2024-01-10")]),
    ("Am Abend des 9. November 1989 fiel die Mauer.",
     [("Abend des 9. November 1989", "TIME", "1989-11-09TEV")]),
    ("Vergangene Nacht brannte es.", [("Vergangene Nacht", "TIME", "2024-01-09TNI")]),
    # A strong preterite of a separable verb ("focht ... an") is past tense.
    ("Sie focht am Montag das Ergebnis an.", [("Montag", "DATE", "2024-01-08")]),
])
def test_weekdays_and_parts_of_day(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Das geschah gestern und vorgestern.",
     [("gestern", "DATE", "2024-01-09"), ("vorgestern", "DATE", "2024-01-08")]),
    ("Morgen beginnt die Messe, übermorgen endet sie.",
     [("Morgen", "DATE", "2024-01-11"), ("übermorgen", "DATE", "2024-01-12")]),
    ("Heute ist es ruhig.", [("Heute", "DATE", "2024-01-10")]),
    ("Letzte Woche sagte das Weiße Haus nichts.", [("Letzte Woche", "DATE", "2024-W01")]),
    ("Nächste Woche wird gewählt, diese Woche nicht.",
     [("Nächste Woche", "DATE", "2024-W03"), ("diese Woche", "DATE", "2024-W02")]),
    ("In der kommenden Woche stimmt das Parlament ab.",
     [("der kommenden Woche", "DATE", "2024-W03")]),
    ("Vergangenes Jahr stiegen die Preise.", [("Vergangenes Jahr", "DATE", "2023")]),
    ("Nächsten Monat wird gewählt.", [("Nächsten Monat", "DATE", "2024-02")]),
    ("Noch innerhalb dieses Jahres wird gebaut.", [("dieses Jahres", "DATE", "2024")]),
    ("Im Vorjahr war es anders, heuer ist alles neu.",
     [("Vorjahr", "DATE", "2023"), ("heuer", "DATE", "2024")]),
    ("Vor zwei Jahren begann der Bau.", [("zwei Jahren", "DATE", "2022")]),
    ("Vor drei Tagen begann der Bau.", [("drei Tagen", "DATE", "2024-01-07")]),
    ("Ende des Jahres wird gewählt.", [("Ende des Jahres", "DATE", "2024")]),
    ("Anfang nächsten Jahres wird gewählt.", [("Anfang nächsten Jahres", "DATE", "2025")]),
    ("Übernächste Woche wird gewählt.", [("Übernächste Woche", "DATE", "2024-W04")]),
])
def test_relative_expressions(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Jetzt wird es ernst.", [("Jetzt", "DATE", "PRESENT_REF")]),
    ("Derzeit läuft es gut.", [("Derzeit", "DATE", "PRESENT_REF")]),
    ("Damals war alles anders.", [("Damals", "DATE", "PAST_REF")]),
    ("Bald kommt er zurück.", [("Bald", "DATE", "FUTURE_REF")]),
    ("Der Ex-Minister und die ehemalige Präsidentin.",
     [("Ex", "DATE", "PAST_REF"), ("ehemalige", "DATE", "PAST_REF")]),
])
def test_references(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Im Winter 2024 war es kalt.", [("Winter 2024", "DATE", "2024-WI")]),
    ("Im Sommer 2023 regnete es.", [("Sommer 2023", "DATE", "2023-SU")]),
    ("Im Herbst war er in Rom.", [("Herbst", "DATE", "2023-FA")]),
    ("Letzten Sommer regnete es.", [("Letzten Sommer", "DATE", "2023-SU")]),
    ("Im Sommer vergangenen Jahres war es heiß.",
     [("Sommer vergangenen Jahres", "DATE", "2023-SU")]),
    ("Die Sitzung wird im Frühjahr stattfinden.", [("Frühjahr", "DATE", "2024-SP")]),
    ("Im Winter ist es in den Bergen kalt.", []),
    ("Die Kämpfe ruhen aufgrund des harten Winters.", []),
    ("Im vierten Quartal 2023 stieg der Umsatz.",
     [("vierten Quartal 2023", "DATE", "2023-Q4")]),
    ("Im 4. Quartal 2023 stieg der Umsatz.", [("4. Quartal 2023", "DATE", "2023-Q4")]),
    ("Im dritten Quartal stieg der Umsatz.", [("dritten Quartal", "DATE", "2023-Q3")]),
    ("Im ersten Halbjahr 2023 sank er.", [("ersten Halbjahr 2023", "DATE", "2023-H1")]),
    ("Zu Weihnachten kam die Familie.", [("Weihnachten", "DATE", "2023-12-25")]),
    ("Ostern 2024 war früh.", [("Ostern 2024", "DATE", "2024-03-31")]),
])
def test_seasons_quarters_halves_holidays(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Die Ausstellung läuft vom 1. bis 3. März.",
     [("1.", "DATE", "2024-03-01"), ("3. März", "DATE", "2024-03-03")]),
    ("Zwischen 2019 und 2021 stieg die Zahl.",
     [("2019", "DATE", "2019"), ("2021", "DATE", "2021")]),
    ("Sie leisteten zwischen 1943 bis 1945 Zwangsarbeit.",
     [("1943", "DATE", "1943"), ("1945", "DATE", "1945")]),
    ("Die Jahre 2019–2021 waren schwer.", [("2019", "DATE", "2019"), ("2021", "DATE", "2021")]),
])
def test_ranges_give_two_expressions(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Um 20.30 Uhr beginnt das Konzert, um 8 Uhr das Frühstück.",
     [("20.30 Uhr", "TIME", "2024-01-10T20:30"), ("8 Uhr", "TIME", "2024-01-10T08:00")]),
    ("Der Markt ist von 14.30-18 Uhr offen.",
     [("14.30", "TIME", "2024-01-10T14:30"), ("18 Uhr", "TIME", "2024-01-10T18:00")]),
    ("Geöffnet ab  20  Uhr.", [("20  Uhr", "TIME", "2024-01-10T20:00")]),
    ("Geöffnet 8–12 Uhr und 14.30–18 Uhr.",
     [("8", "TIME", "2024-01-10T08:00"), ("12 Uhr", "TIME", "2024-01-10T12:00"),
      ("14.30", "TIME", "2024-01-10T14:30"), ("18 Uhr", "TIME", "2024-01-10T18:00")]),
    ("Die Veranstaltung am 16. 3. beginnt um 9.30 Uhr.",
     [("16. 3.", "DATE", "2024-03-16"), ("9.30 Uhr", "TIME", "2024-03-16T09:30")]),
    ("Die Sitzung am Dienstag, 9. Januar 2024, um 14 Uhr.",
     [("Dienstag, 9. Januar 2024", "DATE", "2024-01-09"), ("14 Uhr", "TIME", "2024-01-09T14:00")]),
])
def test_times(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Die EU verlängert um zwei Jahre.", [("zwei Jahre", "DURATION", "P2Y")]),
    ("Er wartet seit drei Wochen.", [("drei Wochen", "DURATION", "P3W")]),
    ("Innerhalb von sechs Monaten wurde umgebaut.", [("sechs Monaten", "DURATION", "P6M")]),
    ("Ein fast 100-jähriges Problem wird gelöst.",
     [("fast 100-jähriges", "DURATION", "P100Y")]),
    ("Er arbeitet seit Jahren dort.", [("Jahren", "DURATION", "PXY")]),
    ("Das dauerte 24 Stunden.", [("24 Stunden", "DURATION", "PT24H")]),
    ("Das dauerte ein halbes Jahr.", [("ein halbes Jahr", "DURATION", "P0.5Y")]),
    ("Er hat jahrelang betrogen.", [("jahrelang", "DURATION", "PXY")]),
    ("Die 14-Tage-Frist läuft.", [("14-Tage", "DURATION", "P14D")]),
    ("In den vergangenen zwei Jahrzehnten starben viele.",
     [("den vergangenen zwei Jahrzehnten", "DURATION", "P2DE")]),
    ("Der 54-jährige Mann wurde verurteilt.", []),
    ("Wählen darf man ab 16 Jahren.", []),
])
def test_durations(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Jeden Montag trifft sich der Rat.", [("Jeden Montag", "SET", "XXXX-WXX-1")]),
    ("Das kostet jährlich 2 Millionen.", [("jährlich", "SET", "P1Y")]),
    ("Die Kontrolle erfolgt täglich.", [("täglich", "SET", "P1D")]),
    ("Die monatlichen Gebühren steigen.", [("monatlichen", "SET", "P1M")]),
    ("Das Museum ist montags geschlossen.", [("montags", "SET", "XXXX-WXX-1")]),
    ("Die Miete beträgt 900 Euro pro Monat.", [("pro Monat", "SET", "P1M")]),
    ("Alle zwei Jahre wird gewählt.", [("Alle zwei Jahre", "SET", "P2Y")]),
    ("Samstags ist Markt.", [("Samstags", "SET", "XXXX-WXX-6")]),
    ("Am 1. und 3. Sonntag im Monat ist Messe.", [("3. Sonntag im Monat", "SET", "P1M")]),
    ("Der Rat tagt zweimal im Jahr.", [("zweimal im Jahr", "SET", "P1Y")]),
])
def test_sets(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Das kostet 700 Euro.",
        "Das Kommuniqué wurde von fast 50 Nationen unterzeichnet.",
        "Zwei Menschen wurden getötet und über 60 verletzt.",
        "2000 Menschen kamen zur Kundgebung.",
        "Die Grenze liegt bei 1500 Metern.",
        "Mai sagte, dass die Mitarbeiter mit die Ergebnisse zufrieden seien.",
        "Der 1. FC Köln spielt in der 2. Liga.",
        "Tel. 0471 123456, Fax 0471 654321.",
        "Der Preis ist um 3,5 Prozent gestiegen.",
        "Das Menü stand unter dem Motto „Weihnachten“.",
        "Der Roman von August Strindberg wurde gelesen.",
    ],
)
def test_numbers_and_names_are_not_dates(text: str) -> None:
    assert triples(text) == []


@check([
    ("Er wurde 2015 gewählt und im selben Jahr abgesetzt.",
     [("2015", "DATE", "2015"), ("selben Jahr", "DATE", "2015")]),
    ("Start war am 1. Juli. In der ersten Woche wurde gebastelt, in der Woche darauf gemalt.",
     [("1. Juli", "DATE", "2023-07-01"), ("der ersten Woche", "DATE", "2023-W26"),
      ("der Woche darauf", "DATE", "2023-W27")]),
    ("Im selben Jahr kam er.", []),
])
def test_expressions_anchored_on_the_date_before(text: str, expected: Expected) -> None:
    assert triples(text) == expected


def test_counts_next_to_years_are_not_years() -> None:
    assert triples("Davon starben 2000 im Jahr 2011 und 1700 im vergangenen Jahr.") == [
        ("Jahr 2011", "DATE", "2011"), ("vergangenen Jahr", "DATE", "2023"),
    ]


@check([
    ("Am 30. Dezember wurde gefeuert.", [("30. Dezember", "DATE", "XXXX-12-30")]),
    ("Am Dienstag wurde gefeuert.", [("Dienstag", "DATE", "XXXX-WXX-2")]),
    ("Letzte Woche wurde gefeuert.", [("Letzte Woche", "DATE", "XXXX-WXX")]),
    ("Im September wurde gefeuert.", [("September", "DATE", "XXXX-09")]),
    ("Heute wurde gefeuert.", [("Heute", "DATE", "XXXX-XX-XX")]),
    ("Am 30. Dezember 2023 wurde gefeuert.", [("30. Dezember 2023", "DATE", "2023-12-30")]),
])
def test_without_dct_relative_values_keep_placeholders(text: str, expected: Expected) -> None:
    assert triples(text, None) == expected


def test_relative_flag_marks_values_that_needed_the_dct() -> None:
    text = "Gestern, am 30. Dezember 2023, und im September sowie zwei Jahre lang."
    flags = {timex.text: timex.relative for timex in found(text)}
    assert flags == {"Gestern": True, "30. Dezember 2023": False, "September": True,
                     "zwei Jahre": False}
    anchored = found("Am 25. Februar 2010 um 20.30 Uhr, gestern um 8 Uhr.")
    assert [(timex.text, timex.relative) for timex in anchored] == [
        ("25. Februar 2010", False), ("20.30 Uhr", False), ("gestern", True), ("8 Uhr", True),
    ]
    without = {timex.text: timex.relative for timex in found(text, None)}
    assert without["Gestern"] is True
    assert without["30. Dezember 2023"] is False


def test_offsets_are_right_across_lines_and_chunks() -> None:
    text = "Erste Zeile.\n\nAm 2. Januar 2024 wurde gewählt.\n" * 3
    timexes = found(text)
    assert [timex.value for timex in timexes] == ["2024-01-02"] * 3
    assert len({timex.start for timex in timexes}) == 3


@pytest.mark.parametrize(
    ("word", "previous", "expected"),
    [
        ("demonstrierten", "wochenende", True),
        ("tagte", "donnerstag", True),
        ("machten", "sie", True),
        ("arbeiten", "sie", False),  # present tense of a verb whose stem ends in t
        ("verletzten", "die", False),  # an adjective after an article
        ("konkreten", "zwei", False),
        ("möchte", "er", False),
        ("letzten", "den", False),
    ],
)
def test_weak_preterites_are_told_from_adjectives(word: str, previous: str, expected: bool) -> None:
    assert is_weak_preterite(word, previous) is expected


@check([
    # Tense read from verb morphology: weak and strong preterites, perfect, future.
    ("Am Donnerstag tagte der Stadtrat.", [("Donnerstag", "DATE", "2024-01-04")]),
    ("Am Donnerstag tagt der Stadtrat.", [("Donnerstag", "DATE", "2024-01-11")]),
    ("Im Februar demonstrierten Bauern.", [("Februar", "DATE", "2023-02")]),
    ("Die Reform wird im März beschlossen.", [("März", "DATE", "2024-03")]),
    ("Die Wahl ist für Freitag geplant.", [("Freitag", "DATE", "2024-01-12")]),
    ("Die Wahl findet im Herbst statt.", [("Herbst", "DATE", "2024-FA")]),
    ("Der Termin wurde auf den 3. Februar verschoben.", [("3. Februar", "DATE", "2024-02-03")]),
])
def test_tense_from_verb_forms(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@check([
    ("Am 3. Januar kam es zu Protesten. Am Vortag war nichts passiert.",
     [("3. Januar", "DATE", "2024-01-03"), ("Vortag", "DATE", "2024-01-02")]),
    ("Er wurde 2017 gewählt, zwei Jahre später abgewählt.",
     [("2017", "DATE", "2017"), ("zwei Jahre später", "DATE", "2019")]),
    ("Zwei Jahre später war alles anders.", [("Zwei Jahre", "DURATION", "P2Y")]),
    ("Die Zahl stieg 2023 gegenüber dem Vorjahr.", [("2023", "DATE", "2023"),
                                                   ("Vorjahr", "DATE", "2022")]),
    ("Die Ministerin äußert sich im Laufe des Tages.", [("des Tages", "DATE", "2024-01-10")]),
    ("Im Laufe der Jahre wuchs die Stadt.", [("der Jahre", "DURATION", "PXY")]),
    ("Die Tat geschah in der Nacht auf Sonntag.", [("Nacht auf Sonntag", "TIME",
                                                    "2024-01-07TNI")]),
    ("Zu Mariä Himmelfahrt war Markt.", [("Mariä Himmelfahrt", "DATE", "2023-08-15")]),
    ("Um die Jahrtausendwende wuchs die Stadt.", [("die Jahrtausendwende", "DATE", "2000")]),
    ("Vor zwei Jahrzehnten war es anders.", [("zwei Jahrzehnten", "DATE", "200")]),
    ("Er wollte 50 statt 30 Jahre.", [("50", "DURATION", "P50Y"),
                                      ("30 Jahre", "DURATION", "P30Y")]),
    ("Die Festspiele finden jährlich im August statt.", [("jährlich", "SET", "P1Y")]),
])
def test_anchored_and_new_expression_families(text: str, expected: Expected) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "bis heute" is "until now" unless it sets a deadline or a time of the day.
    ("Anmeldungen sind bis heute möglich.", [("heute", "DATE", "2024-01-10")]),
    ("Die Frist läuft bis heute.", [("heute", "DATE", "2024-01-10")]),
    ("Bis heute Mittag soll entschieden werden.", [("heute Mittag", "TIME", "2024-01-10TMI")]),
    ("Der Streit dauert bis heute an.", [("heute", "DATE", "PRESENT_REF")]),
    # after a noun: the age, unless the noun is what happens that day
    ("Die Sitzung von heute wurde abgesagt.", [("heute", "DATE", "2024-01-10")]),
    ("Nach dem Deichbruch von gestern steht die Altstadt unter Wasser.",
     [("gestern", "DATE", "2024-01-09")]),
    ("Die Kinder von heute wachsen digital auf.", [("heute", "DATE", "PRESENT_REF")]),
    ("Von heute an gilt das Verbot.", [("heute", "DATE", "2024-01-10")]),
    # comparatives and repeated references
    ("Er kam etwas früher.", []),
    ("Er ist früher als geplant zurückgekehrt.", []),
    ("Früher oder später muss er zahlen.", []),
    ("In der Zeit des Krieges hungerten viele.", []),
    ("In naher Zukunft wird sich das ändern.", [("naher Zukunft", "DATE", "FUTURE_REF")]),
    # sums, halves and adjectives of durations
    ("Der Bau dauerte zwei Stunden und 30 Minuten.",
     [("zwei Stunden und 30 Minuten", "DURATION", "PT2H30M")]),
    ("Er blieb drei Jahre und zwei Jahre später ging er.",
     [("drei Jahre", "DURATION", "P3Y"), ("zwei Jahre", "DURATION", "P2Y")]),
    ("Er wartete eine halbe Stunde.", [("eine halbe Stunde", "DURATION", "PT0.5H")]),
    ("Die mehrwöchige Sperre endet bald.",
     [("mehrwöchige", "DURATION", "PXW"), ("bald", "DATE", "FUTURE_REF")]),
    ("Der ganztägige Workshop ist ausgebucht.", []),
    ("Die Frist beträgt 14 Kalendertage.", [("14 Kalendertage", "DURATION", "P14D")]),
    ("Wochen später wurde er festgenommen.", [("Wochen", "DURATION", "PXW")]),
    ("Er hatte die Waffe Tage zuvor gekauft.", [("Tage", "DURATION", "PXD")]),
    ("Einige Jahre später kehrte er zurück.", [("Einige Jahre", "DURATION", "PXY")]),
    ("Er starb 1990. 12 Jahre lang hatte er regiert.",
     [("1990", "DATE", "1990"), ("12 Jahre", "DURATION", "P12Y")]),
])
def test_ages_references_and_durations_of_issue_12(text: str, expected: Expected) -> None:
    assert triples(text) == expected
