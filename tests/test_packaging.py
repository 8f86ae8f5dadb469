"""What an install asks for: the packages really needed, and metadata that builds quietly.

A fresh ``pip install`` needs the network, so the install itself is checked by
hand (see the README's Quick start); these tests pin what it reads.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pyproject() -> dict[str, object]:
    data: dict[str, object] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data


def _dependencies(pyproject: dict[str, object]) -> list[str]:
    project = pyproject["project"]
    assert isinstance(project, dict)
    return list(project["dependencies"])


def test_lxml_html_clean_is_a_package_not_an_extra(pyproject: dict[str, object]) -> None:
    dependencies = _dependencies(pyproject)
    assert any(re.match(r"lxml[_-]html[_-]clean\b", item) for item in dependencies)
    assert not [item for item in dependencies if re.match(r"lxml\s*\[", item)]


def test_the_licence_is_an_spdx_expression(pyproject: dict[str, object]) -> None:
    # A table ({text = "MIT"}) makes setuptools 77+ warn on every build.
    project = pyproject["project"]
    assert isinstance(project, dict)
    assert project["license"] == "MIT"
    assert (ROOT / project["license-files"][0]).is_file()
    build_system = pyproject["build-system"]
    assert isinstance(build_system, dict)
    assert "setuptools>=77" in build_system["requires"]


def test_the_readme_installs_with_a_current_pip() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^python3 -m venv .*$", readme, flags=re.MULTILINE)
    assert commands
    assert all(command.startswith("python3 -m venv --upgrade-deps .venv") for command in commands)
