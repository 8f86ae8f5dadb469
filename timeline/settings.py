"""Project settings, read from the ``timeline`` plugin entry of ``mkdocs.yml``.

The CLI and the MkDocs plugin share this one configuration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")
DEFAULT_EVENTS = "events"
DEFAULT_ARTICLES = "articles"
DEFAULT_LANGUAGE = "de"
DEFAULT_ACTORS = "actors.yml"


@dataclass(frozen=True)
class ProjectSettings:
    root: Path
    events_dir: Path
    articles_dir: Path
    language: str
    config_file: Path | None = None
    # The actors list (plugin option ``actors``, default ``actors.yml``); None if absent.
    actors_file: Path | None = None
    # All options of the ``timeline`` plugin entry as written (``timeline render`` validates
    # them with the plugin's own config schema), and MkDocs' use_directory_urls.
    plugin_options: dict[str, Any] = field(default_factory=dict)
    use_directory_urls: bool = True
    # A trained spaCy pipeline (plugin option ``pipeline``) whose entities extract adds as tags.
    pipeline: str | None = None
    # Worker processes of ``timeline extract`` (plugin option ``jobs``); None: every core.
    jobs: int | None = None
    # Whether a mkdocs.yml with the ``timeline`` plugin was found: a chronology project.
    # Without one the folders above are only the defaults of explicit paths.
    is_chronology: bool = False


class _TolerantLoader(yaml.SafeLoader):
    """Safe loader that reads MkDocs' ``!!python/name:`` and ``!ENV`` tags as plain values."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)
_TolerantLoader.add_multi_constructor("!", _ignore_tag)


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def plugin_options(config: dict[str, Any]) -> dict[str, Any] | None:
    """The options of the ``timeline`` plugin in an MkDocs config, or None."""
    for entry in config.get("plugins") or []:
        if entry == "timeline":
            return {}
        if isinstance(entry, dict) and "timeline" in entry:
            return dict(entry["timeline"] or {})
    return None


def load_settings(start: Path | None = None) -> ProjectSettings:
    """Settings of the project that contains ``start`` (default: the current folder)."""
    start = (start or Path.cwd()).resolve()
    config_file = find_config(start)
    if config_file is None:
        return ProjectSettings(
            start, start / DEFAULT_EVENTS, start / DEFAULT_ARTICLES, DEFAULT_LANGUAGE,
            actors_file=_existing(start / DEFAULT_ACTORS),
        )
    root = config_file.parent
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as error:
        raise ValueError(f"{config_file}: cannot read MkDocs configuration: {error}") from None
    found = plugin_options(config)
    options = found or {}
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    language = options.get("language") or (theme or {}).get("language") or DEFAULT_LANGUAGE
    return ProjectSettings(
        root=root,
        events_dir=root / str(options.get("events", DEFAULT_EVENTS)),
        articles_dir=root / str(options.get("articles", DEFAULT_ARTICLES)),
        language=str(language),
        config_file=config_file,
        actors_file=_existing(root / str(options.get("actors", DEFAULT_ACTORS))),
        plugin_options=options,
        use_directory_urls=config.get("use_directory_urls") is not False,
        pipeline=str(options["pipeline"]) if options.get("pipeline") else None,
        jobs=_jobs(options.get("jobs"), config_file),
        is_chronology=found is not None,
    )


def _jobs(value: Any, config_file: Path) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(
            f"{config_file}: timeline plugin option jobs must be a whole number of at "
            f"least 1 (worker processes), not {value!r}"
        )
    return value


def _existing(path: Path) -> Path | None:
    return path if path.is_file() else None
