"""Relation layers: filter a graph by category, type, status, date and actor kind; collapse
actors into their parent organisations; collapse the multigraph into a weighted digraph."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain, repeat
from operator import itemgetter
from typing import NamedTuple

import networkx as nx
import numpy as np

from .dates import active_bounds, date_bounds
from .errors import DatasetError, UsageError
from .model import gc_paused, relation_columns
from .schema import parent_chain
from .vocabulary import relation_type_records

__all__ = ["layer", "weighted_digraph", "WEIGHTS"]

#: Ways to turn the relations between two actors into one arc weight (see weighted_digraph).
WEIGHTS = (None, "count", "goldstein")


def _as_set(value, name: str) -> set | None:
    if value is None:
        return None
    if isinstance(value, (str, int)):
        return {value}
    if isinstance(value, Iterable):
        return set(value)
    raise TypeError(f"{name} must be a value or a list of values")


def _parse_bound(value, name: str):
    if value is None:
        return None
    if hasattr(value, "year") and hasattr(value, "month") and hasattr(value, "day"):
        from datetime import date

        return date(value.year, value.month, value.day)
    try:
        first, last = date_bounds(str(value))
    except ValueError as exc:
        raise UsageError(f"{name}: {exc}") from None
    return first if name == "start" else last


def _check_known(G, categories, types, statuses, kinds) -> None:
    """Unknown category, type, status or kind names are errors, not silently empty layers."""
    from .vocabulary import kind_names, status_names

    vocab = {**relation_type_records(), **(G.graph.get("relation_types") or {})}
    known = {
        "category": {r["category"] for r in vocab.values()},
        "type": set(vocab),
        "status": set(status_names()),
        "kind": set(kind_names()),
    }
    for what, given in (
        ("category", categories),
        ("type", types),
        ("status", statuses),
        ("kind", kinds),
    ):
        unknown = sorted(map(str, set(given or ()) - known[what]))
        if unknown:
            raise UsageError(
                f"unknown {what} {', '.join(repr(u) for u in unknown)}; "
                f"valid: {', '.join(sorted(known[what]))}"
            )


def _root(G, node) -> object:
    """The top-level actor *node* belongs to, following ``parent`` (schema.parent_chain)."""

    def parent_of(n):
        parent = G.nodes[n].get("parent")
        return None if parent is None or parent not in G else parent

    return parent_chain(node, parent_of)[0][-1]


def layer(
    G,
    *,
    category=None,
    type=None,
    status=None,
    exclude_status=None,
    sign=None,
    start=None,
    end=None,
    keep_undated: bool = False,
    open_start: str = "end",
    kind=None,
    exclude_kind=None,
    collapse: bool = False,
    include_rejected: bool = False,
):
    """Select relations and actors, optionally collapsing actors into their parent organisations.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        An actor-relationship graph.
    category, type, status : str or list of str, optional
        Keep only relations of these categories, relation types or statuses.
    exclude_status : str or list of str, optional
        Drop relations with these statuses (e.g. ``["denied", "offered"]``).
    sign : {-1, 0, 1} or list, optional
        Keep only relations with these signs (``1`` is the cooperative layer).
    start, end : str or datetime.date, optional
        Keep only relations active in ``[start, end]`` (ISO 8601;
        ``start="2023"`` means from 2023-01-01, ``end="2023-07"`` until 2023-07-31).
        A relation is active over the days its date covers; an open end (``2020/..``)
        runs on, an open start (``../2023-07``) counts only in its end's period
        (see :func:`graphlib_kb.dates.active_bounds` and ``open_start``).
    keep_undated : bool, default False
        With ``start`` or ``end``, also keep relations that have no date.
    open_start : {'end', 'always'}, default 'end'
        ``'always'`` makes a relation dated ``../2023-07`` active at every day up to
        July 2023 instead of only in July 2023.
    kind, exclude_kind : str or list of str, optional
        Keep only actors of these kinds, or drop actors of these kinds (e.g.
        ``exclude_kind="territory"`` for parties only), with their relations.
        Applied after ``collapse``.
    collapse : bool, default False
        Replace every actor by its top-level ``parent`` (a person by their state,
        a ministry by its state, a national Red Cross society by the movement).
        Relations keep their original ends in ``via_source``/``via_target``;
        relations that become self-relations are dropped and counted in
        ``H.graph["dropped_self_relations"]``.
    include_rejected : bool, default False
        Keep relations whose ``review`` is ``rejected`` (left out by default, as in every
        analysis).

    Returns
    -------
    networkx.MultiDiGraph
        A new graph of the same kind, with the graph attributes of ``G``.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> H = gk.layer(G, category="mediation", exclude_status="offered", collapse=True)
    >>> sorted({u for u, v in H.edges()})
    ['eu', 'rus', 'usa', 'west']
    >>> H.edges["eu", "aze", "r02"]["via_source"]
    'michel'
    """
    keep_edge, kinds, excluded_kinds = _relation_filter(
        G,
        category=category,
        type=type,
        status=status,
        exclude_status=exclude_status,
        sign=sign,
        start=start,
        end=end,
        keep_undated=keep_undated,
        open_start=open_start,
        kind=kind,
        exclude_kind=exclude_kind,
        include_rejected=include_rejected,
    )
    H = _copy_relations(G, keep_edge, collapse)
    _drop_kinds(H, kinds, excluded_kinds)
    return H


def _relation_filter(
    G,
    *,
    category,
    type,
    status,
    exclude_status,
    sign,
    start,
    end,
    keep_undated,
    open_start,
    kind,
    exclude_kind,
    include_rejected,
):
    """Check :func:`layer`'s filters; returns ``(keep_edge, kinds, excluded_kinds)``.

    ``keep_edge(data, key)`` says whether a relation passes the relation filters; the two
    sets of actor kinds (or None) are applied after the collapse.
    """
    categories, types, statuses = (
        _as_set(category, "category"),
        _as_set(type, "type"),
        _as_set(status, "status"),
    )
    excluded = _as_set(exclude_status, "exclude_status")
    signs = _as_set(sign, "sign")
    kinds, excluded_kinds = _as_set(kind, "kind"), _as_set(exclude_kind, "exclude_kind")
    _check_known(
        G,
        categories,
        types,
        statuses | (excluded or set()) if statuses else excluded,
        (kinds or set()) | (excluded_kinds or set()),
    )
    lo, hi = _parse_bound(start, "start"), _parse_bound(end, "end")
    if lo is not None and hi is not None and lo > hi:
        raise UsageError(f"start {start} is after end {end}")

    from .dates import OPEN_START

    if open_start not in OPEN_START:
        raise UsageError(f"open_start must be one of {OPEN_START}, got {open_start!r}")

    def keep_edge(d, key) -> bool:
        if not include_rejected and d.get("review") == "rejected":
            return False
        if categories is not None and d.get("category") not in categories:
            return False
        if types is not None and d.get("type") not in types:
            return False
        if statuses is not None and d.get("status") not in statuses:
            return False
        if excluded is not None and d.get("status") in excluded:
            return False
        if signs is not None and d.get("sign") not in signs:
            return False
        if lo is not None or hi is not None:
            if "date" not in d:
                return keep_undated
            try:
                first, last = active_bounds(d["date"], open_start)
            except ValueError as exc:
                raise DatasetError(
                    [("<graph>", None, "date", f"relation {d.get('id', key)}: date {exc}")]
                ) from None
            if hi is not None and first is not None and first > hi:
                return False
            if lo is not None and last is not None and last < lo:
                return False
        return True

    return keep_edge, kinds, excluded_kinds


def _copy_relations(G, keep_edge, collapse: bool):
    """A new graph with the actors of *G* (their top-level parents with ``collapse``) and the
    relations ``keep_edge`` keeps, each remembering its original ends (``via_source``,
    ``via_target``); with ``collapse``, relations that become self-relations are dropped and
    counted."""
    mapping = {n: (_root(G, n) if collapse else n) for n in G}
    from .model import ActorGraph

    H = ActorGraph()
    H.graph.update(G.graph)
    for n in G:
        target = mapping[n]
        if target not in H:
            H.add_node(target, **G.nodes[target])
    dropped = 0
    for u, v, k, d in G.edges(keys=True, data=True):
        if not keep_edge(d, k):
            continue
        su, sv = mapping[u], mapping[v]
        if su == sv:
            dropped += 1
            continue
        attrs = dict(d)
        if su != u:
            attrs["via_source"] = u
        if sv != v:
            attrs["via_target"] = v
        if "between" in attrs and collapse:
            parties = list(dict.fromkeys(mapping[p] for p in attrs["between"]))
            if len(parties) >= 2:
                attrs["between"] = parties
            else:
                del attrs["between"]
        H.add_edge(su, sv, key=k, **attrs)
    if collapse:
        H.graph["dropped_self_relations"] = dropped
    return H


def _drop_kinds(H, kinds, excluded_kinds) -> None:
    """Remove, in place, the actors whose kind is not in *kinds* or is in *excluded_kinds*."""
    if kinds is not None or excluded_kinds is not None:
        drop = [
            n
            for n, d in H.nodes(data=True)
            if (kinds is not None and d.get("kind") not in kinds)
            or (excluded_kinds is not None and d.get("kind") in excluded_kinds)
        ]
        H.remove_nodes_from(drop)


def symmetric_types(G) -> set:
    """Relation types that hold in both directions: the vocabulary's and the graph's own."""
    types = {t for t, r in relation_type_records().items() if r["symmetric"]}
    extra = G.graph.get("relation_types") or {}
    types.update(t for t, r in extra.items() if r.get("symmetric"))
    return types


def is_undirected(G) -> bool:
    """True for a graph whose relations are undirected ties: a networkx undirected graph, or an
    actor-relationship graph marked ``G.graph["directed"] = False`` (an imported plain graph).
    Every analysis counts such a tie as two arcs, one each way, as networkx and sna do."""
    return not G.is_directed() or getattr(G, "graph", {}).get("directed") is False


class Arcs(NamedTuple):
    """The result of :func:`arcs`: the collapsed multigraph as arrays, one entry per arc.

    The field order is the order of the tuple ``arcs`` returned before it had names, so
    positional unpacking keeps working.
    """

    nodes: list
    """The nodes of the graph, in ``G``'s order; ``src`` and ``dst`` index into it."""
    src: np.ndarray
    """Each arc's source position in ``nodes``."""
    dst: np.ndarray
    """Each arc's target position in ``nodes``."""
    count: np.ndarray
    """The number of relation records on each arc (float)."""
    strength: np.ndarray
    """The summed absolute weight on each arc."""
    signed: np.ndarray
    """The summed signed weight on each arc."""
    self_loops: int
    """The number of relation records from an actor to itself (left out of the arcs)."""


def arcs(G, weight: str | None = "count", symmetric: bool = True, directed: bool = True) -> Arcs:
    """The explicit multigraph -> simple digraph collapse, as arrays.

    Parameters
    ----------
    G : networkx graph
        The graph to collapse (any networkx graph; a multigraph's parallel relations add up).
    weight : str or None, optional
        Deprecated and ignored: every weighting is returned (``count``, ``strength`` and
        ``signed``), so the caller picks one. Kept so that existing calls keep working.
    symmetric : bool, optional
        Count a relation of a symmetric type in both directions (default True).
    directed : bool, optional
        False counts every relation in both directions.

    Returns
    -------
    Arcs
        A named tuple ``(nodes, src, dst, count, strength, signed, self_loops)``: the
        node list and, per arc, the source and target positions, the number of relation
        records, the summed absolute weight and the summed signed weight; and the number
        of self-loops left out.

    Notes
    -----
    A graph built from a relation table (a dataset folder read by :func:`graphlib_kb.read`,
    or :func:`graphlib_kb.from_tables` given a DataFrame of relations) and not changed
    since keeps the table's source, target, weight and type columns, and the arrays come
    from them instead of from walking networkx's dicts (the same arrays, several times
    faster). Any change to its nodes, edges or edge attributes through networkx drops
    them (see :func:`graphlib_kb.model.relation_columns`).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("a", "b", weight=-2.0)
    0
    >>> G.add_edge("a", "b", weight=1.0)
    1
    >>> result = arcs(G)
    >>> result.nodes, result.src.tolist(), result.dst.tolist()
    (['a', 'b'], [0], [1])
    >>> result.count.tolist(), result.strength.tolist(), result.signed.tolist()
    ([2.0], [3.0], [-1.0])
    """
    with gc_paused():  # see _walk
        nodes, src_a, dst_a, wsig_a, both_a = _relations(G, symmetric, directed, weights=True)
        return _collapse(nodes, src_a, dst_a, wsig_a, both_a)


def arc_pairs(
    G, symmetric: bool = True, directed: bool = True, *, keep_rejected: bool = True
) -> tuple:
    """The nodes and arcs of :func:`arcs` without their weights: ``(nodes, src, dst)``.

    The same collapse (parallel relations are one arc, symmetric types count both ways,
    self-loops are left out) and the same arrays as ``arcs(G)``'s ``nodes``, ``src`` and
    ``dst``, without reading any weight: for analyses of the arcs alone (brokerage).
    ``keep_rejected=False`` gives those of ``arcs(without_rejected(G))`` instead, reading
    the relations once.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "a"), ("b", "b")])
    >>> nodes, src, dst = arc_pairs(G)
    >>> nodes, src.tolist(), dst.tolist()
    (['a', 'b'], [0, 1], [1, 0])
    """
    with gc_paused():  # see _walk
        nodes, src_a, dst_a, _, both_a = _relations(
            G, symmetric, directed, weights=False, drop_rejected=not keep_rejected
        )
        if both_a.any():
            src_a, dst_a = (
                np.concatenate([src_a, dst_a[both_a]]),
                np.concatenate([dst_a, src_a[both_a]]),
            )
        n = max(len(nodes), 1)
        codes = (src_a * n + dst_a)[src_a != dst_a]
        codes.sort()
        # distinct codes (np.unique would hash them first: many times slower than sorting)
        codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes
        src, dst = np.divmod(codes, n)
        return nodes, src, dst


def _relations(
    G, symmetric: bool, directed: bool, weights: bool, drop_rejected: bool = False
) -> tuple:
    """``(nodes, src, dst, signed weight, both ways)``: one entry per relation of *G* (in
    the order of ``G.edges()``, or of the relation table *G* was built from); the weights
    are None unless asked for. *drop_rejected* leaves out the relations that
    :func:`without_rejected` leaves out."""
    nodes = list(G)
    sym_types = symmetric_types(G)
    both_ways = is_undirected(G) or not directed
    by_type = not both_ways and symmetric and bool(sym_types)
    drop_rejected = drop_rejected and isinstance(G, nx.MultiDiGraph)
    kept = relation_columns(G)
    if kept is not None and not (drop_rejected and kept.rejected):
        # a graph built from a relation table, unchanged since: the table's own columns
        src_a, dst_a = kept.positions(nodes)
        if by_type:
            codes, distinct = kept.types()
            both_a = np.array([t in sym_types for t in distinct], dtype=bool)[codes]
        else:
            both_a = np.full(len(src_a), both_ways, dtype=bool)
        return nodes, src_a, dst_a, kept.weight if weights else None, both_a
    src_a, dst_a, data = _walk(G, nodes)
    m = len(src_a)
    wsig_a = _weights([d.get("weight", 1.0) for d in data]) if weights else None
    if by_type:
        types = _attribute(data, "type")
        if not any(types) and types.count(None) == m and None not in sym_types:
            both_a = np.zeros(m, dtype=bool)  # no relation has a type (two quick passes)
        else:
            both_a = np.fromiter(map(sym_types.__contains__, types), dtype=bool, count=m)
    else:
        both_a = np.full(m, both_ways, dtype=bool)
    if drop_rejected:
        reviews = _attribute(data, "review")
        if _any_rejected(reviews):  # as without_rejected
            keep = ~np.array([r == "rejected" for r in reviews], dtype=bool)
            src_a, dst_a, both_a = src_a[keep], dst_a[keep], both_a[keep]
            wsig_a = None if wsig_a is None else wsig_a[keep]
    return nodes, src_a, dst_a, wsig_a, both_a


def _attribute(data: list, name: str) -> list:
    """``[d.get(name) for d in data]``."""
    try:  # dict.get straight from C, no Python call per relation
        return list(map(dict.get, data, repeat(name)))
    except TypeError:  # attribute mappings that are not dicts
        return [d.get(name) for d in data]


def _any_rejected(reviews: list) -> bool:
    """Whether some relation's review is "rejected" (counting None first: the quick pass
    when no relation has a review)."""
    return reviews.count(None) < len(reviews) and "rejected" in reviews


def _weights(raw: list) -> np.ndarray:
    """The weights read from the relations as floats (anything else counts as 1)."""
    try:
        wsig_a = np.array(raw, dtype=float)
    except (TypeError, ValueError):
        wsig_a = np.array([_as_weight(w) for w in raw], dtype=float)
    if wsig_a.shape != (len(raw),):  # a list-like weight somewhere
        wsig_a = np.array([_as_weight(w) for w in raw], dtype=float)
    for i in np.flatnonzero(np.isnan(wsig_a)):  # None became NaN; float(None) is 1 here
        wsig_a[i] = _as_weight(raw[i])
    return wsig_a


def _positions(index: dict, items) -> np.ndarray:
    """``[index[x] for x in items]`` as an array (itemgetter looks them all up in one call,
    faster than a Python or ``map`` call per item)."""
    items = tuple(items)
    if len(items) < 2:  # itemgetter of one item returns it alone, of none fails
        return np.array([index[x] for x in items], dtype=np.int64)
    return np.fromiter(itemgetter(*items)(index), dtype=np.int64, count=len(items))


def _walk(G, nodes: list) -> tuple:
    """Each relation's source and target positions in *nodes* (``list(G)``) as arrays, and
    its attribute dict (a list), in the order of ``G.edges()``.

    A directed graph is read adjacency dict by adjacency dict, one column at a time, with
    no tuple or list per edge. Callers pause the cyclic garbage collector (gc_paused):
    on a graph just built, its hundred thousand new dicts are due for a full pass of the
    collector over the heap, which any few thousand new objects would start, and which
    takes longer than the walk itself.
    """
    index = {n: i for i, n in enumerate(nodes)}
    if not G.is_directed():
        ends = list(G.edges(data=True))
        src_a = _positions(index, [u for u, _, _ in ends])
        dst_a = _positions(index, [v for _, v, _ in ends])
        return src_a, dst_a, [d for *_, d in ends]
    adjacency = list(G.adjacency())
    sources = [u for u, _ in adjacency]
    # (the adjacency is in the order of the nodes, except in some views)
    sources = np.arange(len(nodes)) if sources == nodes else _positions(index, sources)
    rows = [nbrs for _, nbrs in adjacency]  # per source: {target: data or {key: data}}
    targets = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    dst_a = _positions(index, chain.from_iterable(rows))
    src_a = np.repeat(sources, targets)
    values = _values_of(rows)
    if not G.is_multigraph():
        return src_a, dst_a, values
    data = _values_of(values)
    # networkx drops a (source, target) pair with its last relation, so equal counts mean
    # one relation per pair: no parallel relations
    if len(data) == len(values):
        return src_a, dst_a, data
    parallel = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    return np.repeat(src_a, parallel), np.repeat(dst_a, parallel), data


def _values_of(mappings: list) -> list:
    """The values of each mapping of *mappings* in turn, as one list."""
    try:  # dict.values straight from C, no Python call per mapping
        return list(chain.from_iterable(map(dict.values, mappings)))
    except TypeError:  # mappings that are not dicts (the adjacency of a graph view)
        return list(chain.from_iterable(m.values() for m in mappings))


def _edge_dicts(G) -> list:
    """The attribute dicts of the relations of a directed graph, in the order of ``G.edges()``."""
    values = _values_of([nbrs for _, nbrs in G.adjacency()])
    return _values_of(values) if G.is_multigraph() else values


def _collapse(nodes, src_a, dst_a, wsig_a, both_a) -> Arcs:
    """Arcs from one entry per relation (positions, signed weight, counted both ways or not)."""
    wabs_a = np.abs(wsig_a)
    src = src_a
    if both_a.any():
        src_a, dst_a = (
            np.concatenate([src_a, dst_a[both_a]]),
            np.concatenate([dst_a, src_a[both_a]]),
        )
        wabs_a = np.concatenate([wabs_a, wabs_a[both_a]])
        wsig_a = np.concatenate([wsig_a, wsig_a[both_a]])
    loops = src_a == dst_a
    self_loops = int(np.count_nonzero(loops[: len(src)]))
    src_a, dst_a, wabs_a, wsig_a = src_a[~loops], dst_a[~loops], wabs_a[~loops], wsig_a[~loops]
    n = len(nodes)
    codes = src_a * max(n, 1) + dst_a
    uniq, inverse = np.unique(codes, return_inverse=True)
    count = np.bincount(inverse, minlength=len(uniq)).astype(float)
    strength = np.bincount(inverse, weights=wabs_a, minlength=len(uniq))
    signed = np.bincount(inverse, weights=wsig_a, minlength=len(uniq))
    return Arcs(nodes, uniq // max(n, 1), uniq % max(n, 1), count, strength, signed, self_loops)


def csr(n: int, src, dst, data=None):
    """Compressed sparse rows of the arcs ``src -> dst`` (each pair at most once), in numpy.

    Returns ``(indptr, indices, data, order)``: row ``i``'s columns are
    ``indices[indptr[i]:indptr[i + 1]]``, sorted; ``order`` puts the arcs in that order.
    The transpose is ``csr(n, dst, src, data)``. (No scipy: a small command should not pay
    for importing it.)
    """
    src = np.asarray(src, dtype=np.int64)
    dst = np.asarray(dst, dtype=np.int64)
    order = np.lexsort((dst, src))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    values = None if data is None else np.asarray(data, dtype=float)[order]
    return indptr, dst[order], values, order


def _as_weight(value) -> float:
    """A weight as a float; anything that is not a number counts as 1 (as before)."""
    try:
        return float(value)
    except (TypeError, ValueError):
        return 1.0


def arc_weight(count, strength, weight):
    if weight is None:
        return np.ones_like(count)
    if weight == "count":
        return count
    if weight == "goldstein":
        return strength
    raise UsageError(f"weight must be one of {WEIGHTS}, got {weight!r}")


def weighted_digraph(G, weight: str | None = "count", *, symmetric: bool = True):
    """Collapse an actor-relationship multigraph into a simple weighted digraph.

    This is the collapse every centrality measure of :func:`centrality` works
    on, made explicit so that results can be checked against any networkx
    function.

    Parameters
    ----------
    G : networkx graph
        Usually a MultiDiGraph; a DiGraph or Graph is taken as one relation per edge.
    weight : {'count', 'goldstein', None}, default 'count'
        The arc weight: the number of relation records from u to v
        (``'count'``), the sum of their absolute Goldstein weights
        (``'goldstein'``; structural relations weigh 0), or 1 for every arc (``None``).
    symmetric : bool, default True
        Count a relation of a symmetric type (``negotiate``, ``war``, ...) in both directions.

    Returns
    -------
    networkx.DiGraph
        The actors with their attributes; one arc per ordered pair of actors
        with at least one relation, with attributes ``count`` (relations),
        ``strength`` (summed absolute weight), ``signed`` (summed signed
        weight), ``weight`` (as chosen above) and ``distance`` (``1 / weight``,
        the length used by path measures). Signs are never path lengths.
        Self-relations, and arcs whose weight is 0 (structural relations under
        ``'goldstein'``), are left out.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> D = gk.weighted_digraph(gk.load_dataset("karabakh-2023"))
    >>> D.edges["aze", "arm"]["count"], D.edges["arm", "aze"]["count"]
    (6.0, 6.0)
    >>> D.edges["eu", "aze"]["distance"]
    1.0
    """
    collapsed = arcs(G, symmetric=symmetric)
    nodes = collapsed.nodes
    w = arc_weight(collapsed.count, collapsed.strength, weight)
    keep = w > 0
    src, dst, count, strength, signed = (
        a[keep]
        for a in (
            collapsed.src,
            collapsed.dst,
            collapsed.count,
            collapsed.strength,
            collapsed.signed,
        )
    )
    w = w[keep]
    D = nx.DiGraph()
    # The digraph holds both arcs of an undirected tie explicitly, so it is not marked undirected.
    D.graph.update(
        {k: v for k, v in getattr(G, "graph", {}).items() if k not in ("sources", "directed")}
    )
    dist = 1.0 / w
    with gc_paused():  # a dict per arc, all kept (see _walk)
        D.add_nodes_from(G.nodes(data=True))
        D.add_edges_from(
            (
                nodes[u],
                nodes[v],
                {"count": c, "strength": s, "signed": g, "weight": x, "distance": d},
            )
            for u, v, c, s, g, x, d in zip(
                src.tolist(),
                dst.tolist(),
                count.tolist(),
                strength.tolist(),
                signed.tolist(),
                w.tolist(),
                dist.tolist(),
                strict=True,
            )
        )
    return D


def without_rejected(G):
    """*G* without the relations a reviewer rejected (``review == "rejected"``).

    Every analysis starts from this, so that rejected relations are left out by default;
    ``layer(G, include_rejected=True)`` keeps them. *G* itself is returned when nothing was
    rejected (no copy).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.layers import without_rejected
    >>> G = gk.load_dataset("karabakh-2023")
    >>> without_rejected(G) is G
    True
    """
    if not isinstance(G, nx.MultiDiGraph):
        return G
    kept = relation_columns(G)
    if kept is not None and not kept.rejected:
        return G
    with gc_paused():  # see _walk
        rejected = _any_rejected(_attribute(_edge_dicts(G), "review"))
    if not rejected:
        return G
    H = G.copy()
    H.remove_edges_from(
        [(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d.get("review") == "rejected"]
    )
    return H
