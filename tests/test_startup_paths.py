"""Small graphs take plain-Python / numpy paths (no numba, no scipy); large ones the compiled
or sparse paths. Both must give the same results."""

import importlib
import subprocess
import sys

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import graphlib_kb as gk
from graphlib_kb import _paths_kernel, _paths_py
from graphlib_kb.brokerage import count_roles, count_roles_bruteforce
from graphlib_kb.centrality import _PathGraph
from graphlib_kb.layers import arcs

centrality_module = importlib.import_module("graphlib_kb.centrality")
holes = importlib.import_module("graphlib_kb.holes")


def _random_multigraph(seed, n, p):
    rng = np.random.default_rng(seed)
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(n))
    types = ["mediate", "accuse", "negotiate", "blockade", "support"]
    for u, v in zip(*np.nonzero(rng.random((n, n)) < p), strict=True):
        if u != v:
            for _ in range(int(rng.integers(1, 4))):
                G.add_edge(
                    int(u),
                    int(v),
                    type=str(rng.choice(types)),
                    weight=float(rng.choice([-5.0, 1.0, 3.5])),
                )
    return G


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("weighted", [False, True])
def test_python_and_compiled_sweeps_are_equal_to_the_last_bit(seed, weighted):
    G = _random_multigraph(seed, 40, 0.08)
    nodes, src, dst, count, strength, *_ = arcs(G, "count")
    w = count if weighted else np.ones_like(count)
    paths = _PathGraph(len(nodes), src, dst, w, None, None, nodes)
    sources = np.arange(len(nodes), dtype=np.int64)
    plain = _paths_py.sweep(sources, *paths.csr, paths.weighted, len(nodes))
    compiled = _paths_kernel.sweep(sources, *paths.csr, paths.weighted, len(nodes))
    for a, b in zip(plain, compiled, strict=True):
        assert np.array_equal(a, b)


def test_centrality_is_the_same_whichever_path_runs(monkeypatch):
    G = _random_multigraph(7, 60, 0.06)
    monkeypatch.setattr(centrality_module, "COMPILE_ABOVE", 0)
    compiled = gk.centrality(G, weight="goldstein")
    monkeypatch.setattr(centrality_module, "COMPILE_ABOVE", 10**12)
    plain = gk.centrality(G, weight="goldstein")
    pd.testing.assert_frame_equal(compiled, plain, check_exact=True)


@pytest.mark.parametrize("seed", range(6))
def test_python_and_compiled_brokerage_counts_are_equal(seed):
    rng = np.random.default_rng(seed)
    n = 30
    mask = rng.random((n, n)) < 0.15
    np.fill_diagonal(mask, False)
    src, dst = (a.astype(np.int64) for a in np.nonzero(mask))
    codes = rng.integers(0, 3, n)
    plain = count_roles(n, src, dst, codes, compiled=False)
    compiled = count_roles(n, src, dst, codes, compiled=True)
    assert (plain == compiled).all()
    assert (plain == count_roles_bruteforce(n, src, dst, codes)).all()


def test_burt_dense_and_sparse_agree(monkeypatch):
    for G in (gk.load_dataset("karabakh-2023"), _random_multigraph(3, 50, 0.1)):
        for weight in ("count", None, "goldstein"):
            monkeypatch.setattr(holes, "SPARSE_ABOVE", 10**9)
            dense = gk.structural_holes(G, weight=weight)
            monkeypatch.setattr(holes, "SPARSE_ABOVE", 0)
            sparse = gk.structural_holes(G, weight=weight)
            pd.testing.assert_frame_equal(dense, sparse, rtol=1e-12, atol=1e-12)
            D = gk.weighted_digraph(G, weight)
            reference = pd.Series(nx.constraint(D, weight="weight" if weight else None))
            assert np.allclose(dense["constraint"], reference.reindex(dense.index), equal_nan=True)


def test_effective_size_divides_by_each_rows_largest_tie():
    # ego e: ties e-a (1), e-b (2), a-b (1). Burt: a is redundant through b by
    # p_eb * m_ab = 2/3 * 1, b through a by p_ea * m_ba = 1/3 * 1/2: 1/3 + 5/6 = 7/6.
    G = nx.MultiDiGraph([("e", "a"), ("e", "b"), ("e", "b"), ("a", "b")])
    table = gk.structural_holes(G)
    assert table.loc["e", "effective_size"] == pytest.approx(7 / 6)
    assert nx.effective_size(gk.weighted_digraph(G), nodes=["e"], weight="weight")[
        "e"
    ] == pytest.approx(7 / 6)


def test_small_commands_import_neither_numba_nor_scipy():
    code = (
        "import sys, graphlib_kb as gk\n"
        "G = gk.load_dataset('karabakh-2023')\n"
        "gk.centrality(G); gk.brokerage(G); gk.mediators(G); gk.summary(G)\n"
        "print(sorted(m for m in ('numba', 'scipy', 'matplotlib') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
