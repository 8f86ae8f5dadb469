"""Read article files into clean text, metadata and a publication date.

Articles are Markdown or plain text (UTF-8) with optional YAML front
matter, or saved HTML pages in the charset they declare (timeline.webpage);
suffixes match in any letter case (".HTM" is a page too). The
publication date is the document creation time (DCT)
that relative dates ("am Dienstag", "letzte Woche") are resolved against;
it comes from the front matter or page metadata, else from the caller's
``published`` option, else it is inferred from the dates the text names.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from timeline.cleaning import clean_text
from timeline.dates import SUPPORTED_LANGUAGES, Timex, TimexType, tag
from timeline.language import detect_language
from timeline.models import ArticleMeta
from timeline.problems import Problem
from timeline.timex import InvalidTimexValue, parse_value
from timeline.webpage import WebPage, WebPageError, decode_html, read_web_page
from timeline.yamlio import YamlSyntaxError, decode_text, line_of, load_with_lines

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
MAX_ARTICLE_BYTES = 5_000_000

PublishedSource = Literal["metadata", "option", "dateline", "inferred", "missing"]
# Where an article's language came from: its front matter, the page's markup, the
# caller's --lang, the detector, or the project language when nothing else decided.
LanguageSource = Literal["metadata", "page", "option", "detected", "project"]

_FRONT_MATTER_END = ("---", "...")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
# "Mittwochmorgen", "Dienstagabend" still name the day.
_WEEKDAY_SUFFIX = {
    "de": r"(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?",
    "en": r"(?:\s+(?:morning|afternoon|evening|night))?",
}
# A weekday this close before a full date belongs to it ("Dienstag, 2. Januar 2024").
_WEEKDAY_DATE_GAP = 8


@dataclass(frozen=True)
class Article:
    """One article, ready for date tagging and event extraction.

    ``meta`` holds the front matter (or page metadata) completed with what
    reading found: the id (file stem when not given), a headline or byline
    removed from the body, the language and publication date in use.
    """

    meta: ArticleMeta
    path: Path
    text: str
    language: str
    published: date | None
    published_source: PublishedSource
    warnings: tuple[str, ...]
    content_hash: str
    language_source: LanguageSource = "metadata"

    @property
    def language_note(self) -> str | None:
        """The note for an article read in the project language, else None."""
        if self.language_source != "project":
            return None
        return project_language_note(self.path, self.language)

    @property
    def id(self) -> str:
        return self.meta.id


class ArticleError(Exception):
    """An article file that cannot be used, with the reason."""

    def __init__(
        self, path: Path, reason: str, line: int | None = None, field: str | None = None
    ) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        self.field = field
        super().__init__(str(self.problem()))

    def problem(self) -> Problem:
        return Problem(self.path, self.reason, self.line, self.field)


def find_article_files(paths: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """Article files among ``paths``; folders are searched recursively.

    Hidden files and folders inside a folder are skipped. A path that does
    not exist, or a named file of another type, is a problem.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                child
                for child in path.rglob("*")
                if child.suffix.lower() in ARTICLE_SUFFIXES
                and child.is_file()
                and not any(part.startswith(".") for part in child.relative_to(path).parts)
            )
        elif path.is_file():
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                found.append(path)
            else:
                problems.append(Problem(path, f"not an article file (use {_suffix_list()})"))
        else:
            problems.append(Problem(path, "no such file or folder"))
    unique = list(dict.fromkeys(found))
    return unique, problems


def load_articles(
    paths: Sequence[Path],
    *,
    published: date | None = None,
    lang: str | None = None,
    project_language: str | None = None,
) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``paths``; unusable files become problems.

    A second file with an id already taken is a problem too, since events
    cite articles by id. ``project_language`` is the language of articles
    whose own cannot be found (:func:`read_article`).
    """
    files, problems = find_article_files(paths)
    articles: list[Article] = []
    by_id: dict[str, Path] = {}
    for path in files:
        try:
            article = read_article(
                path, published=published, lang=lang, project_language=project_language
            )
        except ArticleError as error:
            problems.append(error.problem())
            continue
        if article.id in by_id:
            problems.append(
                Problem(path, f"article id {article.id!r} is already used by {by_id[article.id]}")
            )
            continue
        by_id[article.id] = path
        articles.append(article)
    return articles, problems


def load_article_meta(
    paths: Sequence[Path], project_language: str | None = None
) -> tuple[dict[str, ArticleMeta], list[Problem]]:
    """The front matter of every article under ``paths``, by id, for what needs only
    when and by whom each was published (the digest).

    A text file whose front matter states its publication date and language is
    not read further; any other (an HTML page, a file without those fields) is
    read as :func:`read_article` reads it, with the date it would infer.
    """
    files, problems = find_article_files(paths)
    found: dict[str, ArticleMeta] = {}
    for path in files:
        try:
            meta = _stated_meta(path)
            if meta is None:
                meta = read_article(path, project_language=project_language).meta
        except ArticleError as error:
            problems.append(error.problem())
            continue
        found.setdefault(meta.id, meta)
    return found, problems


def _stated_meta(path: Path) -> ArticleMeta | None:
    """The front matter of a text article when it states the date and language, else None."""
    if path.suffix.lower() in HTML_SUFFIXES or path.suffix.lower() not in ARTICLE_SUFFIXES:
        return None
    meta, _ = _read_front_matter(path, _decode(path, read_article_bytes(path)))
    return meta if meta.published is not None and meta.language is not None else None


def read_article(
    path: Path,
    *,
    published: date | None = None,
    lang: str | None = None,
    project_language: str | None = None,
    data: bytes | None = None,
) -> Article:
    """Read one article file.

    ``published`` and ``lang`` are the caller's defaults for files that do
    not state their own. ``project_language`` is the language of a file
    whose language is neither stated nor detectable (a short text): every
    command reads such a file the same way, with a note naming the fix
    (:func:`project_language_note`). ``data`` is the file's content when the
    caller has read it already (:func:`read_article_bytes`; a worker on another machine
    cannot open the path). Raises ArticleError for unusable files.
    """
    if lang is not None and lang not in SUPPORTED_LANGUAGES:
        raise ArticleError(path, f"language {lang!r} is not supported ({_languages()})")
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleError(path, f"not an article file (use {_suffix_list()})")
    if data is None:
        data = read_article_bytes(path)
    elif len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            path, f"file is too large ({len(data):,} bytes, limit {MAX_ARTICLE_BYTES:,})"
        )
    html = suffix in HTML_SUFFIXES
    text = _decode_html(path, data) if html else _decode(path, data)
    if not text.strip():
        raise ArticleError(path, "file is empty")
    warnings: list[str] = []
    if html:
        meta, body, page_language = _read_html(path, text)
        markdown = False
    else:
        meta, body = _read_front_matter(path, text)
        page_language = None
        markdown = suffix in MARKDOWN_SUFFIXES

    cleaned = clean_text(
        body, title=meta.title, markdown=markdown, published=meta.published or published
    )
    furniture_only = not cleaned.text.strip() and bool(cleaned.removed)
    if not cleaned.text.strip() and not furniture_only:
        reason = "no article text found in the HTML page" if html else "the article has no text"
        raise ArticleError(path, reason)
    if furniture_only:
        # Headlines, datelines, credits, captions and nothing else: no events, no failure.
        warnings.append(
            "only page furniture (headline, dateline, credits, captions ...), no article "
            "text: no events"
        )
    elif page_language is not None:
        page_language = _check_page_language(
            path, page_language, lang, project_language, cleaned.text, warnings
        )
    language, language_source = choose_language(
        path, meta.language, page_language, lang, project_language,
        "" if furniture_only else cleaned.text, warnings,
    )
    dct, source = _choose_published(
        meta.published, published, cleaned.text, language,
        [] if furniture_only else warnings,  # one warning is enough for such a file
        [line for line in (cleaned.dateline, cleaned.stamp) if line],
        html=html,
    )
    meta = meta.model_copy(
        update={
            "title": meta.title or cleaned.headline,
            "author": meta.author or cleaned.byline,
            "language": language,
            "published": dct,
        }
    )
    options = f"published={published.isoformat() if published else ''};lang={lang or ''}"
    content_hash = hashlib.sha256(data + b"\0" + options.encode()).hexdigest()
    return Article(
        meta=meta,
        path=path,
        text=cleaned.text,
        language=language,
        published=dct,
        published_source=source,
        warnings=tuple(warnings),
        content_hash=content_hash,
        language_source=language_source,
    )


def infer_publication_date(text: str, lang: str) -> date | None:
    """A best guess at the DCT of a text that does not state it."""
    return publication_date_from(text, tag(text, lang, None), lang)


def publication_date_from(text: str, timexes: Sequence[Timex], lang: str) -> date | None:
    """The DCT implied by the absolute dates and the weekdays a text names.

    A news text is written on or after the latest fully specified date it
    mentions. Reporters name days of the current week by weekday alone
    ("verurteilte am Dienstag"); such a day is later than every dated day
    (they would have written the date otherwise), so the DCT is taken as the
    first such weekday after the latest date: with several weekdays, the
    latest of those first occurrences. Without weekdays, the latest date is
    the best guess. A weekday directly before a full date belongs to that
    date and is ignored.
    """
    full_dates: list[tuple[Timex, date]] = []
    for timex in timexes:
        if timex.type is not TimexType.DATE or timex.relative or timex.precision != "day":
            continue
        try:
            full_dates.append((timex, parse_value(timex.value).first))
        except InvalidTimexValue:
            continue
    if not full_dates:
        return None
    latest = max(day for _, day in full_dates)
    weekdays = _weekdays_named(text, lang, [timex for timex, _ in full_dates])
    if not weekdays:
        return latest
    return max(latest + timedelta(days=(weekday - latest.weekday() - 1) % 7 + 1)
               for weekday in weekdays)


def dateline_date(dateline: str, text: str, lang: str) -> date | None:
    """The day a dateline names ("Passau, 28. Februar 2025", "HAGEN, Germany, March 4").

    The dateline says when the article was written, so it wins over guesses
    from the text. A day without its year ("Feb 27 (Reuters)") is its first
    occurrence after the dates the text names (a week's slack for the weekday
    guess of :func:`publication_date_from`); with no full date in the text it
    cannot be placed.
    """
    for timex in tag(dateline, lang, None):
        if timex.type not in (TimexType.DATE, TimexType.TIME):
            continue
        value = timex.value.split("T", 1)[0]
        with contextlib.suppress(InvalidTimexValue):
            span = parse_value(value)
            if span.first == span.last:
                return span.first
        match = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", value)
        if match is None:
            continue
        reference = infer_publication_date(text, lang)
        if reference is None:
            return None
        month, day = int(match.group(1)), int(match.group(2))
        earliest = reference - timedelta(days=7)
        for year in range(earliest.year, earliest.year + 5):  # 29 February: a leap year
            with contextlib.suppress(ValueError):
                if (found := date(year, month, day)) >= earliest:
                    return found
        return None
    return None


def _weekdays_named(text: str, lang: str, full_dates: Sequence[Timex]) -> set[int]:
    names = _WEEKDAYS.get(lang)
    if names is None:
        return set()
    pattern = re.compile(rf"\b({'|'.join(names)}){_WEEKDAY_SUFFIX[lang]}\b")
    found: set[int] = set()
    for match in pattern.finditer(text):
        attached = any(
            timex.start - _WEEKDAY_DATE_GAP <= match.end() <= timex.end for timex in full_dates
        )
        if not attached:
            found.add(names.index(match.group(1)))
    return found


def read_article_bytes(path: Path) -> bytes:
    """The bytes of an article file; ArticleError if it is too large or cannot be read."""
    # The size is checked before reading so a huge file is never loaded.
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                path, f"file is too large ({size:,} bytes, limit {MAX_ARTICLE_BYTES:,})"
            )
        return path.read_bytes()
    except OSError as error:
        raise ArticleError(path, f"cannot read file: {error.strerror or error}") from None


def _decode(path: Path, data: bytes) -> str:
    """Markdown and text files are UTF-8 (a byte order mark is accepted)."""
    if data.startswith(_UTF16_BOMS):
        raise ArticleError(path, "file is UTF-16 text; save it as UTF-8")
    try:
        return decode_text(data)
    except ValueError as error:
        reason = str(error)
        if reason.startswith("file is not UTF-8"):
            reason += "; save it as UTF-8"
        raise ArticleError(path, reason) from None


def _decode_html(path: Path, data: bytes) -> str:
    try:
        return decode_html(data)
    except WebPageError as error:
        raise ArticleError(path, str(error)) from None


def _read_front_matter(path: Path, text: str) -> tuple[ArticleMeta, str]:
    """Split off and validate YAML front matter; return it and the body."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return _validate_meta(path, {}, {}, 0), text
    end = next(
        (i for i in range(1, len(lines)) if lines[i].rstrip() in _FRONT_MATTER_END), None
    )
    if end is None:
        raise ArticleError(path, "front matter has no closing '---' line", 1)
    try:
        data, locations = load_with_lines("\n".join(lines[1:end]))
    except YamlSyntaxError as error:
        line = error.line + 1 if error.line else 1
        raise ArticleError(path, f"invalid front matter: {error}", line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(path, "front matter must be a mapping of fields", 2)
    meta = _validate_meta(path, data, locations, 1)
    return meta, "\n".join(lines[end + 1 :])


def _validate_meta(
    path: Path, data: dict[str, Any], locations: dict[Any, int], line_offset: int
) -> ArticleMeta:
    fields = {"id": path.stem, **data}
    published = fields.get("published")
    if isinstance(published, str) and len(published) > 10:
        # A timestamp ("2024-01-09T10:30:00+01:00"): its calendar date is the DCT.
        with contextlib.suppress(ValueError):
            published = datetime.fromisoformat(published.replace("Z", "+00:00"))
    if isinstance(published, datetime):
        fields["published"] = published.date()
    try:
        meta = ArticleMeta.model_validate(fields)
    except ValidationError as error:
        item = error.errors()[0]
        loc = tuple(item["loc"])
        message = "unknown field" if item["type"] == "extra_forbidden" else item["msg"]
        message = message.removeprefix("Value error, ")
        line = line_of(locations, loc)
        raise ArticleError(
            path,
            message,
            line + line_offset if line else None,
            ".".join(str(part) for part in loc) or None,
        ) from None
    if not meta.id.strip():
        raise ArticleError(path, "must not be empty", _line(locations, "id", line_offset), "id")
    if meta.language is not None:
        language = meta.language.strip().lower().replace("_", "-").split("-")[0]
        if language not in SUPPORTED_LANGUAGES:
            raise ArticleError(
                path,
                f"language {meta.language!r} is not supported ({_languages()})",
                _line(locations, "language", line_offset),
                "language",
            )
        meta = meta.model_copy(update={"language": language})
    return meta


def _line(locations: dict[Any, int], key: str, offset: int) -> int | None:
    line = locations.get((key,))
    return line + offset if line else None


def _read_html(path: Path, html: str) -> tuple[ArticleMeta, str, str | None]:
    """Main text and metadata of a saved web page, and its declared language."""
    try:
        page: WebPage = read_web_page(html)
    except WebPageError as error:
        raise ArticleError(path, str(error)) from None
    meta = ArticleMeta(
        id=path.stem,
        title=page.title,
        publisher=page.publisher,
        url=page.url,
        published=page.published,
        author=page.author,
    )
    body = "\n\n".join(page.text.split("\n"))
    return meta, body, page.language


def _check_page_language(
    path: Path,
    declared: str,
    option: str | None,
    project_language: str | None,
    text: str,
    warnings: list[str],
) -> str | None:
    """The page's declared language, unless the text clearly reads as another.

    Site templates often declare one language for every page; the function
    words of the text are the better evidence when they are clear. An
    unsupported declaration leaves the choice to the caller's option or the
    project language.
    """
    detected = detect_language(text)
    if detected is not None and detected != declared:
        warnings.append(f"the page declares language {declared!r}, the text reads as {detected!r}")
        return detected
    if declared not in SUPPORTED_LANGUAGES:
        if detected is None and option is None and _supported(project_language) is None:
            raise ArticleError(
                path, f"page language {declared!r} is not supported ({_languages()})"
            )
        return None
    return declared


def choose_language(
    path: Path,
    stated: str | None,
    page: str | None,
    option: str | None,
    project_language: str | None,
    text: str,
    warnings: list[str],
) -> tuple[str, LanguageSource]:
    """The language of an article and where it came from: the one rule of every command.

    The front matter wins, then the page's markup, the caller's option
    (``--lang``) and the detector. A text too short to tell is read in the
    project language, with a note that says how to state it; only without a
    usable project language is that an error.
    """
    declared = stated or (page if page in SUPPORTED_LANGUAGES else None)
    if declared:
        if option and option != declared:
            warnings.append(f"language {declared!r} from the file, not {option!r} from the option")
        return declared, "metadata" if stated else "page"
    if option:
        return option, "option"
    detected = detect_language(text) if text else None
    if detected is not None:
        return detected, "detected"
    fallback = _supported(project_language)
    if fallback is None:
        raise ArticleError(path, _undetected_reason(path, project_language))
    warnings.append(project_language_note(path, fallback))
    return fallback, "project"


def project_language_note(path: Path, language: str) -> str:
    """The note on an article read in the project language, naming how to state its own."""
    return (
        f"language not detected; using the project language {language!r}. "
        + _how_to_state(path, language)
    )


def _undetected_reason(path: Path, project_language: str | None) -> str:
    example = next(iter(SUPPORTED_LANGUAGES))
    reason = "cannot detect the language"
    if project_language:
        reason += (
            f", and the project language {project_language!r} is not supported "
            f"({_languages()})"
        )
    return f"{reason}. {_how_to_state(path, example)}"


def _how_to_state(path: Path, language: str) -> str:
    others = " or ".join(other for other in SUPPORTED_LANGUAGES if other != language)
    if path.suffix.lower() in HTML_SUFFIXES:
        return (f'Set `lang="{language}"` (or {others}) on the page\'s <html> element, or save '
                f"it as Markdown with `language: {language}` in its front matter, to say so.")
    return f"Set `language: {language}` (or {others}) in the article's front matter to say so."


def _supported(language: str | None) -> str | None:
    """The tagger's language for a project language ("de", "de_AT", "en-GB"), or None."""
    if not language:
        return None
    base = language.strip().lower().replace("_", "-").split("-")[0]
    return base if base in SUPPORTED_LANGUAGES else None


def _choose_published(
    stated: date | None,
    option: date | None,
    text: str,
    language: str,
    warnings: list[str],
    datelines: Sequence[str] = (),
    *,
    html: bool = False,
) -> tuple[date | None, PublishedSource]:
    if stated is not None:
        if option is not None and option != stated:
            warnings.append(
                f"publication date {stated.isoformat()} from the file, "
                f"not {option.isoformat()} from the option"
            )
        return stated, "metadata"
    if option is not None:
        return option, "option"
    for dateline in datelines:
        from_dateline = dateline_date(dateline, text, language)
        if from_dateline is not None:
            return from_dateline, "dateline"
    inferred = infer_publication_date(text, language)
    if inferred is not None:
        warnings.append(
            f"publication date inferred from the text: {inferred.isoformat()}; "
            + pin_hint(html, inferred.isoformat())
        )
        return inferred, "inferred"
    warnings.append("no publication date: relative dates cannot be resolved; " + pin_hint(html))
    return None, "missing"


def pin_hint(html: bool, value: str = "YYYY-MM-DD") -> str:
    """How to state an article's publication date for good (``value``: the date)."""
    if html:
        return (
            f"to fix the date, pass `--published {value}` on every run, or save the text as "
            f"a .md file with `published: {value}` in its front matter"
        )
    return (
        f"to pin or correct it, put `published: {value}` in the file's front matter (between "
        f"two `---` lines at its top), or run `timeline extract --published {value} FILE`, "
        "which writes it there"
    )


def stated_published(path: Path) -> tuple[date | None, bool]:
    """The publication date a text article's front matter states, and whether the file
    has front matter. ArticleError for a file that cannot be read or an HTML page."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES or path.suffix.lower() in HTML_SUFFIXES:
        raise ArticleError(path, "only a Markdown or text file has front matter")
    text = _decode(path, read_article_bytes(path))
    meta, _ = _read_front_matter(path, text)
    return meta.published, text.split("\n", 1)[0].rstrip() == "---"


def _suffix_list() -> str:
    return ", ".join(ARTICLE_SUFFIXES)


def _languages() -> str:
    return "supported: " + ", ".join(SUPPORTED_LANGUAGES)


def published_after(published: date | None, today: date | None) -> str | None:
    """The warning for a publication date after ``today`` (the caller's date, never
    read from the clock here; None: no check), else None."""
    if published is None or today is None or published <= today:
        return None
    return f"publication date {published.isoformat()} is after today ({today.isoformat()})"


def future_articles(articles: Sequence[Article], today: date) -> list[Problem]:
    """The articles published after ``today``, as warnings."""
    return [
        Problem(article.path, message, None, "published")
        for article in articles
        if (message := published_after(article.published, today)) is not None
    ]
