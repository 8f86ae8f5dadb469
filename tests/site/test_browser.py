"""The built chronology in a real browser: links, citations, search, visual timeline.

The fixture site is built with ``mkdocs build`` and served by
``http.server`` on 127.0.0.1 (Material's search loads its index with
``fetch``, which ``file://`` pages cannot do). The browser is Debian's
``chromium`` package driven by Playwright; Playwright's own browser downloads
are never used. Without Chromium the tests are skipped with the reason, except
when the ``CI`` environment variable is set: there they fail, so CI cannot pass
by skipping them.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn

import pytest
from sitekit import SiteProject

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so the browser tests must run)")
    pytest.skip(reason)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def site_url(built_site: SiteProject) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site.site_dir))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


@pytest.fixture
def chromium() -> str:
    """The Chromium executable; checked before the site is built, so a skip is quick."""
    if not Path(CHROMIUM).is_file():
        _unavailable(f"Chromium not found at {CHROMIUM}: install Debian's package `chromium`")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _unavailable("the playwright Python package is not installed (pip install .[test])")
    return CHROMIUM


@pytest.fixture
def page(chromium: str, site_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, timeout=TIMEOUT_MS * 2
        )
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            # Only the local server: a stray request to the internet fails at once.
            context.route(
                lambda url: not url.startswith(site_url), lambda route: route.abort()
            )
            browser_page = context.new_page()
            browser_page.set_default_timeout(TIMEOUT_MS)
            errors: list[str] = []
            browser_page.on("pageerror", lambda error: errors.append(str(error)))
            browser_page.goto(site_url)
            yield browser_page
            assert errors == [], f"JavaScript errors: {errors}"
        finally:
            browser.close()


def test_home_links_to_the_chronology_and_an_event_shows_its_citations(
    page: Any, site_url: str
) -> None:
    page.locator("article a[href*='chronology/']").first.click()
    page.wait_for_url(f"{site_url}chronology/")
    events = page.locator("li.tl-event")
    assert events.count() == len(SiteProject.event_ids)
    # The chronology lists events in date order.
    assert events.evaluate_all("items => items.map(item => item.dataset.date)") == [
        "2006",
        "2023-09",
        "2023-12-30",
        "2024-W01",
    ]

    events.filter(has_text="Größter Luftangriff").locator("a").first.click()
    page.wait_for_url(f"{site_url}{SiteProject.event_url(SiteProject.search_event)}")
    assert "Größter Luftangriff seit Kriegsbeginn" in page.locator("h1").inner_text()
    footnotes = page.locator("div.footnote")
    footnotes.wait_for()
    citation = footnotes.inner_text()
    assert "Euronews" in citation
    assert "gelieferte ballistische Raketen" in citation
    # The reference in the text jumps to its footnote.
    page.locator("sup a.footnote-ref, a.footnote-ref").first.click()
    assert page.locator("div.footnote li:target").count() == 1


def test_search_finds_an_event_by_a_german_word(page: Any, site_url: str) -> None:
    search = page.locator("input.md-search__input")
    search.click()
    result = page.locator(
        f"a.md-search-result__link[href*='{SiteProject.event_url(SiteProject.search_event)}']"
    ).first
    # Typed key by key: Material runs the query on keyboard events, which `fill` does not send.
    search.press_sequentially(SiteProject.search_word, delay=20)
    result.wait_for()
    result.click()
    page.wait_for_url(f"{site_url}{SiteProject.event_url(SiteProject.search_event)}*")
    assert "Größter Luftangriff" in page.locator("h1").inner_text()


def test_visual_timeline_lists_and_filters_the_events(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}chronology/timeline/")
    items = page.locator("#tl-view li.tl-item")
    items.first.wait_for()
    assert items.count() == len(SiteProject.event_ids)

    page.locator("#tl-filter").fill(SiteProject.search_word)
    page.wait_for_function(
        "() => [...document.querySelectorAll('#tl-view li.tl-item')]"
        ".filter(item => item.offsetParent !== null).length === 1"
    )
    assert "Größter Luftangriff" in items.filter(visible=True).inner_text()


RANGE_EVENT = """\
id: 2024-01-messe
date: 2024-01-03
end: 2024-01-05
title: Rüstungsmesse in Pjöngjang
planned: true
sources:
  - article: reuters-2024-01-09
    quote: Die Messe ist vom 3. bis 5. Januar geplant.
"""

_MARKER_SIZE = """item => {
  const style = getComputedStyle(item, "::before");
  return [parseFloat(style.width), parseFloat(style.height)];
}"""


def test_visual_timeline_draws_a_range_as_a_bar_and_marks_an_announced_event(
    page: Any, site_url: str, built_site: SiteProject
) -> None:
    built_site.event_file("2024-01-messe").write_text(RANGE_EVENT, encoding="utf-8")
    built_site.build()
    page.goto(f"{site_url}chronology/timeline/")
    ranged = page.locator("#tl-view li.tl-item.tl-range")
    ranged.wait_for()
    assert ranged.count() == 1
    assert "3.–5. Januar 2024" in ranged.inner_text()
    assert "angekündigt" in ranged.inner_text()
    assert "tl-announced" in (ranged.get_attribute("class") or "")
    width, height = ranged.evaluate(_MARKER_SIZE)
    assert height > 2 * width  # a bar along the line
    dot_width, dot_height = page.locator("#tl-view li.tl-item:not(.tl-range)").first.evaluate(
        _MARKER_SIZE
    )
    assert dot_width == dot_height  # a single date stays a dot


def test_key_events_only_in_the_timeline_and_the_chronology(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}chronology/timeline/")
    items = page.locator("#tl-view li.tl-item")
    items.first.wait_for()
    total = items.count()
    page.locator("#tl-key-only").check()
    page.wait_for_function(
        f"() => document.querySelectorAll('#tl-view li.tl-item').length < {total}"
    )
    assert 0 < items.count() < total
    assert items.count() == page.locator("#tl-view li.tl-item.tl-key-event").count()

    page.goto(f"{site_url}chronology/")
    events = page.locator("li.tl-event")
    switch = page.locator("#tl-key-chronology")
    switch.wait_for()
    switch.check()
    visible = events.filter(visible=True)
    assert 0 < visible.count() < events.count()
    assert visible.count() == page.locator("li.tl-event[data-key]").count()
    switch.uncheck()
    assert events.filter(visible=True).count() == events.count()
