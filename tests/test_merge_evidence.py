"""Evidence the merge rule reads besides shared words: compounds, measures, telling dates,
and the second look at reports left alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from candidates import make_candidate

from timeline.events import Candidate
from timeline.happening import (
    BUSY_DATE_REPORTS,
    RARE_DATE_REPORTS,
    Weights,
    collection_weights,
    same_happening,
    signature,
    subject_country,
)
from timeline.lexicon import concepts
from timeline.merge import MergedEvent, _attach_coarse, _join_same_day, merge_candidates
from timeline.textfeatures import measures, numbers


def cand(article: str, value: str, quote: str, *, language: str = "en",
         end: str | None = None) -> Candidate:
    return make_candidate(article, value, quote, language=language, end=end)


def test_a_compound_names_the_concepts_of_both_parts() -> None:
    assert concepts("Nach dem Deichbruch", "de") >= {"~breach", "~dike"}
    assert concepts("Die Brückensperrung", "de") >= {"~bridge", "~close"}


def test_a_name_that_begins_like_a_word_names_nothing() -> None:
    assert concepts("Brandenburg", "de") == frozenset()


def test_measures_meet_across_languages_and_spellings() -> None:
    assert measures("Hafenarbeiter streikten neun Tage lang") == {"#9d"}
    assert measures("dockers stayed out for nine days") == {"#9d"}
    assert measures("the nine-day strike") == {"#9d"}
    assert measures("bis zu drei Meter hoch") == measures("up to three metres deep") == {"#3m"}
    assert measures("4,5 Prozent") == measures("4.5%") == {"#4.5pct"}


def test_one_of_a_unit_is_no_measure() -> None:
    assert measures("ein Jahr später, a day later, one week") == frozenset()


def test_clock_times_are_no_figures() -> None:
    assert numbers("from 6 a.m. (0500 GMT), at 0600 hrs, 1950 local time") == frozenset()
    assert numbers("2300 soldiers and 1200 feet") == {"#2300", "#1200"}


BACKGROUND_DE = ("Im August 2002 hatte die Mulde die Altstadt schon einmal überflutet, damals "
                 "stand das Wasser in den Gassen bis zu drei Meter hoch.")
BACKGROUND_EN = "Grimma was devastated by floods in August 2002."


def test_a_background_month_few_reports_name_joins_one_kind_of_happening() -> None:
    german = cand("a", "2002-08", BACKGROUND_DE, language="de")
    english = cand("b", "2002-08", BACKGROUND_EN)
    assert len(merge_candidates([german, english])) == 1


def test_a_month_many_reports_name_asks_for_more() -> None:
    german = cand("a", "2002-08", BACKGROUND_DE, language="de")
    english = cand("b", "2002-08", BACKGROUND_EN)
    others = [
        cand(f"o{number}", "2002-08", f"Report {number} on the harvest of apples in Kent.")
        for number in range(RARE_DATE_REPORTS)
    ]
    weights = collection_weights(signature(c) for c in [german, english, *others])
    assert not same_happening(signature(german), signature(english), weights)


def test_a_month_is_not_enough_for_different_kinds_of_happening() -> None:
    flood = cand("a", "2002-08", BACKGROUND_EN)
    election = cand("b", "2002-08", "Grimma elected a new mayor in August 2002.")
    assert len(merge_candidates([flood, election])) == 2


SURVEY_DE = "Vom 10. bis 14. März sollen Gutachter nun die Pfeiler mit Ultraschall untersuchen."
SURVEY_EN = "Experts will examine the bridge's piers with ultrasound from March 10 to 14."


def test_one_range_of_days_and_two_shared_features_are_one_happening() -> None:
    german = cand("a", "2025-03-10", SURVEY_DE, language="de", end="2025-03-14")
    english = cand("b", "2025-03-10", SURVEY_EN, end="2025-03-14")
    assert len(merge_candidates([german, english])) == 1


def test_the_same_first_day_of_another_range_stays_apart() -> None:
    german = cand("a", "2025-03-10", SURVEY_DE, language="de", end="2025-03-14")
    english = cand("b", "2025-03-10", SURVEY_EN, end="2025-03-12")
    assert len(merge_candidates([german, english])) == 2


def test_a_word_and_the_concept_it_names_are_one_piece_of_evidence() -> None:
    committee = signature(cand("a", "2009-04-28", "The emergency committee will not meet."))
    governor = signature(cand("b", "2009-04-28", "The governor declared a state of emergency."))
    assert not same_happening(committee, governor)


def test_the_kind_alone_is_enough_when_a_report_says_nothing_else() -> None:
    closure = cand("a", "2025-03-03", "Vollsperrung", language="de")
    report = cand("b", "2025-03-03", "Die Zahlen seit der Vollsperrung der Brücke", language="de")
    assert same_happening(signature(closure), signature(report))


BUSY_DAY_PAIRS = [
    # The same kind of happening (closed) at a school, once with its place.
    ("2009-05-04", "A school closed after pupils fell ill.",
     "A school in Battersea was closed as a precaution."),
    # Two committees meeting, or not.
    ("2009-04-28", "The committee of the government will meet today.",
     "The WHO committee will not meet today in Geneva."),
]


@pytest.mark.parametrize(("day", "first", "second"), BUSY_DAY_PAIRS)
def test_a_busy_day_asks_more_than_the_kind_of_happening(day: str, first: str,
                                                         second: str) -> None:
    one, two = cand("a", day, first), cand("b", day, second)
    quiet = collection_weights(signature(c) for c in (one, two))
    assert same_happening(signature(one), signature(two), quiet)
    others = [cand(f"o{n}", day, f"Report {n} about the weather in Kent.")
              for n in range(BUSY_DATE_REPORTS)]
    busy = collection_weights(signature(c) for c in (one, two, *others))
    assert not same_happening(signature(one), signature(two), busy)


def test_an_actor_counts_once() -> None:
    tagged = make_candidate("a", "2009-04-26", "New Zealand reported ten cases.",
                            tags=("New Zealand",), language="en")
    words = signature(tagged).words
    assert "@new zealand" in words
    assert not {"new", "zealand"} & words


def test_a_concept_named_by_a_shared_word_is_no_second_feature() -> None:
    # "plan" names ~plan, and (as the stem of "plane") ~flight: one word, not three features.
    exams = cand("a", "2009-05-05", "A plan to award exams without tests.")
    flight = cand("b", "2009-05-05", "China sent a plane to collect its nationals.")
    assert not same_happening(signature(exams), signature(flight))


def test_small_counts_weigh_as_words() -> None:
    alert = cand("a", "2009-04", "The agency raised its alert to 5 on a 6-point scale.")
    share = cand("b", "2009-04", "The 5 to 6% share of deaths is an initial number.")
    assert not same_happening(signature(alert), signature(share))


def test_a_month_s_mentions_join_the_day_of_their_happening() -> None:
    # Too little in common for one report and another (a month asks five shared
    # words), enough for what each group of reports says.
    day = [cand(f"d{n}", "2010-04-20", "The rig exploded near Louisiana, killing eleven men.")
           for n in range(3)]
    month = [cand(f"m{n}", "2010-04", "The rig explosion near Louisiana in April killed eleven.")
             for n in range(2)]
    merged = merge_candidates([*day, *month])
    assert [(event.date, len(event.members)) for event in merged] == [("2010-04-20", 5)]


def test_a_month_s_mentions_of_another_kind_stay_apart() -> None:
    day = [cand(f"d{n}", "2010-04-20", "The rig exploded near Louisiana, killing eleven men.")
           for n in range(3)]
    month = [cand(f"m{n}", "2010-04", "The rig workers near Louisiana went on strike in April.")
             for n in range(2)]
    assert sorted(event.date for event in merge_candidates([*day, *month])) == [
        "2010-04", "2010-04-20"]


def test_two_clusters_of_one_day_and_one_happening_become_one() -> None:
    home = [cand(f"h{n}", "2009-06-25", "The singer died at his home in Los Angeles.")
            for n in range(2)]
    death = [cand(f"t{n}", "2009-06-25", "The singer's death at home shocked his fans in Gary.")
             for n in range(2)]
    assert [len(event.members) for event in merge_candidates([*home, *death])] == [4]


def _clusters(*groups: tuple[str, str, int]) -> list[MergedEvent]:
    """Clusters of ``count`` reports (one per article) of one quote and date each."""
    clusters = []
    for number, (value, quote, count) in enumerate(groups):
        members = [cand(f"a{number}-{n}", value, quote) for n in range(count)]
        clusters.append(MergedEvent(members=members, signatures=[signature(m) for m in members]))
    return clusters


@pytest.mark.parametrize(
    ("groups", "one_pass", "sizes"),
    [
        # A month's cluster moves into its day, not into another day of its month.
        ([("2010-04-20", "The rig exploded, killing eleven men.", 3),
          ("2010-04-22", "The rig sank after the explosion.", 2),
          ("2010-04", "An explosion in April killed eleven.", 2)], _attach_coarse, [5, 2, 0]),
        # Of one day, the smaller cluster of the same kind joins; another kind stays.
        ([("2009-06-25", "The singer died at his home.", 3),
          ("2009-06-25", "The singer's death at home shocked fans.", 2),
          ("2009-06-25", "The singer's trial began at home.", 2)], _join_same_day, [5, 0, 2]),
    ],
)
def test_clusters_of_one_happening_join_after_the_first_pass(
    groups: list[tuple[str, str, int]],
    one_pass: Callable[[list[MergedEvent], Weights], None],
    sizes: list[int],
) -> None:
    clusters = _clusters(*groups)
    one_pass(clusters, collection_weights(s for c in clusters for s in c.signatures))
    assert [len(c.members) for c in clusters] == sizes


def test_countries_outside_the_story_s_own_tell_happenings_apart() -> None:
    turkey = make_candidate("a", "2009-05-16", "Turkey confirmed its first two cases of the flu.",
                            tags=("Turkey",), language="en")
    india = make_candidate("b", "2009-05-16", "India confirmed its first case of the flu.",
                           tags=("India",), language="en")
    story = [make_candidate(f"s{n}", "2009-04-24", f"Report {n} on the flu in Mexico.",
                            tags=("Mexico",), language="en") for n in range(10)]
    weights = collection_weights(signature(c) for c in (turkey, india, *story))
    assert weights.story_countries == {"@MX"}
    assert not same_happening(signature(turkey), signature(india), weights)
    # The story's own country is named for who is affected as often as for who acts.
    mexico = replace(india, quote="Its first two cases of the flu from Mexico were confirmed.",
                     tags=("Mexico",))
    assert same_happening(signature(turkey), signature(mexico), weights)
    # Two countries as the subjects of one kind of deed are two happenings, the story's
    # own country too.
    mexico_acts = replace(india, quote="Mexico confirmed its first two cases of the flu.",
                          tags=("Mexico",))
    assert not same_happening(signature(turkey), signature(mexico_acts), weights)


def test_a_country_that_opens_the_clause_is_its_subject() -> None:
    assert [subject_country(text) for text in (
        "Egypt started seizing pigs on Thursday.",
        "On Thursday, U.S. officials said the total had risen.",
        "Mexico's health ministry reported 20 deaths.",
        "Ägypten begann am Donnerstag mit der Schlachtung.",
        "Mexico City residents wore masks.",
        "The WHO said the strain was new.",
    )] == ["EG", "US", "MX", "EG", "", ""]


def test_a_report_that_only_a_bridging_sentence_let_in_leaves_the_cluster() -> None:
    day = "2010-01-22"
    bridge = cand("a0", day, "The Lancet editorial ignores the huge aid effort, and artists "
                  "joined the Hope for Haiti telethon that raised $57m on Friday.")
    stray = cand("a1", day, "On Friday the Lancet editorial accused aid agencies of competing "
                 "with each other.")
    telethon = [
        cand("a2", day, "Artists joined the Hope for Haiti telethon, which raised $57m for aid "
             "on Friday."),
        cand("a3", day, "The Hope for Haiti telethon with many artists raised $57m in aid on "
             "Friday."),
        cand("a4", day, "On Friday artists in the Hope for Haiti telethon raised $57m for aid."),
    ]
    weights = collection_weights(signature(c) for c in [bridge, stray, *telethon])
    # The stray agrees with the bridge alone, which agrees with everyone.
    assert same_happening(signature(bridge), signature(stray), weights)
    assert not any(same_happening(signature(stray), signature(c), weights) for c in telethon)
    merged = merge_candidates([bridge, stray, *telethon])
    assert sorted(sorted(m.article for m in event.members) for event in merged) == [
        ["a0", "a2", "a3", "a4"], ["a1"]
    ]


@pytest.mark.parametrize(
    ("first", "second", "language"),
    [
        ("Alleyn's school closed after pupils fell ill.",
         "The Dolphin school was closed after pupils fell ill.", "en"),
        ("The town of Grimma opened a flood museum.", "The town of Wurzen opened a flood museum.",
         "en"),
        ("Die Stadt Grimma eröffnete ein Hochwassermuseum.",
         "Die Stadt Wurzen eröffnete ein Hochwassermuseum.", "de"),
    ],
)
def test_named_institutions_or_places_of_one_kind_tell_happenings_apart(
    first: str, second: str, language: str
) -> None:
    one, two = (cand(a, "2009-05-04", q, language=language) for a, q in (("a", first),
                                                                          ("b", second)))
    weights = collection_weights(signature(c) for c in (one, two))
    assert not same_happening(signature(one), signature(two), weights)
    same = cand("c", "2009-05-04", first.replace("closed", "shut"), language=language)
    assert same_happening(signature(one), signature(same), weights)
