"""Turn a scraped article body into clean paragraphs of running text.

Saved news pages carry page furniture between the sentences: ad markers
("WERBUNG"), capitalised section labels ("KONTEXT"), bylines ("Von Kanishka
Singh"), a headline run into the first line, datelines ("WASHINGTON
(Reuters) –") and scraper trailers ("source site-20"). Sentences are later
quoted verbatim as evidence, so cleaning only ever drops whole lines or cuts
those known pieces off a line's edges; the characters of a kept sentence are
never changed. The one exception is a hard line wrap inside a sentence,
which becomes a space so that no quote contains a line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline.furniture import (
    Furniture,
    cut_comments,
    cut_page_header,
    is_furniture_line,
    is_related_label,
    is_stamp_line,
    starts_with_dateline,
    strip_inline,
    take_dateline,
)
from timeline.live_stamps import cut_entry_stamps

_AD_MARKER_RE = re.compile(
    r"^[-–—*\s]*(?:werbung|anzeige|advertisement|advertising|sponsored|gesponsert)[-–—*\s]*$",
    re.IGNORECASE,
)
_WORD = r"[A-ZÄÖÜ][\w.'’-]*"
_NAME_LIST = rf"{_WORD}(?:(?:\s+|\s*,\s*|\s+(?:und|and|von|van|de|der|del)\s+){_WORD})*"
_BYLINE_RE = re.compile(
    r"^(?:(?:Eine?\s+(?:Analyse|Kommentar|Bericht|Reportage|Kolumne|Glosse|Gastbeitrag|"
    r"Recherche)|An?\s+(?:analysis|commentary|report|column))\s+(?:von|by)|Von|By|VON|BY)"
    rf"\s+(?P<names>{_NAME_LIST})\s*(?:,\s*{_WORD}(?:\s+{_WORD})?)?\s*$"
)
# A headline that a scraper ran together with the byline under it.
_HEADLINE_BYLINE_RE = re.compile(
    rf"^(?P<headline>.+?\S)\s+(?:Von|By)\s+(?P<names>{_NAME_LIST})\s*$"
)
_TRAILER_RES = (
    re.compile(r"^source\s+site-?\d+$", re.IGNORECASE),
    re.compile(
        r"^\((?:Reporting|Additional reporting|Writing|Editing|Berichterstattung|Redaktion|"
        r"Bearbeitung|Übersetzung)\b[^()]*(?:\([^()]*\)[^()]*)*\)$"
    ),
    re.compile(r"^(?:©|\(c\)|Copyright\b).{0,120}$", re.IGNORECASE),
)
_LIST_ENTRY_RE = re.compile(
    r"^(?:[-–*•▪]\s|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s*[:–-]|(?:1[0-9]|20)\d\d\s*[:–-]\s|"
    r"\d{1,2}\.?\s+[A-ZÄÖÜ][a-zäöü]+\.?(?:\s+\d{4})?\s*[:–-]\s|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*[:–-]\s)"
)
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK_RE = re.compile(r"\[(?P<text>[^\]]+)\]\((?:[^()]|\([^()]*\))*\)")
_MD_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
_HTML_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_RULE_RE = re.compile(r"^[\W_]+$")
_SENTENCE_END = (".", "!", "?", ":", ";", "…", '"', "“", "”", "»", "«", "'", "’", ")")

HEADLINE_MAX_WORDS = 25
MAX_DATELINE_PARAGRAPHS = 3
HEADLINE_MAX_CHARS = 300
LABEL_MAX_WORDS = 8


@dataclass(frozen=True)
class CleanedText:
    """The clean body and what was taken out of it."""

    text: str
    headline: str | None = None
    byline: str | None = None
    removed: tuple[str, ...] = ()
    # The dateline removed from the start ("Passau, 28. Februar 2025.", "HOUSTON (Reuters) -").
    dateline: str | None = None
    # A publication stamp line ("Updated 6:15 PM CET, March 7, 2025", "Stand: 19.03.2025").
    stamp: str | None = None


def clean_text(
    raw: str, *, title: str | None = None, markdown: bool = False, published: date | None = None
) -> CleanedText:
    """Clean an article body.

    ``title`` (from front matter or page metadata) is removed when the body
    repeats it as its first line. ``markdown`` strips headings, links,
    images and bold markers, which would otherwise end up inside quotes.
    ``published``, when known, helps tell a live page's entry stamps from the
    years of a chronology (:mod:`timeline.live_stamps`).
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if markdown:
        text = _HTML_COMMENT_RE.sub("", text)
    lines = [line.strip() for line in text.split("\n")]
    removed: list[str] = []
    headline, headline_byline = _take_headline(lines, title, removed, markdown)
    byline: str | None = None

    furniture = Furniture()
    kept: list[str] = []
    in_related_list = False
    for line in lines:
        if not line:
            kept.append("")
            continue
        if markdown:
            line = _strip_markdown(line)
            heading = _MD_HEADING_RE.match(line)
            if heading:
                removed.append(line)
                kept.append("")  # a heading ends the paragraph before it
                continue
        if in_related_list and _looks_like_headline(line):
            removed.append(line)  # the headlines of a "Related stories" list
            kept.append("")
            continue
        in_related_list = is_related_label(line)
        if is_stamp_line(line) and furniture.stamp is None:
            furniture.stamp = line  # when the page was published: a date for the article
        if in_related_list or _is_artefact(line) or is_furniture_line(line):
            removed.append(line)
            kept.append("")
            continue
        names = _byline_names(line)
        if names is not None:
            byline = byline or names
            removed.append(line)
            kept.append("")
            continue
        kept.append(line)

    paragraphs = _paragraphs(kept)
    while paragraphs and _is_trailer(paragraphs[-1]):
        removed.append(paragraphs.pop())
    if paragraphs:
        paragraphs[0] = cut_page_header(paragraphs[0], furniture)
    paragraphs = _without_datelines(paragraphs, furniture)
    paragraphs = cut_comments(paragraphs, furniture)
    paragraphs = [piece for paragraph in paragraphs for piece in strip_inline(paragraph, furniture)]
    paragraphs = cut_entry_stamps(paragraphs, furniture, published)
    removed += furniture.removed
    # A byline on its own line names the writer; one run into the headline
    # is often only the agency.
    byline = byline or headline_byline
    return CleanedText(
        "\n\n".join(paragraphs), headline or furniture.headline, byline, tuple(removed),
        furniture.dateline, furniture.stamp,
    )


def _without_datelines(paragraphs: list[str], furniture: Furniture) -> list[str]:
    """Datelines off the first paragraphs: a dated line may precede the agency's one."""
    result = list(paragraphs)
    if (
        len(result) > 1 and _looks_like_headline(result[0])
        and starts_with_dateline(result[1])
    ):
        # A headline above the dateline that the first-line rule missed (a byline or
        # a time stamp stood between them).
        furniture.headline = result.pop(0)
        furniture.removed.append(furniture.headline)
    index = 0
    while index < len(result) and index < MAX_DATELINE_PARAGRAPHS:
        rest = take_dateline(result[index], furniture)
        if not rest:
            del result[index]  # the paragraph was only a dateline
        elif rest != result[index]:
            result[index] = rest  # "ROTTERDAM, 28 Feb (AP) -" after "Rotterdam, 28 February 2025."
        else:
            break
    return result


def _take_headline(
    lines: list[str], title: str | None, removed: list[str], markdown: bool
) -> tuple[str | None, str | None]:
    """Remove a headline from the first non-empty line; return it and any byline in it."""
    index = next((i for i, line in enumerate(lines) if line), None)
    if index is None:
        return None, None
    first = lines[index]
    if markdown:
        heading = _MD_HEADING_RE.match(first)
        if heading:
            removed.append(first)
            lines[index] = ""
            return _strip_markdown(heading.group("text")) or None, None
    if title and _same_words(first, title):
        removed.append(first)
        lines[index] = ""
        return title, None
    # A headline is short; the guard keeps the regex off megabyte-long lines.
    run_together = _HEADLINE_BYLINE_RE.match(first) if len(first) <= HEADLINE_MAX_CHARS else None
    if run_together and not first.endswith(_SENTENCE_END[:3]):
        headline = run_together.group("headline")
        if (title is None or _same_words(headline, title)) and _looks_like_headline(headline):
            removed.append(first)
            lines[index] = ""
            return headline, run_together.group("names")
    followed_by_blank = index + 1 < len(lines) and not lines[index + 1]
    has_more = any(lines[index + 1 :])
    if followed_by_blank and has_more and _looks_like_headline(first) and not _is_artefact(first):
        if starts_with_dateline(first):
            return None, None  # "PASSAU, Germany, Feb 27 (Reuters) -" on a line of its own
        if _byline_names(first) is not None:
            return None, None
        removed.append(first)
        lines[index] = ""
        return first, None
    return None, None


def _looks_like_headline(line: str) -> bool:
    return (
        len(line.split()) <= HEADLINE_MAX_WORDS
        and not line.endswith(_SENTENCE_END)
        and any(ch.islower() for ch in line)
    )


def _same_words(left: str, right: str) -> bool:
    return left.split() == right.split() or left.casefold().split() == right.casefold().split()


def _is_artefact(line: str) -> bool:
    """An ad marker, a capitalised section label or a separator rule."""
    if _AD_MARKER_RE.match(line) or _RULE_RE.match(line):
        return True
    if line.endswith((".", "!", "?")) or len(line.split()) > LABEL_MAX_WORDS:
        return False  # a sentence, or too long for a label (tested first: cheap)
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and not any(ch.islower() for ch in letters)


def _byline_names(line: str) -> str | None:
    match = _BYLINE_RE.match(line)
    return match.group("names") if match else None


def _is_trailer(paragraph: str) -> bool:
    return any(pattern.match(paragraph) for pattern in _TRAILER_RES)


def _strip_markdown(line: str) -> str:
    line = _MD_IMAGE_RE.sub("", line)
    line = _MD_LINK_RE.sub(lambda m: m.group("text"), line)
    return _MD_STRONG_RE.sub(lambda m: m.group("text"), line).strip()


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks, or lines that end a sentence.

    A line break inside a sentence is a hard wrap and becomes a space.
    """
    paragraphs: list[str] = []
    current = ""
    for line in [*lines, ""]:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
        elif not current:
            current = line
        elif current.endswith(_SENTENCE_END) or _LIST_ENTRY_RE.match(line):
            # A list or chronology line ("2019: ...", "26. Februar: ...", "- ...") is
            # no continuation of the line before it.
            paragraphs.append(current)
            current = line
        else:
            current += " " + line
    return paragraphs
