"""A small chronology site on disk, and helpers to run MkDocs on it.

The site has Material with search (German), tags and the ``timeline``
plugin, four events and two articles. Builds and servers run MkDocs in a
subprocess with this interpreter (``sys.executable -m mkdocs``), so they use
the same environment as the tests.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

# ``mkdocs serve`` serves the site below the path of ``site_url``.
SITE_MOUNT_PATH = "/chronik/"

MKDOCS_YML = f"""\
site_name: Chronik Nordkorea und Russland
site_url: https://example.org{SITE_MOUNT_PATH}
theme:
  name: material
  language: de
  features:
    - search.suggest
    - search.highlight
nav:
  - Start: index.md
  - Schlagwörter: tags.md
plugins:
  - search:
      lang: de
  - tags
  - timeline:
      events: events
      articles: articles
      language: de
      path: chronology
markdown_extensions:
  - footnotes
  - admonition
"""

INDEX_MD = """\
# Chronik

Eine belegte Chronik der Waffenlieferungen Nordkoreas an Russland.

Zur [Chronik](chronology/index.md).
"""

TAGS_MD = """\
# Schlagwörter

<!-- material/tags -->
"""

ARTICLES = {
    "euronews-2024-01-10": """\
---
id: euronews-2024-01-10
title: EU und USA verurteilen Nordkoreas Raketenlieferungen an Russland
publisher: Euronews
url: https://de.euronews.example/2024/01/10/nordkorea-raketen
published: 2024-01-10
language: de
author: Redaktion Euronews
---

Die Koalition wirft Moskau vor, am 30. Dezember und am 2. Januar von Pjöngjang gelieferte
ballistische Raketen abgefeuert zu haben.

Der Krieg begann im Februar 2022.
""",
    "reuters-2024-01-09": """\
---
id: reuters-2024-01-09
title: Nordkorea liefert Russland ballistische Raketen
publisher: Reuters
url: https://www.reuters.example/world/nordkorea-russland-2024-01-09
published: 2024-01-09
language: de
---

Nordkorea steht seit seinem ersten Atombombentest im Jahr 2006 unter einem Waffenembargo.

Im September 2023 trafen sich Putin und Kim Jong Un im Fernen Osten Russlands.

Das Weiße Haus erklärte in der ersten Januarwoche, Russland habe nordkoreanische
Kurzstreckenraketen eingesetzt.
""",
}

EVENTS = {
    "2006-atomtest": """\
id: 2006-atomtest
date: "2006"
title: Nordkorea zündet seinen ersten Atomsprengsatz
summary: Seitdem gilt ein Waffenembargo der Vereinten Nationen.
tags: [Atomprogramm]
status: confirmed
sources:
  - article: reuters-2024-01-09
    quote: Nordkorea steht seit seinem ersten Atombombentest im Jahr 2006 unter einem Waffenembargo.
    date_text: im Jahr 2006
""",
    "2023-09-gipfel": """\
id: 2023-09-gipfel
date: 2023-09
title: Putin empfängt Kim Jong Un im Fernen Osten
tags: [Diplomatie]
status: confirmed
sources:
  - article: reuters-2024-01-09
    quote: Im September 2023 trafen sich Putin und Kim Jong Un im Fernen Osten Russlands.
    date_text: Im September 2023
""",
    "2023-12-30-luftangriff": """\
id: 2023-12-30-luftangriff
date: 2023-12-30
title: Größter Luftangriff seit Kriegsbeginn mit nordkoreanischen Raketen
summary: Russland feuert von Pjöngjang gelieferte ballistische Raketen auf die Ukraine.
tags: [Krieg, Raketen]
status: confirmed
sources:
  - article: euronews-2024-01-10
    quote: >-
      Die Koalition wirft Moskau vor, am 30. Dezember und am 2. Januar von Pjöngjang
      gelieferte ballistische Raketen abgefeuert zu haben.
    date_text: am 30. Dezember
""",
    "2024-w01-weisses-haus": """\
id: 2024-w01-weisses-haus
date: 2024-W01
title: Das Weiße Haus bestätigt den Einsatz nordkoreanischer Kurzstreckenraketen
tags: [Raketen]
uncertain: true
sources:
  - article: reuters-2024-01-09
    quote: >-
      Das Weiße Haus erklärte in der ersten Januarwoche, Russland habe nordkoreanische
      Kurzstreckenraketen eingesetzt.
    date_text: in der ersten Januarwoche
""",
}

# A word that occurs only in the title of one event, to find it with the site search.
SEARCH_WORD = "Luftangriff"
SEARCH_EVENT = "2023-12-30-luftangriff"


@dataclass(frozen=True)
class SiteProject:
    """A chronology project on disk: ``mkdocs.yml``, ``docs/``, ``events/``, ``articles/``."""

    root: Path

    search_word = SEARCH_WORD
    search_event = SEARCH_EVENT
    event_ids = tuple(EVENTS)

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def events_dir(self) -> Path:
        return self.root / "events"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    def event_file(self, event_id: str) -> Path:
        return self.events_dir / f"{event_id}.yml"

    @staticmethod
    def event_url(event_id: str) -> str:
        """Path of an event page below the site root, as in /work/notes/site-api.md."""
        return f"chronology/events/{event_id}/"

    @staticmethod
    def mkdocs_command(args: list[str]) -> list[str]:
        return [sys.executable, "-m", "mkdocs", *args]

    def run_mkdocs(self, args: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.mkdocs_command(args),
            cwd=self.root,
            env=mkdocs_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def build(self, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """``mkdocs build --strict`` of this project; fails the test with MkDocs' output."""
        result = self.run_mkdocs(["build", "--strict"], timeout=timeout)
        if result.returncode != 0:
            pytest.fail(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
        return result

    def write_event(
        self, event_id: str, date: str, title: str, quote: str, article: str = "reuters-2024-01-09"
    ) -> Path:
        """Write a minimal valid event file and return its path."""
        path = self.event_file(event_id)
        path.write_text(
            textwrap.dedent(
                f"""\
                id: {event_id}
                date: "{date}"
                title: {title}
                sources:
                  - article: {article}
                    quote: {quote}
                """
            ),
            encoding="utf-8",
        )
        return path


def write_site(root: Path) -> SiteProject:
    """Write the fixture project into ``root`` (which may already exist)."""
    (root / "docs").mkdir(parents=True, exist_ok=True)
    (root / "events").mkdir(exist_ok=True)
    (root / "articles").mkdir(exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (root / "docs" / "index.md").write_text(INDEX_MD, encoding="utf-8")
    (root / "docs" / "tags.md").write_text(TAGS_MD, encoding="utf-8")
    for article_id, text in ARTICLES.items():
        (root / "articles" / f"{article_id}.md").write_text(text, encoding="utf-8")
    for event_id, text in EVENTS.items():
        (root / "events" / f"{event_id}.yml").write_text(text, encoding="utf-8")
    return SiteProject(root)


def mkdocs_env() -> dict[str, str]:
    """Environment for MkDocs and git subprocesses that does not depend on the machine.

    Git needs an identity to commit (``gh-deploy`` commits); a fresh CI machine has none.
    """
    env = dict(os.environ)
    env.update(
        {
            "GIT_AUTHOR_NAME": "Timeline Tests",
            "GIT_AUTHOR_EMAIL": "tests@example.org",
            "GIT_COMMITTER_NAME": "Timeline Tests",
            "GIT_COMMITTER_EMAIL": "tests@example.org",
            # The user's and the system's git configuration (hooks, signing) stay out.
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
            "PYTHONUNBUFFERED": "1",
            # Material 9.7+ prints a banner about MkDocs 2.0 on every run; it is noise here.
            "NO_MKDOCS_2_WARNING": "1",
        }
    )
    return env


def git(args: list[str], cwd: Path) -> str:
    """Run git in ``cwd`` with :func:`mkdocs_env`; fail the test with its output on an error."""
    result = subprocess.run(
        ["git", *args],
        cwd=cwd,
        env=mkdocs_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"git {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def free_loopback_port() -> int:
    """A TCP port on 127.0.0.1 that is free now (the OS picks it for port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
