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
        "weighted_records",
        "rounds",
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
    assert table.loc["rus", "first"] == "2020" and table.loc["rus", "last"] == "2023-07-15"
    assert table.loc["icrc", "records"] == 0 and table.loc["icrc", "liaison"] == 2
    assert table.loc["icrc", "conflict_pairs"] == 1


def test_explanations_say_why(table):
    assert (
        "mediated between Ilham Aliyev and Nikol Pashinyan (asserted; on 2023-07-15, in Brussels)"
        in table.loc["michel", "explanation"]
    )
    assert (
        "offered to mediate between Azerbaijan and Armenia (offered; on 2023-07-15, in Moscow)"
        in table.loc["rus", "explanation"]
    )
    assert "also cooperate or negotiate directly" in table.loc["eu", "explanation"]
    assert (
        "the only cooperative link between adversaries Azerbaijan and Karabakh Armenians"
        in table.loc["icrc", "explanation"]
    )


def test_ranking_rule_and_weights(karabakh_graph, table):
    # Charles Michel chaired the one reported meeting (Brussels, 2023-07-15): his two asserted
    # records weigh as much as the EU's and the US's, and the documented round puts him first.
    assert list(table.index[:3]) == ["michel", "eu", "usa"]
    assert table.loc["michel", "rounds"] == 1 and table.loc["eu", "rounds"] == 0
    # Russia: 2 offered (0.5 each) + 2 historical of 2020 (0.25 * 0.5 ** (2 / 5) each)
    assert table.loc["rus", "weighted_records"] == pytest.approx(1 + 0.5 * 0.5**0.4)
    # Western countries, a coalition: (2 asserted + 2 historical * 0.25) * 0.5
    assert table.loc["west", "weighted_records"] == pytest.approx(1.25)
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


def _two_mediators(kind_b="state", status_b="asserted", date_b="2023-07", date_a="2023-07"):
    G = nx.MultiDiGraph()
    for n, kind in (("p", "state"), ("q", "state"), ("a", "state"), ("b", kind_b)):
        G.add_node(n, name=n.upper(), kind=kind, camp={"p": "p", "q": "q"}.get(n, "third"))
    G.add_edge("p", "q", key="h", type="war", sign=-1, weight=-10.0, status="asserted")
    for who, status, when in (("a", "asserted", date_a), ("b", status_b, date_b)):
        for t in ("p", "q"):
            G.add_edge(
                who,
                t,
                key=f"{who}{t}",
                type="mediate",
                sign=1,
                weight=5.0,
                status=status,
                date=when,
                between=["p", "q"],
            )
    return G


@pytest.mark.parametrize(
    "status_b, date_b",
    [("offered", "2023-07"), ("historical", "2023-07"), ("asserted", "2015")],
)
def test_current_asserted_records_outrank_offers_history_and_old_records(status_b, date_b):
    table = gk.mediators(_two_mediators(status_b=status_b, date_b=date_b))
    assert list(table.index) == ["a", "b"]
    assert table.loc["a", "weighted_records"] > table.loc["b", "weighted_records"]


def test_offer_outranks_history():
    G = _two_mediators(status_b="offered")
    for u, _v, d in G.edges(data=True):
        if u == "a":
            d["status"] = "historical"
    assert list(gk.mediators(G).index) == ["b", "a"]


def test_recency_parameters():
    G = _two_mediators(date_a="2013", date_b="2023")
    table = gk.mediators(G)
    assert table.loc["a", "weighted_records"] == pytest.approx(2 * 0.5**2)  # 10 years, half-life 5
    flat = gk.mediators(G, half_life=float("inf"))
    assert flat.loc["a", "weighted_records"] == pytest.approx(2.0)
    assert gk.mediators(G, as_of="2013").loc["a", "weighted_records"] == pytest.approx(2.0)
    with pytest.raises(ValueError, match="half_life"):
        gk.mediators(G, half_life=0)


def test_collective_actor_ranks_below_named_member_with_same_records():
    # with equal scores, ties go by name and "Allies" would come first; its kind decides
    G = _two_mediators(kind_b="coalition")
    nx.relabel_nodes(G, {"a": "z"}, copy=False)
    G.nodes["b"]["name"], G.nodes["z"]["name"] = "Allies", "Zeta"
    assert list(gk.mediators(G, collective=1.0).index) == ["b", "z"]
    table = gk.mediators(G)
    assert list(table.index) == ["z", "b"]
    assert table.loc["b", "weighted_records"] == pytest.approx(1.0)
    assert "collective term" in table.loc["b", "explanation"]
    same = gk.mediators(G, collective=1.0)
    assert same.loc["b", "weighted_records"] == pytest.approx(2.0)


def test_one_way_mediation_records_name_one_party():
    # event data: a mediate event from RUS to ARM, another to AZE, without `between`
    G = nx.MultiDiGraph()
    for n in ("RUS", "ARM", "AZE"):
        G.add_node(n, name={"RUS": "Russia", "ARM": "Armenia", "AZE": "Azerbaijan"}[n])
    for t in ("ARM", "AZE"):
        G.add_edge(
            "RUS",
            t,
            key=f"RUS:mediate:{t}",
            type="mediate",
            sign=1,
            weight=5.0,
            status="asserted",
            date="2023-07-14",
        )
    text = gk.mediators(G, groups={}).loc["RUS", "explanation"]
    assert "mediated with Armenia (one party named) (asserted; on 2023-07-14)" in text
    assert "between Armenia" not in text


def test_one_way_records_are_not_documented_rounds():
    G = nx.MultiDiGraph()
    for n in ("RUS", "ARM", "AZE"):
        G.add_node(n, name=n)
    for t in ("ARM", "AZE"):
        G.add_edge(
            "RUS",
            t,
            key=f"RUS:mediate:{t}",
            type="mediate",
            sign=1,
            weight=5.0,
            status="asserted",
            date="2023-07-14",
        )
    assert gk.mediators(G, groups={}).loc["RUS", "rounds"] == 0
    for _u, _v, d in G.edges(data=True):
        d["between"] = ["ARM", "AZE"]
    assert gk.mediators(G, groups={}).loc["RUS", "rounds"] == 1
