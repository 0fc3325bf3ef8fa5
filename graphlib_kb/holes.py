"""Burt's structural holes: effective size and constraint."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .layers import weighted_digraph

__all__ = ["structural_holes"]


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
    size = nx.effective_size(D, weight=w)
    cons = nx.constraint(D, weight=w)
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
