"""The GitHub Pages workflow and the pinned requirement that ``timeline init`` writes.

A new project is not a checkout of this tool: its workflow cannot ``pip
install .``. It installs the tool from ``requirements.txt``, pinned to the
version that created the project, so the site is built by the release the
project was made with until someone raises the pin.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "news-timeline"
REQUIREMENTS_FILE = "requirements.txt"
WORKFLOW_FILE = ".github/workflows/pages.yml"

_REQUIREMENTS = """\
# The chronology tool this site is built with (pip install -r requirements.txt).
# Pinned to the version that created the project. Where no package index has
# {distribution}, name a wheel or a repository instead, for example:
#   {distribution} @ git+https://github.com/OWNER/news-timeline@v{version}
#   ./wheels/news_timeline-{version}-py3-none-any.whl
{distribution}=={version}
"""

_WORKFLOW = """\
# Publish the chronology to GitHub Pages on every push to main.
#
# The tool comes from requirements.txt; `timeline check` stops the deployment on broken event
# files; `mkdocs gh-deploy` builds the site and pushes it to the `gh-pages` branch. Once, in
# the repository's Settings > Pages, choose "Deploy from a branch", branch `gh-pages`, folder
# `/ (root)`, and set `site_url` in mkdocs.yml to the address GitHub shows.
name: Pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: write

# One deployment at a time; a newer push waits instead of racing the older one.
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      # Material's notice about MkDocs 2.0 is not a problem of this site.
      NO_MKDOCS_2_WARNING: "1"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
          cache: pip
      - name: Install the chronology tool
        run: pip install -r requirements.txt
      - name: Check the event files
        run: timeline check
      - name: Git identity for the gh-pages commit
        run: |
          git config user.name "github-actions[bot]"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
      - name: Fetch the published branch (MkDocs' version check reads its last commit)
        run: git fetch origin gh-pages:gh-pages || echo "no gh-pages branch yet"
      - name: Build and publish
        run: mkdocs gh-deploy --force --strict
"""


def installed_version() -> str:
    """The version of the installed ``news-timeline`` distribution."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # run from a source tree that was never installed
        from timeline import __version__

        return __version__


def requirements_text(tool_version: str) -> str:
    """``requirements.txt`` of a new project: this tool, pinned to ``tool_version``."""
    return _REQUIREMENTS.format(distribution=DISTRIBUTION, version=tool_version)


def workflow_text() -> str:
    """The GitHub Actions workflow that checks and publishes a new project."""
    return _WORKFLOW
