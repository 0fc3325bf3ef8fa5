import pytest

import graphlib_kb as gk


def test_filter_by_category_status_and_sign(karabakh):
    H = gk.layer(karabakh, category=["accusation", "denial"])
    assert {d["category"] for *_, d in H.edges(data=True)} == {"accusation", "denial"}
    assert H.number_of_nodes() == karabakh.number_of_nodes()
    assert H.graph == karabakh.graph
    H = gk.layer(karabakh, exclude_status=["offered", "historical"])
    assert not {d["status"] for *_, d in H.edges(data=True)} & {"offered", "historical"}
    assert gk.layer(karabakh, sign=1).number_of_edges() == 20


def test_filter_by_date_overlap(karabakh):
    H = gk.layer(karabakh, start="2023-07-14", end="2023-07-15")
    keys = {k for *_, k in H.edges(keys=True)}
    assert {"r10", "r01", "r24"} <= keys  # Friday, Saturday
    assert "r05" not in keys  # Tuesday
    assert "r16" in keys  # ../2023-07 overlaps
    assert "r34" not in keys  # 2020
    H = gk.layer(karabakh, end="2020")
    assert {k for *_, k in H.edges(keys=True)} >= {"r33", "r34", "r38", "r39"}


def test_undated_relations_are_dropped_by_a_date_filter_unless_kept(karabakh):
    del karabakh.edges["aze", "arm", "r04"]["date"]
    assert "r04" not in {k for *_, k in gk.layer(karabakh, start="2023").edges(keys=True)}
    assert "r04" in {
        k for *_, k in gk.layer(karabakh, start="2023", keep_undated=True).edges(keys=True)
    }


def test_kind_filters(karabakh):
    H = gk.layer(karabakh, exclude_kind="territory")
    assert not any(d["kind"] == "territory" for _, d in H.nodes(data=True))
    assert not any(v == "lachin_corridor" for _, v in H.edges())
    assert set(gk.layer(karabakh, kind="state")) == {"aze", "arm", "usa", "rus"}


def test_collapse_into_parents(karabakh):
    H = gk.layer(karabakh, collapse=True)
    assert "michel" not in H and "eu_council" not in H and "aliyev" not in H
    d = H.edges["eu", "aze", "r02"]
    assert (d["via_source"], d["via_target"]) == ("michel", "aliyev")
    assert d["between"] == ["aze", "arm"]
    # the collapsed graph is still a valid dataset graph
    assert gk.validate(H).empty
    assert H.graph["dropped_self_relations"] == 0


def test_collapse_drops_relations_that_become_self_relations(karabakh):
    karabakh.add_edge(
        "aliyev",
        "aze_mfa",
        key="x1",
        type="support",
        category="cooperation",
        sign=1,
        weight=3.4,
        status="asserted",
        evidence="internal",
    )
    H = gk.layer(karabakh, collapse=True)
    assert H.graph["dropped_self_relations"] == 1 and "x1" not in {
        k for *_, k in H.edges(keys=True)
    }


def test_bad_dates():
    import networkx as nx

    with pytest.raises(ValueError, match="start"):
        gk.layer(nx.MultiDiGraph(), start="July")
    with pytest.raises(ValueError, match="after end"):
        gk.layer(nx.MultiDiGraph(), start="2024", end="2023")


def test_unknown_names_are_errors_not_empty_layers(karabakh):
    with pytest.raises(ValueError, match="unknown category 'mediaton'; valid: accusation"):
        gk.layer(karabakh, category="mediaton")
    with pytest.raises(ValueError, match="unknown status 'rumoured'"):
        gk.layer(karabakh, exclude_status="rumoured")
    with pytest.raises(ValueError, match="unknown kind 'planet'"):
        gk.layer(karabakh, exclude_kind="planet")
