"""Extraction of many articles on several processes.

The articles are cut into ``n_process`` contiguous runs; each run is read by a forked worker
with its own registry of the actors found in the text (the pipeline, built once in the parent,
is shared by the fork), and the runs' results are merged back in order: an actor a later run
found under an id an earlier run gave to another actor is renamed as one process would name
it (a second person of one surname by the full name, else ``_2``, ``_3``, ...), and the same
actor (same name and kind) keeps the id the earliest run gave it. What one article names is remembered only within
its run ("Mirzoyan" alone after "Foreign Minister Ararat Mirzoyan" in an article of another
run stays a new person), so the result equals the one-process result whenever the articles do
not refer to each other's persons by surname or title alone; it is the same for the same input
and ``n_process`` every time.
"""

from __future__ import annotations

import multiprocessing
import sys

from .actors import Registry
from .rules import extract_document

#: What the forked workers read: (pipeline, gazetteer, documents, date); set by the parent
#: just before the fork, never pickled.
_SHARED: tuple | None = None


def _runs(n_documents: int, n_process: int) -> list[range]:
    """Contiguous runs of document indices, as even as possible, in order."""
    size, extra = divmod(n_documents, n_process)
    out, start = [], 0
    for k in range(n_process):
        stop = start + size + (1 if k < extra else 0)
        if stop > start:
            out.append(range(start, stop))
        start = stop
    return out


def _work(indices: range):
    pipe, gazetteer, documents, date, office_holders = _SHARED
    registry = Registry(gazetteer, office_holders=office_holders)
    results = []
    for i in indices:
        doc = documents[i]
        results.append(extract_document(pipe, registry, doc, doc_date=doc.date or date))
    return results, registry.new


def _remap_candidate(c, remap: dict) -> None:
    c.source = remap.get(c.source, c.source)
    c.target = remap.get(c.target, c.target)
    if c.between:
        c.between = [remap.get(x, x) for x in c.between]
    if c.reported_by:
        c.reported_by = remap.get(c.reported_by, c.reported_by)


def _free_id(registry: Registry, ident: str, attrs: dict, taken: set) -> str:
    """An id for an actor whose own is another's: as :meth:`Registry.person` names a second
    person of one surname (the full name), else with ``_2``, ``_3``, ..."""
    from .gazetteer import slug

    if attrs.get("kind") == "person" and attrs.get("name"):
        full = slug(attrs["name"])
        if full != ident and registry.get(full) is None and full not in taken:
            return full
    n = 2
    while registry.get(f"{ident}_{n}") is not None or f"{ident}_{n}" in taken:
        n += 1
    return f"{ident}_{n}"


def _merge_actors(registry: Registry, found: dict) -> dict:
    """Add a run's new actors to *registry*; return the renaming of the run's ids. An actor
    an earlier run found (same name and kind) keeps that run's id."""
    known = {(d.get("name"), d.get("kind")): i for i, d in registry.new.items()}
    remap: dict = {}
    for ident, attrs in found.items():
        same = known.get((attrs.get("name"), attrs.get("kind")))
        if same is not None:
            remap[ident] = same
        elif registry.get(ident) is None and ident not in remap.values():
            remap[ident] = ident
        else:
            remap[ident] = _free_id(registry, ident, attrs, set(remap.values()) | set(found))
    for ident, attrs in found.items():
        new_id = remap[ident]
        attrs = dict(attrs)
        for key in ("parent", "inhabits"):
            if attrs.get(key) in remap:
                attrs[key] = remap[attrs[key]]
        mine = registry.new.get(new_id)
        if mine is None:
            registry.new[new_id] = attrs
            continue
        for alias in attrs.get("aliases") or []:
            if alias not in mine["aliases"] and alias != mine.get("name"):
                mine["aliases"].append(alias)
        if mine.get("parent") is None and attrs.get("parent"):
            mine["parent"] = attrs["parent"]
    return {k: v for k, v in remap.items() if k != v}


def extract_runs(pipe, gazetteer, documents, date, n_process: int, office_holders=False):
    """Extract *documents* on *n_process* forked workers.

    Returns ``(candidates per document, stats per document, registry)``, or None where
    forking is not safe (not Linux, or inside a pool's worker): the caller then extracts in
    one process.
    :func:`graphlib_kb.extract` calls it for ``n_process > 1``.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> texts = ["Russia offered to mediate between Armenia and Azerbaijan.",
    ...          "Iran urged Armenia to show restraint."]
    >>> G = gk.extract(texts, n_process=2)
    >>> sorted((u, v, d["type"]) for u, v, d in G.edges(data=True))
    [('irn', 'arm', 'appeal'), ('rus', 'arm', 'offer_mediation'), ('rus', 'aze', 'offer_mediation')]
    """
    global _SHARED
    if not sys.platform.startswith("linux") or multiprocessing.current_process().daemon:
        return None  # (fork is safe only on Linux; a pool's worker may not start its own)
    runs = _runs(len(documents), n_process)
    _SHARED = (pipe, gazetteer, documents, date, office_holders)
    try:
        with multiprocessing.get_context("fork").Pool(len(runs)) as pool:
            outputs = pool.map(_work, runs)
    finally:
        _SHARED = None
    registry = Registry(gazetteer, office_holders=office_holders)
    candidates, stats = [], []
    for results, found in outputs:
        remap = _merge_actors(registry, found)
        for cands, st in results:
            if remap:
                for c in cands:
                    _remap_candidate(c, remap)
            candidates.append(cands)
            stats.append(st)
    return candidates, stats, registry
