"""The ``timeline`` command line: a thin Click layer over the library.

Each command lives in a module of this package; library errors become
``click.ClickException`` here and nowhere else.
"""

from __future__ import annotations

import click

from timeline import __version__
from timeline.cli import dates, digest, events, site


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="timeline")
def main() -> None:
    """Turn news articles into a browsable, cited chronology website."""


for module in (dates, events, digest, site):
    for command in module.COMMANDS:
        main.add_command(command)
