"""Options of the ``timeline`` MkDocs plugin (``plugins: - timeline: ...`` in mkdocs.yml).

``timeline.settings`` reads ``events``, ``articles`` and ``language`` from the same entry
for the CLI, so the names and defaults here must stay in step with it.
"""

from __future__ import annotations

import re
from typing import cast

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

from timeline.settings import DEFAULT_ARTICLES, DEFAULT_EVENTS
from timeline.site.pages import FootnoteFormat, GroupBy, Order, RenderOptions

DEFAULT_PATH = "chronology"
DEFAULT_YEAR_PAGES = 200

_URL_FOLDER_RE = re.compile(r"^[A-Za-z0-9._-]+(?:/[A-Za-z0-9._-]+)*$")


class PositiveInt(c.Type[int]):
    """A whole number of at least 1 (``true`` is not a number here)."""

    def __init__(self, default: int | None = None) -> None:
        super().__init__(int, default=default)

    def run_validation(self, value: object) -> int:
        if isinstance(value, bool):
            raise ValidationError(f"Expected a whole number, got {value!r}")
        number = super().run_validation(value)
        if number < 1:
            raise ValidationError(f"Expected a whole number of at least 1, got {number}")
        return number


class UrlFolder(c.Type[str]):
    """A relative folder of the built site, such as ``chronology`` or ``news/timeline``."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        folder = super().run_validation(value).strip("/")
        parts = folder.split("/")
        if not _URL_FOLDER_RE.match(folder) or any(part in (".", "..") for part in parts):
            raise ValidationError(
                f"Expected a relative folder of letters, digits, '.', '_', '-' and '/', "
                f"got {value!r}"
            )
        return folder


class TimelineConfig(base.Config):  # type: ignore[no-untyped-call]
    events = c.Type(str, default=DEFAULT_EVENTS)
    """Folder of event YAML files, relative to mkdocs.yml."""
    articles = c.Type(str, default=DEFAULT_ARTICLES)
    """Folder of article files, relative to mkdocs.yml."""
    actors = c.Type(str, default="actors.yml")
    """Optional YAML file describing actors (tags); a missing file is fine."""
    language = c.Optional(c.Type(str))
    """Language of dates and labels; default: theme.language, else "de"."""
    order = c.Choice(("ascending", "descending"), default="ascending")
    group_by = c.Choice(("month", "year"), default="month")
    year_pages = PositiveInt(default=DEFAULT_YEAR_PAGES)
    """With more events than this, the chronology gets one page per year."""
    path = UrlFolder(default=DEFAULT_PATH)
    """URL prefix (folder in the built site) of every generated page."""
    timeline_view = c.Type(bool, default=True)
    """Add the visual, filterable timeline page."""
    feed = c.Type(bool, default=True)
    """Write an Atom feed of the newest events as feed.xml (needs MkDocs' site_url)."""
    key_days = c.Optional(PositiveInt())
    """How many days the key events page shows; default: chosen from the collection."""
    pipeline = c.Optional(c.Type(str))
    """A trained spaCy pipeline (package or folder) that `timeline extract` tags entities with."""
    jobs = c.Optional(PositiveInt())
    """Worker processes of `timeline extract` (default: one per core)."""


def render_options(
    config: TimelineConfig,
    language: str,
    use_directory_urls: bool,
    footnotes: FootnoteFormat | None = None,
) -> RenderOptions:
    """The renderer's options from validated plugin options (and the footnotes' format)."""
    return RenderOptions(
        path=config.path,
        language=language,
        order=cast(Order, config.order),
        group_by=cast(GroupBy, config.group_by),
        year_pages=config.year_pages,
        timeline_view=config.timeline_view,
        use_directory_urls=use_directory_urls,
        articles_folder=config.articles,
        footnotes=footnotes or FootnoteFormat(),
        key_days=config.key_days,
    )
