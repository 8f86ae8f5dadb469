"""A quote that opens with a quotation mark is not wrapped in a second pair („„)."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import main

ARTICLE = """---
published: 2025-03-04
language: de
title: Treffen in Moskau
---
Text.
"""

# (event id, quote, what the citation shows after the article's title and date)
QUOTES = [
    ("plain", "Sie blieben bis zum 3. März.", "„Sie blieben bis zum 3. März.“"),
    ("german", "„Wir bleiben“, sagte sie am 3. März.", "„Wir bleiben“, sagte sie am 3. März."),
    ("curly", "“We stay,” she said on 3 March.", "“We stay,” she said on 3 March."),
    ("straight", '"We stay," she said on 3 March.', '"We stay," she said on 3 March.'),
    ("guillemets", "»Wir bleiben«, sagte sie.", "»Wir bleiben«, sagte sie."),
]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "chronik"
    assert invoke("init", str(root)).exit_code == 0
    (root / "articles" / "treffen.md").write_text(ARTICLE, encoding="utf-8")
    for event_id, quote, _ in QUOTES:
        (root / "events" / f"{event_id}.yml").write_text(
            f"id: {event_id}\ndate: 2025-03-03\ntitle: Treffen\nsources:\n"
            f"  - article: treffen\n    quote: {json.dumps(quote, ensure_ascii=False)}\n",
            encoding="utf-8",
        )
    monkeypatch.chdir(root)
    result = invoke("render", "--strict", "--out", "out")
    assert result.exit_code == 0, result.output
    return root / "out" / "chronology" / "events"


@pytest.mark.parametrize(("event_id", "shown"), [(q[0], q[2]) for q in QUOTES],
                         ids=[q[0] for q in QUOTES])
def test_quotes_get_one_pair_of_marks(rendered: Path, event_id: str, shown: str) -> None:
    # The page is HTML with character references; the reader sees it unescaped.
    page = html.unescape((rendered / f"{event_id}.md").read_text(encoding="utf-8"))
    assert f"Treffen in Moskau</a>, 4. März 2025: {shown}\xa0<a" in page, page
    for doubled in ("„„", "„“", "„”", '„"', "„»", "““"):
        assert doubled not in page
