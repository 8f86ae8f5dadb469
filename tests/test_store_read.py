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


# --- ranges and announced events ----------------------------------------------------


@pytest.mark.parametrize(
    ("when", "end"),
    [
        ("2025-02-28", "2025-03-02"),  # vom 28. Februar bis 2. März 2025
        ("2009", "2011"),  # zwischen 2009 und 2011
        ("2025-02", "2025-04"),  # von Februar bis April
        ("2025-02", "2025-02-20"),  # an end inside the date's month
        ("2024-12-28", "2025-01"),
        ("2025-02-28", "2025-02-28"),
    ],
)
def test_a_range_reads_with_its_end(tmp_path: Path, when: str, end: str) -> None:
    path = tmp_path / "a.yml"
    path.write_text(
        VALID.replace("date: 2023-12-30", f"date: {when}\nend: {end}"), encoding="utf-8"
    )
    event, problems = load_event_file(path)
    assert problems == []
    assert event is not None and (event.date, event.end) == (when, end)
    assert event.planned is False


@pytest.mark.parametrize(
    ("when", "end", "message"),
    [
        ("2025-02-28", "2025-02-27", "'2025-02-27' is before the date '2025-02-28'"),
        ("2011", "2009", "'2009' is before the date '2011'"),
        ("2025-04", "2025-02", "'2025-02' is before the date '2025-04'"),
        ("2025-02-10", "2025-02", "'2025-02' begins before the date '2025-02-10'"),
        ("2025-02-28", "2025-02-30", "'2025-02-30' is not a real date"),
        ("2025-02-28", "bald", "'bald' is not a date value"),
    ],
)
def test_an_end_before_the_date_or_no_date_is_a_problem_of_the_end_line(
    tmp_path: Path, when: str, end: str, message: str
) -> None:
    path = tmp_path / "a.yml"
    path.write_text(
        VALID.replace("date: 2023-12-30", f"date: {when}\nend: {end}"), encoding="utf-8"
    )
    event, problems = load_event_file(path)
    assert event is None
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{path}:3: end: {message}")


def test_an_invalid_date_is_reported_once_whatever_the_end(tmp_path: Path) -> None:
    path = tmp_path / "a.yml"
    path.write_text(
        VALID.replace("date: 2023-12-30", "date: 2023-02-30\nend: 2023-03-02"), encoding="utf-8"
    )
    _, problems = load_event_file(path)
    assert [problem.field for problem in problems] == ["date"]


def test_planned_is_a_boolean(tmp_path: Path) -> None:
    path = tmp_path / "a.yml"
    path.write_text(VALID + "planned: true\n", encoding="utf-8")
    event, _ = load_event_file(path)
    assert event is not None and event.planned is True
    path.write_text(VALID + "planned: bald\n", encoding="utf-8")
    _, problems = load_event_file(path)
    assert str(problems[0]).startswith(f"{path}:7: planned: Input should be a valid boolean")
