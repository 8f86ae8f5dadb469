"""Which dates make events, on the real tagger: ranges, deadlines, year names, plans,
chronology lines and dates counted from the story's own time (fixed publication dates)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import tag
from timeline.events import Candidate, extract_candidates


def events_of(text: str, language: str, published: date) -> list[Candidate]:
    return extract_candidates(
        "a", text, language, published, "metadata", tagger=tag
    ).candidates


def dates_of(text: str, language: str, published: date) -> list[tuple[str, str | None]]:
    return [(c.date, c.end) for c in events_of(text, language, published)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Vom 28. Februar bis 2. März blieben 1.200 Menschen in Notunterkünften.", "de",
         ("2025-02-28", "2025-03-02")),
        ("From 28 February to 2 March about 1,200 people stayed in shelters.", "en",
         ("2025-02-28", "2025-03-02")),
        ("Talks were held on Feb. 26-28 in Brussels.", "en", ("2025-02-26", "2025-02-28")),
        ("Zwischen 2009 und 2011 wurde die Brücke saniert.", "de", ("2009", "2011")),
        ("The bridge was repaired between 2009 and 2011.", "en", ("2009", "2011")),
        ("Zwischen dem 10. und 14. Februar streikten die Hafenarbeiter.", "de",
         ("2025-02-10", "2025-02-14")),
    ],
)
def test_a_range_is_one_event_with_an_end(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    found = events_of(text, language, date(2025, 3, 5))
    assert [(c.date, c.end) for c in found] == [expected]
    assert found[0].date_text in text
    assert not any(word in found[0].title for word in ("Februar", "February", "2009", "Feb"))


def test_a_range_title_keeps_what_happened() -> None:
    found = events_of(
        "From 28 February to 2 March about 1,200 people stayed in shelters.", "en",
        date(2025, 3, 5),
    )
    assert found[0].title == "About 1,200 people stayed in shelters"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Donations can be made until the end of March.", "en"),
        ("Anträge auf Entschädigung können bis Ende April gestellt werden.", "de"),
        ("Shippers can file claims by April 30.", "en"),
        ("Die Frist läuft spätestens am 3. April ab.", "de"),
        ("Profits in fiscal 2024 rose by a fifth.", "en"),
        ("Im Geschäftsjahr 2024 sank der Umsatz deutlich.", "de"),
        ("Ticket sales for the 2025/26 season opened strongly.", "en"),
        ("Fighting resumed at dawn (1950 GMT), a witness said.", "en"),
        ("Coverage runs from 2300 BST (1800-1900 GMT), the site said.", "en"),
        ("Live coverage runs between 2300 and 0200 GMT (1900 to 2200 EST), it said.", "en"),
        ("The WHO said the first influenza pandemic since 1968 was under way.", "en"),
        ("Es ist das schwerste Hochwasser seit 2002, sagte der Landrat.", "de"),
        ("The text is attributed to a physician of the fourth century BC.", "en"),
        ("The programme is broadcast daily at 09:10 local time (14:10 GMT).", "en"),
        # The page invites its reader: a promotion, not a happening.
        ("Live Q&A: Post your questions and join our engineer at midday on Friday.", "en"),
        ("Join us on Monday for a live debate on the flood.", "en"),
        ("Diskutieren Sie am Montag mit unseren Experten.", "de"),
    ],
)
def test_deadlines_year_names_and_clock_times_are_not_events(text: str, language: str) -> None:
    assert events_of(text, language, date(2025, 3, 5)) == []


def test_a_clock_time_with_its_zone_leaves_the_title() -> None:
    found = events_of("KLSE fell 0.9 percent to 983.9 points by 0305 GMT on Monday.", "en",
                      date(2009, 4, 28))
    assert [(c.date, c.title) for c in found] == [
        ("2009-04-27", "KLSE fell 0.9 percent to 983.9 points")
    ]


def test_local_time_goes_with_its_clock_time() -> None:
    found = events_of("On 12 January 2010, a strong earthquake hit the island at 16:53 local time.",
                      "en", date(2010, 1, 20))
    assert [(c.date, c.title) for c in found] == [
        ("2010-01-12", "A strong earthquake hit the island")
    ]


def test_a_date_after_publication_is_planned() -> None:
    found = events_of(
        "Die Sprengung ist für den 6. April geplant. Am Montag wurde die Brücke gesperrt.",
        "de", date(2025, 3, 5),
    )
    assert [(c.date, c.planned) for c in found] == [("2025-04-06", True), ("2025-03-03", False)]


def test_a_month_of_that_year_lies_in_the_year_named_before() -> None:
    text = "The record flood came in 2013. In June of that year the dam broke."
    found = events_of(text, "en", date(2025, 3, 5))
    assert [(c.date, c.date_text) for c in found] == [
        ("2013", "2013"), ("2013-06", "June of that year")
    ]
    assert found[1].title == "The dam broke"


def test_a_span_later_counts_from_the_last_date() -> None:
    text = "The strike began on Feb. 3. A week later the port reopened."
    assert dates_of(text, "en", date(2025, 3, 5)) == [
        ("2025-02-03", None), ("2025-02-10", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant closed in 1990. Twenty years on, the town is empty.",
         [("1990", None), ("2010", None)]),
        # A length ("sentences of 20 years on each count") counts from nothing.
        ("The law passed in 1990. Convictions bring sentences of 20 years on each count.",
         [("1990", None)]),
    ],
)
def test_years_on_counts_only_where_the_clause_ends(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert dates_of(text, "en", date(2012, 3, 5)) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("Key dates:\nFebruary 26 - The U.N. Security Council imposes sanctions on Libya\n"
         "March 17 - The Council authorises a no-fly zone", "en", date(2011, 10, 20),
         ["2011-02-26", "2011-03-17"]),
        ("Chronologie:\n26. Februar: Prüfer stellen Risse fest\n3. März: Die Brücke wird "
         "gesperrt", "de", date(2025, 3, 7), ["2025-02-26", "2025-03-03"]),
        ("Chronik 2002:\n12. August: Die Mulde tritt über die Ufer\n13. August: Grimma wird "
         "überflutet", "de", date(2025, 3, 7), ["2002-08-12", "2002-08-13"]),
    ],
)
def test_chronology_lines_keep_the_chronology_s_year(
    text: str, language: str, published: date, expected: list[str]
) -> None:
    found = events_of(text, language, published)
    assert [c.date for c in found] == expected
    assert all(":" not in c.title[:12] and "-" not in c.title[:2] for c in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wie dringend das ist, zeigte sich bereits vor gut einer Woche.", "de"),
        ("It happened about a week ago, officials said.", "en"),
        ("Around 4,000 bridges need to be replaced in the coming decade.", "en"),
        ("Rund 200 Anwohner müssen ihre Häuser an dem Tag ab 8 Uhr verlassen.", "de"),
        ("»Hätten wir die Risse im Dezember gefunden, hätten wir Monate gewonnen«, sagt er.",
         "de"),
        # PAST_REF, PRESENT_REF and FUTURE_REF date nothing (issue 12).
        ("Bis heute ist der Einsturz der Brücke nicht aufgeklärt.", "de"),
        ("Früher fuhren hier täglich 30.000 Autos über die Brücke.", "de"),
        ("In Zukunft sollen Sensoren die Brücken überwachen.", "de"),
        ("In letzter Zeit wurden immer mehr Risse gemeldet.", "de"),
        ("Formerly, the bridge carried 30,000 cars a day.", "en"),
        ("At that time, nobody knew about the cracks.", "en"),
    ],
)
def test_vague_and_counterfactual_dates_are_not_events(text: str, language: str) -> None:
    assert events_of(text, language, date(2025, 3, 7)) == []


def test_a_time_converted_to_another_zone_is_not_a_second_event() -> None:
    text = "This was completed at 1930 CDT on 1 June (0030 GMT 2 June)."
    assert dates_of(text, "en", date(2010, 6, 10)) == [("2010-06-01", None)]


def test_a_part_of_the_day_belongs_to_the_other_date_of_its_sentence() -> None:
    text = "Im September 2024 war in der Nacht ein Teil der Carolabrücke eingestürzt."
    assert dates_of(text, "de", date(2025, 3, 7)) == [("2024-09", None)]


def test_a_weekday_in_apposition_restates_the_day_before_it() -> None:
    text = "Am 26. Februar fanden Prüfer Risse. Zwei Tage später, am Freitag, sperrte die " \
           "Autobahn GmbH die Brücke."
    assert dates_of(text, "de", date(2025, 3, 7)) == [
        ("2025-02-26", None), ("2025-02-28", None)
    ]


def test_a_range_whose_first_day_is_a_bare_number() -> None:
    text = "From 1 to 3 March, dockers in Antwerp refused to unload ships."
    found = events_of(text, "en", date(2025, 3, 19))
    assert [(c.date, c.end, c.date_text) for c in found] == [
        ("2025-03-01", "2025-03-03", "1 to 3 March")
    ]
    assert found[0].title == "Dockers in Antwerp refused to unload ships"


def test_a_day_of_the_month_just_named_keeps_its_year() -> None:
    text = ("The last major strike was in 2002. In June of that year, dockers stayed out for nine "
            "days. The strike ended on 21 June, and members approved the deal the following week.")
    assert dates_of(text, "en", date(2025, 3, 5)) == [
        ("2002", None), ("2002-06", None), ("2002-06-21", None), ("2002-W26", None)
    ]


def test_a_span_after_a_clause_dates_that_clause_before_the_main_one() -> None:
    text = "Members walked out on 27 February, a day after the result of a ballot was announced."
    assert dates_of(text, "en", date(2025, 3, 5)) == [
        ("2025-02-27", None), ("2025-02-26", None)
    ]


def test_other_months_after_a_background_year_stay_with_the_tagger() -> None:
    text = "Der Krieg begann im Februar 2022. Am 30. Dezember griff Russland mit Raketen an."
    assert dates_of(text, "de", date(2024, 1, 9)) == [("2022-02", None), ("2023-12-30", None)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dockers refused to unload ships on March 1–3, leaving them idle.", "en",
         ("2025-03-01", "2025-03-03")),
        ("Vom 26.–28. Februar tagte der Rat in Bonn.", "de", ("2025-02-26", "2025-02-28")),
    ],
)
def test_a_day_range_with_a_dash(text: str, language: str, expected: tuple[str, str]) -> None:
    assert dates_of(text, language, date(2025, 3, 11)) == [expected]


def test_the_noun_phrase_a_date_belongs_to_is_what_happened() -> None:
    found = events_of(
        "Seit der Vollsperrung der Lennetalbrücke am 3. März fehlt ihr ein Drittel der Kunden.",
        "de", date(2025, 3, 11),
    )
    assert [c.focus for c in found] == ["Vollsperrung der Lennetalbrücke"]
    assert events_of("Die Firma hat die Brücke bei Altenbrück am Montag gesperrt.", "de",
                     date(2025, 3, 11))[0].focus == ""


@pytest.mark.parametrize(
    ("text", "language", "focus"),
    [
        ("Aid workers helping victims of Tuesday's earthquake shared their accounts.", "en",
         "earthquake"),
        ("Shares have halved since the April 20 explosion that sank the rig.", "en",
         "explosion"),
        ("Doctors were sent to treat victims of the devastating earthquake on 12 January.", "en",
         "earthquake"),
        ("Last Tuesday's vote was close.", "en", "vote"),
        ("Die Bilanz des Hochwassers vom 14. Mai ist verheerend.", "de", "Hochwassers"),
        # The date of the clause, not of a noun.
        ("Members will vote on the deal on 24 March.", "en", ""),
        ("The minister arrived in the capital on Tuesday morning.", "en", ""),
        ("The president said on Tuesday that he would resign.", "en", ""),
    ],
)
def test_a_date_that_is_an_attribute_names_its_happening(text: str, language: str,
                                                         focus: str) -> None:
    assert [c.focus for c in events_of(text, language, date(2010, 5, 20))] == [focus]


@pytest.mark.parametrize(
    "text",
    [
        "I bought my first digital camera in 2000.",
        "In the coming year, I'll be exploring the business of digital media in 2010.",
        "Well, I've rambled on long enough since June, so I'll come to my point.",
        "In the end I confirmed that my family was fine, then I remembered my mother who "
        "had died two days earlier.",
        # A reader's comment below the article.
        "That day was the best day of my year:) yesterday i met my cousin.",
        "Barcelona beat Chelsea last night !!! it was a bolt from the blue.",
        "Ich war im Sommer 2012 zum ersten Mal in Meran.",
        # The writer's "we": an essay's voice, not a report.
        "In the 1900s we ransacked their habitats with wholesale conversion.",
        "Since 1995, we've been in a cycle of increased activity.",
        "Wir waren im Sommer 2012 zum ersten Mal in Meran.",
        # The writer as the one told, or speaking outside the quotation.
        "A harbour official told me last week that the ferry would not sail.",
        'It all reminds me of the "great flood" of 1953.',
        "Last Wednesday my colleagues and I saw oil a centimetre thick off the delta.",
        "Der Hafenmeister sagte mir am Montag, die Fähre fahre nicht.",
        # A reader writes in.
        'Tom Baker, in Leeds, UK e-mails: "The bridge closed on Monday and nobody told us."',
        'Ana from Porto writes: "We left the town on 3 May."',
        # A reader's query on a letters page, and its answer.
        'Tom Reed from Leeds is trying to trace relatives who lived in Hull in the 1880s: Tom: '
        '"Any help welcome."',
        'Ann Lee has responded to Tom Reed\'s query about Hull in 1885: Ann: "Try the archive."',
    ],
)
def test_a_writer_s_own_voice_is_not_a_report(text: str) -> None:
    language = "de" if text.startswith(("Ich", "Wir")) else "en"
    assert events_of(text, language, date(2013, 3, 5)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("World War I ended on 11 November 1918.", ["1918-11-11"]),
        ("BP wants to know why the cap failed on Friday, the company said.", ["2013-03-01"]),
        ("Police from Leeds are searching for the missing boy since Monday.", ["2013-03-04"]),
        ("King Henry I died in 1135.", ["1135"]),
        ("The coal mine was closed in 1987, and mine workers moved away.", ["1987"]),
        ('"My family lost everything on Tuesday," the fisherman said.', ["2013-03-05"]),
    ],
)
def test_names_and_quotations_with_i_or_my_are_reports(text: str, expected: list[str]) -> None:
    assert [c.date for c in events_of(text, "en", date(2013, 3, 7))] == expected


def test_first_person_in_a_quotation_is_a_report() -> None:
    found = events_of('"We will vote on March 24," the union leader said.', "en",
                      date(2025, 3, 19))
    assert [c.date for c in found] == ["2025-03-24"]
    found = events_of("We closed the bridge on Monday, the mayor said.", "en", date(2025, 3, 19))
    assert [c.date for c in found] == ["2025-03-17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A regular verb in the simple past reports what "heute" dates.
        ("Greta Lindqvist entschuldigte sich heute bei den Anwohnern in Kassel.", ["2024-03-08"]),
        ("Die Feuerwehr löschte heute den Brand in der Altstadt.", ["2024-03-08"]),
        ("Die Richter verurteilten heute zwei Männer zu Haftstrafen.", ["2024-03-08"]),
        # Words in -te/-ten that are no verbs: "heute" is the present, not a happening.
        ("Heute ist die Lage in der Altstadt ruhig.", []),
        ("Heute gibt es die zweite Runde der Gespräche.", []),
        ("Heute leben dort nur noch alte Menschen.", []),
        ("Derzeit gelten in der Stadt die erweiterten Regeln.", []),
    ],
)
def test_a_regular_german_past_form_makes_heute_a_happening(
    text: str, expected: list[str]
) -> None:
    assert [c.date for c in events_of(text, "de", date(2024, 3, 8))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yuki Tanaka focht heute das Wahlergebnis vor Gericht an.", ["2024-03-08"]),
        ("Heute kam es in der Altstadt zu Ausschreitungen.", ["2024-03-08"]),
        ("Heute war es in der Altstadt ruhig.", []),
        # Past markers that are no verbs: the tagger's tense words, not past forms.
        ("Heute ist es in der Altstadt ruhiger als damals.", []),
        ("Heute ist die Lage in der Altstadt ruhiger als zuvor.", []),
        ("Heute hatte die Altstadt kein Wasser.", []),
    ],
)
def test_a_strong_german_past_form_makes_heute_a_happening(
    text: str, expected: list[str]
) -> None:
    assert [c.date for c in events_of(text, "de", date(2024, 3, 8))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "There were several dozen people on our flight out there this morning.",
        "Last week we didn't have classes because of the flu.",
        "Unsere Reporter erreichten das Dorf am Montag.",
    ],
)
def test_the_writer_s_we_and_our_in_running_text_are_not_reports(text: str) -> None:
    language = "de" if text.startswith("Unsere") else "en"
    assert events_of(text, language, date(2009, 5, 1)) == []
