"""The synthetic data of bench/synthetic.py and the arithmetic of bench/site_build.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.site_build import Measurement, Row, parse_sizes, table, verdict
from bench.synthetic import generate
from timeline.articles import load_articles
from timeline.store import load_events
from timeline.timex import parse_value


def test_generate_is_deterministic() -> None:
    first, second = generate(12, seed=3), generate(12, seed=3)
    assert [e.model_dump() for e in first.events] == [e.model_dump() for e in second.events]
    assert [a.markdown() for a in first.articles] == [a.markdown() for a in second.articles]
    other = generate(12, seed=4)
    assert [e.model_dump() for e in other.events] != [e.model_dump() for e in first.events]


def test_written_files_load_without_problems(tmp_path: Path) -> None:
    corpus = generate(60)
    corpus.write(tmp_path)

    loaded = load_events(tmp_path / "events")
    assert loaded.problems == []
    assert len(loaded.events) == 60
    articles, problems = load_articles([tmp_path / "articles"])
    assert problems == []
    assert len(articles) == 20
    by_id = {article.id: article for article in articles}
    for event in corpus.events:
        for source in event.sources:
            # Every citation names an article that says the quote and appeared after the event.
            article = by_id[source.article]
            assert source.quote in (tmp_path / "articles" / f"{article.id}.md").read_text("utf-8")
            assert article.meta.published is not None
            assert parse_value(event.date).first <= article.meta.published


def test_events_spread_over_years_and_precisions() -> None:
    events = generate(300).events
    years = {event.date[:4] for event in events}
    precisions = {parse_value(event.date).precision for event in events}
    assert len(years) > 20
    assert len(precisions) == 4
    assert len({event.id for event in events}) == 300


def test_generate_refuses_zero_events() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        generate(0)


def test_parse_sizes_sorts_and_deduplicates() -> None:
    assert parse_sizes("1000,100,1_000") == [100, 1000]


@pytest.mark.parametrize("text", ["", "ten", "0,5"])
def test_parse_sizes_rejects_bad_lists(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=r"not a list|positive"):
        parse_sizes(text)


def _row(size: int, bare: float, timeline: float, bare_mb: float, timeline_mb: float) -> Row:
    return Row(
        size,
        Measurement(bare, bare, bare_mb, size),
        Measurement(timeline, timeline, timeline_mb, size),
    )


def test_verdict_reports_met_targets_and_linear_growth() -> None:
    rows = [_row(100, 1.0, 1.2, 40, 50), _row(1000, 5.0, 6.0, 50, 65), _row(5000, 23, 27, 100, 140)]
    lines = verdict(rows)
    assert lines[0].startswith("time ratio <= 1.3: wall met (worst 1.20 at 100 events)")
    assert lines[1] == "memory ratio <= 1.5: met (worst 1.40 at 5000 events)"
    assert lines[2].endswith("met (0.98)")
    assert len(table(rows).splitlines()) == 4


def test_verdict_flags_missed_targets_and_superlinear_growth() -> None:
    rows = [_row(100, 1.0, 1.5, 40, 70), _row(1000, 5.0, 6.0, 50, 70), _row(5000, 23, 60, 100, 140)]
    lines = verdict(rows)
    assert "wall MISSED (worst 2.61 at 5000 events)" in lines[0]
    assert lines[1].startswith("memory ratio <= 1.5: MISSED (worst 1.75 at 100 events)")
    assert "MISSED" in lines[2]
