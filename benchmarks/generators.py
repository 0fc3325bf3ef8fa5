"""Seeded graph generators for the benchmarks."""

from __future__ import annotations

import networkx as nx
import numpy as np


def random_digraph(n: int, m: int, seed: int = 0) -> nx.DiGraph:
    """A simple random digraph with about m arcs (uniform endpoints, no self-loops)."""
    rng = np.random.default_rng(seed)
    src = rng.integers(0, n, int(m * 1.1))
    dst = rng.integers(0, n, int(m * 1.1))
    ok = src != dst
    arcs = np.unique(np.stack([src[ok], dst[ok]], axis=1), axis=0)
    arcs = arcs[np.sort(rng.choice(len(arcs), min(m, len(arcs)), replace=False))]
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from(arcs.tolist())
    return G


def hub_digraph(n: int, m: int, hubs: int, hub_degree: int, groups: int = 4, seed: int = 0):
    """A hub-dominated digraph: `hubs` actors each with about hub_degree in- and out-arcs,
    the rest of the m arcs uniform; every actor gets a group attribute."""
    rng = np.random.default_rng(seed)
    hub_ids = rng.choice(n, hubs, replace=False)
    parts_src, parts_dst = [], []
    for h in hub_ids:
        parts_src += [rng.integers(0, n, hub_degree), np.full(hub_degree, h)]
        parts_dst += [np.full(hub_degree, h), rng.integers(0, n, hub_degree)]
    rest = max(m - 2 * hubs * hub_degree, 0)
    parts_src.append(rng.integers(0, n, int(rest * 1.1)))
    parts_dst.append(rng.integers(0, n, int(rest * 1.1)))
    src, dst = np.concatenate(parts_src), np.concatenate(parts_dst)
    ok = src != dst
    arcs = np.unique(np.stack([src[ok], dst[ok]], axis=1), axis=0)
    if len(arcs) > m:
        arcs = arcs[rng.choice(len(arcs), m, replace=False)]
    G = nx.DiGraph()
    labels = rng.integers(0, groups, n)
    G.add_nodes_from((i, {"camp": f"g{labels[i]}"}) for i in range(n))
    G.add_edges_from(arcs.tolist())
    return G


def two_paths(G) -> int:
    """Number of two-paths a -> b -> c (a != c counted with a == c too: an upper bound)."""
    return sum(G.in_degree(b) * G.out_degree(b) for b in G)
