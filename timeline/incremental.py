"""An incremental run: a few articles added, edited or removed since the last run.

Instead of merging the whole collection again, the run re-merges only the
days the changed articles touch (:mod:`timeline.date_blocks`): the candidates
of the changed articles, old and new, decide which date values are touched;
the candidates of the other articles on those dates (read from the cache,
never from the articles) join them, and so does every candidate of an event
that one of those belongs to, so an event is re-merged whole or not at all.
The collection's feature weights are the last run's counts with the changed
articles' old reports taken away and their new ones added
(:class:`~timeline.happening.FeatureCounts`).

The last run's manifest must describe the same settings and an events folder
that nothing touched since, and the cache entries of the articles read again
must still be there; otherwise (or when many articles changed) the run is a
full one. When nothing changed at all, the run is already done.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.cache import CandidateCache
from timeline.date_blocks import placed, reached
from timeline.events import Candidate
from timeline.happening import FeatureCounts, signature
from timeline.manifest import ArticleEntry, FileStamp, Manifest, folder_listing
from timeline.store import load_state

# Above this share of changed articles a full run costs little more, and merges better.
MAX_CHANGED_SHARE = 0.2


@dataclass
class Plan:
    """What changed since the last run."""

    changed: list[Path]
    # The last run's entries of the changed and of the removed articles.
    old: dict[str, ArticleEntry]
    unchanged: dict[str, ArticleEntry]

    @property
    def nothing_changed(self) -> bool:
        """The last run saw exactly these files: its result stands."""
        return not self.changed and not self.old


@dataclass
class Block:
    """The last run's candidates that are merged again, and the counts to weigh them by."""

    candidates: list[Candidate] = field(default_factory=list)
    counts: FeatureCounts = field(default_factory=FeatureCounts)
    # How many candidates the changed and removed articles had in the last run.
    removed: int = 0


def plan(
    manifest: Manifest | None,
    fingerprint: str,
    stamps: dict[Path, FileStamp | None],
    events_dir: Path,
) -> Plan | None:
    """The changes since the run of ``manifest`` (none, when the run is already done),
    when that run can be built on; None for a full run."""
    if manifest is None or manifest.fingerprint != fingerprint:
        return None
    known = manifest.articles
    changed = [
        path for path, stamp in stamps.items()
        if stamp is None or str(path) not in known or known[str(path)].stamp != stamp
    ]
    names = {str(path) for path in stamps}
    removed = [name for name in known if name not in names]
    touched = len(changed) + len(removed)
    if touched > MAX_CHANGED_SHARE * max(len(stamps), len(known)):
        return None
    if folder_listing(events_dir) != manifest.events_folder:
        return None  # events edited by hand since: a full run reads them all
    old = {str(path): known[str(path)] for path in changed if str(path) in known}
    old.update({name: known[name] for name in removed})
    unchanged = {name: entry for name, entry in known.items() if name not in old}
    unchanged = {name: entry for name, entry in unchanged.items() if name in names}
    return Plan(changed, old, unchanged)


def block(
    changes: Plan,
    manifest: Manifest,
    new: list[Candidate],
    cache_dir: Path,
    events_dir: Path,
) -> Block | None:
    """The last run's candidates to merge again with ``new`` (the changed articles'
    candidates), and the updated counts; None if a cache entry is missing."""
    cache = CandidateCache(cache_dir)
    counts = FeatureCounts(
        dict(manifest.counts.features), dict(manifest.counts.dates),
        dict(manifest.counts.countries), manifest.counts.naming_countries,
        manifest.counts.total,
    )
    old: list[Candidate] = []
    for entry in changes.old.values():
        extraction = cache.get(entry.key)
        if extraction is None:
            return None
        old.extend(extraction.candidates)
    for candidate in old:
        counts.add(signature(candidate), -1)
    reach: set[Hashable] = set()
    for value in {candidate.date for candidate in [*old, *new]}:
        reach.update(reached(value))
    loaded: dict[str, list[Candidate]] = {}

    def candidates_of(entry: ArticleEntry) -> list[Candidate] | None:
        if entry.key not in loaded:
            extraction = cache.get(entry.key)
            if extraction is None:
                return None
            loaded[entry.key] = extraction.candidates
        return loaded[entry.key]

    chosen: dict[str, Candidate] = {}
    for entry in changes.unchanged.values():
        if all(reach.isdisjoint(placed(value)) for value in entry.dates):
            continue
        found = candidates_of(entry)
        if found is None:
            return None
        for candidate in found:
            if not reach.isdisjoint(placed(candidate.date)):
                chosen[candidate.key] = candidate
    # Whole events: every candidate of an event that a chosen candidate belongs to.
    by_id = {entry.article_id: entry for entry in changes.unchanged.values()}
    records = load_state(events_dir).events.values()
    for record in records:
        if not any(key in chosen for key in record.keys):
            continue
        for key in record.keys:
            owner = by_id.get(key.rsplit("/", 2)[0])
            if key in chosen or owner is None:
                continue  # an article that changed or is gone: its new candidates count
            found = candidates_of(owner)
            if found is None:
                return None
            chosen.update((c.key, c) for c in found if c.key == key)
    return Block(list(chosen.values()), counts, len(old))
