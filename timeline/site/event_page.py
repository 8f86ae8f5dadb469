"""One event as a page: date, summary, who reports it, footnoted quotes, neighbours.

The reader sees at once which outlets report the event ("Quellen: Euronews¹,
Reuters²,³"); each footnote cites the article and quotes its sentence with the
date phrase marked. Below the footnotes, links lead to the previous and next
event in time and back to the event's place in the chronology.

Only the title is Markdown (MkDocs takes the page title from it); the rest is
one block of ready HTML, escaped here, in the format Python-Markdown's
footnotes and admonition extensions write, between the markers of
:mod:`timeline.site.html_block`: Markdown's inline processing of the citations
and links cost more than the rest of an event page's build. Links in that HTML
are final URLs, so they follow ``use_directory_urls``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from timeline.models import ArticleMeta, Source
from timeline.problems import Problem
from timeline.site.escape import html_text, html_text_marked, md_heading, path_url, safe_url
from timeline.site.html_block import html_block
from timeline.site.labels import labels_for
from timeline.site.pages import (
    EventView,
    FootnoteFormat,
    GeneratedPage,
    RenderOptions,
    long_date,
    make_page,
    sibling_url,
)
from timeline.site.tag_pages import shown_tag, shown_tags, tag_links
from timeline.tags import Actor

# Quotation marks a quote may open with: German „ ‚ » «, English “ ‘ and the typewriter ".
_OPENING_MARKS = frozenset('„‚»«“‘"')


def event_page(
    view: EventView,
    previous: EventView | None,
    following: EventView | None,
    chronology_uri: str,
    articles: Mapping[str, ArticleMeta],
    source_names: Mapping[str, str],
    options: RenderOptions,
    actors: Mapping[str, Actor],
    tag_uris: Mapping[str, str],
    problems: list[Problem],
) -> GeneratedPage:
    """The page of ``view``; ``chronology_uri`` is the chronology page it is listed on,
    and ``tag_uris`` the page of each shown tag, both relative to the ``path`` folder."""
    event = view.event
    labels = labels_for(options.language)
    front_matter = ""
    tag_names = shown_tags(event.tags, options.language)
    if tag_names:
        # Material prints tag names unescaped; escaped here they show as typed.
        # JSON is YAML, and dumps much faster than yaml.safe_dump.
        tags = json.dumps([html_text(name) for name in tag_names], ensure_ascii=False)
        front_matter = f"---\ntags: {tags}\n---\n\n"
    parts = [f'<p class="tl-date">{html_text(view.label)}</p>\n']
    if event.planned:
        parts.append(
            '<div class="admonition info">\n'
            f'<p class="admonition-title">{html_text(labels["planned_title"])}</p>\n'
            f"<p>{html_text(labels['planned_text'])}</p>\n</div>\n"
        )
    if event.uncertain:
        parts.append(
            '<div class="admonition warning">\n'
            f'<p class="admonition-title">{html_text(labels["uncertain"])}</p>\n'
            f"<p>{html_text(labels['uncertain_text'])}</p>\n</div>\n"
        )
    if event.summary:
        parts.append(f"<p>{html_text(event.summary)}</p>\n")
    parts.append(_reported_by(event.sources, articles, options))
    if tag_names:
        links = tag_links(tag_names, tag_uris, options)
        lead = f"<strong>{html_text(labels['tags'])}:</strong>"
        parts.append(f'<p class="tl-tags">{lead} {links}</p>\n')
    known_actors = [
        (shown_tag(tag, options.language), actors[tag]) for tag in event.tags if tag in actors
    ]
    if known_actors:
        parts.append(f"<p><strong>{html_text(labels['actors'])}:</strong></p>\n<ul>\n")
        for name, actor in known_actors:
            kind = html_text(labels["kind_" + actor.kind])
            parts.append(f"<li>{html_text(name)} ({kind})</li>\n")
        parts.append("</ul>\n")
    citations = []
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
        citations.append(_citation(source, meta, source_names, options))
    parts.append(_footnotes(citations, options.footnotes))
    parts.append(_neighbours(view, previous, following, chronology_uri, options))
    return make_page(
        f"{options.path}/events/{event.id}.md",
        f"{front_matter}# {md_heading(event.title)}\n\n{html_block(''.join(parts))}",
        event_file=view.loaded.path,
    )


def _reference(number: int, footnotes: FootnoteFormat) -> str:
    """A footnote reference as Python-Markdown's footnotes extension writes it."""
    sep = footnotes.separator
    text = html_text(footnotes.superscript_text.format(number))
    return (
        f'<sup id="fnref{sep}{number}"><a class="footnote-ref" href="#fn{sep}{number}">'
        f"{text}</a></sup>"
    )


def _footnotes(citations: list[str], footnotes: FootnoteFormat) -> str:
    """The footnote list as Python-Markdown's footnotes extension writes it."""
    if not citations:
        return ""
    sep = footnotes.separator
    items = []
    for number, citation in enumerate(citations, start=1):
        title = html_text(footnotes.backlink_title.format(number))
        items.append(
            f'<li id="fn{sep}{number}">\n<p>{citation}&#160;<a class="footnote-backref" '
            f'href="#fnref{sep}{number}" title="{title}">{footnotes.backlink_text}</a></p>\n'
            "</li>\n"
        )
    return f'<div class="footnote">\n<hr />\n<ol>\n{"".join(items)}</ol>\n</div>\n'


def _reported_by(
    sources: list[Source], articles: Mapping[str, ArticleMeta], options: RenderOptions
) -> str:
    """"Quellen: Euronews¹, Reuters²,³": each outlet once, with its footnote references.

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
        html_text(name)
        + "<sup>,</sup>".join(_reference(number, options.footnotes) for number in numbers)
        for name, numbers in refs.items()
    )
    return f'<p class="tl-sources">{html_text(lead)}: {names}</p>\n'


def _citation(
    source: Source,
    meta: ArticleMeta | None,
    source_names: Mapping[str, str],
    options: RenderOptions,
) -> str:
    labels = labels_for(options.language)
    quoted = _quoted(source.quote, html_text_marked(source.quote, source.date_text), labels)
    if meta is None:
        missing = labels["missing_article"].format(
            article=f"<code>{html_text(source.article)}</code>"
        )
        return f"{missing}: {quoted}"
    pieces = []
    if meta.publisher:
        pieces.append(html_text(meta.publisher))
    title = html_text(meta.title or source.article)
    href = sibling_url(f"sources/{source_names[source.article]}.md", options)
    pieces.append(f'<a href="{html_text(href)}">{title}</a>')
    if meta.published:
        pieces.append(html_text(long_date(meta.published, options.language)))
    url = safe_url(meta.url)
    if url:
        shown = html_text(url)
        pieces.append(f'<a href="{shown}">{shown}</a>')
    return f"{', '.join(pieces)}: {quoted}"


def _quoted(quote: str, quote_html: str, labels: Mapping[str, str]) -> str:
    """The quote in the site language's quotation marks, unless it opens with one already.

    A sentence that is itself a quotation („Wir bleiben“, sagte sie.) keeps
    its own marks; wrapping it again would show them doubled („„).
    """
    if quote.lstrip()[:1] in _OPENING_MARKS:
        return quote_html
    return f"{labels['open_quote']}{quote_html}{labels['close_quote']}"


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

    def link(css_class: str, text: str, href: str) -> str:
        return f'<a class="{css_class}" href="{html_text(href)}">{text}</a>'

    def event_url(neighbour: EventView) -> str:
        stem = path_url(neighbour.event.id)
        return f"../{stem}/" if options.use_directory_urls else f"{stem}.html"

    links = []
    if previous is not None:
        text = f"\u2190 {html_text(previous.label)}: {html_text(previous.event.title)}"
        links.append(link("tl-prev", text, event_url(previous)))
    up_text = f"\u2191 {html_text(labels['chronology'])}: {html_text(heading_label)}"
    links.append(link("tl-up", up_text, f"{sibling_url(chronology_uri, options)}#{anchor}"))
    if following is not None:
        text = f"{html_text(following.label)}: {html_text(following.event.title)} \u2192"
        links.append(link("tl-next", text, event_url(following)))
    # Out of the search index: else a search for one title also finds both neighbours.
    return f'<p class="tl-pager" data-search-exclude>{" ".join(links)}</p>\n'
