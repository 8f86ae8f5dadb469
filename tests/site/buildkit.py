"""A tiny chronology project written by the tests, built in-process with MkDocs.

Three events (a day, an ISO week, a year), one rejected event and two
articles; each test adds or breaks what it is about. Builds run
``mkdocs.commands.build.build(load_config(...))`` so log records reach
``caplog`` and exceptions surface directly.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ARTICLES = {
    "zeit-2024-01-10": """\
        ---
        title: Nordkorea liefert Raketen
        publisher: Die Zeit
        author: Anna Beispiel
        url: https://www.zeit.example/2024/raketen
        published: 2024-01-10
        language: de
        ---

        Am 30. Dezember 2023 griff Russland mit nordkoreanischen Raketen an.
        """,
    "ftp-quelle": """\
        ---
        title: Quelle ohne Webadresse
        publisher: Archiv
        published: 2024-01-09
        language: de
        ---

        Nordkorea testete im Jahr 2006 eine Atombombe.
        """,
}

EVENTS = {
    "angriff": """\
        id: angriff
        date: 2023-12-30
        title: Russland feuert nordkoreanische Raketen ab
        summary: Größter Luftangriff seit Kriegsbeginn.
        tags: [Russland, Nordkorea]
        status: confirmed
        sources:
          - article: zeit-2024-01-10
            quote: Am 30. Dezember 2023 griff Russland mit nordkoreanischen Raketen an.
          - article: ftp-quelle
            quote: Ein zweiter Satz.
        """,
    "erklaerung": """\
        id: erklaerung
        date: 2024-W01
        title: Das Weiße Haus nennt die Herkunft der Raketen
        tags: [USA]
        uncertain: true
        sources:
          - article: zeit-2024-01-10
            quote: Das Weiße Haus äußerte sich in der ersten Januarwoche.
        """,
    "atomtest": """\
        id: atomtest
        date: "2006"
        title: Erster Atomtest Nordkoreas
        sources:
          - article: ftp-quelle
            quote: Nordkorea testete im Jahr 2006 eine Atombombe.
        """,
    "verworfen": """\
        id: verworfen
        date: 2024-01-05
        title: Verworfenes Ereignis
        status: rejected
        sources:
          - article: zeit-2024-01-10
            quote: Kein Ereignis.
        """,
}

MKDOCS_YML = """\
site_name: Testchronik
theme:
  name: material
  language: {language}
  features: [content.action.edit]
plugins:
  - search
  - tags
  - timeline:
{options}
markdown_extensions:
  - footnotes
  - admonition
{extra}"""


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def site(self) -> Path:
        return self.root / "site"

    def html(self, page: str) -> str:
        """The built HTML of ``page`` ("chronology/" or "chronology/events/x/").

        Generated pages write characters above U+00FF as references ("&#8222;");
        they are resolved here, so tests compare the text a reader sees.
        """
        raw = (self.site / page / "index.html").read_text(encoding="utf-8")
        return re.sub(r"&#(\d+);", lambda match: chr(int(match.group(1))), raw)

    def write_event(self, name: str, text: str) -> Path:
        path = self.root / "events" / f"{name}.yml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def build(self, strict: bool = False) -> None:
        config = load_config(str(self.root / "mkdocs.yml"), strict=strict)
        build(config)


def write_project(
    root: Path,
    *,
    events: dict[str, str] | None = None,
    articles: dict[str, str] | None = None,
    options: str = "events: events\narticles: articles",
    language: str = "de",
    extra: str = "",
) -> Project:
    """Write the project (``events``/``articles`` default to the ones above)."""
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# Start\n\n[Chronik](chronology/index.md)\n")
    (root / "docs" / "tags.md").write_text("# Schlagwörter\n\n<!-- material/tags -->\n")
    (root / "articles").mkdir()
    (root / "events").mkdir()
    for article_id, text in (ARTICLES if articles is None else articles).items():
        (root / "articles" / f"{article_id}.md").write_text(
            textwrap.dedent(text), encoding="utf-8"
        )
    project = Project(root)
    for name, text in (EVENTS if events is None else events).items():
        project.write_event(name, text)
    indented = textwrap.indent(options, "      ") if options else "      {}"
    (root / "mkdocs.yml").write_text(
        MKDOCS_YML.format(language=language, options=indented, extra=extra), encoding="utf-8"
    )
    return project
