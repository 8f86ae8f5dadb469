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
from functools import lru_cache
from pathlib import Path
from typing import Literal

from babel.dates import format_date, get_month_names

from timeline.models import ArticleMeta, Event
from timeline.problems import Problem
from timeline.site.dates import format_value, locale_for, month_label
from timeline.site.escape import (
    file_slug,
    html_text,
    latin1_markdown,
    md_heading,
    md_link,
    md_text,
    path_url,
    safe_url,
)
from timeline.site.labels import count_label, labels_for
from timeline.store import LoadedEvent
from timeline.tags import Actor
from timeline.timex import DateSpan, Precision, parse_value

Order = Literal["ascending", "descending"]
GroupBy = Literal["month", "year"]

TIMELINE_JSON = "timeline.json"
ASSET_DIR = "assets/timeline"
ASSET_FILES = ("timeline.css", "timeline.js")

# Spans wider than a year get a heading of their own, not a year's.
_WIDE = (Precision.DECADE, Precision.CENTURY)
# Spans inside a year but wider than a month are grouped under their own label.
_PART_OF_YEAR = (Precision.HALF, Precision.QUARTER, Precision.SEASON)


@dataclass(frozen=True)
class RenderOptions:
    path: str = "chronology"
    language: str = "de"
    order: Order = "ascending"
    group_by: GroupBy = "month"
    year_pages: int = 200
    timeline_view: bool = True
    use_directory_urls: bool = True
    articles_folder: str = "articles"


@dataclass(frozen=True)
class GeneratedPage:
    """One Markdown page; ``event_file`` is the YAML file it shows (event pages only)."""

    src_uri: str
    markdown: str
    in_nav: bool = False
    event_file: Path | None = None


def _page(
    src_uri: str, markdown: str, in_nav: bool = False, event_file: Path | None = None
) -> GeneratedPage:
    front_matter = ""
    if markdown.startswith("---\n"):
        end = markdown.index("\n---\n", 4) + 5
        front_matter, markdown = markdown[:end], markdown[end:]
    return GeneratedPage(src_uri, front_matter + latin1_markdown(markdown), in_nav, event_file)


@dataclass
class RenderedSite:
    pages: list[GeneratedPage] = field(default_factory=list)
    data_files: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def nav_pages(self) -> list[GeneratedPage]:
        return [page for page in self.pages if page.in_nav]


@dataclass(frozen=True)
class _EventView:
    """What every page needs of one event, computed once."""

    loaded: LoadedEvent
    span: DateSpan
    label: str
    title_md: str

    @property
    def event(self) -> Event:
        return self.loaded.event


def render_site(
    events: Sequence[LoadedEvent],
    articles: Mapping[str, ArticleMeta],
    options: RenderOptions,
    actors: Mapping[str, Actor] | None = None,
) -> RenderedSite:
    """All generated pages for ``events`` (in date order, as store.load_events gives them)."""
    locale_for(options.language)  # fails early with a clear message for an unknown language
    views = [
        _view(loaded, options.language)
        for loaded in events
        if loaded.event.status != "rejected"
    ]
    if options.order == "descending":
        views.reverse()
    site = RenderedSite()
    source_names = _source_names(articles)
    site.pages.extend(_chronology_pages(views, options))
    if options.timeline_view:
        site.pages.append(_timeline_page(options))
        site.data_files[f"{options.path}/{TIMELINE_JSON}"] = timeline_json(
            views, options, actors or {}
        )
    citing: dict[str, list[_EventView]] = {article_id: [] for article_id in articles}
    for view in views:
        site.pages.append(
            _event_page(view, articles, source_names, options, actors or {}, site.problems)
        )
        for article_id in dict.fromkeys(source.article for source in view.event.sources):
            if article_id in citing:
                citing[article_id].append(view)
    for article_id, meta in articles.items():
        site.pages.append(
            _source_page(meta, source_names[article_id], citing[article_id], options)
        )
    return site


def _view(loaded: LoadedEvent, language: str) -> _EventView:
    span = parse_value(loaded.event.date)
    return _EventView(
        loaded=loaded,
        span=span,
        label=format_value(loaded.event.date, language),
        title_md=md_text(loaded.event.title),
    )


def _source_names(articles: Mapping[str, ArticleMeta]) -> dict[str, str]:
    """File name (without .md) of each article's page; ids are file names, not URL-safe."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for article_id in articles:
        base = file_slug(article_id)
        name, number = base, 2
        while name.lower() in taken:
            name = f"{base}-{number}"
            number += 1
        taken.add(name.lower())
        names[article_id] = name
    return names


# --- the chronology ---------------------------------------------------------------------------


def _chronology_pages(views: Sequence[_EventView], options: RenderOptions) -> list[GeneratedPage]:
    labels = labels_for(options.language)
    title = f"# {md_text(labels['chronology'])}\n\n"
    index_uri = f"{options.path}/index.md"
    if not views:
        message = labels["no_events"].format(articles=options.articles_folder.replace("`", ""))
        return [_page(index_uri, f"{title}{message}\n", in_nav=True)]
    if len(views) <= options.year_pages:
        body = _event_list(views, options, link_prefix="events/")
        return [_page(index_uri, title + _timeline_link(options) + body, in_nav=True)]
    by_year: dict[int, list[_EventView]] = {}
    for view in views:
        by_year.setdefault(view.span.first.year, []).append(view)
    lines = [title, _timeline_link(options), f"## {md_text(labels['years'])}\n\n"]
    pages = []
    for year, year_views in by_year.items():
        lines.append(
            f"- {md_link(str(year), f'{year}.md')} "
            f"({count_label(labels, 'event', len(year_views))})\n"
        )
        body = _event_list(year_views, options, link_prefix="events/")
        # Not nav entries: Material renders the whole nav into every page, and
        # decades of year entries times thousands of event pages cost more than
        # the events themselves. The chronology lists the years.
        pages.append(_page(f"{options.path}/{year}.md", f"# {year}\n\n{body}"))
    return [_page(index_uri, "".join(lines), in_nav=True), *pages]


def _timeline_link(options: RenderOptions) -> str:
    if not options.timeline_view:
        return ""
    labels = labels_for(options.language)
    return f"{md_link(md_text(labels['timeline']), 'timeline.md')}\n{{: .tl-view-link }}\n\n"


def _group_keys(view: _EventView, options: RenderOptions) -> tuple[str, str | None]:
    span = view.span
    if span.precision in _WIDE:
        return view.label, None
    year = str(span.first.year)
    if options.group_by == "year" or span.precision is Precision.YEAR:
        return year, None
    if span.precision in _PART_OF_YEAR:
        return year, view.label
    return year, month_label(span.first.year, span.first.month, options.language)


def _event_list(
    views: Sequence[_EventView], options: RenderOptions, link_prefix: str
) -> str:
    """Events under year (##) and month (###) headings, in the chosen order.

    A heading appears once: events of a quarter or season, whose first day
    sorts among a month's days, are listed after that month.
    """
    groups: dict[tuple[str, str | None], list[_EventView]] = {}
    first_seen: dict[tuple[str, str | None], tuple[date, date]] = {}
    for view in views:
        key = _group_keys(view, options)
        groups.setdefault(key, []).append(view)
        bounds = first_seen.get(key)
        if bounds is None:
            first_seen[key] = (view.span.first, view.span.last)
        else:
            first_seen[key] = (min(bounds[0], view.span.first), max(bounds[1], view.span.last))
    top_order: dict[str, tuple[date, date]] = {}
    for (top, _sub), (first, last) in first_seen.items():
        known = top_order.get(top)
        top_order[top] = (first, last) if known is None else (min(known[0], first), known[1])

    def group_sort(key: tuple[str, str | None]) -> tuple[tuple[date, date], int, date, date]:
        first, last = first_seen[key]
        # The whole year's events open the year; then its months and quarters by start.
        return top_order[key[0]], 0 if key[1] is None else 1, first, last

    ordered = sorted(groups, key=group_sort, reverse=options.order == "descending")
    labels = labels_for(options.language)
    out: list[str] = []
    current_top: str | None = None
    for key in ordered:
        top, sub = key
        if top != current_top:
            out.append(f"## {md_text(top)}\n\n")
            current_top = top
        if sub is not None:
            out.append(f"### {md_text(sub)}\n\n")
        out.extend(_event_item(view, labels, link_prefix) for view in groups[key])
        out.append("\n")
    return "".join(out)


def _event_item(view: _EventView, labels: Mapping[str, str], link_prefix: str) -> str:
    event = view.event
    # Few inline HTML elements: each one costs Markdown and the search indexer.
    meta = [md_text(tag) for tag in event.tags]
    meta.append(count_label(labels, "source", len(event.sources)))
    if event.uncertain:
        meta.append(f"**{md_text(labels['uncertain'])}**")
    link = md_link(view.title_md, path_url(f"{link_prefix}{event.id}.md"))
    return (
        f'- <span class="tl-date">{html_text(view.label)}</span> {link} · {" · ".join(meta)}'
        f'\n  {{: .tl-event data-date="{html_text(event.date)}" }}\n'
    )


# --- one event --------------------------------------------------------------------------------


def _event_page(
    view: _EventView,
    articles: Mapping[str, ArticleMeta],
    source_names: Mapping[str, str],
    options: RenderOptions,
    actors: Mapping[str, Actor],
    problems: list[Problem],
) -> GeneratedPage:
    event = view.event
    labels = labels_for(options.language)
    parts: list[str] = []
    if event.tags:
        # Material prints tag names unescaped; escaped here they show as typed.
        # JSON is YAML, and dumps much faster than yaml.safe_dump.
        tags = json.dumps([html_text(tag) for tag in event.tags], ensure_ascii=False)
        parts.append(f"---\ntags: {tags}\n---\n\n")
    parts.append(f"# {md_heading(event.title)}\n\n")
    parts.append(f"{md_text(view.label)}\n{{: .tl-date }}\n\n")
    if event.uncertain:
        parts.append(
            f'!!! warning "{html_text(labels["uncertain"])}"\n\n'
            f"    {md_text(labels['uncertain_text'])}\n\n"
        )
    refs = "".join(f"[^{number}]" for number in range(1, len(event.sources) + 1))
    lead = event.summary if event.summary else labels["reported_by"]
    parts.append(f"{md_text(lead)}{refs}\n\n")
    known_actors = [(tag, actors[tag]) for tag in event.tags if tag in actors]
    if known_actors:
        parts.append(f"**{md_text(labels['actors'])}:**\n\n")
        for name, actor in known_actors:
            parts.append(f"- {md_text(name)} ({md_text(labels['kind_' + actor.kind])})\n")
        parts.append("\n")
    for number, source in enumerate(event.sources, start=1):
        meta = articles.get(source.article)
        if meta is None:
            problems.append(
                Problem(
                    view.loaded.path,
                    f"no article {source.article!r} in {options.articles_folder}/",
                    None,
                    f"sources.{number - 1}.article",
                )
            )
        parts.append(
            f"[^{number}]: "
            f"{_citation(source.article, source.quote, meta, source_names, options)}\n"
        )
    return _page(
        f"{options.path}/events/{event.id}.md",
        "".join(parts),
        event_file=view.loaded.path,
    )


def _citation(
    article_id: str,
    quote: str,
    meta: ArticleMeta | None,
    source_names: Mapping[str, str],
    options: RenderOptions,
) -> str:
    labels = labels_for(options.language)
    quoted = f"{labels['open_quote']}{md_text(quote)}{labels['close_quote']}"
    if meta is None:
        missing = labels["missing_article"].format(article=f"<code>{md_text(article_id)}</code>")
        return f"{missing}: {quoted}"
    pieces = []
    if meta.publisher:
        pieces.append(md_text(meta.publisher))
    title = md_text(meta.title or article_id)
    pieces.append(md_link(title, path_url(f"../sources/{source_names[article_id]}.md")))
    if meta.published:
        pieces.append(md_text(_long_date(meta.published, options.language)))
    url = safe_url(meta.url)
    if url:
        # An autolink costs Markdown far less than [text](url) on every event page.
        pieces.append(f"<{url}>")
    return f"{', '.join(pieces)}: {quoted}"


@lru_cache(maxsize=4096)
def _long_date(day: date, language: str) -> str:
    return str(format_date(day, "long", locale=locale_for(language)))


# --- one article ------------------------------------------------------------------------------


def _source_page(
    meta: ArticleMeta,
    name: str,
    citing: Sequence[_EventView],
    options: RenderOptions,
) -> GeneratedPage:
    labels = labels_for(options.language)
    parts = [f"# {md_heading(meta.title or meta.id)}\n\n"]
    facts: list[tuple[str, str]] = []
    if meta.publisher:
        facts.append((labels["publisher"], md_text(meta.publisher)))
    if meta.author:
        facts.append((labels["author"], md_text(meta.author)))
    if meta.published:
        facts.append((labels["published"], md_text(_long_date(meta.published, options.language))))
    if meta.language:
        facts.append((labels["language"], md_text(meta.language)))
    if meta.url:
        url = safe_url(meta.url)
        shown = md_text(meta.url)
        facts.append((labels["address"], md_link(shown, url) if url else shown))
    for label, value in facts:
        parts.append(f"- **{md_text(label)}:** {value}\n")
    if facts:
        parts.append("\n")
    parts.append(f"## {md_text(labels['events_of_source'])}\n\n")
    if not citing:
        parts.append(f"{md_text(labels['no_events_of_source'])}\n")
    # The quotes are on the event pages; repeating them here would double the
    # Markdown of every source page.
    for view in citing:
        link = md_link(view.title_md, path_url(f"../events/{view.event.id}.md"))
        parts.append(f"- {md_text(view.label)}: {link}\n")
    return _page(f"{options.path}/sources/{name}.md", "".join(parts))


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
    return _page(f"{options.path}/timeline.md", body, in_nav=True)


def timeline_json(
    views: Sequence[_EventView], options: RenderOptions, actors: Mapping[str, Actor]
) -> str:
    """Compact data of the timeline view: one short array per event.

    ``kinds`` gives each tag's actor kind from the actors file ("" if none).
    Event: [id, date value, date label, first day (ISO), title, [tag index...],
    number of sources, uncertain (0/1)]; ``url`` turns an id into the page URL
    relative to the JSON file.
    """
    labels = labels_for(options.language)
    tag_index: dict[str, int] = {}
    rows = []
    for view in views:
        event = view.event
        tag_ids = [tag_index.setdefault(tag, len(tag_index)) for tag in event.tags]
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
            ]
        )
    months = get_month_names("wide", locale=locale_for(options.language))
    data = {
        "url": "events/{id}/" if options.use_directory_urls else "events/{id}.html",
        "order": options.order,
        "labels": {
            key: labels[key]
            for key in ("filter", "all_tags", "more", "shown", "source_one", "source_many",
                        "uncertain", "kind_person", "kind_organisation", "kind_place",
                        "other_tags")
        },
        "months": [str(months[number]) for number in range(1, 13)],
        "tags": list(tag_index),
        "kinds": [actors[tag].kind if tag in actors else "" for tag in tag_index],
        "events": rows,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
