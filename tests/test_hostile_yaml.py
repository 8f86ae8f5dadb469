"""Hostile YAML in event files and front matter: alias bombs, self-reference, deep nesting.

The commands run in a subprocess whose address space is capped, so a bomb
that got through would end in a MemoryError there instead of exhausting the
machine running the tests.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline.yamlio import MAX_ALIAS_VALUES, YamlSyntaxError, load_with_lines

MEMORY_LIMIT = 3 * 1024**3


def alias_bomb(levels: int = 8) -> str:
    """Nine values, then ``levels`` lists of nine aliases of the list before: 9 ** (levels + 1)."""
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    previous = "a"
    for level in range(1, levels + 1):
        lines.append(f"n{level}: &n{level} [{','.join([f'*{previous}'] * 9)}]")
        previous = f"n{level}"
    return "\n".join(lines) + "\n"


GOOD_EVENT = """\
id: good
date: 2024-01-02
title: Ein Ereignis
sources:
  - article: attack
    quote: Russland griff am 2. Januar 2024 an.
"""

ARTICLE = """\
---
published: 2024-01-10
language: de
---
Russland griff am 2. Januar 2024 die Stadt Kiew mit ballistischen Raketen an.
"""


def test_the_bomb_is_refused_at_the_line_where_the_repetition_passes_the_limit() -> None:
    started = time.monotonic()
    with pytest.raises(YamlSyntaxError) as caught:
        load_with_lines(alias_bomb())
    assert time.monotonic() - started < 1
    # n4 (line 5) is the first list whose aliases repeat more than 10,000 values.
    assert caught.value.line == 5
    assert f"repeat more than {MAX_ALIAS_VALUES:,} values" in str(caught.value)


def test_a_few_aliases_are_accepted() -> None:
    data, lines = load_with_lines(
        "tags: &tags [Russland, Ukraine]\nmore: *tags\nthird: [*tags, *tags]\n"
    )
    assert data["third"] == [["Russland", "Ukraine"], ["Russland", "Ukraine"]]
    assert lines[("third", 1, 0)] == 1  # an alias's values keep the anchor's lines


def test_aliases_up_to_the_limit_are_accepted_and_one_more_is_not() -> None:
    items = ", ".join(["x"] * 99)  # a list of 100 values with itself
    ok = f"a: &a [{items}]\nb: [{', '.join(['*a'] * 100)}]\n"
    assert len(load_with_lines(ok)[0]["b"]) == 100  # 100 aliases of 100 values: 10,000
    with pytest.raises(YamlSyntaxError) as caught:
        load_with_lines(ok + "c: *a\n")
    assert caught.value.line == 3


def test_a_value_that_contains_itself_is_refused() -> None:
    with pytest.raises(YamlSyntaxError, match="refers to a value that contains it") as caught:
        load_with_lines("id: x\nloop: &loop\n  - 1\n  - *loop\n")
    assert caught.value.line == 2


@pytest.mark.parametrize("depth", [101, 5000])
def test_deep_nesting_is_refused(depth: int) -> None:
    with pytest.raises(YamlSyntaxError, match="nested more than 100 levels deep"):
        load_with_lines("x: " + "[" * depth + "]" * depth + "\n")


def test_nesting_of_a_hundred_levels_is_read() -> None:
    data, _ = load_with_lines("[" * 99 + "]" * 99)
    assert isinstance(data, list)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=300,
        preexec_fn=_limit_memory, check=False,
    )


def _timeline(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return _run(["-c", "from timeline.cli import main; main()", *args], cwd)


@pytest.fixture
def bombed_project(tmp_path: Path) -> Path:
    """A project from ``timeline init`` with one good event, one bomb and two articles,
    one of whose front matter is a bomb too."""
    root = tmp_path / "project"
    assert _timeline(["init", str(root)], tmp_path).returncode == 0
    (root / "articles" / "attack.md").write_text(ARTICLE, encoding="utf-8")
    (root / "articles" / "bomb.md").write_text(
        f"---\n{alias_bomb()}---\nAm 3. Januar 2024 geschah etwas.\n", encoding="utf-8"
    )
    (root / "events" / "good.yml").write_text(GOOD_EVENT, encoding="utf-8")
    (root / "events" / "bomb.yml").write_text(alias_bomb(), encoding="utf-8")
    return root


BOMB_MESSAGE = f"invalid YAML: aliases (*name) repeat more than {MAX_ALIAS_VALUES:,} values"


def test_check_reports_the_bombs_and_checks_the_rest(bombed_project: Path) -> None:
    result = _timeline(["check"], bombed_project)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    events = bombed_project / "events"
    assert any(line.startswith(f"{events / 'bomb.yml'}:5: {BOMB_MESSAGE}") for line in lines)
    # Front matter starts on line 2: the bomb's line 5 is the file's line 6.
    article = bombed_project / "articles" / "bomb.md"
    assert any(
        line.startswith(f"{article}:6: invalid front matter: aliases") for line in lines
    ), lines
    assert len(lines) == 2, lines
    assert "Traceback" not in result.stderr


def test_extract_reports_the_bombs_and_writes_the_rest(bombed_project: Path) -> None:
    result = _timeline(["extract", "--jobs", "1"], bombed_project)
    assert result.returncode == 1, result.stderr
    events = bombed_project / "events"
    assert f"error: {events / 'bomb.yml'}:5: {BOMB_MESSAGE}" in result.stderr
    article = bombed_project / "articles" / "bomb.md"
    assert f"error: {article}:6: invalid front matter: aliases" in result.stderr
    assert "Articles: 1 read, 1 failed" in result.stdout
    assert "Traceback" not in result.stderr
    assert (events / "bomb.yml").read_text(encoding="utf-8") == alias_bomb()
    assert len(list(events.glob("2024-01-02-*.yml"))) == 1


def test_the_site_builds_without_the_bombs(bombed_project: Path) -> None:
    result = _run(["-m", "mkdocs", "build"], bombed_project)
    assert result.returncode == 0, result.stderr
    assert f"events/bomb.yml:5: {BOMB_MESSAGE}" in result.stderr
    assert "articles/bomb.md:6: invalid front matter: aliases" in result.stderr
    assert (bombed_project / "site" / "chronology" / "events" / "good" / "index.html").is_file()
