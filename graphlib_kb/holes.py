"""Burt's structural holes: effective size and constraint."""

from __future__ import annotations

import pandas as pd

from .layers import weighted_digraph

__all__ = ["structural_holes"]

#: Above this many actors, Burt's measures are computed with scipy's sparse matrices; at or
#: below it, the same formulas run on dense numpy arrays, which spares a small command the
#: import of scipy. The two agree to rounding (tested).
SPARSE_ABOVE = 300


def structural_holes(G, *, weight: str | None = "count", symmetric: bool = True) -> pd.DataFrame:
    """Burt's effective size, efficiency and constraint of every actor.

    Computed by networkx (``effective_size``, ``constraint``) on the weighted
    digraph of :func:`weighted_digraph`; Burt's measures use the ties in both
    directions (a tie's strength is the sum of the arcs between the two actors).

    Parameters
    ----------
    G : networkx.MultiDiGraph
    weight : {'count', 'goldstein', None}, default 'count'
        Arc weight, as in :func:`weighted_digraph`; ``None`` treats every tie alike.
    symmetric : bool, default True
        Count symmetric relation types in both directions.

    Returns
    -------
    pandas.DataFrame
        Indexed by actor id, with ``effective_size`` (non-redundant contacts),
        ``efficiency`` (effective size / number of contacts) and
        ``constraint`` (how much the actor's contacts are tied to each other:
        low constraint = spanning structural holes). Isolated actors are NaN.

    Examples
    --------
    >>> import networkx as nx, graphlib_kb as gk
    >>> star = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("hub", "c")])
    >>> gk.structural_holes(star, weight=None).loc["hub"].round(3).tolist()
    [3.0, 1.0, 0.333]
    """
    from .layers import without_rejected

    G = without_rejected(G)
    D = weighted_digraph(G, weight, symmetric=symmetric)
    w = "weight" if weight is not None else None
    size, cons = _burt(D, w, sparse=len(D) > SPARSE_ABOVE)
    contacts = {n: len(set(D.successors(n)) | set(D.predecessors(n))) for n in D}
    table = pd.DataFrame(
        {
            "effective_size": pd.Series(size, dtype=float),
            "constraint": pd.Series(cons, dtype=float),
        }
    ).reindex(list(D))
    table.insert(
        1,
        "efficiency",
        [size[n] / contacts[n] if contacts[n] else float("nan") for n in table.index],
    )
    table.index.name = "actor"
    return table


def _burt(D, weight, sparse: bool):
    """Effective size and constraint of every node with networkx's matrix formulas
    (``effective_size``/``constraint`` with ``nodes=None``), on dense numpy arrays or on
    scipy sparse ones.

    One difference from networkx 3.x: the normalisation by the largest mutual weight divides
    each row by that row's maximum, as Burt's formula says; networkx's sparse code divides
    by column maxima (a 1-D array broadcast along rows), which changes the effective size of
    weighted graphs (ego e with ties e-a 1, e-b 2, a-b 1: Burt's 7/6, networkx's 4/3).
    """
    import numpy as np

    nodes = list(D)
    n = len(nodes)
    position = {node: i for i, node in enumerate(nodes)}
    rows, cols, vals = [], [], []
    for u, v, d in D.edges(data=True):
        rows.append(position[u])
        cols.append(position[v])
        vals.append(d.get(weight, 1) if weight is not None else 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        if sparse:
            import scipy.sparse as sp

            P = sp.csr_array((np.asarray(vals, dtype=float), (rows, cols)), shape=(n, n))
            mutual = (P + P.T).tocsr()
            sums = np.asarray(mutual.sum(axis=1)).ravel()
            maxima = mutual.max(axis=1).toarray().ravel()
            rows_of = np.repeat(np.arange(n), np.diff(mutual.indptr))
            mw1 = mutual.copy()
            mw1.data = mutual.data / sums[rows_of]
            mw2 = mutual.copy()
            mw2.data = mutual.data / maxima[rows_of]
            r = 1 - (mw1 @ mw2.T).toarray()
            has = (mw1 > 0).toarray()
            diag = mw1.diagonal()
            local = (mw1 + mw1 @ mw1).toarray() ** 2
        else:
            P = np.zeros((n, n))
            np.add.at(P, (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)), vals)
            mutual = P + P.T
            sums = mutual.sum(axis=1)
            # like a sparse division, only the stored (non-zero) entries are divided
            stored = mutual != 0
            mw1 = np.divide(mutual, sums[:, np.newaxis], out=np.zeros((n, n)), where=stored)
            maxima = mutual.max(axis=1, initial=0)[:, np.newaxis]
            mw2 = np.divide(mutual, maxima, out=np.zeros((n, n)), where=stored)
            r = 1 - mw1 @ mw2.T
            has = mw1 > 0
            diag = mw1.diagonal()
            local = (mw1 + mw1 @ mw1) ** 2
        size = (has * r).sum(axis=1)
        size[np.asarray(mw1.sum(axis=1)).ravel() - diag == 0] = np.nan  # isolated
        cons = (has * local).sum(axis=1)
        cons[sums - 2 * diag == 0] = np.nan
    return dict(zip(nodes, size.tolist(), strict=True)), dict(
        zip(nodes, cons.tolist(), strict=True)
    )
