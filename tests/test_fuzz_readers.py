"""Readers and tagger under arbitrary input (issue 11): bytes, Unicode and YAML shapes give
a reported problem (ArticleError, a Problem of the event loader, an exit code of
`timeline check`), never a traceback."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.articles import ArticleError, read_article
from timeline.cli import main
from timeline.dates import tag
from timeline.store import load_events

DCT = date(2024, 3, 10)
# TIMELINE_FUZZ_SCALE=50 runs fifty times the examples (a long hunt, not the normal suite).
SCALE = int(os.environ.get("TIMELINE_FUZZ_SCALE", "1"))
FUZZ = settings(
    max_examples=60 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# Words that lead the readers and the tagger past their first checks.
DATE_WORDS = [
    "am", "vom", "bis", "seit", "vor", "nach", "Jahren", "Tagen", "März", "Januar", "Montag",
    "heute", "gestern", "morgen", "später", "zuvor", "Mitte", "Ende", "Anfang", "des", "Jahres",
    "on", "since", "until", "from", "to", "ago", "March", "January", "Monday", "today",
    "yesterday", "last", "next", "week", "month", "year", "early", "late", "the", "of", "1990s",
    "2024", "1.", "10.", "3", "31", "2024-03-04", "4.3.2024", "03/04/2024", "Q1", "W10", "–",
    "-", "/", ".", ",", "\n", "'", "’", "0", "99", "1e9", "12:30", "Uhr", "a.m.", "zwei", "two",
    "und", "and", "Weihnachten", "Christmas", "Ostern", "Easter", "Sommer", "summer",
]
date_text = st.lists(
    st.sampled_from(DATE_WORDS) | st.text(max_size=6), max_size=40
).map(" ".join)
unicode_text = st.text(max_size=300)

FIELD_NAMES = [
    "id", "date", "end", "title", "tags", "status", "uncertain", "planned", "key", "summary",
    "sources", "article", "quote", "date_text", "published", "language", "author", "url",
]
scalars = (
    st.none() | st.booleans() | st.integers(-10**20, 10**20)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20)
    | st.sampled_from(["2024-03-04", "2024-13-01", "2024", "19", "199", "2024-W53", "PXD",
                       "candidate", "confirmed", "rejected", "de", "en", "xx", ""])
    | st.dates().map(date.isoformat)
)
yaml_shapes: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=8), inner, max_size=6),
    max_leaves=20,
)
# Mostly the shape of an event, with any field able to hold anything.
event_shapes = st.fixed_dictionaries(
    {"id": scalars, "date": scalars, "title": scalars},
    optional={name: yaml_shapes for name in FIELD_NAMES if name not in ("id", "date", "title")},
)

# Lines of hand-written YAML that reach past the safe shapes: anchors, tags, merge keys,
# timestamps, several documents, directives, complex keys, tabs.
YAML_LINES = [
    "id: x", "id: &a x", "title: *a", "date: 2024-03-04", "date: 2024-03-04 10:00:00",
    "date: 12", "date: 1e3", "date: .inf", "end: 2023", "end: '2024-02-30'", "tags: [a, *a]",
    "tags: {a: 1}", "tags: !!set {a, b}", "title: !!binary aGFsbG8=", "title: !!python/none",
    "title: !custom x", "<<: *a", "<<: {title: y}", "? [a, b]\n: c", "sources:",
    "- article: a1\n  quote: Am 4. März.", "  - {article: a1, quote: q}", "- *a", "- &b [1]",
    "status: rejected", "status: [rejected]", "planned: yes", "uncertain: ~", "key: 0x1f",
    "---", "...", "%YAML 1.1", "%TAG ! tag:x,2024:", "\t- tab", "quote: 'unclosed",
    'quote: "\\ud800"', "summary: |\n  Zeile\n   mehr", "a: &c [*c]", "published: 20240110",
    "published: 3024-01-01", "language: DE_at", "language: 1", "id: ''", "id: ../../x",
]
yaml_lines = st.lists(st.sampled_from(YAML_LINES) | st.text(max_size=12), max_size=12).map(
    lambda lines: "\n".join(line.replace("\\n", "\n") for line in lines)
)


def dump(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False)


def read_or_report(path: Path) -> None:
    try:
        read_article(path, published=DCT, project_language="de")
    except ArticleError as error:
        assert error.problem().message


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".md", ".txt", ".html"]))
def test_any_bytes_read_as_an_article_or_a_problem(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    read_or_report(path)


@FUZZ
@given(front=yaml_shapes | event_shapes, body=date_text | unicode_text)
def test_any_front_matter_reads_or_is_a_problem(tmp_path: Path, front: Any, body: str) -> None:
    path = tmp_path / "fuzz.md"
    path.write_text(f"---\n{dump(front)}---\n{body}\n", encoding="utf-8")
    read_or_report(path)


@FUZZ
@given(front=unicode_text, body=unicode_text)
def test_any_text_between_front_matter_lines_reads_or_is_a_problem(
    tmp_path: Path, front: str, body: str
) -> None:
    path = tmp_path / "fuzz.txt"
    path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8", errors="surrogatepass")
    read_or_report(path)


@FUZZ
@given(shape=event_shapes | yaml_shapes)
def test_any_yaml_shape_as_an_event_file_loads_or_is_a_problem(
    tmp_path: Path, shape: Any
) -> None:
    events_dir = tmp_path / "events"
    events_dir.mkdir(exist_ok=True)
    (events_dir / "fuzz.yml").write_text(dump(shape), encoding="utf-8")
    loaded = load_events(events_dir)
    assert len(loaded.events) + len({problem.path for problem in loaded.problems}) == 1


@FUZZ
@given(text=yaml_lines)
def test_any_hand_written_yaml_as_an_event_file_loads_or_is_a_problem(
    tmp_path: Path, text: str
) -> None:
    events_dir = tmp_path / "events"
    events_dir.mkdir(exist_ok=True)
    (events_dir / "fuzz.yml").write_text(text, encoding="utf-8", errors="surrogatepass")
    loaded = load_events(events_dir)
    assert len(loaded.events) + len({problem.path for problem in loaded.problems}) == 1


@FUZZ
@given(front=yaml_lines, suffix=st.sampled_from([".md", ".txt"]))
def test_any_hand_written_front_matter_reads_or_is_a_problem(
    tmp_path: Path, front: str, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_text(f"---\n{front}\n---\nAm 4. März 2024 streikten die Fahrer.\n",
                    encoding="utf-8", errors="surrogatepass")
    read_or_report(path)


HTML_PARTS = [
    "<html>", "<html lang='{}'>", "<head>", "<meta property='article:published_time' "
    "content='{}'>", "<meta name='date' content='{}'>", "<time datetime='{}'>{}</time>",
    "<title>{}</title>", "<body>", "<article>", "<p>{}</p>", "<h1>{}</h1>", "</article>",
    "<script>{}</script>", "<link rel='canonical' href='https://x.example/{}/'>",
    "<script type='application/ld+json'>{}</script>", "<!--{}-->", "</body></html>", "<",
]
html_pages = st.lists(
    st.tuples(st.sampled_from(HTML_PARTS), date_text | unicode_text | st.sampled_from(
        ["de", "en", "xx", "2024-03-10", "2024-03-10T23:30:00-05:00", "3024-01-01",
         '{"datePublished": "2024-03-10"}', '{"@graph": [1, {"datePublished": 5}]}', "["]
    )).map(lambda part: part[0].replace("{}", part[1])),
    max_size=15,
).map("".join)


@FUZZ
@given(page=html_pages)
def test_any_web_page_reads_or_is_a_problem(tmp_path: Path, page: str) -> None:
    path = tmp_path / "fuzz.html"
    path.write_text(page, encoding="utf-8", errors="surrogatepass")
    read_or_report(path)


@FUZZ
@given(data=st.binary(max_size=300) | unicode_text.map(lambda text: text.encode("utf-8",
                                                                                 "replace")))
def test_any_bytes_as_an_event_file_load_or_are_a_problem(tmp_path: Path, data: bytes) -> None:
    events_dir = tmp_path / "events"
    events_dir.mkdir(exist_ok=True)
    (events_dir / "fuzz.yml").write_bytes(data)
    loaded = load_events(events_dir)
    assert len(loaded.events) + len({problem.path for problem in loaded.problems}) == 1


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Fuzz\nplugins:\n  - timeline:\n      language: de\n", encoding="utf-8"
    )
    (tmp_path / "articles").mkdir()
    (tmp_path / "events").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@settings(FUZZ, max_examples=25 * SCALE)
@given(event=event_shapes, front=yaml_shapes | event_shapes)
def test_check_reports_any_event_file_and_front_matter_without_a_traceback(
    project: Path, event: Any, front: Any
) -> None:
    (project / "events" / "fuzz.yml").write_text(dump(event), encoding="utf-8")
    (project / "articles" / "fuzz.md").write_text(
        f"---\n{dump(front)}---\nAm 4. März 2024 begann der Streik im Hafen.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output


@settings(FUZZ, max_examples=150 * SCALE)
@given(text=date_text | unicode_text, lang=st.sampled_from(["de", "en"]))
def test_the_tagger_takes_any_text(text: str, lang: str) -> None:
    for timex in tag(text, lang, DCT):
        assert 0 <= timex.start < timex.end <= len(text)
