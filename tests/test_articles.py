"""Reading article files: front matter, plain text, HTML, the DCT and bad input."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from timeline import articles
from timeline.articles import (
    ArticleError,
    find_article_files,
    load_articles,
    pin_hint,
    publication_date_from,
    read_article,
)
from timeline.cleaning import clean_text
from timeline.dates import Timex, TimexType

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / ".." / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_IDS = ("000_db51c7784b527bdd", "001_40e76f6f69788ade")

GERMAN_BODY = (
    "Die Regierung hat am Montag neue Sanktionen gegen das Land beschlossen. "
    "Die Maßnahmen sollen sofort gelten, sagte ein Sprecher des Ministeriums in Berlin.\n"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def timex(text: str, source: str, value: str, relative: bool = False) -> Timex:
    start = source.index(text)
    return Timex(start, start + len(text), text, TimexType.DATE, value, relative)


# --- front matter -------------------------------------------------------------


def test_front_matter_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\nid: sanktionen-1\ntitle: Neue Sanktionen\npublisher: Beispielzeitung\n"
        "url: https://example.org/a\npublished: 2024-01-08\nlanguage: de\nauthor: Anna Roth\n---\n"
        + GERMAN_BODY,
    )
    article = read_article(path)
    assert article.id == "sanktionen-1"
    assert article.meta.title == "Neue Sanktionen"
    assert article.meta.publisher == "Beispielzeitung"
    assert article.meta.url == "https://example.org/a"
    assert article.meta.author == "Anna Roth"
    assert article.published == date(2024, 1, 8)
    assert article.published_source == "metadata"
    assert article.language == "de"
    assert article.warnings == ()
    assert article.text == GERMAN_BODY.strip()


def test_missing_id_is_the_file_stem(tmp_path: Path) -> None:
    path = write(tmp_path, "001_meldung.md", "---\npublished: 2024-01-08\n---\n" + GERMAN_BODY)
    assert read_article(path).id == "001_meldung"


def test_published_with_time_and_language_tag_are_normalised(tmp_path: Path) -> None:
    path = write(
        tmp_path, "a.md", "---\npublished: 2024-01-08T09:30:00+01:00\nlanguage: de-DE\n---\n"
        + GERMAN_BODY
    )
    article = read_article(path)
    assert article.published == date(2024, 1, 8)
    assert article.language == "de"


@pytest.mark.parametrize(
    ("front_matter", "expected"),
    [
        ("id: a\nsource: Reuters\n", ":3: source: unknown field"),
        ("id: a\ntitle: [eins, zwei]\n", ":3: title: Input should be a valid string"),
        ("id: a\npublished: 2023-02-30\n", ":3: published: '2023-02-30' is not a real date"),
        ("id: a\npublished: '2023-02-30'\n", ":3: published: '2023-02-30' is not a real date"),
        ("id: a\npublished: 2024-01-09T10:30:00+01:00\nlanguage: xx\n", ":4: language:"),
        ("id: a\nurl: example.org/a\n", ":3: url: url must start with http"),
        ("id: a\nlanguage: fr\n", ":3: language: language 'fr' is not supported"),
        ("id: a\ntitle: 'offen\nauthor: x\n", ":3: invalid front matter: a quoted value "
         "opened on this line is never closed"),
        ("- eins\n- zwei\n", ":2: front matter must be a mapping of fields"),
        ("id: '  '\n", ":2: id: must not be empty"),
    ],
)
def test_bad_front_matter(tmp_path: Path, front_matter: str, expected: str) -> None:
    path = write(tmp_path, "a.md", f"---\n{front_matter}---\n{GERMAN_BODY}")
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(caught.value).startswith(str(path))
    assert expected in str(caught.value)


def test_front_matter_without_end(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\nid: a\n" + GERMAN_BODY)
    with pytest.raises(ArticleError, match=r"a\.md:1: front matter has no closing '---' line"):
        read_article(path)


# --- bad files -----------------------------------------------------------------


def test_an_article_of_page_furniture_only_gives_a_warning_and_no_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\nid: a\nlanguage: de\n---\n\nWERBUNG\n\n"
                 "(Mitarbeit: Anna Roth)\n\n© dpa-infocom, dpa:250303-99-123456/2\n")
    article = read_article(path)
    assert article.text == ""
    assert [w for w in article.warnings if "only page furniture" in w]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\n ", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "file is binary, not text"),
        ("Größe".encode("latin-1"), "file is not UTF-8 text (byte 2); save it as UTF-8"),
        (b"---\nid: a\nlanguage: de\n---\n\n\n", "the article has no text"),
        (
            b"Kim Jong Un und Putin.",
            "cannot detect the language. Set `language: de` (or en) in the article's front "
            "matter to say so.",
        ),
    ],
)
def test_bad_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.path == path
    assert caught.value.reason == reason
    assert str(caught.value) == f"{path}: {reason}"


def test_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 100)
    path = write(tmp_path, "big.txt", "x" * 101)
    with pytest.raises(ArticleError, match=r"big\.txt: file is too large \(101 bytes, limit 100\)"):
        read_article(path)


def test_limit_is_five_megabytes() -> None:
    assert articles.MAX_ARTICLE_BYTES == 5_000_000


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "weg.txt"
    os.symlink(tmp_path / "missing-target", path)
    with pytest.raises(ArticleError, match=r"weg\.txt: cannot read file: No such file"):
        read_article(path)


def test_unsupported_suffix_and_language_option(tmp_path: Path) -> None:
    pdf = write(tmp_path, "a.pdf", "text")
    with pytest.raises(ArticleError, match=r"not an article file \(use \.md, \.markdown"):
        read_article(pdf)
    text = write(tmp_path, "a.txt", GERMAN_BODY)
    with pytest.raises(ArticleError, match="language 'fr' is not supported"):
        read_article(text, lang="fr")


# --- language and publication date --------------------------------------------


def test_language_option_decides_undetectable_text(tmp_path: Path) -> None:
    path = write(tmp_path, "kurz.txt", "Kim Jong Un und Putin.")
    assert read_article(path, lang="de", published=date(2024, 1, 9)).language == "de"


def test_file_language_wins_over_option_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\nlanguage: de\npublished: 2024-01-08\n---\n" + GERMAN_BODY)
    article = read_article(path, lang="en")
    assert article.language == "de"
    assert article.warnings == ("language 'de' from the file, not 'en' from the option",)


def test_published_option(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", GERMAN_BODY)
    article = read_article(path, published=date(2024, 1, 9))
    assert (article.published, article.published_source) == (date(2024, 1, 9), "option")
    assert article.meta.published == date(2024, 1, 9)
    assert article.warnings == ()


def test_front_matter_date_wins_over_option(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\npublished: 2024-01-10\n---\n" + GERMAN_BODY)
    article = read_article(path, published=date(2024, 1, 9))
    assert (article.published, article.published_source) == (date(2024, 1, 10), "metadata")
    assert article.warnings == (
        "publication date 2024-01-10 from the file, not 2024-01-09 from the option",
    )


def test_inferred_and_missing_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, date | None]] = []

    def fake_tag(text: str, lang: str, dct: date | None) -> list[Timex]:
        calls.append((lang, dct))
        if "2. Januar 2024" not in text:
            return []
        return [timex("2. Januar 2024", text, "2024-01-02")]

    monkeypatch.setattr(articles, "tag", fake_tag)
    dated = write(tmp_path, "a.txt", GERMAN_BODY + "\nDer Angriff war am 2. Januar 2024.\n")
    article = read_article(dated)
    # "am Montag" in the body: the first Monday after Tuesday 2024-01-02.
    assert (article.published, article.published_source) == (date(2024, 1, 8), "inferred")
    assert article.warnings == (
        "publication date inferred from the text: 2024-01-08; "
        + pin_hint(html=False, value="2024-01-08"),
    )
    assert calls == [("de", None)]

    undated = write(tmp_path, "b.txt", GERMAN_BODY)
    article = read_article(undated)
    assert (article.published, article.published_source) == (None, "missing")
    assert article.warnings == (
        "no publication date: relative dates cannot be resolved; " + pin_hint(html=False),
    )


SEED_001_SENTENCE = (
    "Eine gemeinsame Erklärung verurteilte am Dienstag den Einsatz der Raketen "
    "am 30. Dezember 2023 und 2. Januar 2024."
)


def test_dct_is_first_named_weekday_after_latest_full_date() -> None:
    found = [
        timex("30. Dezember 2023", SEED_001_SENTENCE, "2023-12-30"),
        timex("2. Januar 2024", SEED_001_SENTENCE, "2024-01-02"),
    ]
    # 2024-01-02 is itself a Tuesday; "am Dienstag" is the next one.
    assert publication_date_from(SEED_001_SENTENCE, found, "de") == date(2024, 1, 9)


def test_dct_without_weekdays_is_latest_full_date() -> None:
    text = "Am 30. Dezember 2023 und am 2. Januar 2024 griff Russland an. Im Februar 2022 ..."
    found = [
        timex("30. Dezember 2023", text, "2023-12-30"),
        timex("2. Januar 2024", text, "2024-01-02"),
        timex("Februar 2022", text, "2022-02"),
    ]
    assert publication_date_from(text, found, "de") == date(2024, 1, 2)


def test_weekday_attached_to_a_date_is_ignored() -> None:
    text = "Am Dienstag, 2. Januar 2024, griff Russland an."
    found = [timex("2. Januar 2024", text, "2024-01-02")]
    assert publication_date_from(text, found, "de") == date(2024, 1, 2)


def test_several_weekdays_take_the_latest_first_occurrence() -> None:
    text = (
        "Am 2. Januar 2024 begann es. Am Donnerstag folgte ein Angriff, "
        "am Mittwochmorgen ein Treffen."
    )
    found = [timex("2. Januar 2024", text, "2024-01-02")]
    # Wednesday 2024-01-03, Thursday 2024-01-04: written on the Thursday at the earliest.
    assert publication_date_from(text, found, "de") == date(2024, 1, 4)


def test_english_weekdays() -> None:
    text = "The statement on Friday condemned the attacks of January 2, 2024."
    found = [timex("January 2, 2024", text, "2024-01-02")]
    assert publication_date_from(text, found, "en") == date(2024, 1, 5)


def test_relative_and_coarse_dates_do_not_count() -> None:
    text = "Am Dienstag, gestern, im Januar 2024."
    found = [
        timex("gestern", text, "2024-01-08", relative=True),
        timex("Januar 2024", text, "2024-01"),
    ]
    assert publication_date_from(text, found, "de") is None


@pytest.mark.needs_shared
def test_seed_001_without_front_matter_infers_2024_01_09() -> None:
    """Needs the German date tagger (timeline.dates.de)."""
    article = read_article(SEEDS / "001_40e76f6f69788ade.txt")
    assert article.language == "de"
    assert (article.published, article.published_source) == (date(2024, 1, 9), "inferred")


# --- HTML ----------------------------------------------------------------------


def test_html_page() -> None:
    article = read_article(FIXTURES / "article.html")
    assert article.id == "article"
    assert article.meta.title == "EU verurteilt Raketenlieferungen"
    assert article.meta.publisher == "Beispielzeitung"
    assert article.meta.url == "https://example.org/politik/eu-raketen"
    assert article.meta.author == "Erika Beispiel"
    assert (article.published, article.published_source) == (date(2024, 1, 10), "metadata")
    assert article.language == "de"
    assert article.text == (
        "Die Europäische Union und die USA haben Nordkorea am Mittwoch scharf verurteilt, "
        "weil es Russland mit ballistischen Raketen beliefert hat.\n\n"
        "Die Erklärung wurde von fast 50 Staaten unterzeichnet, darunter Japan, Südkorea "
        "und Kanada.\n\n"
        "Russland griff die Ukraine am 30. Dezember 2023 und am 2. Januar 2024 mit diesen "
        "Raketen an, wie es in der Erklärung weiter hieß."
    )


def test_html_without_text(tmp_path: Path) -> None:
    page = "<html><head><title>Leer</title></head><body></body></html>"
    path = write(tmp_path, "leer.html", page)
    with pytest.raises(ArticleError, match="no article text found in the HTML page"):
        read_article(path)


# --- finding and loading many ---------------------------------------------------


def test_find_article_files(tmp_path: Path) -> None:
    b = write(tmp_path, "dir/b.md", GERMAN_BODY)
    a = write(tmp_path, "dir/sub/a.txt", GERMAN_BODY)
    c = write(tmp_path, "dir/c.HTML", "<html></html>")
    write(tmp_path, "dir/.hidden/x.md", GERMAN_BODY)
    write(tmp_path, "dir/.y.md", GERMAN_BODY)
    write(tmp_path, "dir/notes.yml", "a: 1")
    other = write(tmp_path, "other.pdf", "x")
    files, problems = find_article_files(
        [tmp_path / "dir", b, tmp_path / "missing", other]
    )
    assert files == sorted([b, c, a])
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'missing'}: no such file or folder",
        f"{other}: not an article file (use .md, .markdown, .txt, .html, .htm)",
    ]


def test_load_articles_collects_problems_and_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path, "a/1.md", "---\nid: eins\npublished: 2024-01-08\n---\n" + GERMAN_BODY)
    write(tmp_path, "a/2.md", "---\nid: eins\npublished: 2024-01-08\n---\n" + GERMAN_BODY)
    bad = write(tmp_path, "a/3.txt", b"\x00\x01")
    loaded, problems = load_articles([tmp_path / "a"], lang="de")
    assert [article.path for article in loaded] == [good]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'a' / '2.md'}: article id 'eins' is already used by {good}",
        f"{bad}: file is binary, not text",
    ]


def test_content_hash_follows_bytes_and_options(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", GERMAN_BODY)
    first = read_article(path, published=date(2024, 1, 9)).content_hash
    assert read_article(path, published=date(2024, 1, 9)).content_hash == first
    assert read_article(path, published=date(2024, 1, 10)).content_hash != first
    assert read_article(path, published=date(2024, 1, 9), lang="de").content_hash != first
    path.write_text(GERMAN_BODY + "Noch ein Satz.\n", encoding="utf-8")
    assert read_article(path, published=date(2024, 1, 9)).content_hash != first


# --- the sample articles of the repository ---------------------------------------


@pytest.mark.needs_shared
def test_sample_articles_match_the_seeds() -> None:
    loaded, problems = load_articles([REPO / "articles"])
    assert problems == []
    by_id = {article.id: article for article in loaded}
    assert sorted(by_id) == list(SEED_IDS)
    first, second = by_id[SEED_IDS[0]], by_id[SEED_IDS[1]]
    assert (first.meta.publisher, first.published) == ("Euronews", date(2024, 1, 10))
    assert (second.meta.publisher, second.published) == ("Reuters", date(2024, 1, 9))
    assert second.meta.title == (
        "USA und Partner verurteilen Waffentransfers zwischen Nordkorea und Russland"
    )
    assert second.meta.author == "Kanishka Singh"
    for article in loaded:
        assert article.language == "de"
        assert article.published_source == "metadata"
        seed = (SEEDS / f"{article.id}.txt").read_text(encoding="utf-8")
        assert article.text == clean_text(seed).text
