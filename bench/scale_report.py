"""Figures and the printed table of the scale benchmark (``bench/scale.py``)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

TARGET_RATIO = 1.2
TARGET_EXPONENT = 1.1
TARGET_PEAK_MB = 1500.0
TARGET_WARM = 0.05
TARGET_ADDED = 0.10
RSS_SIZE = 20000
INCREMENTAL_SIZE = 10000


def growth_exponent(sizes: Sequence[int], seconds: Sequence[float]) -> float | None:
    """Least-squares slope of log(seconds) over log(size); None with fewer than two sizes."""
    points = [(math.log(n), math.log(s)) for n, s in zip(sizes, seconds, strict=True) if s > 0]
    if len({x for x, _ in points}) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in points)
    variance = sum((x - mean_x) ** 2 for x, _ in points)
    return covariance / variance


def tagger_seconds(row: dict[str, Any]) -> float:
    tagger = row["tagger"]
    return float(tagger["load_s"] + tagger["tag_s"])


def print_report(report: dict[str, Any]) -> None:
    rows: list[dict[str, Any]] = report["rows"]
    print()
    print(f"{'articles':>8} {'words':>9} {'tagger s':>9} {'cold s':>8} {'art/s':>7} "
          f"{'cold/tag':>8} {'peak MB':>8} {'warm s':>7} {'warm %':>7} {'+10 s':>7} "
          f"{'+10 %':>6} {'events':>7}")
    for row in rows:
        cold, warm, added = row["cold"], row["warm"], row["added"]
        print(f"{row['articles']:>8} {row['words']:>9} {tagger_seconds(row):>9.1f} "
              f"{cold['seconds']:>8.1f} {row['articles'] / cold['seconds']:>7.1f} "
              f"{cold['seconds'] / tagger_seconds(row):>8.2f} {cold['peak_mb']:>8.0f} "
              f"{warm['seconds']:>7.2f} {100 * warm['seconds'] / cold['seconds']:>6.1f}% "
              f"{added['seconds']:>7.2f} {100 * added['seconds'] / cold['seconds']:>5.1f}% "
              f"{cold['new']:>7}")
    print("tagger s: building the de/en taggers "
          "+ tag() over the cleaned texts, one process; cold s: one extract() call, "
          "default settings, fresh process; peak MB: that process (children apart)")
    for row in rows:
        tagger = row["tagger"]
        print(f"  {row['articles']:>6} articles: tagger build {tagger['load_s']:.1f} s, "
              f"tag {tagger['tag_s']:.1f} s ({row['articles'] / tagger['tag_s']:.0f} art/s, "
              f"{tagger['peak_mb']:.0f} MB); cold wall {row['cold']['wall_s']:.1f} s; "
              f"warm from cache {row['warm']['cached']}, +10 from cache {row['added']['cached']}")
    _print_compare(rows)
    _print_targets(report)


def _print_compare(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        if "compare" not in row:
            continue
        print(f"\ncold runs at {row['articles']} articles:")
        print(f"  default   {row['cold']['seconds']:8.1f} s  {row['cold']['peak_mb']:6.0f} MB")
        for name, result in row["compare"].items():
            if isinstance(result, str):
                print(f"  {name:<9} {result}")
                continue
            print(f"  {name:<9} {result['seconds']:8.1f} s  {result['peak_mb']:6.0f} MB "
                  f"(largest child {result['child_peak_mb']:.0f} MB)  "
                  f"{row['articles'] / result['seconds']:.1f} art/s")
            if "worker_peak_mb" in result:
                peaks = ", ".join(f"{peak:.0f}" for peak in result["worker_peak_mb"])
                print(f"  {'':<9} Dask workers' peak RSS: {peaks} MB")


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("ok" if ok else "MISSED")


def _print_targets(report: dict[str, Any]) -> None:
    rows: list[dict[str, Any]] = report["rows"]
    by_size = {row["articles"]: row for row in rows}
    print("\ntargets:")
    ratio = max(row["cold"]["seconds"] / tagger_seconds(row) for row in rows)
    print(f"  cold / tagger alone ≤ {TARGET_RATIO}: worst {ratio:.2f}  "
          f"{_verdict(ratio <= TARGET_RATIO)}")
    exponent = report["growth_exponent"]
    sizes = f"{rows[0]['articles']}..{rows[-1]['articles']}"
    shown = "n/a" if exponent is None else f"{exponent:.2f}"
    tagger_exponent = report["tagger_growth_exponent"]
    tagger_shown = "n/a" if tagger_exponent is None else f"{tagger_exponent:.2f}"
    print(f"  growth exponent ≤ {TARGET_EXPONENT} ({sizes} articles): {shown} "
          f"(tagger alone {tagger_shown})  "
          f"{_verdict(None if exponent is None else exponent <= TARGET_EXPONENT)}")
    rss_row = by_size.get(RSS_SIZE, rows[-1])
    peak = rss_row["cold"]["peak_mb"]
    print(f"  peak RSS ≤ {TARGET_PEAK_MB:.0f} MB at {RSS_SIZE}: {peak:.0f} MB at "
          f"{rss_row['articles']}  {_verdict(peak <= TARGET_PEAK_MB)}")
    row = by_size.get(INCREMENTAL_SIZE, rows[-1])
    warm = row["warm"]["seconds"] / row["cold"]["seconds"]
    added = row["added"]["seconds"] / row["cold"]["seconds"]
    print(f"  unchanged re-run ≤ {TARGET_WARM:.0%} of cold at {INCREMENTAL_SIZE}: "
          f"{warm:.1%} at {row['articles']}  {_verdict(warm <= TARGET_WARM)}")
    print(f"  +{10} articles ≤ {TARGET_ADDED:.0%} of cold at {INCREMENTAL_SIZE}: "
          f"{added:.1%} at {row['articles']}  {_verdict(added <= TARGET_ADDED)}")
