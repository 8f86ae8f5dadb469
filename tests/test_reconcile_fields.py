"""``end`` and ``planned`` in the store: written by the tool, kept when a person edits them."""

from __future__ import annotations

import json
from pathlib import Path

from candidates import make_candidate

from timeline.events import Candidate
from timeline.merge import MergedEvent, signature
from timeline.models import Event
from timeline.reconcile import SyncResult, sync_events
from timeline.store import STATE_FILE, load_events, load_state

FAIR = "Die Messe in Leipzig öffnet ihre Hallen für Aussteller aus vierzig Ländern."
FAIR_LATER = "Die Messe in Leipzig öffnete ihre Hallen für Aussteller aus vierzig Ländern."
VOTE = "Die Mitglieder stimmen in Genf über den neuen Vertrag der Organisation ab."


def cand(article: str, value: str, quote: str, *, end: str | None = None,
         planned: bool = False) -> Candidate:
    return make_candidate(article, value, quote, language="de", end=end, planned=planned)


def merged(*members: Candidate) -> MergedEvent:
    return MergedEvent(members=list(members), signatures=[signature(m) for m in members])


def sync(events_dir: Path, *members: Candidate) -> SyncResult:
    result = sync_events([merged(*members)], events_dir)
    assert result.problems == []
    return result


def only_event(events_dir: Path) -> tuple[Path, Event]:
    loaded = load_events(events_dir)
    assert loaded.problems == [] and len(loaded.events) == 1
    return loaded.events[0].path, loaded.events[0].event


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_new_event_gets_its_end_and_planned_and_the_state_records_them(
    tmp_path: Path,
) -> None:
    sync(tmp_path, cand("a1", "2025-02-28", FAIR, end="2025-03-02", planned=True))
    path, event = only_event(tmp_path)
    assert (event.date, event.end, event.planned) == ("2025-02-28", "2025-03-02", True)
    assert "date: '2025-02-28'\nend: '2025-03-02'\ntitle:" in path.read_text(encoding="utf-8")
    written = load_state(tmp_path).events[event.id].written
    assert (written["end"], written["planned"]) == ("2025-03-02", True)


def test_a_tool_written_end_follows_a_more_precise_date(tmp_path: Path) -> None:
    first = cand("a1", "2025-02", FAIR)
    sync(tmp_path, first)
    second = cand("a2", "2025-02-28", FAIR_LATER, end="2025-03-02")
    result = sync(tmp_path, first, second)
    _, event = only_event(tmp_path)
    assert result.updated == [event.id]
    assert (event.date, event.end) == ("2025-02-28", "2025-03-02")


def test_an_end_stays_with_the_date_it_belongs_to(tmp_path: Path) -> None:
    sync(tmp_path, cand("a1", "2025-02-28", FAIR, end="2025-03-02"))
    # A later run reads only the month: the day and its range stay.
    result = sync(tmp_path, cand("a1", "2025-02", FAIR))
    _, event = only_event(tmp_path)
    assert result.unchanged == [event.id]
    assert (event.date, event.end) == ("2025-02-28", "2025-03-02")


def test_an_end_goes_with_the_wider_date_it_belonged_to(tmp_path: Path) -> None:
    sync(tmp_path, cand("a1", "2025-02", FAIR, end="2025-04"))  # von Februar bis April
    sync(tmp_path, cand("a1", "2025-02-10", FAIR))
    _, event = only_event(tmp_path)
    assert (event.date, event.end) == ("2025-02-10", None)


def test_a_hand_edited_end_is_kept(tmp_path: Path) -> None:
    first = cand("a1", "2025-02-28", FAIR, end="2025-03-02")
    sync(tmp_path, first)
    path, _ = only_event(tmp_path)
    edit(path, "end: '2025-03-02'", "end: '2025-03-05'")
    sync(tmp_path, first, cand("a2", "2025-02-28", FAIR_LATER, end="2025-03-03"))
    _, event = only_event(tmp_path)
    assert event.end == "2025-03-05"
    assert [source.article for source in event.sources] == ["a1", "a2"]


def test_a_persons_end_is_not_left_before_a_more_precise_date(tmp_path: Path) -> None:
    sync(tmp_path, cand("a1", "2025-02", FAIR))
    path, _ = only_event(tmp_path)
    edit(path, "date: 2025-02\n", "date: 2025-02\nend: '2025-02-05'\n")
    sync(tmp_path, cand("a1", "2025-02", FAIR), cand("a2", "2025-02-20", FAIR_LATER))
    _, event = only_event(tmp_path)
    assert (event.date, event.end) == ("2025-02", "2025-02-05")


def test_no_end_is_added_to_a_date_a_person_changed(tmp_path: Path) -> None:
    sync(tmp_path, cand("a1", "2025-02-28", FAIR))
    path, _ = only_event(tmp_path)
    edit(path, "date: '2025-02-28'", "date: '2025-03-01'")
    sync(tmp_path, cand("a1", "2025-02-28", FAIR, end="2025-03-02"))
    _, event = only_event(tmp_path)
    assert (event.date, event.end) == ("2025-03-01", None)


def test_planned_ends_when_a_report_says_it_happened(tmp_path: Path) -> None:
    announced = cand("a1", "2025-03-24", VOTE, planned=True)
    sync(tmp_path, announced)
    path, _ = only_event(tmp_path)
    assert "uncertain: false\nplanned: true\n" in path.read_text(encoding="utf-8")
    sync(tmp_path, announced, cand("a2", "2025-03-24", VOTE))
    _, event = only_event(tmp_path)
    assert event.planned is False
    assert "planned" not in path.read_text(encoding="utf-8")
    sync(tmp_path, announced)  # a run that sees only the announcement again
    assert only_event(tmp_path)[1].planned is False


def test_a_hand_edited_planned_is_kept(tmp_path: Path) -> None:
    announced = cand("a1", "2025-03-24", VOTE, planned=True)
    sync(tmp_path, announced)
    path, _ = only_event(tmp_path)
    edit(path, "planned: true\n", "")  # the person knows it took place
    sync(tmp_path, announced, cand("a2", "2025-03-24", VOTE, planned=True))
    assert only_event(tmp_path)[1].planned is False


def _state_without_new_fields(events_dir: Path) -> None:
    """The state file as a version before ``end`` and ``planned`` wrote it."""
    path = events_dir / STATE_FILE
    state = json.loads(path.read_text(encoding="utf-8"))
    for record in state["events"].values():
        record["written"].pop("end")
        record["written"].pop("planned")
    path.write_text(json.dumps(state), encoding="utf-8")


def test_an_old_state_file_counts_as_having_written_no_end_and_not_planned(
    tmp_path: Path,
) -> None:
    sync(tmp_path, cand("a1", "2025-02-28", FAIR))
    path, _ = only_event(tmp_path)
    before = path.read_bytes()
    _state_without_new_fields(tmp_path)
    result = sync(tmp_path, cand("a1", "2025-02-28", FAIR))
    assert path.read_bytes() == before and result.updated == []
    _state_without_new_fields(tmp_path)
    sync(tmp_path, cand("a1", "2025-02-28", FAIR, end="2025-03-02", planned=True))
    _, event = only_event(tmp_path)
    assert (event.end, event.planned) == ("2025-03-02", True)


def test_an_old_state_file_still_shows_a_hand_edit(tmp_path: Path) -> None:
    sync(tmp_path, cand("a1", "2025-02-28", FAIR))
    path, _ = only_event(tmp_path)
    _state_without_new_fields(tmp_path)
    edit(path, "date: '2025-02-28'\n", "date: '2025-02-28'\nend: '2025-03-05'\n")
    edit(path, "uncertain: false\n", "uncertain: false\nplanned: true\n")
    sync(tmp_path, cand("a1", "2025-02-28", FAIR, end="2025-03-02"))
    _, event = only_event(tmp_path)
    assert (event.end, event.planned) == ("2025-03-05", True)


def test_the_date_index_finds_every_stored_event_whose_date_is_compatible() -> None:
    import random

    from timeline.happening import dates_compatible
    from timeline.reconcile import _DateIndex, _Stored
    from timeline.store import EventRecord

    rng = random.Random(5)

    def value() -> str:
        year = rng.choice([1999, 2000, 2001])
        kind = rng.randrange(8)
        if kind == 0:
            return f"{year}"
        if kind == 1:
            return f"{year}-{rng.randint(1, 12):02d}"
        if kind == 2:
            return f"{year}-W{rng.randint(1, 53):02d}"
        if kind == 3:
            return f"{year}-Q{rng.randint(1, 4)}"
        if kind == 4:
            return rng.choice(["199", "200", "19", "20", "1999-WI", "2000-SU", "XXXX-12-28"])
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    stored = {
        f"e{number}": _Stored(f"e{number}", EventRecord(file="f", written={"date": value()}))
        for number in range(300)
    }
    index = _DateIndex(stored)
    for _ in range(300):
        wanted = value()
        near = index.near(wanted)
        assert near == sorted(near)
        for event_id, item in stored.items():
            if any(dates_compatible(wanted, date) for date in item.dates()):
                assert event_id in near, (wanted, item.dates())
