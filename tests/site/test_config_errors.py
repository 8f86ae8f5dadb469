"""Wrong options of the ``timeline`` plugin stop the build with a message naming the option."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from buildkit import write_project
from mkdocs.exceptions import Abort

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("events: 5", "option 'events': Expected type: <class 'str'> but received: <class 'int'>"),
        ("articles: [a, b]", "option 'articles': Expected type: <class 'str'>"),
        ("actors: {x: 1}", "option 'actors': Expected type: <class 'str'>"),
        ("language: 7", "option 'language': Expected type: <class 'str'>"),
        ("order: sideways", "option 'order': Expected one of: ('ascending', 'descending')"),
        ("group_by: week", "option 'group_by': Expected one of: ('month', 'year')"),
        ("year_pages: many", "option 'year_pages': Expected type: <class 'int'>"),
        ("year_pages: 0", "option 'year_pages': Expected a whole number of at least 1, got 0"),
        ("year_pages: true", "option 'year_pages': Expected a whole number, got True"),
        ("key_days: 0", "option 'key_days': Expected a whole number of at least 1, got 0"),
        ("jobs: 0", "option 'jobs': Expected a whole number of at least 1, got 0"),
        ("path: ../up", "option 'path': Expected a relative folder"),
        ("path: 'a b'", "option 'path': Expected a relative folder"),
        ("timeline_view: 3", "option 'timeline_view': Expected type: <class 'bool'>"),
        ("unknown_option: 1", None),
    ],
)
def test_wrong_option_is_a_configuration_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, option: str, message: str | None
) -> None:
    project = write_project(tmp_path / "p", options=option)
    if message is None:
        # MkDocs only warns about unknown plugin options; strict mode makes that fatal.
        with pytest.raises(Abort):
            project.build(strict=True)
        assert any(
            "Plugin 'timeline' option 'unknown_option': Unrecognised configuration name"
            in record.getMessage()
            for record in caplog.records
        )
        return
    with pytest.raises(Abort, match="configuration error"):
        project.build()
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert errors[0].startswith("Config value 'plugins': Plugin 'timeline' ")
    assert message in errors[0]


def test_unknown_language_is_a_plugin_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project = write_project(tmp_path / "p", options="language: xx")
    with pytest.raises(Abort, match="BuildError"):
        project.build()
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == ["timeline: option 'language': unknown language 'xx': unknown locale 'xx'"]


def test_language_defaults_to_the_theme_language(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", options="events: events", language="en")
    project.build(strict=True)
    assert "No events yet" not in project.html("chronology")
    assert "December 30, 2023" in project.html("chronology")


def test_path_is_normalised(tmp_path: Path) -> None:
    project = write_project(tmp_path / "p", options="path: /chronology/")
    project.build(strict=True)
    assert (project.site / "chronology" / "events" / "angriff" / "index.html").is_file()
