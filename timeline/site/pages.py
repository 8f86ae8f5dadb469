"""What every page renderer shares: the options, the page type and the view of one event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from babel.dates import format_date

from timeline.models import Event
from timeline.site.dates import locale_for
from timeline.site.escape import html_text, latin1_markdown, path_url
from timeline.store import LoadedEvent
from timeline.timex import DateSpan

Order = Literal["ascending", "descending"]
GroupBy = Literal["month", "year"]
# A chronology heading: its label and the id of its anchor (see _headings in render).
Heading = tuple[str, str]


@dataclass(frozen=True)
class FootnoteFormat:
    """The options of Python-Markdown's footnotes extension that shape its HTML.

    Event pages write their footnotes as ready HTML in the extension's format
    (Markdown footnotes cost more than the rest of the page), so they look and
    link like the footnotes of hand-written pages. Defaults: the extension's.
    """

    separator: str = ":"
    backlink_text: str = "&#8617;"
    backlink_title: str = "Jump back to footnote {} in the text"
    superscript_text: str = "{}"


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
    footnotes: FootnoteFormat = FootnoteFormat()
    # How many days the key events page shows (None: chosen from the collection).
    key_days: int | None = None


@dataclass(frozen=True)
class GeneratedPage:
    """One Markdown page; ``event_file`` is the YAML file it shows (event pages only)."""

    src_uri: str
    markdown: str
    in_nav: bool = False
    event_file: Path | None = None


def make_page(
    src_uri: str, markdown: str, in_nav: bool = False, event_file: Path | None = None
) -> GeneratedPage:
    front_matter = ""
    if markdown.startswith("---\n"):
        end = markdown.index("\n---\n", 4) + 5
        front_matter, markdown = markdown[:end], markdown[end:]
    return GeneratedPage(src_uri, front_matter + latin1_markdown(markdown), in_nav, event_file)


@dataclass(frozen=True)
class EventView:
    """What every page needs of one event, computed once.

    ``span`` is the span of the event's date, ``label`` the date (or the
    range up to ``end``) as shown, ``last`` the last day of the range (the
    span's last day when the event has no end). ``top`` and ``sub`` are the
    chronology headings the event is listed under, each as (label, anchor
    id): the year (or decade, century), then the month or part of the year,
    if any.
    """

    loaded: LoadedEvent
    span: DateSpan
    label: str
    top: Heading
    sub: Heading | None
    last: date

    @property
    def event(self) -> Event:
        return self.loaded.event

    @property
    def heading(self) -> Heading:
        """The innermost chronology heading of the event."""
        return self.sub if self.sub is not None else self.top


def sibling_url(uri: str, options: RenderOptions) -> str:
    """The URL of page ``uri`` (relative to the ``path`` folder, such as
    ``sources/x.md`` or ``index.md``) from an event or source page, for ready HTML."""
    stem = path_url(uri.removesuffix(".md"))
    if not options.use_directory_urls:
        return f"../{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return f"../../{stem.removesuffix('index')}"
    return f"../../{stem}/"


def event_links(views: Sequence[EventView], options: RenderOptions) -> str:
    """A list of events, each its date and linked title, as ready HTML for a page
    beside the event pages (a source's or a tag's)."""
    items = "".join(
        f"<li>{html_text(view.label)}: "
        f'<a href="{html_text(sibling_url(f"events/{view.event.id}.md", options))}">'
        f"{html_text(view.event.title)}</a></li>\n"
        for view in views
    )
    return f"<ul>\n{items}</ul>\n"


@lru_cache(maxsize=4096)
def long_date(day: date, language: str) -> str:
    return str(format_date(day, "long", locale=locale_for(language)))
