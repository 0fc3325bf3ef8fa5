"""Every centrality column equals networkx on the same collapsed digraph."""

import random
import warnings

import networkx as nx
import numpy as np
import pytest

import graphlib_kb as gk

EXACT = 1e-9
ITERATIVE = 1e-6


def _random_multigraph(seed, n=30, p=0.08):
    """A random actor multigraph with 1 to 6 parallel relations per pair (distances 1/3, 1/6, ...
    whose sums tie only up to rounding)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    types = ["mediate", "accuse", "negotiate", "blockade", "support", "control"]
    vocab = gk.vocabulary()
    G.add_nodes_from((f"n{i}", {"name": f"N{i}", "kind": "state"}) for i in range(n))
    for u in range(n):
        for v in range(n):
            if u != v and rng.random() < p:
                rtype = rng.choice(types)
                for j in range(
                    rng.choice([1, 2, 3, 4, 5, 6]) if not vocab.loc[rtype, "symmetric"] else 1
                ):
                    G.add_edge(
                        f"n{u}",
                        f"n{v}",
                        key=f"r{u}-{v}-{j}",
                        type=rtype,
                        weight=float(vocab.loc[rtype, "weight"]),
                        sign=int(vocab.loc[rtype, "sign"]),
                    )
    return G


def _reference(D):
    """networkx, called directly on the collapsed digraph."""
    ref = {
        "degree_in": dict(D.in_degree()),
        "degree_out": dict(D.out_degree()),
        "degree": dict(D.degree()),
        "neighbours": dict(nx.Graph(D).degree()),
        "strength_in": dict(D.in_degree(weight="weight")),
        "strength_out": dict(D.out_degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(D, weight="distance"),
        "closeness": nx.closeness_centrality(D, distance="distance"),
    }
    approx = {"pagerank": nx.pagerank(D, weight="weight")}
    try:
        approx["eigenvector"] = nx.eigenvector_centrality(D, weight="weight", max_iter=1000)
    except nx.PowerIterationFailedConvergence:
        approx["eigenvector"] = None
    return ref, approx


def _compare(table, D):
    ref, approx = _reference(D)
    for measure, values in ref.items():
        for node, value in values.items():
            assert table.loc[node, measure] == pytest.approx(value, abs=EXACT), (measure, node)
    for measure, values in approx.items():
        if values is None:
            assert table[measure].isna().all()
            continue
        for node, value in values.items():
            assert table.loc[node, measure] == pytest.approx(value, abs=ITERATIVE), (measure, node)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("weight", [None, "count"])
def test_random_graphs_match_networkx(seed, weight):
    G = _random_multigraph(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.MeasureWarning)
        table = gk.centrality(G, weight=weight)
    D = gk.weighted_digraph(G, weight=weight)
    assert list(table.index) == list(D)
    _compare(table, D)


@pytest.mark.parametrize("weight", [None, "count", "goldstein"])
def test_karabakh_matches_networkx(karabakh, weight):
    table = gk.centrality(karabakh, weight=weight)
    D = gk.weighted_digraph(karabakh, weight=weight)
    _compare(table, D)
    hubs, auth = nx.hits(D)
    for node in D:
        assert table.loc[node, "hub"] == pytest.approx(hubs[node], abs=ITERATIVE)
        assert table.loc[node, "authority"] == pytest.approx(auth[node], abs=ITERATIVE)


def test_hits_matches_networkx_on_a_connected_graph():
    G = nx.MultiDiGraph(nx.gnp_random_graph(40, 0.15, seed=4, directed=True))
    table = gk.centrality(G)
    hubs, auth = nx.hits(gk.weighted_digraph(G))
    assert np.allclose(table["hub"], [hubs[n] for n in table.index], atol=ITERATIVE)
    assert np.allclose(table["authority"], [auth[n] for n in table.index], atol=ITERATIVE)


def test_sampled_betweenness_matches_networkx():
    G = nx.MultiDiGraph(nx.gnp_random_graph(80, 0.06, seed=2, directed=True))
    table = gk.centrality(G, measures=["betweenness", "closeness"], k=20, seed=11)
    ref = nx.betweenness_centrality(gk.weighted_digraph(G), k=20, seed=11, weight="distance")
    for node, value in ref.items():
        assert table.loc[node, "betweenness"] == pytest.approx(value, abs=EXACT)
    exact = gk.centrality(G, measures=["closeness"])["closeness"]
    assert table.attrs["k"] == 20
    # the estimate is unbiased-ish: close to the exact value on average
    assert abs(table["closeness"].mean() - exact.mean()) < 0.05


def test_multi_edges_and_symmetric_types_are_collapsed_explicitly(karabakh):
    D = gk.weighted_digraph(karabakh)
    # six relations between Azerbaijan and Armenia, all of symmetric types, in both directions
    assert D.edges["aze", "arm"]["count"] == D.edges["arm", "aze"]["count"] == 6
    assert D.edges["aze", "arm"]["distance"] == pytest.approx(1 / 6)
    # signs are kept but never used as lengths
    assert D.edges["aze", "arm"]["signed"] == pytest.approx(-4 + 7 + 7 - 10 - 10 + 9)
    table = gk.centrality(karabakh)
    assert table.loc["aze", "strength_out"] == sum(
        d["count"] for _, _, d in D.out_edges("aze", data=True)
    )


def test_a_failing_measure_is_nan_with_a_warning_and_the_rest_is_computed():
    # A directed cycle: eigenvector power iteration of (A + I) converges, but HITS on an
    # edgeless layer cannot; an empty graph has no measures at all.
    G = nx.MultiDiGraph()
    G.add_nodes_from(["a", "b", "c"])
    with pytest.warns(gk.MeasureWarning) as record:
        table = gk.centrality(G)
    assert sorted(str(w.message) for w in record) == [
        "authority unavailable: the layer has no relations",
        "hub unavailable: the layer has no relations",
    ]
    assert table["hub"].isna().all() and table["authority"].isna().all()
    assert (table["degree"] == 0).all() and (table["betweenness"] == 0).all()
    assert table.attrs["unavailable"]["hub"] == "the layer has no relations"


def test_non_convergence_is_reported(karabakh):
    with pytest.warns(gk.MeasureWarning) as record:
        table = gk.centrality(karabakh, max_iter=2)
    messages = {str(w.message) for w in record}
    assert "eigenvector unavailable: power iteration did not converge in 2 iterations" in messages
    assert "pagerank unavailable: power iteration did not converge in 2 iterations" in messages
    assert table["eigenvector"].isna().all() and table["pagerank"].isna().all()
    assert table["betweenness"].notna().all()


def test_per_layer_blocks(karabakh):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.MeasureWarning)
        table = gk.centrality(karabakh, by="category")
    assert table.index.names == ["category", "actor"]
    assert set(table.index.get_level_values(0)) == {
        d["category"] for *_, d in karabakh.edges(data=True)
    }
    mediation = table.loc["mediation"]
    assert len(mediation) == karabakh.number_of_nodes()
    D = gk.weighted_digraph(gk.layer(karabakh, category="mediation"))
    assert mediation["degree_out"].to_dict() == dict(D.out_degree())
    assert (
        mediation.loc["rus", "strength_out"] == 4
    )  # 2020 brokering and 2023 offer, to both parties


def test_unknown_measure_and_weight():
    with pytest.raises(ValueError, match="unknown measures"):
        gk.centrality(nx.MultiDiGraph(), measures=["fame"])
    with pytest.raises(ValueError, match="weight must be"):
        gk.centrality(nx.MultiDiGraph(), weight="power")


def test_deterministic(karabakh):
    a = gk.centrality(karabakh, k=5, seed=3)
    b = gk.centrality(karabakh, k=5, seed=3)
    assert a.equals(b)


def test_identical_whatever_the_number_of_cores():
    import numba

    G = nx.MultiDiGraph(nx.gnp_random_graph(300, 0.03, seed=9, directed=True))
    default = gk.centrality(G, measures=["betweenness", "closeness"])
    before = numba.get_num_threads()
    numba.set_num_threads(1)
    try:
        single = gk.centrality(G, measures=["betweenness", "closeness"])
    finally:
        numba.set_num_threads(before)
    assert default.equals(single)
