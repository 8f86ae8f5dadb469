"""A two-sentence article whose language cannot be detected: one rule in every command.

It is read in the project language with a note that names the fix (``language:``
in the front matter), and no command, strict or not, fails on it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sitekit import mkdocs_env

from timeline.cli import main

SHORT_ARTICLE = """---
published: 2025-03-04
---
Kim Jong Un und Putin trafen sich am 3. März 2025 in Moskau. Beide lachten.
"""
NOTE = (
    "language not detected; using the project language 'de'. Set `language: de` (or en) "
    "in the article's front matter to say so."
)


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "chronik"
    assert invoke("init", str(root)).exit_code == 0
    (root / "articles" / "kurz.md").write_text(SHORT_ARTICLE, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


@pytest.mark.slow
def test_a_short_article_passes_extract_check_render_and_a_strict_build(project: Path) -> None:
    extract = invoke("extract")
    assert extract.exit_code == 0, extract.output
    assert f"kurz.md: {NOTE}" in extract.output
    assert "--lang" not in extract.output

    check = invoke("check")
    assert check.exit_code == 0, check.output
    assert check.stdout.startswith("OK: ")
    assert f"note: {project / 'articles' / 'kurz.md'}: {NOTE}\n" in check.stderr

    for command in (["digest"], ["export"], ["render", "--strict", "--out", "out"]):
        result = invoke(*command)
        assert result.exit_code == 0, (command, result.output)
        assert "cannot detect" not in result.output
    assert f"note: articles/kurz.md: {NOTE}" in invoke("render", "--out", "out").stderr

    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project, env=mkdocs_env(), capture_output=True, text=True, timeout=120, check=False,
    )
    assert build.returncode == 0, build.stderr
    assert f"INFO    -  timeline: articles/kurz.md: {NOTE}" in build.stderr
    assert "WARNING" not in build.stderr


def test_english_project_language_is_named_in_the_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "chronology"
    assert invoke("init", str(root), "--language", "en").exit_code == 0
    (root / "articles" / "short.txt").write_text(
        "Kim and Putin met in Moscow on 3 March 2025.\n", encoding="utf-8"
    )
    monkeypatch.chdir(root)
    check = invoke("check")
    assert check.exit_code == 0, check.output
    assert (
        "language not detected; using the project language 'en'. Set `language: en` (or de) "
        "in the article's front matter to say so." in check.stderr
    )


def test_a_saved_page_is_told_to_declare_its_language_in_the_page(
    project: Path,
) -> None:
    (project / "articles" / "kurz.md").unlink()
    (project / "articles" / "seite.html").write_text(
        "<html><head><title>Treffen</title></head><body><article><p>Kim Jong Un und Putin "
        "trafen sich am 3. März 2025 in Moskau. Beide lachten.</p></article></body></html>",
        encoding="utf-8",
    )
    check = invoke("check")
    assert check.exit_code == 0, check.output
    assert "using the project language 'de'. Set `lang=\"de\"` (or en) on the page's <html> " \
        "element" in check.stderr
