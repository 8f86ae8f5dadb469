"""A live page's entry stamps are page furniture; a chronology's years are not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.articles import read_article
from timeline.cleaning import clean_text
from timeline.dates import tag
from timeline.events import Candidate, extract_candidates
from timeline.furniture import Furniture
from timeline.live_stamps import cut_entry_stamps, entry_stamps, time_direction

PUBLISHED = date(2010, 1, 13)

# A BBC-style live page, newest entry first, across midnight.
LIVE_PAGE = (
    "Live coverage of the earthquake in Haiti. (All times GMT.) 0000 The BBC is closing this "
    "page for the night. 2358 The UN says 15 of its staff died. 2349 The BBC's Laura "
    'Trevelyan says: "Haitians here are in shock." 2005 Paris Hilton and Ben Stiller are '
    "among the celebrities urging support. 1959 The earthquake has brought devastation "
    "beyond the capital. 1912 Haiti's envoy to the UN tells the BBC the government can still "
    'function. 0933 Carel Pedre tweets: "The city is dark."'
)


def _cut(text: str, published: date | None = PUBLISHED) -> tuple[list[str], list[str]]:
    found = Furniture()
    pieces = cut_entry_stamps([text], found, published)
    return pieces, found.removed


def test_the_stamps_of_a_live_page_are_cut_and_the_entries_stay() -> None:
    pieces, removed = _cut(LIVE_PAGE)
    assert removed == ["0000", "2358", "2349", "2005", "1959", "1912", "0933"]
    assert pieces == [
        "Live coverage of the earthquake in Haiti. (All times GMT.)",
        "The BBC is closing this page for the night.",
        "The UN says 15 of its staff died.",
        'The BBC\'s Laura Trevelyan says: "Haitians here are in shock."',
        "Paris Hilton and Ben Stiller are among the celebrities urging support.",
        "The earthquake has brought devastation beyond the capital.",
        "Haiti's envoy to the UN tells the BBC the government can still function.",
        'Carel Pedre tweets: "The city is dark."',
    ]


def test_stamps_with_a_colon_in_rising_order_on_a_page_of_their_evening() -> None:
    page = (
        "1905: Welcome to our live coverage of the address. 1910: Officials say the president "
        "will outline a plan. 1957: A poll shows most Americans blame BP. 2003: Mr Obama opens "
        "with the spill. 2011: Mark Knoller tweets: Obama concedes more oil will come."
    )
    pieces, removed = _cut(page, date(2010, 6, 15))
    assert removed == ["1905:", "1910:", "1957:", "2003:", "2011:"]
    assert pieces[0] == "Welcome to our live coverage of the address."
    # Without the publication year nothing shows these are times, not years.
    assert _cut(page, None) == ([page], [])


def test_a_stamp_after_an_entry_without_a_stop_is_cut_but_a_year_in_a_phrase_stays() -> None:
    page = (
        "2230 The UN flies in water. 2224 Aerial footage shows the destruction in Haiti "
        "2207 The Wall Street Journal says the port is closed. 2200 Aid groups compare it "
        "with the 2004 Asian tsunami. 2150 Rescuers dig by hand."
    )
    pieces, removed = _cut(page)
    assert removed == ["2230", "2224", "2207", "2200", "2150"]
    assert "Aerial footage shows the destruction in Haiti" in pieces
    assert "Aid groups compare it with the 2004 Asian tsunami." in pieces


def test_a_german_ticker_loses_its_stamps() -> None:
    ticker = (
        "19.12 Uhr Die Polizei sperrt die Straße. 19.30 Uhr Die Feuerwehr trifft ein. "
        "19:45 Uhr: Der Brand ist gelöscht."
    )
    pieces, removed = _cut(ticker, date(2024, 1, 10))
    assert removed == ["19.12 Uhr", "19.30 Uhr", "19:45 Uhr:"]
    assert pieces == [
        "Die Polizei sperrt die Straße.", "Die Feuerwehr trifft ein.", "Der Brand ist gelöscht.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A chronology: its years rise like a clock, but none is a time of day.
        "1804 Haiti becomes independent. 1915 US troops land. 1934 The troops leave. "
        "1957 Duvalier takes power. 2004 Aristide is ousted.",
        # A genealogy's years mostly have no minute: 1871, 1881 ...
        "1851 Census: David Mills, labourer. 1871 Census: Catherine Mills. 1881 Census: "
        "Jane Mills. 1891 Census: Edward Mills. 1901 Census: Mary Mills.",
        # Times, but in no order: numbers that open sentences.
        "2310 Marchers gathered. 0915 Shops opened. 1750 Police arrived. 2201 Rain fell. "
        "0130 Crowds left.",
        # Two stamps are no run.
        "0933 Carel Pedre tweets from the capital. 0816 The BBC's Matthew Price reports.",
        # One sentence that opens with a year.
        "1959 The revolution changed Cuba. It still shapes the island.",
    ],
)
def test_text_that_is_no_live_page_stays_whole(text: str) -> None:
    assert _cut(text) == ([text], [])


@pytest.mark.parametrize(
    ("minutes", "direction"),
    [([1430, 1412, 1405, 1350], -1), ([0, 1438, 1429], -1), ([1435, 2, 15], 1),
     ([600, 720, 700, 900, 950, 1000], 1), ([600, 720, 700, 900, 950], 0),
     ([600, 1200, 300, 900], 0), ([600, 600], 0)],
)
def test_time_direction_goes_the_short_way_round_the_clock(
    minutes: list[int], direction: int
) -> None:
    assert time_direction(minutes) == direction


def test_stamps_are_looked_for_across_all_pieces_of_the_article() -> None:
    pieces = ["0010 The UN says 15 staff died.", "2358 Aid arrives.", "2349 A tweet."]
    assert [stamp.text for stamp in entry_stamps(pieces, PUBLISHED)] == ["0010", "2358", "2349"]
    assert entry_stamps(pieces[:2], PUBLISHED) == []


def test_clean_text_cuts_the_stamps_of_a_live_page() -> None:
    cleaned = clean_text(LIVE_PAGE, published=PUBLISHED)
    assert "1912" not in cleaned.text and "2005 Paris" not in cleaned.text
    assert "Haiti's envoy to the UN tells the BBC" in cleaned.text
    assert "1959" in cleaned.removed


def _candidates(folder: Path, body: str, published: date = PUBLISHED) -> list[Candidate]:
    """The candidates of an English article with ``body`` read from a file, as extract does."""
    path = folder / "article.md"
    path.write_text(
        f"---\nid: article\npublished: {published.isoformat()}\nlanguage: en\n---\n{body}\n",
        encoding="utf-8",
    )
    article = read_article(path)
    return extract_candidates(
        article.meta.id, article.text, article.language, article.published,
        article.published_source, tagger=tag,
    ).candidates


def test_a_live_page_gives_no_years_and_its_entries_keep_their_own_dates(
    tmp_path: Path,
) -> None:
    found = _candidates(tmp_path, f"{LIVE_PAGE} 0816 The quake struck the capital on Tuesday.")
    assert [(c.date, c.date_text) for c in found] == [("2010-01-12", "Tuesday")]
    assert found[0].quote == "The quake struck the capital on Tuesday."


def test_one_year_opening_a_sentence_in_an_ordinary_article_is_still_a_year(
    tmp_path: Path,
) -> None:
    found = _candidates(
        tmp_path,
        "Haiti has a long history of disasters. 1912 Haiti's envoy told the League that the "
        "harvest had failed. The quake struck on Tuesday.",
        date(2010, 1, 13),
    )
    assert [c.date for c in found] == ["1912", "2010-01-12"]


def test_a_time_zone_in_a_stamp_shows_the_run_is_one_of_times() -> None:
    page = "1905 GMT The president speaks. 1930 Aides brief reporters. 1957 Polls close."
    pieces, removed = _cut(page, None)
    assert removed == ["1905 GMT", "1930", "1957"]
    assert pieces == ["The president speaks.", "Aides brief reporters.", "Polls close."]
