"""Scoring logic of bench/accuracy.py and the TimeML reader, on tiny hand-made inputs."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import accuracy
from bench.accuracy import (
    Counts,
    main,
    match,
    normalize_value,
    prf,
    score_document,
    summary,
)
from bench.tml import Annotation, TmlDocument, TmlError, read_tml


def a(start: int, end: int, value: str = "2010-02-25", type_: str = "DATE") -> Annotation:
    return Annotation(start, end, "", type_, value)


def test_equal_spans_match_strictly_and_relaxed() -> None:
    counts = score_document([a(0, 5)], [a(0, 5)]).counts
    assert (counts.strict, counts.relaxed, counts.value, counts.type) == (1, 1, 1, 1)


def test_overlapping_spans_match_relaxed_only() -> None:
    counts = score_document([a(10, 20)], [a(15, 25)]).counts
    assert (counts.strict, counts.relaxed) == (0, 1)


def test_touching_spans_do_not_overlap() -> None:
    counts = score_document([a(10, 20)], [a(20, 25)]).counts
    assert (counts.strict, counts.relaxed) == (0, 0)


def test_one_system_span_matches_only_one_gold_span() -> None:
    # "25. Februar um 20.30 Uhr" tagged as one expression covers two gold ones.
    gold = [a(0, 11), a(15, 24, "2010-02-25T20:30", "TIME")]
    pairs = match(gold, [a(0, 24)])
    assert pairs == [(0, 0)]
    counts = score_document(gold, [a(0, 24)]).counts
    assert (counts.gold, counts.system, counts.relaxed) == (2, 1, 1)


def test_strict_pairs_are_made_before_overlapping_ones() -> None:
    gold = [a(0, 10), a(5, 10)]
    system = [a(0, 10), a(6, 9)]
    assert match(gold, system) == [(0, 0), (1, 1)]


def test_overlap_prefers_the_largest() -> None:
    gold = [a(10, 20)]
    system = [a(5, 11), a(12, 30)]
    assert match(gold, system) == [(0, 1)]


def test_value_f1_is_accuracy_times_relaxed_f1() -> None:
    # 4 gold, 5 system, 4 relaxed matches of which 3 have the right value.
    gold = [a(0, 4, "2010"), a(10, 14, "2011"), a(20, 24, "2012"), a(30, 34, "2013")]
    system = [
        a(0, 4, "2010"),
        a(10, 14, "2011"),
        a(20, 25, "2012"),
        a(30, 34, "1999"),
        a(40, 44, "2014"),
    ]
    counts = score_document(gold, system).counts
    assert (counts.gold, counts.system, counts.strict, counts.relaxed, counts.value) == (
        4, 5, 3, 4, 3,
    )
    scores = summary(counts)
    assert scores["relaxed"]["precision"] == pytest.approx(4 / 5)
    assert scores["relaxed"]["recall"] == pytest.approx(1.0)
    relaxed_f1 = 2 * 0.8 * 1.0 / 1.8
    assert scores["relaxed"]["f1"] == pytest.approx(relaxed_f1)
    assert scores["value_f1"] == pytest.approx(3 / 4 * relaxed_f1)
    assert scores["strict"]["f1"] == pytest.approx(2 * (3 / 5) * (3 / 4) / (3 / 5 + 3 / 4))


def test_type_f1_counts_type_agreement_of_relaxed_matches() -> None:
    counts = score_document([a(0, 4), a(5, 9)], [a(0, 4, type_="TIME"), a(5, 9)]).counts
    assert counts.type == 1
    assert summary(counts)["type_f1"] == pytest.approx(0.5)


def test_time_values_compare_with_dot_or_colon() -> None:
    assert normalize_value("2010-02-25T20.30") == "2010-02-25T20:30"
    assert normalize_value("2010-02-25T9:05") == "2010-02-25T09:05"
    counts = score_document([a(0, 5, "2010-02-25T20.30")], [a(0, 5, "2010-02-25T20:30")]).counts
    assert counts.value == 1


def test_no_output_scores_zero_without_dividing_by_zero() -> None:
    counts = score_document([a(0, 5)], []).counts
    assert prf(counts.relaxed, counts) == (0.0, 0.0, 0.0)
    assert prf(0, Counts()) == (0.0, 0.0, 0.0)


def test_errors_name_each_kind_of_disagreement() -> None:
    text = "am 25. Februar und 2011 und 1999 und morgen"
    gold = [
        Annotation(3, 14, text[3:14], "DATE", "2010-02-25"),
        Annotation(19, 23, "2011", "DATE", "2011"),
        Annotation(28, 32, "1999", "DATE", "1999"),
    ]
    system = [
        Annotation(0, 14, text[0:14], "DATE", "2010-02-25"),
        Annotation(19, 23, "2011", "DURATION", "P1Y"),
        Annotation(37, 43, "morgen", "DATE", "2010-02-21"),
    ]
    errors = score_document(gold, system, text, "doc.tml").errors
    assert [(e.kind, e.text) for e in errors] == [
        ("span", "am 25. Februar"),
        ("value", "2011"),
        ("type", "2011"),
        ("missed", "1999"),
        ("false positive", "morgen"),
    ]
    assert errors[1].gold == "2011"
    assert errors[1].system == "P1Y"
    assert errors[0].document == "doc.tml"


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20" functionInDocument="CREATION_TIME">\
2010-02-20</TIMEX3></DCT>
<TEXT>
A &amp; B laden am <TIMEX3 tid="t2" type="DATE" value="2010-02-25">Donnerstag, \
<EVENT eid="e1">25.</EVENT> Februar</TIMEX3> um <TIMEX3 tid="t4" type="TIME" \
value="2010-02-25T20.30">20.30 Uhr</TIMEX3> ein.<TIMEX3 tid="t9" type="DATE" value="2011" />
</TEXT>
</TimeML>
"""


def test_read_tml_text_offsets_and_dct(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    document = read_tml(path)
    assert document.dct == date(2010, 2, 20)
    assert document.text == "\nA & B laden am Donnerstag, 25. Februar um 20.30 Uhr ein.\n"
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Donnerstag, 25. Februar", "DATE", "2010-02-25"),
        ("20.30 Uhr", "TIME", "2010-02-25T20.30"),
    ]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text


def test_read_tml_without_dct_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text("<TimeML><TEXT>x</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(TmlError, match="DCT"):
        read_tml(path)


def test_missing_corpora_folder_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--corpus", "krauts", "--corpora", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert "no .tml files" in err


def test_counts_by_type() -> None:
    gold = [a(0, 4), a(10, 14, "P3D", "DURATION"), a(20, 24, "2010-02-25T20:30", "TIME")]
    system = [a(0, 4), a(10, 15, "P2D", "DURATION"), a(30, 34, "P1W", "DURATION")]
    by_type = score_document(gold, system).by_type
    assert {name: asdict(counts) for name, counts in by_type.items()} == {
        "DATE": {"gold": 1, "found": 1, "strict": 1, "value": 1, "system": 1,
                 "false_positives": 0},
        "DURATION": {"gold": 1, "found": 1, "strict": 0, "value": 0, "system": 2,
                     "false_positives": 1},
        "TIME": {"gold": 1, "found": 0, "strict": 0, "value": 0, "system": 0,
                 "false_positives": 0},
    }


def test_whole_run_on_a_tiny_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "krauts-dolomiten-42"
    folder.mkdir()
    (folder / "doc.tml").write_text(TML, encoding="utf-8")

    def system(document: TmlDocument, lang: str) -> list[Annotation]:
        assert lang == "de"
        first = document.timexes[0]
        # Right span with a wrong value, and one false positive on "laden".
        laden = document.text.index("laden")
        return [
            Annotation(first.start, first.end, first.text, "DATE", "2010-02-26"),
            Annotation(laden, laden + 5, "laden", "DATE", "2010"),
        ]

    monkeypatch.setattr(accuracy, "system_annotations", system)
    assert main(["--corpus", "krauts", "--corpora", str(tmp_path), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)["krauts"]
    assert (data["docs"], data["gold"], data["system"], data["strict"]["f1"]) == (1, 2, 2, 0.5)
    assert data["value_f1"] == 0.0
    assert data["type_f1"] == 0.5
    assert [e["kind"] for e in data["errors"]] == ["false positive", "value", "missed"]
    assert data["heideltime"]["relaxed_f1"] == 0.831

    assert main(["--corpus", "krauts", "--corpora", str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert (
        "krauts-dolomiten-42/doc.tml:7-12: false positive: 'laden' gold=- system=DATE 2010"
    ) in out
    assert "missed: 1, false positive: 1, span: 0, value: 1, type: 0" in out
    row = "krauts          1     2     2  0.500 0.500 0.500  0.500 0.500 0.500  0.000  0.500"
    assert row in out.splitlines()


def test_dateparser_baseline_gets_offsets_and_day_values() -> None:
    from datetime import date
    from pathlib import Path

    from bench.accuracy import dateparser_annotations
    from bench.tml import TmlDocument

    document = TmlDocument(
        path=Path("x.tml"), dct=date(2024, 1, 10),
        text="Der Angriff war am 30. Dezember 2023 in Kiew.", timexes=(),
    )
    found = dateparser_annotations(document, "de")
    # dateparser's span is its own ("am 30. Dezember 2023 in"); only its offsets are ours.
    assert [a.value for a in found] == ["2023-12-30"]
    assert document.text[found[0].start:found[0].end] == found[0].text
    assert "30. Dezember 2023" in found[0].text
