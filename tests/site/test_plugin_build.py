"""Real MkDocs builds of a tiny project with the ``timeline`` plugin."""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path

import pytest
from buildkit import EVENTS, Project, write_project
from mkdocs.exceptions import Abort

pytestmark = pytest.mark.slow


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno == logging.WARNING and record.name.startswith("mkdocs")
    ]


def nav_html(html: str) -> str:
    """The primary navigation of a Material page."""
    start = html.index('<nav class="md-nav md-nav--primary"')
    return html[start : html.index("</nav>", start)]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return write_project(tmp_path / "p")


def test_builds_every_page_in_memory(project: Project) -> None:
    project.build(strict=True)
    site = project.site
    for page in (
        "chronology",
        "chronology/timeline",
        "chronology/events/angriff",
        "chronology/events/erklaerung",
        "chronology/events/atomtest",
        "chronology/sources/zeit-2024-01-10",
        "chronology/sources/ftp-quelle",
    ):
        assert (site / page / "index.html").is_file(), page
    assert (site / "assets/timeline/timeline.css").is_file()
    assert (site / "assets/timeline/timeline.js").is_file()
    data = json.loads((site / "chronology/timeline.json").read_text(encoding="utf-8"))
    assert [row[0] for row in data["events"]] == ["atomtest", "angriff", "erklaerung"]
    assert not (project.root / "docs" / "chronology").exists()
    index = project.html("")
    assert "assets/timeline/timeline.css" in index
    assert "assets/timeline/timeline.js" in index


def test_chronology_lists_events_with_localized_dates(project: Project) -> None:
    project.build(strict=True)
    html = project.html("chronology")
    items = re.findall(r'<li class="tl-event" data-date="([^"]+)"(?: data-key="1")?>', html)
    assert items == ["2006", "2023-12-30", "2024-W01"]
    assert '<span class="tl-date">30. Dezember 2023</span>' in html
    assert '<span class="tl-date">KW 1, 1.–7. Januar 2024</span>' in html
    assert '<a href="events/angriff/">Russland feuert nordkoreanische Raketen ab</a>' in html
    assert "Russland · Nordkorea · 2 Quellen" in html
    # Stable anchors (attr_list ids), which event pages link to.
    assert '<h2 id="2023">2023</h2>' in html
    assert '<h3 id="2023-12">Dezember 2023</h3>' in html


def test_event_page_has_tags_date_and_footnotes(project: Project) -> None:
    project.build(strict=True)
    html = project.html("chronology/events/angriff")
    assert '<p class="tl-date">30. Dezember 2023</p>' in html
    assert 'class="md-tag">Russland</a>' in html
    assert '<div class="footnote">' in html
    assert (
        'Die Zeit, <a href="../../sources/zeit-2024-01-10/">Nordkorea liefert Raketen</a>, '
        "10. Januar 2024, "
        '<a href="https://www.zeit.example/2024/raketen">'
        "https://www.zeit.example/2024/raketen</a>: "
        "„Am 30. Dezember 2023 griff Russland mit nordkoreanischen Raketen an.“"
    ) in html
    assert "Archiv, <a href=\"../../sources/ftp-quelle/\">Quelle ohne Webadresse</a>" in html
    tags_page = project.html("tags")
    assert "../chronology/events/angriff/" in tags_page


def test_english_site(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", language="en")
    project.build(strict=True)
    html = project.html("chronology")
    assert '<span class="tl-date">December 30, 2023</span>' in html
    assert '<span class="tl-date">Week 1, January 1–7, 2024</span>' in html
    assert "Date uncertain" in project.html("chronology/events/erklaerung")


def test_uncertain_event_shows_a_note(project: Project) -> None:
    project.build(strict=True)
    html = project.html("chronology/events/erklaerung")
    assert '<p class="admonition-title">Datum unsicher</p>' in html


MESSE = """\
    id: messe
    date: 2025-02-28
    end: 2025-03-02
    title: Die Messe öffnet
    planned: true
    sources:
      - article: zeit-2024-01-10
        quote: Die Messe ist vom 28. Februar bis 2. März 2025 geplant.
    """


def test_range_and_announced_event_in_chronology_event_page_and_timeline(
    project: Project,
) -> None:
    project.write_event("messe", MESSE)
    project.build(strict=True)
    chronology = project.html("chronology")
    assert (
        '<li class="tl-event" data-date="2025-02-28" data-end="2025-03-02">'
        '<span class="tl-date">28. Februar – 2. März 2025</span>'
    ) in chronology
    assert '<span class="tl-planned">angekündigt</span>' in chronology
    event_page = project.html("chronology/events/messe")
    assert '<p class="tl-date">28. Februar – 2. März 2025</p>' in event_page
    assert '<p class="admonition-title">Angekündigt</p>' in event_page
    data = json.loads((project.site / "chronology/timeline.json").read_text(encoding="utf-8"))
    row = next(row for row in data["events"] if row[0] == "messe")
    assert row[2:4] == ["28. Februar – 2. März 2025", "2025-02-28"]
    assert row[8:] == ["2025-03-02", 1, 0]  # a range is no key day
    # The page script draws a row with a last day as a bar: a range, not a dot.
    script = (project.site / "assets/timeline/timeline.js").read_text(encoding="utf-8")
    assert 'entry.classList.add("tl-range")' in script
    styles = (project.site / "assets/timeline/timeline.css").read_text(encoding="utf-8")
    assert "li.tl-item.tl-range::before" in styles


def test_english_range_label(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", language="en")
    project.write_event("messe", MESSE)
    project.build(strict=True)
    assert '<span class="tl-date">February 28 – March 2, 2025</span>' in project.html(
        "chronology"
    )
    assert '<p class="admonition-title">Announced</p>' in project.html("chronology/events/messe")


def test_an_end_before_the_date_is_a_warning_with_file_and_line(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write_event("messe", MESSE.replace("end: 2025-03-02", "end: 2025-02-27"))
    project.build()
    assert warnings_of(caplog) == [
        "timeline: events/messe.yml:3: end: '2025-02-27' is before the date '2025-02-28'"
    ]
    assert not (project.site / "chronology/events/messe").exists()


def test_rejected_event_is_hidden(project: Project) -> None:
    project.build(strict=True)
    assert not (project.site / "chronology/events/verworfen").exists()
    assert "Verworfenes Ereignis" not in project.html("chronology")
    assert "verworfen" not in (project.site / "chronology/timeline.json").read_text()


def test_only_chronology_key_events_and_timeline_are_in_the_nav(project: Project) -> None:
    project.build(strict=True)
    nav = nav_html(project.html("chronology/events/angriff"))
    assert "Chronik" in nav
    assert "Chronology" not in nav  # the automatic section is named in the site language
    assert "Schlüsselereignisse" in nav
    assert "Zeitleiste" in nav
    assert not re.search(r"/events/[^\"]", nav)  # no event page
    assert "sources/" not in nav


def test_explicit_nav_without_the_chronology_gets_it_appended(tmp_path: Path) -> None:
    project = write_project(
        tmp_path / "p", extra="nav:\n  - Start: index.md\n  - Schlagwörter: tags.md\n"
    )
    project.build(strict=True)
    nav = nav_html(project.html(""))
    assert nav.index("Schlagwörter") < nav.index("Chronik")
    assert not re.search(r"/events/[^\"]", nav)  # no event page


def test_explicit_nav_that_names_the_chronology_is_kept(tmp_path: Path) -> None:
    project = write_project(
        tmp_path / "p", extra="nav:\n  - Ereignisse: chronology/index.md\n  - tags.md\n"
    )
    project.build(strict=True)
    nav = nav_html(project.html(""))
    assert "Ereignisse" in nav
    assert "Zeitleiste" not in nav


def test_edit_link_of_an_event_opens_its_yaml_file(tmp_path: Path) -> None:
    project = write_project(
        tmp_path / "p",
        extra="repo_url: https://github.com/example/chronik\nedit_uri: edit/main/docs/\n",
    )
    project.build(strict=True)
    event = project.html("chronology/events/angriff")
    assert (
        '<a href="https://github.com/example/chronik/edit/main/events/angriff.yml" '
        in event
    )
    assert 'rel="edit"' not in project.html("chronology")
    assert 'rel="edit"' not in project.html("chronology/sources/ftp-quelle")
    assert "edit/main/docs/index.md" in project.html("")


@pytest.mark.parametrize("events_folder", ["empty", "missing"])
def test_no_events_yet(tmp_path: Path, events_folder: str) -> None:
    project = write_project(tmp_path / "p", events={})
    if events_folder == "missing":
        shutil.rmtree(project.root / "events")
    project.build(strict=True)
    html = project.html("chronology")
    assert "Noch keine Ereignisse." in html
    assert json.loads((project.site / "chronology/timeline.json").read_text())["events"] == []


def test_invalid_event_is_a_warning_with_file_and_line_and_the_rest_builds(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write_event(
        "kaputt",
        """\
        id: kaputt
        date: 2023-13-45
        title: Kaputt
        sources:
          - article: zeit-2024-01-10
            quote: Ein Satz.
        """,
    )
    project.build()
    assert warnings_of(caplog) == [
        "timeline: events/kaputt.yml:2: date: '2023-13-45' is not a real date: "
        "month must be in 1..12"
    ]
    assert (project.site / "chronology/events/angriff/index.html").is_file()


def test_invalid_field_names_file_line_and_field(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write_event(
        "ohne-quelle",
        """\
        id: ohne-quelle
        date: 2023-05-01
        title: Ohne Quelle
        sources: []
        """,
    )
    project.build()
    messages = warnings_of(caplog)
    assert len(messages) == 1
    assert messages[0].startswith("timeline: events/ohne-quelle.yml:4: sources: ")


def test_strict_build_fails_on_an_invalid_event(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write_event("kaputt", "id: kaputt\ndate: [\n")
    with pytest.raises(Abort, match="1 warnings in strict mode"):
        project.build(strict=True)
    assert any("events/kaputt.yml:" in message for message in warnings_of(caplog))


def test_citation_of_an_unknown_article(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    project.write_event(
        "fremd",
        """\
        id: fremd
        date: 2023-05-01
        title: Fremde Quelle
        sources:
          - article: gibt-es-nicht
            quote: Ein Satz.
        """,
    )
    project.build()
    assert warnings_of(caplog) == [
        "timeline: events/fremd.yml: sources.0.article: no article 'gibt-es-nicht' in articles/"
    ]
    html = project.html("chronology/events/fremd")
    assert "Artikel <code>gibt-es-nicht</code> (nicht im Artikelordner)" in html


def test_duplicate_ids_warn(project: Project, caplog: pytest.LogCaptureFixture) -> None:
    project.write_event("zweites-angriff", EVENTS["angriff"])
    project.build()
    messages = warnings_of(caplog)
    assert any(
        "duplicate id 'angriff'" in message and "zweites-angriff.yml" in message
        for message in messages
    ), messages


def test_year_pages_above_the_limit(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", options="year_pages: 2")
    project.build(strict=True)
    index = project.html("chronology")
    assert '<a href="2023/">2023</a>' in index
    assert "events/angriff/" in project.html("chronology/2023")
    assert "events/erklaerung/" in project.html("chronology/2024")
    assert "2023/" not in nav_html(index)


def test_options_path_order_and_no_timeline_view(tmp_path: Path) -> None:
    project = write_project(
        tmp_path / "p",
        options="path: news/chronik\norder: descending\ntimeline_view: false",
    )
    (project.root / "docs" / "index.md").write_text("# Start\n\n[Chronik](news/chronik/index.md)\n")
    project.build(strict=True)
    html = project.html("news/chronik")
    items = re.findall(r'<li class="tl-event" data-date="([^"]+)"(?: data-key="1")?>', html)
    assert items == ["2024-W01", "2023-12-30", "2006"]
    assert not (project.site / "news/chronik/timeline").exists()
    assert not (project.site / "assets/timeline/timeline.js").exists()
    assert "timeline.js" not in html


def test_hand_written_page_at_a_generated_path_wins(
    project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    (project.root / "docs" / "chronology").mkdir()
    (project.root / "docs" / "chronology" / "index.md").write_text("# Eigene Chronik\n")
    project.build()
    assert "Eigene Chronik" in project.html("chronology")
    assert any("chronology/index.md exists in" in message for message in warnings_of(caplog))


def test_plugin_adds_the_markdown_extensions_it_needs(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p")
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.split("markdown_extensions:")[0], encoding="utf-8")
    project.build(strict=True)
    html = project.html("chronology/events/erklaerung")
    assert '<div class="footnote">' in html
    assert 'title="Zurück zur Stelle im Text"' in html
    assert '<div class="admonition warning">' in html
    assert '<li class="tl-event" data-date="2006">' in project.html("chronology")


def pager_links(html: str) -> dict[str, tuple[str, str]]:
    """class -> (href, text) of the links below an event page's footnotes."""
    start = html.index('<p class="tl-pager"')
    pager = html[start : html.index("</p>", start)]
    return {
        cls: (href, text)
        for href, cls, text in (
            (m.group(2), m.group(1), m.group(3))
            for m in re.finditer(r'<a class="(tl-[a-z]+)" href="([^"]*)">([^<]*)</a>', pager)
        )
    }


def anchor_target(page_dir: Path, href: str) -> tuple[Path, str]:
    """The HTML file and the anchor id a relative link of a page in ``page_dir`` points at."""
    path, _, anchor = href.partition("#")
    return (page_dir / path / "index.html").resolve(), anchor


@pytest.mark.parametrize("year_pages", [200, 1])
def test_event_pages_link_their_neighbours_and_their_place_in_the_chronology(
    tmp_path: Path, year_pages: int
) -> None:
    project = write_project(tmp_path / "p", options=f"year_pages: {year_pages}")
    project.build(strict=True)
    order = ["atomtest", "angriff", "erklaerung"]  # in time; "verworfen" is rejected
    for position, event_id in enumerate(order):
        page_dir = project.site / "chronology/events" / event_id
        html = project.html(f"chronology/events/{event_id}")
        links = pager_links(html)
        # The footnotes come before the links, and the place marker is gone.
        assert html.index('<div class="footnote">') < html.index('<p class="tl-pager"')
        assert "Footnotes Go Here" not in html
        if position == 0:
            assert "tl-prev" not in links
        else:
            href, text = links["tl-prev"]
            assert href == f"../{order[position - 1]}/"
            assert text.startswith("← ")
        if position == len(order) - 1:
            assert "tl-next" not in links
        else:
            href, text = links["tl-next"]
            assert href == f"../{order[position + 1]}/"
            assert text.endswith(" →")
        target, anchor = anchor_target(page_dir, links["tl-up"][0])
        assert target.is_file(), target
        target_html = target.read_text(encoding="utf-8")
        # The heading the link points at lists the event after it.
        heading = target_html.index(f'id="{anchor}"')
        listed = "../events/" if year_pages == 1 else "events/"
        assert target_html.find(f'href="{listed}{event_id}/"', heading) > heading
    angriff = pager_links(project.html("chronology/events/angriff"))
    assert angriff["tl-next"][1] == (
        "KW 1, 1.–7. Januar 2024: Das Weiße Haus nennt die Herkunft der Raketen →"
    )
    assert angriff["tl-prev"][1] == "← 2006: Erster Atomtest Nordkoreas"
    assert angriff["tl-up"][1] == "↑ Chronik: Dezember 2023"
    # A search for a title finds its event, not the neighbours that link to it.
    index = json.loads((project.site / "search/search_index.json").read_text(encoding="utf-8"))
    texts = {doc["location"]: doc["text"] for doc in index["docs"]}
    assert "Erster Atomtest" not in texts["chronology/events/angriff/"]
    assert "Die Zeit" in texts["chronology/events/angriff/"]


def test_event_page_names_its_outlets_and_marks_the_date_phrase(tmp_path: Path) -> None:
    events = dict(EVENTS)
    events["angriff"] = EVENTS["angriff"].replace(
        "an.\n", "an.\n            date_text: Am 30. Dezember 2023\n", 1
    )
    project = write_project(tmp_path / "p", events=events)
    project.build(strict=True)
    html = project.html("chronology/events/angriff")
    sources = re.search(r'<p class="tl-sources">(.*?)</p>', html)
    assert sources is not None
    text = re.sub(r"<sup.*?</sup>", lambda m: re.sub(r"<[^>]+>", "", m.group(0)), sources[1])
    assert text == "Quellen: Die Zeit1, Archiv2"
    assert "„<mark>Am 30. Dezember 2023</mark> griff Russland" in html
    assert "Belegt durch" not in html


def test_start_page_summary_marker(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p")
    (project.root / "docs" / "index.md").write_text(
        "# Über diese Chronik\n\nUmfang: <!-- timeline/summary -->\n", encoding="utf-8"
    )
    project.build(strict=True)
    html = project.html("")
    assert "<p>Umfang: 3 Ereignisse von 2006 bis KW 1, 1.–7. Januar 2024.</p>" in html
    assert "timeline/summary" not in html


def test_configured_footnote_place_marker_is_used(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p")
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "  - footnotes\n", "  - footnotes:\n      PLACE_MARKER: '@@FUSSNOTEN@@'\n"
    )
    config.write_text(text, encoding="utf-8")
    project.build(strict=True)
    html = project.html("chronology/events/angriff")
    assert "FUSSNOTEN" not in html
    assert html.index('<div class="footnote">') < html.index('<p class="tl-pager"')
