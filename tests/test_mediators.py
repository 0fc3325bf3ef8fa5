import networkx as nx
import pytest

import graphlib_kb as gk


@pytest.fixture(scope="module")
def table(karabakh_graph):
    return gk.mediators(karabakh_graph)


def test_columns(table):
    assert list(table.columns) == [
        "name",
        "kind",
        "camp",
        "dyads",
        "records",
        "asserted",
        "offered",
        "historical",
        "first",
        "last",
        "liaison",
        "itinerant",
        "conflict_pairs",
        "betweenness",
        "constraint",
        "score",
        "rank",
        "explanation",
    ]
    assert table.index.name == "actor"
    assert table["rank"].tolist() == list(range(1, len(table) + 1))
    assert table["score"].is_monotonic_decreasing


def test_mediators_of_karabakh(table):
    assert set(table.index) == {"west", "eu", "rus", "usa", "michel", "icrc"}
    assert table.loc["eu", "dyads"] == "Azerbaijan–Armenia"
    assert table.loc["michel", "dyads"] == "Ilham Aliyev–Nikol Pashinyan"
    assert (table.loc["rus", "offered"], table.loc["rus", "historical"]) == (2, 2)
    assert table.loc["rus", "first"] == "2020-01-01" and table.loc["rus", "last"] == "2023-07-15"
    assert table.loc["icrc", "records"] == 0 and table.loc["icrc", "liaison"] == 2
    assert table.loc["icrc", "conflict_pairs"] == 1


def test_explanations_say_why(table):
    assert (
        "mediated between Ilham Aliyev and Nikol Pashinyan (asserted; 2023-07-15, in Brussels)"
        in table.loc["michel", "explanation"]
    )
    assert (
        "offered to mediate between Azerbaijan and Armenia (offered; 2023-07-15, in Moscow)"
        in table.loc["rus", "explanation"]
    )
    assert "also cooperate or negotiate directly" in table.loc["eu", "explanation"]
    assert (
        "the only cooperative link between adversaries Azerbaijan and Karabakh Armenians"
        in table.loc["icrc", "explanation"]
    )


def test_ranking_rule_and_weights(karabakh_graph, table):
    # West has the most status-weighted records: 2 asserted + 2 historical
    assert table.index[0] == "west"
    structural = gk.mediators(karabakh_graph, weights={"records": 0.0})
    assert structural.index[0] == "icrc"
    with pytest.raises(ValueError, match="unknown weights"):
        gk.mediators(karabakh_graph, weights={"fame": 1})


def test_collapse_attributes_michel_to_the_eu(karabakh_graph):
    table = gk.mediators(karabakh_graph, collapse=True)
    assert table.index[0] == "eu" and table.loc["eu", "records"] == 4
    assert "in Brussels" in table.loc["eu", "explanation"]


def test_mediated_dyads(karabakh_graph):
    dyads = gk.mediated_dyads(karabakh_graph)
    row = dyads[(dyads.mediator == "rus") & (dyads.types == "offer_mediation")].iloc[0]
    assert row["parties"] == ("aze", "arm") and row["statuses"] == "offered"
    assert row["relations"] == "r24, r25" and row["locations"] == "Moscow"


def test_no_mediators():
    G = nx.MultiDiGraph()
    G.add_node("a", name="A", kind="state", camp="x")
    assert gk.mediators(G).empty
