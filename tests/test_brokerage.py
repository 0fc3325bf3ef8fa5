"""Gould-Fernandez brokerage: hand-worked roles, sna's expectations, and the fast counts vs brute force."""

import math

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import graphlib_kb as gk
from graphlib_kb.brokerage import count_roles, count_roles_bruteforce

ROLE_CASES = {
    # groups of a, b, c for the two-path a -> b -> c
    "coordinator": ("A", "A", "A"),
    "itinerant": ("A", "B", "A"),
    "representative": ("A", "A", "B"),
    "gatekeeper": ("A", "B", "B"),
    "liaison": ("A", "B", "C"),
}


@pytest.mark.parametrize("role", gk.ROLES)
def test_one_two_path_per_role(role):
    G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    ga, gb, gc = ROLE_CASES[role]
    table = gk.brokerage(G, {"a": ga, "b": gb, "c": gc})
    assert table.loc["b", role] == 1 and table.loc["b", "total"] == 1
    assert table[list(gk.ROLES)].to_numpy().sum() == 1
    assert table.loc["a", "total"] == table.loc["c", "total"] == 0


def test_a_closed_triangle_brokers_nothing():
    G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("a", "c")])
    table = gk.brokerage(G, {"a": "A", "b": "B", "c": "C"})
    assert (table["total"] == 0).all()


def test_only_a_to_c_is_checked():
    # In the cycle a -> b -> c -> a, the arc c -> a does not close the pair (a, c).
    G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a")])
    table = gk.brokerage(G, {"a": "A", "b": "B", "c": "C"})
    assert table["liaison"].tolist() == [1, 1, 1]


def test_undirected_ties_count_as_two_arcs():
    G = nx.Graph([("a", "b"), ("b", "c")])
    table = gk.brokerage(G, {"a": "A", "b": "B", "c": "A"})
    assert table.loc["b", "itinerant"] == 2  # (a, c) and (c, a)
    D = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    assert (
        gk.brokerage(D, {"a": "A", "b": "B", "c": "A"}, directed=False).loc["b", "itinerant"] == 2
    )


def test_parallel_relations_are_one_arc():
    G = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("b", "c"), ("b", "c")])
    assert gk.brokerage(G, {"a": "A", "b": "B", "c": "C"}).loc["b", "liaison"] == 1


def test_symmetric_relation_types_count_both_ways():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", type="negotiate")
    G.add_edge("b", "c", type="negotiate")
    table = gk.brokerage(G, {"a": "A", "b": "B", "c": "C"})
    assert table.loc["b", "liaison"] == 2


def test_expectations_against_a_hand_computation_of_sna():
    # N = 4 actors in groups A, A, B, C; m = 3 arcs: a1 -> a2 -> b -> c.
    G = nx.MultiDiGraph([("a1", "a2"), ("a2", "b"), ("b", "c")])
    groups = {"a1": "A", "a2": "A", "b": "B", "c": "C"}
    table = gk.brokerage(G, groups)
    N, m = 4, 3
    d = m / (N * (N - 1))  # 0.25
    q = d * d * (1 - d)  # 0.046875
    r = d**3 * (1 - d) ** 3
    # Broker a2 (group A, n = 2; the other groups have sizes 1 and 1):
    assert table.loc["a2", "coordinator_expected"] == pytest.approx(q * 1 * 0)
    assert table.loc["a2", "coordinator_sd"] == 0 and math.isnan(table.loc["a2", "coordinator_z"])
    assert table.loc["a2", "itinerant_expected"] == pytest.approx(q * (1 * 0 + 1 * 0))
    rep_exp = q * (4 - 2) * (2 - 1)  # 0.09375
    rep_var = rep_exp * (1 - q) + 2 * ((2 - 1) * (2 * 1 / 2) + (4 - 2) * (1 * 0 / 2)) * r
    assert table.loc["a2", "representative_expected"] == pytest.approx(0.09375)
    assert table.loc["a2", "representative_sd"] == pytest.approx(math.sqrt(rep_var))
    assert table.loc["a2", "representative_sd"] == pytest.approx(0.3202171)
    assert table.loc["a2", "gatekeeper_sd"] == pytest.approx(math.sqrt(rep_var))
    liaison_exp = q * ((1 + 1) ** 2 - (1 + 1))
    assert table.loc["a2", "liaison_expected"] == pytest.approx(liaison_exp)
    assert table.loc["a2", "liaison_sd"] == pytest.approx(math.sqrt(liaison_exp * (1 - q)))
    total_exp = q * 3 * 2
    total_var = total_exp * (1 - q) + 2 * 3 * 2 * 1 * r
    assert table.loc["a2", "total_expected"] == pytest.approx(0.28125)
    assert table.loc["a2", "total_sd"] == pytest.approx(math.sqrt(total_var))
    # a2 brokers (a1, b): representative; b brokers (a2, c): liaison.
    assert table.loc["a2", "representative"] == 1 and table.loc["b", "liaison"] == 1
    assert table.loc["a2", "representative_z"] == pytest.approx((1 - rep_exp) / math.sqrt(rep_var))
    # Broker b (group B, n = 1; others have sizes 2 and 1):
    assert table.loc["b", "itinerant_expected"] == pytest.approx(q * (2 * 1 + 1 * 0))
    assert table.loc["b", "itinerant_sd"] == pytest.approx(
        math.sqrt(q * 2 * (1 - q) + 2 * (2 * 1 * 0 + 0) * r)
    )
    b_liaison = q * ((2 + 1) ** 2 - (4 + 1))
    b_liaison_var = (
        b_liaison * (1 - q) + 4 * (2 * ((4 - 2 - 1) * 0 / 2) + 1 * ((4 - 1 - 1) * 1 / 2)) * r
    )
    assert table.loc["b", "liaison_sd"] == pytest.approx(math.sqrt(b_liaison_var))
    assert table.attrs["density"] == 0.25 and table.attrs["arcs"] == 3


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(1, 18),
    density=st.floats(0.0, 1.0),
    n_groups=st.integers(1, 4),
    seed=st.integers(0, 2**32 - 1),
)
def test_fast_counts_equal_brute_force(n, density, n_groups, seed):
    rng = np.random.default_rng(seed)
    mask = rng.random((n, n)) < density
    np.fill_diagonal(mask, False)
    src, dst = np.nonzero(mask)
    codes = rng.integers(0, n_groups, n)
    fast = count_roles(n, src.astype(np.int64), dst.astype(np.int64), codes)
    slow = count_roles_bruteforce(n, src, dst, codes)
    assert (fast == slow).all()


def test_hub_dominated_graph_fast_equals_brute_force():
    rng = np.random.default_rng(5)
    n = 400
    hubs = np.arange(5)
    src = np.concatenate([rng.integers(0, n, 3000), np.repeat(hubs, 300)])
    dst = np.concatenate([np.repeat(hubs, 600), rng.integers(0, n, 1500)])
    ok = src != dst
    arcs_ = np.unique(np.stack([src[ok], dst[ok]], 1), axis=0)
    codes = rng.integers(0, 3, n)
    fast = count_roles(n, arcs_[:, 0], arcs_[:, 1], codes)
    assert (fast == count_roles_bruteforce(n, arcs_[:, 0], arcs_[:, 1], codes)).all()


def test_permutation_p_values_are_seeded_and_sensible():
    G = nx.MultiDiGraph([(f"x{i}", "hub") for i in range(6)] + [("hub", f"y{i}") for i in range(6)])
    groups = {**{f"x{i}": "X" for i in range(6)}, **{f"y{i}": "Y" for i in range(6)}, "hub": "H"}
    a = gk.brokerage(G, groups, permutations=200, seed=1)
    b = gk.brokerage(G, groups, permutations=200, seed=1)
    assert a.equals(b)
    assert a.loc["hub", "liaison"] == 36
    p = a.loc["hub", "liaison_p"]
    assert 0 < p < 0.2  # X -> hub -> Y is rarely all-liaison under random labels
    assert a.loc["x0", "liaison_p"] == 1.0  # x0 brokers nothing: every permutation ties
    assert {c for c in a.columns if c.endswith("_p")} == {f"{r}_p" for r in (*gk.ROLES, "total")}


def test_actors_without_a_group_are_dropped_or_refused(karabakh):
    table = gk.brokerage(karabakh)  # the territories and the Red Cross movement have no camp
    assert {"nagorno_karabakh", "lachin_corridor", "surrounding_districts", "red_cross"} == set(
        table.attrs["dropped"]
    )
    assert "nagorno_karabakh" not in table.index
    with pytest.raises(ValueError, match="have no attribute 'camp'"):
        gk.brokerage(karabakh, missing="error")


def test_karabakh_icrc_is_the_humanitarian_liaison(karabakh):
    coop = gk.layer(karabakh, sign=1)
    table = gk.brokerage(coop, directed=False)
    assert table.loc["icrc", "liaison"] == 2  # Azerbaijan <-> ICRC <-> Karabakh Armenians
    assert table.loc["eu", "total"] == 0  # Azerbaijan and Armenia also deal directly
