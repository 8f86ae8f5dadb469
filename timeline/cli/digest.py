"""``timeline digest``: the key days of the collection, each with a short summary.

A thin adapter over :mod:`timeline.digest`; problems with files are warnings
on stderr, the digest goes to stdout.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from timeline.articles import load_article_meta
from timeline.cli.events import events_option, load_event_set, parse_date
from timeline.digest import digest_json, digest_markdown, make_digest


@click.command("digest")
@events_option
@click.option("--dates", "count", type=click.IntRange(min=1),
              help="How many key days (default: chosen from the collection: the days that "
                   "2% of the articles cite, two at least, at most 20).")
@click.option("--from", "start", callback=parse_date, metavar="DATE",
              help="First day to choose from (YYYY-MM-DD).")
@click.option("--to", "end", callback=parse_date, metavar="DATE",
              help="Last day to choose from (YYYY-MM-DD).")
@click.option("--format", "output_format", type=click.Choice(["json", "markdown"]),
              default="json", show_default=True, help="Output format.")
def digest_command(
    events_dir: Path | None, count: int | None, start: date | None, end: date | None,
    output_format: str,
) -> None:
    """Print the key days of the chronology in date order, each with a summary quoted
    from its sources and its events, most important first.

    Only events dated to a day make key days; a month, week or year is never
    shown as a day. An event marked `key: true` always puts its day in, one
    marked `key: false` never counts.
    """
    if start is not None and end is not None and end < start:
        raise click.BadParameter(f"{end} is before --from {start}", param_hint="--to")
    settings, event_set = load_event_set(events_dir)
    articles, problems = (
        load_article_meta([settings.articles_dir], settings.language)
        if settings.articles_dir.is_dir() else ({}, [])
    )
    for problem in [*event_set.problems, *problems, *event_set.warnings]:
        click.echo(f"warning: {problem}", err=True)
    events = [loaded.event for loaded in event_set.events]
    digest = make_digest(
        events, articles, count=count, start=start, end=end, language=settings.language
    )
    if output_format == "json":
        click.echo(json.dumps(digest_json(digest), ensure_ascii=False, indent=2))
    else:
        click.echo(digest_markdown(digest, {event.id: event.title for event in events}), nl=False)


COMMANDS: list[click.Command] = [digest_command]
