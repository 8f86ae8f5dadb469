"""Page furniture inside article text: headers, datelines, credits, captions, copyright."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.articles import read_article
from timeline.cleaning import clean_text
from timeline.sentences import split_sentences


def test_run_in_page_header_and_the_headlines_before_it_go() -> None:
    raw = (
        "Helicopter crashes into crane, kills two. Full Article U.S. experts confirm oil "
        "HOUSTON | Wed Jun 9, 2010 3:49 am IST HOUSTON (Reuters) - U.S. experts on Tuesday "
        "confirmed the presence of oil below the surface."
    )
    cleaned = clean_text(raw)
    expected = "U.S. experts on Tuesday confirmed the presence of oil below the surface."
    assert cleaned.text == expected
    assert cleaned.dateline == "HOUSTON (Reuters) -"


@pytest.mark.parametrize(
    ("raw", "dateline"),
    [
        ("Passau, 28 February 2025.\n\nThe Red Cross said on Friday it helped.",
         "Passau, 28 February 2025."),
        ("PASSAU, Germany, Feb 27 (Reuters) -\n\nThe Red Cross said on Friday it helped.",
         "PASSAU, Germany, Feb 27 (Reuters) -"),
        ("Hagen, 3. März 2025 – The Red Cross said on Friday it helped.",
         "Hagen, 3. März 2025 –"),
        ("BERLIN (CPA) - The Red Cross said on Friday it helped.", "BERLIN (CPA) -"),
        ("Lüdenscheid (dpa) - The Red Cross said on Friday it helped.", "Lüdenscheid (dpa) -"),
    ],
)
def test_datelines_leave_the_text_and_are_kept(raw: str, dateline: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == "The Red Cross said on Friday it helped."
    assert cleaned.dateline == dateline


def test_a_sentence_that_starts_with_a_place_and_date_is_not_a_dateline() -> None:
    cleaned = clean_text("Hagen, 3. März 2025 wurde die Brücke gesperrt.")
    assert cleaned.text == "Hagen, 3. März 2025 wurde die Brücke gesperrt."
    assert cleaned.dateline is None


@pytest.mark.parametrize(
    "furniture",
    [
        "(Reporting by Jane Doe; Additional reporting by Max Roe; Editing by John Poe)",
        "(Mitarbeit: Anna Roth)",
        "Copyright 2025 The Associated Press. All rights reserved.",
        "© dpa-infocom, dpa:250303-99-123456/2",
        "dpa xy yz",
        "Gesperrte Brücke bei Hagen: Seit Wochen fließt hier kein Verkehr. Foto: Max Muster / dpa",
        "Image caption Ships waiting off the coast",
        "UNITED NATIONS | Wed Mar 16, 2011 7:06 pm EDT",
    ],
)
def test_furniture_lines_go(furniture: str) -> None:
    cleaned = clean_text(f"The port closed on Monday.\n\n{furniture}\n\nTalks resumed on Tuesday.")
    assert cleaned.text == "The port closed on Monday.\n\nTalks resumed on Tuesday."


def test_related_stories_list_goes_with_its_headlines() -> None:
    raw = (
        "The port closed on Monday.\n\nRelated stories\n\nStrike hits Rotterdam\n\n"
        "Unions call for talks\n\nTalks resumed on Tuesday."
    )
    assert clean_text(raw).text == "The port closed on Monday.\n\nTalks resumed on Tuesday."


def test_furniture_run_into_the_text_is_cut_without_joining_its_neighbours() -> None:
    raw = (
        "The port closed on Monday. (Reporting by Jane Doe; Editing by John Poe) Copyright "
        "2010 Thomson Reuters. All rights reserved. Related stories Strike hits Rotterdam"
    )
    assert clean_text(raw).text == "The port closed on Monday."
    raw = (
        "Ships queue outside the port Image caption Ships waiting off the coast Image source, "
        "Getty Images The port was closed on Monday."
    )
    assert clean_text(raw).text == "Ships queue outside the port\n\nThe port was closed on Monday."


def test_dateline_date_is_the_publication_date_and_beats_weekday_guesses(
    tmp_path: Path,
) -> None:
    path = tmp_path / "flood.txt"
    path.write_text(
        "Passau, 28 February 2025.\n\nThe Red Cross said on Friday that about 1,200 people "
        "stayed in shelters after the flood of 26 February 2025.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.published, article.published_source) == (date(2025, 2, 28), "dateline")
    assert not article.warnings
    assert "Passau" not in article.text


def test_dateline_without_year_takes_the_year_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "PASSAU, Germany, Feb 27 (Reuters) - Heavy rain that began on Monday flooded the old "
        "town, officials said, the worst since a flood on 3 June 2024 hit the region.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert (article.published, article.published_source) == (date(2025, 2, 27), "dateline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earlier, the U.N. Security Council met on Sept. 16 in New York. It voted.",
         ["Earlier, the U.N. Security Council met on Sept. 16 in New York.", "It voted."]),
        ("He lives in the U.S. The president said so.",
         ["He lives in the U.S.", "The president said so."]),
        ("Talks resumed in Feb. 2011 after J.P. Morgan left. Gen. Smith agreed.",
         ["Talks resumed in Feb. 2011 after J.P. Morgan left.", "Gen. Smith agreed."]),
        ("The fire started at 4:00 p.m. on Friday, according to the city.",
         ["The fire started at 4:00 p.m. on Friday, according to the city."]),
        ("Smoke rose at 11 p.m. Witnesses called the police. Talks end at 9 a.m. Friday.",
         ["Smoke rose at 11 p.m.", "Witnesses called the police.",
          "Talks end at 9 a.m. Friday."]),
        ("Shares of Apple Inc. and Google fell. It ended at 5 p.m. EST on Monday.",
         ["Shares of Apple Inc. and Google fell.", "It ended at 5 p.m. EST on Monday."]),
        ("Am 3. Okt. 2024 kam es zum Streit bei Siemens, SAP usw. Danach ging es weiter.",
         ["Am 3. Okt. 2024 kam es zum Streit bei Siemens, SAP usw.", "Danach ging es weiter."]),
        ("Key dates:\nFebruary 26 - Union members vote to strike\nMarch 3 - Talks resume",
         ["Key dates:", "February 26 - Union members vote to strike", "March 3 - Talks resume"]),
        # A chronology whose lines were run together.
        ("20 April: The rig explodes, killing 11 people 28 April: Coastguard fears the worst "
         "spill 8 May: A dome fails.",
         ["20 April: The rig explodes, killing 11 people",
          "28 April: Coastguard fears the worst spill", "8 May: A dome fails."]),
        ("1991: Tankers released oil in the Gulf 1979: A well blew out off Mexico.",
         ["1991: Tankers released oil in the Gulf", "1979: A well blew out off Mexico."]),
        ("4. März: Abriss beschlossen 5. März: Fahrverbot für Lastwagen.",
         ["4. März: Abriss beschlossen", "5. März: Fahrverbot für Lastwagen."]),
        # One dated colon is no chronology.
        ("The minister said on 3 March: We will act.",
         ["The minister said on 3 March: We will act."]),
    ],
)
def test_abbreviations_initials_and_list_labels(text: str, expected: list[str]) -> None:
    assert [sentence.text for sentence in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Robert Peston | 15:39 UK time, Tuesday, 1 June 2010 Given that BP is a core holding, "
         "the fall matters.", "Given that BP is a core holding, the fall matters."),
        ("Flu spreads. REUTERS/Jason Lee Apr 29, 2009 09:23 UTC By Niu Shuping and Ken Wills "
         "The virus has killed 150 people in Mexico.",
         "Flu spreads.\n\nThe virus has killed 150 people in Mexico."),
        ("Talks ended. 2009 06 13 00:11 JST GENEVA (Reuters) - The WHO declared a pandemic.",
         "Talks ended.\n\nThe WHO declared a pandemic."),
        # The weekday goes with the stamp: the headline before it is dated by nothing.
        ("BP tries to plug the leak Friday 14 May 2010 15.35 BST A boat loaded with boom left.",
         "BP tries to plug the leak\n\nA boat loaded with boom left."),
    ],
)
def test_stamps_photo_credits_and_bylines_run_into_the_text_go(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_a_long_paragraph_that_opens_with_a_caption_keeps_its_story() -> None:
    story = "The port was closed on Monday after talks failed. " * 8
    cleaned = clean_text(f"Image caption Ships waiting off the coast. {story.strip()}")
    assert cleaned.text == story.strip()


def test_bullets_run_into_a_line_are_separate_sentences() -> None:
    text = "* Child dies in Texas of swine flu * Death is first outside Mexico. Talks went on."
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Child dies in Texas of swine flu", "Death is first outside Mexico.", "Talks went on."
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("BP should pay. Posted by: Bious | April 30, 2010 5:38 PM | Report abuse As mentioned "
         "earlier, the spill grew.", "BP should pay.\n\nAs mentioned earlier, the spill grew."),
        ("Fergus Walsh | 14:07 PM, One flu expert has predicted a pandemic.",
         "One flu expert has predicted a pandemic."),
        ("Rigs were idle. | by: Brian Wilson Foreign companies were fined.",
         "Rigs were idle.\n\nForeign companies were fined."),
        ("That was my last entry! posted on Thursday, 28 May 2009 | comment on this post Ok "
         "guys, it is time.", "That was my last entry!\n\nOk guys, it is time."),
    ],
)
def test_signatures_around_a_pipe_go(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_german_guillemets_close_where_they_stand() -> None:
    text = ("Die Brücke bekam die Note 3,0, also »nicht ausreichend«. Im selben Jahr beschloss das "
            "Land einen Neubau. »Wir können nichts garantieren.« Das sagte sie.")
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Die Brücke bekam die Note 3,0, also »nicht ausreichend«.",
        "Im selben Jahr beschloss das Land einen Neubau.",
        "»Wir können nichts garantieren.«",
        "Das sagte sie.",
    ]


def test_list_lines_stay_apart_and_stamps_and_analysis_bylines_go() -> None:
    raw = (
        "Die Lage ist ernst.\n\nEine Analyse von Henrik Sommer, Altenbrück\n07.03.2025, 16.48 Uhr"
        "\n\nChronologie:\n1966: Die Brücke wird freigegeben\n2019: Die Brücke erhält die Note "
        "3,0\n\nÜber dieses Thema berichtet der WDR auch in der Lokalzeit, 19.03.2025, 19.30 Uhr."
    )
    assert clean_text(raw).text == (
        "Die Lage ist ernst.\n\nChronologie:\n\n1966: Die Brücke wird freigegeben\n\n"
        "2019: Die Brücke erhält die Note 3,0"
    )


def test_a_publication_stamp_dates_the_article_and_a_headline_above_the_dateline_goes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "ap.txt"
    path.write_text(
        "Dutch court orders dockworkers back to work\nBy LOTTE BRAKEL and DAVID ARKWRIGHT\n"
        "Updated 6:15 PM CET, March 7, 2025\n\nWESTERHAVEN, Netherlands (AP) — A Dutch judge on "
        "Friday ordered dockworkers to suspend their strike, which began on February 27.\n",
        encoding="utf-8",
    )
    article = read_article(path, lang="en")
    assert (article.published, article.published_source) == (date(2025, 3, 7), "dateline")
    assert article.text.startswith("A Dutch judge on Friday ordered")
    assert article.meta.title == "Dutch court orders dockworkers back to work"


def test_a_section_of_reader_comments_is_cut_off() -> None:
    raw = (
        "The flu spread on Monday. At 12:19 26th Apr 2009, barriesingleton wrote: This comment "
        "was removed because the moderators found it broke the rules. At 15:18 26th Apr 2009, "
        "Y wrote: Why is it so?\n\nOn 14 Jun, D_I: It's going to be a bad autumn."
    )
    assert clean_text(raw).text == "The flu spread on Monday."
    one_quote = "Blogger Troy Livesay wrote: Thousands are trapped. The quake struck on Tuesday."
    assert clean_text(one_quote).text == one_quote


def test_photo_credits_and_a_double_dash_dateline_after_them_go() -> None:
    raw = ("Oil spilled. Photograph: Gerald Herbert/AP an oil rig burned. AP2010 BARATARIA BAY, "
           "La. -- Oil seeped on Monday.")
    assert clean_text(raw).text == "Oil spilled.\n\nan oil rig burned.\n\nOil seeped on Monday."


def test_caption_sentences_and_comment_stamps_go() -> None:
    raw = ("Oil spilled on Monday. Stanley Murray, left, father of Chad Murray, spoke on April 22. "
           "The rig burned. A slick is seen in this aerial photo taken on Tuesday. Talks resumed.")
    assert clean_text(raw).text == "Oil spilled on Monday.\n\nThe rig burned.\n\nTalks resumed."
    raw = ("Aid arrived. Added: Tuesday, 19 January, 2010, 17:55 GMT 17:55 UK With regard to "
           "Wade. Added: Tuesday, 19 January, 2010, 17:47 GMT 17:47 UK It is nice.")
    assert clean_text(raw).text == "Aid arrived."


def test_a_publication_stamp_with_a_comma_before_the_year_and_a_second_clock_goes() -> None:
    raw = ("Do you think the response is adequate? Published: Monday, 18 January, 2010, 15:33 GMT "
           "15:33 UK A fund was launched in Lagos on Monday.")
    assert clean_text(raw).text == (
        "Do you think the response is adequate?\n\nA fund was launched in Lagos on Monday."
    )


def test_an_ordinal_in_parentheses_and_a_street_number_do_not_end_a_sentence() -> None:
    text = ("Die PdL haben daraufhin (8. Juli) Klage eingereicht. Der Markt ist in der "
            "Speckbacherstr. 24, im Pfarrzentrum. Ende.")
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Die PdL haben daraufhin (8. Juli) Klage eingereicht.",
        "Der Markt ist in der Speckbacherstr. 24, im Pfarrzentrum.",
        "Ende.",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        "Page last updated at 07:43 GMT, Tuesday, 23 August 2011 08:43 UK (an error occurred "
        "while processing this directive) Beyonce will perform in Cardiff in October.",
        "8 November 2011 Last updated at 14:07 GMT Help Beyonce will perform in Cardiff in "
        "October.",
        "First broadcast 22 January 2010 Beyonce will perform in Cardiff in October.",
        "Presenter/Neil MacGregor, Producer/Anthony Denselow for the BBC Beyonce will perform "
        "in Cardiff in October.",
    ],
)
def test_update_stamps_and_broadcast_notes_go(raw: str) -> None:
    assert clean_text(raw).text == "Beyonce will perform in Cardiff in October."


def test_an_update_in_a_sentence_stays() -> None:
    text = "The page was updated at 9:30 on Monday after the vote."
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    "raw",
    [
        "Oil spilled. This article was amended on 8 May 2010 to correct the figure given for "
        "revenues.",
        "Oil spilled. This article was amended on 6 May 2010. The original said that the well "
        "was spewing 5,000 gallons a day. This has been corrected.",
        "Oil spilled. A version appeared on p2 of the Main section section of the Guardian on "
        "22.31 BST on Friday 30 April 2010",
    ],
)
def test_editors_notes_go(raw: str) -> None:
    assert clean_text(raw).text == "Oil spilled."

