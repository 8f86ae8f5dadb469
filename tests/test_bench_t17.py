"""The pure parts of bench/t17.py, bench/newsstats.py and bench/krauts_titles.py, on tiny
hand-written inputs (no corpus is read)."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.krauts_titles import article_id
from bench.newsstats import (
    analyse,
    event_key,
    first_year,
    furniture_marker,
    is_clock_year,
    live_page_articles,
    sample,
)
from bench.t17 import article_markdown, detokenize, outlet, safe_id, write_topic
from bench.tml import TmlDocument
from timeline.articles import read_article


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("U.S. officials said `` it is over . ''", 'U.S. officials said "it is over."'),
        ("U.S. officials said ``it is over . ''", 'U.S. officials said "it is over."'),
        ("WASHINGTON -LRB- Reuters -RRB- - The CDC said .",
         "WASHINGTON (Reuters) - The CDC said."),
        ("a -LSB- sic -RSB- and -LCB- x -RCB- ;", "a [sic] and {x};"),
        ("He does n't know , ca n't say and wo n't go .",
         "He doesn't know, can't say and won't go."),
        ("she 's , I 'm , we 've , they 're , you 'd , it 'll",
         "she's, I'm, we've, they're, you'd, it'll"),
        ("the parents ' cars", "the parents' cars"),
        ("a ` single ' quote", "a 'single' quote"),
        ("up 5 % to $ 4 and\\/or # 1 \\* note", "up 5% to $4 and/or #1 * note"),
        ("Really ? Yes ! Wait : no", "Really? Yes! Wait: no"),
        ("`` Why ? '' she asked -- then left", '"Why?" she asked -- then left'),
        ("", ""),
    ],
)
def test_detokenize(tokens: str, text: str) -> None:
    assert detokenize(tokens) == text


def test_safe_id_and_outlet() -> None:
    assert safe_id("H1N1_bbc", "291") == "h1n1_bbc-291"
    assert safe_id("MJ_bbc", "a/b c") == "mj_bbc-a-b-c"
    assert outlet("H1N1_bbc") == "bbc"
    assert outlet("bpoil_washingtonpost") == "washingtonpost"


def test_article_markdown_is_readable_by_the_tool(tmp_path: Path) -> None:
    name, text = article_markdown(
        "H1N1_reuters", {"uid": "7", "dct": "2009-04-27", "text": "The WHO said on Monday ."}
    )
    assert name == "h1n1_reuters-7.md"
    (tmp_path / name).write_text(text, encoding="utf-8")
    article = read_article(tmp_path / name)
    assert (article.meta.id, article.published, article.language) == (
        "h1n1_reuters-7", date(2009, 4, 27), "en",
    )
    assert article.meta.publisher == "reuters"
    assert "The WHO said on Monday." in article.text


def test_write_topic_skips_empty_articles_and_keeps_the_limit(tmp_path: Path) -> None:
    topic = tmp_path / "H1N1_bbc"
    topic.mkdir()
    items = [
        {"uid": "1", "dct": "2009-04-25", "text": "One ."},
        {"uid": "2", "dct": "2009-04-26", "text": "  "},
        {"uid": "3", "dct": "2009-04-27", "text": "Three ."},
        {"uid": "4", "dct": "2009-04-28", "text": "Four ."},
    ]
    (topic / "articles.json").write_text(json.dumps(items), encoding="utf-8")
    assert write_topic(topic, tmp_path / "out", limit=2) == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "h1n1_bbc-1.md", "h1n1_bbc-3.md",
    ]
    front = (tmp_path / "out" / "h1n1_bbc-3.md").read_text(encoding="utf-8").split("---")[1]
    assert yaml.safe_load(front)["published"] == date(2009, 4, 27)


@pytest.mark.parametrize(
    ("title", "marker"),
    [
        ("WASHINGTON | Mon Mar 2, 2009 4:23 pm EST", "|"),
        ("Reporting by Maggie Fox; Editing by Alan Elsner", "Reporting by"),
        ("Additional editing by John Smith", "Editing by"),
        ("additional reporting by Ann Lee", "Reporting by"),
        ("Problems with speculative reporting by the Patriot Ledger", None),
        ("(c) 2009 BBC. All Rights Reserved", "All rights reserved"),
        ("Copyright 2009 Reuters", "Copyright"),
        ("Related stories: Flu spreads", "Related stor"),
        ("Image caption The minister on Tuesday", "Image caption"),
        ("Photo: AP", "Photo:"),
        ("PHOTO: A security guard wears a mask", "Photo:"),
        ("Photo captions: Top: A labourer feeds piglets", "Photo:"),
        ("Updated at 7:06 pm EDT", "clock time + zone"),
        ("Markets closed at 10 p.m. EDT", "clock time + zone"),
        ("Last updated at 1950 GMT", "clock time + zone"),
        ("Beginn um 20.30 MEZ", "clock time + zone"),
        ("The WHO declared a pandemic", None),
        ("Music publishers lose copyright case", None),
        ("The 2009 GMO debate", None),
        ("Photographers gathered at 7:06", None),
    ],
)
def test_furniture_marker(title: str, marker: str | None) -> None:
    assert furniture_marker(title) == marker


@pytest.mark.parametrize(
    ("date_text", "quote", "expected"),
    [
        ("1950", "The plane landed at 1950 GMT on Monday.", True),
        ("0305", "Shares fell by 0305 GMT.", True),
        ("2300", "The quake struck at 2300 EDT.", True),
        ("1400", "It began at 10 a.m. (1400 local time, 1900 GMT) on Friday.", True),
        ("1900", "The plane landed (at 1900) and left.", False),
        ("2009", "The pandemic of 2009 was mild, GMT figures show.", False),
        ("1950", "It was founded in 1950 and grew.", False),
        ("Tuesday", "The talks (Tuesday, 1400 GMT) ended.", False),
        ("1950", "At 19500 GMT", False),
        (None, "At 1950 GMT", False),
        # "hrs", "h", "local", "Uhr", "Ortszeit" after the digits.
        ("1130", "The blast came at 1130 hrs on Tuesday.", True),
        ("2200", "Curfew from 2200 h.", True),
        ("1400", "It began (1400 local) on Friday.", True),
        ("1930", "Die Feuerwehr rückte um 1930 Uhr aus.", True),
        ("1930", "In 1930 local elections were held.", False),
        ("1930", "In 1930 hospitals were few.", False),
        # A reporter's diary: the day date holds the time.
        ("19 JANUARY, 1130", "19 JANUARY, 1130 GMT, BANI At a service station ...", True),
        ("19 JANUARY, 1130", "19 JANUARY, 1130, BANI At a service station ...", True),
        ("14 July, 1789", "On 14 July, 1789, the Bastille fell.", False),
        ("12 January, 2010", "The quake struck on 12 January, 2010.", False),
        # After a weekday and a comma.
        ("1130", "From Our Own Correspondent, Radio 4: Saturdays, 1130.", True),
        ("1959", "Samstag, 1959: Die Feuerwehr rückt aus.", True),
        ("1989", "Saturdays, 1989 was a good year.", False),
        # An entry stamp counts only in a live page (see live_page_articles).
        ("1912", "1912 Haiti's envoy tells the BBC the government works.", False),
    ],
)
def test_is_clock_year(date_text: str | None, quote: str, expected: bool) -> None:
    assert is_clock_year(date_text, quote) is expected


@pytest.mark.parametrize(
    ("date_text", "quote", "expected"),
    [
        ("1912", "1912 Haiti's envoy tells the BBC the government works.", True),
        ("2005", "2005: Mr Obama uses tough language.", True),
        ("2050", "More than 100,000 may have died 2050 Haiti's President says ...", True),
        ("2004", "It is like the 2004 Asian tsunami, aid groups say.", False),
        ("2008", "Experts predicted in 2008 That a quake would come.", False),
        ("1989", "1989 The Berlin Wall fell.", False),
    ],
)
def test_is_clock_year_in_a_live_page(date_text: str, quote: str, expected: bool) -> None:
    assert is_clock_year(date_text, quote, live_page=True) is expected


def test_live_page_articles_need_several_stamps_one_of_them_no_year() -> None:
    def event(article: str, *quotes: str) -> _Event:
        return _Event("x", "2010", "t", [_Source(q, "2010", article) for q in quotes])

    events = [
        event("live", "2358 The UN says 15 staff died.", "1912 Haiti's envoy speaks."),
        event("live", "0933 Carel Pedre tweets: \"Dark.\""),
        # A chronology: years that could be times, none that must be one.
        event("chronology", "2000 Dr Murray opens a practice.", "2006 Dr Murray meets Jackson.",
              "2009 Dr Murray is hired."),
        event("few", "2358 One stamp.", "0933 Another."),
    ]
    assert live_page_articles(events) == {"live"}


def test_first_year_of_timex_values() -> None:
    assert [first_year(v) for v in ("2009-06-11", "2009-W17", "1918", "199", "19", "PRESENT_REF")
            ] == [2009, 2009, 1918, 1990, 1900, None]


def test_sample_is_reproducible_and_never_larger_than_the_items() -> None:
    items = [f"title {n}" for n in range(100)]
    first = sample(items, 10, seed=1)
    assert first == sample(list(reversed(items)), 10, seed=1)
    assert first != sample(items, 10, seed=2)
    assert len(set(first)) == 10
    assert sample(items[:3], 10, seed=1) == sample(items[:3], 3, seed=1)
    assert sorted(sample(items[:3], 10, seed=1)) == items[:3]


def test_sample_keeps_the_items_that_stay_when_others_come_and_go() -> None:
    items = [f"title {n}" for n in range(100)]
    first = sample(items, 10, seed=1)
    dropped = next(item for item in items if item not in first)
    changed = [item for item in items if item != dropped] + ["a new title"]
    again = sample(changed, 10, seed=1)
    # At most one of the first sample is pushed out, by the new title.
    assert len(set(first) & set(again)) >= 9
    assert set(again) - set(first) <= {"a new title"}


def test_sample_of_events_keys_on_date_and_first_quote() -> None:
    one = _Event("x-1", "2009-04-27", "A title", [_Source("The WHO met on Monday.")])
    renamed = _Event("x-2", "2009-04-27", "Another title", [_Source("The WHO met on Monday.")])
    assert event_key(one) == event_key(renamed)
    assert event_key(one) != event_key(_Event("x-1", "2009-04-28", "A title", one.sources))


@dataclass
class _Source:
    quote: str
    date_text: str | None = None
    article: str = "a"


@dataclass
class _Event:
    id: str
    date: str
    title: str
    sources: list[_Source] = field(default_factory=list)


def test_analyse_flags_furniture_clock_years_and_old_years_in_a_stable_order() -> None:
    events = [
        _Event("b", "2009-04-27", "Shares fell", [_Source("Shares fell by 1950 GMT.", "1950")]),
        _Event("a", "1950", "Shares fell at 1950 GMT", [_Source("Fell at 1950 GMT.", "1950")]),
        _Event("c", "2009-04-28", "The WHO met", [_Source("The WHO met on Tuesday.", "Tuesday")]),
    ]
    stats = analyse("topic", 2, 1.0, events)
    assert [e.id for e in stats.events] == ["a", "b", "c"]
    assert [f.event.id for f in stats.furniture] == ["a"]
    assert [f.event.id for f in stats.clock_years] == ["a", "b"]
    assert [f.event.id for f in stats.old_years] == ["a"]
    assert stats.per_article == 1.5
    live = [
        _Event("d", "1912", "Envoy speaks", [_Source("1912 The envoy speaks.", "1912", "p")]),
        _Event("e", "2010-01-12", "Quake",
               [_Source("2358 The quake hit Tuesday.", "Tuesday", "p")]),
        _Event("f", "2010-01-13", "Tweet", [_Source("0933 A tweet today.", "today", "p")]),
        _Event("g", "1912", "Ship sank", [_Source("1912 The ship sank.", "1912", "q")]),
    ]
    assert [f.event.id for f in analyse("topic", 2, 1.0, live).clock_years] == ["d"]
    # The order of the input does not change a sample drawn from the result.
    again = analyse("topic", 2, 1.0, list(reversed(events)))
    assert sample(again.events, 2, 1) == sample(stats.events, 2, 1)


def test_krauts_article_id() -> None:
    document = TmlDocument(Path("34487_text.txt.tml"), date(2010, 2, 20), "Text.", ())
    assert article_id(document) == "krauts-34487"
