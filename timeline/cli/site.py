"""``timeline render`` and ``timeline init``: the chronology website from the command line.

``render`` writes the pages the MkDocs plugin generates as Markdown files, for
any MkDocs-compatible builder; ``init`` starts a new project.
"""

from __future__ import annotations

from pathlib import Path

import click

from timeline.cli.events import local_today
from timeline.cli.project import require_project
from timeline.scaffold import SCAFFOLD_LANGUAGES, ScaffoldError, create_project
from timeline.settings import ProjectSettings, load_settings


def _settings() -> ProjectSettings:
    try:
        return load_settings()
    except ValueError as error:
        raise click.ClickException(str(error)) from None


@click.command("render")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the Markdown pages into (like a docs folder).",
)
@click.option("--strict", is_flag=True, help="Exit with an error if any file has a problem.")
def render_command(out_dir: Path, strict: bool) -> None:
    """Write the chronology pages as Markdown files into OUT.

    Reads events, articles, language and the other options from the `timeline`
    plugin entry of mkdocs.yml. The pages are those `mkdocs build` generates:
    OUT/<path>/index.md, one page per event and per source, the timeline view
    with its JSON data and assets. Existing files there are overwritten.
    """
    # Imported here: the MkDocs config schema is only needed by this command.
    from timeline.site.config import TimelineConfig, render_options
    from timeline.site.dates import locale_for
    from timeline.site.inputs import load_inputs, shown_relative
    from timeline.site.render import ASSET_DIR, ASSET_FILES, render_site

    settings = _settings()
    require_project(settings, None)
    where = settings.config_file or settings.root
    config = TimelineConfig(config_file_path=str(where))
    config.load_dict(dict(settings.plugin_options))
    failed, _warnings = config.validate()
    if failed:
        key, error = failed[0]
        raise click.ClickException(f"{where}: plugin 'timeline' option '{key}': {error}")
    try:
        locale_for(settings.language)
    except ValueError as error:
        raise click.ClickException(f"{where}: {error}") from None
    inputs = load_inputs(
        settings.events_dir, settings.articles_dir, settings.actors_file, settings.language,
        local_today(),
    )
    options = render_options(config, settings.language, settings.use_directory_urls)
    site = render_site(inputs.events, inputs.articles, options, inputs.actors)
    problems = [*inputs.problems, *site.problems, *inputs.warnings]
    for problem in problems:
        click.echo(f"warning: {shown_relative(problem, settings.root)}", err=True)
    for note in inputs.notes:
        click.echo(f"note: {shown_relative(note, settings.root)}", err=True)
    files = {page.src_uri: page.markdown for page in site.pages}
    files.update(site.data_files)
    assets = Path(__file__).resolve().parents[1] / "site" / "assets"
    for name in ASSET_FILES:
        if name != "timeline.js" or options.timeline_view:
            files[f"{ASSET_DIR}/{name}"] = (assets / name).read_text(encoding="utf-8")
    try:
        for relative, text in files.items():
            path = out_dir / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise click.ClickException(f"cannot write into {out_dir}: {error}") from None
    events = sum(1 for page in site.pages if page.event_file is not None)
    click.echo(
        f"Wrote {len(files)} files ({events} event pages) to {out_dir / options.path}"
    )
    if strict and problems:
        raise click.ClickException(f"{len(problems)} problem(s), see the warnings above")


@click.command("init")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--language",
    type=click.Choice(SCAFFOLD_LANGUAGES),
    default="de",
    show_default=True,
    help="Language of the site, its dates and the start page.",
)
@click.option("--name", "site_name", help="Site name (default: Chronik / Chronology).")
def init_command(folder: Path, language: str, site_name: str | None) -> None:
    """Create a new chronology project in FOLDER.

    Writes mkdocs.yml (Material, search, tags and the timeline plugin),
    docs/index.md, docs/tags.md, actors.yml, empty articles/ and events/
    folders, requirements.txt (this tool, pinned to its version) and a GitHub
    Pages workflow (.github/workflows/pages.yml) that installs it, runs
    `timeline check` and `mkdocs gh-deploy --strict`. Existing files are never
    overwritten. Next: copy articles into FOLDER/articles, then run
    `timeline extract` and `mkdocs build` in FOLDER.
    """
    try:
        written = create_project(folder, site_name, language)
    except ScaffoldError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"cannot create the project in {folder}: {error}") from None
    for path in written:
        click.echo(f"created {path}")
    click.echo(
        f"Next: copy articles into {folder / 'articles'}, then in {folder} run "
        "`timeline extract` and `mkdocs serve`."
    )


COMMANDS: list[click.Command] = [render_command, init_command]
