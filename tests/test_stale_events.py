"""Stale events: an article's text, date or presence changes, and `timeline extract` is run
again (full and incremental runs); hand-edited events stay and `timeline check` names the
quotes that went."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from timeline.cli import main
from timeline.store import load_events

MKDOCS = """site_name: Test
plugins:
  - timeline:
      events: events
      articles: articles
      language: en
"""

STRIKE = """---
id: strike
published: 2024-03-10
language: en
---
Port workers walked out on 4 March 2024, the union said.

The harbour reopened on 8 March 2024 after talks.
"""

UNION = """---
id: union
published: 2024-03-12
language: en
---
The strike began on 4 March 2024 when port workers walked out, the union said.

Talks with the employers resumed on 6 March 2024 in Rotterdam.
"""

QUEUE = """Talks with the employers stalled again on Tuesday, March 4, 2025.
Ships queued outside the harbour on Monday, the union said.
"""

# Articles that share no day with the others: an incremental run re-reads one of them.
OTHERS = {
    f"other{number}": f"""---
id: other{number}
published: 2023-0{number}-20
language: en
---
The ferry company cancelled its crossings on {number} {month} 2023, a spokesman said.
"""
    for number, month in zip(range(1, 7), ["January", "February", "March", "April", "May",
                                            "June"], strict=True)
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    write(tmp_path, "strike.md", STRIKE)
    write(tmp_path, "union.md", UNION)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(project: Path, name: str, text: str) -> Path:
    path = project / "articles" / name
    path.write_text(text, encoding="utf-8")
    return path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def extract(*args: str) -> Result:
    result = invoke("extract", *args)
    assert result.exit_code == 0, result.output
    return result


def chronology(project: Path) -> dict[str, list[tuple[str, str]]]:
    """date -> the (article, quote) of every source, over all events of that date."""
    found: dict[str, list[tuple[str, str]]] = {}
    for loaded in load_events(project / "events").events:
        found.setdefault(loaded.event.date, []).extend(
            (source.article, source.quote) for source in loaded.event.sources
        )
    return found


def event_file(project: Path, date_value: str) -> Path:
    (path,) = (project / "events").glob(f"{date_value}-*.yml")
    return path


def test_a_changed_text_takes_its_old_events_and_sources_along(project: Path) -> None:
    extract()
    assert set(chronology(project)) == {"2024-03-04", "2024-03-06", "2024-03-08"}
    write(project, "strike.md", STRIKE.replace(
        "Port workers walked out on 4 March 2024, the union said.", "Port workers walked out."
    ).replace("8 March 2024", "9 March 2024"))
    result = extract()
    assert "Removed 1 unedited event(s)" in result.output
    assert chronology(project) == {
        "2024-03-04": [("union", "The strike began on 4 March 2024 when port workers walked "
                                 "out, the union said.")],
        "2024-03-06": [("union", "Talks with the employers resumed on 6 March 2024 in "
                                 "Rotterdam.")],
        "2024-03-09": [("strike", "The harbour reopened on 9 March 2024 after talks.")],
    }
    assert "OK: 3 events, 2 articles" in invoke("check").output


def test_a_removed_article_takes_its_events_and_sources_along(project: Path) -> None:
    extract()
    (project / "articles" / "union.md").unlink()
    extract()
    assert chronology(project) == {
        "2024-03-04": [("strike", "Port workers walked out on 4 March 2024, the union said.")],
        "2024-03-08": [("strike", "The harbour reopened on 8 March 2024 after talks.")],
    }
    assert invoke("check").exit_code == 0


def test_an_article_named_alone_leaves_the_others_events(project: Path) -> None:
    extract()
    before = chronology(project)
    extract("articles/strike.md")
    assert chronology(project) == before


def test_a_date_changed_in_the_front_matter_leaves_no_stale_events(project: Path) -> None:
    dated = "---\npublished: 2025-03-05\n---\n" + QUEUE
    write(project, "queue.txt", dated)
    extract()
    assert "2025-03-03" in chronology(project)  # the Monday before
    write(project, "queue.txt", dated.replace("2025-03-05", "2025-03-12"))
    extract()
    queue_dates = {
        value for value, sources in chronology(project).items()
        if any(article == "queue" for article, _ in sources)
    }
    assert queue_dates == {"2025-03-04", "2025-03-10"}


def test_published_given_once_is_written_into_the_article_and_kept(project: Path) -> None:
    path = write(project, "queue.txt", QUEUE)
    result = extract()
    # The date is inferred from the text; the warning says how to pin it.
    assert ("publication date inferred from the text: 2025-03-10; to pin or correct it, put "
            "`published: 2025-03-10` in the file's front matter") in result.output
    assert "2025-03-10" in chronology(project)
    result = extract("--published", "2025-03-05", "articles/queue.txt")
    assert "articles/queue.txt: wrote `published: 2025-03-05` into its front matter" in (
        result.output
    )
    assert path.read_text(encoding="utf-8") == "---\npublished: 2025-03-05\n---\n" + QUEUE
    expected = {
        "2024-03-04", "2024-03-06", "2024-03-08", "2025-03-03", "2025-03-04",
    }
    assert set(chronology(project)) == expected
    quotes = [quote for sources in chronology(project).values() for _, quote in sources]
    assert len(quotes) == len(set(quotes))  # no quote in two events
    # The next run without the option keeps the date.
    result = extract()
    assert "inferred" not in result.output and "Removed" not in result.output
    assert set(chronology(project)) == expected


def test_published_is_not_written_over_a_stated_date(project: Path) -> None:
    before = (project / "articles" / "strike.md").read_bytes()
    result = invoke("extract", "--published", "2024-03-11")
    assert "front matter" not in result.output
    assert (project / "articles" / "strike.md").read_bytes() == before


def test_published_for_a_saved_page_holds_for_the_run_and_says_so(project: Path) -> None:
    page = write(project, "page.html", """<html lang="en"><head><title>Harbour</title></head>
<body><article><h1>Harbour</h1><p>Ships queued outside the harbour on Monday, the union
said, and talks with the employers stalled again in Rotterdam.</p></article></body></html>
""")
    before = page.read_bytes()
    result = extract("--published", "2024-03-13", "articles/page.html")
    assert page.read_bytes() == before
    assert ("note: articles/page.html: a saved page has no front matter, so --published holds "
            "for this run only: pass it on every run") in result.output
    assert "2024-03-11" in chronology(project)


def test_a_hand_edited_event_stays_and_check_names_the_quote_that_went(project: Path) -> None:
    extract()
    edited = event_file(project, "2024-03-08")
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("status: candidate", "status: confirmed")
        + "- article: strike\n  quote: A quote a person wrote.\n",
        encoding="utf-8",
    )
    text = edited.read_text(encoding="utf-8")
    assert invoke("check").exit_code == 0
    write(project, "strike.md", STRIKE.replace("after talks", "after long talks"))
    extract()
    assert edited.read_text(encoding="utf-8") == text
    result = invoke("check")
    assert result.exit_code == 1
    # Only the quote the tool wrote is reported, not the one the person added.
    assert result.output.splitlines()[0] == (
        f"{edited}:18: sources.0.quote: the quote no longer occurs in article 'strike' (it "
        "changed since `timeline extract` wrote it): correct or remove this source"
    )
    assert "1 problem(s) found" in result.output


def test_an_incremental_run_drops_stale_events_too(project: Path) -> None:
    for name, text in OTHERS.items():
        write(project, f"{name}.md", text)
    extract()
    edited = event_file(project, "2024-03-08")
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("title: ", "title: Edited, "), encoding="utf-8"
    )
    extract()  # a full run again, since an event was edited
    text = edited.read_text(encoding="utf-8")
    write(project, "strike.md", STRIKE.replace(
        "Port workers walked out on 4 March 2024, the union said.",
        "Port workers walked out on 5 March 2024, the union said.",
    ).replace("after talks", "after long talks"))
    result = extract()
    assert "7 unchanged and not read again" in result.output
    dates = chronology(project)
    assert dates["2024-03-04"] == [
        ("union", "The strike began on 4 March 2024 when port workers walked out, the union "
                  "said."),
    ]
    assert dates["2024-03-05"] == [
        ("strike", "Port workers walked out on 5 March 2024, the union said.")
    ]
    # The hand-edited event stays as it was; check reports its quote.
    assert edited.read_text(encoding="utf-8") == text
    assert sorted(dates["2024-03-08"]) == [
        ("strike", "The harbour reopened on 8 March 2024 after long talks."),
        ("strike", "The harbour reopened on 8 March 2024 after talks."),
    ]
    result = invoke("check")
    assert result.exit_code == 1
    assert "sources.0.quote: the quote no longer occurs in article 'strike'" in result.output
    # A re-run with nothing changed agrees with the incremental one.
    before = chronology(project)
    assert "nothing to do" in extract().output
    (project / ".timeline-cache").rename(project / "old-cache")
    extract()
    assert chronology(project) == before


def test_a_changed_language_leaves_only_the_events_of_the_new_reading(project: Path) -> None:
    german = ("---\nid: hafen\npublished: 2024-03-12\nlanguage: de\n---\n"
              "Die Hafenarbeiter legten am Montag die Arbeit nieder, sagte die Gewerkschaft.\n")
    write(project, "hafen.md", german)
    extract()
    assert "2024-03-11" in chronology(project)
    write(project, "hafen.md", german.replace("language: de", "language: en"))
    extract()
    assert "2024-03-11" not in chronology(project)  # "Montag" is no English date


def test_an_incremental_run_drops_the_events_of_a_removed_article(project: Path) -> None:
    for name, text in OTHERS.items():
        write(project, f"{name}.md", text)
    extract()
    (project / "articles" / "other3.md").unlink()
    result = extract()
    assert "0 read, 7 unchanged and not read again" in result.output
    assert "Removed 1 unedited event(s)" in result.output
    assert "2023-03-03" not in chronology(project)
    assert {"2023-01-01", "2023-06-06"} <= set(chronology(project))


@pytest.mark.parametrize("others", [False, True], ids=["full", "incremental"])
def test_an_article_that_cannot_be_read_keeps_its_events(project: Path, others: bool) -> None:
    if others:
        for name, text in OTHERS.items():
            write(project, f"{name}.md", text)
    extract()
    before = chronology(project)
    write(project, "union.md", UNION.replace("language: en", "language: [en"))
    result = invoke("extract")
    assert result.exit_code == 1 and "union.md" in result.output
    assert chronology(project) == before


def test_an_id_two_articles_claim_keeps_the_events_of_both(project: Path) -> None:
    extract()
    before = chronology(project)
    write(project, "copy.md", STRIKE.replace("8 March 2024", "9 March 2024").replace(
        "4 March 2024", "5 March 2024"))
    result = invoke("extract")
    assert result.exit_code == 1 and "duplicate article id 'strike'" in result.output
    assert {value: sources for value, sources in chronology(project).items()
            if value in before} == before
