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
    assert tally.violations == [], report(tally)


@pytest.mark.slow
def test_forty_rounds_from_a_fixed_seed_keep_the_contract(tmp_path: Path) -> None:
    tally = run_rounds(40, seed=2026, restart=20, root=tmp_path)
    assert tally.rounds == 40 and sum(tally.edits.values()) >= 40
    assert tally.violations == [], report(tally)
