"""Centrality of actors, per relation layer, on the explicit multigraph -> weighted digraph collapse."""

from __future__ import annotations

import random
import warnings

import numpy as np
import pandas as pd

from .errors import UsageError
from .layers import arc_weight, arcs, csr, is_undirected, layer

__all__ = ["centrality", "MEASURES", "MeasureWarning"]

#: The columns of :func:`centrality`, in order.
MEASURES = (
    "degree_in",
    "degree_out",
    "degree",
    "neighbours",
    "strength_in",
    "strength_out",
    "betweenness",
    "closeness",
    "eigenvector",
    "pagerank",
    "hub",
    "authority",
)
_BY = ("category", "type", "status")
#: Shortest-path sweeps doing more work than this (sources x (actors + arcs)) run in the
#: numba-compiled kernel; smaller ones run the same searches in plain Python (about 1 us a
#: unit), which is faster than loading the compiled kernel and its threads (0.7-0.9 s;
#: measured with benchmarks/bench_startup.py). Both give results equal to the last bit.
COMPILE_ABOVE = 500_000


class MeasureWarning(UserWarning):
    """A centrality measure could not be computed; its column is NaN."""


class _Unavailable(Exception):
    pass


def centrality(
    G,
    *,
    measures=None,
    weight: str | None = "count",
    by: str | None = None,
    k: int | None = None,
    seed: int | None = None,
    symmetric: bool = True,
    alpha: float = 0.85,
    max_iter: int = 1000,
    tol: float = 1e-6,
) -> pd.DataFrame:
    """Centrality of every actor, computed on the relations collapsed into a weighted digraph.

    The multigraph is collapsed explicitly, exactly as :func:`weighted_digraph`
    does: one arc u -> v per ordered pair of actors with at least one relation,
    relations of symmetric types (``negotiate``, ``war``, ...) counting in both
    directions, self-relations dropped. Its arc weight is the number of
    relations (``weight="count"``), their summed absolute Goldstein weight
    (``"goldstein"``) or 1 (``None``). Path measures use the distance
    ``1 / weight``, so that more relations mean a closer tie; signs are never
    path lengths. Every value equals the networkx function of the same name
    run on that digraph (see Notes).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        An actor-relationship graph (any networkx graph is accepted: one edge = one relation).
    measures : list of str, optional
        Columns to compute (default: all of :data:`MEASURES`).
    weight : {'count', 'goldstein', None}, default 'count'
        How relations between two actors become one arc weight.
    by : {'category', 'type', 'status'}, optional
        Compute one block per relation category (or type, or status), each on
        its own layer over all actors of ``G``.
    k : int, optional
        Estimate betweenness and closeness from ``k`` sampled source actors
        instead of all of them (for large graphs); ``seed`` makes the sample
        repeatable. Betweenness then equals
        ``networkx.betweenness_centrality(D, k=k, seed=seed)``.
    seed : int, optional
        Seed of the sample of ``k`` sources.
    symmetric : bool, default True
        Count symmetric relation types in both directions.
    alpha : float, default 0.85
        PageRank damping factor.
    max_iter, tol : int, float
        Iteration limit and tolerance of the eigenvector, PageRank and HITS power iterations.

    Returns
    -------
    pandas.DataFrame
        Indexed by actor id (``actor``), or by (``category``, ``actor``) with
        ``by``, with the columns

        ``degree_in``, ``degree_out``, ``degree``
            Number of distinct actors with an arc to / from this actor, and their
            sum (an actor with arcs both ways is counted twice in ``degree``). In an
            undirected graph (see :func:`graphlib_kb.from_networkx`) each tie is an
            arc both ways, and ``degree`` is the number of neighbours, as
            ``networkx.degree`` counts it.
        ``neighbours``
            Number of distinct actors tied to this one in either direction
            (``degree`` counts an actor with arcs both ways twice; this does not).
        ``strength_in``, ``strength_out``
            Summed weight of the incoming / outgoing arcs.
        ``betweenness``
            Share of shortest paths between other actors that pass through the
            actor, normalised by ``(n-1)(n-2)``.
        ``closeness``
            Closeness from the actors that can reach this one (incoming
            distances), Wasserman-Faust scaled for unreachable actors.
        ``eigenvector``
            Eigenvector centrality (left eigenvector: importance received from
            important actors), unit Euclidean norm.
        ``pagerank``
            PageRank with damping ``alpha``, summing to 1.
        ``hub``, ``authority``
            HITS hub and authority scores, each summing to 1.

        A measure that cannot be computed (an empty layer, a power iteration
        that does not converge) is NaN, with a :class:`MeasureWarning` naming
        the measure and the reason; ``table.attrs["unavailable"]`` maps it to
        the reason. ``table.attrs`` also records ``weight``, ``k``, ``seed``
        and ``self_relations`` (the number of self-relations dropped).

    Notes
    -----
    Degree and strength are counted with numpy; betweenness and closeness come
    from one compiled sweep of breadth-first (unweighted) or Dijkstra searches,
    one per source, that mirrors networkx's searches, comparisons of path
    lengths included, and runs on all cores; eigenvector, PageRank and HITS are
    power iterations (sparse products in numpy) that mirror networkx's:
    ``eigenvector_centrality(D, weight="weight")`` iterates ``x + A^T x``
    from a uniform start; PageRank is networkx's scipy implementation; HITS
    iterates ``A^T A`` from a uniform start, and equals networkx's SVD-based
    ``hits`` wherever the leading singular vector is unique. Betweenness and
    closeness equal ``betweenness_centrality(D, weight="distance")`` and
    ``closeness_centrality(D, distance="distance")``. With ``k``, closeness is
    estimated for each actor from the sampled sources other than itself:
    ``reached**2 / (sum of distances * sources)``, the exact formula when every
    actor is a source.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> table = gk.centrality(G)
    >>> table.loc[["aze", "arm", "eu"], ["degree", "neighbours", "betweenness"]].round(3)
    ... # doctest: +NORMALIZE_WHITESPACE
           degree  neighbours  betweenness
    actor
    aze        15          12        0.197
    arm         9           7        0.047
    eu          2           2        0.000
    >>> per_layer = gk.centrality(G, by="category", measures=["degree_out"])
    >>> int(per_layer.loc[("mediation", "rus"), "degree_out"])
    2
    """
    from .layers import without_rejected

    G = without_rejected(G)
    chosen = list(MEASURES) if measures is None else list(measures)
    unknown = [m for m in chosen if m not in MEASURES]
    if unknown:
        raise UsageError(f"unknown measures {unknown}; choose from {', '.join(MEASURES)}")
    if weight not in (None, "count", "goldstein"):
        raise UsageError(f"weight must be 'count', 'goldstein' or None, got {weight!r}")
    options = dict(
        measures=chosen,
        weight=weight,
        k=k,
        seed=seed,
        symmetric=symmetric,
        alpha=alpha,
        max_iter=max_iter,
        tol=tol,
    )
    if by is None:
        return _table(G, label="", **options)
    if by not in _BY:
        raise UsageError(f"by must be one of {', '.join(_BY)}, got {by!r}")
    values = sorted({d.get(by) for *_, d in G.edges(data=True) if d.get(by) is not None})
    blocks, unavailable = [], {}
    for value in values:
        part = _table(layer(G, **{by: value}), label=f"{by} '{value}': ", **options)
        unavailable.update({(value, m): r for m, r in part.attrs["unavailable"].items()})
        part.index = pd.MultiIndex.from_product([[value], part.index], names=[by, "actor"])
        blocks.append(part)
    if blocks:
        out = pd.concat(blocks)
    else:
        out = pd.DataFrame(
            columns=chosen,
            index=pd.MultiIndex.from_arrays([[], []], names=[by, "actor"]),
        )
    out.attrs = {"weight": weight, "k": k, "seed": seed, "by": by, "unavailable": unavailable}
    return out


def _table(G, *, label, measures, weight, k, seed, symmetric, alpha, max_iter, tol):
    collapsed = arcs(G, symmetric=symmetric)
    nodes = collapsed.nodes
    w = arc_weight(collapsed.count, collapsed.strength, weight)
    keep = w > 0
    src, dst, w = collapsed.src[keep], collapsed.dst[keep], w[keep]
    n = len(nodes)
    index = pd.Index(nodes, name="actor")
    columns: dict = {}
    unavailable: dict = {}

    def run(name, fn):
        if name not in measures:
            return
        try:
            columns.update(fn())
        except _Unavailable as exc:
            reason = str(exc)
            unavailable[name] = reason
            warnings.warn(f"{label}{name} unavailable: {reason}", MeasureWarning, stacklevel=4)
            columns[name] = np.full(n, np.nan)

    deg_in = np.bincount(dst, minlength=n)
    deg_out = np.bincount(src, minlength=n)
    # An undirected tie is two arcs: in = out = the number of neighbours, which is the degree.
    degree = deg_out if is_undirected(G) else deg_in + deg_out
    if "neighbours" in measures:
        lo, hi = np.minimum(src, dst), np.maximum(src, dst)
        pairs = np.unique(lo.astype(np.int64) * max(n, 1) + hi) if len(lo) else np.array([], int)
        ends = np.concatenate([pairs // max(n, 1), pairs % max(n, 1)])
        columns["neighbours"] = np.bincount(ends, minlength=n)
    for name, values in (
        ("degree_in", deg_in),
        ("degree_out", deg_out),
        ("degree", degree),
        ("strength_in", np.bincount(dst, weights=w, minlength=n)),
        ("strength_out", np.bincount(src, weights=w, minlength=n)),
    ):
        if name in measures:
            columns[name] = values

    paths = None

    def path_graph():
        nonlocal paths
        if paths is None:
            paths = _PathGraph(n, src, dst, w, k, seed, nodes)
        return paths

    run("betweenness", lambda: {"betweenness": path_graph().betweenness()})
    run("closeness", lambda: {"closeness": path_graph().closeness()})
    A = _Sparse(n, src, dst, w)
    run("eigenvector", lambda: {"eigenvector": _eigenvector(A, n, max_iter, tol)})
    run("pagerank", lambda: {"pagerank": _pagerank(A, n, alpha, max_iter, tol)})
    if "hub" in measures or "authority" in measures:
        try:
            hubs, auth = _hits(A, n, max_iter, tol)
            columns["hub"], columns["authority"] = hubs, auth
        except _Unavailable as exc:
            for name in ("hub", "authority"):
                unavailable[name] = str(exc)
                warnings.warn(f"{label}{name} unavailable: {exc}", MeasureWarning, stacklevel=3)
                columns[name] = np.full(n, np.nan)
    table = pd.DataFrame({m: columns[m] for m in measures}, index=index)
    for name in ("degree_in", "degree_out", "degree", "neighbours"):
        if name in table:
            table[name] = table[name].astype("int64")
    table.attrs = {
        "weight": weight,
        "k": k,
        "seed": seed,
        "unavailable": unavailable,
        "self_relations": collapsed.self_loops,
    }
    return table


class _PathGraph:
    """Shortest-path measures from one compiled sweep, scaled exactly as networkx scales them."""

    def __init__(self, n, src, dst, w, k, seed, nodes):
        self.n = n
        if n == 0:
            raise _Unavailable("the layer has no actors")
        dist = 1.0 / w
        self.weighted = not bool(np.all(dist == 1.0))
        out_ptr, out_idx, out_w, _ = csr(n, src, dst, dist)
        in_ptr, in_idx, in_w, _ = csr(n, dst, src, dist)
        self.csr = (out_ptr, out_idx, out_w, in_ptr, in_idx, in_w)
        self.arcs = len(src)
        self.compiled = None
        self.sources = None
        if k is not None:
            if not 1 <= k <= n:
                raise UsageError(f"k must be between 1 and the number of actors ({n}), got {k}")
            if k < n:
                sample = random.Random(seed).sample(list(nodes), k)
                position = {node: i for i, node in enumerate(nodes)}
                self.sources = np.array([position[s] for s in sample], dtype=np.int64)
        self._result = None

    def _sweep(self):
        if self._result is None:
            sources = np.arange(self.n, dtype=np.int64) if self.sources is None else self.sources
            compiled = self.compiled
            if compiled is None:
                compiled = len(sources) * (self.n + self.arcs) > COMPILE_ABOVE
            if compiled:
                from ._paths_kernel import sweep
            else:
                from ._paths_py import sweep
            self._result = sweep(sources, *self.csr, self.weighted, self.n)
        return self._result

    def betweenness(self):
        n = self.n
        if n <= 2:
            return np.zeros(n)
        raw = self._sweep()[0]
        if self.sources is None:
            return raw / ((n - 1) * (n - 2))
        kk = len(self.sources)
        if kk == 1:
            raise _Unavailable("a sample of one source cannot estimate betweenness (k=1)")
        scale = np.full(n, 1.0 / (kk * (n - 2)))
        scale[self.sources] = 1.0 / ((kk - 1) * (n - 2))
        return raw * scale

    def closeness(self):
        n = self.n
        if n == 1:
            return np.zeros(1)
        _, total, reached = self._sweep()
        if self.sources is None:
            others = np.full(n, float(n - 1))
        else:
            others = np.full(n, float(len(self.sources)))
            others[self.sources] -= 1
        with np.errstate(invalid="ignore", divide="ignore"):
            out = np.where(total > 0, reached * reached / (total * others), 0.0)
        return np.nan_to_num(out)


class _Sparse:
    """The arc matrix A (rows: sources) with the products the power iterations need.

    Each product adds a row's (or column's) terms one after another in the order of the
    other index, exactly as scipy.sparse's CSR/CSC products do, so the iterations give
    scipy's numbers without importing it.
    """

    def __init__(self, n, src, dst, w):
        _, _, data, order = csr(n, src, dst, w)
        self.n, self.src, self.dst, self.data = n, src[order], dst[order], data
        self.nnz = len(data)

    def dot(self, x):
        """``A @ x``."""
        return np.bincount(self.src, weights=self.data * x[self.dst], minlength=self.n)

    def tdot(self, x):
        """``A.T @ x`` (= ``x @ A``)."""
        return np.bincount(self.dst, weights=self.data * x[self.src], minlength=self.n)

    def row_sums(self):
        return np.bincount(self.src, weights=self.data, minlength=self.n)

    def scale_rows(self, factor):
        out = object.__new__(_Sparse)
        out.n, out.src, out.dst, out.nnz = self.n, self.src, self.dst, self.nnz
        out.data = self.data * factor[self.src]
        return out


def _eigenvector(A, n, max_iter, tol):
    if n == 0:
        raise _Unavailable("the layer has no actors")
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        xlast = x
        x = xlast + A.tdot(xlast)
        norm = np.sqrt(np.dot(x, x)) or 1.0
        x = x / norm
        if np.abs(x - xlast).sum() < n * tol:
            return x
    raise _Unavailable(f"power iteration did not converge in {max_iter} iterations")


def _pagerank(A, n, alpha, max_iter, tol):
    if n == 0:
        raise _Unavailable("the layer has no actors")
    S = A.row_sums()
    inv = np.zeros(n)
    inv[S != 0] = 1.0 / S[S != 0]
    M = A.scale_rows(inv)
    x = np.repeat(1.0 / n, n)
    p = np.repeat(1.0 / n, n)
    dangling = np.where(S == 0)[0]
    for _ in range(max_iter):
        xlast = x
        x = alpha * (M.tdot(x) + sum(x[dangling]) * p) + (1 - alpha) * p
        if np.absolute(x - xlast).sum() < n * tol:
            return x
    raise _Unavailable(f"power iteration did not converge in {max_iter} iterations")


def _hits(A, n, max_iter, tol):
    if n == 0:
        raise _Unavailable("the layer has no actors")
    if A.nnz == 0:
        raise _Unavailable("the layer has no relations")
    x = np.ones(n) / n
    for _ in range(max_iter):
        xlast = x
        x = A.tdot(A.dot(x))
        x = x / x.max()
        if np.absolute(x - xlast).sum() < tol * 1e-2:
            break
    else:
        raise _Unavailable(f"power iteration did not converge in {max_iter} iterations")
    a = x
    h = A.dot(a)
    return h / h.sum(), a / a.sum()
