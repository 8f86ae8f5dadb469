"""The Atom feed of the chronology: the newest events first, each linking to its page.

Written by the MkDocs plugin as ``feed.xml`` at the site root. Feed readers
need absolute links, so the feed is made from MkDocs' ``site_url``; the
plugin leaves it out when there is none. An entry's ``updated`` is the latest
publication date of the articles that report the event (the day the story
last moved), never the time of the build, so an unchanged chronology gives
an unchanged feed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timezone

from feedgen.feed import FeedGenerator

from timeline.models import ArticleMeta, Event
from timeline.site.dates import format_range
from timeline.site.escape import html_text, path_url
from timeline.site.pages import RenderOptions
from timeline.site.tag_pages import shown_tags
from timeline.store import LoadedEvent
from timeline.timex import parse_value

FEED_FILE = "feed.xml"
FEED_TYPE = "application/atom+xml"
# Feed readers fetch the whole file on every poll; the newest events are what they show.
FEED_ENTRIES = 50


def event_page_url(site_url: str, event_id: str, options: RenderOptions) -> str:
    """The absolute address of an event's page below ``site_url``."""
    stem = f"{options.path}/events/{path_url(event_id)}"
    page = f"{stem}/" if options.use_directory_urls else f"{stem}.html"
    return f"{site_url.rstrip('/')}/{page}"


def feed_url(site_url: str) -> str:
    return f"{site_url.rstrip('/')}/{FEED_FILE}"


def atom_feed(
    events: Sequence[LoadedEvent],
    articles: Mapping[str, ArticleMeta],
    options: RenderOptions,
    site_url: str,
    site_name: str,
) -> str | None:
    """The Atom document of the newest events (rejected ones left out); None without events."""
    shown = [loaded.event for loaded in events if loaded.event.status != "rejected"]
    if not shown:
        return None
    newest = sorted(shown, key=_newest_first)[:FEED_ENTRIES]
    root = site_url.rstrip("/")
    generator = FeedGenerator()
    generator.id(f"{root}/{options.path}/")
    generator.title(site_name)
    generator.author({"name": site_name})
    generator.link(href=f"{root}/{options.path}/", rel="alternate")
    generator.link(href=feed_url(site_url), rel="self", type=FEED_TYPE)
    generator.language(options.language)
    generator.generator("news-timeline")
    updated = []
    for event in newest:
        entry = generator.add_entry(order="append")
        url = event_page_url(site_url, event.id, options)
        stamp = _updated(event, articles)
        updated.append(stamp)
        entry.id(url)
        entry.title(event.title)
        entry.link(href=url, rel="alternate")
        entry.updated(stamp)
        entry.summary(_summary(event, options))
        entry.content(_content(event, articles, options), type="html")
        for name in shown_tags(event.tags, options.language):
            entry.category(term=name)
    generator.updated(max(updated))
    text: bytes = generator.atom_str(pretty=True)
    return text.decode("utf-8")


def _newest_first(event: Event) -> tuple[int, int, str]:
    span = parse_value(event.date)
    last = parse_value(event.end).last if event.end else span.last
    # Negated ordinals sort the newest first; the id keeps equal dates in a fixed order.
    return -span.first.toordinal(), -last.toordinal(), event.id


def _updated(event: Event, articles: Mapping[str, ArticleMeta]) -> datetime:
    published = [
        meta.published
        for source in event.sources
        if (meta := articles.get(source.article)) is not None and meta.published is not None
    ]
    day = max(published, default=None) or parse_value(event.date).first
    return _midnight(day)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def _summary(event: Event, options: RenderOptions) -> str:
    label = format_range(event.date, event.end, options.language)
    return f"{label}: {event.summary}" if event.summary else label


def _content(event: Event, articles: Mapping[str, ArticleMeta], options: RenderOptions) -> str:
    """The date, the summary and each source's quote, as HTML (escaped by the feed library)."""
    parts = [f"<p>{html_text(_summary(event, options))}</p>"]
    for source in event.sources:
        meta = articles.get(source.article)
        name = html_text((meta and (meta.publisher or meta.title)) or source.article)
        parts.append(f"<blockquote><p>{html_text(source.quote)}</p></blockquote><p>{name}</p>")
    return "".join(parts)
