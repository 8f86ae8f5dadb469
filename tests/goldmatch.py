"""The gold files' matching rule, now in ``bench/goldscore.py``; re-exported for the tests.

An extracted event matches a gold event when it has the same date (and the same
``end``, or none on both), cites one of the gold event's articles, and the quote it
cites from that article contains one of ``quote_has`` (case-insensitive).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.goldscore import cites, found_whole, load_gold, matches, same_span

__all__ = ["cites", "found_whole", "load_gold", "matches", "same_span"]
