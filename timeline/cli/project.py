"""The project the commands work in: found from mkdocs.yml, or named by explicit paths.

A folder without a mkdocs.yml that uses the ``timeline`` plugin is not a
chronology project. A command that would work on its default folders there
stops with a message naming ``timeline init`` and the options that name the
folders instead, and creates nothing.
"""

from __future__ import annotations

from pathlib import Path

import click

from timeline.articles import ARTICLE_SUFFIXES, find_article_files
from timeline.settings import ProjectSettings


def require_project(settings: ProjectSettings, instead: str | None) -> None:
    """Stop unless ``settings`` come from a chronology project.

    ``instead`` says how to name the folders on the command line, for
    commands that can work without a project.
    """
    if settings.is_chronology:
        return
    if settings.config_file is None:
        where = (f"{settings.root} is not a chronology project: no mkdocs.yml with the "
                 "`timeline` plugin in it or a folder above.")
    else:
        where = (f"{settings.root} is not a chronology project: {settings.config_file} "
                 "does not use the `timeline` plugin.")
    hint = "Create one with `timeline init DIR` and run the command there"
    hint += f", or {instead}." if instead else "."
    raise click.ClickException(f"{where} {hint}")


def articles_hint(folder: Path) -> str | None:
    """What to put into an articles folder that holds no article yet, else None."""
    if not folder.is_dir() or find_article_files([folder])[0]:
        return None
    return (
        f"{folder} has no articles yet: copy news articles into it as Markdown, text or "
        f"saved web pages ({', '.join(ARTICLE_SUFFIXES)}), optionally with front matter "
        "such as `published: 2025-03-04` and `language: de`."
    )
