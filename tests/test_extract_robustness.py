"""Extraction on awkward articles: one huge paragraph, no dates, hundreds of dates,
quotation marks, tabs and Windows line endings.

Whatever the layout, every quote must be a verbatim substring of the article's
cleaned text (the site links quotes to their article) and every title a clean
single line.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from timeline.articles import read_article
from timeline.extract import extract
from timeline.models import Event
from timeline.store import load_events

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
FRONT_MATTER = "---\npublished: 2024-01-10\nlanguage: de\n---\n"


def german_date(day: date) -> str:
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def run(tmp_path: Path, name: str, body: bytes) -> tuple[list[Event], str]:
    articles = tmp_path / "articles"
    articles.mkdir(exist_ok=True)
    path = articles / name
    path.write_bytes(body)
    summary = extract([path], tmp_path / "events")
    assert not summary.article_problems
    loaded = load_events(tmp_path / "events")
    assert not loaded.problems
    return [item.event for item in loaded.events], read_article(path).text


def assert_clean(events: list[Event], text: str) -> None:
    for event in events:
        for source in event.sources:
            assert source.quote in text, source.quote
        assert not re.search(r"[\t\r\n]| {2}", event.title), repr(event.title)
        assert event.title == event.title.strip()
        assert sum(event.title.count(mark) for mark in "\"„“”") % 2 == 0, event.title
        assert 0 < len(event.title) <= 100


def test_one_huge_paragraph_is_split_into_its_sentences(tmp_path: Path) -> None:
    start = date(2020, 1, 6)
    days = [start + timedelta(days=9 * number) for number in range(150)]
    sentences = [
        f"Der Stadtrat beschloss am {german_date(day)} zum {number}. Mal das Budget für "
        f"Straße {number}, wie die Verwaltung mitteilte."
        for number, day in enumerate(days)
    ]
    events, text = run(tmp_path, "huge.md", (FRONT_MATTER + " ".join(sentences)).encode())
    assert sorted(event.date for event in events) == [day.isoformat() for day in days]
    assert {event.sources[0].quote for event in events} == set(sentences)
    assert_clean(events, text)


def test_an_article_without_dates_gives_no_events_and_no_error(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "calm.md").write_text(
        FRONT_MATTER + "Die Lage ist ruhig. Niemand sagt etwas.\n", encoding="utf-8"
    )
    summary = extract([articles], tmp_path / "events")
    assert not summary.article_problems and not summary.warnings
    assert summary.candidates == 0 and summary.new == []
    assert load_events(tmp_path / "events").events == []


def test_five_hundred_dates_give_five_hundred_events(tmp_path: Path) -> None:
    days = [date(1990, 1, 1) + timedelta(days=23 * number) for number in range(500)]
    paragraphs = [
        f"Am {german_date(day)} tagte der Rat zum {number}. Mal in Wien."
        for number, day in enumerate(days)
    ]
    events, text = run(tmp_path, "many.md", (FRONT_MATTER + "\n\n".join(paragraphs)).encode())
    assert sorted(event.date for event in events) == sorted(day.isoformat() for day in days)
    assert len({event.title for event in events}) == 500
    assert_clean(events, text)


def test_quotation_marks_tabs_and_windows_line_endings(tmp_path: Path) -> None:
    body = (
        "---\r\npublished: 2024-01-10\r\nlanguage: de\r\n---\r\n"
        "„Wir\tsind besorgt“, sagte\tKreml-Sprecher Peskow am Dienstag.\r\n\r\n"
        'Der Bundestag hat am 3. Januar das "Gesetz\tüber Straßen" beschlossen.\r\n\r\n'
        "Die Regierung erklärte am 2. Januar:\t„Das ist „unannehmbar“.“\r\n"
    )
    events, text = run(tmp_path, "crlf.md", body.encode("utf-8"))
    assert "\r" not in text
    titles = {event.date: event.title for event in events}
    assert titles == {
        "2024-01-09": "Kreml-Sprecher Peskow: Wir sind besorgt",
        "2024-01-03": 'Der Bundestag hat das "Gesetz über Straßen" beschlossen',
        "2024-01-02": "Die Regierung: Das ist „unannehmbar“",
    }
    assert_clean(events, text)
