"""The pure page renderer and date display: event set -> Markdown, without MkDocs."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest

from timeline.models import ArticleMeta, Event, Source
from timeline.site.dates import format_range, format_value
from timeline.site.escape import html_text_marked
from timeline.site.pages import FootnoteFormat
from timeline.site.render import GeneratedPage, RenderOptions, render_site
from timeline.store import LoadedEvent
from timeline.tags import Actor

ARTICLES = {
    "zeit": ArticleMeta(
        id="zeit",
        title="Nordkorea liefert Raketen",
        publisher="Die Zeit",
        url="https://www.zeit.example/raketen",
        published=date(2024, 1, 10),
        language="de",
    ),
    "archiv": ArticleMeta(id="archiv", title="Archivtext", published=date(2024, 1, 9)),
}


def loaded(
    event_id: str,
    when: str,
    *,
    title: str | None = None,
    article: str = "zeit",
    **fields: object,
) -> LoadedEvent:
    event = Event(
        id=event_id,
        date=when,
        title=title or f"Ereignis {event_id}",
        sources=[Source(article=article, quote=f"Satz über {event_id}.")],
        **fields,  # type: ignore[arg-type]
    )
    return LoadedEvent(Path(f"/project/events/{event_id}.yml"), event)


def ref(number: int) -> str:
    """A footnote reference as event pages write it (Python-Markdown's format)."""
    link = f'<a class="footnote-ref" href="#fn:{number}">{number}</a>'
    return f'<sup id="fnref:{number}">{link}</sup>'


def page(pages: list[GeneratedPage], src_uri: str) -> str:
    """The Markdown of a page, with character references (see latin1_markdown) resolved."""
    found = [p.markdown for p in pages if p.src_uri == src_uri]
    assert found, f"no page {src_uri}; have {[p.src_uri for p in pages]}"
    return html.unescape(found[0])


@pytest.mark.parametrize(
    ("value", "german", "english"),
    [
        ("2023-12-30", "30. Dezember 2023", "December 30, 2023"),
        ("2023-09", "September 2023", "September 2023"),
        ("2024-W01", "KW 1, 1.–7. Januar 2024", "Week 1, January 1–7, 2024"),
        ("2024-W05", "KW 5, 29. Januar – 4. Februar 2024", "Week 5, January 29 – February 4, 2024"),
        ("2024-W01-WE", "Wochenende, 6.–7. Januar 2024", "Weekend, January 6–7, 2024"),
        ("2023-Q4", "4. Quartal 2023", "4th quarter 2023"),
        ("2023-H1", "1. Halbjahr 2023", "1st half of 2023"),
        ("2023-WI", "Winter 2023/24", "Winter 2023/24"),
        ("2024-SU", "Sommer 2024", "Summer 2024"),
        ("2006", "2006", "2006"),
        ("199", "1990er Jahre", "1990s"),
        ("18", "19. Jahrhundert", "19th century"),
        ("2023-12-30TEV", "30. Dezember 2023, abends", "December 30, 2023, evening"),
        ("2023-12-30T14:30", "30. Dezember 2023, 14:30 Uhr", "December 30, 2023, 14:30"),
    ],
)
def test_dates_are_shown_at_their_precision(value: str, german: str, english: str) -> None:
    assert format_value(value, "de") == german
    assert format_value(value, "en") == english


@pytest.mark.parametrize(
    ("value", "end", "german", "english", "british"),
    [
        ("2025-02-28", "2025-03-02", "28. Februar – 2. März 2025",
         "February 28 – March 2, 2025", "28 February – 2 March 2025"),
        ("2025-03-28", "2025-03-30", "28.–30. März 2025", "March 28–30, 2025",
         "28–30 March 2025"),
        ("2024-12-28", "2025-01-02", "28. Dezember 2024 – 2. Januar 2025",
         "December 28, 2024 – January 2, 2025", "28 December 2024 – 2 January 2025"),
        ("2009", "2011", "2009–2011", "2009–2011", "2009–2011"),
        ("2025-02", "2025-04", "Februar – April 2025", "February – April 2025",
         "February – April 2025"),
        ("2024-12", "2025-02", "Dezember 2024 – Februar 2025", "December 2024 – February 2025",
         "December 2024 – February 2025"),
        ("2023-Q4", "2024-Q1", "4. Quartal 2023 – 1. Quartal 2024",
         "4th quarter 2023 – 1st quarter 2024", "4th quarter 2023 – 1st quarter 2024"),
        ("2025-02-28", "2025-02-28", "28. Februar 2025", "February 28, 2025", "28 February 2025"),
        ("2025-02-28", None, "28. Februar 2025", "February 28, 2025", "28 February 2025"),
    ],
)
def test_a_range_is_one_label(
    value: str, end: str | None, german: str, english: str, british: str
) -> None:
    assert format_range(value, end, "de") == german
    assert format_range(value, end, "en") == english
    assert format_range(value, end, "en_GB") == british


def test_weeks_follow_the_day_order_of_the_english_locale() -> None:
    assert format_value("2024-W01", "en_GB") == "Week 1, 1–7 January 2024"


def test_range_and_announced_event_in_the_chronology_page_and_timeline_data() -> None:
    events = [
        loaded("messe", "2025-02-28", end="2025-03-02", planned=True, title="Messe"),
        loaded("jahre", "2009", end="2011", title="Bauzeit"),
        loaded("tag", "2025-02-27"),
    ]
    site = render_site(events, ARTICLES, RenderOptions())
    index = page(site.pages, "chronology/index.md")
    assert (
        '<li class="tl-event" data-date="2025-02-28" data-end="2025-03-02">'
        '<span class="tl-date">28. Februar – 2. März 2025</span> '
        '<a href="events/messe/">Messe</a> · 1 Quelle · '
        '<span class="tl-planned">angekündigt</span></li>'
    ) in index
    assert '<span class="tl-date">2009–2011</span>' in index
    # Listed under the month where the range begins.
    assert index.index("### Februar 2025") < index.index("events/messe/")
    assert "### März 2025" not in index
    # The one day-dated event makes the one key day.
    assert '<li class="tl-event" data-date="2025-02-27" data-key="1">' in index
    messe = page(site.pages, "chronology/events/messe.md")
    assert '\n<p class="tl-date">28. Februar – 2. März 2025</p>\n' in messe
    assert '<div class="admonition info">\n<p class="admonition-title">Angekündigt</p>' in messe
    assert "Datum unsicher" not in messe
    assert "angekündigt" not in page(site.pages, "chronology/events/tag.md").lower()
    assert "← 27. Februar 2025: Ereignis tag" in messe
    data = json.loads(site.data_files["chronology/timeline.json"])
    assert data["labels"]["planned"] == "angekündigt"
    rows = {row[0]: row for row in data["events"]}
    assert rows["messe"][2:4] == ["28. Februar – 2. März 2025", "2025-02-28"]
    assert rows["messe"][8:] == ["2025-03-02", 1, 0]
    assert rows["jahre"][8:] == ["2011-12-31", 0, 0]
    assert rows["tag"][8:] == ["", 0, 1]


def test_announced_event_in_english() -> None:
    event = loaded("vote", "2025-03-24", end="2025-03-26", planned=True)
    site = render_site([event], ARTICLES, RenderOptions(language="en"))
    text = page(site.pages, "chronology/events/vote.md")
    assert '<p class="tl-date">March 24–26, 2025</p>' in text
    assert '<p class="admonition-title">Announced</p>' in text
    assert '<span class="tl-planned">announced</span>' in page(site.pages, "chronology/index.md")


def test_event_page_has_date_summary_tags_and_footnoted_sources() -> None:
    event = loaded("angriff", "2023-12-30", summary="Größter Angriff.", tags=["Russland"])
    event.event.sources.append(Source(article="archiv", quote="Zweiter Satz."))
    site = render_site([event], ARTICLES, RenderOptions())
    text = page(site.pages, "chronology/events/angriff.md")
    assert text.startswith('---\ntags: ["Russland"]\n---\n\n# Ereignis angriff\n')
    assert '\n<p class="tl-date">30. Dezember 2023</p>\n' in text
    assert "\n<p>Größter Angriff.</p>\n" in text
    assert f'\n<p class="tl-sources">Quellen: Die Zeit{ref(1)}, Archivtext{ref(2)}</p>\n' in text
    url = "https://www.zeit.example/raketen"
    assert (
        '<li id="fn:1">\n<p>Die Zeit, <a href="../../sources/zeit/">Nordkorea liefert Raketen</a>, '
        f'10. Januar 2024, <a href="{url}">{url}</a>: „Satz über angriff.“\xa0'
        '<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">'
    ) in text
    assert (
        '<li id="fn:2">\n<p><a href="../../sources/archiv/">Archivtext</a>, 9. Januar 2024: '
        "„Zweiter Satz.“"
    ) in text
    assert site.problems == []


def test_rejected_events_get_no_page_and_are_not_listed() -> None:
    events = [loaded("gut", "2023-12-30"), loaded("weg", "2023-12-31", status="rejected")]
    site = render_site(events, ARTICLES, RenderOptions())
    uris = [p.src_uri for p in site.pages]
    assert "chronology/events/gut.md" in uris
    assert "chronology/events/weg.md" not in uris
    assert "weg" not in page(site.pages, "chronology/index.md")
    assert "weg" not in page(site.pages, "chronology/sources/zeit.md")
    assert '"weg"' not in site.data_files["chronology/timeline.json"]


def test_uncertain_event_carries_a_visible_note() -> None:
    site = render_site([loaded("vage", "2024-W01", uncertain=True)], ARTICLES, RenderOptions())
    assert (
        '<div class="admonition warning">\n<p class="admonition-title">Datum unsicher</p>'
    ) in page(site.pages, "chronology/events/vage.md")
    assert "<strong>Datum unsicher</strong>" in page(site.pages, "chronology/index.md")


def test_chronology_groups_by_year_and_month_with_each_heading_once() -> None:
    events = [
        loaded("jahr", "2023"),
        loaded("okt1", "2023-10-01"),
        loaded("quartal", "2023-Q4"),
        loaded("okt2", "2023-10-02"),
        loaded("nov", "2023-11-05"),
        loaded("dekade", "199"),
    ]
    site = render_site(events, ARTICLES, RenderOptions())
    text = page(site.pages, "chronology/index.md")
    order = [
        "## 1990er Jahre",
        "events/dekade/",
        "## 2023",
        "events/jahr/",
        "### Oktober 2023",
        "events/okt1/",
        "events/okt2/",
        "### 4\\. Quartal 2023",
        "events/quartal/",
        "### November 2023",
        "events/nov/",
    ]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert text.count("### Oktober 2023") == 1
    assert re.search(r'<li class="tl-event" data-date="2023-10-01"( data-key="1")?><span', text)


def test_descending_order_and_grouping_by_year() -> None:
    events = [loaded("alt", "2022-02-24"), loaded("neu", "2024-01-02")]
    options = RenderOptions(order="descending", group_by="year")
    text = page(render_site(events, ARTICLES, options).pages, "chronology/index.md")
    assert text.index("## 2024") < text.index("## 2022")
    assert "###" not in text


def test_more_events_than_year_pages_split_the_chronology_by_year() -> None:
    events = [loaded(f"e{day}", f"2023-01-{day:02d}") for day in range(1, 4)]
    events.append(loaded("spaet", "2024-03-01"))
    site = render_site(events, ARTICLES, RenderOptions(year_pages=3))
    index = page(site.pages, "chronology/index.md")
    assert "[2023](2023.md) (3 Ereignisse)" in index
    assert "[2024](2024.md) (1 Ereignis)" in index
    assert 'href="../events/e1/"' in page(site.pages, "chronology/2023.md")
    assert 'href="../events/spaet/"' in page(site.pages, "chronology/2024.md")
    nav = [p.src_uri for p in site.nav_pages]
    assert nav == ["chronology/index.md", "chronology/key-events.md", "chronology/timeline.md"]


def test_no_events_says_so() -> None:
    site = render_site([], ARTICLES, RenderOptions(articles_folder="texte"))
    text = page(site.pages, "chronology/index.md")
    assert "Noch keine Ereignisse" in text
    assert "`texte`" in text
    english = render_site([], {}, RenderOptions(language="en"))
    assert "No events yet" in page(english.pages, "chronology/index.md")


def test_citing_an_unknown_article_is_a_problem_and_the_footnote_names_it() -> None:
    site = render_site([loaded("x", "2023-05-01", article="fehlt")], ARTICLES, RenderOptions())
    assert [str(problem) for problem in site.problems] == [
        "/project/events/x.yml: sources.0.article: no article 'fehlt' in articles/"
    ]
    assert '<p>Artikel <code>fehlt</code> (nicht im Artikelordner): „Satz über x.“' in page(
        site.pages, "chronology/events/x.md"
    )


def test_source_page_lists_metadata_and_citing_events() -> None:
    events = [loaded("a", "2023-05-01"), loaded("b", "2023-06-01", article="archiv")]
    text = page(render_site(events, ARTICLES, RenderOptions()).pages, "chronology/sources/zeit.md")
    assert text.startswith("# Nordkorea liefert Raketen\n")
    assert "<li><strong>Herausgeber:</strong> Die Zeit</li>\n" in text
    url = "https://www.zeit.example/raketen"
    assert f'<li><strong>Adresse:</strong> <a href="{url}">{url}</a></li>\n' in text
    assert "\n## Ereignisse aus dieser Quelle\n" in text
    assert '<li>1. Mai 2023: <a href="../../events/a/">Ereignis a</a></li>' in text
    assert "events/b" not in text


def test_source_urls_other_than_http_are_shown_but_not_linked() -> None:
    meta = ArticleMeta.model_construct(id="alt", title="Alt", url="javascript:alert(1)")
    events = [loaded("a", "2023-05-01", article="alt")]
    site = render_site(events, {"alt": meta}, RenderOptions())
    source = page(site.pages, "chronology/sources/alt.md")
    assert "href=\"javascript" not in source
    assert "<li><strong>Adresse:</strong> javascript:alert(1)</li>" in source
    assert "javascript" not in page(site.pages, "chronology/events/a.md")


def test_article_ids_that_are_not_url_safe_get_distinct_page_names() -> None:
    articles = {
        "Bericht (1)": ArticleMeta(id="Bericht (1)", title="Eins"),
        "Bericht [1]": ArticleMeta(id="Bericht [1]", title="Zwei"),
    }
    uris = [p.src_uri for p in render_site([], articles, RenderOptions()).pages]
    assert "chronology/sources/Bericht-1.md" in uris
    assert "chronology/sources/Bericht-1-2.md" in uris


def test_actors_are_named_with_their_kind() -> None:
    actors = {"Kim Jong Un": Actor(name="Kim Jong Un", kind="person")}
    event = loaded("treffen", "2023-09", tags=["Kim Jong Un", "Russland"])
    site = render_site([event], ARTICLES, RenderOptions(), actors)
    assert "<li>Kim Jong Un (Person)</li>\n" in page(site.pages, "chronology/events/treffen.md")
    data = json.loads(site.data_files["chronology/timeline.json"])
    assert data["tags"] == ["Kim Jong Un", "Russland"]
    assert data["kinds"] == ["person", ""]


def test_timeline_json_is_compact_event_rows() -> None:
    events = [loaded("a", "2024-W01", tags=["USA"], uncertain=True)]
    data = json.loads(
        render_site(events, ARTICLES, RenderOptions(use_directory_urls=False)).data_files[
            "chronology/timeline.json"
        ]
    )
    assert data["url"] == "events/{id}.html"
    assert data["months"][0] == "Januar"
    assert data["events"] == [
        ["a", "2024-W01", "KW 1, 1.–7. Januar 2024", "2024-01-01", "Ereignis a", [0], 1, 1, "", 0,
         0]
    ]


def test_timeline_view_can_be_switched_off() -> None:
    site = render_site([loaded("a", "2023-01-01")], ARTICLES, RenderOptions(timeline_view=False))
    assert "chronology/timeline.md" not in [p.src_uri for p in site.pages]
    assert site.data_files == {}
    assert "timeline.md" not in page(site.pages, "chronology/index.md")


def test_other_path_prefix() -> None:
    site = render_site([loaded("a", "2023-01-01")], ARTICLES, RenderOptions(path="news/chronik"))
    assert {p.src_uri.split("/")[0] for p in site.pages} == {"news"}
    assert "news/chronik/events/a.md" in [p.src_uri for p in site.pages]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        render_site([], {}, RenderOptions(language="xx"))


def test_page_markdown_stays_latin1_with_references_for_other_characters() -> None:
    event = loaded("a", "2024-W01", title="Angriff – „neu“ Ωmega")
    site = render_site([event], ARTICLES, RenderOptions())
    raw = next(p.markdown for p in site.pages if p.src_uri == "chronology/events/a.md")
    assert max(raw) <= "\xff"
    assert "# Angriff &#8211; &#8222;neu&#8220; &#937;mega\n" in raw


def event_markdown(site_events: list[LoadedEvent], event_id: str, **options: object) -> str:
    site = render_site(site_events, ARTICLES, RenderOptions(**options))  # type: ignore[arg-type]
    return page(site.pages, f"chronology/events/{event_id}.md")


def test_source_line_names_each_outlet_once_with_its_footnotes() -> None:
    event = loaded("a", "2023-12-30")
    event.event.sources.extend(
        [
            Source(article="archiv", quote="Zweiter Satz."),
            Source(article="zeit", quote="Dritter Satz."),
            Source(article="fehlt", quote="Vierter Satz."),
        ]
    )
    text = event_markdown([event], "a")
    # No publisher: the title names the article; an unknown article: its id.
    assert (
        f"Quellen: Die Zeit{ref(1)}<sup>,</sup>{ref(3)}, Archivtext{ref(2)}, fehlt{ref(4)}</p>\n"
    ) in text
    single = event_markdown([loaded("b", "2023-12-30")], "b")
    assert f'<p class="tl-sources">Quelle: Die Zeit{ref(1)}</p>\n' in single
    assert "Belegt durch" not in single


@pytest.mark.parametrize(
    ("quote", "date_text", "expected"),
    [
        ("Am 30. Dezember und am 30. Dezember.", "30. Dezember",
         "Am <mark>30. Dezember</mark> und am 30. Dezember."),
        (
            "Angriff am 30.\n  Dezember 2023.",
            "am 30. Dezember",
            "Angriff <mark>am 30. Dezember</mark> 2023.",
        ),
        ("Am 30. Dezember.", "am 30. dezember", "<mark>Am 30. Dezember</mark>."),
        ("Am 30. Dezember.", "2. Januar", "Am 30. Dezember."),
        ("Am 30. Dezember.", None, "Am 30. Dezember."),
        ("Am 30. Dezember.", "  ", "Am 30. Dezember."),
        ("1. <b>Am</b> *30.* Dezember", "<b>Am</b> *30.*",
         "1. <mark>&lt;b&gt;Am&lt;/b&gt; *30.*</mark> Dezember"),
        ("30. Dezember: Angriff", "30. Dezember", "<mark>30. Dezember</mark>: Angriff"),
    ],
)
def test_date_phrase_is_marked_once_and_escaped(
    quote: str, date_text: str | None, expected: str
) -> None:
    assert html_text_marked(quote, date_text) == expected


def test_footnote_marks_the_date_phrase_of_the_quote() -> None:
    event = loaded("a", "2023-12-30")
    event.event.sources[0] = Source(
        article="zeit", quote="Russland griff am 30. Dezember an.", date_text="am 30. Dezember"
    )
    text = event_markdown([event], "a")
    assert "„Russland griff <mark>am 30. Dezember</mark> an.“\xa0" in text


def test_event_page_links_its_neighbours_in_time_and_its_chronology_heading() -> None:
    events = [
        loaded("spaet", "2024-01-02", title="Später"),
        loaded("frueh", "2023-12-30", title="Früher"),
        loaded("weg", "2023-12-31", status="rejected"),
        loaded("quartal", "2023-Q4", title="Quartal"),
    ]
    first = event_markdown(events, "quartal")
    middle = event_markdown(events, "frueh")
    last = event_markdown(events, "spaet")
    assert '<a class="tl-prev" href="../quartal/">← 4. Quartal 2023: Quartal</a>' in middle
    assert '<a class="tl-up" href="../../#2023-12">↑ Chronik: Dezember 2023</a>' in middle
    # The rejected event in between is skipped.
    assert '<a class="tl-next" href="../spaet/">2. Januar 2024: Später →</a>' in middle
    assert "weg" not in middle
    assert "tl-prev" not in first
    assert '<a class="tl-up" href="../../#2023-Q4">' in first
    assert "tl-next" not in last
    assert '<a class="tl-prev" href="../frueh/">← 30. Dezember 2023: Früher</a>' in last
    # The footnotes go above the links.
    assert middle.index('<li id="fn:1">') < middle.index('<p class="tl-pager"')
    # Time order, whatever order the chronology shows.
    assert '"../frueh/">← 30. Dezember 2023: Früher</a>' in event_markdown(
        events, "spaet", order="descending"
    )
    flat = event_markdown(events, "frueh", use_directory_urls=False)
    assert '<a class="tl-prev" href="quartal.html">' in flat
    assert '<a class="tl-up" href="../index.html#2023-12">' in flat
    assert '<a href="../sources/zeit.html">' in flat


def test_neighbour_links_go_to_the_year_page_when_the_chronology_is_split() -> None:
    events = [loaded("alt", "2006"), loaded("neu", "2024-01-02"), loaded("dekade", "199")]
    text = event_markdown(events, "neu", year_pages=1)
    assert '<a class="tl-up" href="../../2024/#2024-01">' in text
    assert '"../../2006/#2006">' in event_markdown(events, "alt", year_pages=1)
    assert '"../../1990/#199">' in event_markdown(events, "dekade", year_pages=1)
    year_only = event_markdown(events, "neu", group_by="year")
    assert '<a class="tl-up" href="../../#2024">↑ Chronik: 2024</a>' in year_only


def test_chronology_headings_carry_stable_anchor_ids() -> None:
    events = [
        loaded("jahr", "2023"),
        loaded("okt", "2023-10-01"),
        loaded("quartal", "2023-Q4"),
        loaded("winter", "2023-WI"),
        loaded("dekade", "199"),
    ]
    text = page(render_site(events, ARTICLES, RenderOptions()).pages, "chronology/index.md")
    for heading in (
        "## 1990er Jahre { #199 }",
        "## 2023 { #2023 }",
        "### Oktober 2023 { #2023-10 }",
        "### 4\\. Quartal 2023 { #2023-Q4 }",
        "### Winter 2023/24 { #2023-WI }",
    ):
        assert f"\n{heading}\n" in text, heading


def test_footnotes_follow_the_footnote_format_of_mkdocs_yml() -> None:
    footnotes = FootnoteFormat(
        separator="-", backlink_text="^", backlink_title="Zurück zu {}", superscript_text="[{}]"
    )
    text = event_markdown([loaded("a", "2023-12-30")], "a", footnotes=footnotes)
    assert '<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">[1]</a></sup>' in text
    assert '<li id="fn-1">' in text
    assert '<a class="footnote-backref" href="#fnref-1" title="Zurück zu 1">^</a>' in text


def test_footnote_place_marker_in_the_data_stays_text() -> None:
    marker = "///Footnotes Go Here///"
    event = loaded("a", "2023-12-30", title=f"Titel {marker}", summary=marker)
    text = event_markdown([event], "a")
    # No Markdown footnotes on the page: Python-Markdown has nothing to put there.
    assert "[^" not in text
    assert f"# Titel {marker}\n" in text
    assert f"<p>{marker}</p>" in text


def test_summary_counts_the_shown_events_and_their_dates() -> None:
    events = [
        loaded("spaet", "2024-01-02"),
        loaded("alt", "2006"),
        loaded("weg", "2025-01-01", status="rejected"),
    ]
    assert render_site(events, ARTICLES, RenderOptions()).summary == (
        "2 Ereignisse von 2006 bis 2. Januar 2024."
    )
    assert render_site(events[:1], ARTICLES, RenderOptions(language="en")).summary == (
        "1 event: January 2, 2024."
    )
    assert render_site([], ARTICLES, RenderOptions()).summary == "Noch keine Ereignisse."
