"""Candidate events from one article: sentences, titles and which dates count."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from timeline.dates.types import Timex, TimexType
from timeline.event_filters import has_event_predicate
from timeline.events import Candidate, extract_candidates
from timeline.sentences import split_sentences
from timeline.titles import MAX_TITLE, TARGET_TITLE, make_title

DCT = date(2024, 1, 9)

Entry = tuple[str, str] | tuple[str, str, TimexType] | tuple[str, str, TimexType, bool]


def phrase_tagger(entries: list[Entry]) -> Callable[[str, str, date | None], list[Timex]]:
    """A stand-in tagger: each (phrase, value[, type[, relative]]) at its first occurrence."""

    def tag(text: str, lang: str, dct: date | None) -> list[Timex]:
        found = []
        for entry in entries:
            phrase, value = entry[0], entry[1]
            kind = entry[2] if len(entry) > 2 else TimexType.DATE
            relative = entry[3] if len(entry) > 3 else False
            start = text.index(phrase)
            found.append(Timex(start, start + len(phrase), phrase, kind, value, relative))
        return sorted(found, key=lambda t: t.start)

    return tag


def candidates(text: str, entries: list[Entry], **kwargs: object) -> list[Candidate]:
    options: dict[str, object] = {"published": DCT, "published_source": "metadata"}
    options.update(kwargs)
    result = extract_candidates(
        "a1", text, "de", options["published"],  # type: ignore[arg-type]
        str(options["published_source"]), tagger=phrase_tagger(entries),
    )
    return result.candidates


# --- sentences ---------------------------------------------------------------


def test_colon_and_ordinal_dates_do_not_end_a_sentence() -> None:
    text = (
        "Die Koalition wirft Moskau vor, Raketen abgefeuert zu haben: Am 30. Dezember "
        "und am 2. Januar. An diesen Tagen fand der Angriff statt."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Die Koalition wirft Moskau vor, Raketen abgefeuert zu haben: Am 30. Dezember "
        "und am 2. Januar.",
        "An diesen Tagen fand der Angriff statt.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KONTEXT\n\n„Wir sind besorgt. Wir handeln“, heißt es. Dr. Müller sagte das.\n\n"
            "Ende der Erklärung.USA und Partner reagieren.",
            ["KONTEXT", "„Wir sind besorgt. Wir handeln“, heißt es.", "Dr. Müller sagte das.",
             "Ende der Erklärung.", "USA und Partner reagieren."],
        ),
        # A quotation mark that nothing closes in its paragraph holds nothing together.
        (
            '"The editorial fails to see the effort. The UN insists food is arriving. '
            'A telethon is planned for Friday.\n\n"We will act. We must act now," she said.',
            ['"The editorial fails to see the effort.', "The UN insists food is arriving.",
             "A telethon is planned for Friday.", '"We will act. We must act now," she said.'],
        ),
    ],
)
def test_quotations_headings_and_glued_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


# --- titles --------------------------------------------------------------------


def _title(sentence: str, *phrases: str, language: str = "de") -> str:
    spans = [(sentence.index(p), sentence.index(p) + len(p)) for p in phrases]
    return make_title(sentence, spans[0], spans, language).text


def test_title_drops_date_phrases_frame_and_dateline() -> None:
    assert _title(
        "„Wir verurteilen den Einsatz der Raketen am 30. Dezember 2023 und 2. Januar 2024“, "
        "heißt es in der gemeinsamen Erklärung.",
        "30. Dezember 2023", "2. Januar 2024",
    ) == "Wir verurteilen den Einsatz der Raketen"
    assert _title("WASHINGTON (Reuters) – Die Erklärung erschien am Dienstag.", "Dienstag") == (
        "Die Erklärung erschien"
    )


def test_title_puts_the_subject_first_when_the_date_opened_the_sentence() -> None:
    assert _title("Letzte Woche griff die russische Armee Charkiw an.", "Letzte Woche") == (
        "Die russische Armee griff Charkiw an"
    )


def test_reported_speech_becomes_speaker_and_content() -> None:
    assert _title(
        "Letzte Woche sagte das Weiße Haus, Russland habe Raketen eingesetzt.", "Letzte Woche"
    ) == "Das Weiße Haus: Russland habe Raketen eingesetzt"
    assert _title("Russland habe Raketen eingesetzt, sagte Peskow am Dienstag.", "Dienstag") == (
        "Peskow: Russland habe Raketen eingesetzt"
    )


def test_title_names_the_happening_a_since_phrase_dates() -> None:
    assert _title(
        "Es war der größte Angriff seit Beginn des Krieges im Februar 2022.", "Februar 2022"
    ) == "Beginn des Krieges"


def test_long_title_is_cut_at_a_word_with_an_ellipsis_only_as_a_last_resort() -> None:
    sentence = "Am Montag " + " ".join(["Verhandlungen"] * 20) + "."
    title = _title(sentence, "Am Montag")
    assert len(title) <= TARGET_TITLE
    assert title.endswith("…")
    assert make_title(sentence, (0, 9), [(0, 9)]).quality >= 3


# The sentences of the two seed articles (../shared/seeds) and the title of each date.
SEED_TITLES = [
    (
        '"Die Weitergabe dieser Waffen vergrößert das Leid des ukrainischen Volkes, unterstützt '
        'Russlands Angriffskrieg und untergräbt das globale Nichtverbreitungsregime", erklärten '
        "die beiden westlichen Verbündeten in einer am Mittwochmorgen veröffentlichten Erklärung.",
        ["Mittwochmorgen"],
        ["Die Verbündeten: Die Weitergabe dieser Waffen vergrößert das Leid des ukrainischen "
         "Volkes"],
    ),
    (
        "Die Koalition wirft Moskau ausdrücklich vor, bei zwei konkreten Gelegenheiten von "
        "Pjöngjang gelieferte ballistische Raketen abgefeuert zu haben: Am 30. Dezember und am "
        "2. Januar.",
        ["30. Dezember", "2. Januar"],
        ["Moskau soll von Pjöngjang gelieferte ballistische Raketen abgefeuert haben"] * 2,
    ),
    (
        "WASHINGTON (Reuters) – Eine gemeinsame Erklärung der Vereinigten Staaten und ihrer "
        "Partner verurteilte am Dienstag Waffentransfers zwischen Nordkorea und Russland, "
        "einschließlich dessen, was sie als Russlands Beschaffung nordkoreanischer ballistischer "
        "Raketen und Moskaus Einsatz dieser gegen die Ukraine am 30. Dezember bezeichneten 2. "
        "Januar.",
        ["Dienstag", "30. Dezember", "2. Januar"],
        ["Gemeinsame Erklärung der Vereinigten Staaten und ihrer Partner verurteilte "
         "Waffentransfers"] * 3,
    ),
    (
        "Der nordkoreanische Staatschef Kim Jong Un traf im vergangenen September in der Region "
        "Fernost Russlands mit Präsident Wladimir Putin zusammen, und hochrangige russische "
        "Beamte haben Pjöngjang mehrfach besucht.",
        ["vergangenen September"],
        ["Der nordkoreanische Staatschef Kim Jong Un traf mit Präsident Wladimir Putin zusammen"],
    ),
    (
        "Letzte Woche sagte das Weiße Haus, Russland habe aus Nordkorea stammende ballistische "
        "Kurzstreckenraketen (SRBMs) eingesetzt, um mehrere Angriffe gegen die Ukraine "
        "durchzuführen, und verwies dabei auf neu freigegebene Geheimdienstinformationen.",
        ["Letzte Woche"],
        ["Das Weiße Haus: Russland habe aus Nordkorea stammende ballistische "
         "Kurzstreckenraketen eingesetzt"],
    ),
    (
        "Auf die Vorwürfe angesprochen sagte Kreml-Sprecher Dmitri Peskow am Dienstag in einem "
        "Telefonat mit Reportern: „Kein Kommentar.“",
        ["Dienstag"],
        ["Kreml-Sprecher Dmitri Peskow: Kein Kommentar"],
    ),
    (
        "Russland griff letzte Woche Charkiw mit mehreren Raketen an, wobei bei einem der größten "
        "Raketen- und Drohnenangriffe seit Beginn des groß angelegten Krieges im Februar 2022 "
        "zwei Menschen getötet und über 60 verletzt wurden.",
        ["letzte Woche", "Februar 2022"],
        ["Russland griff Charkiw mit mehreren Raketen an", "Beginn des groß angelegten Krieges"],
    ),
]


@pytest.mark.parametrize(("sentence", "phrases", "expected"), SEED_TITLES)
def test_seed_sentence_titles(sentence: str, phrases: list[str], expected: list[str]) -> None:
    spans = [(sentence.index(p), sentence.index(p) + len(p)) for p in phrases]
    titles = [make_title(sentence, span, spans, "de").text for span in spans]
    assert titles == expected
    assert all(len(title) <= MAX_TITLE and "…" not in title for title in titles)


def test_a_date_in_a_side_clause_makes_a_weaker_title() -> None:
    sentence = SEED_TITLES[2][0]
    spans = [(sentence.index(p), sentence.index(p) + len(p))
             for p in ("Dienstag", "30. Dezember", "2. Januar")]
    main, side, coordinated = (make_title(sentence, span, spans).quality for span in spans)
    assert side > main and coordinated > main
    coalition = SEED_TITLES[1][0]
    both = [(coalition.index(p), coalition.index(p) + len(p))
            for p in ("30. Dezember", "2. Januar")]
    assert [make_title(coalition, span, both).quality for span in both] == [0, 0]


def test_a_first_person_quotation_makes_a_weaker_title() -> None:
    sentence = "„Wir verurteilen den Einsatz der Raketen am 30. Dezember“, heißt es."
    span = (sentence.index("30. Dezember"), sentence.index("30. Dezember") + 12)
    assert make_title(sentence, span, [span]).quality > 0


@pytest.mark.parametrize(
    ("sentence", "phrases", "expected"),
    [
        ("Kremlin spokesman Dmitry Peskov told reporters on Tuesday: \"No comment.\"",
         ["Tuesday"], "Kremlin spokesman Dmitry Peskov: No comment"),
        ("The White House said last week that Russia had used North Korean missiles.",
         ["last week"], "White House: Russia had used North Korean missiles"),
        ("In a statement on Monday, the ministry said the talks had failed.", ["Monday"],
         "Ministry: The talks had failed"),
        ("The coalition accused Moscow on Tuesday of firing North Korean missiles at Ukraine "
         "on December 30 and January 2.", ["Tuesday", "December 30", "January 2"],
         "Moscow accused of firing North Korean missiles at Ukraine"),
        ("The Estlink 3 cable, which carries electricity between the two countries, stopped "
         "working on March 8, the Finnish grid operator Fingrid said in a statement.",
         ["March 8"], "Finnish grid operator Fingrid: The Estlink 3 cable stopped working"),
        ("Finland and Estonia on Tuesday accused the crew of a cargo ship of dragging its anchor "
         "across an undersea power cable in the Gulf of Finland, the second such incident in "
         "the Baltic Sea in three months.", ["Tuesday"],
         "Finland and Estonia accused the crew of a cargo ship of dragging its anchor"),
        ("Fingrid expects repairs to take until the end of April and said electricity supplies "
         "were not at risk.", ["the end of April"],
         "Fingrid expects repairs to take until the end of April"),
    ],
)
def test_english_titles(sentence: str, phrases: list[str], expected: str) -> None:
    assert _title(sentence, *phrases, language="en") == expected


# --- which dates make events -----------------------------------------------------


def test_two_dates_in_one_sentence_give_two_events() -> None:
    text = "Russland feuerte Raketen ab: Am 30. Dezember und am 2. Januar."
    found = candidates(text, [("30. Dezember", "2023-12-30", TimexType.DATE, True),
                              ("2. Januar", "2024-01-02", TimexType.DATE, True)])
    assert [(c.date, c.date_text, c.quote) for c in found] == [
        ("2023-12-30", "30. Dezember", text),
        ("2024-01-02", "2. Januar", text),
    ]
    assert found[0].title == "Russland feuerte Raketen ab"
    assert found[0].key != found[1].key


def test_time_value_becomes_its_day() -> None:
    text = "Die Erklärung wurde am Mittwochmorgen veröffentlicht."
    found = candidates(text, [("Mittwochmorgen", "2024-01-10TMO", TimexType.TIME, True)])
    assert [c.date for c in found] == ["2024-01-10"]


@pytest.mark.parametrize(
    ("phrase", "value", "kind"),
    [
        ("zwei Jahre", "P2Y", TimexType.DURATION),
        ("jede Woche", "P1W", TimexType.SET),
        ("derzeit", "PRESENT_REF", TimexType.DATE),
        ("später", "FUTURE_REF", TimexType.DATE),
        ("des harten Winters", "2023-WI", TimexType.DATE),
    ],
)
def test_durations_sets_references_and_generic_seasons_give_no_event(
    phrase: str, value: str, kind: TimexType
) -> None:
    text = f"Die Lage ist {phrase} schwierig."
    assert candidates(text, [(phrase, value, kind)]) == []


def test_specific_season_counts() -> None:
    text = "Im vergangenen Winter wurde die Brücke zerstört."
    assert [c.date for c in candidates(text, [("vergangenen Winter", "2023-WI")])] == ["2023-WI"]


def test_today_as_filler_gives_no_event_but_a_happening_today_does() -> None:
    today: list[Entry] = [("heute", "2024-01-09", TimexType.DATE, True)]
    assert candidates("Die Lage ist heute ruhig.", today) == []
    found = candidates(
        "Der Bundestag hat heute das Gesetz beschlossen.",
        [("heute", "2024-01-09", TimexType.DATE, True)],
    )
    assert [c.date for c in found] == ["2024-01-09"]
    assert has_event_predicate("Kreml-Sprecher Peskow sagte: „Kein Kommentar.“", "de")
    assert not has_event_predicate("Die Lage ist ruhig.", "de")


def test_publication_day_named_as_weekday_counts() -> None:
    found = candidates(
        "Peskow sagte am Dienstag: „Kein Kommentar.“",
        [("Dienstag", "2024-01-09", TimexType.DATE, True)],
    )
    assert [c.date for c in found] == ["2024-01-09"]


def test_relative_dates_on_an_inferred_publication_date_are_uncertain() -> None:
    text = "Am Dienstag traf er Putin. Im Jahr 2006 testete Nordkorea eine Bombe."
    entries: list[Entry] = [("Dienstag", "2024-01-09", TimexType.DATE, True),
                            ("Jahr 2006", "2006")]
    found = candidates(text, entries, published_source="inferred")
    assert [(c.date, c.uncertain) for c in found] == [("2024-01-09", True), ("2006", False)]


def test_without_publication_date_relative_dates_give_a_warning_not_an_event() -> None:
    text = "Am Dienstag traf er Putin. Im Jahr 2006 testete Nordkorea eine Bombe."
    result = extract_candidates(
        "a1", text, "de", None, "missing",
        tagger=phrase_tagger([("Dienstag", "XXXX-WXX-2", TimexType.DATE, True),
                              ("Jahr 2006", "2006")]),
    )
    assert [c.date for c in result.candidates] == ["2006"]
    assert len(result.warnings) == 1
    assert "'Dienstag'" in result.warnings[0] and "no publication date" in result.warnings[0]


def test_tags_come_from_the_tag_finder() -> None:
    class Finder:
        def find(self, sentence: str) -> list[str]:
            return ["Russland"] if "Moskau" in sentence else []

    result = extract_candidates(
        "a1", "Moskau griff am 2. Januar an.", "de", DCT, "metadata",
        tagger=phrase_tagger([("2. Januar", "2024-01-02")]), tag_finder=Finder(),
    )
    assert result.candidates[0].tags == ("Russland",)


def test_candidate_survives_a_json_round_trip() -> None:
    found = candidates("Am 2. Januar griff Russland an.", [("2. Januar", "2024-01-02")])
    assert Candidate.from_json(found[0].to_json()) == found[0]


def test_title_keeps_a_since_phrase_that_needs_its_date() -> None:
    assert _title("The company has operated in the U.S. since 2017.", "2017") == (
        "The company has operated in the U.S. since 2017"
    )


def test_title_of_a_happening_named_in_a_since_phrase() -> None:
    assert _title(
        "Der Westen hat die Zusammenarbeit seit dem persönlichen Treffen zwischen Wladimir Putin "
        "und Kim Jon Un im September genau beobachtet.", "September",
    ) == "Treffen zwischen Wladimir Putin und Kim Jon Un"
    # Too short a phrase says less than the sentence.
    assert _title(
        "Nordkorea unterliegt seit seinem ersten Atombombentest im Jahr 2006 einem Embargo.",
        "Jahr 2006",
    ) == "Nordkorea unterliegt seit seinem ersten Atombombentest einem Embargo"


def test_statement_dated_in_its_frame_is_titled_by_the_frame() -> None:
    assert _title(
        "„Das Leid wächst“, erklärten die beiden Verbündeten am Mittwochmorgen.", "Mittwochmorgen"
    ) == "Die beiden Verbündeten: Das Leid wächst"
    assert _title('"This is a historic day," Senator Cantwell said on Wednesday.', "Wednesday",
                  language="en") == "Senator Cantwell: This is a historic day"


def test_verb_first_remainder_is_turned_or_the_date_kept() -> None:
    assert _title("Im Jahr 2006 testete Nordkorea zum ersten Mal eine Atombombe.", "Jahr 2006") == (
        "Nordkorea testete zum ersten Mal eine Atombombe"
    )
    assert _title("Im September traf Kim Jong Un Putin.", "September") == (
        "Im September traf Kim Jong Un Putin"
    )


def test_english_reporting_frame_is_dropped() -> None:
    assert _title(
        "President Joe Biden will sign the bill next week, the White House said.", "next week",
        language="en",
    ) == "White House: President Joe Biden will sign the bill"
    assert _title("The bill will be signed next week, it said.", "next week", language="en") == (
        "The bill will be signed"
    )
    assert _title("Die Stadt eröffnet am 3. Mai ein Museum, wie Reuters berichtet.", "3. Mai") == (
        "Die Stadt eröffnet ein Museum"
    )
    assert _title("The city opened a museum on May 3, as the BBC reported.", "May 3",
                  language="en") == "The city opened a museum"


@pytest.mark.parametrize("sentence", ["Am 3. Januar.", "3. Januar 2024", "„3. Januar“"])
def test_a_sentence_that_is_only_a_date_keeps_it_as_title(sentence: str) -> None:
    start = sentence.index("3.")
    title = make_title(sentence, (start, start + 9), [(start, start + 9)])
    assert "3. Januar" in title.text and title.quality >= 3


# --- rules from the story evaluation (tests/fixtures/story_mulde_flood) ------


def test_live_blog_time_stamp_and_schedule_times_date_nothing() -> None:
    stamp: list[Entry] = [("14.05 Uhr", "2024-01-09T14:05", TimexType.TIME, True)]
    assert candidates("14.05 Uhr: Die Lage bleibt angespannt.", stamp) == []
    schedule: list[Entry] = [
        ("täglich", "P1D", TimexType.SET), ("20 Uhr", "2024-01-09T20:00", TimexType.TIME, True),
    ]
    text = "Das Bürgertelefon wurde eingerichtet und ist täglich bis 20 Uhr erreichbar."
    assert candidates(text, schedule) == []
    hours: list[Entry] = [
        ("9", "2024-01-09T09:00", TimexType.TIME, True),
        ("17 Uhr", "2024-01-09T17:00", TimexType.TIME, True),
    ]
    text = "Die Stadt hat eine Hotline eingerichtet, die werktags von 9 bis 17 Uhr erreichbar ist."
    assert candidates(text, hours) == []
    found = candidates(
        "14.05 Uhr: Am Dienstagmittag sind 300 Soldaten eingetroffen.",
        [*stamp, ("Dienstagmittag", "2024-01-09TMI", TimexType.TIME, True)],
    )
    assert [(c.date, c.date_text) for c in found] == [("2024-01-09", "Dienstagmittag")]
    assert found[0].title == "300 Soldaten sind eingetroffen"


def test_a_date_counted_from_another_happening_is_not_placed() -> None:
    evening: list[Entry] = [("Abend", "2024-01-09TEV", TimexType.TIME, True)]
    text = "Er habe noch am Abend zuvor Sandsäcke geschleppt, sagten Nachbarn."
    assert candidates(text, evening) == []
    absolute: list[Entry] = [("14. Mai", "2024-05-14")]
    text = "Am 14. Mai vor der Abstimmung wurde der Deich erhöht."
    assert [c.date for c in candidates(text, absolute)] == ["2024-05-14"]
    text = "Am 14. Mai später als geplant wurde der Deich erhöht."
    assert [c.date for c in candidates(text, absolute)] == ["2024-05-14"]


def test_today_dates_only_its_own_clause() -> None:
    today: list[Entry] = [("Heute", "2024-01-09", TimexType.DATE, True)]
    text = "Heute ist die Lage ruhiger, der Regen hat nachgelassen."
    assert candidates(text, today) == []
    text = "Heute hat der Landtag, wie erwartet, das Gesetz beschlossen."
    assert [c.date for c in candidates(text, today)] == ["2024-01-09"]


def test_a_duration_stays_in_the_title() -> None:
    found = candidates(
        "Am Dienstag fanden Helfer die Leiche eines 67 Jahre alten Mannes.",
        [("Dienstag", "2024-01-09"), ("67 Jahre", "P67Y", TimexType.DURATION)],
    )
    assert found[0].title == "Helfer fanden die Leiche eines 67 Jahre alten Mannes"


def test_long_german_title_loses_a_phrase_before_its_final_verb_not_its_verb() -> None:
    sentence = (
        "Die Staatsanwaltschaft Leipzig hat am Dienstag ein Ermittlungsverfahren wegen "
        "fahrlässiger Tötung und fahrlässigen Herbeiführens einer Überschwemmung eingeleitet."
    )
    assert _title(sentence, "am Dienstag") == (
        "Die Staatsanwaltschaft Leipzig hat ein Ermittlungsverfahren eingeleitet"
    )


def test_the_adjective_of_a_date_phrase_goes_with_it() -> None:
    sentence = "Am frühen Morgen des 14. Mai war der alte Deich an der Mulde weggebrochen."
    assert _title(sentence, "Morgen des 14. Mai") == "Der alte Deich war an der Mulde weggebrochen"


def test_candidates_record_their_language() -> None:
    found = candidates("Am Dienstag wurde der Deich erhöht.", [("Dienstag", "2024-01-09")])
    assert found[0].language == "de"
