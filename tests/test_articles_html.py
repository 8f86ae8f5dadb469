"""Saved web pages: charsets, page furniture, metadata and the publication date."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from timeline import articles
from timeline.articles import ArticleError, find_article_files, read_article
from timeline.webpage import (
    WebPageError,
    declared_charset,
    decode_html,
    parse_published,
    read_web_page,
)

HTML_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"

GERMAN_PARAGRAPH = (
    "Der Gemeinderat hat am Montag den Haushalt für das kommende Jahr beschlossen. "
    "Die Opposition stimmte dagegen, weil die Schulden weiter steigen."
)
ENGLISH_PARAGRAPH = (
    "The council approved the budget for the coming year on Monday. "
    "The opposition voted against it because the debt keeps rising."
)


def page(body: str, head: str = "", lang: str = "de") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Haushalt beschlossen</title>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# --- realistic saved pages -------------------------------------------------------

FURNITURE = (
    "Cookies",
    "akzeptieren",
    "Lesen Sie auch",
    "Neue Fähre",
    "Auf Facebook teilen",
    "Artikel teilen",
    "Link kopieren",
    "WhatsApp",
    "Kommentare",
    "hafenfan82",
    "Notbremse",
    "Mehr aus Lokales",
    "Wochenmarkt",
    "Impressum",
    "Datenschutz",
    "Startseite",
    "Abo",
    "Anzeige",
    "Montag, 18. März 2024",
    "Meistgelesen",
    "Das könnte Sie auch interessieren",
    "Sign up",
    "Read Next",
    "Skip to main content",
    "All rights reserved",
    "Zuletzt aktualisiert",
)


@pytest.mark.parametrize(
    ("name", "expected", "first_words", "last_words"),
    [
        (
            "news_de_opengraph.html",
            {
                "title": "Stadtrat stoppt Brückensanierung",
                "publisher": "Nordkurier Beispiel",
                "url": "https://www.nordkurier-beispiel.de/lokales/"
                "stadtrat-stoppt-brueckensanierung-a1234.html",
                "author": "Jana Feldmann",
                # article:published_time, not the modified time, the masthead's
                # "today" or the dataLayer date.
                "published": date(2024, 3, 12),
                "language": "de",
            },
            "Die Sanierung der Hafenbrücke liegt vorerst auf Eis.",
            "Eine Entscheidung wird für die Ratssitzung am 9. Juli erwartet.",
        ),
        (
            "jsonld_de.html",
            {
                "title": "Einigung bei Lehrergehältern nach Streikdrohung",
                "publisher": "Alpenblatt Beispiel",
                "url": "https://alpenblatt.example.at/inland/lehrergehaelter-einigung",
                "author": "Lukas Gruber; Sabine Huber",
                # datePublished, not dateModified or "Aktualisiert am 07.03.2024".
                "published": date(2024, 3, 5),
                "language": "de",
            },
            "Nach wochenlangen Verhandlungen haben sich Regierung",
            "Ein Treffen der Landesbildungsreferenten ist für den 12. April angesetzt.",
        ),
        (
            "time_canonical_latin1.html",
            {
                "title": "Kreistag beschließt neues Busnetz",
                "publisher": "landbote-beispiel.de",
                "url": "https://www.landbote-beispiel.de/region/kreistag-busnetz",
                "author": "Thomas Albrecht",
                # The byline's <time>, not the masthead's "Mittwoch, 21. Februar 2024".
                "published": date(2024, 2, 14),
                "language": "de",
            },
            "Der Kreistag hat am Dienstag ein neues Busnetz",
            "Der Fahrplanentwurf soll im Sommer öffentlich ausgelegt werden.",
        ),
        (
            "wire_en.html",
            {
                "title": "Harbor strike talks collapse as union rejects final offer",
                "publisher": "Globe Wire",
                "url": "https://www.globewire.example.com/world/harbor-strike-talks-collapse",
                "author": "Daniel Ortiz",
                # 2024-01-09T23:30:00-05:00: the publisher's local date.
                "published": date(2024, 1, 9),
                "language": "en",
            },
            "Talks to end a two-week strike",
            "Federal mediators are expected to invite both sides back to the table on Thursday.",
        ),
        (
            "liveblog_de.html",
            {
                "title": "Hochwasser im Süden: Pegel steigen weiter – der Liveblog",
                "publisher": "Rheinpost Beispiel",
                "url": "https://rheinpost.example.de/panorama/hochwasser-liveblog",
                "author": None,
                # Start of the blog, not the latest entry or update.
                "published": date(2024, 6, 1),
                "language": "de",
            },
            "Der stark beanspruchte Deich bei Neuburg",
            "Wir halten Sie in diesem Liveblog auf dem Laufenden.",
        ),
    ],
)
def test_saved_news_pages(
    name: str, expected: dict[str, object], first_words: str, last_words: str
) -> None:
    article = read_article(HTML_FIXTURES / name)
    assert article.meta.model_dump(exclude={"id"}) == expected
    assert article.published_source == "metadata"
    assert article.warnings == ()
    assert article.text.startswith(first_words)
    assert article.text.endswith(last_words)
    for furniture in FURNITURE:
        assert furniture not in article.text, furniture
    # Headings (the h1, a live blog's entry titles) are not paragraphs.
    assert str(expected["title"]) not in article.text
    assert "Bahnstrecke gesperrt\n" not in article.text


def test_legacy_charsets_are_decoded() -> None:
    cp1252 = read_article(HTML_FIXTURES / "news_de_opengraph.html").text
    assert "48 Millionen €" in cp1252  # 0x80 in windows-1252, a control character in Latin-1
    assert "„Wir dürfen nicht sehenden Auges in ein Millionengrab laufen“" in cp1252
    latin1 = read_article(HTML_FIXTURES / "time_canonical_latin1.html").text
    assert "Landrätin Claudia Weiß" in latin1


def test_wire_page_loses_dateline_and_trailer() -> None:
    text = read_article(HTML_FIXTURES / "wire_en.html").text
    assert "(Reuters)" not in text
    assert "Reporting by" not in text


def test_page_without_article_text() -> None:
    with pytest.raises(ArticleError) as caught:
        read_article(HTML_FIXTURES / "section_page.html")
    assert caught.value.reason == "no article text found in the HTML page"


# --- charsets --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="ISO-8859-1">', "iso-8859-1"),
        (b"<meta charset=windows-1252>", "windows-1252"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">',
            "windows-1252",
        ),
        (b"<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=utf-8'>", "utf-8"),
        (b'<?xml version="1.0" encoding="ISO-8859-15"?>\n<html>', "iso-8859-15"),
        (b'<meta name="viewport" content="width=device-width">', None),
    ],
)
def test_declared_charset(head: bytes, expected: str | None) -> None:
    assert declared_charset(head + b"<head><title>Seite</title></head>") == expected


SAMPLE = page(f"<article><p>{GERMAN_PARAGRAPH} Größe: „groß“ – 5 €.</p></article>")


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with a byte order mark
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("utf-16-le"),  # no byte order mark
        SAMPLE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"),
        SAMPLE.replace('charset="utf-8"', 'charset="iso-8859-15"').replace("„", '"')
        .replace("“", '"').replace("–", "-").encode("iso-8859-15"),
        # Converted to UTF-8 but still declaring Latin-1.
        SAMPLE.replace('charset="utf-8"', 'charset="iso-8859-1"').encode("utf-8"),
    ],
)
def test_decode_html(data: bytes) -> None:
    text = decode_html(data)
    assert "Größe" in text
    assert "5 €" in text
    assert not text.startswith("\ufeff")


def test_page_declaring_windows_1252_reads_like_a_browser(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", SAMPLE.replace('charset="utf-8"', "charset=latin1")
                 .encode("cp1252"))
    assert "Größe: „groß“ – 5 €." in read_article(path).text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            SAMPLE.replace('<meta charset="utf-8">', "").encode("cp1252"),
            "file is not UTF-8 and declares no charset (byte ",
        ),
        (
            SAMPLE.replace('charset="utf-8"', 'charset="klingon-8"').encode("cp1252"),
            "file declares an unknown charset 'klingon-8'",
        ),
        (
            SAMPLE.encode("cp1252"),  # declares UTF-8, is not
            "file declares charset 'utf-8' but is not valid utf-8 text (byte ",
        ),
        (b"<html>\x00\x01\x02</html>", "file is binary, not text"),
    ],
)
def test_undecodable_pages(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path, "kaputt.html", data)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.path == path
    assert caught.value.reason.startswith(reason)
    assert str(caught.value).startswith(f"{path}: {reason}")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            codecs.BOM_UTF8 + b"<html>\xff",
            "file is not valid UTF-8 text (byte 9); save it as UTF-8",
        ),
        (
            b"<html><meta charset=windows-1252>\x81",
            "file declares charset 'windows-1252' but is not valid windows-1252 text (byte 33); "
            "save it as UTF-8",
        ),
    ],
)
def test_decode_errors_name_the_byte(data: bytes, message: str) -> None:
    with pytest.raises(WebPageError) as caught:
        decode_html(data)
    assert str(caught.value) == message


def test_missing_charset_error_says_how_to_fix() -> None:
    with pytest.raises(WebPageError, match=r'add <meta charset="\.\.\."> .* or save it as UTF-8'):
        decode_html(b"<html><body>Gr\xf6\xdfe</body></html>")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("Größe".encode("latin-1"), "file is not UTF-8 text (byte 2); save it as UTF-8"),
        (GERMAN_PARAGRAPH.encode("utf-16"), "file is UTF-16 text; save it as UTF-8"),
    ],
)
def test_text_files_stay_utf8(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path, "a.md", data)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert caught.value.reason == reason


def test_text_file_with_utf8_bom(tmp_path: Path) -> None:
    path = write(
        tmp_path, "a.md", codecs.BOM_UTF8 + f"---\npublished: 2024-01-08\n---\n{GERMAN_PARAGRAPH}"
        .encode()
    )
    article = read_article(path)
    assert (article.published, article.text) == (date(2024, 1, 8), GERMAN_PARAGRAPH)


# --- the publication date ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-09T23:30:00-05:00", date(2024, 1, 9)),  # 2024-01-10 in UTC
        ("2024-01-10T04:30:00Z", date(2024, 1, 10)),
        ("2024-01-09", date(2024, 1, 9)),
        ("2024/01/09 10:00", date(2024, 1, 9)),
        ("20240109T103000", date(2024, 1, 9)),
        ("09.01.2024, 18:42 Uhr", date(2024, 1, 9)),
        ("Tue, 09 Jan 2024 23:30:00 -0500", date(2024, 1, 9)),
        ("2024-02-30T10:00:00+01:00", None),
        ("vor 3 Stunden", None),
        ("", None),
    ],
)
def test_parse_published(value: str, expected: date | None) -> None:
    assert parse_published(value) == expected


ARTICLE = f"<article><h1>Haushalt beschlossen</h1><p>{GERMAN_PARAGRAPH}</p></article>"


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # JSON-LD of the article beats meta tags; a live blog's updates do not count.
        (
            '<meta property="article:published_time" content="2024-03-06T08:00:00+01:00">'
            '<script type="application/ld+json">{"@type": ["LiveBlogPosting"], '
            '"datePublished": "2024-03-05T06:00:00+01:00", "liveBlogUpdate": '
            '[{"@type": "BlogPosting", "datePublished": "2024-03-07T09:00:00+01:00"}]}</script>',
            ARTICLE,
            date(2024, 3, 5),
        ),
        # An embedded video's date is not the article's; the WebPage's is a last resort.
        (
            '<script type="application/ld+json">[{"@type": "VideoObject", '
            '"datePublished": "2023-12-01"}, {"@type": "WebPage", "datePublished": '
            '"2024-03-04"}]</script><meta name="pubdate" content="2024-03-05T10:00:00Z">',
            ARTICLE,
            date(2024, 3, 5),
        ),
        (
            '<script type="application/ld+json">[{"@type": "VideoObject", '
            '"datePublished": "2023-12-01"}, {"@type": "WebPage", "datePublished": '
            '"2024-03-04"}]</script>',
            ARTICLE,
            date(2024, 3, 4),
        ),
        # Broken JSON-LD is skipped.
        (
            '<script type="application/ld+json">{"@type": "NewsArticle",, }</script>'
            '<meta name="date" content="2024-03-05">',
            ARTICLE,
            date(2024, 3, 5),
        ),
        (
            "",
            '<article><p class="meta">Aktualisiert am <time datetime="2024-03-07">7. März</time>'
            ' · Erschienen am <time datetime="2024-03-05">5. März</time></p>'
            f"<p>{GERMAN_PARAGRAPH}</p></article>",
            date(2024, 3, 5),
        ),
        (
            "",
            '<p>Stand: <time datetime="2024-03-07T10:00">10:00</time></p>'
            f'<span itemprop="datePublished" content="2024-03-05"></span>{ARTICLE}',
            date(2024, 3, 5),
        ),
        (
            '<link rel="canonical" href="https://example.org/2024/03/05/haushalt">',
            ARTICLE,
            date(2024, 3, 5),
        ),
    ],
)
def test_publication_date_sources(head: str, body: str, expected: date) -> None:
    assert read_web_page(page(body, head)).published == expected


@pytest.mark.parametrize(
    "furniture",
    [
        # The day the page was saved, in the site header or a sidebar.
        '<header class="site-header"><time datetime="2024-11-24">Sonntag, 24. November</time>'
        "</header>",
        '<aside><time datetime="2024-11-24">Heute</time></aside>',
        '<div class="date-today">Sonntag, 24. November 2024</div>',
        '<section class="comments"><time datetime="2024-11-24">gestern</time></section>',
    ],
)
def test_dates_of_the_page_around_the_article_are_not_the_dct(
    tmp_path: Path, furniture: str
) -> None:
    path = write(tmp_path, "a.html", page(furniture + ARTICLE))
    article = read_article(path)
    assert article.published is None
    assert article.published_source == "missing"
    assert read_article(path, published=date(2024, 3, 5)).published_source == "option"


def test_page_date_beats_the_option_with_a_warning() -> None:
    article = read_article(HTML_FIXTURES / "wire_en.html", published=date(2024, 1, 10))
    assert (article.published, article.published_source) == (date(2024, 1, 9), "metadata")
    assert article.warnings == (
        "publication date 2024-01-09 from the file, not 2024-01-10 from the option",
    )


# --- other metadata ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<link rel="canonical" href="/relativ/pfad">', None),
        ('<meta property="og:url" content="javascript:alert(1)">', None),
        ('<link rel="canonical" href="https://example.org/a">', "https://example.org/a"),
    ],
)
def test_only_http_urls(head: str, expected: str | None) -> None:
    assert read_web_page(page(ARTICLE, head)).url == expected


def test_url_from_the_saved_from_comment() -> None:
    html = "<!-- saved from url=(0021)https://example.org/a -->\n" + page(ARTICLE)
    assert read_web_page(html).url == "https://example.org/a"


def test_language_from_og_locale_when_html_has_none() -> None:
    html = page(ARTICLE, '<meta property="og:locale" content="de_DE">').replace(' lang="de"', "")
    assert read_web_page(html).language == "de"


def test_template_language_loses_to_the_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page(ARTICLE, lang="en-GB"))
    article = read_article(path)
    assert article.language == "de"
    assert article.warnings[0] == "the page declares language 'en', the text reads as 'de'"


def test_unsupported_page_language(tmp_path: Path) -> None:
    body = (
        "<article><p>Le conseil municipal a adopté lundi le budget de l'année prochaine, "
        "malgré les critiques de l'opposition sur la dette.</p></article>"
    )
    path = write(tmp_path, "fr.html", page(body, lang="fr"))
    with pytest.raises(ArticleError, match="page language 'fr' is not supported"):
        read_article(path)
    assert read_article(path, lang="de").language == "de"


# --- robustness -------------------------------------------------------------------------


def test_malformed_html(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Haushalt beschlossen</title><body><div><nav><a href=/>Start</a>"
        f"<article><p>{GERMAN_PARAGRAPH}<p>{GERMAN_PARAGRAPH.upper().capitalize()}"
        "<div><b>Noch ein Satz ohne Ende"
    )
    article = read_article(write(tmp_path, "kaputt.html", html), published=date(2024, 3, 5))
    assert article.text.startswith(GERMAN_PARAGRAPH)
    assert "Start" not in article.text


@pytest.mark.parametrize("name", ["seite.htm", "SEITE.HTML", "Seite.Htm"])
def test_html_suffixes_in_any_case(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, page(ARTICLE))
    assert find_article_files([tmp_path]) == ([path], [])
    assert read_article(path).text == GERMAN_PARAGRAPH


def test_oversized_page_is_rejected_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(html: str) -> object:
        raise AssertionError("parsed an oversized page")

    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 1000)
    monkeypatch.setattr(articles, "read_web_page", never)
    path = write(tmp_path, "gross.html", page(ARTICLE * 20))
    with pytest.raises(ArticleError, match=r"file is too large \(\d[\d,]* bytes, limit 1,000\)"):
        read_article(path)


@pytest.mark.parametrize(
    "body",
    [
        "",
        "<script>var x = 1;</script>",
        "<nav><ul><li><a href='/a'>Politik</a></li><li><a href='/b'>Sport</a></li></ul></nav>",
        "<p>Nur ein kurzer Satz.</p>",
    ],
)
def test_pages_without_article_text(tmp_path: Path, body: str) -> None:
    path = write(tmp_path, "leer.html", page(body))
    with pytest.raises(ArticleError) as caught:
        read_article(path, lang="de")
    assert caught.value.reason == "no article text found in the HTML page"
