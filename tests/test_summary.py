import networkx as nx

import graphlib_kb as gk


def test_karabakh_summary(karabakh):
    s = gk.summary(karabakh).set_index(["aspect", "item"])["value"]
    assert s[("graph", "actors")] == 21 and s[("graph", "relations")] == 39
    assert s[("graph", "actor pairs")] == gk.weighted_digraph(karabakh, None).number_of_edges()
    assert s[("graph", "density")] == round(34 / (21 * 20), 6)
    assert s[("graph", "weak components")] == nx.number_weakly_connected_components(karabakh)
    assert (
        s[("graph", "isolated actors")] == 3
    )  # the ministry, the Red Cross movement, the European Council
    assert s[("actors by kind", "territory")] == 3
    assert s[("relations by category", "mediation")] == 14
    assert s[("relations by status", "alleged")] == 2
    assert (
        s[("relations by sign", "+1")]
        + s[("relations by sign", "-1")]
        + s[("relations by sign", "0")]
        == 39
    )


def test_empty_graph():
    s = gk.summary(nx.MultiDiGraph())
    assert s.set_index("item").loc["actors", "value"] == 0
