"""``mkdocs serve --livereload`` rebuilds the chronology when event files change.

The server runs in a subprocess on 127.0.0.1 and a free port; every wait is
bounded and the server is terminated in the fixture's teardown.

``--livereload`` is passed explicitly: under Click 8.3 (and the yanked 8.2.2)
MkDocs 1.6's pair of ``--livereload``/``--no-livereload`` flags defaults to off,
so ``mkdocs serve`` alone serves without watching files (mkdocs/mkdocs#4032).
Click 8.4 restored the default; with the installed Click 8.5.1 ``serve``
parses to ``livereload=True`` without the flag. The explicit flag works with
every version.
"""

from __future__ import annotations

import re
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sitekit import SITE_MOUNT_PATH, SiteProject, mkdocs_env

pytestmark = pytest.mark.slow

STARTUP_SECONDS = 60
REBUILD_SECONDS = 30

# Proxies from the environment must not see loopback requests.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str) -> str | None:
    """The page's text, or None while the server does not answer it."""
    try:
        with _OPENER.open(url, timeout=REBUILD_SECONDS) as response:
            text: str = response.read().decode("utf-8")
            return text
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    base_url: str
    log_file: Path

    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def wait_for(
        self, what: str, condition: Callable[[], bool], seconds: float = REBUILD_SECONDS
    ) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"mkdocs serve exited with {self.process.returncode}:\n{self.log()}")
            if condition():
                return
            time.sleep(0.3)
        pytest.fail(f"timed out after {seconds:.0f} s waiting for {what}; log:\n{self.log()}")

    def page(self, path: str) -> str | None:
        return fetch(self.base_url + path)

    def wait_for_text(self, path: str, text: str, present: bool = True) -> str:
        def condition() -> bool:
            page = self.page(path)
            return page is not None and (text in page) == present

        self.wait_for(f"{text!r} {'on' if present else 'gone from'} {path}", condition)
        return self.page(path) or ""


@pytest.fixture
def server(site_project: SiteProject, free_port: int, tmp_path: Path) -> Iterator[Server]:
    log_file = tmp_path / "serve.log"
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            site_project.mkdocs_command(["serve", "--livereload", "-a", f"127.0.0.1:{free_port}"]),
            cwd=site_project.root,
            env=mkdocs_env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        running = Server(process, f"http://127.0.0.1:{free_port}{SITE_MOUNT_PATH}", log_file)
        running.wait_for(
            "the chronology page",
            lambda: running.page("chronology/") is not None,
            STARTUP_SECONDS,
        )
        yield running
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def test_pages_carry_the_live_reload_script(server: Server) -> None:
    page = server.page("chronology/") or ""
    assert re.search(r"livereload\(\d+, \d+\)", page), "live reload is off"


def test_an_edited_title_shows_on_the_chronology_and_the_event_page(
    site_project: SiteProject, server: Server
) -> None:
    event_id = site_project.search_event
    event_file = site_project.event_file(event_id)
    assert "Größter Luftangriff" in (server.page(site_project.event_url(event_id)) or "")

    event_file.write_text(
        event_file.read_text(encoding="utf-8").replace(
            "title: Größter Luftangriff", "title: Schwerster Luftangriff"
        ),
        encoding="utf-8",
    )

    server.wait_for_text("chronology/", "Schwerster Luftangriff")
    page = server.wait_for_text(site_project.event_url(event_id), "Schwerster Luftangriff")
    assert "Größter Luftangriff" not in page


def test_a_new_event_file_gets_a_page(site_project: SiteProject, server: Server) -> None:
    site_project.write_event(
        "2024-01-02-zweiter-angriff",
        "2024-01-02",
        "Zweiter Angriff mit nordkoreanischen Raketen",
        "Die Koalition wirft Moskau vor, am 2. Januar Raketen abgefeuert zu haben.",
        article="euronews-2024-01-10",
    )

    server.wait_for_text("chronology/", "Zweiter Angriff mit nordkoreanischen Raketen")
    server.wait_for_text(
        site_project.event_url("2024-01-02-zweiter-angriff"),
        "Zweiter Angriff mit nordkoreanischen Raketen",
    )


def test_invalid_yaml_is_reported_with_its_line_and_the_server_keeps_running(
    site_project: SiteProject, server: Server
) -> None:
    broken = site_project.events_dir / "2024-01-02-kaputt.yml"
    broken.write_text(
        'id: 2024-01-02-kaputt\ndate: "2024-01-02"\ntitle: Raketen auf Kiew\n'
        "  quelle: Reuters\n"  # line 4: a mapping inside a plain scalar
        "sources: []\n",
        encoding="utf-8",
    )

    server.wait_for("the problem in the log", lambda: "2024-01-02-kaputt.yml:4" in server.log())
    assert server.process.poll() is None
    # The other events are still served.
    server.wait_for_text("chronology/", "Größter Luftangriff")

    site_project.write_event(
        "2024-01-02-kaputt",
        "2024-01-02",
        "Raketen auf Kiew",
        "Die Koalition wirft Moskau vor, am 2. Januar Raketen abgefeuert zu haben.",
        article="euronews-2024-01-10",
    )
    server.wait_for_text("chronology/", "Raketen auf Kiew")
    assert server.process.poll() is None
