"""Tags as the site shows them, and one listing page per tag.

A country tag is shown by its name in the site's language, whatever language
the article that gave it was in ("Austria" and "Österreich" both read
"Österreich" on a German site), so both spellings share one listing. Other
tags (people, organisations, places that are no country) stay as written. The
YAML keeps what was written: this is display only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from timeline.countries import country_name
from timeline.site.escape import html_text, md_heading, unique_names
from timeline.site.html_block import html_block
from timeline.site.pages import (
    EventView,
    GeneratedPage,
    RenderOptions,
    event_links,
    make_page,
    sibling_url,
)
from timeline.textfeatures import fold

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def shown_tag(tag: str, language: str) -> str:
    """``tag`` as the site shows it: a country in the site's language, else as written."""
    return country_name(tag, language) or " ".join(tag.split())


def shown_tags(tags: Iterable[str], language: str) -> list[str]:
    """The shown names of ``tags``, each once, in their order."""
    return list(dict.fromkeys(shown_tag(tag, language) for tag in tags))


def tag_slug(name: str) -> str:
    """An ASCII, lower-case file name for a tag's page ("Côte d’Ivoire" -> "cote-d-ivoire")."""
    return _NOT_SLUG.sub("-", fold(name)).strip("-") or "tag"


def tag_uris(in_time: Sequence[EventView], language: str) -> dict[str, str]:
    """Each shown tag -> its page, relative to the ``path`` folder (``tags/<slug>.md``)."""
    names = dict.fromkeys(
        name for view in in_time for name in shown_tags(view.event.tags, language)
    )
    slugs = unique_names({name: tag_slug(name) for name in names})
    return {name: f"tags/{slug}.md" for name, slug in slugs.items()}


def tag_pages(
    in_time: Sequence[EventView], uris: Mapping[str, str], options: RenderOptions
) -> list[GeneratedPage]:
    """One page per shown tag listing every event with it, in date order."""
    tagged: dict[str, list[EventView]] = {name: [] for name in uris}
    for view in in_time:
        for name in shown_tags(view.event.tags, options.language):
            tagged[name].append(view)
    return [
        make_page(
            f"{options.path}/{uris[name]}",
            f"# {md_heading(name)}\n\n{html_block(event_links(views, options))}",
        )
        for name, views in tagged.items()
    ]


def tag_links(names: Sequence[str], uris: Mapping[str, str], options: RenderOptions) -> str:
    """Links from an event page to the pages of ``names``, as ready HTML."""
    return ", ".join(
        f'<a class="tl-tag" href="{html_text(sibling_url(uris[name], options))}">'
        f"{html_text(name)}</a>"
        for name in names
    )
