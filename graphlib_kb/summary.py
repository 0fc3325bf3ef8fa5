"""A one-table summary of an actor-relationship graph."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .layers import arcs, is_undirected

__all__ = ["summary"]


def summary(G) -> pd.DataFrame:
    """Counts and structure of a graph, as one tidy table.

    Parameters
    ----------
    G : networkx.MultiDiGraph

    Returns
    -------
    pandas.DataFrame
        Columns ``aspect``, ``item`` and ``value``. Aspects:

        ``graph``
            ``actors``, ``relations``, ``actor pairs`` (ordered pairs with at
            least one relation, symmetric types counted both ways),
            ``density`` (actor pairs / n(n-1)), ``weak components``,
            (in an undirected graph: unordered pairs, density pairs / (n(n-1)/2) as
            ``networkx.density``, and strong components = components),
            ``largest weak component``, ``strong components``, ``isolated actors``,
            ``self-relations``.
        ``actors by kind``, ``relations by category``, ``relations by status``, ``relations by sign``
            Counts, one row per kind, category, status or sign, sorted.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> s = gk.summary(gk.load_dataset("karabakh-2023")).set_index(["aspect", "item"])
    >>> s.loc[("graph", "relations"), "value"], s.loc[("relations by status", "offered"), "value"]
    (39, 2)
    """
    from .layers import without_rejected

    G = without_rejected(G)
    collapsed = arcs(G)
    nodes, src = collapsed.nodes, collapsed.src
    n = len(nodes)
    undirected = is_undirected(G)
    # An undirected tie is two arcs; a pair of actors is then counted once.
    pairs, possible = (len(src) // 2, n * (n - 1) / 2) if undirected else (len(src), n * (n - 1))
    rows = [
        ("graph", "actors", n),
        ("graph", "relations", G.number_of_edges()),
        ("graph", "actor pairs", pairs),
        ("graph", "density", round(pairs / possible, 6) if n > 1 else float("nan")),
    ]
    if n:
        weak = (
            list(nx.weakly_connected_components(G))
            if G.is_directed()
            else list(nx.connected_components(G))
        )
        strong = len(weak) if undirected else nx.number_strongly_connected_components(G)
        rows += [
            ("graph", "weak components", len(weak)),
            ("graph", "largest weak component", max(len(c) for c in weak)),
            ("graph", "strong components", strong),
        ]
    rows += [
        ("graph", "isolated actors", sum(1 for v in G if G.degree(v) == 0)),
        ("graph", "self-relations", collapsed.self_loops),
    ]

    def counts(aspect, values):
        series = pd.Series(list(values), dtype=object).value_counts()
        return [
            (aspect, str(k), int(v)) for k, v in sorted(series.items(), key=lambda kv: str(kv[0]))
        ]

    rows += counts("actors by kind", (d.get("kind", "(none)") for _, d in G.nodes(data=True)))
    edges = [d for *_, d in G.edges(data=True)]
    rows += counts("relations by category", (d.get("category", "(none)") for d in edges))
    rows += counts("relations by status", (d.get("status", "(none)") for d in edges))
    rows += counts(
        "relations by sign",
        (
            f"{d['sign']:+d}"
            if isinstance(d.get("sign"), int) and d["sign"]
            else str(d.get("sign", "(none)"))
            for d in edges
        ),
    )
    table = pd.DataFrame(
        {
            "aspect": [r[0] for r in rows],
            "item": [r[1] for r in rows],
            "value": pd.Series([r[2] for r in rows], dtype=object),
        }
    )
    return table
