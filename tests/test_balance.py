"""Signed collapse, structural balance, frustration index and inferred camps."""

import itertools
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import graphlib_kb as gk
from graphlib_kb.balance import _unbalanced_packing

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def tribes():
    ties = pd.read_csv(DATA / "highland_tribes.csv")
    G = nx.Graph()
    for row in ties.itertuples():
        G.add_edge(row.source, row.target, sign=int(row.sign))
    return G


def signed_matrix(G):
    nodes = sorted(G)
    A = nx.to_numpy_array(G, nodelist=nodes, weight="sign")
    return nodes, A


def brute_frustration(G, k=2):
    """Minimum frustration over every labelling (first actor fixed): the independent check."""
    nodes = sorted(G)
    pos = {n: i for i, n in enumerate(nodes)}
    ties = [(pos[u], pos[v], d["sign"]) for u, v, d in G.edges(data=True)]
    best = None
    for rest in itertools.product(range(k), repeat=len(nodes) - 1):
        lab = (0, *rest)
        f = sum((s > 0) != (lab[i] == lab[j]) for i, j, s in ties)
        best = f if best is None else min(best, f)
    return best


def test_tribes_data_is_reads_network(tribes):
    assert tribes.number_of_nodes() == 16
    assert tribes.number_of_edges() == 58
    signs = [d["sign"] for *_, d in tribes.edges(data=True)]
    assert signs.count(1) == 29 and signs.count(-1) == 29


def test_tribes_balance_matches_signnet(tribes):
    table = gk.balance(tribes)
    value = table["value"]
    # signnet::balance_score(tribes, "triangles") = 0.8676471, "walk" = 0.3575761 and
    # "frustration" = 0.7586207 (= 1 - 2*7/58), as printed in the signnet tutorial
    # "Signed Networks" (schochastics.github.io/R4SNA/descriptive/signed-networks.html).
    assert value["triangle balance"] == pytest.approx(0.8676471, abs=1e-7)
    assert value["walk balance"] == pytest.approx(0.3575761, abs=1e-7)
    assert value["normalised frustration"] == pytest.approx(0.7586207, abs=1e-7)
    # L = 7 is the exact frustration index of the network (Aref & Wilson 2018, Table of
    # small networks; signnet's normalised 0.7586207 gives the same 7 edges).
    assert value["frustration"] == 7
    assert value["frustration lower bound"] == 7
    assert table.loc["frustration", "method"] == "exact (HiGHS milp)"


def test_tribes_census_against_enumeration(tribes):
    census = {"+++": 0, "++-": 0, "+--": 0, "---": 0}
    for tri in (c for c in nx.enumerate_all_cliques(tribes) if len(c) == 3):
        neg = sum(tribes.edges[u, v]["sign"] < 0 for u, v in itertools.combinations(tri, 2))
        census["+" * (3 - neg) + "-" * neg] += 1
    table = gk.balance(tribes)["value"]
    assert {k: int(table[f"triangles {k}"]) for k in census} == census
    assert sum(census.values()) == 68  # 0.8676471 = 59 / 68 balanced triangles


def test_walk_balance_by_hand(tribes):
    _, A = signed_matrix(tribes)
    walk = np.exp(np.linalg.eigvalsh(A)).sum() / np.exp(np.linalg.eigvalsh(np.abs(A))).sum()
    assert gk.balance(tribes).loc["walk balance", "value"] == pytest.approx(walk, rel=1e-12)


def test_tribes_two_camps(tribes):
    C = gk.camps(tribes)
    assert C.attrs["frustration"] == 7
    frustrated = sum(
        (d["sign"] > 0) != (C.loc[u, "camp"] == C.loc[v, "camp"])
        for u, v, d in tribes.edges(data=True)
    )
    assert frustrated == 7
    assert C["frustrated"].sum() == 2 * 7
    # Gama, Nagad, Gavev and Kotun against the rest (the classic split of Hage & Harary)
    small = set(C.index[C["camp"] == 2])
    assert small == {"Gama", "Nagad", "Gavev", "Kotun"}


def test_tribes_three_camps_match_signnet_blockmodel(tribes):
    # signnet tutorial: set.seed(1108); signed_blockmodel(tribes, k = 3, alpha = 0.5,
    # annealing = TRUE)$membership = 2 2 1 1 3 1 1 1 3 3 1 1 3 3 2 2 in the order below,
    # criterion 2 (signnet counts each frustrated tie once per direction, weighted 0.5).
    order = "Gavev Kotun Ove Alika Nagam Gahuk Masil Ukudz Notoh Kohik Geham Asaro Uheto Seuve Nagad Gama"
    signnet = dict(
        zip(order.split(), [2, 2, 1, 1, 3, 1, 1, 1, 3, 3, 1, 1, 3, 3, 2, 2], strict=True)
    )
    C = gk.camps(tribes, k=3)
    assert C.attrs["frustration"] == 2
    ours = {frozenset(C.index[C["camp"] == c]) for c in (1, 2, 3)}
    theirs = {frozenset(t for t, c in signnet.items() if c == b) for b in (1, 2, 3)}
    assert ours == theirs


@pytest.mark.parametrize("seed", range(6))
def test_exact_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    G = nx.gnm_random_graph(9, 18, seed=seed)
    for u, v in G.edges():
        G.edges[u, v]["sign"] = int(rng.choice([-1, 1]))
    assert gk.balance(G).loc["frustration", "value"] == brute_frustration(G)
    assert gk.camps(G, k=3).attrs["frustration"] == brute_frustration(G, 3)


def test_local_search_above_exact_limit_respects_bound(tribes):
    table = gk.balance(tribes, exact=False)
    assert table.loc["frustration", "method"] == "local search"
    assert table.loc["frustration lower bound", "value"] <= 7 <= table.loc["frustration", "value"]


def test_signed_collapse_rules(karabakh):
    S = gk.signed_graph(karabakh)
    # aze-arm: dispute -4, negotiate +7 twice, war -10 twice, ceasefire +9 -> -1
    assert S.edges["aze", "arm"]["weight"] == pytest.approx(-1.0)
    assert S.edges["aze", "arm"]["sign"] == -1
    # neutral relations give no signed tie
    assert not S.has_edge("lachin_corridor", "nagorno_karabakh")
    # majority of signs: 3 friendly, 3 hostile -> a tie, left out
    assert not gk.signed_graph(karabakh, "majority").has_edge("aze", "arm")
    # layer filters first: in 2020 alone the pair is at war and agrees a ceasefire: -10 + 9
    S2020 = gk.signed_graph(karabakh, start="2020", end="2020")
    assert S2020.edges["aze", "arm"]["weight"] == pytest.approx(-1.0)


def test_karabakh_inferred_camps(karabakh):
    C = gk.camps(karabakh)
    assert C.attrs["frustration"] == 3
    assert C.attrs["method"] == "exact (HiGHS milp)"
    camp1 = set(C.index[C["camp"] == 1])
    camp2 = set(C.index[C["camp"] == 2])
    assert camp2 == {"arm_red_cross", "nk_separatists", "lachin_corridor"}
    assert {"aze", "arm", "eu", "usa", "rus", "west"} <= camp1
    # actors with only neutral (structural) relations have no camp
    assert C.loc[["nagorno_karabakh", "surrounding_districts"], "camp"].isna().all()
    # docs/analysis.md explains these: the three frustrated ties and the two unstable actors
    S = gk.signed_graph(karabakh)
    frustrated = {
        frozenset((u, v))
        for u, v, d in S.edges(data=True)
        if (d["sign"] > 0) != (C.loc[u, "camp"] == C.loc[v, "camp"])
    }
    assert frustrated == {
        frozenset(p) for p in [("aze", "arm"), ("aze", "karabakh_armenians"), ("west", "rus")]
    }
    assert set(C.index[C["camp"].notna() & ~C["stable"]]) == {"icrc", "karabakh_armenians"}
    # without the mediation layer the parties separate
    categories = sorted(set(gk.vocabulary()["category"]) - {"mediation"})
    N = gk.camps(karabakh, category=categories)
    assert N.attrs["frustration"] == 1
    assert N.loc["aze", "camp"] != N.loc["arm", "camp"]
    assert N.loc["arm", "camp"] == N.loc["nk_separatists", "camp"] == N.loc["arm_red_cross", "camp"]


def test_no_negative_ties_is_balanced():
    G = nx.Graph([("a", "b", {"sign": 1}), ("b", "c", {"sign": 1}), ("c", "a", {"sign": 1})])
    table = gk.balance(G)
    assert table.loc["frustration", "value"] == 0
    assert "balanced by definition" in table.loc["frustration", "note"]
    assert set(gk.camps(G)["camp"]) == {1}


def test_no_signed_ties_is_an_error():
    G = nx.MultiDiGraph([("a", "b", {"sign": 0, "weight": 0.0})])
    with pytest.raises(ValueError, match="no signed ties"):
        gk.balance(G)
    with pytest.raises(ValueError, match="no signed ties"):
        gk.camps(G)


def test_fewer_than_three_actors():
    G = nx.Graph([("a", "b", {"sign": -1})])
    table = gk.balance(G)
    assert np.isnan(table.loc["triangle balance", "value"])
    assert table.loc["triangle balance", "note"] == "fewer than three actors"
    assert table.loc["frustration", "value"] == 0
    C = gk.camps(G)
    assert C.loc["a", "camp"] != C.loc["b", "camp"]


def test_solver_time_limit_warns_with_bound():
    rng = np.random.default_rng(3)
    G = nx.gnm_random_graph(120, 400, seed=3)
    for u, v in G.edges():
        G.edges[u, v]["sign"] = int(rng.choice([-1, 1]))
    with pytest.warns(gk.BalanceWarning, match="time limit"):
        table = gk.balance(G, exact=True, time_limit=0.2)
    L = table.loc["frustration", "value"]
    bound = table.loc["frustration lower bound", "value"]
    assert 0 < bound <= L
    assert table.loc["frustration", "method"] == "best found (HiGHS time limit)"


def test_bad_k_and_method(tribes):
    with pytest.raises(ValueError, match="k must be"):
        gk.camps(tribes, k=1)
    with pytest.raises(ValueError, match="method must be"):
        gk.balance(tribes, method="mean")


def test_deterministic(tribes):
    a = gk.camps(tribes, exact=False, seed=4)
    b = gk.camps(tribes, exact=False, seed=4)
    pd.testing.assert_frame_equal(a, b)


def test_bridge_flag():
    # c is friendly with a and with b, who are enemies: c bridges two camps
    G = nx.Graph(
        [
            ("a", "b", {"sign": -1}),
            ("a", "c", {"sign": 1}),
            ("b", "c", {"sign": 1}),
            ("a", "d", {"sign": 1}),
            ("b", "e", {"sign": 1}),
            ("d", "e", {"sign": -1}),
        ]
    )
    C = gk.camps(G)
    assert C.loc["c", "bridge"] and C.loc["c", "frustrated"] == 1
    # c sits with a or with b; the other one then has a friendly tie across: also a bridge
    assert C.loc[["a", "b"], "bridge"].sum() == 1
    assert not C.loc[["d", "e"], "bridge"].any()
    # both placements of c are optimal: c is the one unstable actor
    assert list(C.index[~C["stable"]]) == ["c"]


def test_with_camps_fills_inferred(karabakh):
    for n in karabakh:
        karabakh.nodes[n].pop("camp", None)
    H = gk.with_camps(karabakh)
    assert H.graph["camps"] == "inferred"
    assert H.nodes["nk_separatists"]["camp"] == "camp 2"
    assert "camp" not in karabakh.nodes["aze"]  # the input is not modified


def test_brute_force_helper_cannot_pass_by_accident():
    G = nx.Graph([("a", "b", {"sign": -1}), ("b", "c", {"sign": -1}), ("a", "c", {"sign": -1})])
    assert brute_frustration(G) == 1
    assert (
        _unbalanced_packing(3, np.array([0, 1, 0]), np.array([1, 2, 2]), np.array([-1, -1, -1]))
        == 1
    )


def test_brokerage_with_inferred_groups(karabakh):
    inferred = gk.inferred_groups(karabakh)
    table = gk.brokerage(karabakh, "inferred")
    expected = gk.brokerage(karabakh, inferred)
    pd.testing.assert_frame_equal(table, expected, check_like=True)
    assert table.attrs["groups"] == "inferred"
    assert table.loc["nk_separatists", "group"] == "camp 2"
    ranked = gk.mediators(karabakh, "inferred")
    assert ranked.loc["rus", "camp"] == inferred["rus"]


def test_cli_balance_and_camps():
    from click.testing import CliRunner

    from graphlib_kb.cli import cli

    runner = CliRunner()
    result = runner.invoke(cli, ["balance", "karabakh-2023", "--format", "csv"])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(__import__("io").StringIO(result.output)).set_index("measure")
    assert (
        table.loc["frustration", "value"]
        == gk.balance(gk.load_dataset("karabakh-2023")).loc["frustration", "value"]
    )
    result = runner.invoke(cli, ["camps", "karabakh-2023", "-k", "3", "--format", "csv"])
    assert result.exit_code == 0
    cli_camps = pd.read_csv(__import__("io").StringIO(result.output)).set_index("actor")
    api = gk.camps(gk.load_dataset("karabakh-2023"), k=3)
    assert cli_camps["camp"].fillna(0).astype(int).tolist() == api["camp"].fillna(0).tolist()
    result = runner.invoke(cli, ["camps", "karabakh-2023", "--sign", "0"])
    assert result.exit_code != 0
    assert "no signed ties" in result.output
    assert "Traceback" not in result.output


def test_event_data_diagram_coloured_by_inferred_camps():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    from graphlib_kb.events import sample_path

    G = gk.from_events(sample_path("gdelt2"), "gdelt2")
    assert not any(G.nodes[n].get("camp") for n in G)
    inferred = gk.inferred_groups(G)
    assert inferred["AZEGOV"] != inferred["ARMGOV"]
    fig, ax = plt.subplots(figsize=(10, 8))
    gk.plot(G, ax=ax, legend=False)
    face = {
        p.get_gid().split(":", 1)[1]: to_hex(p.get_facecolor())
        for p in ax.patches
        if (p.get_gid() or "").startswith("actor:")
    }
    plt.close(fig)
    assert face["AZEGOV"] != face["ARMGOV"]
    assert face["AZEGOV"] == face["RUSGOV"]  # same inferred camp, same colour
    assert not any(G.nodes[n].get("camp") for n in G)  # the input is unchanged
