"""Text from event files and articles reaches the built site as text, never as markup."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from buildkit import Project, write_project

pytestmark = pytest.mark.slow

TITLE = "</title><script>alert(1)</script> [x](javascript:alert(2)) ![i](javascript:alert(3))"
SUMMARY = "1. <img src=x onerror=alert(4)> *kein* `code` {: onclick=alert(5) } [^9] &amp; <b>b</b>"
TAG = '<script>alert(6)</script>"'
QUOTE = "<script>alert(7)</script> [y](javascript:alert(8)) <https://evil.example/> \\*"
ARTICLE_TITLE = "<script>alert(9)</script> [z](javascript:alert(10))"
PUBLISHER = "<b onmouseover=alert(11)>Verlag</b>"
AUTHOR = "# *Autor* _mit_ [Link](http://evil.example)"
# The date phrase of a quote is marked inside it; both come from an article.
DATE_TEXT = "<script>alert(12)</script> [d](javascript:alert(13)) *am* 30. <b>Dez</b>"
DATED_QUOTE = f"1. Vorher {DATE_TEXT} & danach noch einmal {DATE_TEXT}"

EVENT = f"""\
id: boese
date: 2023-12-31
title: {json.dumps(TITLE)}
summary: {json.dumps(SUMMARY)}
tags: [{json.dumps(TAG)}, Nordkorea]
sources:
  - article: boese-quelle
    quote: {json.dumps(QUOTE)}
  - article: boese-quelle
    quote: {json.dumps(DATED_QUOTE)}
    date_text: {json.dumps(DATE_TEXT)}
"""

ARTICLE = f"""\
---
title: {json.dumps(ARTICLE_TITLE)}
publisher: {json.dumps(PUBLISHER)}
author: {json.dumps(AUTHOR)}
url: https://news.example/artikel?id=1&x=(2)
published: 2024-01-01
language: de
---

Am 31. Dezember 2023 geschah etwas.
"""


class Markup(HTMLParser):
    """Every element, attribute, script body and text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.texts: dict[str, list[str]] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        current = self._open[-1] if self._open else ""
        if current == "script":
            self.scripts.append(data)
        self.texts.setdefault(current, []).append(data)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    project = write_project(
        tmp_path_factory.mktemp("escaping") / "p",
        events={"boese": EVENT},
        articles={"boese-quelle": ARTICLE},
    )
    project.build(strict=True)
    return project


def pages(project: Project) -> list[Path]:
    return sorted(project.site.rglob("*.html"))


def test_no_markup_from_the_data_reaches_any_page(built: Project) -> None:
    for page in pages(built):
        markup = Markup()
        markup.feed(page.read_text(encoding="utf-8"))
        for tag, attrs in markup.tags:
            for name, value in attrs.items():
                assert not name.startswith("on"), (page, tag, name)
                assert not (value or "").strip().lower().startswith("javascript:"), (page, tag)
            assert not (tag == "img" and attrs.get("src") == "x"), page
            assert not (tag == "b" and "onmouseover" in attrs), page
        for script in markup.scripts:
            assert "alert(" not in script, page
        assert [tag for tag, _ in markup.tags].count("title") == 1, page


def test_title_and_text_show_as_typed(built: Project) -> None:
    markup = Markup()
    markup.feed(built.html("chronology/events/boese"))
    heading = "".join(markup.texts["h1"]).replace("\u200b", "")
    assert heading == TITLE
    paragraphs = "".join(markup.texts["p"])
    assert SUMMARY.replace("&amp;", "&amp;") in paragraphs
    assert "„" + QUOTE + "“" in paragraphs
    assert PUBLISHER in paragraphs
    # In <title> (plain text for browsers) a zero-width space follows each "<", so
    # "</title>" from the data cannot end the element.
    raw_title = "".join(markup.texts["title"])
    assert "</" not in raw_title
    assert raw_title.replace("\u200b", "") == f"{TITLE} - Testchronik"
    tag_names = [text.strip() for text in markup.texts.get("a", [])]
    assert TAG in tag_names


def test_source_page_shows_metadata_as_text(built: Project) -> None:
    markup = Markup()
    markup.feed(built.html("chronology/sources/boese-quelle"))
    assert "".join(markup.texts["h1"]).replace("\u200b", "") == ARTICLE_TITLE
    items = "".join(markup.texts["li"])
    assert PUBLISHER in items
    assert AUTHOR in items
    links = [attrs.get("href") for tag, attrs in markup.tags if tag == "a"]
    assert "https://news.example/artikel?id=1&x=%282%29" in links
    assert "http://evil.example" not in links


def test_chronology_and_timeline_data_keep_the_text(built: Project) -> None:
    markup = Markup()
    markup.feed(built.html("chronology"))
    assert TITLE in [text for text in markup.texts.get("a", [])]
    data = json.loads((built.site / "chronology/timeline.json").read_text(encoding="utf-8"))
    assert data["events"][0][4] == TITLE
    assert TAG in data["tags"]


def test_tags_page_lists_the_tag_as_text(built: Project) -> None:
    markup = Markup()
    markup.feed(built.html("tags"))
    spans = [text.strip() for text in markup.texts.get("span", [])]
    assert TAG in spans


def test_date_phrase_is_marked_once_and_shows_as_typed(built: Project) -> None:
    markup = Markup()
    markup.feed(built.html("chronology/events/boese"))
    tags = [tag for tag, _ in markup.tags]
    assert tags.count("mark") == 1
    assert "".join(markup.texts["mark"]) == DATE_TEXT
    before, _, after = DATED_QUOTE.partition(DATE_TEXT)
    paragraphs = "".join(markup.texts["p"])
    assert "„" + before in paragraphs
    assert after + "“" in paragraphs
    assert "em" not in tags
    assert "b" not in tags
