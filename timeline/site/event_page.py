"""One event as a page: date, summary, who reports it, footnoted quotes, neighbours.

The reader sees at once which outlets report the event ("Quellen: Euronews¹,
Reuters²,³"); each footnote cites the article and quotes its sentence with the
date phrase marked. Below the footnotes, links lead to the previous and next
event in time and back to the event's place in the chronology.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from timeline.models import ArticleMeta, Source
from timeline.problems import Problem
from timeline.site.escape import (
    html_text,
    md_heading,
    md_link,
    md_text,
    md_text_marked,
    path_url,
    safe_url,
    without_marker,
)
from timeline.site.labels import labels_for
from timeline.site.pages import EventView, GeneratedPage, RenderOptions, long_date, make_page
from timeline.tags import Actor


def event_page(
    view: EventView,
    previous: EventView | None,
    following: EventView | None,
    chronology_uri: str,
    articles: Mapping[str, ArticleMeta],
    source_names: Mapping[str, str],
    options: RenderOptions,
    actors: Mapping[str, Actor],
    problems: list[Problem],
) -> GeneratedPage:
    """The page of ``view``; ``chronology_uri`` is the chronology page it is listed on,
    relative to the docs folder."""
    event = view.event
    labels = labels_for(options.language)
    front_matter = ""
    if event.tags:
        # Material prints tag names unescaped; escaped here they show as typed.
        # JSON is YAML, and dumps much faster than yaml.safe_dump.
        tags = json.dumps([html_text(tag) for tag in event.tags], ensure_ascii=False)
        front_matter = f"---\ntags: {tags}\n---\n\n"
    parts = [f"# {md_heading(event.title)}\n\n", f"{md_text(view.label)}\n{{: .tl-date }}\n\n"]
    if event.uncertain:
        parts.append(
            f'!!! warning "{html_text(labels["uncertain"])}"\n\n'
            f"    {md_text(labels['uncertain_text'])}\n\n"
        )
    if event.summary:
        parts.append(f"{md_text(event.summary)}\n\n")
    parts.append(_reported_by(event.sources, articles, options))
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
        parts.append(f"[^{number}]: {_citation(source, meta, source_names, options)}\n")
    pager = _neighbours(view, previous, following, chronology_uri, options)
    # The footnotes would otherwise follow the pager: Python-Markdown puts them at
    # the paragraph holding its place marker, which no text from the data may hold.
    body = without_marker("".join(parts), options.footnotes_marker)
    return make_page(
        f"{options.path}/events/{event.id}.md",
        f"{front_matter}{body}\n{options.footnotes_marker}\n\n{pager}",
        event_file=view.loaded.path,
    )


def _reported_by(
    sources: list[Source], articles: Mapping[str, ArticleMeta], options: RenderOptions
) -> str:
    """"Quellen: Euronews[^1], Reuters[^2][^3]": each outlet once, with its footnotes.

    An article without a publisher is named by its title, a missing one by its id.
    """
    refs: dict[str, list[int]] = {}
    for number, source in enumerate(sources, start=1):
        meta = articles.get(source.article)
        name = source.article
        if meta is not None:
            name = meta.publisher or meta.title or source.article
        refs.setdefault(" ".join(name.split()), []).append(number)
    labels = labels_for(options.language)
    lead = labels["sources_one" if len(sources) == 1 else "sources_many"]
    # "Reuters²,³": without the comma the references read as footnote 23.
    names = ", ".join(
        md_text(name) + "<sup>,</sup>".join(f"[^{number}]" for number in numbers)
        for name, numbers in refs.items()
    )
    return f"{md_text(lead)}: {names}\n{{: .tl-sources }}\n\n"


def _citation(
    source: Source,
    meta: ArticleMeta | None,
    source_names: Mapping[str, str],
    options: RenderOptions,
) -> str:
    labels = labels_for(options.language)
    quote = md_text_marked(source.quote, source.date_text)
    quoted = f"{labels['open_quote']}{quote}{labels['close_quote']}"
    if meta is None:
        missing = labels["missing_article"].format(
            article=f"<code>{md_text(source.article)}</code>"
        )
        return f"{missing}: {quoted}"
    pieces = []
    if meta.publisher:
        pieces.append(md_text(meta.publisher))
    title = md_text(meta.title or source.article)
    pieces.append(md_link(title, path_url(f"../sources/{source_names[source.article]}.md")))
    if meta.published:
        pieces.append(md_text(long_date(meta.published, options.language)))
    url = safe_url(meta.url)
    if url:
        # An autolink costs Markdown far less than [text](url) on every event page.
        pieces.append(f"<{url}>")
    return f"{', '.join(pieces)}: {quoted}"


def _neighbours(
    view: EventView,
    previous: EventView | None,
    following: EventView | None,
    chronology_uri: str,
    options: RenderOptions,
) -> str:
    """Links to the previous and next event in time and back to the chronology."""
    labels = labels_for(options.language)
    heading_label, anchor = view.heading
    links = []
    if previous is not None:
        text = f"\u2190 {md_text(previous.label)}: {previous.title_md}"
        links.append(f"{md_link(text, path_url(previous.event.id + '.md'))}{{: .tl-prev }}")
    up_text = f"\u2191 {md_text(labels['chronology'])}: {md_text(heading_label)}"
    up_url = f"{path_url('../' + chronology_uri)}#{anchor}"
    links.append(f"{md_link(up_text, up_url)}{{: .tl-up }}")
    if following is not None:
        text = f"{md_text(following.label)}: {following.title_md} \u2192"
        links.append(f"{md_link(text, path_url(following.event.id + '.md'))}{{: .tl-next }}")
    # Out of the search index: else a search for one title also finds both neighbours.
    pager = f"{' '.join(links)}\n{{: .tl-pager data-search-exclude }}\n"
    return without_marker(pager, options.footnotes_marker)
