"""bench/speed.py runs end to end (a smoke run: its figures are not checked)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SPEED = Path(__file__).resolve().parents[1] / "bench" / "speed.py"


@pytest.mark.needs_shared
def test_speed_quick_run_prints_every_figure() -> None:
    # A subprocess, because the benchmark pins its process to one CPU.
    completed = subprocess.run(
        [sys.executable, str(SPEED), "--quick"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    out = completed.stdout
    for expected in ("krauts   timeline", "krauts   dateparser", "te3      timeline",
                     "the speed of dateparser.search_dates", "peak RSS tagging 0.5 MB",
                     "time 5x input"):
        assert expected in out
