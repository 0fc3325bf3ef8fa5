"""Merging an extraction into an existing dataset: one relation per fact, every sentence kept."""

from __future__ import annotations

__all__ = ["merge"]


def merge(base, new):
    """Add the relations of *new* to *base*.

    Relations with the same source, target, type, date and status become one: its
    ``evidence`` lists every supporting sentence (one per line), ``supports`` names each
    ``document:sentence``, ``confidence`` is the highest, and a reviewer's decision on the
    existing relation is kept. A relation whose status differs (alleged here, denied there)
    stays a separate relation: conflicting statuses are kept apart, never overwritten.
    Actors and sources of *base* win over those of *new* with the same id.

    Parameters
    ----------
    base, new : networkx.MultiDiGraph

    Returns
    -------
    networkx.MultiDiGraph
        A new, validated graph with the graph attributes of *base*.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> a = gk.extract("Turkey criticized France on Monday.", date="2023-07-10")
    >>> b = gk.extract("On Monday, Turkey criticized France again.", date="2023-07-10")
    >>> M = gk.merge(a, b)
    >>> [(d["type"], d["supports"]) for *_, d in M.edges(data=True)]
    [('criticize', 'text-1:1|text-1-2:1')]
    """
    from ..model import from_tables, ordered_edges

    actors = {n: {"id": n, **d} for n, d in base.nodes(data=True)}
    for n, d in new.nodes(data=True):
        actors.setdefault(n, {"id": n, **d})
    sources = dict(base.graph.get("sources") or {})
    renamed = {}
    for ident, rec in (new.graph.get("sources") or {}).items():
        target = ident
        if ident in sources and sources[ident].get("sha256") != rec.get("sha256"):
            n = 2
            while f"{ident}-{n}" in sources:
                n += 1
            target = f"{ident}-{n}"
        renamed[ident] = target
        sources.setdefault(target, dict(rec))

    def key(u, v, d):
        return (u, v, d.get("type"), d.get("date"), d.get("status", "asserted"))

    def ref(d):
        if d.get("document") is None:
            return None
        return f"{d['document']}:{d['sentence']}" if d.get("sentence") else str(d["document"])

    relations = []
    index = {}
    for u, v, k, d in ordered_edges(base):
        rec = {"id": k, "source": u, "target": v, **d}
        relations.append(rec)
        index.setdefault(key(u, v, d), rec)
    ids = {rec["id"] for rec in relations}
    for u, v, k, d in ordered_edges(new):
        d = dict(d)
        if d.get("document") in renamed:
            d["document"] = renamed[d["document"]]
        existing = index.get(key(u, v, d))
        if existing is not None:
            refs = [r for r in str(existing.get("supports") or ref(existing) or "").split("|") if r]
            new_ref = ref(d)
            if new_ref and new_ref not in refs:
                refs.append(new_ref)
                evidence = str(d.get("evidence", ""))
                if evidence and evidence not in str(existing.get("evidence", "")).split("\n"):
                    existing["evidence"] = f"{existing['evidence']}\n{evidence}"
            if refs:
                existing["supports"] = "|".join(refs)
            if "confidence" in d:
                existing["confidence"] = max(existing.get("confidence", 0.0), d["confidence"])
            continue
        ident = k
        n = 2
        while ident in ids:
            ident = f"{k}-{n}"
            n += 1
        ids.add(ident)
        rec = {"id": ident, "source": u, "target": v, **d}
        relations.append(rec)
        index[key(u, v, d)] = rec
    for rec in relations:
        if "supports" not in rec and ref(rec) and "confidence" in rec:
            rec["supports"] = ref(rec)
    graph = {k: v for k, v in base.graph.items() if k not in ("sources", "relation_types")}
    types = base.graph.get("relation_types") or {}
    return from_tables(
        list(actors.values()),
        relations,
        sources=[{"id": k, **v} for k, v in sources.items()],
        relation_types=[{"type": k, **v} for k, v in types.items()] or None,
        **graph,
    )
