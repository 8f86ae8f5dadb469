"""`extract --published` writes the date into the front matter of undated articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.articles import read_article
from timeline.pinning import pin_published

DAY = date(2025, 2, 28)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Text am Montag.\n", "---\npublished: 2025-02-28\n---\nText am Montag.\n"),
        ("---\nid: a\n---\nText.\n", "---\nid: a\npublished: 2025-02-28\n---\nText.\n"),
        ("---\r\nid: a\r\n---\r\nText.\r\n",
         "---\r\nid: a\r\npublished: 2025-02-28\r\n---\r\nText.\r\n"),
        ("Text.\r\n", "---\r\npublished: 2025-02-28\r\n---\r\nText.\r\n"),
        ("\ufeffText.\n", "\ufeff---\npublished: 2025-02-28\n---\nText.\n"),
    ],
)
def test_the_date_is_added_and_the_rest_stays(tmp_path: Path, before: str, after: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(before.encode("utf-8"))
    assert pin_published([tmp_path], DAY).pinned == [path]
    assert path.read_bytes() == after.encode("utf-8")
    assert read_article(path, lang="de").published == DAY


def test_a_stated_date_stays_and_an_empty_one_is_a_problem(tmp_path: Path) -> None:
    dated = tmp_path / "dated.md"
    dated.write_text("---\npublished: 2024-01-01\n---\nText.\n", encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.write_text("---\npublished:\n---\nText.\n", encoding="utf-8")
    result = pin_published([tmp_path], DAY)
    assert result.pinned == []
    assert [problem.path for problem in result.problems] == [empty]
    assert dated.read_text(encoding="utf-8") == "---\npublished: 2024-01-01\n---\nText.\n"
