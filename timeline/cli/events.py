"""``timeline extract``, ``check``, ``export`` and ``schema``: the event store commands.

Thin adapters over :mod:`timeline.extract`, :mod:`timeline.store` and
:mod:`timeline.articles`; library errors become one-line
``click.ClickException`` messages here.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timezone
from pathlib import Path
from typing import Any

import click

from timeline.articles import HTML_SUFFIXES, Article, future_articles, load_articles
from timeline.cli.project import articles_hint, require_project
from timeline.dates import SUPPORTED_LANGUAGES
from timeline.export import Chronology
from timeline.importance import Collection
from timeline.lock import StoreBusy, events_lock, holder_note
from timeline.problems import Problem
from timeline.schema import event_schema_json
from timeline.settings import ProjectSettings, load_settings
from timeline.stale import stale_quotes
from timeline.store import EventSet, LoadedEvent, StateError, load_events
from timeline.yamlio import YamlSyntaxError, line_of, load_with_lines, read_text

CACHE_FOLDER = ".timeline-cache"
# Above this many articles a progress bar is shown even when stderr is not a terminal.
PROGRESS_MIN_ARTICLES = 5


def _settings() -> ProjectSettings:
    try:
        return load_settings()
    except ValueError as error:
        raise click.ClickException(str(error)) from None


def events_option(function: Any) -> Any:
    return click.option(
        "--events",
        "events_dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Events folder (default: the timeline plugin's `events` option in mkdocs.yml).",
    )(function)


def local_today() -> date:
    """Today in the local time zone: the one place the commands read the clock."""
    return datetime.now(UTC).astimezone().date()


def parse_date(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        try:
            return datetime.fromisoformat(value).date()
        except ValueError:
            raise click.BadParameter(f"{value!r} is not a date (expected YYYY-MM-DD)") from None


def _progress(files: Sequence[Path]) -> Iterable[Path]:
    if not (sys.stderr.isatty() or len(files) > PROGRESS_MIN_ARTICLES):
        return files
    from tqdm import tqdm

    bar: Iterable[Path] = tqdm(
        files, desc="Extracting", unit="article", file=sys.stderr, leave=False
    )
    return bar


@click.command("extract")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@events_option
@click.option("--published", callback=parse_date, metavar="DATE",
              help="Publication date (YYYY-MM-DD) for articles that do not state one; "
                   "written into their front matter, so later runs keep it.")
@click.option("--lang", type=click.Choice(SUPPORTED_LANGUAGES),
              help="Language of articles that do not state one (default: detected).")
@click.option("--no-cache", is_flag=True, help="Tag every article again.")
@click.option("--pipeline", metavar="NAME",
              help="Trained spaCy pipeline (package or folder) that adds people, organisations "
                   "and places to the tags (default: the plugin's `pipeline` option; none).")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N",
              help="Worker processes that read and tag articles (default: the plugin's `jobs` "
                   "option, else one per core).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Tag the articles on a Dask cluster, e.g. tcp://10.0.0.5:8786 (needs "
                   "news-timeline[cluster]); merging and writing stay here.")
@click.option("--no-wait", is_flag=True,
              help="Fail at once when another run is writing to the events folder, "
                   "instead of waiting for it to finish.")
def extract_command(
    paths: tuple[Path, ...],
    events_dir: Path | None,
    published: date | None,
    lang: str | None,
    no_cache: bool,
    pipeline: str | None,
    jobs: int | None,
    scheduler: str | None,
    no_wait: bool,
) -> None:
    """Find dated events in articles and write them to the events folder.

    PATHS are article files or folders (default: the articles folder). Fields
    you edited, events you deleted and events marked rejected stay as they
    are; new sources are added to the events they belong to. An event file
    that does not load is reported and left alone. Exits with 1 when an
    article or an event file had a problem; everything else is still written.
    One run at a time writes to an events folder: another waits for it.
    """
    from timeline.extract import ExtractError, extract

    settings = _settings()
    if not (paths and events_dir):
        require_project(settings, "name the articles and the events folder: "
                        "`timeline extract ARTICLES... --events DIR`")
    targets = list(paths) or [settings.articles_dir]
    events_folder = events_dir or settings.events_dir

    if published is not None:
        _pin(targets, published)

    def waiting(holder: int | None) -> None:
        click.echo(f"waiting for another timeline run on {events_folder}{holder_note(holder)} …",
                   err=True)

    try:
        with events_lock(events_folder, wait=not no_wait, on_wait=waiting):
            summary = extract(
                targets,
                events_folder,
                published=published,
                lang=lang,
                fallback_lang=settings.language,
                cache_dir=None if no_cache else settings.root / CACHE_FOLDER,
                actors_file=settings.actors_file,
                progress=_progress,
                pipeline=pipeline or settings.pipeline,
                jobs=jobs or settings.jobs,
                scheduler=scheduler,
                today=local_today(),
                complete=not paths,
            )
    except StoreBusy as error:
        raise click.ClickException(
            f"{error}; run again when it has finished, or leave out --no-wait to wait for it"
        ) from None
    except (ExtractError, StateError) as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot write events to {events_folder}: {error}") from None
    for problem in summary.article_problems:
        click.echo(f"error: {problem}", err=True)
    for problem in summary.event_problems:
        click.echo(f"error: {problem}", err=True)
    for event_warning in summary.event_warnings:
        click.echo(f"warning: {event_warning}", err=True)
    if summary.nothing_to_do:
        click.echo(
            f"Articles: {summary.unchanged_articles} unchanged since the last run, and the "
            "events folder too: nothing to do"
        )
    else:
        cached = f", {summary.cached} unchanged since the last run" if summary.cached else ""
        unread = (
            f", {summary.unchanged_articles} unchanged and not read again (only the days "
            "the others touch were merged again)" if summary.unchanged_articles else ""
        )
        click.echo(
            f"Articles: {len(summary.articles)} read{cached}{unread}, "
            f"{len(summary.article_problems)} failed"
        )
    click.echo(
        f"Events in {events_folder}: {len(summary.new)} new, {len(summary.updated)} updated, "
        f"{len(summary.unchanged)} unchanged, {len(summary.skipped)} skipped "
        "(rejected or deleted)"
    )
    if summary.removed:
        click.echo(
            f"Removed {len(summary.removed)} unedited event(s) found only in an article's "
            "old version or in a removed article"
        )
    for article in summary.articles:
        if article.published_source == "option":
            why = ("a saved page has no front matter" if article.path.suffix.lower() in
                   HTML_SUFFIXES else "the date could not be written into the file")
            click.echo(f"note: {article.path}: {why}, so --published holds for this run "
                       "only: pass it on every run", err=True)
    if summary.warnings:
        click.echo("Articles with warnings:")
        for path, warnings in summary.warnings.items():
            for warning in warnings:
                click.echo(f"  {path}: {warning}")
    hint = None if paths else articles_hint(settings.articles_dir)
    if hint:
        click.echo(hint, err=True)
    if summary.failed or summary.event_problems:
        sys.exit(1)


def _pin(targets: list[Path], published: date) -> None:
    """Write the --published date into the articles that state none, so the next run
    keeps it (:mod:`timeline.pinning`)."""
    from timeline.pinning import pin_published

    pinning = pin_published(targets, published)
    for path in pinning.pinned:
        click.echo(f"{path}: wrote `published: {published.isoformat()}` into its front matter")
    for problem in pinning.problems:
        click.echo(f"warning: {problem}", err=True)


@click.command("check")
@events_option
def check_command(events_dir: Path | None) -> None:
    """Check every event file and every article; list each problem as file:line: field: message."""
    settings, event_set = load_event_set(events_dir)
    articles, article_problems = _articles(settings)
    problems = [*event_set.problems, *article_problems]
    known = {article.id for article in articles}
    for loaded in event_set.events:
        problems.extend(_unknown_sources(loaded, known))
    problems.extend(stale_quotes(
        events_dir or settings.events_dir, event_set.events,
        {article.id: article.text for article in articles},
    ))
    for article in articles:
        if article.language_note is not None:
            click.echo(f"note: {article.path}: {article.language_note}", err=True)
    for problem in problems:
        click.echo(str(problem))
    for warning in [*event_set.warnings, *future_articles(articles, local_today())]:
        click.echo(f"warning: {warning}")
    if problems:
        click.echo(f"{len(problems)} problem(s) found", err=True)
        sys.exit(1)
    click.echo(f"OK: {len(event_set.events)} events, {len(articles)} articles")
    hint = articles_hint(settings.articles_dir) if settings.is_chronology else None
    if hint:
        click.echo(hint, err=True)


def load_event_set(events_dir: Path | None) -> tuple[ProjectSettings, EventSet]:
    """The project settings and the events of ``events_dir`` (default: the configured folder)."""
    settings = _settings()
    if events_dir is None:
        require_project(settings, "name the events folder with --events DIR")
    events_folder = events_dir or settings.events_dir
    if not events_folder.is_dir():
        raise click.ClickException(f"{events_folder}: no such events folder")
    return settings, load_events(events_folder)


def _articles(settings: ProjectSettings) -> tuple[list[Article], list[Problem]]:
    if not settings.articles_dir.is_dir():
        return [], []
    articles, problems = load_articles(
        [settings.articles_dir], project_language=settings.language
    )
    return articles, problems


def _unknown_sources(loaded: LoadedEvent, known: set[str]) -> list[Problem]:
    unknown = [
        (index, source.article)
        for index, source in enumerate(loaded.event.sources)
        if source.article not in known
    ]
    if not unknown:
        return []
    try:
        _, lines = load_with_lines(read_text(loaded.path))
    except (OSError, ValueError, YamlSyntaxError):
        lines = {}
    return [
        Problem(
            loaded.path,
            f"unknown article {article!r}",
            line_of(lines, ("sources", index, "article")),
            f"sources.{index}.article",
        )
        for index, article in unknown
    ]


EXPORT_FORMATS = ("json", "csv", "ics", "timelinejs")


@click.command("export")
@events_option
@click.option("--format", "output_format", type=click.Choice(EXPORT_FORMATS), default="json",
              show_default=True,
              help="json: every event and article field; csv: one row per event; ics: one "
                   "all-day calendar event per event; timelinejs: TimelineJS3's JSON.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of stdout.")
def export_command(events_dir: Path | None, output_format: str, output: Path | None) -> None:
    """Write all events (except rejected ones) in date order, to stdout or a file.

    json is {"events": [...], "articles": [...]} with every field of each
    (an event's ``end``, ``status``, ``uncertain``, ``planned``, ``key``,
    ``importance`` 0..1 and its sources' ``date_text``; an article's author,
    language and URL). The README lists the fields of every format.
    """
    from timeline.export.ics import ics_bytes
    from timeline.export.records import json_document
    from timeline.export.table import csv_text
    from timeline.export.timelinejs import timelinejs_document

    chronology = _chronology(events_dir)
    if output_format == "ics":
        # The export's time is the calendar's DTSTAMP; the core never reads the clock.
        data = ics_bytes(chronology, datetime.now(timezone.utc))
    elif output_format == "csv":
        data = csv_text(chronology).encode("utf-8")
    else:
        document = (
            json_document(chronology) if output_format == "json"
            else timelinejs_document(chronology)
        )
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if output is None:
        click.echo(data, nl=False)
        return
    try:
        output.write_bytes(data)
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write: {error}") from None


def _chronology(events_dir: Path | None) -> Chronology:
    """The project's events (rejected ones left out), their importance and the articles."""
    settings, event_set = load_event_set(events_dir)
    articles, article_problems = _articles(settings)
    for problem in [*event_set.problems, *article_problems, *event_set.warnings]:
        click.echo(f"warning: {problem}", err=True)
    # load_events returns the events in chronological order already.
    events = [loaded.event for loaded in event_set.events if loaded.event.status != "rejected"]
    importance = Collection(
        events, {article.id: article.published for article in articles}
    ).importance()
    return Chronology(events, importance, {article.id: article.meta for article in articles})


@click.command("schema")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of stdout.")
def schema_command(output: Path | None) -> None:
    """Print the JSON Schema of event files."""
    text = event_schema_json()
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write: {error}") from None


COMMANDS: list[click.Command] = [extract_command, check_command, export_command, schema_command]
