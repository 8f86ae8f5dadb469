"""A new chronology project: the files ``timeline init DIR`` writes.

After ``timeline init x``, copying articles into ``x/articles``, ``timeline
extract`` and ``mkdocs build`` give a working site. Nothing existing is ever
overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from timeline.pages_workflow import (
    REQUIREMENTS_FILE,
    WORKFLOW_FILE,
    installed_version,
    requirements_text,
    workflow_text,
)

SCAFFOLD_LANGUAGES = ("de", "en")


class ScaffoldError(ValueError):
    """The project cannot be created where asked (files in the way, bad option)."""


@dataclass(frozen=True)
class _Texts:
    site_name: str
    index: str
    tags_title: str
    tags_intro: str
    dark: str
    light: str
    backlink: str


_TEXTS = {
    "de": _Texts(
        site_name="Chronik",
        index="""\
# {site_name}

Diese Website ordnet Ereignisse aus Zeitungsartikeln nach ihrem Datum. Jedes Ereignis nennt die
Artikel, die es berichten, mit dem zitierten Satz.

Umfang: <!-- timeline/summary -->

- **[Chronik](chronology/index.md)**: alle Ereignisse nach Jahr und Monat.
- **[Zeitleiste](chronology/timeline.md)**: dieselben Ereignisse als Zeitstrahl mit Filter.
- **[Schlagwörter](tags.md)**: Ereignisse nach Beteiligten und Themen.

## So entsteht die Chronik

1. Artikel (Markdown, Text oder gespeichertes HTML) in den Ordner `articles/` legen.
2. `timeline extract` ausführen: Es schreibt jedes gefundene Ereignis als YAML-Datei nach `events/`.
3. Die Dateien in `events/` prüfen: Titel verbessern, mit `status: confirmed` bestätigen oder mit
   `status: rejected` ausblenden.
4. `mkdocs serve --livereload` zeigt die Website beim Bearbeiten, `mkdocs build` erzeugt sie
   in `site/`.
""",
        tags_title="Schlagwörter",
        tags_intro="Alle Ereignisse, nach Schlagwort geordnet.",
        dark="Dunkles Design",
        light="Helles Design",
        backlink="Zurück zur Stelle im Text",
    ),
    "en": _Texts(
        site_name="Chronology",
        index="""\
# {site_name}

This website orders events reported in news articles by their date. Every event names the
articles that report it, with the sentence quoted.

Scope: <!-- timeline/summary -->

- **[Chronology](chronology/index.md)**: all events by year and month.
- **[Timeline](chronology/timeline.md)**: the same events on a filterable timeline.
- **[Tags](tags.md)**: events by actor and topic.

## How the chronology is made

1. Put articles (Markdown, text or saved HTML) into the `articles/` folder.
2. Run `timeline extract`: it writes every event it finds as a YAML file into `events/`.
3. Review the files in `events/`: improve titles, confirm with `status: confirmed` or hide with
   `status: rejected`.
4. `mkdocs serve --livereload` shows the website while you edit, `mkdocs build` writes it
   to `site/`.
""",
        tags_title="Tags",
        tags_intro="All events, by tag.",
        dark="Dark mode",
        light="Light mode",
        backlink="Back to the text",
    ),
}

_MKDOCS_YML = """\
# MkDocs configuration of this chronology (https://www.mkdocs.org/user-guide/configuration/).
site_name: {site_name}

# For "edit this page" buttons (an event's button opens its YAML file), name the repository
# and the path from it to the docs folder:
#   repo_url: https://github.com/OWNER/REPOSITORY
#   edit_uri: edit/main/docs/

theme:
  name: material
  language: {language}
  # No Google Fonts: the site loads nothing from other servers.
  font: false
  features:
    - content.action.edit
    - navigation.indexes
    - search.highlight
    - search.suggest
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      toggle:
        icon: material/weather-night
        name: {dark}
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      toggle:
        icon: material/weather-sunny
        name: {light}

plugins:
  - search:
      lang: {language}
  - tags
  - timeline:
      events: events          # event YAML files, written by `timeline extract`
      articles: articles      # the articles the events cite
      actors: actors.yml      # people and organisations to tag events with
      language: {language}
      order: ascending        # or descending
      group_by: month         # or year
      year_pages: 200         # with more events, one chronology page per year
      path: chronology        # URL folder of the generated pages
      timeline_view: true     # the filterable timeline page
      # key_days: 10          # days on the key events page (default: chosen from the events)
      # jobs: 2               # worker processes of `timeline extract` (default: one per core)

markdown_extensions:
  - admonition
  - attr_list
  - footnotes:
      BACKLINK_TITLE: {backlink}
  - md_in_html
  - toc:
      permalink: true
"""

_ACTORS_YML = """\
# People and organisations to tag events with (countries and large cities are known already).
# Each entry: name (the tag the site shows), kind (person, organisation or place) and aliases
# (other forms the articles use). Remove the "#" in front of an entry to use it.
#
# - name: Kim Jong Un
#   kind: person
#   aliases: [Kim Jong-un]
#
# - name: Vereinte Nationen
#   kind: organisation
#   aliases: [UN, UNO]
"""

_GITIGNORE = """\
/site/
.timeline-cache/
# held by a running `timeline extract`
.timeline.lock
# left by a run killed while writing; the next run removes them or finishes it
.*.tmp
.timeline-journal.json
"""


def project_files(
    site_name: str | None = None, language: str = "de", tool_version: str | None = None
) -> dict[str, str]:
    """The files of a new project, by path relative to its folder.

    ``tool_version`` is the version of this tool that ``requirements.txt`` pins
    (default: the installed one).
    """
    if language not in _TEXTS:
        raise ScaffoldError(
            f"language {language!r} has no project template (use {', '.join(SCAFFOLD_LANGUAGES)})"
        )
    texts = _TEXTS[language]
    name = site_name or texts.site_name
    if not name.strip():
        raise ScaffoldError("the site name must not be empty")

    def scalar(text: str) -> str:
        return yaml.safe_dump(text, allow_unicode=True, width=1000).removesuffix("\n...\n").strip()

    return {
        "mkdocs.yml": _MKDOCS_YML.format(
            site_name=scalar(name),
            language=language,
            dark=scalar(texts.dark),
            light=scalar(texts.light),
            backlink=scalar(texts.backlink),
        ),
        "docs/index.md": texts.index.format(site_name=name),
        "docs/tags.md": f"# {texts.tags_title}\n\n{texts.tags_intro}\n\n<!-- material/tags -->\n",
        "actors.yml": _ACTORS_YML,
        "articles/.gitkeep": "",
        "events/.gitkeep": "",
        ".gitignore": _GITIGNORE,
        REQUIREMENTS_FILE: requirements_text(tool_version or installed_version()),
        WORKFLOW_FILE: workflow_text(),
    }


def create_project(
    target: Path,
    site_name: str | None = None,
    language: str = "de",
    tool_version: str | None = None,
) -> list[Path]:
    """Write a new project into ``target`` (created if missing); return the files written.

    Raises ScaffoldError, before writing anything, if any of the files exists.
    """
    files = project_files(site_name, language, tool_version)
    if target.exists() and not target.is_dir():
        raise ScaffoldError(f"{target} exists and is not a folder")
    existing = [path for path in files if (target / path).exists()]
    if existing:
        shown = ", ".join(existing[:5]) + (" ..." if len(existing) > 5 else "")
        raise ScaffoldError(
            f"{target} already has {shown}; not overwriting (choose an empty or new folder)"
        )
    written = []
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
        written.append(path)
    return written
