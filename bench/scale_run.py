"""One measured run of the scale benchmark, in a process of its own.

Usage (``bench/scale.py`` calls it; by hand only to debug)::

    python bench/scale_run.py '{"mode": "tag", "articles": "DIR"}'
    python bench/scale_run.py '{"mode": "extract", "articles": "DIR", "events": "DIR",
                                "cache": "DIR", "jobs": 2, "scheduler": null}'

Prints one JSON object: the seconds of the measured work, what it did and the
peak resident size of this process and of its largest child (MB).

Both modes import spaCy before the clock starts (interpreter start-up, the
same for both); building the taggers is timed.

* ``tag``: reads every article with ``read_article`` first (not timed), then
  times building the German and English taggers and, separately, ``tag()``
  over the cleaned texts: the tagger alone.
* ``extract``: times one ``timeline.extract.extract`` call with the project's
  defaults; ``jobs`` / ``scheduler`` are passed only when given.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FALLBACK_LANG = "de"


def peak_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest finished child, in MB (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    unit = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return own / unit, child / unit


def run_tag(articles: Path) -> dict[str, Any]:
    from timeline.articles import find_article_files, read_article
    from timeline.dates import tag
    from timeline.dates.tagger import get_tagger

    files, _problems = find_article_files([articles])
    texts = []
    for path in files:
        article = read_article(path)
        texts.append((article.text, article.language, article.published))
    started = time.perf_counter()
    for lang in sorted({lang for _, lang, _ in texts}):
        get_tagger(lang)
    loaded = time.perf_counter()
    timexes = 0
    for text, lang, published in texts:
        timexes += len(tag(text, lang, published))
    done = time.perf_counter()
    return {"load_s": loaded - started, "tag_s": done - loaded, "articles": len(texts),
            "words": sum(len(text.split()) for text, _, _ in texts), "timexes": timexes}


def run_extract(options: dict[str, Any]) -> dict[str, Any]:
    from timeline.extract import extract

    extra = {name: options[name] for name in ("jobs", "scheduler") if options.get(name)}
    started = time.perf_counter()
    summary = extract(
        [Path(options["articles"])], Path(options["events"]),
        cache_dir=Path(options["cache"]), fallback_lang=FALLBACK_LANG, **extra,
    )
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "articles": len(summary.articles), "cached": summary.cached,
            "candidates": summary.candidates, "new": len(summary.new),
            "updated": len(summary.updated), "unchanged": len(summary.unchanged),
            "problems": len(summary.article_problems) + len(summary.event_problems)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    options: dict[str, Any] = json.loads(args[0])
    import spacy  # noqa: F401  (importing the library is start-up, for both modes alike)

    if options["mode"] == "tag":
        result = run_tag(Path(options["articles"]))
    else:
        result = run_extract(options)
    own, child = peak_mb()
    result.update(peak_mb=own, child_peak_mb=child)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
