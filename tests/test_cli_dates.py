"""``timeline dates``: table, --json, --jsonl and every kind of bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import dates as dates_cli
from timeline.cli import main
from timeline.dates import Timex, TimexType

GERMAN = "Die Wahl fand am 30. Dezember 2023 statt.\n"
ENGLISH = "The vote was held on December 30, 2023.\n"


def run(args: list[str], stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["dates", *args], input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def fake_tag(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, date | None]]:
    """Replace the tagger by one that marks every "30. Dezember 2023" and records its calls."""
    calls: list[tuple[str, str, date | None]] = []

    def tag(text: str, lang: str, dct: date | None) -> list[Timex]:
        calls.append((text, lang, dct))
        found = []
        needle = "30. Dezember 2023"
        start = text.find(needle)
        if start != -1:
            found.append(
                Timex(start, start + len(needle), needle, TimexType.DATE, "2023-12-30")
            )
        start = text.find("letzte Woche")
        if start != -1:
            found.append(
                Timex(start, start + 12, "letzte Woche", TimexType.DATE, "2024-W01", True)
            )
        return found

    monkeypatch.setattr(dates_cli, "tag", tag)
    return calls


@pytest.fixture
def german_file(tmp_path: Path) -> Path:
    path = tmp_path / "artikel.txt"
    path.write_text("Am 30. Dezember 2023 und\nletzte Woche.", encoding="utf-8")
    return path


def test_table(fake_tag: list[tuple[str, str, date | None]], german_file: Path) -> None:
    code, out, err = run([str(german_file), "--lang", "de", "--dct", "2024-01-10"])
    assert (code, err) == (0, "")
    assert out == (
        "text               type  value       offsets\n"
        "30. Dezember 2023  DATE  2023-12-30  3-20\n"
        "letzte Woche       DATE  2024-W01    25-37\n"
    )
    assert fake_tag == [(german_file.read_text(encoding="utf-8"), "de", date(2024, 1, 10))]


def test_table_without_results(fake_tag: list[tuple[str, str, date | None]]) -> None:
    assert run(["-", "--lang", "en"], "nothing here") == (0, "no temporal expressions found\n", "")


def test_json(fake_tag: list[tuple[str, str, date | None]], german_file: Path) -> None:
    code, out, _ = run([str(german_file), "--lang", "de", "--dct", "2024-01-10", "--json"])
    assert code == 0
    assert json.loads(out) == [
        {"start": 3, "end": 20, "text": "30. Dezember 2023", "type": "DATE",
         "value": "2023-12-30", "precision": "day"},
        {"start": 25, "end": 37, "text": "letzte Woche", "type": "DATE",
         "value": "2024-W01", "precision": "week"},
    ]


def test_stdin_file_and_missing_dct(fake_tag: list[tuple[str, str, date | None]]) -> None:
    code, out, _ = run(["-", "--lang", "de", "--json"], "Am 30. Dezember 2023.")
    assert code == 0
    assert [t["text"] for t in json.loads(out)] == ["30. Dezember 2023"]
    assert fake_tag == [("Am 30. Dezember 2023.", "de", None)]


def test_language_defaults_to_the_project_setting(
    fake_tag: list[tuple[str, str, date | None]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\nplugins:\n  - timeline:\n      language: en\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    assert run(["-"], "text")[0] == 0
    assert fake_tag[0][1] == "en"


def test_jsonl(fake_tag: list[tuple[str, str, date | None]]) -> None:
    lines = [
        {"id": "a", "text": "Am 30. Dezember 2023 und letzte Woche", "dct": "2024-01-10",
         "lang": "de"},
        {"id": 7, "text": "", "dct": None, "lang": "en"},
        {"id": "c", "text": "Wählt am 30. Dezember 2023", "dct": "2024-01-10T08:00:00",
         "lang": "de"},
    ]
    code, out, err = run(["--jsonl"], "".join(json.dumps(line) + "\n" for line in lines))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        '{"id": "a", "timexes": [{"start": 3, "end": 20, "text": "30. Dezember 2023", '
        '"type": "DATE", "value": "2023-12-30"}, {"start": 25, "end": 37, '
        '"text": "letzte Woche", "type": "DATE", "value": "2024-W01"}]}',
        '{"id": 7, "timexes": []}',
        '{"id": "c", "timexes": [{"start": 9, "end": 26, "text": "30. Dezember 2023", '
        '"type": "DATE", "value": "2023-12-30"}]}',
    ]
    assert [call[2] for call in fake_tag] == [date(2024, 1, 10), None, date(2024, 1, 10)]


def test_jsonl_offsets_count_characters_not_bytes(
    fake_tag: list[tuple[str, str, date | None]],
) -> None:
    text = "Überraschung: 30. Dezember 2023 \U0001f600"
    line = json.dumps({"id": 1, "text": text, "dct": "2024-01-10", "lang": "de"})
    out = json.loads(run(["--jsonl"], line + "\n")[1])
    timex = out["timexes"][0]
    assert text[timex["start"] : timex["end"]] == "30. Dezember 2023"


def test_jsonl_bad_lines_are_reported_and_skipped(
    fake_tag: list[tuple[str, str, date | None]],
) -> None:
    good = '{"id": "ok", "text": "am 30. Dezember 2023", "dct": "2024-01-10", "lang": "de"}'
    stdin = "\n".join(
        [
            good,
            "{not json",
            '{"id": "x", "text": "t", "lang": "de"}',
            '{"id": "y", "text": "t", "dct": "2024-02-30", "lang": "de"}',
            '{"id": "z", "text": "t", "dct": "2024-01-10", "lang": "fr"}',
            "[1, 2]",
            '{"id": "n", "text": 5, "dct": null, "lang": "de"}',
            "",
            good.replace('"ok"', '"ok2"'),
        ]
    )
    code, out, err = run(["--jsonl"], stdin + "\n")
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok", "ok2"]
    assert err.splitlines() == [
        "line 2: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        "line 3: missing key 'dct'",
        "line 4: invalid 'dct': '2024-02-30' is not a date (expected YYYY-MM-DD, e.g. 2024-01-10)",
        "line 5: unknown language 'fr' (supported: de, en)",
        'line 6: expected a JSON object {"id", "text", "dct", "lang"}',
        "line 7: 'text' must be a string",
        "Error: 6 of 8 input lines were bad and skipped",
    ]


def test_jsonl_line_that_is_not_utf8(fake_tag: list[tuple[str, str, date | None]]) -> None:
    good = b'{"id": 1, "text": "x", "dct": null, "lang": "de"}\n'
    code, out, err = run(["--jsonl"], b"\xff\xfe bad\n" + good)
    assert code == 1
    assert out == '{"id": 1, "timexes": []}\n'
    assert err.splitlines()[0] == "line 1: not UTF-8 text (byte 0)"


def test_jsonl_survives_a_failing_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    def tag(text: str, lang: str, dct: date | None) -> list[Timex]:
        if text == "boom":
            raise RuntimeError("rule broke")
        return []

    monkeypatch.setattr(dates_cli, "tag", tag)
    stdin = "".join(
        json.dumps({"id": i, "text": text, "dct": None, "lang": "de"}) + "\n"
        for i, text in enumerate(["boom", "fine"])
    )
    code, out, err = run(["--jsonl"], stdin)
    assert (code, out) == (1, '{"id": 1, "timexes": []}\n')
    assert err.splitlines()[0] == "line 1: tagging failed: RuntimeError: rule broke"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["-", "--lang", "fr"], "x", "Error: unknown language 'fr' (supported: de, en)\n"),
        (
            ["-", "--lang", "de", "--dct", "10.01.2024"],
            "x",
            "Error: invalid --dct: '10.01.2024' is not a date (expected YYYY-MM-DD,"
            " e.g. 2024-01-10)\n",
        ),
        (["-", "--lang", "de"], b"\x00\x01binary", "Error: <stdin>: input is binary, not text\n"),
        (
            ["-", "--lang", "de"],
            "Gr\u00fc\u00dfe".encode("latin-1"),
            "Error: <stdin>: input is not UTF-8 text (byte 2)\n",
        ),
        ([], None, "Error: give a FILE to tag (- for stdin) or use --jsonl\n"),
        (
            ["-", "--jsonl"],
            "",
            "Error: --jsonl reads everything from stdin: give no FILE, --lang, --dct or --json\n",
        ),
    ],
)
def test_bad_input_is_one_line(
    fake_tag: list[tuple[str, str, date | None]],
    args: list[str],
    stdin: str | bytes | None,
    message: str,
) -> None:
    assert run(args, stdin) == (1, "", message)
    assert fake_tag == []


def test_bad_files(fake_tag: list[tuple[str, str, date | None]], tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("März".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    assert run([str(binary), "--lang", "de"]) == (
        1, "", f"Error: {binary}: file is binary, not text\n"
    )
    assert run([str(latin), "--lang", "de"]) == (
        1, "", f"Error: {latin}: file is not UTF-8 text (byte 1)\n"
    )
    assert run([str(missing), "--lang", "de"]) == (
        1, "", f"Error: {missing}: cannot read: No such file or directory\n"
    )
    assert run([str(tmp_path), "--lang", "de"]) == (
        1, "", f"Error: {tmp_path}: is a folder, not a file\n"
    )
    assert fake_tag == []


def test_empty_file_gives_an_empty_result(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert run([str(empty), "--lang", "de", "--json"]) == (0, "[]\n", "")


# With the real German and English rules.


def test_real_german_full_date() -> None:
    code, out, _ = run(["-", "--lang", "de", "--dct", "2024-01-10"], GERMAN)
    assert code == 0
    assert out == (
        "text               type  value       offsets\n"
        "30. Dezember 2023  DATE  2023-12-30  17-34\n"
    )


def test_real_english_full_date_jsonl() -> None:
    line = json.dumps({"id": "en1", "text": ENGLISH, "dct": "2024-01-10", "lang": "en"})
    code, out, _ = run(["--jsonl"], line + "\n")
    assert code == 0
    assert json.loads(out) == {
        "id": "en1",
        "timexes": [
            {"start": 21, "end": 38, "text": "December 30, 2023", "type": "DATE",
             "value": "2023-12-30"}
        ],
    }


def test_real_german_without_dct_leaves_the_year_unresolved() -> None:
    code, out, _ = run(["-", "--lang", "de", "--json"], "Sie wählten am 30. Dezember.")
    assert code == 0
    assert [(t["text"], t["value"]) for t in json.loads(out)] == [("30. Dezember", "XXXX-12-30")]
