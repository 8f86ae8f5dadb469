"""``timeline extract``, ``check``, ``export`` and ``schema`` through Click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import main
from timeline.cli.events import COMMANDS
from timeline.schema import shipped_schema_json

MKDOCS = """site_name: Test
plugins:
  - timeline:
      events: data/events
      articles: texts
      language: de
"""

ATTACK = """---
id: attack
title: Angriff
publisher: Zeitung
url: https://example.org/angriff
published: 2024-01-10
language: de
---
Russland griff am 2. Januar 2024 die Stadt Kiew mit ballistischen Raketen an.

Im Jahr 2006 testete Nordkorea zum ersten Mal eine Atombombe.
"""

SUMMIT = """---
id: summit
published: 2024-01-12
language: de
---
Am 2. Januar 2024 hatte Russland die Stadt Kiew mit ballistischen Raketen angegriffen.
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "attack.md").write_text(ATTACK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def events_dir(project: Path) -> Path:
    return project / "data" / "events"


def test_extract_uses_mkdocs_settings_and_prints_a_summary(project: Path) -> None:
    result = invoke("extract")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Articles: 1 read, 0 failed",
        f"Events in {events_dir(project)}: 2 new, 0 updated, 0 unchanged, 0 skipped "
        "(rejected or deleted)",
    ]
    names = sorted(p.name for p in events_dir(project).glob("*.yml"))
    assert names == [
        "2006-nordkorea-testete-zum-ersten-mal-atombombe.yml",
        "2024-01-02-russland-griff-stadt-kiew-mit-ballistischen.yml",
    ]
    assert (project / ".timeline-cache").is_dir()

    again = invoke("extract")
    assert again.output.splitlines()[1].endswith(
        "0 new, 0 updated, 2 unchanged, 0 skipped (rejected or deleted)"
    )


def test_extract_reports_bad_articles_and_processes_the_rest(project: Path) -> None:
    (project / "texts" / "broken.md").write_text("---\nid: [x\n---\nText.\n", encoding="utf-8")
    (project / "texts" / "summit.md").write_text(SUMMIT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract"], catch_exceptions=False)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and str(project / "texts" / "broken.md") in errors[0]
    assert "Articles: 2 read, 1 failed" in result.output
    assert "2 new" in result.output  # the attack (cited by both) and 2006
    export = json.loads(invoke("export", "--format", "json").stdout)
    attack = next(e for e in export["events"] if e["date"] == "2024-01-02")
    assert [s["article"] for s in attack["sources"]] == ["attack", "summit"]


def test_extract_with_published_option_and_explicit_paths(project: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt"
    raw.write_text("Am Dienstag unterzeichneten die Minister in Brüssel ein Abkommen.\n",
                   encoding="utf-8")
    result = invoke("extract", str(raw), "--events", str(tmp_path / "out"),
                    "--published", "2024-01-10", "--lang", "de")
    assert result.exit_code == 0, result.output
    export = json.loads(invoke("export", "--events", str(tmp_path / "out")).stdout)
    assert [e["date"] for e in export["events"]] == ["2024-01-09"]


def test_bad_option_values_give_one_line_errors(project: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--published", "10.01.2024"],
                                catch_exceptions=False)
    assert result.exit_code == 2
    assert "'10.01.2024' is not a date" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(main, ["check", "--events", "nowhere"], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output == "Error: nowhere: no such events folder\n"


def test_check_ok_and_problems(project: Path) -> None:
    invoke("extract")
    result = invoke("check")
    assert result.exit_code == 0
    assert result.output == "OK: 2 events, 1 articles\n"

    folder = events_dir(project)
    path = sorted(folder.glob("2024-01-02*.yml"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("article: attack", "article: ghost"), encoding="utf-8")
    copy = folder / "copy.yml"
    copy.write_text(text, encoding="utf-8")
    (folder / "bad.yml").write_text("id: bad\ndate: '2023-02-30'\ntitle: x\nsources:\n"
                                    "- {article: attack, quote: q}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(line.startswith(f"{folder / 'bad.yml'}:2: date: ") for line in lines), lines
    assert f"{copy}:1: id: duplicate id" in result.output  # copy.yml sorts after 2024-...
    ghost_line = next(
        number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line == "- article: ghost"
    )
    assert f"{path}:{ghost_line}: sources.0.article: unknown article 'ghost'" in lines
    assert len(lines) == 4  # the three above and the count


def test_export_contract(project: Path) -> None:
    (project / "texts" / "summit.md").write_text(SUMMIT, encoding="utf-8")
    invoke("extract")
    path = sorted(events_dir(project).glob("2006-*.yml"))[0]
    result = invoke("export", "--format", "json")
    document = json.loads(result.stdout)
    assert list(document) == ["events", "articles"]
    assert [e["date"] for e in document["events"]] == ["2006", "2024-01-02"]
    for event in document["events"]:
        # The keys of the first contract keep their order; later ones are only added.
        assert list(event) == [
            "id", "date", "end", "title", "summary", "tags", "status", "uncertain", "planned",
            "key", "importance", "sources",
        ]
        assert (event["end"], event["planned"], event["status"]) == (None, False, "candidate")
        assert 0 <= event["importance"] <= 1
        assert all(
            list(source) == ["article", "quote", "date_text"] for source in event["sources"]
        )
    assert document["articles"] == [
        {"id": "attack", "title": "Angriff", "publisher": "Zeitung", "author": None,
         "url": "https://example.org/angriff", "published": "2024-01-10", "language": "de"},
        {"id": "summit", "title": None, "publisher": None, "author": None, "url": None,
         "published": "2024-01-12", "language": "de"},
    ]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: candidate", "status: rejected"), encoding="utf-8")
    document = json.loads(invoke("export").stdout)
    assert [e["date"] for e in document["events"]] == ["2024-01-02"]


RANGE_EVENT = """\
id: messe
date: '2025-02-28'
end: '2025-03-02'
title: Messe in Leipzig
planned: true
sources:
- article: attack
  quote: Die Messe ist vom 28. Februar bis 2. März 2025 geplant.
"""


def test_export_gives_end_and_planned(project: Path) -> None:
    invoke("extract")
    (events_dir(project) / "messe.yml").write_text(RANGE_EVENT, encoding="utf-8")
    document = json.loads(invoke("export").stdout)
    messe = next(event for event in document["events"] if event["id"] == "messe")
    assert (messe["date"], messe["end"], messe["planned"]) == ("2025-02-28", "2025-03-02", True)


def test_check_reports_an_end_before_the_date(project: Path) -> None:
    invoke("extract")
    path = events_dir(project) / "messe.yml"
    path.write_text(RANGE_EVENT, encoding="utf-8")
    assert invoke("check").output == "OK: 3 events, 1 articles\n"
    path.write_text(RANGE_EVENT.replace("end: '2025-03-02'", "end: '2025-02-27'"),
                    encoding="utf-8")
    result = CliRunner().invoke(main, ["check"], catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{path}:3: end: '2025-02-27' is before the date '2025-02-28'",
        "1 problem(s) found",
    ]
    extracted = CliRunner().invoke(main, ["extract"], catch_exceptions=False)
    assert extracted.exit_code == 1
    assert f"error: {path}:3: end: '2025-02-27' is before the date" in extracted.output


def test_extract_reports_a_malformed_event_file_and_exits_1(project: Path) -> None:
    invoke("extract")
    path = sorted(events_dir(project).glob("2024-01-02*.yml"))[0]
    text = path.read_text(encoding="utf-8").replace("uncertain: false", "uncertain: maybe")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("uncertain: maybe") + 1
    result = CliRunner().invoke(main, ["extract"], catch_exceptions=False)
    assert result.exit_code == 1
    assert f"error: {path}:{line}: uncertain: " in result.output
    assert path.read_text(encoding="utf-8") == text


def test_schema_command(tmp_path: Path) -> None:
    assert invoke("schema").output == shipped_schema_json()
    target = tmp_path / "schema.json"
    assert invoke("schema", "--output", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == shipped_schema_json()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name or "")
def test_every_command_is_documented(command: object) -> None:
    assert getattr(command, "help", None)


def _entity_pipeline(folder: Path) -> Path:
    """A trained-pipeline stand-in: a blank German pipeline with an entity ruler, on disk."""
    import spacy

    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([  # type: ignore[attr-defined]
        {"label": "ORG", "pattern": "Rote Armee"},
        {"label": "PER", "pattern": "Olaf Scholz"},
    ])
    nlp.to_disk(folder)
    return folder


PIPELINE_ARTICLE = """---
id: pipeline
published: 2024-01-10
language: de
---
Olaf Scholz traf am 3. Januar 2024 in Kiew Vertreter der Rote Armee.
"""


def _tags(project: Path) -> list[str]:
    export = json.loads(invoke("export").stdout)
    return [tag for event in export["events"] for tag in event["tags"]]


def test_extract_pipeline_option_adds_entities(project: Path, tmp_path: Path) -> None:
    (project / "texts" / "attack.md").unlink()
    (project / "texts" / "pipeline.md").write_text(PIPELINE_ARTICLE, encoding="utf-8")
    pipeline = _entity_pipeline(tmp_path / "pipe")
    assert invoke("extract").exit_code == 0
    assert _tags(project) == ["Kiew"]
    result = invoke("extract", "--pipeline", str(pipeline))
    assert result.exit_code == 0, result.output
    # The pipeline misses the cache of the run without it: the event gains the entities.
    assert _tags(project) == ["Kiew", "Olaf Scholz", "Rote Armee"]


def test_pipeline_plugin_option_is_read_from_mkdocs_yml(project: Path, tmp_path: Path) -> None:
    from timeline.settings import load_settings

    assert load_settings(project).pipeline is None
    pipeline = _entity_pipeline(tmp_path / "pipe")
    (project / "mkdocs.yml").write_text(MKDOCS + f"      pipeline: {pipeline}\n", encoding="utf-8")
    assert load_settings(project).pipeline == str(pipeline)
    (project / "texts" / "pipeline.md").write_text(PIPELINE_ARTICLE, encoding="utf-8")
    assert invoke("extract").exit_code == 0
    assert "Olaf Scholz" in _tags(project)


def test_a_pipeline_that_is_not_installed_is_a_one_line_error(project: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--pipeline", "xx_missing_pipeline_sm"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert result.output.startswith("Error: spaCy pipeline 'xx_missing_pipeline_sm' is not "
                                    "installed")
    assert result.output.count("\n") == 1
    assert not events_dir(project).exists()


def test_digest_gives_the_key_days_as_json_and_markdown(project: Path) -> None:
    (project / "texts" / "summit.md").write_text(SUMMIT, encoding="utf-8")
    invoke("extract")
    document = json.loads(invoke("digest").stdout)
    assert [day["date"] for day in document["dates"]] == ["2024-01-02"]
    day = document["dates"][0]
    assert list(day) == ["date", "summary", "events"]
    assert "Kiew" in day["summary"] and day["events"]
    assert json.loads(invoke("digest", "--dates", "5", "--from", "2024-01-03").stdout) == {
        "dates": []
    }
    markdown = invoke("digest", "--format", "markdown").stdout
    assert markdown.startswith("## 2024-01-02\n\n")


def test_digest_refuses_a_range_that_ends_before_it_starts(project: Path) -> None:
    result = CliRunner().invoke(main, ["digest", "--from", "2024-02-01", "--to", "2024-01-01"])
    assert result.exit_code == 2
    assert "before --from" in result.output
