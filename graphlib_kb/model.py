"""Actor-relationship graphs: build them from tables, and get tables back."""

from __future__ import annotations

import contextlib
import functools
import gc
import re
import weakref
from itertools import repeat

import networkx as nx
import numpy as np
import pandas as pd

from .errors import DatasetError
from .schema import (
    ACTOR_FIELDS,
    GRAPH_TEXT_ATTRIBUTES,
    RELATION_FIELDS,
    SOURCE_FIELDS,
    TYPE_FIELDS,
    Checked,
    Tables,
    check,
    frame_records,
    graph_files,
)

__all__ = ["ActorGraph", "from_tables", "actors_table", "relations_table", "sources_table"]


class ActorGraph(nx.MultiDiGraph):
    """A ``networkx.MultiDiGraph`` of actors and relations that shows itself readably.

    Everything networkx does with a MultiDiGraph works unchanged; only the
    representation differs: a one-line summary in a console, and a short table
    of actors by kind and relations by category in a notebook.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> gk.load_dataset("karabakh-2023")
    <ActorGraph 'karabakh-2023': 21 actors, 39 relations>
    """

    def __repr__(self) -> str:
        name = f" '{self.graph['name']}'" if self.graph.get("name") else ""
        return (
            f"<ActorGraph{name}: {self.number_of_nodes()} actors, "
            f"{self.number_of_edges()} relations>"
        )

    def _repr_html_(self) -> str:
        from html import escape

        kinds: dict = {}
        for _, d in self.nodes(data=True):
            kinds[d.get("kind", "?")] = kinds.get(d.get("kind", "?"), 0) + 1
        categories: dict = {}
        for *_, d in self.edges(data=True):
            categories[d.get("category", "?")] = categories.get(d.get("category", "?"), 0) + 1

        def cells(counts):
            return ", ".join(f"{escape(str(k))} {v}" for k, v in sorted(counts.items()))

        title = escape(str(self.graph.get("title") or self.graph.get("name") or "ActorGraph"))
        return (
            f"<div><strong>{title}</strong><br>{self.number_of_nodes()} actors ({cells(kinds)})"
            f"<br>{self.number_of_edges()} relations ({cells(categories)})</div>"
        )


# ---------------------------------------------------------------- relation columns
#
# A graph built from a checked relation table keeps four of its columns (source, target,
# weight, type) so that layers.arcs need not walk networkx's dicts of dicts. They are
# valid only while the graph is exactly as built. networkx has no version counter, so
# graphlib_kb keeps one: _EDITS[0] goes up whenever
#   - a node or edge is added or removed through any method of an ActorGraph whose
#     adjacency is watched (a graph with kept columns, or a shallow copy sharing its dicts),
#   - an edge attribute dict of such a graph is changed in any way (the edges of a graph
#     built from a table are _EdgeData, dicts that note every change).
# The columns are used only when the counter still has the value it had when they were
# kept; otherwise callers read the graph itself. Changing networkx's private dicts
# directly (G._succ, dict.__setitem__ on an attribute dict) is not seen.

_EDITS = [0]
_WATCHED: set = set()  # id() of the adjacency dicts of graphs with kept columns
_COLUMNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _changed(G=None) -> None:
    if G is None or id(getattr(G, "_succ", None)) in _WATCHED:
        _EDITS[0] += 1


def _noting_change(name: str):
    """nx.MultiDiGraph's method *name*, noting first that the graph changes (_changed)."""
    method = getattr(nx.MultiDiGraph, name)

    @functools.wraps(method)
    def noting(self, *args, **kwargs):
        _changed(self)
        return method(self, *args, **kwargs)

    return noting


# Every method of ActorGraph that changes which nodes and edges the graph holds notes the
# change, so that the relation columns kept for a graph built from a table are never used
# once the graph has changed.
for _name in (
    "add_node",
    "add_nodes_from",
    "remove_node",
    "remove_nodes_from",
    "add_edge",
    "add_edges_from",
    "add_weighted_edges_from",
    "remove_edge",
    "remove_edges_from",
    "update",
    "clear",
    "clear_edges",
):
    setattr(ActorGraph, _name, _noting_change(_name))
del _name


class _EdgeData(dict):
    """The attribute dict of an edge of a graph built from a relation table: a plain dict
    whose every change is noted (see :func:`relation_columns`)."""

    __slots__ = ()

    def __setitem__(self, key, value):
        _EDITS[0] += 1
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        _EDITS[0] += 1
        dict.__delitem__(self, key)

    def __ior__(self, other):
        _EDITS[0] += 1
        return dict.__ior__(self, other)

    def update(self, *args, **kwargs):
        _EDITS[0] += 1
        dict.update(self, *args, **kwargs)

    def setdefault(self, key, default=None):
        _EDITS[0] += 1
        return dict.setdefault(self, key, default)

    def pop(self, *args):
        _EDITS[0] += 1
        return dict.pop(self, *args)

    def popitem(self):
        _EDITS[0] += 1
        return dict.popitem(self)

    def clear(self):
        _EDITS[0] += 1
        dict.clear(self)


class RelationColumns:
    """Columns of the relation table a graph was built from, in the order of its rows (which
    is the order the edges were added in): ``source`` and ``target`` (object arrays of actor
    ids), ``weight`` (float), ``type`` (object) and ``rejected`` (whether some relation has
    ``review == "rejected"``). For :func:`relation_columns` only."""

    __slots__ = (
        "source",
        "target",
        "weight",
        "type",
        "rejected",
        "_edits",
        "_nodes",
        "_succ",
        "_positions",
        "_types",
    )

    def __init__(self, G, source, target, weight, rtype, rejected: bool):
        self.source, self.target, self.weight, self.type = source, target, weight, rtype
        self.rejected = rejected
        self._edits = _EDITS[0]
        self._nodes = len(G._node)
        self._succ = G._succ
        self._positions = None
        self._types = None

    def positions(self, nodes: list) -> tuple:
        """The positions of each relation's source and target in *nodes* (``list(G)``, which
        cannot have changed while the columns are valid); computed once."""
        if self._positions is None:
            position = {n: i for i, n in enumerate(nodes)}.__getitem__
            count = len(self.source)
            self._positions = (
                np.fromiter(map(position, self.source), dtype=np.int64, count=count),
                np.fromiter(map(position, self.target), dtype=np.int64, count=count),
            )
        return self._positions

    def types(self) -> tuple:
        """``(codes, distinct types)`` of the type column; computed once."""
        if self._types is None:
            codes, distinct = pd.factorize(self.type)
            self._types = (codes, list(distinct))
        return self._types

    def valid_for(self, G) -> bool:
        return self._edits == _EDITS[0] and G._succ is self._succ and len(G._node) == self._nodes


def relation_columns(G) -> RelationColumns | None:
    """The relation columns kept for *G* when it was built from a relation table and has not
    changed since (nodes, edges or any edge attribute); None otherwise, and then the caller
    reads the graph itself.

    The answer is never stale for changes made through networkx: adding or removing nodes
    or edges with any method of the graph (or of a shallow copy sharing its dicts), and any
    change to an edge's attribute dict (``G.edges[u, v, k]["weight"] = 2``, ``update``,
    ``pop``, ``del``, ``nx.set_edge_attributes``, ...) drop the columns. Changes that go
    around networkx (``G._succ``, ``dict.__setitem__`` on an attribute dict) are not seen.
    The columns are kept beside the graph (weakly), not in it: copies, subgraphs, views
    and pickles of the graph carry none.

    Examples
    --------
    >>> import graphlib_kb as gk, pandas as pd
    >>> from graphlib_kb.model import relation_columns
    >>> G = gk.from_tables(
    ...     [{"id": "a", "name": "A", "kind": "state"}, {"id": "b", "name": "B", "kind": "state"}],
    ...     pd.DataFrame([{"id": "r1", "source": "a", "target": "b", "type": "accuse",
    ...                    "evidence": "A accused B."}]))
    >>> relation_columns(G).weight.tolist()
    [-2.0]
    >>> G.edges["a", "b", "r1"]["weight"] = -5.0
    >>> relation_columns(G) is None
    True
    """
    try:
        kept = _COLUMNS.get(G)
    except TypeError:  # an unhashable or not weakly referable graph
        return None
    if kept is None or not kept.valid_for(G):
        return None
    return kept


def _keep_columns(G, frame) -> None:
    G_succ = G._succ
    _WATCHED.add(id(G_succ))
    weakref.finalize(G, _WATCHED.discard, id(G_succ))
    kept = RelationColumns(
        G,
        frame["source"].to_numpy(dtype=object),
        frame["target"].to_numpy(dtype=object),
        frame["weight"].to_numpy(dtype=float),
        frame["type"].to_numpy(dtype=object),
        "review" in frame.columns and bool((frame["review"] == "rejected").any()),
    )
    kept.positions(list(G))  # (while the table is at hand: one dict lookup per end)
    _COLUMNS[G] = kept


_WHOLE = ("string", "integer", "boolean")


def _frame_edges(frame) -> list:
    """One attribute dict (an :class:`_EdgeData`) per row of a checked relation frame: the
    present values (missing: None, NaN) in column order, as the row-by-row records hold
    them; built column-wise (one list per column, one C-level dict per row)."""
    skip = ("id", "source", "target")
    columns = [c for c in frame.columns if c not in skip]
    n = len(frame)
    if not columns:
        return [_EdgeData() for _ in range(n)]
    values = []
    sparse = []
    for c in columns:
        col = frame[c]
        if col.dtype == object and pd.api.types.infer_dtype(col, skipna=False) in _WHOLE:
            values.append(col.tolist())  # (no None, NaN or NA in it)
            continue
        missing = col.isna().to_numpy()
        if missing.any():
            values.append(col.astype(object).where(~missing, None).tolist())
            sparse.append((c, np.flatnonzero(missing)))
        else:
            values.append(col.tolist())
    rows = list(map(_EdgeData, map(zip, repeat(columns), zip(*values, strict=True))))
    for c, positions in sparse:
        for i in positions.tolist():
            dict.__delitem__(rows[i], c)
    return rows


@contextlib.contextmanager
def gc_paused():
    """Pause Python's cyclic garbage collector for the ``with`` block, then restore its
    previous state (also when the block raises; a collector that was already off stays off).

    For code that makes many container objects (dicts, lists, tuples) that all stay alive:
    each 700 of them would otherwise start a collection, and every tenth of those a pass over
    older objects, up to a full pass over the whole heap (every graph in memory), which can
    take longer than the work itself. Reference counting frees objects as usual meanwhile;
    only unreachable reference cycles wait for the first collection after the block. The
    collector's state is the process's: a pause in one thread pauses it for all of them.

    Examples
    --------
    >>> import gc
    >>> from graphlib_kb.model import gc_paused
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _add_frame_edges(G, frame) -> None:
    """Add the relations of a checked frame to *G* (whose nodes are its actors), as
    ``G.add_edges_from((source, target, id, attrs) ...)`` would, filling networkx's
    adjacency dicts directly: the same dicts, in the same order, without a method call per
    edge."""
    # a million new dicts: the cyclic collector would scan them again and again
    with gc_paused():
        rows = _frame_edges(frame)
        succ, pred = G._succ, G._pred
        keydict = G.edge_key_dict_factory
        for u, v, key, attrs in zip(
            frame["source"].tolist(),
            frame["target"].tolist(),
            frame["id"].tolist(),
            rows,
            strict=True,
        ):
            nbrs = succ[u]
            keys = nbrs.get(v)
            if keys is None:
                keys = nbrs[v] = keydict()
                pred[v][u] = keys
            keys[key] = attrs
    nx._clear_cache(G)
    _keep_columns(G, frame)


_ACTOR_ORDER = [f.name for f in ACTOR_FIELDS]
_RELATION_ORDER = [f.name for f in RELATION_FIELDS]
_SOURCE_ORDER = [f.name for f in SOURCE_FIELDS]
_TYPE_ORDER = [f.name for f in TYPE_FIELDS]


def _ordered(attrs: dict, order: list) -> dict:
    out = {k: attrs[k] for k in order if k in attrs}
    out.update((k, v) for k, v in attrs.items() if k not in out)
    return out


def _natural(text: str) -> tuple:
    parts = re.split(r"(\d+)", text)
    try:
        return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))
    except ValueError:  # a run of more digits than int() reads (sys.get_int_max_str_digits())
        raise long_digit_runs([text]) from None


def long_digit_runs(ids, label: str = "<graph>") -> DatasetError:
    """The error for relation ids with a run of more digits than natural order reads as a
    number (Python's ``sys.get_int_max_str_digits()``, 4300 by default): one problem per id,
    naming the field ``id`` of the relations of *label*.

    Examples
    --------
    >>> err = long_digit_runs(["r" + "9" * 5000])
    >>> print(str(err)[:60])
    <graph> edges, field 'id': relation id 'r9999999999999999999
    """
    import sys

    limit = getattr(sys, "get_int_max_str_digits", lambda: 0)()
    file = graph_files(label)["relations"]
    problems = []
    for ident in ids:
        text = str(ident)
        longest = max((len(run) for run in re.findall(r"\d+", text)), default=0)
        if limit and longest > limit:
            shown = text if len(text) <= 40 else f"{text[:20]}...{text[-10:]}"
            problems.append(
                (
                    file,
                    None,
                    "id",
                    f"relation id '{shown}' ({len(text)} characters) has a run of {longest} "
                    f"digits; ids are ordered naturally ('r2' before 'r10'), which reads at most "
                    f"{limit} digits as a number (sys.get_int_max_str_digits()): shorten the id",
                )
            )
    return DatasetError(problems or [(file, None, "id", "an id cannot be ordered naturally")])


def ordered_edges(G):
    """Edges ``(u, v, key, data)`` in natural order of their keys ("r2" before "r10").

    Writers and checks use this order, so equal graphs give identical files
    whatever order their edges were added in.

    Raises
    ------
    DatasetError
        If a relation id has a run of more digits than Python reads as a number
        (``sys.get_int_max_str_digits()``).
    """
    edges = G.edges(keys=True, data=True)
    try:
        return sorted(edges, key=lambda e: (_natural(str(e[2])), str(e[0]), str(e[1])))
    except DatasetError:
        raise long_digit_runs([k for _, _, k in G.edges(keys=True)]) from None


def build_graph(checked: Checked) -> nx.MultiDiGraph:
    """Turn checked records into the canonical graph (raises if there were problems)."""
    if checked.problems:
        raise DatasetError(checked.problems)
    G = ActorGraph()
    G.graph.update(_ordered(checked.graph, list(GRAPH_TEXT_ATTRIBUTES)))
    if checked.sources:
        G.graph["sources"] = {k: _ordered(v, _SOURCE_ORDER) for k, v in checked.sources.items()}
    if checked.relation_types:
        G.graph["relation_types"] = {
            k: _ordered(v, _TYPE_ORDER) for k, v in checked.relation_types.items()
        }
    G.add_nodes_from((ident, _ordered(attrs, _ACTOR_ORDER)) for ident, attrs in checked.actors)
    frame = checked.relation_frame
    if frame is not None and not checked.relations:
        # relations checked over columns: their attribute dicts built column-wise and put
        # into the adjacency in bulk; the graph keeps the columns arcs needs
        _add_frame_edges(G, frame)
        return G
    # one bulk call; relations checked over columns come with their attributes in order
    in_order = frame is not None
    if not checked.relations:
        return G
    G.add_edges_from(
        (u, v, key, attrs if in_order else _ordered(attrs, _RELATION_ORDER))
        for u, v, key, attrs in checked.relations
    )
    return G


def load_tables(tables: Tables) -> nx.MultiDiGraph:
    """Check raw tables and build the graph, or raise :class:`DatasetError` listing every problem."""
    return build_graph(check(tables, records=False))


def tables_from_graph(G, label: str = "<graph>") -> Tables:
    """Raw records of an in-memory graph, for checking or writing."""
    tables = Tables(files=graph_files(label), in_memory=True)
    if not isinstance(G, nx.Graph):
        tables.problems.append(
            (label, None, None, f"expected a networkx.MultiDiGraph, got {type(G).__name__}")
        )
        return tables
    if not (G.is_directed() and G.is_multigraph()):
        tables.problems.append(
            (
                label,
                None,
                None,
                f"expected a networkx.MultiDiGraph (directed, with edge keys), got {type(G).__name__}",
            )
        )
        return tables
    for i, (node, data) in enumerate(G.nodes(data=True), start=1):
        tables.actors.append((i, {**data, "id": node}))
    for i, (u, v, k, data) in enumerate(ordered_edges(G), start=1):
        tables.relations.append((i, {**data, "id": k, "source": u, "target": v}))
    tables.set_graph(G.graph)
    return tables


def _records(frame, what: str) -> list:
    return frame_records(frame, what)


def from_tables(actors, relations, sources=None, relation_types=None, **graph_attrs):
    """Build an actor-relationship graph from tables of actors and relations.

    Parameters
    ----------
    actors : pandas.DataFrame or iterable of dict
        One row per actor with at least ``id``, ``name`` and ``kind``; optional
        ``aliases`` (list, or text separated by ``|``), ``parent``, ``camp``,
        ``cameo``, ``description``; any other column becomes a node attribute.
    relations : pandas.DataFrame or iterable of dict
        One row per relation with at least ``id``, ``source``, ``target``,
        ``type`` and ``evidence``; ``category``, ``sign`` and ``weight`` default
        from :func:`vocabulary`, ``status`` defaults to ``asserted``.
    sources : pandas.DataFrame or iterable of dict, optional
        Source documents (``id``, ``title``, ...), referred to by the
        relations' ``document`` column.
    relation_types : pandas.DataFrame or iterable of dict, optional
        Relation types the dataset adds to the vocabulary, with the columns of
        :func:`vocabulary` (``type``, ``category``, ``sign``, ``weight``,
        ``symmetric``, ``definition``, ...).
    **graph_attrs
        Graph attributes such as ``name``, ``title``, ``description``, ``citation``.

    Returns
    -------
    networkx.MultiDiGraph
        Actors as nodes, relations as edges keyed by relation id.

    Raises
    ------
    DatasetError
        Listing every problem found; no graph is returned.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.from_tables(
    ...     [{"id": "aze", "name": "Azerbaijan", "kind": "state"},
    ...      {"id": "arm", "name": "Armenia", "kind": "state"},
    ...      {"id": "eu", "name": "European Union", "kind": "igo"}],
    ...     [{"id": "r1", "source": "eu", "target": "aze", "type": "mediate",
    ...       "between": "aze|arm", "evidence": "The EU mediated."}],
    ...     title="Example")
    >>> G.edges["eu", "aze", "r1"]["weight"], G.edges["eu", "aze", "r1"]["between"]
    (5.0, ['aze', 'arm'])
    """
    frame = relations if isinstance(relations, pd.DataFrame) else None
    tables = Tables(
        actors=_records(actors, "actors"),
        relations=[] if frame is not None else _records(relations, "relations"),
        relation_frame=frame,
        sources=_records(sources, "sources"),
        relation_types=_records(relation_types, "relation_types"),
        graph=dict(graph_attrs),
    )
    return load_tables(tables)


def _frame(records: list, order: list) -> pd.DataFrame:
    columns = list(order)
    for rec in records:
        columns.extend(k for k in rec if k not in columns)
    frame = pd.DataFrame.from_records(records, columns=columns)
    return frame


def actors_table(G) -> pd.DataFrame:
    """The actors of a graph as a DataFrame, one row per actor.

    Parameters
    ----------
    G : networkx.MultiDiGraph

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``name``, ``kind``, ``aliases`` (list), ``parent``,
        ``camp``, ``cameo``, ``description``, then any extra node attributes;
        missing values are ``None``/``NaN``.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> gk.actors_table(G).set_index("id").loc["aze", ["name", "kind", "camp"]].tolist()
    ['Azerbaijan', 'state', 'azerbaijan']
    """
    records = [{"id": n, **d} for n, d in G.nodes(data=True)]
    return _frame(records, _ACTOR_ORDER)


def relations_table(G) -> pd.DataFrame:
    """The relations of a graph as a DataFrame, one row per relation (edge).

    Parameters
    ----------
    G : networkx.MultiDiGraph

    Returns
    -------
    pandas.DataFrame
        Columns ``id`` (the edge key), ``source``, ``target``, ``type``,
        ``category``, ``sign``, ``weight``, ``date``, ``status``, ``between``
        (list), ``location``, ``evidence``, ``document``, ``sentence``,
        ``notes``, then any extra edge attributes.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> rel = gk.relations_table(gk.load_dataset("karabakh-2023"))
    >>> rel.query("type == 'offer_mediation'")[["source", "status"]].drop_duplicates()
    ... # doctest: +NORMALIZE_WHITESPACE
      source   status
    ...   rus  offered
    """
    records = [{"id": k, "source": u, "target": v, **d} for u, v, k, d in ordered_edges(G)]
    frame = _frame(records, _RELATION_ORDER)
    if len(frame):
        frame["sign"] = frame["sign"].astype("int64")
        frame["sentence"] = frame["sentence"].astype("Int64")
    return frame


def sources_table(G) -> pd.DataFrame:
    """The source documents of a graph (``G.graph["sources"]``) as a DataFrame.

    Parameters
    ----------
    G : networkx.MultiDiGraph

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``title``, ``publisher``, ``date``, ``url``,
        ``language``, ``file``, ``sha256``, ``sentences``, ``notes``.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> gk.sources_table(gk.load_dataset("karabakh-2023"))["sentences"].tolist()
    [21]
    """
    records = [{"id": k, **v} for k, v in (G.graph.get("sources") or {}).items()]
    frame = _frame(records, _SOURCE_ORDER)
    frame["sentences"] = frame["sentences"].astype("Int64")
    return frame
