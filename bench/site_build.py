"""Build time and peak memory of a chronology site against a bare Material site.

Usage::

    python bench/site_build.py [--sizes 100,1000,5000] [--repeat 3]
                               [--bare rendered|hand] [--keep DIR] [--profile N]

For each size N the script writes a **timeline** project from synthetic data
(``bench/synthetic.py``: N events, about N/3 articles): Material with search
(``lang: de``), tags and the ``timeline`` plugin. The **bare** project has the
same theme, plugins and Markdown extensions, no ``timeline`` plugin, and one
plain Markdown page per event and per article, none of them in the nav:

* ``--bare rendered`` (default): the very pages the plugin generates, written
  to ``docs/`` by ``timeline render``, so both sites have the same pages and
  the difference is what the plugin costs;
* ``--bare hand``: shorter hand-made pages (front-matter tags, date, summary,
  footnoted quotes), a floor for a site with the same information.

Each build runs ``mkdocs build`` in a fresh Python subprocess, which reports
the wall and CPU time of the build (after importing MkDocs; plugin imports
count) and its own peak RSS (``getrusage(RUSAGE_SELF).ru_maxrss``). The builds
of the two sites alternate and ``--repeat`` takes the median. On a machine
shared with other work, CPU time is the steadier of the two. Targets
(issue 4): time ratio <= 1.3 at every size, linear growth, memory ratio <=
1.5. ``--profile N`` prints a cProfile of one timeline build of N events.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import SyntheticCorpus, generate

TIME_RATIO_TARGET = 1.3
MEMORY_RATIO_TARGET = 1.5
# Marginal cost per event may wobble with machine noise; more than this means superlinear.
LINEARITY_TOLERANCE = 1.5

_COMMON_CONFIG = """\
theme:
  name: material
  language: de
nav:
  - Start: index.md
  - Schlagwörter: tags.md
markdown_extensions:
  - footnotes
  - attr_list
  - admonition
"""

TIMELINE_CONFIG = f"""\
site_name: Chronik (timeline)
{_COMMON_CONFIG}plugins:
  - search:
      lang: de
  - tags
  - timeline:
      events: events
      articles: articles
      language: de
"""

HAND_CONFIG = f"""\
site_name: Chronik (bare)
{_COMMON_CONFIG}not_in_nav: |
  /events/
  /sources/
plugins:
  - search:
      lang: de
  - tags
"""

RENDERED_CONFIG = f"""\
site_name: Chronik (bare)
{_COMMON_CONFIG}not_in_nav: |
  /chronology/events/
  /chronology/sources/
extra_css:
  - assets/timeline/timeline.css
extra_javascript:
  - assets/timeline/timeline.js
plugins:
  - search:
      lang: de
  - tags
"""

# Material 9.7+ prints a banner about MkDocs 2.0 on every build.
_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

INDEX_MD = "# Chronik\n\nSynthetische Ereignisse für den Benchmark.\n"
TAGS_MD = "# Schlagwörter\n\n<!-- material/tags -->\n"

# Runs in the child process: times `mkdocs build` after MkDocs is imported and
# reports its own peak RSS, so each figure belongs to one build only.
_CHILD = """\
import json, resource, sys, time
from mkdocs.__main__ import cli
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
start, start_cpu = time.perf_counter(), cpu()
cli.main(["build", "--quiet", "-f", sys.argv[1], "-d", sys.argv[2]], standalone_mode=False)
seconds, cpu_seconds = time.perf_counter() - start, cpu() - start_cpu
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_mb": peak_kb / 1024}))
"""

_PROFILE_CHILD = """\
import cProfile, pstats, sys
from mkdocs.__main__ import cli
profile = cProfile.Profile()
profile.enable()
cli.main(["build", "--quiet", "-f", sys.argv[1], "-d", sys.argv[2]], standalone_mode=False)
profile.disable()
stats = pstats.Stats(profile)
stats.sort_stats("cumulative").print_stats(35)
stats.sort_stats("tottime").print_stats(20)
"""


@dataclass
class Measurement:
    seconds: float
    cpu_seconds: float
    peak_mb: float
    pages: int


@dataclass
class Row:
    size: int
    bare: Measurement
    timeline: Measurement

    @property
    def time_ratio(self) -> float:
        return self.timeline.seconds / self.bare.seconds

    @property
    def cpu_ratio(self) -> float:
        return self.timeline.cpu_seconds / self.bare.cpu_seconds

    @property
    def memory_ratio(self) -> float:
        return self.timeline.peak_mb / self.bare.peak_mb


def write_timeline_project(root: Path, corpus: SyntheticCorpus) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text(INDEX_MD, encoding="utf-8")
    (root / "docs" / "tags.md").write_text(TAGS_MD, encoding="utf-8")
    corpus.write(root)
    config = root / "mkdocs.yml"
    config.write_text(TIMELINE_CONFIG, encoding="utf-8")
    return config


def write_rendered_project(root: Path, timeline_project: Path) -> Path:
    """The timeline project's generated pages as plain files, via ``timeline render``."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text(INDEX_MD, encoding="utf-8")
    (docs / "tags.md").write_text(TAGS_MD, encoding="utf-8")
    subprocess.run(
        [sys.executable, "-c", "from timeline.cli import main; main()", "render", "--out", docs],
        cwd=timeline_project,
        env=_ENV,
        check=True,
        capture_output=True,
    )
    # The same nav entries the plugin adds: the chronology, its year pages, the timeline view.
    chronology = sorted(path.name for path in (docs / "chronology").glob("*.md"))
    chronology.sort(key=lambda name: name != "index.md")
    nav = "".join(f"      - chronology/{name}\n" for name in chronology)
    config = root / "mkdocs.yml"
    config.write_text(
        RENDERED_CONFIG.replace(
            "  - Schlagwörter: tags.md\n", f"  - Schlagwörter: tags.md\n  - Chronik:\n{nav}"
        ),
        encoding="utf-8",
    )
    return config


def write_hand_project(root: Path, corpus: SyntheticCorpus) -> Path:
    """Short hand-made pages with the information of the event and source pages."""
    docs = root / "docs"
    (docs / "events").mkdir(parents=True)
    (docs / "sources").mkdir()
    (docs / "index.md").write_text(INDEX_MD, encoding="utf-8")
    (docs / "tags.md").write_text(TAGS_MD, encoding="utf-8")
    publishers = {article.meta.id: article.meta.publisher for article in corpus.articles}
    for event in corpus.events:
        tags = "".join(f"  - {tag}\n" for tag in event.tags)
        references = " ".join(f"[^{number}]" for number in range(1, len(event.sources) + 1))
        notes = "\n".join(
            f'[^{number}]: [{publishers[source.article]}](../sources/{source.article}.md): '
            f'"{source.quote}"'
            for number, source in enumerate(event.sources, start=1)
        )
        (docs / "events" / f"{event.id}.md").write_text(
            f"---\ntags:\n{tags}---\n\n# {event.title}\n\n"
            f"**{event.date}**\n\n{event.summary or ''} {references}\n\n{notes}\n",
            encoding="utf-8",
        )
    for article in corpus.articles:
        meta = article.meta
        body = "\n\n".join(f"> {sentence}" for sentence in article.sentences)
        (docs / "sources" / f"{meta.id}.md").write_text(
            f"# {meta.title}\n\n{meta.publisher}, {meta.published}, <{meta.url}>\n\n{body}\n",
            encoding="utf-8",
        )
    config = root / "mkdocs.yml"
    config.write_text(HAND_CONFIG, encoding="utf-8")
    return config


def build_once(config: Path, site_dir: Path) -> Measurement:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(config), str(site_dir)],
        capture_output=True,
        text=True,
        check=False,
        env=_ENV,
    )
    if result.returncode != 0:
        raise RuntimeError(f"mkdocs build of {config} failed:\n{result.stderr[-3000:]}")
    report = json.loads(result.stdout.strip().splitlines()[-1])
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    shutil.rmtree(site_dir)
    return Measurement(report["seconds"], report["cpu_seconds"], report["peak_mb"], pages)


def median(measurements: list[Measurement]) -> Measurement:
    return Measurement(
        statistics.median(m.seconds for m in measurements),
        statistics.median(m.cpu_seconds for m in measurements),
        statistics.median(m.peak_mb for m in measurements),
        measurements[0].pages,
    )


def measure(size: int, repeat: int, bare_kind: str, work: Path) -> Row:
    corpus = generate(size)
    timeline_config = write_timeline_project(work / f"timeline-{size}", corpus)
    if bare_kind == "rendered":
        bare_config = write_rendered_project(work / f"bare-{size}", timeline_config.parent)
    else:
        bare_config = write_hand_project(work / f"bare-{size}", corpus)
    bare: list[Measurement] = []
    timeline: list[Measurement] = []
    for run in range(repeat):
        bare.append(build_once(bare_config, work / f"site-bare-{size}-{run}"))
        timeline.append(build_once(timeline_config, work / f"site-timeline-{size}-{run}"))
    return Row(size, median(bare), median(timeline))


def table(rows: list[Row]) -> str:
    lines = [
        f"{'events':>7} {'bare s':>7} {'tl s':>7} {'ratio':>6} {'bare cpu':>8} {'tl cpu':>7} "
        f"{'ratio':>6} {'bare MB':>8} {'tl MB':>6} {'ratio':>6} {'tl ms/ev':>8} "
        f"{'marg ms/ev':>10} {'html b/tl':>11}"
    ]
    previous: Row | None = None
    for row in rows:
        per_event = 1000 * row.timeline.cpu_seconds / row.size
        marginal = f"{'':>10}"
        if previous:
            added = row.timeline.cpu_seconds - previous.timeline.cpu_seconds
            marginal = f"{1000 * added / (row.size - previous.size):10.2f}"
        lines.append(
            f"{row.size:7d} {row.bare.seconds:7.2f} {row.timeline.seconds:7.2f} "
            f"{row.time_ratio:6.2f} {row.bare.cpu_seconds:8.2f} {row.timeline.cpu_seconds:7.2f} "
            f"{row.cpu_ratio:6.2f} {row.bare.peak_mb:8.0f} {row.timeline.peak_mb:6.0f} "
            f"{row.memory_ratio:6.2f} {per_event:8.2f} {marginal} "
            f"{row.bare.pages:>5}/{row.timeline.pages:<5}"
        )
        previous = row
    return "\n".join(lines)


def _met(ok: bool) -> str:
    return "met" if ok else "MISSED"


def verdict(rows: list[Row]) -> list[str]:
    """One line per target: met or missed, with the figure that decides."""
    wall = max(rows, key=lambda row: row.time_ratio)
    cpu = max(rows, key=lambda row: row.cpu_ratio)
    memory = max(rows, key=lambda row: row.memory_ratio)
    lines = [
        f"time ratio <= {TIME_RATIO_TARGET}: wall {_met(wall.time_ratio <= TIME_RATIO_TARGET)} "
        f"(worst {wall.time_ratio:.2f} at {wall.size} events), "
        f"CPU {_met(cpu.cpu_ratio <= TIME_RATIO_TARGET)} "
        f"(worst {cpu.cpu_ratio:.2f} at {cpu.size} events)",
        f"memory ratio <= {MEMORY_RATIO_TARGET}: "
        f"{_met(memory.memory_ratio <= MEMORY_RATIO_TARGET)} "
        f"(worst {memory.memory_ratio:.2f} at {memory.size} events)",
    ]
    marginals = [
        (b.timeline.cpu_seconds - a.timeline.cpu_seconds) / (b.size - a.size)
        for a, b in itertools.pairwise(rows)
    ]
    if len(marginals) >= 2 and marginals[0] > 0:
        growth = marginals[-1] / marginals[0]
        lines.append(
            f"linear growth (last/first marginal CPU per event <= {LINEARITY_TOLERANCE}): "
            f"{_met(growth <= LINEARITY_TOLERANCE)} ({growth:.2f})"
        )
    else:
        lines.append("linear growth: needs three sizes or more")
    return lines


def profile(size: int, work: Path) -> None:
    config = write_timeline_project(work / f"profile-{size}", generate(size))
    subprocess.run(
        [sys.executable, "-c", _PROFILE_CHILD, str(config), str(work / "profile-site")],
        check=True,
        env=_ENV,
    )


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be positive numbers")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build time and peak memory: timeline plugin against a bare Material site."
    )
    parser.add_argument("--sizes", type=parse_sizes, default=[100, 1000, 5000])
    parser.add_argument("--repeat", type=int, default=1, help="builds per site; the median counts")
    parser.add_argument(
        "--bare",
        choices=["rendered", "hand"],
        default="rendered",
        help="bare pages: the plugin's own output (default) or shorter hand-made pages",
    )
    parser.add_argument("--keep", type=Path, help="write the projects here and keep them")
    parser.add_argument("--profile", type=int, metavar="N", help="cProfile one build of N events")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    with tempfile.TemporaryDirectory(prefix="site-bench-") as temporary:
        work = args.keep or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        if args.profile:
            profile(args.profile, work)
            return 0
        rows = []
        for size in args.sizes:
            rows.append(measure(size, args.repeat, args.bare, work))
            print(f"measured {size} events", file=sys.stderr, flush=True)
    print(
        f"Python {sys.version.split()[0]}, bare pages: {args.bare}, "
        f"median of {args.repeat} build(s) per site; times exclude interpreter start."
    )
    print()
    print(table(rows))
    print()
    for line in verdict(rows):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
