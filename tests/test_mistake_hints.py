"""Common slips in hand-written YAML get a message that says what to write.

Each test runs ``timeline check`` (and ``extract`` where it reads the file)
in a project made by ``timeline init``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import main

ARTICLE = """\
---
published: {published}
language: de
---
Russland griff am 2. Januar 2024 die Stadt Kiew mit ballistischen Raketen an.
"""

EVENT = """\
id: angriff
date: 2024-01-02
title: Russland greift Kiew an
tags: [Russland, Kiew]
status: candidate
uncertain: false
sources:
  - article: attack
    quote: Russland griff am 2. Januar 2024 die Stadt Kiew an.
    date_text: 2. Januar 2024
  - article: attack
    quote: "Ein zweiter Satz.
  - article: attack
    quote: Ein dritter Satz.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    assert invoke("init", str(root)).exit_code == 0
    (root / "articles" / "attack.md").write_text(
        ARTICLE.format(published="2024-01-10"), encoding="utf-8"
    )
    monkeypatch.chdir(root)
    return root


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_an_unclosed_quote_is_reported_where_it_opens(project: Path) -> None:
    path = project / "events" / "angriff.yml"
    path.write_text(EVENT, encoding="utf-8")
    assert EVENT.splitlines()[11] == '    quote: "Ein zweiter Satz.'
    result = invoke("check")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{path.resolve()}:12: invalid YAML: a quoted value opened on this line is never "
        "closed (found unexpected end of stream)"
    )


def test_a_publication_date_written_as_a_number_says_how_to_write_it(project: Path) -> None:
    path = project / "articles" / "attack.md"
    path.write_text(ARTICLE.format(published="20240110"), encoding="utf-8")
    result = invoke("check")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{path.resolve()}:2: published: 20240110 is a number, not a date: write the date "
        "as YYYY-MM-DD (2024-01-10)"
    )
