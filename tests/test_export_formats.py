"""``timeline export --format json|csv|ics|timelinejs``, each parsed back by its own library."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from icalendar import Calendar, Component

from timeline.cli import main
from timeline.export.table import COLUMNS

MKDOCS = """site_name: Test
plugins:
  - timeline:
      language: de
"""

ARTICLES = {
    "zeit": """---
id: zeit
title: Nordkorea liefert Raketen
publisher: Die Zeit
author: Anna Beispiel
url: https://www.zeit.example/raketen
published: 2024-01-10
language: de
---
Russland griff am 2. Januar 2024 Kiew an.
""",
    "notiz": """---
id: notiz
published: 2025-02-01
language: de
---
Die Messe ist vom 28. Februar bis 2. März 2025 geplant.
""",
}

EVENTS = {
    "angriff": """\
id: angriff
date: '2024-01-02'
title: Russland greift Kiew an <mit Raketen>
summary: Der größte Angriff seit Wochen.
tags: [Krieg, Raketen]
status: confirmed
key: true
sources:
- article: zeit
  quote: Russland griff am 2. Januar 2024 Kiew an.
  date_text: am 2. Januar 2024
""",
    "gipfel": """\
id: gipfel
date: 2023-09
title: Gipfel im Fernen Osten
uncertain: true
sources:
- article: zeit
  quote: Im September 2023 trafen sich Putin und Kim.
""",
    "messe": """\
id: messe
date: '2025-02-28'
end: '2025-03-02'
title: Messe in Leipzig
planned: true
tags: [Wirtschaft]
sources:
- article: notiz
  quote: Die Messe ist vom 28. Februar bis 2. März 2025 geplant.
  date_text: vom 28. Februar bis 2. März 2025
- article: zeit
  quote: Auch die Messe findet statt.
""",
    "atomtest": """\
id: atomtest
date: '2006'
title: Erster Atomtest
sources:
- article: zeit
  quote: Im Jahr 2006 testete Nordkorea eine Atombombe.
""",
    "woche": """\
id: woche
date: 2024-W01
title: Erklärung des Weißen Hauses
sources:
- article: zeit
  quote: In der ersten Januarwoche äußerte sich das Weiße Haus.
""",
    "verworfen": """\
id: verworfen
date: '2024-01-05'
title: Kein Ereignis
status: rejected
sources:
- article: zeit
  quote: Russland griff am 2. Januar 2024 Kiew an.
""",
}

# The week 2024-W01 begins on Monday, January 1.
IN_DATE_ORDER = ["atomtest", "gipfel", "woche", "angriff", "messe"]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    for folder, files in (("articles", ARTICLES), ("events", EVENTS)):
        (tmp_path / folder).mkdir()
        for name, text in files.items():
            suffix = "md" if folder == "articles" else "yml"
            (tmp_path / folder / f"{name}.{suffix}").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def export(*args: str) -> Result:
    result = CliRunner().invoke(main, ["export", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return result


def test_json_has_every_event_and_article_field(project: Path) -> None:
    document = json.loads(export("--format", "json").stdout)
    events = {event["id"]: event for event in document["events"]}
    assert [event["id"] for event in document["events"]] == IN_DATE_ORDER
    assert events["angriff"] == {
        "id": "angriff",
        "date": "2024-01-02",
        "end": None,
        "title": "Russland greift Kiew an <mit Raketen>",
        "summary": "Der größte Angriff seit Wochen.",
        "tags": ["Krieg", "Raketen"],
        "status": "confirmed",
        "uncertain": False,
        "planned": False,
        "key": True,
        "importance": 1.0,
        "sources": [
            {"article": "zeit", "quote": "Russland griff am 2. Januar 2024 Kiew an.",
             "date_text": "am 2. Januar 2024"},
        ],
    }
    assert (events["gipfel"]["uncertain"], events["gipfel"]["status"]) == (True, "candidate")
    assert (events["gipfel"]["key"], events["gipfel"]["summary"]) == (None, None)
    assert (events["messe"]["end"], events["messe"]["planned"]) == ("2025-03-02", True)
    assert document["articles"] == [
        {"id": "notiz", "title": None, "publisher": None, "author": None, "url": None,
         "published": "2025-02-01", "language": "de"},
        {"id": "zeit", "title": "Nordkorea liefert Raketen", "publisher": "Die Zeit",
         "author": "Anna Beispiel", "url": "https://www.zeit.example/raketen",
         "published": "2024-01-10", "language": "de"},
    ]


def test_json_is_the_default_format(project: Path) -> None:
    assert export().stdout == export("--format", "json").stdout


def test_csv_has_one_row_per_event(project: Path) -> None:
    text = export("--format", "csv").stdout
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = {row["id"]: row for row in reader}
    assert list(rows) == IN_DATE_ORDER
    attack = rows["angriff"]
    assert attack["tags"].split("\n") == ["Krieg", "Raketen"]
    assert (attack["status"], attack["key"], attack["uncertain"]) == ("confirmed", "true", "false")
    assert (attack["first_day"], attack["last_day"]) == ("2024-01-02", "2024-01-02")
    assert attack["urls"] == "https://www.zeit.example/raketen"
    assert attack["publishers"] == "Die Zeit"
    assert float(attack["importance"]) == 1.0
    fair = rows["messe"]
    assert (fair["date"], fair["end"], fair["planned"]) == ("2025-02-28", "2025-03-02", "true")
    assert (fair["first_day"], fair["last_day"]) == ("2025-02-28", "2025-03-02")
    # The n-th line of each source column belongs to the same source.
    assert fair["articles"].split("\n") == ["notiz", "zeit"]
    assert fair["urls"].split("\n") == ["", "https://www.zeit.example/raketen"]
    assert fair["quotes"].split("\n")[1] == "Auch die Messe findet statt."
    assert fair["date_texts"].split("\n") == ["vom 28. Februar bis 2. März 2025", ""]
    summit = rows["gipfel"]
    assert (summit["first_day"], summit["last_day"]) == ("2023-09-01", "2023-09-30")
    assert (summit["end"], summit["key"], summit["summary"]) == ("", "", "")


def vevents(data: bytes) -> dict[str, Component]:
    calendar = Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_ics_has_one_all_day_event_per_event(project: Path) -> None:
    found = vevents(export("--format", "ics").stdout_bytes)
    assert list(found) == [f"{event_id}@news-timeline" for event_id in IN_DATE_ORDER]

    def days(event_id: str) -> tuple[date, date]:
        event = found[f"{event_id}@news-timeline"]
        return event.decoded("DTSTART"), event.decoded("DTEND")

    # DTEND is exclusive: the day after the last day.
    assert days("angriff") == (date(2024, 1, 2), date(2024, 1, 3))
    assert days("messe") == (date(2025, 2, 28), date(2025, 3, 3))
    assert days("gipfel") == (date(2023, 9, 1), date(2023, 10, 1))
    assert days("atomtest") == (date(2006, 1, 1), date(2007, 1, 1))
    assert days("woche") == (date(2024, 1, 1), date(2024, 1, 8))
    attack = found["angriff@news-timeline"]
    assert str(attack["SUMMARY"]) == "Russland greift Kiew an <mit Raketen>"
    assert str(attack["STATUS"]) == "CONFIRMED"
    assert str(attack["URL"]) == "https://www.zeit.example/raketen"
    assert list(attack["CATEGORIES"].cats) == ["Krieg", "Raketen"]
    description = str(attack["DESCRIPTION"])
    assert description.startswith("Der größte Angriff seit Wochen.\n")
    assert "Die Zeit, Nordkorea liefert Raketen, 2024-01-10: „" not in description
    assert "Die Zeit, Nordkorea liefert Raketen, 2024-01-10: “Russland griff" in description


def test_ics_uids_are_stable_and_output_goes_to_a_file(project: Path) -> None:
    first = vevents(export("--format", "ics").stdout_bytes)
    target = project / "chronik.ics"
    assert export("--format", "ics", "--output", str(target)).stdout == ""
    assert list(vevents(target.read_bytes())) == list(first)


def test_timelinejs_slides_at_the_event_precision(project: Path) -> None:
    document = json.loads(export("--format", "timelinejs").stdout)
    assert list(document) == ["events"]
    slides = {slide["unique_id"]: slide for slide in document["events"]}
    assert list(slides) == IN_DATE_ORDER
    assert slides["atomtest"]["start_date"] == {"year": "2006"}
    assert "end_date" not in slides["atomtest"]
    assert slides["gipfel"]["start_date"] == {"year": "2023", "month": "9"}
    assert slides["angriff"]["start_date"] == {"year": "2024", "month": "1", "day": "2"}
    assert slides["woche"]["start_date"] == {"year": "2024", "month": "1", "day": "1"}
    assert slides["woche"]["end_date"] == {"year": "2024", "month": "1", "day": "7"}
    assert slides["messe"]["end_date"] == {"year": "2025", "month": "3", "day": "2"}
    attack = slides["angriff"]
    assert attack["group"] == "Krieg"
    assert "group" not in slides["gipfel"]
    assert attack["text"]["headline"] == "Russland greift Kiew an &lt;mit Raketen&gt;"
    assert attack["text"]["text"] == (
        "<p>Der größte Angriff seit Wochen.</p>"
        '<p><a href="https://www.zeit.example/raketen">Die Zeit</a>: '
        "“Russland griff am 2. Januar 2024 Kiew an.”</p>"
    )
    for slide in document["events"]:
        assert set(slide) <= {"start_date", "end_date", "text", "group", "unique_id"}
        for key in ("start_date", "end_date"):
            assert all(isinstance(value, str) for value in slide.get(key, {}).values())


def test_an_unknown_format_is_refused(project: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--format", "xml"])
    assert result.exit_code == 2
    assert "'xml' is not one of 'json', 'csv', 'ics', 'timelinejs'" in result.output


def test_the_readme_documents_every_format_and_field(project: Path) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exports (`timeline export`)")[1].split("\n### ")[0]
    assert "[--format json|csv|ics|timelinejs] [--output FILE]" in section
    document = json.loads(export().stdout)
    fields = {*document["events"][0], *document["articles"][0], *COLUMNS}
    fields |= set(document["events"][0]["sources"][0])
    assert [field for field in sorted(fields) if f"`{field}`" not in section] == []
