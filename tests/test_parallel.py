"""``extract --jobs`` and ``--scheduler``: the per-article stage in a process pool or on a
Dask cluster gives the events, problems and warnings of a run in one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import parallel
from timeline.cli import main
from timeline.extract import ExtractError, ExtractSummary, extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STORIES = ("story_mulde_flood", "story_port_strike_en")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """Two stories in German and English, Markdown and plain text, and one bad file."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for story in STORIES:
        for path in sorted((FIXTURES / story).iterdir()):
            if path.suffix in (".md", ".txt"):
                shutil.copy(path, folder / f"{story}_{path.name}")
    (folder / "broken.md").write_bytes(b"\xff\xfe not utf-8")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _run(articles: Path, events: Path, **options: object) -> ExtractSummary:
    return extract([articles], events, fallback_lang="de", **options)  # type: ignore[arg-type]


def _same_summary(first: ExtractSummary, second: ExtractSummary) -> None:
    assert [a.id for a in first.articles] == [a.id for a in second.articles]
    assert [str(p) for p in first.article_problems] == [str(p) for p in second.article_problems]
    assert first.warnings == second.warnings
    assert first.new == second.new
    assert first.candidates == second.candidates


def test_a_pool_of_workers_writes_what_one_process_writes(articles: Path, tmp_path: Path) -> None:
    one = _run(articles, tmp_path / "one", jobs=1)
    pool = _run(articles, tmp_path / "pool", jobs=2)
    assert len(one.new) > 20 and len(one.article_problems) == 1
    _same_summary(one, pool)
    assert _files(tmp_path / "one") == _files(tmp_path / "pool")


def test_workers_started_by_a_fork_server_write_the_same(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Inside `mkdocs serve` other threads run, so workers do not fork from this process.
    monkeypatch.setattr(parallel, "_forkable", lambda: False)
    one = _run(articles, tmp_path / "one", jobs=1)
    pool = _run(articles, tmp_path / "pool", jobs=2)
    _same_summary(one, pool)
    assert _files(tmp_path / "one") == _files(tmp_path / "pool")


def test_the_pool_keeps_the_order_of_the_files_and_shows_progress(
    articles: Path, tmp_path: Path
) -> None:
    shown: list[Path] = []

    def progress(files: object) -> object:
        for path in files:  # type: ignore[attr-defined]
            shown.append(path)
            yield path

    summary = _run(articles, tmp_path / "events", jobs=2, progress=progress)
    assert shown == sorted(articles.iterdir())
    assert [a.path for a in summary.articles] == [p for p in shown if p.name != "broken.md"]


def test_the_pool_fills_the_cache_that_a_run_in_one_process_reads(
    articles: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    first = _run(articles, tmp_path / "events", jobs=2, cache_dir=cache)
    assert first.cached == 0
    second = _run(articles, tmp_path / "events", jobs=1, cache_dir=cache)
    assert second.cached == len(second.articles) == len(first.articles)
    assert second.new == [] and second.updated == []


def test_a_bad_actors_file_stops_the_run_before_any_work(articles: Path, tmp_path: Path) -> None:
    actors = tmp_path / "actors.yml"
    actors.write_text("- name: [not, a, name]\n", encoding="utf-8")
    with pytest.raises(ExtractError, match=r"actors\.yml"):
        _run(articles, tmp_path / "events", jobs=2, actors_file=actors)
    assert not (tmp_path / "events").exists()


def test_jobs_option_and_plugin_option(articles: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    real = parallel.run_stage

    def spy(*args: object, **options: object) -> object:
        seen.append(options["jobs"])
        return real(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("timeline.extract.run_stage", spy)
    monkeypatch.chdir(tmp_path)
    config = "site_name: T\nplugins:\n  - timeline:\n      articles: articles\n"
    (tmp_path / "mkdocs.yml").write_text(config + "      jobs: 3\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["extract"]).exit_code == 1  # the broken file
    assert runner.invoke(main, ["extract", "--jobs", "1"]).exit_code == 1
    assert seen == [3, 1]
    result = runner.invoke(main, ["extract", "--jobs", "0"])
    assert result.exit_code == 2 and "0 is not in the range x>=1" in result.output
    (tmp_path / "mkdocs.yml").write_text(config + "      jobs: two\n", encoding="utf-8")
    result = runner.invoke(main, ["extract"])
    assert result.exit_code == 1
    assert "option jobs must be a whole number of at least 1" in result.output
    assert "Traceback" not in result.output


def test_an_unreachable_scheduler_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "1s")
    article = tmp_path / "a.md"
    article.write_text("---\nid: a\npublished: 2024-01-10\nlanguage: de\n---\n"
                       "Am 2. Januar 2024 griff Russland Kiew an.\n", encoding="utf-8")
    with pytest.raises(ExtractError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        extract([article], tmp_path / "events", scheduler="tcp://127.0.0.1:9")
    assert not (tmp_path / "events").exists()


@pytest.mark.slow
def test_a_dask_cluster_of_two_worker_processes_writes_what_one_process_writes(
    articles: Path, tmp_path: Path
) -> None:
    from distributed import LocalCluster

    one = _run(articles, tmp_path / "one", jobs=1)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = _run(articles, tmp_path / "cluster", scheduler=cluster.scheduler_address,
                      cache_dir=tmp_path / "cache")
    _same_summary(one, remote)
    assert _files(tmp_path / "one") == _files(tmp_path / "cluster")
    # What the cluster found is in the local cache: the next run reads nothing.
    again = _run(articles, tmp_path / "cluster", jobs=1, cache_dir=tmp_path / "cache")
    assert again.cached == len(again.articles) == len(one.articles)
