"""The key events page: the digest of the collection, one heading per key day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline.models import ArticleMeta, Event, Source
from timeline.site.render import RenderOptions, render_site
from timeline.store import LoadedEvent

ARTICLES = {
    name: ArticleMeta(id=name, published=date(2024, 1, day), language="de")
    for name, day in (("a", 3), ("b", 4), ("c", 5))
}


def loaded(event_id: str, when: str, *articles: str, **fields: object) -> LoadedEvent:
    event = Event(
        id=event_id, date=when, title=f"Ereignis {event_id}",
        sources=[Source(article=article, quote=f"Satz über {event_id} *laut* {article}.")
                 for article in articles],
        **fields,  # type: ignore[arg-type]
    )
    return LoadedEvent(Path(f"/project/events/{event_id}.yml"), event)


def key_page(events: list[LoadedEvent], **options: object) -> str:
    site = render_site(events, ARTICLES, RenderOptions(**options))  # type: ignore[arg-type]
    [found] = [p for p in site.pages if p.src_uri == "chronology/key-events.md"]
    assert found.in_nav
    return found.markdown


def test_key_days_with_summary_and_event_links() -> None:
    markdown = key_page([
        loaded("angriff", "2024-01-02", "a", "b", "c"),
        loaded("monat", "2024-01", "a", "b", "c"),
        loaded("nebensache", "2024-01-01", "a"),
    ], key_days=1)
    assert markdown.startswith("# Schlüsselereignisse\n\n")
    assert "## 2\\. Januar 2024 { #2024-01-02 }" in markdown
    assert "> Satz über angriff \\*laut\\* a." in markdown  # quoted, Markdown escaped
    assert "- [Ereignis angriff](events/angriff.md)" in markdown
    assert "nebensache" not in markdown and "monat" not in markdown


def test_english_labels_and_no_key_days() -> None:
    markdown = key_page([loaded("monat", "2024-01", "a")], language="en")
    assert markdown.startswith("# Key events\n\n")
    assert "No key events yet" in markdown


def test_key_events_are_each_key_day_s_lead_and_the_editor_s_choice() -> None:
    events = [
        loaded("angriff", "2024-01-02", "a", "b", "c"),
        loaded("echo", "2024-01-02", "a"),
        loaded("gewaehlt", "2023", "a", key=True),
    ]
    site = render_site(events, ARTICLES, RenderOptions(key_days=1))
    [index] = [p.markdown for p in site.pages if p.src_uri == "chronology/index.md"]
    assert 'data-date="2024-01-02" data-key="1"' in index
    assert 'data-date="2023" data-key="1"' in index
    assert index.count('data-key="1"') == 2  # not "echo", a minor event of the key day
    assert '<p class="tl-key-toggle" data-label="Nur Schlüsselereignisse"></p>' in index
    assert '<span class="tl-key">Schlüsselereignis</span>' in index
