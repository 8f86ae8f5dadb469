"""Text from articles and event files made inert before it reaches Markdown or HTML.

Titles, quotes, tags and names are data, never markup: ``<script>`` and
``[x](javascript:alert(1))`` in a quote must show as typed. Only http(s) URLs
become links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from urllib.parse import quote, urlsplit

# Python-Markdown's own backslash escapes (markdown.Markdown.ESCAPED_CHARS) that
# can start markup anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]()!])")
# Block markup that only counts at the start of a line: headings, lists, quotes.
_LINE_START = re.compile(r"^(\s*)([#+\-=>]|\d+(?=[.)]))")


def md_text(text: str) -> str:
    """Plain text as one line of Markdown that renders exactly as the text."""
    return _LINE_START.sub(_escape_line_start, _md_inline(" ".join(text.split())))


def _md_inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    return _INLINE_SPECIAL.sub(r"\\\1", escaped)


def html_text_marked(text: str, phrase: str | None, tag: str = "mark") -> str:
    """:func:`html_text` with the first occurrence of ``phrase`` inside ``<tag>``.

    Both are compared with their whitespace collapsed, exactly, else ignoring
    case; without a match the text is unmarked. Each part is escaped on its
    own, so neither the text nor the phrase can add markup.
    """
    one_line = " ".join(text.split())
    needle = " ".join(phrase.split()) if phrase else ""
    start = one_line.find(needle) if needle else -1
    if start < 0 and needle:
        lowered = one_line.lower()
        # lower() can change the length ("İ"), and then the positions would not match.
        if len(lowered) == len(one_line) and len(needle.lower()) == len(needle):
            start = lowered.find(needle.lower())
    if start < 0:
        return _html_inline(one_line)
    end = start + len(needle)
    return (
        f"{_html_inline(one_line[:start])}<{tag}>{_html_inline(one_line[start:end])}</{tag}>"
        f"{_html_inline(one_line[end:])}"
    )


def _html_inline(text: str) -> str:
    return html.escape(text, quote=True)


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker.isdigit():
        # "30. Dezember" would start an ordered list: escape the dot after the number.
        return f"{match.group(1)}{marker}\\"
    return f"{match.group(1)}\\{marker}"


def md_heading(text: str) -> str:
    """Text for an h1 heading, which MkDocs turns into the page title.

    Material prints the title through Jinja's ``striptags``, which unescapes
    ``&lt;`` back to ``<`` inside ``<title>``; a zero-width space after it keeps
    ``</title><script>`` from becoming markup there while reading the same.
    """
    return md_text(text).replace("&lt;", "&lt;\u200b")


def html_text(text: str) -> str:
    """Text for raw HTML (attributes included) and for Material's tag names."""
    return html.escape(" ".join(text.split()), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s) with a host, percent-encoded for a Markdown link; else None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe="/:?#[]@!$&'*+,;=%-._~")


def md_link(label_markdown: str, url: str) -> str:
    """A Markdown link; ``url`` must come from :func:`safe_url` or :func:`path_url`."""
    return f"[{label_markdown}]({url})"


def path_url(path: str) -> str:
    """A relative page path percent-encoded for a Markdown link."""
    return quote(path, safe="/-._~")


_SLUG_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_slug(name: str) -> str:
    """A file-name-safe form of an id (article ids are file names and may hold anything)."""
    slug = _SLUG_UNSAFE.sub("-", name).strip("-.")
    return slug or "item"


def unique_names(bases: Mapping[str, str]) -> dict[str, str]:
    """Key -> its base name, numbered ("x-2") where names would clash regardless of case
    (file systems that ignore case would otherwise write one page over another)."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for key, base in bases.items():
        name, number = base, 2
        while name.lower() in taken:
            name = f"{base}-{number}"
            number += 1
        taken.add(name.lower())
        names[key] = name
    return names


def latin1_markdown(markdown: str) -> str:
    """Markdown with every character above U+00FF written as a character reference.

    CPython stores a string with any such character ("„", "–") at two bytes per
    character, and MkDocs keeps every page's Markdown and HTML until the build
    ends; references keep both at one byte per character and render the same.
    Only for text that is not inside code spans (the renderer writes none).
    """
    if markdown.isascii():
        return markdown
    return markdown.encode("latin-1", "xmlcharrefreplace").decode("latin-1")
