"""Writing the event store: file format, atomic writes, and hand edits that survive re-runs."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml

from timeline.dates.types import Timex, TimexType
from timeline.extract import ExtractSummary, extract
from timeline.models import Event, Source
from timeline.schema import event_schema, event_schema_json, shipped_schema_json
from timeline.store import (
    EVENT_HEADER,
    SCHEMA_FILE,
    STATE_FILE,
    StateError,
    load_event_file,
    load_events,
    load_state,
    new_event_id,
    render_event,
    slugify,
    updated_text,
    write_atomic,
    write_event,
)

DATES = {"2. Januar": "2024-01-02", "5. Januar": "2024-01-05", "7. Januar": "2024-01-07"}

FIRST = """---
id: a1
published: 2024-01-09
language: de
---
Am 2. Januar griff Russland die Stadt Kiew mit ballistischen Raketen an.

Am 5. Januar traf der Präsident den Kanzler in Berlin zu Gesprächen über Waffenlieferungen.

Am 7. Januar unterzeichneten die Minister in Brüssel ein Abkommen über Getreideexporte.
"""

SECOND = """---
id: a2
published: 2024-01-10
language: de
---
Russland hatte die Stadt Kiew am 2. Januar mit ballistischen Raketen angegriffen, berichtete die
Zeitung.

Der Präsident traf den Kanzler am 5. Januar in Berlin zu Gesprächen über Waffenlieferungen.

Die Minister unterzeichneten am 7. Januar in Brüssel das Abkommen über Getreideexporte.
"""


def fake_tag(text: str, lang: str, dct: date | None) -> list[Timex]:
    found = []
    for phrase, value in DATES.items():
        start = text.find(phrase)
        if start >= 0:
            found.append(Timex(start, start + len(phrase), phrase, TimexType.DATE, value, True))
    return sorted(found, key=lambda t: t.start)


def run(paths: list[Path], events_dir: Path, **options: object) -> ExtractSummary:
    return extract(paths, events_dir, tagger=fake_tag, **options)  # type: ignore[arg-type]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a1.md").write_text(FIRST, encoding="utf-8")
    return tmp_path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def by_date(events_dir: Path) -> dict[str, tuple[Path, Event]]:
    loaded = load_events(events_dir)
    assert not loaded.problems
    return {item.event.date: (item.path, item.event) for item in loaded.events}


# --- the file format -------------------------------------------------------------


def test_rendered_event_reads_back_with_key_order_and_schema_line(tmp_path: Path) -> None:
    event = Event(
        id="2006-atomtest", date="2006", title="Erster Atomtest", summary="Kurz.",
        tags=["Nordkorea"], sources=[Source(article="a1", quote="Im Jahr 2006: Test.",
                                            date_text="Im Jahr 2006")],
    )
    text = render_event(event)
    assert text.splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA_FILE}"
    data = yaml.safe_load(text)
    assert list(data) == [
        "id", "date", "title", "summary", "tags", "status", "uncertain", "sources"
    ]
    assert data["date"] == "2006"  # quoted, so YAML keeps it a string
    path = tmp_path / "e.yml"
    assert write_event(path, event)
    assert load_event_file(path) == (event, [])
    assert "summary" not in yaml.safe_load(render_event(event.model_copy(update={"summary": None})))


SINGLE_DAY_FILE_BODY = """\
id: 2025-02-28-messe
date: '2025-02-28'
title: Die Messe beginnt
tags:
- Leipzig
status: candidate
uncertain: false
sources:
- article: a1
  quote: Die Messe beginnt am 28. Februar.
  date_text: am 28. Februar
"""


def test_an_event_without_end_or_planned_is_written_as_before_these_fields() -> None:
    event = Event(
        id="2025-02-28-messe", date="2025-02-28", title="Die Messe beginnt", tags=["Leipzig"],
        sources=[Source(article="a1", quote="Die Messe beginnt am 28. Februar.",
                        date_text="am 28. Februar")],
    )
    assert render_event(event) == EVENT_HEADER.format(schema=SCHEMA_FILE) + SINGLE_DAY_FILE_BODY


def test_end_follows_the_date_and_planned_the_uncertain_flag(tmp_path: Path) -> None:
    event = Event(
        id="messe", date="2025-02-28", end="2025-03-02", title="Messe", planned=True,
        sources=[Source(article="a1", quote="Die Messe ist vom 28. Februar bis 2. März.")],
    )
    text = render_event(event)
    assert list(yaml.safe_load(text)) == [
        "id", "date", "end", "title", "tags", "status", "uncertain", "planned", "sources"
    ]
    assert "date: '2025-02-28'\nend: '2025-03-02'\ntitle: Messe\n" in text
    assert "uncertain: false\nplanned: true\nsources:\n" in text
    path = tmp_path / "messe.yml"
    write_event(path, event)
    assert load_event_file(path) == (event, [])
    years = event.model_copy(update={"date": "2009", "end": "2011", "planned": False})
    assert "date: '2009'\nend: '2011'\n" in render_event(years)
    assert "planned" not in render_event(years)


def test_ids_read_as_a_chronology_and_stay_unique() -> None:
    assert slugify("Russland feuert nordkoreanische Raketen ab") == (
        "russland-feuert-nordkoreanische-raketen-ab"
    )
    assert slugify("Über die Größe") == "ueber-groesse"
    assert new_event_id("2024-W01", "Das Weiße Haus sagt", set()) == (
        "2024-01-01-w01-weisse-haus-sagt"
    )
    taken = {"2023-12-30-angriff"}
    assert new_event_id("2023-12-30", "Angriff", taken) == "2023-12-30-angriff-2"


def test_shipped_schema_equals_the_generated_one() -> None:
    assert shipped_schema_json() == event_schema_json()
    properties = event_schema()["properties"]
    assert properties["status"]["enum"] == ["candidate", "confirmed", "rejected"]
    assert list(properties)[:3] == ["id", "date", "end"]
    assert properties["planned"]["type"] == "boolean"


# --- atomic writes -------------------------------------------------------------------


def test_write_atomic_skips_identical_bytes(tmp_path: Path) -> None:
    path = tmp_path / "e.yml"
    assert write_atomic(path, b"one\n")
    before = path.stat().st_mtime_ns
    assert not write_atomic(path, b"one\n")
    assert path.stat().st_mtime_ns == before


def test_crash_during_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "e.yml"
    path.write_bytes(b"old\n")

    def crash(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(path, b"new\n")
    assert path.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["e.yml"]


# --- extract into the store ---------------------------------------------------------


def test_rerun_on_unchanged_articles_rewrites_nothing(project: Path) -> None:
    events_dir = project / "events"
    first = run([project / "articles"], events_dir, cache_dir=project / "cache")
    assert len(first.new) == 3 and first.cached == 0
    before = snapshot(events_dir)
    assert {STATE_FILE, SCHEMA_FILE} < set(before)

    def no_tagging(text: str, lang: str, dct: date | None) -> list[Timex]:
        raise AssertionError("an unchanged article must come from the cache")

    second = extract([project / "articles"], events_dir, tagger=no_tagging,
                     cache_dir=project / "cache")
    assert (second.new, second.updated, second.skipped) == ([], [], [])
    assert sorted(second.unchanged) == sorted(first.new)
    assert second.cached == 1
    assert snapshot(events_dir) == before


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("second_run", ["all articles", "only the new article"])
def test_hand_edits_survive_a_rerun_with_a_new_article(project: Path, second_run: str) -> None:
    events_dir = project / "events"
    run([project / "articles"], events_dir)
    events = by_date(events_dir)
    attack_path, attack = events["2024-01-02"]
    meeting_path, _ = events["2024-01-05"]
    treaty_path, treaty = events["2024-01-07"]
    _edit(attack_path, f"title: {attack.title}", "title: Raketenangriff auf Kiew")
    meeting_path.unlink()
    _edit(treaty_path, "status: candidate", "status: rejected")
    treaty_before = treaty_path.read_bytes()

    (project / "articles" / "a2.md").write_text(SECOND, encoding="utf-8")
    paths = [project / "articles"] if second_run == "all articles" else [
        project / "articles" / "a2.md"
    ]
    summary = run(paths, events_dir)

    assert summary.new == []
    assert summary.updated == [attack.id]
    assert sorted(summary.skipped) == sorted([meeting_path.stem, treaty.id])
    events = by_date(events_dir)
    assert set(events) == {"2024-01-02", "2024-01-07"}  # the deleted meeting stays deleted
    _, attack_now = events["2024-01-02"]
    assert attack_now.title == "Raketenangriff auf Kiew"
    assert [s.article for s in attack_now.sources] == ["a1", "a2"]
    assert attack_now.sources[0] == attack.sources[0]
    assert treaty_path.read_bytes() == treaty_before  # rejected: untouched

    again = run(paths, events_dir)
    assert (again.new, again.updated) == ([], [])


def test_unedited_fields_follow_the_tool_and_edited_ones_do_not(project: Path) -> None:
    events_dir = project / "events"
    run([project / "articles"], events_dir)
    path, event = by_date(events_dir)["2024-01-05"]
    assert event.tags
    _edit(path, "uncertain: false", "uncertain: true")
    record = load_state(events_dir).events[event.id]
    assert record.written["uncertain"] is False
    (project / "articles" / "a2.md").write_text(SECOND, encoding="utf-8")
    run([project / "articles"], events_dir)
    _, now = by_date(events_dir)["2024-01-05"]
    assert now.uncertain is True  # the person's value
    assert now.title == event.title  # unedited and unchanged by the tool
    assert len(now.sources) == 2


def test_removed_source_is_not_added_again(project: Path) -> None:
    events_dir = project / "events"
    (project / "articles" / "a2.md").write_text(SECOND, encoding="utf-8")
    run([project / "articles"], events_dir)
    path, event = by_date(events_dir)["2024-01-02"]
    assert len(event.sources) == 2
    kept = event.model_copy(update={"sources": event.sources[:1]})
    path.write_text(render_event(kept), encoding="utf-8")
    run([project / "articles"], events_dir)
    assert by_date(events_dir)["2024-01-02"][1].sources == event.sources[:1]


@pytest.mark.parametrize(
    ("broken", "line", "expected"),
    [
        ("title: a: b\n", 11, "invalid YAML"),
        ("colour: red\n", 11, "colour: unknown field"),
        ("date: '2023-02-30'\n", 11, "date: "),
    ],
)
def test_malformed_event_file_is_reported_and_never_overwritten(
    project: Path, broken: str, line: int, expected: str
) -> None:
    events_dir = project / "events"
    run([project / "articles"], events_dir)
    path, event = by_date(events_dir)["2024-01-02"]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[line - 1].startswith("date:") and lines[line - 2].startswith("id:")
    if broken.startswith("date:"):
        lines[line - 1] = broken
    else:
        lines.insert(line - 1, broken)
    path.write_text("".join(lines), encoding="utf-8")
    damaged = path.read_bytes()

    (project / "articles" / "a2.md").write_text(SECOND, encoding="utf-8")
    summary = run([project / "articles"], events_dir)
    reported = [str(p) for p in summary.event_problems]
    assert any(r.startswith(f"{path}:{line}: ") and expected in r for r in reported), reported
    assert path.read_bytes() == damaged
    assert event.id in summary.skipped
    assert not [p for p in events_dir.glob("2024-01-02*") if p != path]  # not recreated


def test_damaged_state_file_stops_extract(project: Path) -> None:
    events_dir = project / "events"
    events_dir.mkdir()
    (events_dir / STATE_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(StateError, match=STATE_FILE):
        run([project / "articles"], events_dir)


def test_state_file_records_what_was_written(project: Path) -> None:
    events_dir = project / "events"
    run([project / "articles"], events_dir)
    state = json.loads((events_dir / STATE_FILE).read_text(encoding="utf-8"))
    _, event = by_date(events_dir)["2024-01-02"]
    record = state["events"][event.id]
    assert record["file"] == f"{event.id}.yml"
    assert record["written"]["title"] == event.title
    assert record["sources"] == [["a1", event.sources[0].quote]]
    assert record["keys"] and not record["deleted"]


def test_no_publication_date_gives_warnings(project: Path) -> None:
    article = project / "articles" / "a1.md"
    article.write_text(FIRST.replace("published: 2024-01-09\n", ""), encoding="utf-8")
    tagger: Callable[[str, str, date | None], list[Timex]] = fake_tag
    summary = extract([article], project / "events", tagger=tagger)
    assert summary.warnings[article]


def test_appending_a_source_keeps_a_persons_comments_and_layout(project: Path) -> None:
    events_dir = project / "events"
    run([project / "articles"], events_dir)
    path, event = by_date(events_dir)["2024-01-02"]
    _edit(path, "status: candidate", "status: confirmed  # checked against the agency report")
    edited = path.read_text(encoding="utf-8")
    (project / "articles" / "a2.md").write_text(SECOND, encoding="utf-8")
    summary = run([project / "articles"], events_dir)
    assert event.id in summary.updated
    text = path.read_text(encoding="utf-8")
    assert text.startswith(edited)
    now = by_date(events_dir)["2024-01-02"][1]
    assert now.status == "confirmed"
    assert [s.article for s in now.sources] == ["a1", "a2"]


def test_sources_in_another_layout_fall_back_to_a_full_rewrite(project: Path) -> None:
    events_dir = project / "events"
    run([project / "articles"], events_dir)
    path, event = by_date(events_dir)["2024-01-02"]
    _edit(path, "sources:\n- article: a1", "sources: [{article: a1")
    text = path.read_text(encoding="utf-8")
    quote_start = text.index("sources: [")
    flow = f"sources: [{{article: a1, quote: {json.dumps(event.sources[0].quote)}}}]\n"
    path.write_text(text[:quote_start] + flow, encoding="utf-8")
    assert by_date(events_dir)["2024-01-02"][1].sources[0].quote == event.sources[0].quote
    (project / "articles" / "a2.md").write_text(SECOND, encoding="utf-8")
    run([project / "articles"], events_dir)
    now = by_date(events_dir)["2024-01-02"][1]
    assert [s.article for s in now.sources] == ["a1", "a2"]
    assert path.read_text(encoding="utf-8") == render_event(now)


def test_an_id_changed_by_hand_keeps_its_history(project: Path) -> None:
    events_dir = project / "events"
    run([project / "articles"], events_dir)
    path, event = by_date(events_dir)["2024-01-02"]
    _edit(path, f"id: {event.id}", "id: angriff-auf-kiew")
    (project / "articles" / "a2.md").write_text(SECOND, encoding="utf-8")
    summary = run([project / "articles"], events_dir)
    assert "angriff-auf-kiew" in summary.updated and summary.new == []
    _, now = by_date(events_dir)["2024-01-02"]
    assert now.id == "angriff-auf-kiew"
    assert [s.article for s in now.sources] == ["a1", "a2"]
    assert set(load_state(events_dir).events) >= {"angriff-auf-kiew"}
    assert event.id not in load_state(events_dir).events


def test_the_renames_of_a_run_are_synced_once_before_the_state_records_them(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.journal as journal
    import timeline.store as store

    calls: list[str] = []
    real_sync, real_write = store.sync_folder, journal.write_atomic

    def sync(folder: Path) -> None:
        calls.append(f"sync {folder.name}")
        real_sync(folder)

    def write(path: Path, data: bytes, *, sync_rename: bool = True) -> bool:
        calls.append(path.name if path.name.startswith(".") else "event")
        return real_write(path, data, sync_rename=sync_rename)

    monkeypatch.setattr(store, "sync_folder", sync)
    monkeypatch.setattr(journal, "sync_folder", sync)
    monkeypatch.setattr(journal, "write_atomic", write)
    summary = run([project / "articles"], project / "events")
    assert len(summary.new) == 3
    # The schema and the journal sync their own renames; one sync for the three
    # event files, before the state; one for the state's; one for the journal's removal.
    assert calls == [
        "sync events", ".timeline-journal.json", "sync events", "event", "event", "event",
        "sync events", ".timeline-state.json", "sync events", "sync events",
    ]


def test_changed_fields_are_rewritten_in_place_around_a_person_s_comments(
    tmp_path: Path,
) -> None:
    before = Event(
        id="2023-05-raeumung", date="2023-05", title="Polizei räumt Lager",
        tags=["Köln"], sources=[Source(article="a1", quote="Im Mai 2023 räumte die Polizei.")],
    )
    path = tmp_path / "e.yml"
    write_event(path, before)
    text = path.read_text(encoding="utf-8").replace(
        "tags:", "# Notiz: nachfragen\ntags:"
    ) + "# am Ende\n"
    path.write_text(text, encoding="utf-8")
    after = before.model_copy(update={
        "date": "2023-05-12", "tags": ["Köln", "Polizei"],
        "sources": [*before.sources, Source(article="a2", quote="Am 12. Mai räumte sie.")],
    })
    path.write_text(updated_text(path, before, after), encoding="utf-8")
    written = path.read_text(encoding="utf-8")
    assert "# Notiz: nachfragen\ntags:\n- Köln\n- Polizei\n" in written
    assert "# am Ende\n" in written and "date: '2023-05-12'" in written
    assert load_event_file(path) == (after, [])
