"""The merge rule, on the cases of the seed articles."""

from __future__ import annotations

import pytest
from candidates import make_candidate

from timeline.events import Candidate
from timeline.merge import (
    capitalised_words,
    content_words,
    date_relation,
    dates_compatible,
    merge_candidates,
    more_precise,
    numbers,
    stem,
)
from timeline.textfeatures import measures

A, B = "000_euronews", "001_reuters"


def cand(article: str, value: str, quote: str, position: int, *, tags: tuple[str, ...] = (),
         date_text: str = "", title: str = "", quality: int = 0,
         uncertain: bool = False, language: str = "") -> Candidate:
    return make_candidate(article, value, quote, position, tags=tags, date_text=date_text,
                          title=title, quality=quality, uncertain=uncertain, language=language)


COALITION = ("Die Koalition wirft Moskau ausdrücklich vor, bei zwei konkreten Gelegenheiten von "
             "Pjöngjang gelieferte ballistische Raketen abgefeuert zu haben: Am 30. Dezember und "
             "am 2. Januar.")
JOINT = ("Eine gemeinsame Erklärung der Vereinigten Staaten und ihrer Partner verurteilte am "
         "Dienstag Waffentransfers zwischen Nordkorea und Russland, einschließlich dessen, was sie "
         "als Russlands Beschaffung nordkoreanischer ballistischer Raketen und Moskaus Einsatz "
         "dieser gegen die Ukraine am 30. Dezember bezeichneten 2. Januar.")
QUOTE = ("„Wir verurteilen aufs Schärfste den Export (Nordkoreas) und die Beschaffung "
         "ballistischer Raketen (Nordkoreas) durch Russland sowie den Einsatz dieser Raketen durch "
         "Russland gegen die Ukraine am 30. Dezember 2023 und 2. Januar 2024“, heißt es in der "
         "gemeinsamen Erklärung hinzugefügt.")
WHITE_HOUSE = ("Letzte Woche sagte das Weiße Haus, Russland habe aus Nordkorea stammende "
               "ballistische Kurzstreckenraketen (SRBMs) eingesetzt, um mehrere Angriffe gegen die "
               "Ukraine durchzuführen, und verwies dabei auf neu freigegebene "
               "Geheimdienstinformationen.")
KHARKIV = ("Russland griff letzte Woche Charkiw mit mehreren Raketen an, wobei bei einem der "
           "größten Raketen- und Drohnenangriffe seit Beginn des groß angelegten Krieges im "
           "Februar 2022 zwei Menschen getötet und über 60 verletzt wurden.")
WAR_A = ("An diesen Tagen fand der größte Luftangriff Russlands auf die Ukraine seit Beginn des "
         "Krieges im Februar 2022 statt, bei dem mehr als 30 Menschen getötet und Hunderte "
         "verletzt wurden.")
MEETING_A = ("Der Westen hat die mögliche Zusammenarbeit zwischen Russland und Nordkorea seit dem "
             "persönlichen Treffen zwischen Wladimir Putin und Kim Jon Un im September genau "
             "beobachtet.")
MEETING_B = ("Der nordkoreanische Staatschef Kim Jong Un traf im vergangenen September in der "
             "Region Fernost Russlands mit Präsident Wladimir Putin zusammen, und hochrangige "
             "russische Beamte haben Pjöngjang mehrfach besucht.")
PESKOV = ("Auf die Vorwürfe angesprochen sagte Kreml-Sprecher Dmitri Peskow am Dienstag in einem "
          "Telefonat mit Reportern: „Kein Kommentar.“")


def test_stems_and_content_words() -> None:
    assert stem("Russlands") == stem("Russland") == "russland"
    assert stem("Raketen") == stem("Rakete")
    words = content_words("Am 30. Dezember hat Russland Raketen abgefeuert.")
    assert words == {"russland", "raket", "abgefeuert"}


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        ("2023-12-30", "2023-12-30", "same_day"),
        ("2023-09", "2023-09", "same_span"),
        ("2024-W01", "2024-01-02", "contained"),
        ("2023-09", "2023-09-15", "contained"),
        ("2023", "2023-09-15", "year"),  # a year: only with many shared words
        ("2022", "2023-09-15", None),
        ("2024-01-09", "2024-01-10", None),
        ("2024-W01", "2024-W02", None),
    ],
)
def test_date_relation(first: str, second: str, relation: str | None) -> None:
    assert date_relation(first, second) == relation
    assert date_relation(second, first) == relation
    assert dates_compatible(first, second) is (relation is not None)


def test_more_precise() -> None:
    assert more_precise("2023-09", "2023-09-15") == "2023-09-15"
    assert more_precise("2024-01-02", "2024-W01") == "2024-01-02"


def test_seed_cases() -> None:
    tags_attack = ("Moskau", "Pjöngjang", "Nordkorea", "Russland", "Ukraine")
    merged = merge_candidates([
        cand(B, "2024-01-09", JOINT, 100, tags=tags_attack),
        cand(B, "2023-12-30", JOINT, 100, tags=tags_attack),
        cand(B, "2024-01-02", JOINT, 100, tags=tags_attack),
        cand(A, "2023-12-30", COALITION, 500, tags=("Moskau", "Pjöngjang")),
        cand(A, "2024-01-02", COALITION, 500, tags=("Moskau", "Pjöngjang")),
        cand(A, "2022-02", WAR_A, 700, tags=("Russland", "Ukraine")),
        cand(A, "2023-09", MEETING_A, 900, tags=("Russland", "Nordkorea", "Wladimir Putin")),
        cand(B, "2023-09", MEETING_B, 300, tags=("Nordkorea", "Russland", "Wladimir Putin")),
        cand(B, "2024-W01", WHITE_HOUSE, 400, tags=("Weißes Haus", "Russland", "Nordkorea")),
        cand(B, "2023-12-30", QUOTE, 600, tags=("Nordkorea", "Russland", "Ukraine")),
        cand(B, "2024-01-02", QUOTE, 600, tags=("Nordkorea", "Russland", "Ukraine")),
        cand(B, "2024-01-09", PESKOV, 700, tags=("Dmitri Peskow",)),
        cand(B, "2024-W01", KHARKIV, 800, tags=("Russland", "Charkiw")),
        cand(B, "2022-02", KHARKIV, 800, tags=("Russland", "Charkiw")),
    ])
    groups = sorted(
        (event.date, tuple(sorted((m.article, m.sentence_start) for m in event.members)))
        for event in merged
    )
    assert groups == sorted([
        # The same attacks in both articles, and twice in the Reuters article: one event each.
        ("2023-12-30", ((A, 500), (B, 100), (B, 600))),
        ("2024-01-02", ((A, 500), (B, 100), (B, 600))),
        ("2022-02", ((A, 700), (B, 800))),
        ("2023-09", ((A, 900), (B, 300))),
        # Different happenings on one date stay apart.
        ("2024-01-09", ((B, 100),)),
        ("2024-01-09", ((B, 700),)),
        ("2024-W01", ((B, 400),)),
        ("2024-W01", ((B, 800),)),
    ])


def test_merged_event_fields_and_determinism() -> None:
    # Agency copy: the same sentence, once with the month and once with the day.
    first = cand(A, "2023-09", MEETING_B, 900, title="Long title…", quality=2, uncertain=True,
                 tags=("Russland",))
    second = cand(B, "2023-09-15", MEETING_B, 300, title="Treffen Putin–Kim", quality=0,
                  tags=("Wladimir Putin", "Russland"))
    (event,) = merge_candidates([second, first])
    assert event.date == "2023-09-15"
    assert event.title == "Treffen Putin–Kim"
    assert event.tags == ["Russland", "Wladimir Putin"]
    assert event.uncertain is False
    assert [s[0] for s in event.sources()] == [A, B]
    (again,) = merge_candidates([first, second])
    assert again.keys == event.keys


def test_a_day_inside_a_month_needs_more_shared_words_than_the_same_day() -> None:
    assert len(merge_candidates([
        cand(A, "2023-09", MEETING_A, 1), cand(B, "2023-09", MEETING_B, 1),
    ])) == 1
    assert len(merge_candidates([
        cand(A, "2023-09", MEETING_A, 1), cand(B, "2023-09-15", MEETING_B, 1),
    ])) == 2


def test_two_dates_of_one_sentence_never_merge() -> None:
    merged = merge_candidates([
        cand(A, "2024-W01", COALITION, 10),
        cand(A, "2024-01-02", COALITION, 10),
    ])
    assert len(merged) == 2


def test_two_events_of_one_sentence_keep_their_title_and_their_dates() -> None:
    """A title never gets a date added: the chronology shows each event's date."""
    title = "Moskau soll von Pjöngjang gelieferte ballistische Raketen abgefeuert haben"
    merged = merge_candidates([
        cand(A, "2023-12-30", COALITION, 500, title=title, date_text="30. Dezember"),
        cand(A, "2024-01-02", COALITION, 500, title=title, date_text="2. Januar"),
    ])
    assert [(event.date, event.title) for event in merged] == [
        ("2023-12-30", title), ("2024-01-02", title)
    ]


def test_an_equally_good_title_of_another_source_is_preferred_to_a_suffix() -> None:
    title = "Moskau soll Raketen abgefeuert haben"
    merged = merge_candidates([
        cand(A, "2023-12-30", COALITION, 500, title=title, date_text="30. Dezember",
             tags=("Moskau", "Pjöngjang")),
        cand(A, "2024-01-02", COALITION, 500, title=title, date_text="2. Januar",
             tags=("Moskau", "Pjöngjang")),
        cand(B, "2024-01-02", "Moskau hat am 2. Januar erneut von Pjöngjang gelieferte "
             "ballistische Raketen abgefeuert.", 600, title="Russland setzte Raketen ein",
             tags=("Moskau", "Pjöngjang")),
    ])
    assert [event.title for event in merged] == [title, "Russland setzte Raketen ein"]


def test_merged_title_prefers_quality_then_actor_tags_then_brevity() -> None:
    merged = merge_candidates([
        cand(A, "2023-09", MEETING_A, 1, title="Treffen zwischen Putin und Kim", quality=1,
             tags=("Wladimir Putin", "Kim Jong Un")),
        cand(B, "2023-09", MEETING_B, 1, title="Kim Jong Un traf Putin", quality=0,
             tags=("Kim Jong Un", "Wladimir Putin")),
        cand(B, "2023-09", MEETING_B.replace("Der", "Ein"), 2,
             title="Kim Jong Un traf Wladimir Putin in Russland", quality=0,
             tags=("Kim Jong Un", "Wladimir Putin", "Russland")),
    ])
    assert [event.title for event in merged] == ["Kim Jong Un traf Wladimir Putin in Russland"]


# --- rules from the story evaluation (tests/fixtures/story_mulde_flood) ------


def test_figures_in_one_spelling_without_years_days_and_clock_times() -> None:
    text = "14.05 Uhr: Am 14. Mai 2025 kamen 300 Soldaten, 1.400 Haushalte und 80 Millionen Euro."
    assert numbers(text) == {"#300", "#1400", "#80e6"}
    assert numbers("1,800 people, 7,12 Prozent, 1.2 billion euros") == {
        "#1800", "#7.12", "#1.2e9"
    }
    # A length, weight or volume keeps its unit: 12 tonnes are not 12 miles.
    assert numbers("12 tonnes of supplies, 12 miles (19 km) west") == set()
    assert measures("12 tonnes of supplies, 12 miles (19 km) west") == {"#12t", "#12mi", "#19km"}


def test_a_shared_figure_weighs_like_two_words() -> None:
    blog = cand(A, "2025-05-15", "Am Donnerstagmittag sind 300 Soldaten der Bundeswehr in Grimma "
                "eingetroffen.", 0, date_text="Donnerstagmittag")
    weekly = cand(B, "2025-W20", "Vergangene Woche schickte die Bundeswehr 300 Soldaten nach "
                  "Grimma, um Sandsäcke zu füllen und Deiche zu sichern.", 0,
                  date_text="Vergangene Woche")
    merged = merge_candidates([blog, weekly])
    assert len(merged) == 1 and merged[0].date == "2025-05-15"
    other = cand(B, "2025-W20", "Vergangene Woche schickte die Bundeswehr 200 Soldaten nach "
                 "Grimma, um Sandsäcke zu füllen und Deiche zu sichern.", 0,
                 date_text="Vergangene Woche")
    assert len(merge_candidates([blog, other])) == 2


def test_names_across_languages_are_transliterated() -> None:
    assert "doebeln" in capitalised_words("Rettungskräfte fanden in Döbeln einen Mann.")
    assert capitalised_words("Rescue workers found a man in Doebeln.") == {"rescue", "doebeln"}


def test_an_opening_name_counts_but_an_opening_stopword_does_not() -> None:
    assert capitalised_words("Bosman kept both sides in The Hague.") == {"bosman", "hague"}
    assert "the" not in capitalised_words("The mediator met them.")


DEATH_DE = cand(A, "2025-05-15", "Am Donnerstagmorgen haben Rettungskräfte in Döbeln die Leiche "
                "eines 67 Jahre alten Mannes gefunden.", 0, date_text="Donnerstagmorgen",
                title="Rettungskräfte fanden die Leiche eines 67 Jahre alten Mannes",
                language="de")
DEATH_EN = cand(B, "2025-05-15", "On May 15, rescue workers found a 67-year-old man dead in a "
                "cellar in Doebeln.", 0, date_text="May 15",
                title="Rescue workers found a man dead", language="en")


def test_reports_in_two_languages_merge_on_a_figure_and_a_second_anchor() -> None:
    merged = merge_candidates([DEATH_EN, DEATH_DE], language="de")
    assert len(merged) == 1
    assert merged[0].title.startswith("Rettungskräfte")
    assert merge_candidates([DEATH_EN, DEATH_DE], language="en")[0].title.startswith("Rescue")
    aid_de = cand(A, "2025-05-20", "Die Landesregierung hat am Dienstag eine Soforthilfe von 80 "
                  "Millionen Euro beschlossen.", 1, date_text="am Dienstag", language="de")
    aid_en = cand(B, "2025-05-20", "On May 20, the cabinet approved 80 million euros in aid.", 1,
                  date_text="May 20", language="en")
    assert len(merge_candidates([aid_de, aid_en])) == 1


def test_reports_in_two_languages_merge_on_concepts_and_names() -> None:
    """No figure, but the same day, the same person and place, and the same concept (visit)."""
    de = cand(A, "2025-05-16", "Am Freitag besucht Ministerpräsident Jens Wollmann Grimma.", 0,
              date_text="Freitag", language="de")
    en = cand(B, "2025-05-16", "On May 16, premier Jens Wollmann toured Grimma.", 0,
              date_text="May 16", language="en")
    assert len(merge_candidates([de, en])) == 1


@pytest.mark.parametrize(
    ("german", "english"),
    [
        # One small figure and nothing else: houses cleared, schools closed.
        ("Am Freitag wurden 12 Häuser geräumt.", "On May 16, 12 schools were closed."),
        # A name alone: the premier does many things a day.
        ("Am Freitag sprach Ministerpräsident Jens Wollmann im Landtag.",
         "On May 16, premier Jens Wollmann toured Grimma."),
    ],
)
def test_reports_in_two_languages_without_enough_anchors_stay_apart(
    german: str, english: str
) -> None:
    de = cand(A, "2025-05-16", german, 0, date_text="Freitag", language="de")
    en = cand(B, "2025-05-16", english, 0, date_text="May 16", language="en")
    assert len(merge_candidates([de, en])) == 2


def test_a_week_in_one_language_joins_its_day_in_the_other() -> None:
    week = cand(A, "2025-W20", "Vergangene Woche starb in Döbeln ein 67 Jahre alter Mann.", 0,
                date_text="Vergangene Woche", language="de")
    merged = merge_candidates([week, DEATH_EN])
    assert len(merged) == 1 and merged[0].date == "2025-05-15"
    other_week = cand(A, "2025-W21", "Vergangene Woche starb in Döbeln ein 67 Jahre alter Mann.",
                      0, date_text="Vergangene Woche", language="de")
    assert len(merge_candidates([other_week, DEATH_EN])) == 2


def test_different_places_doing_the_same_thing_stay_apart() -> None:
    first = cand(A, "2025-05-16", "On Friday the city of Dresden opened a new flood museum.", 0,
                 tags=("Dresden",), language="en")
    second = cand(B, "2025-05-16", "On Friday the city of Leipzig opened a new flood museum.", 0,
                  tags=("Leipzig",), language="en")
    assert len(merge_candidates([first, second])) == 2
    third = cand(B, "2025-05-16", "Dresden opened its new flood museum on Friday.", 1,
                 tags=("Dresden",), language="en")
    assert len(merge_candidates([first, third])) == 1


def test_one_bridging_report_does_not_chain_two_happenings() -> None:
    """Single link would join C to A through B; C must agree with most of the cluster."""
    a = cand(A, "2025-05-16", "Rebels captured the town of Brega after heavy fighting.", 0,
             language="en")
    b = cand(B, "2025-05-16", "Rebels captured Brega after heavy fighting while the Red Cross "
             "delivered aid convoys to refugees.", 0, language="en")
    c = cand("002_x", "2025-05-16", "The Red Cross delivered aid convoys to refugees.", 0,
             language="en")
    d = cand("003_y", "2025-05-16", "Rebels captured the town of Brega after fighting.", 0,
             language="en")
    merged = merge_candidates([a, b, d, c])
    assert [len(event.members) for event in merged] == [3, 1]


def test_words_a_whole_collection_uses_weigh_less() -> None:
    """In a flu story every report says "flu" and "virus": sharing them proves little."""
    filler = [
        cand(f"{index:03d}_wire", "2009-04-20",
             f"Officials in town {index} said the swine flu virus spread further.", 0,
             language="en")
        for index in range(300)
    ]
    first = cand("a_wire", "2009-04-29", "Malaysian vets tested pigs for the swine flu virus.", 0,
                 language="en")
    second = cand("b_wire", "2009-04-29", "British homes will get leaflets on the swine flu virus.",
                  0, language="en")
    assert len(merge_candidates([first, second])) == 1  # a small story: the words count
    merged = merge_candidates([first, second, *filler])
    assert not any({m.article for m in event.members} == {"a_wire", "b_wire"} for event in merged)


def test_the_same_kind_of_happening_on_one_day_in_other_words_merges() -> None:
    first = cand(A, "2025-02-27", "Thousands of dockworkers at the port walked off the job on "
                 "Thursday in their first open-ended strike in decades.", 0, language="en")
    second = cand(B, "2025-02-27", "The stoppage, which began on 27 February, cut off one of the "
                  "main arteries feeding Germany's factories.", 0, language="en")
    assert len(merge_candidates([first, second])) == 1
    week_first = cand(A, "2025-W09", first.quote, 0, language="en")
    week_second = cand(B, "2025-W09", second.quote, 0, language="en")
    assert len(merge_candidates([week_first, week_second])) == 2  # a week holds many


def test_the_title_comes_from_the_report_most_like_the_others() -> None:
    core = "The WHO declared an influenza pandemic on Thursday, the first in 41 years."
    members = [
        cand(A, "2009-06-11", core, 0, title="WHO declared a pandemic", language="en"),
        cand(B, "2009-06-11", "The World Health Organization declared a flu pandemic on "
             "Thursday, the first in 41 years.", 0, title="World Health Organization declared "
             "a pandemic", language="en"),
        cand("002_c", "2009-06-11", "Novartis said on Thursday its vaccine will enter trials "
             "after the WHO declared a pandemic, the first in 41 years.", 0,
             title="Novartis vaccine", language="en"),
    ]
    merged = merge_candidates(members)
    assert len(merged) == 1
    assert merged[0].title != "Novartis vaccine"


def test_two_mentions_of_one_century_need_many_shared_words() -> None:
    first = cand(A, "18", "Gillian Gear wants to find out more about relatives who lived in "
                 "Redbourn.", 0, language="en")
    second = cand(B, "18", "Rail lines reached the relatives of the village and Redbourn "
                  "grew.", 0, language="en")
    assert date_relation("18", "18") == "same_era"
    assert len(merge_candidates([first, second])) == 2


def test_countries_a_report_mentions_do_not_keep_one_happening_apart() -> None:
    first = cand(A, "2025-02-27", "The stoppage, which began on 27 February, cut off supplies to "
                 "Germany's factories.", 0, tags=("Germany",), language="en")
    second = cand(B, "2025-02-27", "Dockworkers at the Dutch port walked off the job on Thursday "
                  "in an open-ended strike.", 0, tags=("Netherlands",), language="en")
    assert len(merge_candidates([first, second])) == 1


def test_signatures_the_caller_computed_give_the_same_events() -> None:
    from timeline.happening import signature

    NK = ("Russland", "Nordkorea")
    candidates = [
        cand(A, "2023-12-30", COALITION, 0, tags=NK, date_text="30. Dezember"),
        cand(B, "2023-12-30", JOINT, 0, tags=NK, date_text="30. Dezember"),
        cand(B, "2024-01-02", QUOTE, 300, tags=("Russland",), date_text="2. Januar 2024"),
        cand(A, "2024-W01", WHITE_HOUSE, 400, tags=("Russland",), date_text="Letzte Woche"),
    ]
    computed = merge_candidates(candidates)
    assert len(computed) < len(candidates)  # something merged
    given = merge_candidates(candidates, signatures=[signature(c) for c in candidates])
    assert [(e.date, e.keys) for e in given] == [(e.date, e.keys) for e in computed]
    with pytest.raises(ValueError, match="one signature per candidate"):
        merge_candidates(candidates, signatures=[signature(candidates[0])])
