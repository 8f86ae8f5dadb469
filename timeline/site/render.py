"""Event set -> Markdown pages of the chronology website.

Pure functions, no MkDocs: the plugin hands the pages to MkDocs in memory and
``timeline render`` writes them to a folder. Page paths (``src_uri``) are
relative to the docs folder; see /work/notes/site-api.md for the layout.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from babel.dates import get_month_names

from timeline.models import ArticleMeta
from timeline.problems import Problem
from timeline.site.dates import format_range, format_value, locale_for, month_label
from timeline.site.escape import (
    file_slug,
    html_text,
    md_heading,
    md_link,
    md_text,
    path_url,
    safe_url,
    unique_names,
)
from timeline.site.event_page import event_page
from timeline.site.html_block import html_block
from timeline.site.key_events import key_event_ids, key_events_page, site_digest
from timeline.site.labels import count_label, labels_for
from timeline.site.pages import (
    EventView,
    GeneratedPage,
    GroupBy,
    Heading,
    Order,
    RenderOptions,
    event_links,
    long_date,
    make_page,
)
from timeline.site.tag_pages import shown_tag, shown_tags, tag_pages, tag_uris
from timeline.store import LoadedEvent
from timeline.tags import Actor
from timeline.timex import DateSpan, Precision, parse_value

__all__ = [
    "ASSET_DIR",
    "ASSET_FILES",
    "TIMELINE_JSON",
    "GeneratedPage",
    "GroupBy",
    "Order",
    "RenderOptions",
    "RenderedSite",
    "render_site",
    "timeline_json",
]

TIMELINE_JSON = "timeline.json"
ASSET_DIR = "assets/timeline"
ASSET_FILES = ("timeline.css", "timeline.js")

# Spans wider than a year get a heading of their own, not a year's.
_WIDE = (Precision.DECADE, Precision.CENTURY)
# Spans inside a year but wider than a month are grouped under their own label.
_PART_OF_YEAR = (Precision.HALF, Precision.QUARTER, Precision.SEASON)


@dataclass
class RenderedSite:
    """The generated pages and data files; ``summary`` is one Markdown line for a start
    page ("10 Ereignisse von 2006 bis 10. Januar 2024.")."""

    pages: list[GeneratedPage] = field(default_factory=list)
    data_files: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    summary: str = ""

    @property
    def nav_pages(self) -> list[GeneratedPage]:
        return [page for page in self.pages if page.in_nav]


def render_site(
    events: Sequence[LoadedEvent],
    articles: Mapping[str, ArticleMeta],
    options: RenderOptions,
    actors: Mapping[str, Actor] | None = None,
) -> RenderedSite:
    """All generated pages for ``events`` (rejected ones left out)."""
    locale_for(options.language)  # fails early with a clear message for an unknown language
    in_time = [
        _view(loaded, options)
        for loaded in events
        if loaded.event.status != "rejected"
    ]
    # The store gives date order already; sorting sorted data is linear in Python.
    in_time.sort(key=lambda view: (view.span.first, view.span.last, view.event.date))
    views = in_time[::-1] if options.order == "descending" else in_time
    site = RenderedSite(summary=_summary(in_time, options))
    source_names = _source_names(articles)
    shown = [view.event for view in in_time]
    digest = site_digest(shown, articles, options)
    key_ids = key_event_ids(shown, digest)
    site.pages.extend(_chronology_pages(views, options, key_ids))
    site.pages.append(key_events_page(shown, digest, options))
    if options.timeline_view:
        site.pages.append(_timeline_page(options))
        site.data_files[f"{options.path}/{TIMELINE_JSON}"] = timeline_json(
            views, options, actors or {}, key_ids
        )
    split = len(in_time) > options.year_pages
    uris = tag_uris(in_time, options.language)
    citing: dict[str, list[EventView]] = {article_id: [] for article_id in articles}
    for position, view in enumerate(in_time):
        previous = in_time[position - 1] if position > 0 else None
        following = in_time[position + 1] if position + 1 < len(in_time) else None
        listed_on = f"{view.span.first.year}.md" if split else "index.md"
        site.pages.append(
            event_page(
                view, previous, following, listed_on, articles, source_names, options,
                actors or {}, uris, site.problems,
            )
        )
    site.pages.extend(tag_pages(in_time, uris, options))
    for view in views:
        for article_id in dict.fromkeys(source.article for source in view.event.sources):
            if article_id in citing:
                citing[article_id].append(view)
    for article_id, meta in articles.items():
        site.pages.append(
            _source_page(meta, source_names[article_id], citing[article_id], options)
        )
    return site


def _view(loaded: LoadedEvent, options: RenderOptions) -> EventView:
    value = loaded.event.date
    span = parse_value(value)
    # Headings come from the date alone: a range is listed where it begins.
    top, sub = _headings(value, span, format_value(value, options.language), options)
    end = loaded.event.end
    return EventView(
        loaded=loaded,
        span=span,
        label=format_range(value, end, options.language),
        top=top,
        sub=sub,
        last=parse_value(end).last if end is not None else span.last,
    )


def _summary(in_time: Sequence[EventView], options: RenderOptions) -> str:
    labels = labels_for(options.language)
    if not in_time:
        return md_text(labels["no_events_short"])
    count = count_label(labels, "event", len(in_time))
    if len(in_time) == 1:
        return md_text(labels["summary_one"].format(events=count, first=in_time[0].label))
    text = labels["summary_many"].format(
        events=count, first=in_time[0].label, last=in_time[-1].label
    )
    return md_text(text)


def _source_names(articles: Mapping[str, ArticleMeta]) -> dict[str, str]:
    """File name (without .md) of each article's page; ids are file names, not URL-safe."""
    return unique_names({article_id: file_slug(article_id) for article_id in articles})


# --- the chronology ---------------------------------------------------------------------------


def _chronology_pages(
    views: Sequence[EventView], options: RenderOptions, key_ids: frozenset[str] = frozenset()
) -> list[GeneratedPage]:
    labels = labels_for(options.language)
    title = f"# {md_text(labels['chronology'])}\n\n"
    index_uri = f"{options.path}/index.md"
    if not views:
        message = labels["no_events"].format(articles=options.articles_folder.replace("`", ""))
        return [make_page(index_uri, f"{title}{message}\n", in_nav=True)]
    if len(views) <= options.year_pages:
        body = _event_list(views, options, on_index=True, key_ids=key_ids)
        return [make_page(
            index_uri, title + _timeline_link(options) + _key_toggle(labels, key_ids) + body,
            in_nav=True,
        )]
    by_year: dict[int, list[EventView]] = {}
    for view in views:
        by_year.setdefault(view.span.first.year, []).append(view)
    lines = [title, _timeline_link(options), f"## {md_text(labels['years'])}\n\n"]
    pages = []
    for year, year_views in by_year.items():
        lines.append(
            f"- {md_link(str(year), f'{year}.md')} "
            f"({count_label(labels, 'event', len(year_views))})\n"
        )
        body = _key_toggle(labels, key_ids) + _event_list(
            year_views, options, on_index=False, key_ids=key_ids
        )
        # Not nav entries: Material renders the whole nav into every page, and
        # decades of year entries times thousands of event pages cost more than
        # the events themselves. The chronology lists the years.
        pages.append(make_page(f"{options.path}/{year}.md", f"# {year}\n\n{body}"))
    return [make_page(index_uri, "".join(lines), in_nav=True), *pages]


def _key_toggle(labels: Mapping[str, str], key_ids: frozenset[str]) -> str:
    """The place of the "key events only" switch, which the site's script fills in (no
    switch without JavaScript: the whole chronology shows)."""
    if not key_ids:
        return ""
    return html_block(
        f'<p class="tl-key-toggle" data-label="{html_text(labels["key_only"])}"></p>\n'
    ) + "\n"


def _timeline_link(options: RenderOptions) -> str:
    if not options.timeline_view:
        return ""
    labels = labels_for(options.language)
    return f"{md_link(md_text(labels['timeline']), 'timeline.md')}\n{{: .tl-view-link }}\n\n"


def _headings(
    value: str, span: DateSpan, label: str, options: RenderOptions
) -> tuple[Heading, Heading | None]:
    """The chronology headings of an event, as (label, anchor id).

    Anchor ids are stable and readable in a shared link: the year ("2023"),
    the month ("2023-12"), else the TIMEX value of the span ("2023-Q4", "199").
    """
    if span.precision in _WIDE:
        return (label, value), None
    year = str(span.first.year)
    top = (year, f"{span.first.year:04d}")
    if options.group_by == "year" or span.precision is Precision.YEAR:
        return top, None
    if span.precision in _PART_OF_YEAR:
        return top, (label, value)
    month = month_label(span.first.year, span.first.month, options.language)
    return top, (month, f"{span.first.year:04d}-{span.first.month:02d}")


def _event_list(
    views: Sequence[EventView], options: RenderOptions, on_index: bool,
    key_ids: frozenset[str] = frozenset(),
) -> str:
    """Events under year (##) and month (###) headings, in the chosen order.

    A heading appears once: events of a quarter or season, whose first day
    sorts among a month's days, are listed after that month. Each heading
    carries its anchor id (attr_list), which event pages link to. The
    headings are Markdown (they make the page's table of contents); the lists
    are ready HTML (see :mod:`timeline.site.html_block`), their links final
    URLs from the chronology page (``on_index``) or a year page.
    """
    groups: dict[tuple[Heading, Heading | None], list[EventView]] = {}
    first_seen: dict[tuple[Heading, Heading | None], tuple[date, date]] = {}
    for view in views:
        key = (view.top, view.sub)
        groups.setdefault(key, []).append(view)
        bounds = first_seen.get(key)
        if bounds is None:
            first_seen[key] = (view.span.first, view.span.last)
        else:
            first_seen[key] = (min(bounds[0], view.span.first), max(bounds[1], view.span.last))
    top_order: dict[Heading, tuple[date, date]] = {}
    for (top, _sub), (first, last) in first_seen.items():
        known = top_order.get(top)
        top_order[top] = (first, last) if known is None else (min(known[0], first), known[1])

    def group_sort(
        key: tuple[Heading, Heading | None],
    ) -> tuple[tuple[date, date], int, date, date]:
        first, last = first_seen[key]
        # The whole year's events open the year; then its months and quarters by start.
        return top_order[key[0]], 0 if key[1] is None else 1, first, last

    ordered = sorted(groups, key=group_sort, reverse=options.order == "descending")
    labels = labels_for(options.language)
    out: list[str] = []
    current_top: Heading | None = None
    for key in ordered:
        top, sub = key
        if top != current_top:
            out.append(f"## {md_text(top[0])} {{ #{top[1]} }}\n\n")
            current_top = top
        if sub is not None:
            out.append(f"### {md_text(sub[0])} {{ #{sub[1]} }}\n\n")
        items = "".join(
            _event_item(view, labels, on_index, options, view.event.id in key_ids)
            for view in groups[key]
        )
        out.append(html_block(f"<ul>\n{items}</ul>\n") + "\n")
    return "".join(out)


def _event_item(
    view: EventView, labels: Mapping[str, str], on_index: bool, options: RenderOptions,
    key: bool = False,
) -> str:
    event = view.event
    meta = [f'<span class="tl-key">{html_text(labels["key_event"])}</span>'] if key else []
    meta += [html_text(name) for name in shown_tags(event.tags, options.language)]
    meta.append(html_text(count_label(labels, "source", len(event.sources))))
    if event.uncertain:
        meta.append(f"<strong>{html_text(labels['uncertain'])}</strong>")
    if event.planned:
        meta.append(f'<span class="tl-planned">{html_text(labels["planned"])}</span>')
    stem = path_url(event.id)
    if not options.use_directory_urls:
        href = f"events/{stem}.html"
    else:
        href = f"events/{stem}/" if on_index else f"../events/{stem}/"
    end = f' data-end="{html_text(event.end)}"' if event.end is not None else ""
    end += ' data-key="1"' if key else ""
    return (
        f'<li class="tl-event" data-date="{html_text(event.date)}"{end}>'
        f'<span class="tl-date">{html_text(view.label)}</span> '
        f'<a href="{html_text(href)}">{html_text(event.title)}</a> · {" · ".join(meta)}</li>\n'
    )


# --- one article ------------------------------------------------------------------------------


def _source_page(
    meta: ArticleMeta,
    name: str,
    citing: Sequence[EventView],
    options: RenderOptions,
) -> GeneratedPage:
    """An article's facts and the events citing it; only the headings are Markdown
    (the rest is ready HTML, as on event pages: see :mod:`timeline.site.event_page`)."""
    labels = labels_for(options.language)
    facts: list[tuple[str, str]] = []
    if meta.publisher:
        facts.append((labels["publisher"], html_text(meta.publisher)))
    if meta.author:
        facts.append((labels["author"], html_text(meta.author)))
    if meta.published:
        facts.append((labels["published"], html_text(long_date(meta.published, options.language))))
    if meta.language:
        facts.append((labels["language"], html_text(meta.language)))
    if meta.url:
        url = safe_url(meta.url)
        shown = html_text(meta.url)
        address = f'<a href="{html_text(url)}">{shown}</a>' if url else shown
        facts.append((labels["address"], address))
    parts = [f"# {md_heading(meta.title or meta.id)}\n\n"]
    if facts:
        items = "".join(
            f"<li><strong>{html_text(label)}:</strong> {value}</li>\n" for label, value in facts
        )
        parts.append(html_block(f"<ul>\n{items}</ul>\n") + "\n")
    parts.append(f"## {md_text(labels['events_of_source'])}\n\n")
    if not citing:
        parts.append(html_block(f"<p>{html_text(labels['no_events_of_source'])}</p>\n"))
    else:
        # The quotes are on the event pages; repeating them here would double the
        # size of every source page.
        parts.append(html_block(event_links(citing, options)))
    return make_page(f"{options.path}/sources/{name}.md", "".join(parts))


# --- the visual timeline ----------------------------------------------------------------------


def _timeline_page(options: RenderOptions) -> GeneratedPage:
    labels = labels_for(options.language)
    # The JSON link is a normal Markdown link so MkDocs (or any builder) makes it
    # relative to this page; the script reads its href.
    body = (
        f"# {md_text(labels['timeline'])}\n\n"
        f"{labels['no_script'].format(chronology='index.md')}\n{{: #tl-fallback }}\n\n"
        f'<div id="tl-view" data-lang="{html_text(options.language)}"></div>\n\n'
        f"{md_link(md_text(labels['data']), TIMELINE_JSON)}{{: #tl-data }}\n{{: .tl-data }}\n"
    )
    return make_page(f"{options.path}/timeline.md", body, in_nav=True)


def timeline_json(
    views: Sequence[EventView], options: RenderOptions, actors: Mapping[str, Actor],
    key_ids: frozenset[str] = frozenset(),
) -> str:
    """Compact data of the timeline view: one short array per event.

    ``kinds`` gives each tag's actor kind from the actors file ("" if none).
    Event: [id, date value, date label (of the range, if any), first day (ISO),
    title, [tag index...], number of sources, uncertain (0/1), last day of the
    range (ISO; "" for a single date), planned (0/1), key event (0/1)]; ``url``
    turns an id into the page URL relative to the JSON file.
    """
    labels = labels_for(options.language)
    # Tags as shown, so a country's two spellings are one tag in the filter.
    tag_index: dict[str, int] = {}
    kinds: list[str] = []
    rows = []
    for view in views:
        event = view.event
        tag_ids = []
        for tag in event.tags:
            name = shown_tag(tag, options.language)
            if name not in tag_index:
                tag_index[name] = len(tag_index)
                kinds.append(actors[tag].kind if tag in actors else "")
            if tag_index[name] not in tag_ids:
                tag_ids.append(tag_index[name])
        rows.append(
            [
                event.id,
                event.date,
                view.label,
                view.span.first.isoformat(),
                " ".join(event.title.split()),
                tag_ids,
                len(event.sources),
                int(event.uncertain),
                view.last.isoformat() if event.end is not None else "",
                int(event.planned),
                int(event.id in key_ids),
            ]
        )
    months = get_month_names("wide", locale=locale_for(options.language))
    data = {
        "url": "events/{id}/" if options.use_directory_urls else "events/{id}.html",
        "order": options.order,
        "labels": {
            key: labels[key]
            for key in ("filter", "all_tags", "more", "shown", "source_one", "source_many",
                        "uncertain", "planned", "kind_person", "kind_organisation",
                        "kind_place", "other_tags", "key_event", "key_only")
        },
        "months": [str(months[number]) for number in range(1, 13)],
        "tags": list(tag_index),
        "kinds": kinds,
        "events": rows,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
