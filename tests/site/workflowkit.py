"""Reading GitHub workflow files: their ``run:`` lines, checked against the real CLIs.

No network: the ``timeline`` and ``mkdocs`` command lines of each ``run:``
step are parsed by the installed Click groups (``make_context``), which
rejects unknown commands and options.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import click
import yaml
from mkdocs.__main__ import cli as mkdocs_cli

from timeline.cli import main as timeline_cli

CLIS: dict[str, click.Group] = {"timeline": timeline_cli, "mkdocs": mkdocs_cli}


def load_workflow(path: Path) -> dict[str, Any]:
    return parse_workflow(path.read_text(encoding="utf-8"))


def parse_workflow(text: str) -> dict[str, Any]:
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    # YAML 1.1 reads the key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def run_lines(workflow: dict[str, Any]) -> list[str]:
    lines = []
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            lines.extend(line.strip() for line in step.get("run", "").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def cli_lines(workflow: dict[str, Any]) -> list[str]:
    """The ``run:`` lines that call ``timeline`` or ``mkdocs``."""
    return [line for line in run_lines(workflow) if line.split()[0] in CLIS]


def check_command_line(line: str) -> None:
    """Fail when ``line`` calls a missing command or option of ``timeline``/``mkdocs``."""
    words = shlex.split(line.split("||")[0])
    group = CLIS[words[0]]
    context = group.make_context(words[0], words[1:], resilient_parsing=False)
    with context:
        name, command, args = group.resolve_command(context, words[1:])
        assert command is not None, f"{line}: no command {name!r}"
        command.make_context(name or "", args, parent=context)
