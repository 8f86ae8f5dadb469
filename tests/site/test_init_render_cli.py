"""``timeline init`` and ``timeline render``, and a new project from init to built site."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from buildkit import Project, write_project
from click.testing import CliRunner
from mkdocs.commands.build import build
from mkdocs.config import load_config

from timeline.cli import main
from timeline.settings import load_settings

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_init_creates_a_project(tmp_path: Path, runner: CliRunner) -> None:
    target = tmp_path / "neu"
    result = runner.invoke(main, ["init", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for name in (
        "mkdocs.yml",
        "docs/index.md",
        "docs/tags.md",
        "actors.yml",
        "articles/.gitkeep",
        "events/.gitkeep",
        ".gitignore",
    ):
        assert (target / name).is_file(), name
        assert f"created {target / name}\n" in result.output
    assert "Next: copy articles into" in result.output
    config = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"]["name"] == "material"
    assert config["theme"]["language"] == "de"
    assert config["plugins"][0] == {"search": {"lang": "de"}}
    assert config["plugins"][1] == "tags"
    assert config["plugins"][2]["timeline"] == {
        "events": "events",
        "articles": "articles",
        "actors": "actors.yml",
        "language": "de",
        "order": "ascending",
        "group_by": "month",
        "year_pages": 200,
        "path": "chronology",
        "timeline_view": True,
    }
    assert "footnotes" in str(config["markdown_extensions"])
    assert "<!-- material/tags -->" in (target / "docs/tags.md").read_text(encoding="utf-8")
    settings = load_settings(target)
    assert settings.events_dir == target.resolve() / "events"
    assert settings.articles_dir == target.resolve() / "articles"


def test_init_in_english_with_a_name(tmp_path: Path, runner: CliRunner) -> None:
    target = tmp_path / "new"
    result = runner.invoke(
        main, ["init", str(target), "--language", "en", "--name", "War: a chronology"]
    )
    assert result.exit_code == 0, result.output
    config = yaml.safe_load((target / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["site_name"] == "War: a chronology"
    assert config["theme"]["language"] == "en"
    assert (target / "docs/index.md").read_text(encoding="utf-8").startswith(
        "# War: a chronology\n"
    )


def test_init_refuses_to_overwrite(tmp_path: Path, runner: CliRunner) -> None:
    target = tmp_path / "alt"
    target.mkdir()
    (target / "mkdocs.yml").write_text("site_name: Mein Projekt\n", encoding="utf-8")
    result = runner.invoke(main, ["init", str(target)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {target} already has mkdocs.yml; not overwriting "
        "(choose an empty or new folder)\n"
    )
    assert (target / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Mein Projekt\n"
    assert not (target / "docs").exists()


def test_init_into_a_folder_with_other_files(tmp_path: Path, runner: CliRunner) -> None:
    target = tmp_path / "repo"
    target.mkdir()
    (target / "README.md").write_text("# Repo\n", encoding="utf-8")
    result = runner.invoke(main, ["init", str(target)])
    assert result.exit_code == 0, result.output
    assert (target / "README.md").read_text(encoding="utf-8") == "# Repo\n"


def test_init_refuses_a_file_as_folder(tmp_path: Path, runner: CliRunner) -> None:
    target = tmp_path / "datei"
    target.write_text("x", encoding="utf-8")
    result = runner.invoke(main, ["init", str(target)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


@pytest.mark.needs_shared
def test_new_project_from_init_to_site(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """timeline init x && cp articles x/articles && timeline extract && mkdocs build."""
    target = tmp_path / "x"
    assert runner.invoke(main, ["init", str(target)]).exit_code == 0
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, target / "articles" / seed.name)
    monkeypatch.chdir(target)
    extract = runner.invoke(main, ["extract"])
    assert extract.exit_code == 0, extract.output
    events = sorted((target / "events").glob("*.yml"))
    assert events, extract.output
    build(load_config(str(target / "mkdocs.yml"), strict=True))
    site = target / "site"
    assert (site / "chronology" / "index.html").is_file()
    for event_file in events:
        event_id = yaml.safe_load(event_file.read_text(encoding="utf-8"))["id"]
        assert (site / "chronology" / "events" / event_id / "index.html").is_file()
    for seed in SEEDS.glob("*.txt"):
        assert (site / "chronology" / "sources" / seed.stem / "index.html").is_file()


def test_render_writes_the_generated_pages(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = write_project(tmp_path / "p")
    monkeypatch.chdir(project.root)
    out = tmp_path / "out"
    result = runner.invoke(main, ["render", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote 14 files (3 event pages) to {out / 'chronology'}\n"
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file())
    assert written == [
        "assets/timeline/timeline.css",
        "assets/timeline/timeline.js",
        "chronology/events/angriff.md",
        "chronology/events/atomtest.md",
        "chronology/events/erklaerung.md",
        "chronology/index.md",
        "chronology/key-events.md",
        "chronology/sources/ftp-quelle.md",
        "chronology/sources/zeit-2024-01-10.md",
        "chronology/tags/nordkorea.md",
        "chronology/tags/russland.md",
        "chronology/tags/vereinigte-staaten.md",
        "chronology/timeline.json",
        "chronology/timeline.md",
    ]
    event = (out / "chronology/events/angriff.md").read_text(encoding="utf-8")
    assert "# Russland feuert nordkoreanische Raketen ab\n" in event
    link = '<a href="../../sources/zeit-2024-01-10/">Nordkorea liefert Raketen</a>'
    assert f"<p>Die Zeit, {link}" in event
    data = json.loads((out / "chronology/timeline.json").read_text(encoding="utf-8"))
    assert len(data["events"]) == 3


def test_render_matches_the_plugin_pages(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rendered folder, used as a docs folder without the plugin, builds the same pages."""
    project = write_project(tmp_path / "p", options="path: chronik\norder: descending")
    monkeypatch.chdir(project.root)
    out = project.root / "docs"
    assert runner.invoke(main, ["render", "--out", str(out)]).exit_code == 0
    assert "order: descending" in (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    index = (out / "chronik" / "index.md").read_text(encoding="utf-8")
    assert index.index("events/erklaerung/") < index.index("events/atomtest/")
    config_text = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    plain = project.root / "plain.yml"
    plain.write_text(
        config_text.split("  - timeline:")[0]
        + "markdown_extensions: [footnotes, admonition, attr_list]\n"
        + "extra_css: [assets/timeline/timeline.css]\n",
        encoding="utf-8",
    )
    build(load_config(str(plain), strict=False))
    built = Project(project.root)
    assert "Russland feuert nordkoreanische Raketen ab" in built.html("chronik/events/angriff")


def test_render_reports_problems_and_strict_fails(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = write_project(tmp_path / "p")
    project.write_event("kaputt", "id: kaputt\ndate: 2023-05-01\ntitle: x\n")
    monkeypatch.chdir(project.root)
    out = tmp_path / "out"
    result = runner.invoke(main, ["render", "--out", str(out)])
    assert result.exit_code == 0
    assert "warning: events/kaputt.yml:1: sources: required field is missing\n" in result.output
    strict = runner.invoke(main, ["render", "--out", str(out), "--strict"])
    assert strict.exit_code == 1
    assert strict.output.endswith("Error: 1 problem(s), see the warnings above\n")


def test_render_refuses_a_wrong_option(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = write_project(tmp_path / "p", options="year_pages: viele")
    monkeypatch.chdir(project.root)
    result = runner.invoke(main, ["render", "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {project.root / 'mkdocs.yml'}: plugin 'timeline' option 'year_pages': "
        "Expected type: <class 'int'> but received: <class 'str'>\n"
    )
    assert not (tmp_path / "out").exists()
