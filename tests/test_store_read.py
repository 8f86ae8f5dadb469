"""Reading event files: every problem names the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.store import load_event_file, load_events

VALID = """\
id: a
date: 2023-12-30
title: Angriff
sources:
- article: x
  quote: Am 30. Dezember griff Russland an.
"""


def test_unquoted_date_is_read_as_timex_value(tmp_path: Path) -> None:
    path = tmp_path / "a.yml"
    path.write_text(VALID, encoding="utf-8")
    event, problems = load_event_file(path)
    assert problems == []
    assert event is not None and event.date == "2023-12-30"


@pytest.mark.parametrize(
    ("replace", "by", "expected"),
    [
        ("date: 2023-12-30", "date: 2023-02-30", ":2: date: '2023-02-30' is not a real date"),
        ("date: 2023-12-30", "date: '2023-W54'", ":2: date: '2023-W54' is not a real date"),
        ("date: 2023-12-30", "date: next week", ":2: date: 'next week' is not a date value"),
        ("title: Angriff", "title: Angriff\ncolour: red", ":4: colour: unknown field"),
        ("title: Angriff", "title: [a, b]", ":3: title: Input should be a valid string"),
        ("  quote: Am", "  quote: [Am", ":7: invalid YAML"),
        ("id: a", "id: Bad Id", ":1: id: String should match pattern"),
    ],
)
def test_problem_names_file_line_and_field(
    tmp_path: Path, replace: str, by: str, expected: str
) -> None:
    path = tmp_path / "a.yml"
    path.write_text(VALID.replace(replace, by), encoding="utf-8")
    event, problems = load_event_file(path)
    assert event is None
    assert any(str(problem).startswith(f"{path}{expected}") for problem in problems), problems


def test_duplicate_ids_are_reported_and_events_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.yml").write_text(VALID.replace("2023-12-30", "'2006'"), encoding="utf-8")
    (tmp_path / "c.yml").write_text(VALID, encoding="utf-8")
    (tmp_path / "d.yml").write_text(VALID.replace("id: a", "id: d"), encoding="utf-8")
    result = load_events(tmp_path)
    assert [loaded.event.id for loaded in result.events] == ["a", "d"]
    assert [loaded.event.date for loaded in result.events] == ["2006", "2023-12-30"]
    assert len(result.problems) == 1
    assert "duplicate id 'a'" in str(result.problems[0])


def test_missing_folder_has_no_events(tmp_path: Path) -> None:
    result = load_events(tmp_path / "nowhere")
    assert result.events == [] and result.problems == []
