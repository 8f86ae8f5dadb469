"""The Atom feed that comes with the site: ``feed.xml``, newest events first, parsed back.

Built by ``mkdocs build`` from the fixture project, whose ``site_url`` is
``https://example.org/chronik/``; read with ``feedparser``.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import feedparser
import pytest
from sitekit import SiteProject

from timeline.models import Event, Source
from timeline.site.feed import FEED_ENTRIES, atom_feed
from timeline.site.pages import RenderOptions
from timeline.store import LoadedEvent

SITE_URL = "https://example.org/chronik/"
ALTERNATE = (
    '<link rel="alternate" type="application/atom+xml" title="Chronik Nordkorea und Russland" '
    f'href="{SITE_URL}feed.xml">'
)


@pytest.mark.slow
def test_the_site_has_an_atom_feed_newest_first(built_site: SiteProject) -> None:
    feed = feedparser.parse((built_site.site_dir / "feed.xml").read_bytes())
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Chronik Nordkorea und Russland"
    assert feed.feed.language == "de"
    assert [entry.link for entry in feed.entries] == [
        f"{SITE_URL}{built_site.event_url(event_id)}"
        for event_id in (
            "2024-w01-weisses-haus", "2023-12-30-luftangriff", "2023-09-gipfel", "2006-atomtest"
        )
    ]
    attack = feed.entries[1]
    assert attack.title == "Größter Luftangriff seit Kriegsbeginn mit nordkoreanischen Raketen"
    assert attack.id == attack.link
    assert [tag.term for tag in attack.tags] == ["Krieg", "Raketen"]
    # updated: the day the latest source was published, not the time of the build.
    assert attack.updated.startswith("2024-01-10T00:00:00")
    assert attack.summary.startswith("30. Dezember 2023: Russland feuert")
    assert "Die Koalition wirft Moskau vor" in attack.content[0].value
    assert feed.feed.updated.startswith("2024-01-10T00:00:00")
    # Every linked page exists in the built site.
    for entry in feed.entries:
        path = entry.link.removeprefix(SITE_URL)
        assert (built_site.site_dir / path / "index.html").is_file(), path


@pytest.mark.slow
def test_pages_announce_the_feed(built_site: SiteProject) -> None:
    for page in ("index.html", "chronology/index.html",
                 f"{built_site.event_url(built_site.search_event)}index.html"):
        html = (built_site.site_dir / page).read_text(encoding="utf-8")
        head = html.split("</head>")[0]
        assert ALTERNATE in head, page


@pytest.mark.slow
def test_without_site_url_no_feed_and_an_info(site_project: SiteProject) -> None:
    config = site_project.config_file
    config.write_text(
        config.read_text(encoding="utf-8").replace(f"site_url: {SITE_URL}\n", ""),
        encoding="utf-8",
    )
    result = site_project.build()
    assert not (site_project.site_dir / "feed.xml").exists()
    assert "application/atom+xml" not in (site_project.site_dir / "index.html").read_text(
        encoding="utf-8"
    )
    assert "INFO    -  timeline: No Atom feed: set site_url in mkdocs.yml to" in result.stderr


@pytest.mark.slow
def test_the_feed_can_be_turned_off(site_project: SiteProject) -> None:
    config = site_project.config_file
    config.write_text(
        config.read_text(encoding="utf-8").replace("      path: chronology\n",
                                                    "      path: chronology\n      feed: false\n"),
        encoding="utf-8",
    )
    site_project.build()
    assert not (site_project.site_dir / "feed.xml").exists()


def day_event(day: date) -> LoadedEvent:
    event = Event(
        id=f"e-{day.isoformat()}", date=day.isoformat(), title=f"Ereignis {day.isoformat()}",
        sources=[Source(article="a", quote="Ein Satz.")],
    )
    return LoadedEvent(Path(f"events/{event.id}.yml"), event)


def test_the_feed_holds_the_newest_events_only() -> None:
    first = date(2024, 1, 1)
    events = [day_event(first + timedelta(days=offset)) for offset in range(FEED_ENTRIES + 10)]
    text = atom_feed(events, {}, RenderOptions(use_directory_urls=False), SITE_URL, "Chronik")
    assert text is not None
    feed = feedparser.parse(text.encode("utf-8"))
    assert len(feed.entries) == FEED_ENTRIES
    assert feed.entries[0].link == f"{SITE_URL}chronology/events/e-2024-02-29.html"
    assert feed.entries[-1].title == "Ereignis 2024-01-11"
    # Without sources' publication dates, an entry is dated by its event.
    assert feed.entries[0].updated.startswith("2024-02-29T00:00:00")


def test_no_events_no_feed() -> None:
    assert atom_feed([], {}, RenderOptions(), SITE_URL, "Chronik") is None


@pytest.mark.slow
def test_a_feed_of_your_own_replaces_the_generated_one(site_project: SiteProject) -> None:
    own = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>\n'
    (site_project.root / "docs" / "feed.xml").write_text(own, encoding="utf-8")
    result = site_project.run_mkdocs(["build"])
    assert result.returncode == 0, result.stderr
    assert "feed.xml exists in" in result.stderr
    assert (site_project.site_dir / "feed.xml").read_text(encoding="utf-8") == own
