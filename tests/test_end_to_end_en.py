"""An English article end to end: dates, English tags and English titles; and an English and
a German report of one happening, which become one event: no shared figure, but the same
day, the same countries (by ISO code) and the same kinds of thing (the news lexicon's
concepts: accusation, ship, damage, cable)."""

from __future__ import annotations

import shutil
from pathlib import Path

from timeline.extract import extract
from timeline.models import Event
from timeline.store import load_events

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "en_article.md"
ARTICLE_ID = "en_baltic_cable"

EXPECTED = {
    "2025-03-11": (
        "Finland and Estonia accused the crew of a cargo ship of dragging its anchor",
        ["Finland", "Estonia"],
    ),
    "2025-03-08": ("Finnish grid operator Fingrid: The Estlink 3 cable stopped working",
                   ["Finland"]),
    "2025-03-09": (
        "Finnish coast guard officers boarded the vessel and escorted it to the port of Kotka",
        ["Finland"],
    ),
    "2025-03-12": ("Russia's foreign ministry: The accusations were \"absurd\"",
                   ["Russia", "Moscow"]),
    "2024-12": ("A similar cable between Sweden and Lithuania was cut", ["Sweden", "Lithuania"]),
    # "repairs to take until the end of April" bounds the repairs: a limit, not a happening.
}

GERMAN_REPORT = """---
id: de_ostsee_kabel
published: 2025-03-12
language: de
---
Finnland und Estland haben am Dienstag der Besatzung eines Frachtschiffs vorgeworfen, mit dem
Anker ein Stromkabel im Finnischen Meerbusen beschädigt zu haben.
"""


def _events(folder: Path) -> list[Event]:
    loaded = load_events(folder)
    assert not loaded.problems
    return [item.event for item in loaded.events]


def test_english_article_gives_its_dated_events(tmp_path: Path) -> None:
    summary = extract([FIXTURE], tmp_path / "events")
    assert not summary.article_problems and not summary.warnings
    assert summary.articles[0].language == "en"
    events = _events(tmp_path / "events")
    found = {event.date: (event.title, list(event.tags)) for event in events}
    assert found == EXPECTED
    text = summary.articles[0].text
    for event in events:
        assert [source.article for source in event.sources] == [ARTICLE_ID]
        assert event.sources[0].quote in text
        assert not event.uncertain


def test_english_and_german_reports_of_one_happening_merge(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(FIXTURE, articles / FIXTURE.name)
    (articles / "de_ostsee_kabel.md").write_text(GERMAN_REPORT, encoding="utf-8")
    extract([articles], tmp_path / "events", fallback_lang="de")
    tuesday = [event for event in _events(tmp_path / "events") if event.date == "2025-03-11"]
    assert len(tuesday) == 1
    assert sorted(source.article for source in tuesday[0].sources) == [
        "de_ostsee_kabel", ARTICLE_ID,
    ]
    assert set(tuesday[0].tags) >= {"Finnland", "Estland", "Finland", "Estonia"}
    # The project's language (German here) gives the title.
    assert tuesday[0].title == (
        "Die Besatzung eines Frachtschiffs soll ein Stromkabel im Finnischen Meerbusen "
        "beschädigt haben"
    )
