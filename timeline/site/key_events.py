"""The key events page: the digest of the whole collection (:mod:`timeline.digest`).

One page, in the navigation after the chronology: a heading per key day (its
long date, with the ISO date as anchor), the day's summary quoted from its
sources, and links to its most important events' pages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from timeline.digest import LISTED_EVENTS, DigestDay, make_digest
from timeline.models import ArticleMeta, Event
from timeline.site.escape import md_link, md_text, path_url
from timeline.site.labels import labels_for
from timeline.site.pages import GeneratedPage, RenderOptions, long_date, make_page

KEY_EVENTS_PAGE = "key-events.md"


def site_digest(
    events: Sequence[Event], articles: Mapping[str, ArticleMeta], options: RenderOptions
) -> list[DigestDay]:
    """The digest the site shows: ``options.key_days`` days, or as many as chosen."""
    return make_digest(events, articles, count=options.key_days, language=options.language)


def key_event_ids(events: Sequence[Event], digest: Sequence[DigestDay]) -> frozenset[str]:
    """The key events: the most important event of each key day, and every event an
    editor marked ``key: true``."""
    leads = {day.events[0] for day in digest if day.events}
    return frozenset(leads | {event.id for event in events if event.key})


def key_events_page(
    events: Sequence[Event], digest: Sequence[DigestDay], options: RenderOptions
) -> GeneratedPage:
    """The key events page: ``digest`` with links to the pages of ``events``."""
    labels = labels_for(options.language)
    titles = {event.id: event.title for event in events}
    parts = [
        f"# {md_text(labels['key_events'])}\n\n",
        labels["key_events_intro"].format(chronology="index.md") + "\n\n",
    ]
    if not digest:
        parts.append(f"{md_text(labels['no_key_events'])}\n")
    for day in digest:
        parts.append(f"## {md_text(long_date(day.day, options.language))} "
                     f"{{ #{day.day.isoformat()} }}\n\n")
        parts.append(f"> {md_text(day.summary)}\n\n")
        for event_id in day.events[:LISTED_EVENTS]:
            link = md_link(md_text(titles[event_id]), f"events/{path_url(event_id)}.md")
            parts.append(f"- {link}\n")
        if len(day.events) > LISTED_EVENTS:
            more = labels["more_events"].format(count=len(day.events) - LISTED_EVENTS)
            parts.append(f"- {md_text(more)}\n")
        parts.append("\n")
    return make_page(f"{options.path}/{KEY_EVENTS_PAGE}", "".join(parts), in_nav=True)
