"""Tags in the site's language, and a listing page per tag.

A German and an English article both name Austria, each in its own language;
the German site shows "Österreich" for both and lists both events on one page,
the English site shows "Austria". The YAML keeps what was written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from buildkit import Project, write_project

from timeline.site.tag_pages import shown_tag, tag_slug

ARTICLES = {
    "standard-2025-03-02": """\
        ---
        title: Wahl in Österreich
        publisher: Der Standard
        published: 2025-03-02
        language: de
        ---

        Am 1. März 2025 wählte Österreich in Wien einen neuen Bundespräsidenten.
        """,
    "reuters-2025-02-11": """\
        ---
        title: Austria talks
        publisher: Reuters
        published: 2025-02-11
        language: en
        ---

        On February 10, 2025, Austria opened talks with Germany.
        """,
}

EVENTS = {
    "wahl": """\
        id: wahl
        date: 2025-03-01
        title: Österreich wählt
        tags: [Österreich, Wien]
        sources:
          - article: standard-2025-03-02
            quote: Am 1. März 2025 wählte Österreich in Wien einen neuen Bundespräsidenten.
        """,
    "talks": """\
        id: talks
        date: 2025-02-10
        title: Austria opens talks
        tags: [Austria, Germany, Jean-Luc Dupont]
        sources:
          - article: reuters-2025-02-11
            quote: On February 10, 2025, Austria opened talks with Germany.
        """,
}


def _project(root: Path, language: str) -> Project:
    project = write_project(root, events=EVENTS, articles=ARTICLES, language=language,
                            options=f"events: events\narticles: articles\nlanguage: {language}")
    project.build(strict=True)
    return project


def _tags_line(html: str) -> str:
    found = re.search(r'<p class="tl-tags">.*?</p>', html)
    assert found is not None
    return found.group(0)


@pytest.mark.slow
def test_a_german_site_shows_countries_in_german_and_lists_both_spellings_on_one_page(
    tmp_path: Path,
) -> None:
    project = _project(tmp_path / "de", "de")

    talks = project.html("chronology/events/talks/")
    line = _tags_line(talks)
    assert ">Österreich</a>" in line and ">Deutschland</a>" in line
    assert ">Jean-Luc Dupont</a>" in line
    assert "Austria" not in line and "Germany" not in line
    assert 'href="../../tags/osterreich/"' in line
    assert 'href="../../tags/jean-luc-dupont/"' in line
    wahl_line = _tags_line(project.html("chronology/events/wahl/"))
    assert 'href="../../tags/osterreich/"' in wahl_line and ">Wien</a>" in wahl_line

    listing = project.html("chronology/tags/osterreich/")
    assert "<h1" in listing and "Österreich</h1>" in listing
    # Both events, in date order: the talks on February 10 before the vote on March 1.
    first = listing.index('href="../../events/talks/"')
    second = listing.index('href="../../events/wahl/"')
    assert first < second
    assert "10. Februar 2025" in listing
    assert not (project.site / "chronology" / "tags" / "austria").exists()
    listings = sorted(path.name for path in (project.site / "chronology" / "tags").iterdir())
    assert listings == ["deutschland", "jean-luc-dupont", "osterreich", "wien"]

    # The chronology and the timeline's tag filter use the shown names, once each.
    chronology = project.html("chronology/")
    assert "· Österreich · Deutschland ·" in chronology and "· Austria" not in chronology
    data = json.loads((project.site / "chronology" / "timeline.json").read_text("utf-8"))
    assert data["tags"].count("Österreich") == 1 and "Austria" not in data["tags"]

    # Material's listing of all tags knows the shown names only.
    all_tags = project.html("tags/")
    assert 'id="tag:österreich"' in all_tags and 'id="tag:austria"' not in all_tags

    # The site's search finds the listing page.
    index = json.loads((project.site / "search" / "search_index.json").read_text("utf-8"))
    assert any(doc["location"] == "chronology/tags/osterreich/" for doc in index["docs"])

    # Display only: the YAML keeps what the article said.
    assert "tags: [Austria, Germany, Jean-Luc Dupont]" in (
        project.root / "events" / "talks.yml"
    ).read_text("utf-8")


@pytest.mark.slow
def test_an_english_site_shows_austria(tmp_path: Path) -> None:
    project = _project(tmp_path / "en", "en")

    line = _tags_line(project.html("chronology/events/wahl/"))
    assert ">Austria</a>" in line and "Österreich" not in line
    assert 'href="../../tags/austria/"' in line
    listing = project.html("chronology/tags/austria/")
    assert "events/talks/" in listing and "events/wahl/" in listing
    assert not (project.site / "chronology" / "tags" / "osterreich").exists()


@pytest.mark.parametrize(
    ("tag", "language", "shown"),
    [
        ("Austria", "de", "Österreich"),
        ("österreich", "en", "Austria"),
        ("Österreich", "de", "Österreich"),
        ("Russland", "en", "Russia"),
        ("Wien", "en", "Wien"),
        ("Jean-Luc  Dupont", "de", "Jean-Luc Dupont"),
    ],
)
def test_shown_tag(tag: str, language: str, shown: str) -> None:
    assert shown_tag(tag, language) == shown


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Österreich", "osterreich"),
        ("Côte d’Ivoire", "cote-d-ivoire"),
        ("../etc/passwd", "etc-passwd"),
        ("<script>", "script"),
        ("北京", "tag"),
    ],
)
def test_tag_slugs_are_safe(name: str, slug: str) -> None:
    assert tag_slug(name) == slug
