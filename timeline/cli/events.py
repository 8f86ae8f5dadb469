"""Commands of this group are added by their issue's work."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
