"""``timeline dates``: tag the temporal expressions of a text.

Two modes:

* ``timeline dates FILE [--lang de] [--dct 2024-01-10] [--json]`` tags one
  text file (``-`` reads stdin) and prints a table, or with ``--json`` a JSON
  list of ``{"start", "end", "text", "type", "value", "precision"}``.
* ``timeline dates --jsonl`` reads JSON lines ``{"id", "text", "dct", "lang"}``
  on stdin and writes one line ``{"id", "timexes": [{"start", "end", "text",
  "type", "value"}]}`` per input line, flushed at once, offsets in characters of
  ``text``. Outside evaluations read this format: keep it exactly so. A bad
  line (invalid JSON or UTF-8, a missing key, an unknown language, a bad DCT)
  gets no output line; it is reported on stderr as ``line N: problem``, the
  remaining lines are still tagged and the exit status is 1 at the end.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import click

from timeline.dates import SUPPORTED_LANGUAGES, Timex, UnknownLanguageError, tag
from timeline.settings import load_settings
from timeline.yamlio import decode_text, read_text

JSONL_KEYS = ("id", "text", "dct", "lang")


class BadRecord(ValueError):
    """A JSON line that cannot be tagged."""


def parse_dct(text: str) -> date:
    """A document creation time ``YYYY-MM-DD`` (an ISO date-time is cut to its date)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"{text!r} is not a date (expected YYYY-MM-DD, e.g. 2024-01-10)") from None


def check_language(lang: str) -> str:
    if lang not in SUPPORTED_LANGUAGES:
        raise UnknownLanguageError(lang)
    return lang


def read_input(file: str) -> str:
    """The text of ``file`` (``-`` = stdin), checked to be UTF-8 text."""
    if file == "-":
        data = sys.stdin.buffer.read()
        try:
            return decode_text(data)
        except ValueError as error:
            message = str(error).replace("file", "input", 1)
            raise click.ClickException(f"<stdin>: {message}") from None
    path = Path(file)
    try:
        return read_text(path)
    except IsADirectoryError:
        raise click.ClickException(f"{file}: is a folder, not a file") from None
    except OSError as error:
        raise click.ClickException(f"{file}: cannot read: {error.strerror or error}") from None
    except ValueError as error:
        raise click.ClickException(f"{file}: {error}") from None


def render_table(timexes: list[Timex]) -> str:
    """An aligned table: text, type, value, offsets."""
    if not timexes:
        return "no temporal expressions found"
    rows = [("text", "type", "value", "offsets")]
    for timex in timexes:
        rows.append(
            (
                " ".join(timex.text.split()),
                timex.type.value,
                timex.value,
                f"{timex.start}-{timex.end}",
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True))
        + "  "
        + row[3]
        for row in rows
    )


def timex_json(timex: Timex) -> dict[str, Any]:
    return {
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type.value,
        "value": timex.value,
        "precision": timex.precision,
    }


def tag_record(line: str) -> dict[str, Any]:
    """Tag one JSON line of ``--jsonl`` input; raise BadRecord naming the problem."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadRecord(f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(record, dict):
        raise BadRecord("expected a JSON object {\"id\", \"text\", \"dct\", \"lang\"}")
    missing = [key for key in JSONL_KEYS if key not in record]
    if missing:
        raise BadRecord("missing key " + ", ".join(repr(key) for key in missing))
    text, dct_text, lang = record["text"], record["dct"], record["lang"]
    if not isinstance(text, str):
        raise BadRecord("'text' must be a string")
    if not isinstance(lang, str):
        raise BadRecord("'lang' must be a string")
    if dct_text is not None and not isinstance(dct_text, str):
        raise BadRecord("'dct' must be a date string like 2024-01-10 or null")
    try:
        check_language(lang)
    except ValueError as error:
        raise BadRecord(str(error)) from None
    try:
        dct = parse_dct(dct_text) if dct_text else None
    except ValueError as error:
        raise BadRecord(f"invalid 'dct': {error}") from None
    timexes = tag(text, lang, dct)
    return {
        "id": record["id"],
        "timexes": [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type.value,
                "value": t.value,
            }
            for t in timexes
        ],
    }


def run_jsonl(source: IO[bytes], sink: IO[bytes], errors: IO[str]) -> tuple[int, int]:
    """Tag every line of ``source``; return (records read, bad records)."""
    records = bad = 0
    for number, raw in enumerate(source, start=1):
        if not raw.strip():
            continue
        records += 1
        try:
            result = tag_record(_decode_line(raw, number))
        except BadRecord as error:
            problem = str(error)
        except Exception as error:
            # One text that trips a rule must not cost the results of all the others.
            problem = f"tagging failed: {type(error).__name__}: {error}"
        else:
            out = json.dumps(result, ensure_ascii=False) + "\n"
            # A lone surrogate from a JSON escape comes out as the same escape.
            sink.write(out.encode("utf-8", "backslashreplace"))
            sink.flush()
            continue
        bad += 1
        errors.write(f"line {number}: {problem}\n")
        errors.flush()
    return records, bad


def _decode_line(raw: bytes, number: int) -> str:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadRecord(f"not UTF-8 text (byte {error.start})") from None
    return line.removeprefix("\ufeff") if number == 1 else line


@click.command("dates")
@click.argument("file", required=False)
@click.option("--lang", help="Language of FILE: de or en (default: the project's language).")
@click.option("--dct", "dct_text", metavar="YYYY-MM-DD",
              help="Publication date that relative dates are resolved against.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option("--jsonl", is_flag=True,
              help="Read JSON lines {id, text, dct, lang} on stdin, write one result per line.")
def dates_command(
    file: str | None, lang: str | None, dct_text: str | None, as_json: bool, jsonl: bool
) -> None:
    """Find dates and other temporal expressions in FILE (- for stdin).

    Without --dct, expressions that need the publication date ("gestern",
    "am Dienstag", "30. Dezember") keep unresolved values such as XXXX-12-30.

    With --jsonl, each stdin line {"id", "text", "dct", "lang"} (all four keys
    required; "dct" may be null) gives exactly one output line
    {"id", "timexes": [{"start", "end", "text", "type", "value"}]}. A bad line
    gives no output line: it is reported on stderr with its line number, the
    other lines are still tagged, and the exit status is 1. Blank lines are
    skipped.
    """
    if jsonl:
        if file is not None or as_json or lang or dct_text:
            raise click.ClickException(
                "--jsonl reads everything from stdin: give no FILE, --lang, --dct or --json"
            )
        records, bad = run_jsonl(
            sys.stdin.buffer, sys.stdout.buffer, sys.stderr
        )
        if bad:
            raise click.ClickException(f"{bad} of {records} input lines were bad and skipped")
        return
    if file is None:
        raise click.ClickException("give a FILE to tag (- for stdin) or use --jsonl")
    try:
        language = check_language(lang or _project_language())
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    try:
        dct = parse_dct(dct_text) if dct_text is not None else None
    except ValueError as error:
        raise click.ClickException(f"invalid --dct: {error}") from None
    timexes = tag(read_input(file), language, dct)
    if as_json:
        click.echo(json.dumps([timex_json(t) for t in timexes], ensure_ascii=False, indent=2))
    else:
        click.echo(render_table(timexes))


def _project_language() -> str:
    return load_settings().language


COMMANDS: list[click.Command] = [dates_command]
