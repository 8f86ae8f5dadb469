"""English titles of long and coordinated sentences: a cut before an adjunct instead of
"…", a clause "that" opens kept with its verb, the second of two verb phrases that
carries the date, a participle phrase between subject and verb, date words left over.

Each case is a hand-written sentence with the date phrase that dates the event.
"""

from __future__ import annotations

from titlecases import title_for

from timeline.title_cut import adjunct_cut, phrase_cut
from timeline.title_english import second_predicate, without_participle_aside


def _title(sentence: str, *phrases: str) -> str:
    return title_for(sentence, *phrases, language="en").text


# --- a long clause ends before an adjunct, not at a word with "…" -----------------


def test_a_participle_after_its_noun_goes_before_the_title_is_cut_short() -> None:
    title = _title(
        "The regional water company of the three northern counties was facing a repair bill "
        "expected to exceed the cost of "
        "the new reservoir as hundreds of pipes burst across the northern districts on Friday.",
        "on Friday",
    )
    assert title == (
        "The regional water company of the three northern counties was facing a repair bill"
    )


def test_an_adjunct_cut_takes_the_first_adjunct() -> None:
    text = ("The harbour board will review why the old crane collapsed, following a complaint "
            "by the dockers' union and an inspection including the cranes leading the quay")
    assert adjunct_cut(text) == "The harbour board will review why the old crane collapsed"


def test_an_adjunct_cut_keeps_a_comparison_and_the_verb() -> None:
    assert adjunct_cut("The new bridge will carry twice as many cars such as the old one") is None
    assert adjunct_cut("Twelve new ferries for the northern islands were expected to sail") is None


# --- a clause "that" opens keeps its verb ------------------------------------------


def test_a_cut_does_not_leave_a_that_clause_without_its_verb() -> None:
    text = ("There is growing criticism that the regional council and the water board should "
            "have done more to protect the valley from the floods of the spring")
    head = phrase_cut(text, 90)
    assert head is None or "should have" in head


def test_a_participle_keeps_what_it_disclosed() -> None:
    title = _title(
        "The ministry was further embarrassed by a radio report disclosing that its deputy "
        "head, who is in charge of the coastal parks, was sailing off the islands on 5 May.",
        "on 5 May",
    )
    assert not title.endswith("disclosing")


# --- two verb phrases share a subject: the date's own verb phrase is the title -----


def test_the_date_in_the_second_verb_phrase_titles_that_phrase() -> None:
    title = _title(
        "The mayor joined the harbour board in 2001 but resigned in December 2008 after the "
        "audit.",
        "in December 2008", "in 2001",
    )
    assert title == "The mayor resigned after the audit"


def test_a_shared_auxiliary_keeps_the_sentence() -> None:
    sentence = "The ferry was damaged in the storm and repaired in March 2009."
    start = sentence.index("in March 2009")
    assert second_predicate(sentence, (start, start + 13), [(start, start + 13)]) is None


def test_the_date_in_the_first_verb_phrase_keeps_the_sentence() -> None:
    sentence = "The mayor joined the harbour board in 2001 but resigned after the audit."
    start = sentence.index("in 2001")
    assert second_predicate(sentence, (start, start + 7), [(start, start + 7)]) is None


# --- a participle phrase between the subject and its verb goes ---------------------


def test_a_participle_phrase_before_the_verb_goes() -> None:
    text = ("The latest figures published by the regional health office gave the number of "
            "recorded cases as 1,204")
    assert without_participle_aside(text) == (
        "The latest figures gave the number of recorded cases as 1,204"
    )


def test_a_participle_after_a_verb_stays() -> None:
    text = "The bridge was closed by the police after the storm damaged its piers"
    assert without_participle_aside(text) == text


# --- words that belonged to the date go with it ------------------------------------


def test_alone_before_a_date_goes_with_it() -> None:
    assert _title(
        "The county hospital recorded more than 40 new cases alone on Tuesday.", "on Tuesday"
    ) == "The county hospital recorded more than 40 new cases"


def test_into_before_a_month_goes_with_it() -> None:
    assert _title(
        "The port authority has warned that the strike could continue into August.", "August"
    ) == "The port authority has warned that the strike could continue"


# --- a relative clause the date stands in, followed by a clause of its own ---------


def test_a_dated_relative_clause_followed_by_where_titles_the_clause() -> None:
    title = _title(
        "The flood in the valley is in stark contrast to the storm that hit the coast in "
        "March 2011 where fewer than ten houses were damaged.",
        "March 2011",
    )
    assert title.startswith("The storm hit the coast")


# --- words that lead up to a date at the clause's end go with it -------------------


def test_as_soon_as_goes_with_the_date() -> None:
    assert _title(
        "Another repair of the old lock could be tried as soon as Wednesday.", "Wednesday"
    ) == "Another repair of the old lock could be tried"


def test_beginning_before_a_date_goes_and_the_speaker_stays() -> None:
    title = _title(
        "After that, the plan is to dredge the last 200 metres of the canal beginning Sept. 7, "
        "Miller said.",
        "Sept. 7",
    )
    assert title == "Miller: The plan is to dredge the last 200 metres of the canal"


def test_initials_do_not_end_the_happening_a_date_is_counted_from() -> None:
    title = _title(
        "Six months after the flood that caused the worst damage in U.S. history, the town "
        "is still rebuilding.",
        "Six months after",
    )
    assert "U.S. history" in title


def test_an_opening_participle_phrase_goes_from_a_long_title() -> None:
    title = _title(
        "Criticised for nearly three months as it tried again and again to repair the dam, the "
        "water board sealed the breach in the northern wall on Thursday and finally stopped "
        "the water from flooding the fields.",
        "on Thursday",
    )
    assert title.startswith("The water board sealed the breach")


# --- a relative clause inside what was said keeps the main verb --------------------


def test_a_relative_clause_with_a_short_object_goes_before_the_main_verb() -> None:
    title = _title(
        "Late last night the county health office confirmed that a 35-year-old from north "
        "Devon who had not visited Spain had become infected after contact with a traveller.",
        "Late last night",
    )
    assert "had become infected" in title
    assert "who had not" not in title


# --- a cut keeps what a noun or verb needs ------------------------------------------


def test_a_bid_keeps_its_infinitive() -> None:
    head = phrase_cut(
        "The council began an unprecedented closure of the old town in a bid to contain the "
        "spread of the fire and residents were told to stay at home for two days",
        90,
    )
    assert head is not None
    assert not head.endswith("in a bid")


def test_authorising_keeps_its_infinitive() -> None:
    head = phrase_cut(
        "The regional government issued a decree authorising Governor Anna Berg to invoke "
        "powers allowing the health department to close schools and inspect homes",
        90,
    )
    assert head is None or not head.endswith("Anna Berg")


# --- words that describe the date go with it -----------------------------------------


def test_until_goes_with_a_removed_date() -> None:
    sentence = "The ministry had claimed until late on Thursday that the water was safe to drink."
    title = title_for(sentence, "Thursday", language="en").text
    assert title == "The ministry had claimed that the water was safe to drink"


def test_an_apposition_that_names_the_date_goes_with_it() -> None:
    assert _title(
        "In 2019, the latest year for which figures are available, the disease killed 3,000 "
        "people in the region.",
        "In 2019",
    ) == "The disease killed 3,000 people in the region"


def test_an_attribute_after_by_is_no_verb() -> None:
    text = "More than 500 mourners gathered by the town's shattered Old Church"
    assert without_participle_aside(text) == text


def test_a_headline_run_into_the_text_is_a_piece_of_its_own() -> None:
    title = _title(
        "Flood relief slowed by landslides Makeshift shelters are going up in the valley on "
        "Monday.",
        "on Monday",
    )
    assert title == "Makeshift shelters are going up in the valley"


def test_a_gerund_after_a_counted_date_is_no_happening_of_its_own() -> None:
    title = _title(
        "On Friday, divers found a 40-year-old fisherman who had been missing for three days "
        "after being swept off the pier by a wave.",
        "three days after", "On Friday",
    )
    assert not title.startswith("Being")


def test_a_second_clock_time_goes_with_the_first() -> None:
    sentence = "The ferry leaves at 10:40 and 23:40 from the north pier."
    title = title_for(sentence, "at 10:40", language="en").text
    assert "23:40" not in title


def test_as_soon_as_goes_with_a_date_inside_the_clause() -> None:
    title = _title(
        "The ministry may issue new safety rules for the harbour cranes as soon as Tuesday for "
        "companies that want to load ships at night in the northern docks of the city.",
        "Tuesday",
    )
    assert "as soon" not in title


def test_a_clause_ends_before_after_when_nothing_else_fits() -> None:
    title = _title(
        "The flooded pumping station of the northern district showed no signs of leaking on "
        "Friday after a new seal stopped the flowing water, but the mayor of the town warned "
        "that the fix was only temporary.",
        "on Friday",
    )
    assert title == (
        "The flooded pumping station of the northern district showed no signs of leaking"
    )


def test_blame_keeps_what_it_is_blamed_on() -> None:
    head = phrase_cut(
        "The mayor blamed the collapse of the old harbour wall on a breakdown of maintenance "
        "at the port authority and its contractors over many years",
        90,
    )
    assert head is None or not head.endswith("harbour wall")


def test_a_short_clause_before_when_beats_a_cut_at_a_word() -> None:
    title = _title(
        "The row erupted earlier this week when a weekly magazine close to the governor's main "
        "coalition partner, the speaker of the regional assembly Hans Gruber, printed a letter.",
        "earlier this week",
    )
    assert title == "The row erupted"


# --- a cut never separates a subject from its verb; one sentence stays one ---------


def test_a_cut_does_not_end_inside_the_subject_of_a_later_verb() -> None:
    head = phrase_cut(
        "A film made to record the sounds of the storm on the coast was widely circulated online",
        90,
    )
    assert head is None or "was widely circulated" in head
    head = phrase_cut(
        "The harbour master claims the reason for the ferry's engine failures is that the crew "
        "\"sold the good fuel\" years ago",
        90,
    )
    assert head is None or "is that" in head


def test_a_subject_after_said_that_does_not_start_a_new_sentence() -> None:
    title = _title(
        "The Northern Water Agency (NWA) said on Monday that Italian divers had pulled "
        "twelve people from the flooded tunnel.",
        "on Monday",
    )
    assert title.lower().endswith("italian divers had pulled twelve people from the flooded tunnel")
    assert not title.endswith("said that")


def test_a_two_word_name_is_not_a_headline_run_into_the_text() -> None:
    title = _title(
        "Throughout Tuesday volunteers of the harbour trust handed out blankets, while Seaside "
        "Relief workers were cooking soup in the town hall.",
        "Throughout Tuesday",
    )
    assert not title.endswith("Seaside")
    title = _title(
        "On Friday, the medical journal The Harbour Review accused the port authority of "
        "neglecting its divers.",
        "On Friday",
    )
    assert "accused the port authority" in title


# --- what a date phrase leaves behind, and "said that" after a named speaker --------


def test_a_speaker_in_apposition_keeps_what_was_said() -> None:
    title = _title(
        "The harbour master, Jan de Vries, said yesterday that the ferry had reached the "
        "island safely.",
        "yesterday",
    )
    assert title.lower().endswith("the ferry had reached the island safely")


def test_a_restated_date_goes_with_its_relative_clause() -> None:
    title = _title(
        "In 2019, the latest year for which figures are available, floods destroyed 400 homes "
        "in the valley.",
        "In 2019",
    )
    assert title == "Floods destroyed 400 homes in the valley"


def test_a_fronted_year_before_there_goes_with_its_preposition() -> None:
    title = _title("But then in 1998 there was a new outbreak of the disease on a farm.", "1998")
    assert title == "But then there was a new outbreak of the disease on a farm"


def test_the_year_a_month_is_of_goes_with_the_month() -> None:
    title = _title("In June of that awful year the old dam finally broke.", "June")
    assert title == "The old dam finally broke"
