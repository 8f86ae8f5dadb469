"""English titles: the cuts, appositions, anchored dates and speakers of
:mod:`timeline.title_cut`, :mod:`timeline.title_english` and :mod:`timeline.title_speech`.

Each case is a hand-written sentence with the date phrase that dates the event;
the expected title is what a reader should understand as what happened.
"""

from __future__ import annotations

import pytest
from titlecases import title_for

from timeline.title_cut import phrase_cut
from timeline.title_english import english_clause, short_speaker
from timeline.title_text import sentence_pieces


def _title(sentence: str, *phrases: str) -> str:
    return title_for(sentence, *phrases, language="en").text


# --- a shortened title never ends where the words cut off complete it -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not before "of": "a series" alone says nothing
        ("The council and its advisers made a series of decisions that led to the closure of "
         "the harbour and the loss of hundreds of jobs in the town",
         "The council and its advisers made a series of decisions"),
        # not between two nouns "and" joins
        ("Smoke from the forest fires could reach the Essex and Kent coasts before the weekend "
         "as firefighters struggled to contain the blaze near the town",
         "Smoke from the forest fires could reach the Essex and Kent coasts before the weekend"),
        # not before the infinitive a verb needs, nor after a verb that wants its phrase
        ("The pumps at the northern station continued to work normally although the storm "
         "cut the power lines to the villages in the valley",
         "The pumps at the northern station continued to work normally"),
        # not inside an aside the comma opened
        ("The old ferry, still weeks away from being repaired, threatens to leave the island "
         "without a link to the mainland for the whole of the summer season",
         "The old ferry, still weeks away from being repaired, threatens to leave the island "
         "without a link"),
    ],
)
def test_a_phrase_cut_keeps_what_completes_the_clause(text: str, expected: str) -> None:
    assert phrase_cut(text) == expected


def test_a_verb_keeps_its_preposition() -> None:
    # "help the town deal" needs "with the damage"
    head = phrase_cut(
        "The regional government is ready to help the town deal with the damage caused by the "
        "flood and the landslides in the valley"
    )
    assert head == "The regional government is ready to help the town deal with the damage"


def test_hyphenated_attributes_and_participles_are_no_verbs() -> None:
    assert not english_clause("Shares in London-based Acme")
    assert not english_clause("Charged with guiding the future of the harbour")
    assert english_clause("The report ultimately blamed the harbour master")


# --- what a date leaves behind -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrases", "expected"),
    [
        # a date counted from a happening dates that happening
        ("A volunteer described the rescue of the boy, two weeks after the storm flooded the "
         "town, as a miracle.", ["two weeks after"], "The storm flooded the town"),
        # ... and goes with it when the happening is only named
        ("Some families are still waiting for new homes one month after the flood.",
         ["one month after"], "Some families are still waiting for new homes"),
        # a cleft that stressed the date goes with it
        ("It was only last night that the ferry reached the island.", ["last night"],
         "The ferry reached the island"),
        # an aside between commas goes with its commas
        ("Her father said he had seen her on Friday night and, almost a day later, he found "
         "her in the cellar.", ["Friday night", "a day later"],
         "Her father said he had seen her and he found her in the cellar"),
        # a month that describes a noun leaves its preposition
        ("Both parties see the bridge as a key issue in November elections.", ["November"],
         "Both parties see the bridge as a key issue in elections"),
        # "from yesterday" would tell the reader nothing
        ("The school was closed for a week from yesterday.", ["yesterday"],
         "The school was closed for a week"),
        # a weekday's possessive stays a noun's determiner
        ("Rescuers have counted 900 dead since Tuesday's landslide.", ["Tuesday"],
         "Rescuers have counted 900 dead since Tuesday's landslide"),
    ],
)
def test_taking_the_date_out_leaves_a_sentence(
    sentence: str, phrases: list[str], expected: str
) -> None:
    assert _title(sentence, *phrases) == expected


# --- the subject and its verb ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a name that stands for the role keeps the verb
        ("The city's mayor, Anna Berg, on Friday opened the new library.", "on Friday",
         "Anna Berg opened the new library"),
        # an apposition that describes the subject goes
        ("Two climbers, a woman and her son, were rescued from the glacier on Sunday.",
         "on Sunday", "Two climbers were rescued from the glacier"),
        # a place after a place is no apposition
        ("Pupils at a school in Adorf, Kent, fell ill last week.", "last week",
         "Pupils at a school in Adorf, Kent, fell ill"),
        # a relative clause between the subject and its verb goes
        ("The relief convoy, which had been due to leave on Friday, reached the border town "
         "on Sunday.", "Sunday", "The relief convoy reached the border town"),
        # the end of a stock ticker the splitter cut off
        ("L) shares fell 5 percent on Monday.", "on Monday", "Shares fell 5 percent"),
        # a live blog's entry time run into the text
        ("2142 Rescuers reached the village on Monday.", "on Monday",
         "Rescuers reached the village"),
    ],
)
def test_the_subject_meets_its_verb(sentence: str, phrase: str, expected: str) -> None:
    assert _title(sentence, phrase) == expected


def test_a_headline_run_into_the_text_is_a_sentence_of_its_own() -> None:
    sentence = "Storm hits coast villages The storm destroyed two piers on Monday."
    assert [sentence[a:b].strip() for a, b in sentence_pieces(sentence)] == [
        "Storm hits coast villages", "The storm destroyed two piers on Monday.",
    ]
    assert _title(sentence, "on Monday") == "The storm destroyed two piers"
    # a title after "the novel" or a German road after "der" is no headline
    assert len(sentence_pieces("He read the novel The Comedians again.")) == 1
    assert len(sentence_pieces("Die Sperrung der A 47 dauert an.")) == 1


# --- who said it ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("And officials warned on Tuesday that the old dam may fail.", "on Tuesday",
         "Officials: The old dam may fail"),
        ("Mr Lund also said on Monday he would resign.", "on Monday", "Mr Lund: He would resign"),
        ("Costs for the new bridge will rise, the finance minister, Eva Lind, said on Monday.",
         "on Monday", "Eva Lind: Costs for the new bridge will rise"),
        ("Tom Hale, a farmer who grows barley near the river, reported on Monday that his "
         "fields were flooded.", "on Monday", "Tom Hale: His fields were flooded"),
        # a verb before "and said" makes no name
        ("The mayor thanked the firefighters and said on Monday that the town would rebuild "
         "the school.", "on Monday",
         "The mayor thanked the firefighters and said that the town would rebuild the school"),
    ],
)
def test_a_statement_names_its_speaker(sentence: str, phrase: str, expected: str) -> None:
    assert _title(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("speaker", "short"),
    [
        ("State-owned carrier Nordair", "Nordair"),
        ("Harbour Authority Chairman Ole Berg", "Ole Berg"),
        ("Finance Minister Eva Lind of Norway", "Eva Lind"),
        ("World Health Organization", "World Health Organization"),
        ("Mr Lund", "Mr Lund"),
    ],
)
def test_a_long_speaker_keeps_the_name(speaker: str, short: str) -> None:
    assert short_speaker(speaker) == short


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # the clause after the frame is another statement, not what was said
        ("Test results for the new pumps are due on Monday, Ms Berg said, but the crew is "
         "confident the pumps will work.", "on Monday",
         "Ms Berg: Test results for the new pumps are due"),
        # "because of" opens no clause the date could belong to
        ("Ms Berg was named harbour master because of her work on the September 11 fund.",
         "September 11", "Ms Berg was named harbour master because of her work on the fund"),
    ],
)
def test_a_frame_and_a_cause_are_read_as_what_they_are(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase) == expected


def test_a_long_title_loses_its_opening_clause_but_not_its_condition() -> None:
    assert _title(
        "As the water rose in the old town during the night, the fire brigade evacuated more "
        "than 300 people from the houses along the river on Monday.", "on Monday",
    ) == "The fire brigade evacuated more than 300 people from the houses along the river"
    conditional = _title(
        "If the dam breaks under the pressure of the water from the mountains, the fire brigade "
        "will evacuate more than 300 people from the houses on Monday.", "on Monday",
    )
    assert conditional.startswith("If the dam breaks")


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a label and its date before the sentence
        ("First broadcast 22 January 2010 Only a few doctors work in the harbour district.",
         "22 January 2010", "Only a few doctors work in the harbour district"),
        # a phrase with an article is no label: the year dates the spill it names
        ("After the 2002 Prestige spill, fishermen fell ill.", "2002", "Prestige spill"),
        # clauses a semicolon joins: the one with the date
        ("In 1692 a storm flooded the port; in 1843 a storm destroyed the pier.", "1843",
         "A storm destroyed the pier"),
        # a date that is what the clause says stays
        ("The last big flood in the valley was 150 years ago.", "150 years ago",
         "The last big flood in the valley was 150 years ago"),
        ("The weather looks much the same as yesterday, Captain Berg said.", "yesterday",
         "Captain Berg: The weather looks much the same as yesterday"),
        # a sentence run into the text after a lowercase word
        ("Rescue teams are still at work in the harbour It said on Monday that the ferry was "
         "safe.", "on Monday", "The ferry was safe"),
        # a place between commas is not who spoke; "told the Harbour Gazette" is the frame
        ("The mayor of Adorf in the capital, Bedorf, says the bridge will reopen next week.",
         "next week", "Mayor of Adorf: The bridge will reopen"),
        ("Anna Berg told the Harbour Gazette on Monday that the ferry would stop.", "on Monday",
         "Anna Berg: The ferry would stop"),
        ("The pier is unsafe, the inspector Ole Berg said on Monday in a report filed with the "
         "council.", "on Monday", "Inspector Ole Berg: The pier is unsafe"),
        # a link after the text
        ("The ferry reached the island on Monday Continue reading...", "on Monday",
         "The ferry reached the island"),
    ],
)
def test_what_stands_around_the_sentence_goes(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase) == expected


def test_a_question_is_a_weaker_title() -> None:
    question = title_for("Will the ferry reach the island on Monday?", "on Monday", language="en")
    answer = title_for("The ferry will reach the island on Monday.", "on Monday", language="en")
    assert question.quality > answer.quality


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a date that is the predicate stays
        ("A spokeswoman said the survey voyage was in late June, while the well was still "
         "leaking.", "late June", "Spokeswoman: The survey voyage was in late June"),
        # "take until next month" needs its date; "at least until next month" goes whole
        ("The company expects to take at least until next month to deliver all its orders.",
         "next month",
         "The company expects to take at least until next month to deliver all its orders"),
        ("The bridge stays closed at least until next month.", "next month",
         "The bridge stays closed"),
        ("A containment cap will be connected towards the end of the week.",
         "the end of the week", "A containment cap will be connected"),
        # of two clauses "but" joins, the one with the date
        ("Official figures were not available but two traders estimated the imports in 2008 at "
         "$11 million.", "2008", "Two traders estimated the imports at $11 million"),
        # a verb keeps the object it needs before "to"
        ("The employers' association of the harbour went to court on Monday, asking a judge in "
         "the city to order the striking dock workers back to work before the weekend.",
         "on Monday", "The employers' association of the harbour went to court"),
    ],
)
def test_the_clause_keeps_what_it_needs(sentence: str, phrase: str, expected: str) -> None:
    assert _title(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # "announced that", "say": statements
        ("The harbour master announced on Friday that the ferry would stop running.", "on Friday",
         "Harbour master: The ferry would stop running"),
        ("Scientists now say the old dam could fail within the next few years, in a report "
         "published in April.", "April",
         "Scientists: The old dam could fail within the next few years"),
        # a member of Congress's party and state is not the speaker
        ("Rep. Ann Holt, D-Mich., said on Thursday the harbour would reopen.", "on Thursday",
         "Rep. Ann Holt: The harbour would reopen"),
        # "(T)he" is "The"; "this year alone" goes whole
        ("(T)he reality is that the ferry is too old, Captain Berg said on Sunday.", "on Sunday",
         "Captain Berg: The reality is that the ferry is too old"),
        ("This year alone, three ferries have been sold to the island.", "This year",
         "Three ferries have been sold to the island"),
        # "before the cameras" is a phrase, not a clause the date belongs to
        ("The mayor went before the cameras to praise the plans he signed into law this week.",
         "this week", "The mayor went before the cameras to praise the plans he signed into law"),
        # "the WHO" is a name, not a relative pronoun
        ("In a statement on 1 May, the WHO said: \"Travel bans have little effect.\"", "1 May",
         "WHO: Travel bans have little effect"),
    ],
)
def test_statements_and_what_stands_around_them(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase) == expected


def test_and_joins_a_clause_only_before_a_subject_or_verb() -> None:
    # "health and harbour workers": two nouns, not two clauses
    assert phrase_cut(
        "Before the winter the town expects that health and harbour workers will be among the "
        "first to receive the new vaccine from the regional health authority"
    ) != "Before the winter the town expects that health"
    assert short_speaker("A group of scientists from the US and Jamaica") == (
        "A group of scientists from the US and Jamaica"
    )
    assert short_speaker("A statement from President Ann Holt") == "President Ann Holt"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a date that is the subject stays
        ("July and August will be the busiest months for the ferry.", "July",
         "July and August will be the busiest months for the ferry"),
        # "until at least Thursday" goes whole
        ("The school has been closed until at least Thursday.", "Thursday",
         "The school has been closed"),
        # the noun a relative clause describes, with "from"
        ("It involves a woman from Adorf who travelled to the island on 30 April.", "30 April",
         "A woman from Adorf travelled to the island"),
        # a name an aside gives goes, the next aside keeps its comma
        ("The ferry, known simply as Old Mary, the oldest boat on the lake, was sold to the "
         "museum in 2002.", "2002", "The ferry was sold to the museum"),
    ],
)
def test_subjects_and_asides(sentence: str, phrase: str, expected: str) -> None:
    assert _title(sentence, phrase) == expected


def test_an_aside_participle_goes_and_its_verb_stays() -> None:
    assert _title(
        "The ferry sank on 20 April, when the old boat, leased by the town from a company in "
        "Bergen, struck a rock and sank two days later, killing two sailors.", "20 April",
        "two days later",
    ) == "The ferry sank, when the old boat struck a rock and sank, killing two sailors"
    assert _title(
        "The town paid millions to the families before the fund, set up after talks with the "
        "minister, began work in August.", "August",
    ) == "The town paid millions to the families before the fund began work"
    # "until the end of April" is a phrase: what follows "and" is not its clause
    assert _title(
        "The company expects repairs to take until the end of April and said the ferry "
        "would keep running.", "the end of April",
    ) == "The company expects repairs to take until the end of April"


def test_a_sentence_in_brackets_loses_the_bracket_its_cut_left() -> None:
    sentence = (
        "(Last week, a shard of the exploded Deepwater Horizon showed up on a beach in "
        "Florida, 306km away.)"
    )
    assert _title(sentence, "Last week") == (
        "A shard of the exploded Deepwater Horizon showed up on a beach"
    )


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # The date belongs to a happening named after a preposition or "and".
        ("The panel will be like those that looked into the Challenger explosion in 1986 and "
         "the Three Mile Island nuclear accident in 1979.", "1979",
         "Three Mile Island nuclear accident"),
        ("The point is, unlike with the financial crisis two years ago, there is no bail-out.",
         "two years ago", "Financial crisis"),
        ("It is the worst spill since the Exxon Valdez disaster in 1989, officials said.",
         "1989", "Exxon Valdez disaster"),
        ("Shares are down 10 percent since the rig explosion on April 20.", "April 20",
         "Rig explosion"),
    ],
)
def test_a_date_of_a_named_happening_titles_that_happening(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # A day after the phrase dates the clause: what was found, done or said.
        ("Crews found 130 dead birds affected by oil from the oil spill on Monday.", "Monday",
         "Crews found 130 dead birds affected by oil from the oil spill"),
        ("Reporters travelled to the site of the oil leak late last week.", "late last week",
         "Reporters travelled to the site of the oil leak"),
        # A verb, not a noun: "the rainy season begins".
        ("The president asked for tents before the rainy season begins in May.", "May",
         "The president asked for tents before the rainy season begins"),
        # The date dates the clause whose subject the happening is.
        ("The explosion on April 20 killed 11 workers.", "April 20",
         "The explosion killed 11 workers"),
    ],
)
def test_a_date_of_the_clause_keeps_the_clause(sentence: str, phrase: str, expected: str) -> None:
    assert _title(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # The date is an attribute of a happening in a phrase that is not the subject.
        ("Fukuda cautioned against hope, noting that the 1918 Spanish flu outbreak which "
         "killed tens of millions started mildly.", "1918",
         "Spanish flu outbreak killed tens of millions"),
        ("Patients were flown out after the 12 January earthquake that killed up to 200,000 "
         "people and left a million homeless.", "12 January",
         "Earthquake killed up to 200,000 people"),
        ("BP has paid $518 million for the April oil spill in the Gulf of Mexico.", "April",
         "Oil spill in the Gulf of Mexico"),
        # Without a name or what it did, the happening says less than the sentence.
        ("At a June 17 news conference, the minister announced new rules.", "June 17",
         "The minister announced new rules"),
    ],
)
def test_a_date_that_is_an_attribute_of_a_happening_titles_it(
    sentence: str, phrase: str, expected: str
) -> None:
    assert _title(sentence, phrase) == expected
