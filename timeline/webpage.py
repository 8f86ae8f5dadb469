"""Main text and metadata of a saved web page.

Pages saved with a browser ("Save page as…") or ``curl -o`` keep the bytes
and the markup of the live page: a legacy charset, navigation, teasers,
cookie banners and comments around the article, and the metadata in
OpenGraph tags, JSON-LD or a ``<time>`` in the byline. trafilatura finds the
main text, title, site name, URL and author; the publication date is read
here from explicit publication markup only, because htmldate's fallbacks
take any date-looking element, such as the "today" line of a masthead,
which on a saved page is the day it was saved.
"""

from __future__ import annotations

import codecs
import email.utils
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

# The WHATWG encoding sniffer looks at the first 1024 bytes; saved pages
# sometimes carry long comments or scripts before the <meta>.
CHARSET_SNIFF_BYTES = 32_768
# A paragraph of running text has at least this many words; pages without
# one (section fronts, link lists) have no article.
MIN_PARAGRAPH_WORDS = 8

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_META_CHARSET_RE = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
# Browsers decode these labels as windows-1252 (WHATWG Encoding Standard):
# pages labelled Latin-1 routinely use its curly quotes and euro sign.
_WINDOWS_1252_LABELS = frozenset(
    (
        "ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
        "cp819", "ibm819", "iso-ir-100", "windows-1252", "x-cp1252", "cp1252",
    )
)
# A UTF-16 label inside an ASCII-compatible file is wrong by construction.
_UTF8_LABELS = frozenset(
    ("utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode")
)

_PUBLISHED_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
)
_ARTICLE_TYPE_RE = re.compile(r"(?:Article|BlogPosting|Report)$")
_WEB_PAGE_TYPE_RE = re.compile(r"Page$")
_UPDATE_WORDS_RE = re.compile(
    r"\b(?:aktualisiert|updated?|geändert|modified|bearbeitet|stand)(?:\s+(?:am|um|on|at))?\W*$",
    re.IGNORECASE,
)
_OUTSIDE_ARTICLE = frozenset({"nav", "footer", "aside", "form"})
_OUTSIDE_ARTICLE_MARKS = re.compile(r"comment|kommentar|teaser|related|sidebar|footer", re.I)
_ISO_DATE_RE = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])")
_COMPACT_DATE_RE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)")
_DOTTED_DATE_RE = re.compile(r"^\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_URL_DATE_RE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_SAVED_FROM_RE = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)
_HTTP_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)
_LANG_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")


@dataclass(frozen=True)
class WebPage:
    """What a saved page says about its article.

    ``text`` has one paragraph per line. ``published`` is the calendar date
    written in the page's publication timestamp, in the publisher's own
    time zone (the offset the page gives), never converted; ``language`` is
    the primary subtag of the page's declared language.
    """

    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None


class WebPageError(ValueError):
    """A page that cannot be read; the message is the reason."""


def decode_html(data: bytes) -> str:
    """Decode a saved page: byte order mark, then declared charset, then UTF-8.

    Bytes that are valid UTF-8 are read as UTF-8 even under a legacy
    declaration: a page converted to UTF-8 often keeps its old ``<meta>``,
    while legacy text with non-ASCII letters is practically never valid UTF-8.
    """
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, f"file is not valid {name}", len(bom))
    # UTF-16 without a byte order mark still starts with "<" and a zero byte.
    if data[:2] == b"<\x00":
        return _decode_as(data, "utf-16-le", "file is not valid UTF-16")
    if data[:2] == b"\x00<":
        return _decode_as(data, "utf-16-be", "file is not valid UTF-16")
    if b"\x00" in data:
        raise WebPageError("file is binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    label = declared_charset(data[:CHARSET_SNIFF_BYTES])
    if label is None:
        raise WebPageError(
            f"file is not UTF-8 and declares no charset (byte {utf8_error.start}); "
            'add <meta charset="..."> naming its encoding or save it as UTF-8'
        )
    failure = f"file declares charset {label!r} but is not valid {label}"
    return _decode_as(data, _codec_for(label), failure)


def declared_charset(head: bytes) -> str | None:
    """The charset label of the first ``<meta>`` or XML declaration naming one."""
    match = _XML_ENCODING_RE.match(head) or _META_CHARSET_RE.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _codec_for(label: str) -> str:
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    if label in _UTF8_LABELS:
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        raise WebPageError(f"file declares an unknown charset {label!r}") from None


def _decode_as(data: bytes, encoding: str, failure: str, skip: int = 0) -> str:
    """Decode ``data[skip:]``; an error names the byte's offset in the file."""
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        offset = error.start + skip
        raise WebPageError(f"{failure} text (byte {offset}); save it as UTF-8") from None


def read_web_page(html: str) -> WebPage:
    """Main text and metadata of a decoded page.

    Raises WebPageError when the page has no article text.
    """
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        raise WebPageError("no article text found in the HTML page")
    # Read before extraction, which prunes the tree in place.
    json_ld = list(_json_ld_objects(tree))
    published = _published_date(tree, json_ld)
    language = _declared_language(tree, json_ld)
    headings = {_squash(heading.text_content()) for heading in tree.iter("h1", "h2", "h3", "h4")}
    fallback_url = _json_ld_url(json_ld) or _saved_from_url(html)
    json_ld_publisher = _json_ld_publisher(json_ld)

    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # Its date is not used (see _published_date); skip the costly free-text search.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    raw_text = str(getattr(document, "text", "") or "") if document is not None else ""
    # Headings are not sentences of the report (a live blog titles each entry).
    paragraphs = [
        line.strip()
        for line in raw_text.split("\n")
        if line.strip() and _squash(line) not in headings
    ]
    if not any(len(paragraph.split()) >= MIN_PARAGRAPH_WORDS for paragraph in paragraphs):
        raise WebPageError("no article text found in the HTML page")

    url = _http_url(getattr(document, "url", None)) or fallback_url
    return WebPage(
        text="\n".join(paragraphs),
        title=_clean(getattr(document, "title", None)),
        publisher=_clean(getattr(document, "sitename", None)) or json_ld_publisher,
        url=url,
        author=_clean(getattr(document, "author", None)),
        published=published,
        language=language,
    )


def parse_published(value: str) -> date | None:
    """The calendar date a timestamp is written with, in its own zone.

    "2024-01-09T23:30:00-05:00" is 2024-01-09: the date of the publisher's
    local clock, which is what readers of the article saw as its date.
    """
    value = value.strip()
    for pattern, order in (
        (_ISO_DATE_RE, (1, 2, 3)),
        (_COMPACT_DATE_RE, (1, 2, 3)),
        (_DOTTED_DATE_RE, (3, 2, 1)),
    ):
        match = pattern.match(value)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            return _real_date(year, month, day)
    parsed = email.utils.parsedate_tz(value)  # "Tue, 09 Jan 2024 10:00:00 -0500"
    if parsed is not None:
        return _real_date(parsed[0], parsed[1], parsed[2])
    return None


def _real_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _published_date(tree: Any, json_ld: list[dict[str, Any]]) -> date | None:
    """The first publication date in order of trust: JSON-LD of the article,
    publication meta tags, markup naming ``datePublished``, a ``<time>`` in
    the article (not one marked as an update), JSON-LD of the web page, a
    date in the canonical URL."""
    for value in _published_candidates(tree, json_ld):
        published = parse_published(value)
        if published is not None:
            return published
    return None


def _published_candidates(tree: Any, json_ld: list[dict[str, Any]]) -> Iterator[str]:
    yield from _json_ld_dates(item for item in json_ld if _is_article(item))
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in metas:
            metas[key] = content
    for key in _PUBLISHED_META_KEYS:
        if key in metas:
            yield metas[key]
    for element in tree.xpath('//*[@itemprop="datePublished"]'):
        value = element.get("datetime") or element.get("content") or element.text_content()
        if value:
            yield value
    for time in tree.iter("time"):
        value = time.get("datetime")
        in_article = time.get("pubdate") is not None or _in_article(time)
        if value and in_article and not _marks_update(time):
            yield value
    # A WebPage's date is the page's; an embedded VideoObject's is not.
    yield from _json_ld_dates(item for item in json_ld if _is_web_page(item))
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    if canonical:
        match = _URL_DATE_RE.search(str(canonical[0]))
        if match:
            yield "-".join(match.groups())


def _json_ld_dates(items: Iterator[dict[str, Any]]) -> Iterator[str]:
    for item in items:
        value = item.get("datePublished")
        if isinstance(value, str):
            yield value


def _in_article(element: Any) -> bool:
    for ancestor in element.iterancestors():
        tag = ancestor.tag if isinstance(ancestor.tag, str) else ""
        if tag in _OUTSIDE_ARTICLE:
            return False
        # A page header holds the site's date line; an article's header its byline.
        if tag == "header" and not any(
            isinstance(up.tag, str) and up.tag == "article" for up in ancestor.iterancestors()
        ):
            return False
        marks = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if _OUTSIDE_ARTICLE_MARKS.search(marks):
            return False
    return True


def _marks_update(time: Any) -> bool:
    marks = f"{time.get('class') or ''} {time.get('itemprop') or ''}"
    if re.search(r"updat|modif", marks, re.IGNORECASE):
        return True
    before = time.getprevious()
    text = before.tail if before is not None else time.getparent().text
    return bool(text and _UPDATE_WORDS_RE.search(text))


def _json_ld_objects(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content(), strict=False)
        except ValueError:
            continue  # broken JSON-LD is common and not the reader's problem
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (node for node in graph if isinstance(node, dict))
            else:
                yield item


def _is_article(item: dict[str, Any]) -> bool:
    return _has_type(item, _ARTICLE_TYPE_RE)


def _is_web_page(item: dict[str, Any]) -> bool:
    return _has_type(item, _WEB_PAGE_TYPE_RE)


def _has_type(item: dict[str, Any], pattern: re.Pattern[str]) -> bool:
    types = item.get("@type")
    names = types if isinstance(types, list) else [types]
    return any(isinstance(name, str) and pattern.search(name) for name in names)


def _json_ld_url(json_ld: list[dict[str, Any]]) -> str | None:
    for item in json_ld:
        if not _is_article(item):
            continue
        for key in ("url", "mainEntityOfPage"):
            value = item.get(key)
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            url = _http_url(value)
            if url:
                return url
    return None


def _json_ld_publisher(json_ld: list[dict[str, Any]]) -> str | None:
    for item in json_ld:
        publisher = item.get("publisher") if _is_article(item) else None
        if isinstance(publisher, dict):
            name = _clean(publisher.get("name"))
            if name:
                return name
    return None


def _saved_from_url(html: str) -> str | None:
    match = _SAVED_FROM_RE.search(html[:2000])
    return match.group(1) if match else None


def _declared_language(tree: Any, json_ld: list[dict[str, Any]]) -> str | None:
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += [item.get("inLanguage") for item in json_ld if _is_article(item)]
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("http-equiv") or meta.get("name") or "").lower()
        if key in ("og:locale", "content-language", "language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        match = _LANG_RE.match(value.strip()) if isinstance(value, str) else None
        if match:
            return match.group(1).lower()
    return None


def _http_url(value: object) -> str | None:
    if isinstance(value, str) and _HTTP_RE.match(value.strip()):
        return value.strip()
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return _squash(value) or None


def _squash(text: str) -> str:
    return " ".join(text.split())
