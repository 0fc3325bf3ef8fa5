"""Graphs built in bulk from relation tables, and the relation columns they keep for arcs.

The reference for the graph is the per-row route (records checked one by one, then
``networkx.MultiDiGraph.add_edges_from``); the reference for the arcs is walking the graph's
own dicts (``G.copy()`` keeps no columns). Every change to a graph must make it drop its
columns, so that arcs are never stale.
"""

import copy
import csv
import io
import pickle

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import graphlib_kb as gk
from graphlib_kb.brokerage import brokerage
from graphlib_kb.errors import DatasetError
from graphlib_kb.io import read_tables
from graphlib_kb.layers import arc_pairs, arcs, weighted_digraph, without_rejected
from graphlib_kb.model import _EdgeData, build_graph, load_tables, relation_columns
from graphlib_kb.schema import Tables, check, frame_records

ACTORS = [
    {"id": "aze", "name": "Azerbaijan", "kind": "state", "camp": "a"},
    {"id": "arm", "name": "Armenia", "kind": "state", "camp": "b"},
    {"id": "rus", "name": "Russia", "kind": "state", "camp": "c"},
    {"id": "eu", "name": "European Union", "kind": "igo", "camp": "c"},
    {"id": "tur", "name": "Turkey", "kind": "state"},
]
NAMES = [a["id"] for a in ACTORS]
# directed and symmetric types (negotiate, war), with different default weights and signs
TYPES = ["mediate", "accuse", "negotiate", "support", "war", "offer_mediation"]


@st.composite
def relation_tables(draw):
    """A clean relations table: multi-edges (the same pair many times), symmetric types,
    missing values in optional and extra columns."""
    n = draw(st.integers(0, 25))
    rows = []
    for i in range(n):
        u, v = draw(st.sampled_from([(a, b) for a in NAMES for b in NAMES if a != b]))
        row = {"id": f"r{draw(st.integers(0, 3))}x{i}", "source": u, "target": v}
        row["type"] = draw(st.sampled_from(TYPES))
        row["evidence"] = draw(st.sampled_from(["said so", "=quoted", "two\nlines"]))
        row["weight"] = draw(st.sampled_from([None, -3.5, 0.0, 2.0, 10.0]))
        row["date"] = draw(st.sampled_from([None, "2023", "2023-07-15", "2020/2023-07"]))
        row["status"] = draw(st.sampled_from([None, "asserted", "alleged"]))
        row["events"] = draw(st.sampled_from([None, 1, 7]))
        row["share"] = draw(st.sampled_from([None, 0.25, 1.5]))
        row["tag"] = draw(st.sampled_from([None, "x", "045"]))
        rows.append(row)
    columns = ["id", "source", "target", "type", "evidence", "weight", "date", "status"]
    frame = pd.DataFrame(rows, columns=columns + ["events", "share", "tag"])
    frame["events"] = frame["events"].astype("Int64")
    return frame


def assert_same_graph(G, H):
    """Nodes, edges, keys, every attribute (value, type and order) and graph attributes."""
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert G.graph == H.graph
    a, b = list(G.edges(keys=True, data=True)), list(H.edges(keys=True, data=True))
    assert a == b
    for (*_, x), (*_, y) in zip(a, b, strict=True):
        assert list(x) == list(y)
        assert [type(v) for v in x.values()] == [type(v) for v in y.values()]
    for v in G:  # the same predecessors, sharing the successors' key dicts as networkx does
        assert list(G._pred[v]) == list(H._pred[v])
        for u in G._pred[v]:
            assert G._pred[v][u] is G._succ[u][v]
    assert nx.utils.graphs_equal(G, H)


def by_records(frame, **graph):
    """The per-row route: records checked one by one, edges added by networkx."""
    tables = Tables(
        actors=frame_records(pd.DataFrame(ACTORS), "actors"),
        relations=frame_records(frame, "relations"),
        graph=graph,
    )
    checked = check(tables)
    assert checked.relation_frame is None
    return build_graph(checked)


def assert_same_arcs(a, b):
    assert a.nodes == b.nodes and a.self_loops == b.self_loops
    for name in ("src", "dst", "count", "strength", "signed"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and np.array_equal(x, y), name


def assert_arcs_as_walked(G):
    """arcs of *G* equal those of walking its dicts, in every direction mode."""
    for options in ({}, {"symmetric": False}, {"directed": False}):
        assert_same_arcs(arcs(G, **options), arcs(G.copy(), **options))


@pytest.mark.filterwarnings("ignore::graphlib_kb.centrality.MeasureWarning")
@settings(max_examples=150, deadline=None)
@given(relation_tables())
def test_a_graph_from_a_relation_table_equals_the_per_row_graph(frame):
    G = gk.from_tables(ACTORS, frame, title="t")
    assert_same_graph(G, by_records(frame, title="t"))
    assert relation_columns(G) is not None or len(frame) == 0
    assert_arcs_as_walked(G)
    # the analyses that take arcs: the same tables from the kept columns as from the dicts
    pd.testing.assert_frame_equal(brokerage(G), brokerage(G.copy()))
    pd.testing.assert_frame_equal(gk.centrality(G), gk.centrality(G.copy()))
    pd.testing.assert_frame_equal(gk.mediators(G), gk.mediators(G.copy()))
    assert nx.utils.graphs_equal(gk.weighted_digraph(G), gk.weighted_digraph(G.copy()))


def test_reading_the_bundled_and_an_event_dataset_equals_the_per_row_graph(tmp_path):
    from graphlib_kb.events import sample_path, write_edges

    write_edges(gk.event_edges(sample_path("gdelt2"), "gdelt2", window="month"), tmp_path / "g")
    for folder in (gk.dataset_path("karabakh-2023"), tmp_path / "g"):
        G = gk.read(folder)
        rows = read_tables(folder)
        rows.relations, parsed, _ = rows.relation_rows()
        rows.relation_frame = None
        assert parsed == []
        by_row = build_graph(check(rows))  # records, networkx add_edges_from
        assert_same_graph(G, by_row)
        assert_arcs_as_walked(G)
    # the event dataset takes the columnar route and keeps its columns
    assert relation_columns(G) is not None
    assert all(type(d) is _EdgeData for *_, d in G.edges(data=True))


def test_typed_extra_columns_with_missing_cells_read_as_row_by_row(tmp_path):
    frame = pd.DataFrame(
        {
            "id": ["r1", "r2", "r3", "r10"],
            "source": ["aze", "arm", "aze", "eu"],
            "target": ["arm", "aze", "arm", "arm"],
            "type": ["accuse", "accuse", "negotiate", "mediate"],
            "evidence": ["a", "b", "c", "d"],
            "events": pd.array([3, None, -7, 3], dtype="Int64"),
            "share": [0.5, None, 1e-3, 0.5],
            "flag": [True, None, False, True],
            "tag": ["x", None, "'=y", "x"],
        }
    )
    gk.write(gk.from_tables(ACTORS, frame), tmp_path / "d")
    tables = read_tables(tmp_path / "d")
    assert tables.relation_frame is not None
    G = load_tables(tables)
    assert relation_columns(G) is not None
    rows = read_tables(tmp_path / "d")
    rows.relations, _, _ = rows.relation_rows()
    rows.relation_frame = None
    assert_same_graph(G, load_tables(rows))
    assert G.edges["arm", "aze", "r2"] == {
        "type": "accuse",
        "category": "accusation",
        "sign": -1,
        "weight": G.edges["arm", "aze", "r2"]["weight"],
        "status": "asserted",
        "evidence": "b",
    }
    assert G.edges["aze", "arm", "r3"]["events"] == -7
    assert G.edges["aze", "arm", "r3"]["tag"] == "'=y"


def _short_row_folder(tmp_path, last_empty: bool):
    G = gk.from_tables(
        ACTORS,
        pd.DataFrame(
            {
                "id": ["r1", "r2", "r3"],
                "source": ["aze", "arm", "eu"],
                "target": ["arm", "aze", "arm"],
                "type": ["accuse", "accuse", "mediate"],
                "evidence": ["a", "b", "c"],
                "tag": ["x", "" if last_empty else "y", "z"],
            }
        ).replace({"": None}),
    )
    folder = gk.write(G, tmp_path / f"short{last_empty}")
    path = folder / "relations.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[2] = rows[2][:-1]  # the second relation loses its last cell
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return folder


@pytest.mark.parametrize("last_empty", [False, True])
def test_a_short_relations_row_is_refused_with_its_row(tmp_path, last_empty):
    folder = _short_row_folder(tmp_path, last_empty)
    with pytest.raises(DatasetError) as err:
        gk.read(folder)
    assert "row 3: has " in str(err.value) and "the header has" in str(err.value)


def test_checks_of_many_repeated_values_keep_their_verdict():
    """Columns checked once per distinct value (above 1,000 rows) give the per-row verdict."""
    n = 3000
    frame = pd.DataFrame(
        {
            "id": [f"r{i}" for i in range(n)],
            "source": ["aze", "arm"] * (n // 2),
            "target": ["arm", "aze"] * (n // 2),
            "type": ["accuse"] * n,
            "evidence": ["said"] * n,
            "date": ["2023-07-15"] * n,
        }
    )
    assert relation_columns(gk.from_tables(ACTORS, frame)) is not None
    for column, bad, message in (
        ("source", "ar m", "not a valid id"),
        ("date", "2023-02-30", "2023-02-30"),
        ("type", "acc\x85use", "U+0085"),
    ):
        dirty = frame.copy()
        dirty.loc[n - 1, column] = bad
        with pytest.raises(DatasetError) as err:
            gk.from_tables(ACTORS, dirty)
        assert f"row {n}" in str(err.value) and message in str(err.value)


# ------------------------------------------------------------------ staleness


def _table_graph():
    frame = pd.DataFrame(
        {
            "id": ["r1", "r2", "r3", "r4", "r5"],
            "source": ["aze", "aze", "arm", "eu", "rus"],
            "target": ["arm", "arm", "aze", "aze", "arm"],
            "type": ["accuse", "support", "negotiate", "mediate", "support"],
            "evidence": ["a", "b", "c", "d", "e"],
        }
    )
    G = gk.from_tables(ACTORS, frame)
    assert relation_columns(G) is not None
    return G


def _attr(G):
    return G.edges["aze", "arm", "r1"]


CHANGES = {
    "set weight": lambda G: _attr(G).__setitem__("weight", -9.0),
    "set a symmetric type": lambda G: _attr(G).__setitem__("type", "negotiate"),
    "update": lambda G: _attr(G).update(weight=4.0),
    "update by |=": lambda G: _attr(G).__ior__({"weight": 4.0}),
    "delete weight": lambda G: _attr(G).__delitem__("weight"),
    "pop weight": lambda G: _attr(G).pop("weight"),
    "popitem": lambda G: _attr(G).popitem(),
    "setdefault": lambda G: _attr(G).setdefault("weight", 1.0),
    "clear attributes": lambda G: _attr(G).clear(),
    "set_edge_attributes": lambda G: nx.set_edge_attributes(
        G, {("aze", "arm", "r1"): 2.0}, "weight"
    ),
    "reject by review": lambda G: _attr(G).__setitem__("review", "rejected"),
    "add an edge": lambda G: G.add_edge("tur", "aze", key="r9", type="accuse", weight=-2.0),
    "add edges": lambda G: G.add_edges_from([("tur", "arm", "r9", {"weight": 1.0})]),
    "add weighted edges": lambda G: G.add_weighted_edges_from([("tur", "arm", 3.0)]),
    "remove an edge": lambda G: G.remove_edge("aze", "arm", "r1"),
    "remove edges": lambda G: G.remove_edges_from([("aze", "arm", "r2")]),
    "remove a node and add it back": lambda G: (G.remove_node("aze"), G.add_node("aze")),
    "add a node": lambda G: G.add_node("new"),
    "add nodes": lambda G: G.add_nodes_from(["new"]),
    "remove nodes": lambda G: G.remove_nodes_from(["eu"]),
    "clear edges": lambda G: G.clear_edges(),
    "clear": lambda G: G.clear(),
    "update with a graph": lambda G: G.update(nx.MultiDiGraph([("tur", "aze")])),
    "relabel in place": lambda G: nx.relabel_nodes(G, {"aze": "AZE"}, copy=False),
    "through a shallow copy": lambda G: copy.copy(G).remove_edge("aze", "arm", "r1"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_any_change_drops_the_kept_columns(change):
    G = _table_graph()
    before = arcs(G)
    CHANGES[change](G)
    assert relation_columns(G) is None
    assert_arcs_as_walked(G)
    if change not in ("setdefault", "update by |=", "update", "set_edge_attributes"):
        # (those four may leave the arcs as they were; all the others change them)
        after = arcs(G)
        assert not (
            after.nodes == before.nodes
            and np.array_equal(after.src, before.src)
            and np.array_equal(after.dst, before.dst)
            and np.array_equal(after.count, before.count)
            and np.array_equal(after.signed, before.signed)
        ) or change in ("popitem", "reject by review", "add nodes", "add a node")


def test_a_rejected_relation_is_left_out_after_a_change():
    G = _table_graph()
    assert without_rejected(G) is G
    _attr(G)["review"] = "rejected"
    H = without_rejected(G)
    assert H is not G and not H.has_edge("aze", "arm", "r1")
    assert brokerage(G)["total"].sum() == brokerage(H)["total"].sum()


def test_brokerage_leaves_rejected_relations_out_of_networkx_graphs():
    # a -> b -> c brokers (a, c) until a -> c closes it; the closing relation is rejected
    G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    G.add_edge("a", "c", review="rejected")
    groups = {"a": "A", "b": "B", "c": "C"}
    assert brokerage(G, groups).loc["b", "liaison"] == 1
    G.add_edge("a", "c", review="accepted")  # a second, kept relation closes it
    assert brokerage(G, groups).loc["b", "liaison"] == 0
    H = G.copy()
    H.remove_edge("a", "c", 1)
    assert brokerage(H, groups).loc["b", "liaison"] == 1
    # the same through a graph built from a relation table (its columns are not used then)
    frame = pd.DataFrame(
        [
            {"id": "r1", "source": "aze", "target": "arm", "type": "support", "evidence": "e"},
            {"id": "r2", "source": "arm", "target": "rus", "type": "support", "evidence": "e"},
            {"id": "r3", "source": "aze", "target": "rus", "type": "support", "evidence": "e"},
        ]
    )
    T = gk.from_tables(ACTORS, frame, title="t")
    groups = {"aze": "A", "arm": "B", "rus": "C", "tur": "D"}
    assert brokerage(T, groups).loc["arm", "liaison"] == 0
    T.edges["aze", "rus", "r3"]["review"] = "rejected"
    assert brokerage(T, groups).loc["arm", "liaison"] == 1


def test_copies_and_other_graphs_leave_the_columns_valid():
    G = _table_graph()
    H = G.copy()  # a copy: new (plain) dicts, no kept columns of its own
    assert relation_columns(H) is None
    H.add_edge("tur", "aze", key="x", type="accuse")
    H.edges["aze", "arm", "r1"]["weight"] = 1.0
    _table_graph()
    gk.load_dataset("karabakh-2023")
    assert relation_columns(G) is not None
    assert_arcs_as_walked(G)
    # a change to the edges of another graph built from a table: every graph's columns go
    # (one counter for all of them; conservative, never stale)
    other = _table_graph()
    other.edges["aze", "arm", "r1"]["weight"] = 1.0
    assert relation_columns(other) is None and relation_columns(G) is None
    assert_arcs_as_walked(G)


def test_views_and_pickles_are_never_stale():
    G = _table_graph()
    view = G.subgraph(["aze", "arm"])
    assert relation_columns(view) is None
    assert_same_arcs(arcs(view), arcs(nx.MultiDiGraph(view)))
    back = pickle.loads(pickle.dumps(G))
    assert_same_graph(back, G)
    assert_arcs_as_walked(back)
    assert isinstance(_attr(back), _EdgeData)


def test_edge_attribute_dicts_behave_as_dicts():
    G = _table_graph()
    d = _attr(G)
    assert isinstance(d, dict) and d == dict(d) and repr(d) == repr(dict(d))
    assert type(d.copy()) is dict
    assert d == {
        "type": "accuse",
        "category": "accusation",
        "sign": -1,
        "weight": d["weight"],
        "status": "asserted",
        "evidence": "a",
    }


# ------------------------------------------------------------------ walking networkx graphs


def naive_arcs(G, symmetric=True, directed=True):
    """arcs by a dictionary walk over G.edges: the independent reference."""
    from graphlib_kb.layers import _as_weight, is_undirected, symmetric_types

    index = {n: i for i, n in enumerate(G)}
    both_ways = is_undirected(G) or not directed
    sym = symmetric_types(G) if symmetric else set()
    totals, loops = {}, 0
    for u, v, d in G.edges(data=True):
        if u == v:
            loops += 1
            continue
        w = _as_weight(d.get("weight", 1.0))
        pairs = [(u, v)] + ([(v, u)] if both_ways or d.get("type") in sym else [])
        for a, b in pairs:
            t = totals.setdefault((index[a], index[b]), [0.0, 0.0, 0.0])
            t[0], t[1], t[2] = t[0] + 1, t[1] + abs(w), t[2] + w
    keys = sorted(totals)
    return keys, [totals[k] for k in keys], loops


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([nx.MultiDiGraph, nx.DiGraph, nx.Graph, nx.MultiGraph]),
    st.lists(
        st.tuples(
            st.integers(0, 5),
            st.integers(0, 5),
            st.sampled_from([1.0, -2.5, 0.25, None, "x", 3]),
            st.sampled_from([None, "negotiate", "accuse"]),
            st.sampled_from([None, None, "accepted", "rejected"]),
        ),
        max_size=30,
    ),
    st.booleans(),
    st.booleans(),
)
def test_arcs_of_networkx_graphs_equal_a_dictionary_walk(kind, edges, symmetric, directed):
    G = kind()
    G.add_nodes_from(range(7))
    for u, v, w, t, review in edges:
        attrs = {k: x for k, x in (("weight", w), ("type", t), ("review", review)) if x}
        G.add_edge(u, v, **attrs)
    for graph in (G, G.subgraph(range(1, 7)), out_of_order(G)):  # and a view
        got = arcs(graph, symmetric=symmetric, directed=directed)
        keys, totals, loops = naive_arcs(graph, symmetric, directed)
        assert list(zip(got.src.tolist(), got.dst.tolist(), strict=True)) == keys
        assert np.array_equal(got.count, [t[0] for t in totals])
        assert np.array_equal(got.strength, [t[1] for t in totals])
        assert np.array_equal(got.signed, [t[2] for t in totals])
        assert got.self_loops == loops
        nodes, src, dst = arc_pairs(graph, symmetric=symmetric, directed=directed)
        assert nodes == list(graph) and src.dtype == dst.dtype == np.int64
        assert list(zip(src.tolist(), dst.tolist(), strict=True)) == keys
        # rejected relations left out while walking, as after without_rejected
        kept, *_ = naive_arcs(without_rejected(graph), symmetric, directed)
        nodes, src, dst = arc_pairs(graph, symmetric, directed, keep_rejected=False)
        assert nodes == list(graph)
        assert list(zip(src.tolist(), dst.tolist(), strict=True)) == kept
    if symmetric and directed:
        assert_weighted_digraph_as_walked(G)


def out_of_order(G):
    """A copy of *G* whose adjacency dicts are not in the order of its nodes (the walk must
    look each source up instead of counting them)."""
    H = G.copy()
    H._node = dict(reversed(H._node.items()))
    return H


def assert_weighted_digraph_as_walked(G):
    """weighted_digraph of *G* equals a DiGraph built arc by arc from the dictionary walk,
    attribute values and their order included."""
    nodes = list(G)
    keys, totals, _ = naive_arcs(G)
    D = weighted_digraph(G)
    assert list(D.nodes(data=True)) == list(G.nodes(data=True))
    expected = []
    for (a, b), (count, strength, signed) in zip(keys, totals, strict=True):
        if count > 0:
            attrs = {"count": count, "strength": strength, "signed": signed, "weight": count}
            expected.append((nodes[a], nodes[b], [*attrs.items(), ("distance", 1.0 / count)]))
    assert [(u, v, list(d.items())) for u, v, d in D.edges(data=True)] == expected


_cell = st.sampled_from(["", "a", "b,c", 'q"q', "two\nlines", "x\r\ny", "'=1"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(_cell, min_size=1, max_size=4), max_size=6),
    st.sampled_from(["\n", "\r\n"]),
)
def test_the_whole_table_reader_declines_rows_of_the_wrong_length(rows, newline):
    """Rows with fewer or more cells than the header: the whole-table reader declines
    whenever the row parser has a problem with the text, and agrees with it otherwise."""
    from graphlib_kb.io.csvtables import parse_csv
    from graphlib_kb.io.dataset import _fast_frame

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline)
    writer.writerow(["id", "evidence", "notes"])
    writer.writerows(rows)
    text = buf.getvalue()
    header, records, problems = parse_csv(text, "t")
    frame = _fast_frame(text, {}, text.encode("utf-8"))
    if problems:
        assert frame is None
    elif frame is not None:
        got = [[str(v) for v in r] for r in frame.astype(object).itertuples(index=False)]
        assert got == [[values[c] for c in header] for _, values in records]


def test_a_long_first_relations_row_is_refused_with_its_row(tmp_path):
    """pandas takes the extra first cells of a long first row as an index; refused."""
    folder = _short_row_folder(tmp_path, False)
    path = folder / "relations.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[1] = [*rows[1], "extra"]
    rows[2] = [*rows[2], ""]  # (the row made short above, back to its length)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    with pytest.raises(DatasetError) as err:
        gk.read(folder)
    assert "row 2: has " in str(err.value) and "the header has" in str(err.value)
