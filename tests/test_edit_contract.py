"""The edit contract as a property (issue 11): whatever the articles and the hand edits, no
hand edit is undone, no deleted or rejected event comes back, every event file loads, and a
run without edits rewrites nothing. The rounds are those of ``bench/contract.py``, which
runs a thousand of them."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.contract import ContractRun, Tally, report, run_rounds
from timeline.extract import extract


def unexpected(tally: Tally) -> list[str]:
    return list(tally.violations)


@settings(max_examples=10, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_rounds_of_article_changes_and_hand_edits_keep_the_contract(
    rng: random.Random,
) -> None:
    tally = Tally()
    with tempfile.TemporaryDirectory() as folder:
        project = ContractRun(Path(folder) / "project", rng, tally)
        for _ in range(2):
            project.round()
    assert unexpected(tally) == [], report(tally)


@pytest.mark.slow
def test_forty_rounds_from_a_fixed_seed_keep_the_contract(tmp_path: Path) -> None:
    tally = run_rounds(40, seed=2026, restart=20, root=tmp_path)
    assert tally.rounds == 40 and sum(tally.edits.values()) >= 40
    assert unexpected(tally) == [], report(tally)


def article(text: str, article_id: str) -> str:
    return f"---\nid: {article_id}\npublished: 2024-03-10\nlanguage: de\n---\n{text}\n"


def test_a_comment_stays_when_a_new_source_makes_the_date_more_precise(tmp_path: Path) -> None:
    articles, events = tmp_path / "articles", tmp_path / "events"
    articles.mkdir()
    (articles / "a1.md").write_text(article(
        "Die Polizei räumte im Mai 2023 das Lager am Fluss in Köln.", "a1"), encoding="utf-8")
    extract([articles], events, jobs=1)
    (path,) = events.glob("*.yml")
    with path.open("a", encoding="utf-8") as file:
        file.write("# Notiz: Zahl der Räumungen nachfragen\n")
    (articles / "a2.md").write_text(article(
        "Die Polizei räumte am 12. Mai 2023 das Lager am Fluss in Köln.", "a2"), encoding="utf-8")
    summary = extract([articles], events, jobs=1)
    assert summary.updated == [path.stem]
    text = path.read_text(encoding="utf-8")
    assert "date: '2023-05-12'" in text
    assert "# Notiz: Zahl der Räumungen nachfragen" in text
