"""Common slips in hand-written YAML get a message that says what to write.

Each test runs ``timeline check`` (and ``extract`` where it reads the file)
in a project made by ``timeline init``.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from mkdocs.commands.build import build
from mkdocs.config import load_config

from timeline.articles import published_after
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


BARE_NUMBER = """\
id: angriff
date: 12
title: Russland greift Kiew an
sources:
  - article: attack
    quote: Russland griff am 2. Januar 2024 die Stadt Kiew an.
"""
BARE_NUMBER_WARNING = (
    ":2: date: 12 is read as the century 1200-1299; a bare number of one or two digits is "
    "probably a mistake (write the full date, or '12' in quotes for the century)"
)


def test_a_date_of_two_bare_digits_is_a_warning_of_check_and_extract(project: Path) -> None:
    path = project / "events" / "angriff.yml"
    path.write_text(BARE_NUMBER, encoding="utf-8")
    result = invoke("check")
    assert result.exit_code == 0
    assert result.output == (
        f"warning: {path.resolve()}{BARE_NUMBER_WARNING}\nOK: 1 events, 1 articles\n"
    )
    extracted = invoke("extract", "--jobs", "1")
    assert extracted.exit_code == 0
    assert f"warning: {path.resolve()}{BARE_NUMBER_WARNING}\n" in extracted.output
    for command in ("digest", "export"):
        assert f"warning: {path.resolve()}{BARE_NUMBER_WARNING}\n" in invoke(command).output


@pytest.mark.parametrize("written", ["'12'", "1999", "199", "2024-01-02"])
def test_a_quoted_century_and_longer_numbers_are_no_warning(project: Path, written: str) -> None:
    (project / "events" / "angriff.yml").write_text(
        BARE_NUMBER.replace("date: 12", f"date: {written}"), encoding="utf-8"
    )
    assert invoke("check").output == "OK: 1 events, 1 articles\n"


def test_a_publication_date_after_today_is_a_warning(project: Path) -> None:
    path = project / "articles" / "attack.md"
    path.write_text(ARTICLE.format(published="3024-01-01"), encoding="utf-8")
    checked = invoke("check")
    assert checked.exit_code == 0
    first, ok = checked.output.splitlines()
    assert first.startswith(
        f"warning: {path.resolve()}: published: publication date 3024-01-01 is after today ("
    )
    assert ok == "OK: 0 events, 1 articles"
    extracted = invoke("extract", "--jobs", "1")
    assert extracted.exit_code == 0
    assert f"  {path.resolve()}: publication date 3024-01-01 is after today (" in (
        extracted.output
    )


def test_the_strict_site_build_logs_the_warnings_and_passes_as_check_does(
    project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (project / "articles" / "attack.md").write_text(
        ARTICLE.format(published="3024-01-01"), encoding="utf-8"
    )
    (project / "events" / "angriff.yml").write_text(BARE_NUMBER, encoding="utf-8")
    caplog.set_level(logging.INFO)
    build(load_config(str(project / "mkdocs.yml"), strict=True))
    infos = [record.getMessage() for record in caplog.records if record.levelno == logging.INFO]
    assert f"timeline: warning: events/angriff.yml{BARE_NUMBER_WARNING}" in infos
    assert any(
        message.startswith("timeline: warning: articles/attack.md: published: publication "
                           "date 3024-01-01 is after today (")
        for message in infos
    ), infos


def test_published_after_compares_with_the_date_it_is_given() -> None:
    today = date(2024, 1, 10)
    assert published_after(date(2024, 1, 10), today) is None
    assert published_after(None, today) is None
    assert published_after(date(2024, 1, 11), None) is None
    assert published_after(date(2024, 1, 11), today) == (
        "publication date 2024-01-11 is after today (2024-01-10)"
    )
