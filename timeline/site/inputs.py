"""What the site is made of, read from the project: events, article metadata, actors.

Shared by the MkDocs plugin and ``timeline render``; problems are returned,
not raised, so one bad file never stops the rest of the site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.articles import future_articles, load_articles
from timeline.models import ArticleMeta
from timeline.problems import Problem, ProblemError
from timeline.store import LoadedEvent, load_events
from timeline.tags import Actor, load_actors


@dataclass
class SiteInputs:
    events: list[LoadedEvent] = field(default_factory=list)
    articles: dict[str, ArticleMeta] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Articles read in the project language, with how to state theirs: never a problem.
    notes: list[Problem] = field(default_factory=list)
    # Valid, but probably not meant: not worth failing a strict build, as `check` passes too.
    warnings: list[Problem] = field(default_factory=list)


def load_inputs(
    events_dir: Path,
    articles_dir: Path,
    actors_file: Path | None,
    language: str,
    today: date | None = None,
) -> SiteInputs:
    """Events (valid ones, in date order), articles by id and actors by name.

    A missing events or articles folder and a missing actors file are no problem.
    ``language`` is the project language, that of articles too short to tell.
    ``today`` (the caller's date) makes a publication date after it a warning.
    """
    inputs = SiteInputs()
    event_set = load_events(events_dir)
    inputs.events = event_set.events
    inputs.problems.extend(event_set.problems)
    inputs.warnings.extend(event_set.warnings)
    if articles_dir.is_dir():
        articles, problems = load_articles([articles_dir], project_language=language)
        inputs.articles = {article.id: article.meta for article in articles}
        inputs.problems.extend(problems)
        inputs.notes.extend(
            Problem(article.path, article.language_note)
            for article in articles
            if article.language_note is not None
        )
        if today is not None:
            inputs.warnings.extend(future_articles(articles, today))
    if actors_file is not None and actors_file.is_file():
        try:
            inputs.actors = {actor.name: actor for actor in load_actors(actors_file)}
        except ProblemError as error:
            inputs.problems.extend(error.problems)
    return inputs


def shown_relative(problem: Problem, root: Path) -> Problem:
    """The problem with its path relative to the project folder, when it is inside it."""
    try:
        path = problem.path.resolve().relative_to(root.resolve())
    except ValueError:
        return problem
    return Problem(path, problem.message, problem.line, problem.field)
