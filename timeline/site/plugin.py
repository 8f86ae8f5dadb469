"""The ``timeline`` MkDocs plugin: the event store as chronology pages, built in memory.

Every page comes from :mod:`timeline.site.render` once per build, in
``on_files``; nothing is written into ``docs/``. Event, source and year pages
are ``NOT_IN_NAV`` (thousands of nav entries make MkDocs quadratic, and Material
draws the nav into every page); only the chronology and the timeline view are
nav entries.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from timeline.problems import Problem
from timeline.site.config import TimelineConfig, render_options
from timeline.site.dates import locale_for
from timeline.site.escape import html_text
from timeline.site.feed import FEED_FILE, FEED_TYPE, atom_feed, feed_url
from timeline.site.html_block import GeneratedHtmlExtension
from timeline.site.inputs import SiteInputs, load_inputs, shown_relative
from timeline.site.labels import labels_for
from timeline.site.pages import FootnoteFormat, RenderOptions
from timeline.site.render import (
    ASSET_DIR,
    ASSET_FILES,
    RenderedSite,
    render_site,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer

log = get_plugin_logger("timeline")

ASSETS = Path(__file__).resolve().parent / "assets"
# attr_list gives the chronology its CSS hooks and anchors; event pages write
# their citations and "date uncertain" note as HTML in the format of footnotes
# and admonition, which style it (and hand-written pages may use them too).
REQUIRED_EXTENSIONS = ("footnotes", "attr_list", "admonition")
# In a hand-written page (the start page), replaced by the number of events and their dates.
SUMMARY_MARKER = "<!-- timeline/summary -->"


class TimelinePlugin(BasePlugin[TimelineConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.root = Path.cwd()
        self.language = "de"
        self.footnotes = FootnoteFormat()
        self.summary = ""
        # The feed's address, for the <link> in every page's head; None: no feed this build.
        self.feed_href: str | None = None

    @property
    def events_dir(self) -> Path:
        return self.root / self.config.events

    @property
    def articles_dir(self) -> Path:
        return self.root / self.config.articles

    @property
    def actors_file(self) -> Path:
        return self.root / self.config.actors

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        language = self.config.language or config.theme.get("language") or "de"
        try:
            locale_for(str(language))
        except ValueError as error:
            raise PluginError(f"timeline: option 'language': {error}") from None
        self.language = str(language)
        configured = {str(name).rsplit(".", 1)[-1] for name in config.markdown_extensions}
        for name in REQUIRED_EXTENSIONS:
            if name not in configured:
                config.markdown_extensions.append(name)
                if name == "footnotes":
                    config.mdx_configs[name] = {
                        "BACKLINK_TITLE": labels_for(self.language)["backlink"]
                    }
        self.footnotes = _footnote_format(config.mdx_configs)
        # MkDocs hands this list to Python-Markdown, which also takes Extension
        # instances (MkDocs' annotation says str).
        config.markdown_extensions.append(GeneratedHtmlExtension())  # type: ignore[arg-type]
        config.extra_css.append(f"{ASSET_DIR}/timeline.css")
        if self.config.timeline_view:
            config.extra_javascript.append(f"{ASSET_DIR}/timeline.js")
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        inputs, options, site = self._render(config)
        self.summary = site.summary
        docs_dir = Path(config.docs_dir)
        for page in site.pages:
            if files.get_file_from_path(page.src_uri) is not None:
                log.warning(
                    f"{page.src_uri} exists in {config.docs_dir}; it replaces the generated page"
                )
                continue
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, page.src_uri, content=page.markdown, inclusion=inclusion)
            if page.event_file is not None:
                # MkDocs joins repo_url + edit_uri (the docs folder) + this path; relative
                # to docs/, "../events/x.yml" lands on the YAML file in the repository.
                file.edit_uri = Path(os.path.relpath(page.event_file, docs_dir)).as_posix()
            files.append(file)
        for src_uri, text in site.data_files.items():
            files.append(File.generated(config, src_uri, content=text))
        for name in ASSET_FILES:
            if name == "timeline.js" and not self.config.timeline_view:
                continue
            files.append(
                File.generated(config, f"{ASSET_DIR}/{name}", abs_src_path=str(ASSETS / name))
            )
        self.feed_href = self._add_feed(config, files, inputs, options)
        if config.nav is not None:
            self._add_to_explicit_nav(config, site)
        return files

    def _add_feed(
        self, config: MkDocsConfig, files: Files, inputs: SiteInputs, options: RenderOptions
    ) -> str | None:
        """Add feed.xml to the site; return its address, or None when there is none."""
        if not self.config.feed:
            return None
        if not config.site_url:
            # Info, not warning: a project without an address still builds with --strict.
            log.info(
                "No Atom feed: set site_url in mkdocs.yml to the site's address (feed readers "
                "need absolute links to the event pages), or `feed: false` under the timeline "
                "plugin to leave it out"
            )
            return None
        if files.get_file_from_path(FEED_FILE) is not None:
            log.warning(f"{FEED_FILE} exists in {config.docs_dir}; it replaces the generated feed")
            return None
        text = atom_feed(
            inputs.events, inputs.articles, options, config.site_url, config.site_name
        )
        if text is None:
            return None
        files.append(File.generated(config, FEED_FILE, content=text))
        return feed_url(config.site_url)

    def _render(self, config: MkDocsConfig) -> tuple[SiteInputs, RenderOptions, RenderedSite]:
        today = datetime.now(UTC).astimezone().date()
        inputs = load_inputs(
            self.events_dir, self.articles_dir, self.actors_file, self.language, today
        )
        self._warn(inputs.problems)
        # Info, not warning: a note or a warning `check` passes must not fail
        # `mkdocs build --strict`.
        for note in inputs.notes:
            log.info(str(shown_relative(note, self.root)))
        for warning in inputs.warnings:
            log.info(f"warning: {shown_relative(warning, self.root)}")
        options = render_options(
            self.config, self.language, config.use_directory_urls, self.footnotes
        )
        site = render_site(inputs.events, inputs.articles, options, inputs.actors)
        self._warn(site.problems)
        return inputs, options, site

    def _warn(self, problems: list[Problem]) -> None:
        for problem in problems:
            log.warning(str(shown_relative(problem, self.root)))

    def _add_to_explicit_nav(self, config: MkDocsConfig, site: RenderedSite) -> None:
        """Append the chronology to a hand-written nav that does not mention it."""
        prefix = f"{self.config.path}/"
        if any(entry.startswith(prefix) for entry in _nav_strings(config.nav)):
            return
        title = labels_for(self.language)["chronology"]
        assert config.nav is not None
        config.nav.append({title: [page.src_uri for page in site.nav_pages]})

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if SUMMARY_MARKER in markdown:
            return markdown.replace(SUMMARY_MARKER, self.summary)
        return markdown

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.feed_href is None:
            return output
        # Feed readers and browsers find the feed from any page through this link.
        link = (
            f'<link rel="alternate" type="{FEED_TYPE}" title="{html_text(config.site_name)}" '
            f'href="{html_text(self.feed_href)}">'
        )
        return output.replace("</head>", f"{link}\n</head>", 1)

    def on_nav(
        self, nav: Navigation, /, *, config: MkDocsConfig, files: Files
    ) -> Navigation | None:
        if config.nav is None:
            # MkDocs names the automatic section after the folder ("Chronology").
            index_uri = f"{self.config.path}/index.md"
            title = labels_for(self.language)["chronology"]
            for section in _sections(nav.items):
                if any(
                    isinstance(child, Page) and child.file.src_uri == index_uri
                    for child in section.children
                ):
                    section.title = title
        return nav

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        for path in (self.events_dir, self.articles_dir, self.actors_file):
            if path.exists():
                server.watch(str(path))
            else:
                # Watch the folder it will appear in, so creating it rebuilds too.
                parent = next((p for p in path.parents if p.is_dir()), self.root)
                server.watch(str(parent), recursive=False)
        return server


def _footnote_format(mdx_configs: dict[str, Any]) -> FootnoteFormat:
    """The footnotes extension's options as configured (or added) in mkdocs.yml."""
    default = FootnoteFormat()
    for name, options in mdx_configs.items():
        if str(name).rsplit(".", 1)[-1] == "footnotes" and isinstance(options, dict):
            return FootnoteFormat(
                separator=_text_option(options, "SEPARATOR", default.separator),
                backlink_text=_text_option(options, "BACKLINK_TEXT", default.backlink_text),
                backlink_title=_text_option(options, "BACKLINK_TITLE", default.backlink_title),
                superscript_text=_text_option(
                    options, "SUPERSCRIPT_TEXT", default.superscript_text
                ),
            )
    return default


def _text_option(options: dict[str, Any], key: str, fallback: str) -> str:
    value = options.get(key)
    return value if isinstance(value, str) else fallback


def _sections(items: list[Any]) -> list[Section]:
    found = []
    for item in items:
        if isinstance(item, Section):
            found.append(item)
            found.extend(_sections(item.children))
    return found


def _nav_strings(nav: Any) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [text for item in nav for text in _nav_strings(item)]
    if isinstance(nav, dict):
        return [text for value in nav.values() for text in _nav_strings(value)]
    return []
