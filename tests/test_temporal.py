"""Windows, the 'active in a window' rule, roles over time and role changes."""

import networkx as nx
import numpy as np
import pandas as pd
import pytest

import graphlib_kb as gk


def keys(H):
    return {k for *_, k in H.edges(keys=True)}


def test_open_start_counts_only_at_its_end(karabakh):
    W = gk.windows(karabakh, "year")
    # r16 is dated ../2023-07: not in 2021, only in 2023
    assert "r16" not in keys(W["2021"])
    assert "r16" in keys(W["2023"])
    # unless asked
    W = gk.windows(karabakh, "year", open_start="always")
    assert "r16" in keys(W["2021"]) and "r16" in keys(W["1990"])
    # closed intervals cover every window they overlap, instants only their own
    W = gk.windows(karabakh, "year")
    assert all("r31" in keys(W[y]) for y in ("1991", "1992", "1993"))
    assert "r31" not in keys(W["1994"])
    assert "r34" in keys(W["2020"]) and "r34" not in keys(W["2021"])


def test_open_end_runs_on(karabakh):
    karabakh.edges["aze", "arm", "r16"]["date"] = "2021/.."
    W = gk.windows(karabakh, "year")
    assert "r16" in keys(W["2021"]) and "r16" in keys(W["2023"])
    assert "r16" not in keys(W["2020"])


def test_layer_uses_the_same_rule(karabakh):
    assert "r16" not in keys(gk.layer(karabakh, start="2021", end="2021"))
    assert "r16" in keys(gk.layer(karabakh, start="2021", end="2021", open_start="always"))
    for label, H in gk.windows(karabakh, ["2020", "2021/2022", "2023-07"]).items():
        lo, _, hi = label.partition("/")
        assert keys(H) == keys(gk.layer(karabakh, start=lo, end=hi or lo))


def test_window_labels_and_cumulative(karabakh):
    W = gk.windows(karabakh, "quarter")
    labels = list(W)
    assert labels[0] == "1990Q1" and labels[-1] == "2023Q3"
    assert W["2023Q3"].graph["window_start"].isoformat() == "2023-07-01"
    assert W["2005Q2"].number_of_edges() == 1  # r32 only (1991/2023-07): quiet windows stay
    C = gk.windows(karabakh, "year", cumulative=True)
    assert keys(C["2023"]) == keys(karabakh)
    assert keys(C["1995"]) >= keys(gk.windows(karabakh, "year")["1995"])
    weeks = gk.windows(karabakh, ["2023-07-10/2023-07-16"])
    assert {"r05", "r01", "r24"} <= keys(weeks["2023-07-10/2023-07-16"])


def test_bad_dates_are_named(karabakh):
    karabakh.edges["aze", "arm", "r16"]["date"] = "2023-02-30"
    with pytest.raises(ValueError, match="relation r16"):
        gk.windows(karabakh)
    karabakh.edges["aze", "arm", "r16"]["date"] = "2023/2020"
    with pytest.raises(ValueError, match="relation r16.*ends before it starts"):
        gk.roles(karabakh)
    with pytest.raises(ValueError, match="relation r16"):
        gk.layer(karabakh, start="2020")


def test_bad_freq_and_undated():
    G = nx.MultiDiGraph([("a", "b", "x", {"sign": 1})])
    with pytest.raises(ValueError, match="no dated relations"):
        gk.windows(G)
    with pytest.raises(ValueError, match="freq must be"):
        gk.windows(G, "decade")
    assert gk.windows(G, ["2020"], keep_undated=True)["2020"].number_of_edges() == 1


def test_empty_window_gives_bystanders(karabakh):
    R = gk.roles(karabakh, freq=["2010"])
    # only r32 (1991/2023-07: UN members do not recognise the separatists) is active
    assert set(R.loc[R["relations"] > 0, "actor"]) == {"un_members", "nk_separatists"}
    quiet = R[~R["actor"].isin(["un_members", "nk_separatists"])]
    assert (quiet["role"] == "bystander").all() and (quiet["relations"] == 0).all()


def test_russia_role_change(karabakh):
    R = gk.roles(karabakh, "year")
    rus = R[R["actor"] == "rus"].set_index("window")
    assert rus.loc["2020", "role"] == "mediator"
    assert rus.loc["2020", "mediation"] == 2
    assert rus.loc["2023", "role"] == "offered mediator"
    assert rus.loc["2023", "offered"] == 2
    assert rus.loc["2021", "relations"] == 0
    changes = gk.role_changes(R)
    row = changes[changes["actor"] == "rus"].iloc[0]
    assert (row["from_window"], row["from_role"]) == ("2020", "mediator")
    assert (row["to_window"], row["to_role"]) == ("2023", "offered mediator")
    # by month: the offer to host talks is in July 2023
    monthly = gk.role_changes(karabakh, freq="month")
    row = monthly[monthly["actor"] == "rus"].iloc[-1]
    assert row["to_window"] == "2023-07" and row["to_role"] == "offered mediator"


def test_roles_rule(karabakh):
    R = gk.roles(karabakh, ["2023-07"]).set_index("actor")
    assert R.loc["aze", "role"] == "party"  # blockade, war-level hostility
    assert R.loc["arm", "role"] == "party"  # mediated between
    assert R.loc["eu", "role"] == "mediator"
    assert R.loc["lachin_corridor", "role"] != "mediator"
    assert R.loc["azal", "role"] == "party"  # interference (-7), though denied
    assert R.loc["surrounding_districts", "role"] == "target"  # only receives relations
    assert R.loc["nagorno_karabakh", "role"] == "broker"  # between aze, lachin and its people
    assert R.loc["aze_mfa", "role"] == "bystander"


def test_roles_measures_match_networkx(karabakh):
    R = gk.roles(karabakh, "year")
    for label, H in gk.windows(karabakh, "year").items():
        active = [n for n in H if H.degree(n) > 0]
        U = nx.Graph(H.subgraph(active).to_undirected())
        U.remove_edges_from(nx.selfloop_edges(U))
        btw = nx.betweenness_centrality(U)
        part = R[R["window"] == label].set_index("actor")
        for n in active:
            assert part.loc[n, "betweenness"] == pytest.approx(btw[n])
            assert part.loc[n, "degree"] == U.degree(n)
            assert part.loc[n, "relations"] == H.degree(n)


def test_camps_in_windows(karabakh):
    R = gk.roles(karabakh, "year")
    assert set(R["camp_source"]) == {"coded"}
    assert R.set_index(["window", "actor"]).loc[("2020", "aze"), "camp"] == "azerbaijan"
    for n in karabakh:
        karabakh.nodes[n].pop("camp", None)
    R = gk.roles(karabakh, ["2020", "2023-07"]).set_index(["window", "actor"])
    assert set(R["camp_source"]) == {"inferred"}
    # in 2020 Armenia and Azerbaijan were at war (-10) and agreed a ceasefire (+9): hostile
    assert R.loc[("2020", "aze"), "camp"] != R.loc[("2020", "arm"), "camp"]
    assert pd.isna(R.loc[("2020", "icrc"), "camp"])  # no signed tie in 2020


def test_roles_deterministic(karabakh):
    for n in karabakh:
        karabakh.nodes[n].pop("camp", None)
    a = gk.roles(karabakh, "quarter", seed=1)
    b = gk.roles(karabakh, "quarter", seed=1)
    pd.testing.assert_frame_equal(a, b)
    assert np.all(a["betweenness"] >= 0)


def test_plot_timeline_grid(karabakh):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    R = gk.roles(karabakh, "year")
    fig, ax = plt.subplots()
    assert gk.plot_timeline(R, ax=ax) is ax
    image = ax.images[0]
    data = image.get_array()
    actors = [t.get_text() for t in ax.get_yticklabels()]
    assert data.shape == (len(actors), R["window"].nunique())
    # Russia's row: mediator (2020) and offered mediator (2023) coloured, inactive years blank
    row = data[actors.index("rus")]
    assert row.count() == 2
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "mediator" in legend and "offered mediator" in legend
    ax2 = gk.plot_timeline(R, "betweenness")
    assert ax2.images and ax2.get_title() == "Betweenness by year"
    with pytest.raises(ValueError, match="no column"):
        gk.plot_timeline(R, "nonsense")
    plt.close("all")


def test_cli_roles(karabakh):
    import io

    from click.testing import CliRunner

    from graphlib_kb.cli import cli

    result = CliRunner().invoke(cli, ["roles", "karabakh-2023", "--changes", "--format", "csv"])
    assert result.exit_code == 0, result.output
    cli_changes = pd.read_csv(io.StringIO(result.output), dtype=str)
    api = gk.role_changes(karabakh).astype(str)
    pd.testing.assert_frame_equal(cli_changes, api)
    result = CliRunner().invoke(cli, ["roles", "karabakh-2023", "--period", "2023/2020"])
    assert result.exit_code != 0 and "ends before it starts" in result.output
