"""Accuracy of ``timeline.dates`` against TimeML gold corpora, scored like TempEval-3.

Usage::

    python bench/accuracy.py [--corpus krauts|te3|all] [--errors] [--json] [--corpora DIR]

Scoring (UzZaman et al., "SemEval-2013 Task 1: TempEval-3", 2013):

* Gold and system expressions are paired one to one. Identical spans are
  paired first (*strict* matches); the remaining ones are paired when their
  spans overlap, largest overlap first. Every pair is a *relaxed* match.
  (The official TempEval-3 script counts overlaps separately for precision
  and recall, so one long system span covering two gold ones counts twice
  there and once here: these figures are never above the official ones.)
* strict P = strict / |system|, strict R = strict / |gold|; relaxed likewise;
  F1 = 2PR / (P + R).
* Attribute F1 (value, type): with ``n_attr`` = relaxed pairs whose attribute
  agrees, attribute P = n_attr / |system| and R = n_attr / |gold|. This is the
  TempEval-3 definition "attribute accuracy x relaxed-match score": with
  accuracy = n_attr / n_relaxed, attribute P = accuracy x relaxed P and
  attribute R = accuracy x relaxed R, hence attribute F1 = accuracy x relaxed F1.

Values are compared after :func:`normalize_value` (``T20.30`` == ``T20:30``; ISO weeks
that differ only by zero padding, ``2000-W7`` == ``2000-W07``, name the same week).
Counts are summed over all documents of a corpus before dividing (micro average).
Gold TIMEX3 without text (non-consuming ``<TIMEX3/>``) are not counted.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.tml import (
    CORPORA,
    DEFAULT_CORPORA,
    Annotation,
    TmlDocument,
    TmlError,
    corpus_folders,
    read_folder,
)

# HeidelTime on these folders (shared/corpora/README.md) and the project's targets.
REFERENCE = {
    "krauts": {"strict_f1": 0.794, "relaxed_f1": 0.831, "value_f1": 0.800},
    "te3": {"strict_f1": 0.839, "relaxed_f1": 0.920, "value_f1": 0.773},
}
TARGETS = {
    "krauts": {"relaxed_f1": 0.90, "value_f1": 0.85},
    "te3": {"relaxed_f1": 0.92, "value_f1": 0.80},
}

ERROR_KINDS = ("missed", "false positive", "span", "value", "type")

_TIME_OF_DAY = re.compile(r"T(\d{1,2})[.:](\d{2})")
_SHORT_WEEK = re.compile(r"-W(\d)(?!\d)")


def normalize_value(value: str) -> str:
    """A TIMEX3 value in one spelling: ``2010-02-25T20.30`` and ``...T20:30`` agree,
    and so do ``2000-W7`` and ``2000-W07`` (the same ISO week)."""
    value = value.strip().upper()
    value = _SHORT_WEEK.sub(lambda m: f"-W0{m.group(1)}", value)
    return _TIME_OF_DAY.sub(lambda m: f"T{int(m.group(1)):02d}:{m.group(2)}", value)


def match(
    gold: Sequence[Annotation], system: Sequence[Annotation]
) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, system index)``: equal spans first, then overlaps."""
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_system: set[int] = set()
    by_span = {(s.start, s.end): index for index, s in enumerate(system)}
    for gold_index, g in enumerate(gold):
        system_index = by_span.get((g.start, g.end))
        if system_index is not None and system_index not in used_system:
            pairs.append((gold_index, system_index))
            used_gold.add(gold_index)
            used_system.add(system_index)
    for gold_index, g in enumerate(gold):
        if gold_index in used_gold:
            continue
        best: int | None = None
        best_overlap = 0
        for system_index, s in enumerate(system):
            if system_index in used_system:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > best_overlap:
                best, best_overlap = system_index, overlap
        if best is not None:
            pairs.append((gold_index, best))
            used_gold.add(gold_index)
            used_system.add(best)
    return sorted(pairs)


def _add_fields(total: Any, part: Any) -> None:
    """Add every counter of dataclass ``part`` to the same field of ``total``."""
    for item in fields(total):
        setattr(total, item.name, getattr(total, item.name) + getattr(part, item.name))


@dataclass
class Counts:
    """Match counts, summed over documents."""

    docs: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        _add_fields(self, other)


@dataclass
class TypeCounts:
    """Counts per TIMEX3 type: gold expressions by gold type, system ones by system type."""

    gold: int = 0
    found: int = 0
    strict: int = 0
    value: int = 0
    system: int = 0
    false_positives: int = 0

    def add(self, other: TypeCounts) -> None:
        _add_fields(self, other)


def _add_by_type(total: dict[str, TypeCounts], part: dict[str, TypeCounts]) -> None:
    for type_name, counts in part.items():
        total.setdefault(type_name, TypeCounts()).add(counts)


@dataclass(frozen=True)
class Error:
    """One disagreement with the gold standard, for ``--errors``."""

    kind: str  # one of ERROR_KINDS
    document: str
    start: int
    end: int
    text: str
    gold: str
    system: str
    context: str


@dataclass
class DocumentScore:
    counts: Counts
    errors: list[Error] = field(default_factory=list)
    by_type: dict[str, TypeCounts] = field(default_factory=dict)


def score_document(
    gold: Sequence[Annotation], system: Sequence[Annotation], text: str = "", name: str = ""
) -> DocumentScore:
    """Count matches of one document and describe every disagreement."""
    pairs = match(gold, system)
    counts = Counts(docs=1, gold=len(gold), system=len(system), relaxed=len(pairs))
    errors: list[Error] = []
    by_type: dict[str, TypeCounts] = {}

    def of_type(type_name: str) -> TypeCounts:
        return by_type.setdefault(type_name.upper(), TypeCounts())

    for g in gold:
        of_type(g.type).gold += 1
    for s in system:
        of_type(s.type).system += 1

    def error(kind: str, start: int, end: int, gold_text: str, system_text: str) -> Error:
        context = text[max(0, start - 40) : end + 40].replace("\n", " ")
        return Error(kind, name, start, end, text[start:end], gold_text, system_text, context)

    for gold_index, system_index in pairs:
        g, s = gold[gold_index], system[system_index]
        of_type(g.type).found += 1
        if (g.start, g.end) == (s.start, s.end):
            counts.strict += 1
            of_type(g.type).strict += 1
        else:
            errors.append(
                error("span", min(g.start, s.start), max(g.end, s.end),
                      repr(g.text), repr(s.text))
            )
        if normalize_value(g.value) == normalize_value(s.value):
            counts.value += 1
            of_type(g.type).value += 1
        else:
            errors.append(error("value", g.start, g.end, g.value, s.value))
        if g.type.upper() == s.type.upper():
            counts.type += 1
        else:
            errors.append(error("type", g.start, g.end, g.type, s.type))
    matched_gold = {gold_index for gold_index, _ in pairs}
    matched_system = {system_index for _, system_index in pairs}
    for index, g in enumerate(gold):
        if index not in matched_gold:
            errors.append(error("missed", g.start, g.end, f"{g.type} {g.value}", "-"))
    for index, s in enumerate(system):
        if index not in matched_system:
            of_type(s.type).false_positives += 1
            errors.append(error("false positive", s.start, s.end, "-", f"{s.type} {s.value}"))
    errors.sort(key=lambda e: e.start)
    return DocumentScore(counts, errors, by_type)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(correct: int, counts: Counts) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``correct`` matches against system and gold totals."""
    precision = _ratio(correct, counts.system)
    recall = _ratio(correct, counts.gold)
    return precision, recall, _f1(precision, recall)


def summary(counts: Counts) -> dict[str, Any]:
    strict = prf(counts.strict, counts)
    relaxed = prf(counts.relaxed, counts)
    return {
        **asdict(counts),
        "strict": dict(zip(("precision", "recall", "f1"), strict, strict=True)),
        "relaxed": dict(zip(("precision", "recall", "f1"), relaxed, strict=True)),
        "value_f1": prf(counts.value, counts)[2],
        "type_f1": prf(counts.type, counts)[2],
    }


def system_annotations(document: TmlDocument, lang: str) -> list[Annotation]:
    from timeline.dates import tag

    try:
        found = tag(document.text, lang, document.dct)
    except Exception as error:
        error.add_note(f"while tagging {document.path} (DCT {document.dct})")
        raise
    return [Annotation(t.start, t.end, t.text, t.type.value, t.value) for t in found]


def dateparser_annotations(document: TmlDocument, lang: str) -> list[Annotation]:
    """``dateparser.search_dates`` as a baseline, scored the same way.

    It returns matched substrings without offsets; each is located after the
    previous one. It always gives a full datetime, so every value is a day
    and every type is DATE: that is what it offers, not a scoring choice.
    """
    from dateparser.search import search_dates

    base = datetime.combine(document.dct, clock_time()) if document.dct else None
    settings = {"RELATIVE_BASE": base} if base else {}
    found = search_dates(document.text, languages=[lang], settings=settings) or []
    annotations: list[Annotation] = []
    cursor = 0
    for text, moment in found:
        start = document.text.find(text, cursor)
        if start == -1:
            continue
        cursor = start + len(text)
        annotations.append(Annotation(start, cursor, text, "DATE", moment.date().isoformat()))
    return annotations


SYSTEMS = ("timeline", "dateparser")


def annotator(system: str) -> Callable[[TmlDocument, str], list[Annotation]]:
    """The function that tags a document for ``system`` (looked up when called)."""
    return dateparser_annotations if system == "dateparser" else system_annotations


@dataclass
class CorpusResult:
    name: str
    counts: Counts
    parts: dict[str, Counts]
    errors: list[Error]
    by_type: dict[str, TypeCounts]


def evaluate(corpora: Path, corpus: str, system: str = "timeline") -> CorpusResult:
    lang, _ = CORPORA[corpus]
    annotate = annotator(system)
    total = Counts()
    parts: dict[str, Counts] = {}
    errors: list[Error] = []
    by_type: dict[str, TypeCounts] = {}
    for folder in corpus_folders(corpora, corpus):
        part = Counts()
        for document in read_folder(folder):
            scored = score_document(
                document.timexes, annotate(document, lang), document.text,
                f"{folder.name}/{document.name}",
            )
            part.add(scored.counts)
            errors.extend(scored.errors)
            _add_by_type(by_type, scored.by_type)
        parts[folder.name] = part
        total.add(part)
    return CorpusResult(corpus, total, parts if len(parts) > 1 else {}, errors, by_type)


def _row(label: str, counts: Counts) -> str:
    s = summary(counts)
    strict, relaxed = s["strict"], s["relaxed"]
    return (
        f"{label:<12} {counts.docs:>4} {counts.gold:>5} {counts.system:>5}"
        f"  {strict['precision']:.3f} {strict['recall']:.3f} {strict['f1']:.3f}"
        f"  {relaxed['precision']:.3f} {relaxed['recall']:.3f} {relaxed['f1']:.3f}"
        f"  {s['value_f1']:.3f}  {s['type_f1']:.3f}"
    )


def render_table(results: list[CorpusResult], system: str = "timeline") -> str:
    lines = [
        f"{'corpus':<12} {'docs':>4} {'gold':>5} {'sys':>5}"
        "  strict P/R/F1       relaxed P/R/F1       value  type",
    ]
    for result in results:
        lines.append(_row(result.name, result.counts))
        for part, counts in result.parts.items():
            lines.append(_row(f"  {part}", counts))
    lines.append("")
    lines.append(f"{'corpus':<12} {'F1':<8} {system:>10} {'HeidelTime':>10} {'target':>7}")
    for result in results:
        s = summary(result.counts)
        ours = {
            "strict_f1": s["strict"]["f1"],
            "relaxed_f1": s["relaxed"]["f1"],
            "value_f1": s["value_f1"],
        }
        for metric, value in ours.items():
            target = TARGETS[result.name].get(metric)
            verdict = ""
            if target is not None:
                verdict = "  met" if value >= target else "  below"
            target_text = f">={target:.2f}" if target is not None else ""
            lines.append(
                f"{result.name:<12} {metric.removesuffix('_f1'):<8} {value:>10.3f}"
                f" {REFERENCE[result.name][metric]:>10.3f} {target_text:>7}{verdict}"
            )
    lines.append("")
    lines.append(
        f"{'corpus':<12} {'type':<9} {'gold':>5} {'found':>6} {'strict':>6} {'value':>6}"
        f" {'system':>6} {'false+':>6}"
    )
    for result in results:
        for type_name in sorted(result.by_type):
            c = result.by_type[type_name]
            lines.append(
                f"{result.name:<12} {type_name:<9} {c.gold:>5} {c.found:>6} {c.strict:>6}"
                f" {c.value:>6} {c.system:>6} {c.false_positives:>6}"
            )
    return "\n".join(lines)


def render_errors(errors: list[Error]) -> str:
    """One line per disagreement, then how many of each kind."""
    lines = []
    for e in errors:
        lines.append(
            f"{e.document}:{e.start}-{e.end}: {e.kind}: {e.text!r} gold={e.gold}"
            f" system={e.system}  | {e.context}"
        )
    kinds = Counter(e.kind for e in errors)
    lines.append(", ".join(f"{kind}: {kinds[kind]}" for kind in ERROR_KINDS))
    return "\n".join(lines)


def to_json(results: list[CorpusResult], with_errors: bool) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for result in results:
        entry = summary(result.counts)
        entry["parts"] = {part: summary(counts) for part, counts in result.parts.items()}
        entry["by_type"] = {name: asdict(counts) for name, counts in result.by_type.items()}
        entry["heideltime"] = REFERENCE[result.name]
        entry["targets"] = TARGETS[result.name]
        if with_errors:
            entry["errors"] = [asdict(e) for e in result.errors]
        data[result.name] = entry
    return data


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=[*CORPORA, "all"], default="all")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                        help="folder holding the corpora (default: ../shared/corpora)")
    parser.add_argument("--errors", action="store_true",
                        help="list misses, false positives, wrong spans, values and types")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--system", choices=list(SYSTEMS), default="timeline",
                        help="what to score: this project's tagger (default) or the "
                        "dateparser.search_dates baseline")
    args = parser.parse_args(argv)
    if hasattr(signal, "SIGPIPE"):
        # Piping into `head` should end quietly, not with a BrokenPipeError.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    names = list(CORPORA) if args.corpus == "all" else [args.corpus]
    try:
        results = [evaluate(args.corpora, name, args.system) for name in names]
    except (TmlError, OSError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(to_json(results, args.errors), indent=2, ensure_ascii=False))
        return 0
    if args.errors:
        for result in results:
            print(render_errors(result.errors))
        print()
    print(render_table(results, args.system))
    return 0


if __name__ == "__main__":
    sys.exit(main())
