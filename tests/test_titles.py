"""Titles: a short clause that says what happened, without its date or the page around it.

Each group pins one kind of mistake the rules in :mod:`timeline.titles` and
the ``timeline.title_*`` modules avoid, with small hand-written sentences in both
languages.
"""

from __future__ import annotations

import pytest
from titlecases import title_for

from timeline.title_german import verb_second
from timeline.title_text import remove_dates, sentence_pieces
from timeline.titles import MAX_TITLE, Title


def _make(sentence: str, *phrases: str, language: str = "de") -> Title:
    return title_for(sentence, *phrases, language=language)


def _title(sentence: str, *phrases: str, language: str = "de") -> str:
    return _make(sentence, *phrases, language=language).text


# --- 1. taking the date out leaves a sentence -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrases", "expected"),
    [
        ("Über Nacht sind 50.000 Euro aus dem Tresor verschwunden.", ["Nacht"],
         "50.000 Euro sind aus dem Tresor verschwunden"),
        ("Über Nacht, so scheint es, sind 50.000 Euro verschwunden.", ["Nacht"],
         "50.000 Euro sind verschwunden"),
        ("Am heutigen Samstag eröffnet der Bauernmarkt auf dem Rathausplatz.", ["Samstag"],
         "Der Bauernmarkt eröffnet auf dem Rathausplatz"),
        ("Die Sanierung der Brücke war in der Vorwoche gescheitert.", ["Vorwoche"],
         "Die Sanierung der Brücke war gescheitert"),
        ("Heute um 19.30 Uhr trifft sich der Gemeinderat Algund.", ["Heute"],
         "Der Gemeinderat Algund trifft sich"),
        ("Sie war es, die 1985 den Verein gründete.", ["1985"],
         "Sie war es, die den Verein gründete"),
        ("Das Fest wird auf den 7. Dezember verschoben.", ["7. Dezember"],
         "Das Fest wird auf den 7. Dezember verschoben"),
    ],
)
def test_german_date_phrase_goes_with_its_preposition_and_attribute(
    sentence: str, phrases: list[str], expected: str
) -> None:
    assert _title(sentence, *phrases) == expected


def test_german_verb_second_moves_the_whole_subject_before_the_verb() -> None:
    assert _title(
        "2019 wurde die Erweiterung des Lager- und Kühlbereiches in Angriff genommen.", "2019"
    ) == "Die Erweiterung des Lager- und Kühlbereiches wurde in Angriff genommen"
    assert _title(
        "Ende Mai war der Bau der neuen Schule im Gemeinderat noch abgelehnt worden.", "Ende Mai"
    ) == "Der Bau der neuen Schule war im Gemeinderat noch abgelehnt worden"
    assert verb_second("griff die Armee die Stadt an") == "Die Armee griff die Stadt an"
    assert verb_second("traf Kim Jong Un Putin") is None  # who met whom cannot be told


def test_a_list_of_dates_goes_with_its_commas() -> None:
    sentence = "Die Sitzungen des Stadtrates finden am 3., 10., 17. und 24. Juni statt."
    assert _title(sentence, "3.", "24. Juni") == "Die Sitzungen des Stadtrates finden statt"
    assert _title(sentence, "24. Juni") == "Die Sitzungen des Stadtrates finden statt"
    assert _title(
        "There were two large floods in the last century -- in 1954 and 1997 -- known as the "
        "spring floods.", "1954", "the last century", "1997", language="en",
    ) == "There were two large floods known as the spring floods"
    assert _title(
        "A famine of 1315 to 1317 was among the worst in Europe.", "1315", "1317", language="en"
    ) == "A famine was among the worst in Europe"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Ministers at this week's regional summit agreed on a common plan.", "this week",
         "Ministers at the regional summit agreed on a common plan"),
        ("The death rate in the 1957 flu pandemic was low.", "1957",
         "The death rate in the flu pandemic was low"),
        ("The recovery was slowed by the Sept 11, 2001, attacks on New York.", "Sept 11, 2001",
         "The recovery was slowed by the attacks on New York"),
        ("He moved to Boston late in 1993.", "1993", "He moved to Boston"),
        ("Sales were higher than a year ago.", "a year ago", "Sales were higher than a year ago"),
    ],
)
def test_english_date_as_attribute_leaves_its_noun_a_determiner(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase, language="en") == expected


def test_remove_dates_keeps_a_range_after_since_or_from() -> None:
    text = "He was the chief correspondent from 2000 to 2008."
    spans = [(text.index(year), text.index(year) + 4) for year in ("2000", "2008")]
    assert remove_dates(text, spans, "en") == text


# --- 2. a German clause keeps the verb that closes it ---------------------------------


def test_an_apposition_goes_and_the_closing_participle_stays() -> None:
    assert _title(
        "Klausen hat gestern mit einem Umzug und einer Festmesse in der Pfarrkirche des "
        "Schutzpatrons, des heiligen Nikolaus, gedacht.", "gestern",
    ) == (
        "Klausen hat mit einem Umzug und einer Festmesse in der Pfarrkirche des Schutzpatrons "
        "gedacht"
    )
    assert _title(
        "Anna Berger, italienische Vizebürgermeisterin, war gestern gemeinsam mit dem "
        "Bürgermeister bei der Eröffnung zugegen, als das Band durchschnitten wurde.", "gestern",
    ) == "Anna Berger war gemeinsam mit dem Bürgermeister bei der Eröffnung zugegen"


def test_shortening_drops_a_phrase_not_the_object_or_the_particle() -> None:
    title = _title(
        "Vor einigen Tagen hielten Beamte der Polizei in den frühen Morgenstunden bei der "
        "Ausfahrt der Autobahn nach Brixen ein Auto zu einer Kontrolle an.",
        "den frühen Morgenstunden",
    )
    assert "ein Auto" in title and title.endswith(" an")
    assert len(title) <= MAX_TITLE and "…" not in title


def test_a_verb_that_takes_a_zu_clause_keeps_it() -> None:
    assert _title(
        "Zwar wurde die Firma, die Edison, 1928 gezwungen, den Bauern das Wasser zu ersetzen, "
        "doch die Leitung funktionierte nie.", "1928",
    ) == "Die Firma wurde gezwungen, den Bauern das Wasser zu ersetzen"


# --- 3. a date in a side clause titles that clause ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrases", "expected"),
    [
        ("Anlässlich der Eröffnung des neuen Museums, die am 3. Mai stattfindet, ist auf dem "
         "Platz eine Ausstellung zu sehen.", ["3. Mai"],
         "Die Eröffnung des neuen Museums findet statt"),
        ("Auf dem Platz ist eine Statue des Gründers zu sehen (im Bild), die bereits gestern "
         "aufgestellt wurde.", ["gestern"], "Die Statue des Gründers wurde bereits aufgestellt"),
        ("Der Rücktritt hat symbolischen Wert, weil am Sonntag der neue Vorstand gewählt wird.",
         ["Sonntag"], "Der neue Vorstand wird gewählt"),
        ("Das ist das Ergebnis der Wahlen, die der Landtag gestern vornahm.", ["gestern"],
         "Der Landtag nahm die Wahlen vor"),
        ("Der Fraktionschef fühlte sich hintergangen, da sie ihr Ausscheren bei der Abstimmung "
         "am 21. Dezember nicht angekündigt hatten.", ["21. Dezember"],
         "Ausscheren bei der Abstimmung"),
        ("Die Vorstellung am 6. Mai ist ausverkauft, ab sofort gibt es aber Karten für die "
         "Zusatzvorstellung am 9. Mai.", ["9. Mai", "6. Mai"],
         "Ab sofort gibt es aber Karten für die Zusatzvorstellung"),
    ],
)
def test_german_date_in_a_relative_or_subordinate_clause(
    sentence: str, phrases: list[str], expected: str
) -> None:
    assert _title(sentence, *phrases) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Officials urged calm about the new strain, which was declared a pandemic by the WHO "
         "last week.", "last week", "The new strain was declared a pandemic by the WHO"),
        ("Eleven workers died when an explosion destroyed the platform on April 20.",
         "April 20", "An explosion destroyed the platform"),
        ("Until it was damaged in the storm on Tuesday, the old bridge was the town's landmark.",
         "Tuesday", "The old bridge was damaged in the storm"),
        ("Oil has leaked into the bay since April's explosion on the platform.", "April",
         "Explosion on the platform"),
        ("The mayor, who took office in 2006, said the city would reopen.", "2006",
         "The mayor took office"),
    ],
)
def test_english_date_in_a_relative_or_subordinate_clause(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase, language="en") == expected


def test_a_clause_whose_date_dates_a_noun_before_it_is_not_taken() -> None:
    # "which it set last week": what "it" set cannot be told, the main clause stays.
    assert _title(
        "The agency said its committee had no meeting about the alert, which it set last "
        "week.", "last week", language="en",
    ).startswith("Agency: Its committee had no meeting")


# --- 4. fillers, frames and glued sentences ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "language", "expected"),
    [
        ("Zwar ist die Zahl der Arbeitslosen im Mai nicht gestiegen.", "Mai", "de",
         "Die Zahl der Arbeitslosen ist nicht gestiegen"),
        ("Allerdings wurde am Montag das Geld aus dem Tresor geholt.", "Montag", "de",
         "Das Geld wurde aus dem Tresor geholt"),
        ("However, on Monday the bridge reopened to traffic.", "Monday", "en",
         "The bridge reopened to traffic"),
        ("But the bridge reopened to traffic on Monday.", "Monday", "en",
         "The bridge reopened to traffic"),
        ("They said Friday's concert had raised a record sum.", "Friday", "en",
         "The concert had raised a record sum"),
    ],
)
def test_openers_and_pronoun_speakers_go(
    sentence: str, phrase: str, language: str, expected: str
) -> None:
    assert _title(sentence, phrase, language=language) == expected


def test_a_statement_keeps_its_first_sentence_and_finds_its_speaker() -> None:
    assert _title(
        "„Wir geben dazu keine Auskunft. Das ist üblich“, erklärte gestern dazu Sprecherin "
        "Anna Berger.", "gestern",
    ) == "Sprecherin Anna Berger: Wir geben dazu keine Auskunft"
    assert _title(
        "„Es ist wichtig, dabei zu sein. Heute ist ein Tag zum Feiern“, sagte Anna Berger "
        "vor der Abreise.", "Heute",
    ) == "Anna Berger: Es ist wichtig, dabei zu sein"
    assert _title('"Last week the lesson was we got lucky," said Sandman.', "Last week",
                  language="en") == "Sandman: The lesson was we got lucky"


def test_sentences_run_together_are_read_one_by_one() -> None:
    text = 'Das Fest war ein Erfolg"Aber der Preis ist hoch. Die Wahl hat Gewicht, weil am ' \
           "Sonntag der neue Vorstand gewählt wird."
    assert [text[a:b].strip() for a, b in sentence_pieces(text)][1] == (
        "Aber der Preis ist hoch."
    )
    assert _title(text, "Sonntag") == "Der neue Vorstand wird gewählt"
    assert len(sentence_pieces("Am 21. Dezember war Dr. Müller in St. Ulrich.")) == 1


def test_a_dateline_inside_the_text_and_a_run_in_heading_go() -> None:
    assert _title(
        "Ministry confirms case (Adds detail) ANKARA, May 16 (Reuters) - Turkey identified its "
        "first case of the new flu on Saturday.", "Saturday", language="en",
    ) == "Turkey identified its first case of the new flu"
    assert _title(
        "PASSENGERS ASKED TO CALL The man arrived in the city on Thursday.", "Thursday",
        language="en",
    ) == "The man arrived in the city"


# --- 5. listings --------------------------------------------------------------------------


def test_a_listing_line_says_where_and_what() -> None:
    listing = "Pustertal Theater & Bühne Bruneck: „Der Geizige“: Komödie der Heimatbühne " \
              "Bruneck, im Stadtsaal, 20 Uhr."
    title = _make(listing, "20 Uhr")
    assert title.text == "Bruneck: Komödie „Der Geizige“ der Heimatbühne Bruneck"
    assert title.quality >= 2  # no verb: a sentence about the same evening is a better title
    assert _title("Termine: Premiere, Großes Haus, 3., 4. und 5. Mai, jeweils 20 Uhr.",
                  "3.", "5. Mai", "20 Uhr") == "Premiere, Großes Haus"
    assert _title("Brixen: Adventsfeier beim Gottesdienst um 17 Uhr, in der Pfarrei St. Michael.",
                  "17 Uhr") == "Brixen: Adventsfeier beim Gottesdienst"


# --- 6. a slogan's week is described by the clause after it ---------------------------------


def test_a_slogan_gives_way_to_what_happened_that_week() -> None:
    assert _title(
        "„Ab ins Wasser!“ hieß es in der dritten Woche, in der die Kinder einen Ausflug an den "
        "See machten.", "der dritten Woche",
    ) == "Die Kinder machten einen Ausflug an den See"


# --- 8. length -------------------------------------------------------------------------------


def test_english_long_title_loses_a_clause_a_conjunction_opens() -> None:
    assert _title(
        "The worst epidemic in the region occurred in 1996 when an estimated 100,000 people "
        "were infected in the north and 50,000 in the south.", "1996", language="en",
    ) == "The worst epidemic in the region occurred"


def test_a_list_comma_is_no_clause_boundary() -> None:
    title = _title("Three outbreaks hit the region in the last century, known as the Spanish, "
                   "the Asian and the Hong Kong flu.", "the last century", language="en")
    assert title.endswith("Hong Kong flu")


def test_a_title_without_a_verb_or_cut_short_is_a_weaker_choice() -> None:
    clause = _make("Der Gemeinderat beschloss am Montag den Haushalt.", "Montag")
    listing = _make("Bozen: Konzert der Musikkapelle, im Waltherhaus, 20 Uhr.", "20 Uhr")
    assert clause.quality < listing.quality


def test_a_report_in_the_perfect_names_its_source_and_what_it_said() -> None:
    assert _title(
        "Zur Erinnerung: Gestern hatte die Stadtverwaltung mitgeteilt, dass die Halle nicht mehr "
        "zu retten ist.", "Gestern",
    ) == "Die Stadtverwaltung: Die Halle ist nicht mehr zu retten"
    assert _title(
        "Der Abriss ist für Sonntag, den 6. April, geplant, teilte die Stadtverwaltung mit.",
        "Sonntag, den 6. April",
    ) == "Die Stadtverwaltung: Der Abriss ist geplant"


def test_a_date_phrase_with_its_own_article_before_an_attribute() -> None:
    assert _title(
        "Über die Mitte der 1960er-Jahre gebaute Brücke fahren täglich 60.000 Autos.",
        "die Mitte der 1960er-Jahre",
    ) == "Über die gebaute Brücke fahren täglich 60.000 Autos"
    assert _title("Profits rose by 8% compared with last year.", "last year",
                  language="en") == "Profits rose by 8% compared with last year"


def test_a_date_in_a_later_main_clause_titles_that_clause() -> None:
    assert _title(
        "Drei Tage lang hat es geregnet, und seit dem Deichbruch am Mittwoch ist in der Stadt "
        "nichts mehr, wie es war.", "Mittwoch",
    ) == "Seit dem Deichbruch ist in der Stadt nichts mehr, wie es war"
    assert _title(
        "The country has been on alert since part of a bridge in the capital collapsed into "
        "the river in September 2024.", "September 2024", language="en",
    ) == "Part of a bridge in the capital collapsed into the river"


# --- a title is a clause with its verb, not a frame or a phrase -------------------


def test_a_subject_keeps_its_attribute_when_the_verb_moves() -> None:
    assert _title(
        "Zwar sei der Anteil der Menschen ohne Job im Mai nicht gestiegen.", "Mai"
    ) == "Der Anteil der Menschen ohne Job sei nicht gestiegen"
    assert _title(
        "Am Montag wurde der Mann aus Bozen in Meran festgenommen.", "Montag"
    ) == "Der Mann aus Bozen wurde in Meran festgenommen"
    assert _title(
        "Am Montag wurde die Straße von Bozen nach Meran gesperrt.", "Montag"
    ) == "Die Straße wurde von Bozen nach Meran gesperrt"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # what was achieved follows the comma
        ("Dem Norweger und der Tschechin ist es am Sonntag nicht nur gelungen, den Sieg vom "
         "Einzelwettkampf auch in der Verfolgung zu bestätigen, sie blieben auch in der "
         "Staffel ungeschlagen.", "Sonntag",
         "Dem Norweger und der Tschechin ist es nicht nur gelungen, den Sieg auch zu bestätigen"),
        # what was said follows the comma
        ("Der Zeuge war im Herbst 2011 aufgetaucht und hatte den Ermittlern erklärt, er habe "
         "neue Informationen zum Entführungsfall aus dem Vatikan erhalten.", "Herbst 2011",
         "Der Zeuge war aufgetaucht und hatte den Ermittlern erklärt, er habe neue "
         "Informationen erhalten"),
    ],
)
def test_a_german_frame_keeps_what_it_frames(sentence: str, phrase: str, expected: str) -> None:
    assert _title(sentence, phrase) == expected


def test_a_frame_alone_is_a_weaker_title() -> None:
    framed = _make("Am Montag hatte der Zeuge den Ermittlern alles erklärt.", "Montag")
    plain = _make("Am Montag hat der Zeuge den Ermittlern alles gezeigt.", "Montag")
    assert framed.quality > plain.quality


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a verbless opening phrase goes, the clause after it stays
        ("Regardless of the effect of the virus on the global economy, the head of the "
         "International Monetary Fund said he did not see a recovery this year.", "this year",
         "Head of the International Monetary Fund: He did not see a recovery"),
        ("After all, at the Society of Business Editors conference last week, a professor "
         "showed reporters how to use Twitter for their work.", "last week",
         "A professor showed reporters how to use Twitter for their work"),
        # a relative clause without commas between the subject and its verb
        ("The influenza outbreak which has spread around the world from Mexico since April "
         "has so far killed 1,000 people in 50 countries and infected many more.",
         "since April",
         "The influenza outbreak has so far killed 1,000 people in 50 countries and infected "
         "many more"),
        # the verb of a statement is further on than a phrase that would fit
        ("Finance Minister Kaoru Yosano of Japan warned that private capital flows into Asian "
         "developing nations could turn negative in 2009 after falling below $100 billion.",
         "in 2009",
         "Kaoru Yosano: Private capital flows into Asian developing nations could turn negative"),
        # a second subject's apposition goes, its verb stays
        ("Tony Hayward did it at BP in 2008 and Peter Voser, due to step up to the top job at "
         "Royal Dutch Shell Plc, is expected to do the same.", "in 2008",
         "Tony Hayward did it at BP and Peter Voser is expected to do the same"),
        # a frame whose speaker is only "its statement"
        ("Its statement on Monday said flu experts were continuing to monitor the virus.",
         "on Monday", "Flu experts were continuing to monitor the virus"),
        # a long role before a name
        ("International Monetary Fund Managing Director Dominique Strauss-Kahn said on Friday "
         "he did not see a global economic recovery for the coming months.", "on Friday",
         "Dominique Strauss-Kahn said he did not see a global economic recovery for the coming "
         "months"),
    ],
)
def test_an_english_title_keeps_the_main_clause_verb(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase, language="en") == expected


@pytest.mark.parametrize(
    "fragment",
    [
        "Even at the minimum estimated rate",
        "Pledge by the G20 group of rich and emerging countries",
        "With this cutting edge",
        "The influenza outbreak which has spread around the world",
        "After all, at the Society of Business Editors and Writers conference",
    ],
)
def test_a_phrase_without_a_finite_verb_is_a_weaker_title(fragment: str) -> None:
    clause = _make("The virus killed 20 people in the city on Monday.", "on Monday",
                   language="en")
    weak = _make(f"{fragment} on Monday.", "on Monday", language="en")
    assert weak.quality > clause.quality


def test_a_title_whose_subject_is_a_pronoun_ranks_below_one_that_names_it() -> None:
    pronoun = title_for("He was denied bail on 29 November.", "on 29 November", language="en")
    named = title_for("Murray was denied bail on 29 November.", "on 29 November", language="en")
    assert pronoun.text.startswith("He ")
    assert pronoun.quality > named.quality
