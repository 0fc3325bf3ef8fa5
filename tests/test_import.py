"""Bring your own graph: plain graphs, edge lists and workbooks in, with their defaults, the
undirected semantics checked against networkx, and every bad input refused clearly."""

import datetime as dt
import json
import warnings
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner

import graphlib_kb as gk
from graphlib_kb.cli import cli

DATA = Path(__file__).resolve().parent / "data" / "import"
KARATE = nx.karate_club_graph()


def _quiet(fn, *args, **kwargs):
    """Call *fn*, returning (result, [import notices])."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fn(*args, **kwargs)
    notes = [str(w.message) for w in caught if issubclass(w.category, gk.ImportNotice)]
    return result, notes


@pytest.fixture(scope="module")
def karate():
    G, notes = _quiet(gk.from_networkx, KARATE, source="karate")
    assert notes == [
        "karate: imported as a plain undirected graph: 34 actors, 78 ties; names, kinds, types "
        "and evidence defaulted; relation ids generated"
    ]
    return G


# ----------------------------------------------------------------- defaults


def test_plain_graph_defaults(karate):
    assert karate.graph == {"name": "Zachary's Karate Club", "directed": False}
    assert karate.nodes["0"] == {"name": "0", "kind": "other", "club": "Mr. Hi"}
    edge = karate.edges["0", "1", "e1"]
    # tie: category unspecified; the sign is that of the weight; the weight is kept as it is.
    assert edge == {
        "type": "tie",
        "category": "unspecified",
        "sign": 1,
        "weight": 4.0,
        "status": "asserted",
        "evidence": "imported from karate",
    }
    weights = sorted(d["weight"] for *_, d in karate.edges(data=True))
    assert weights == sorted(d["weight"] for *_, d in KARATE.edges(data=True))
    assert gk.vocabulary().loc["tie", ["category", "sign", "weight"]].tolist() == [
        "unspecified",
        0,
        1.0,
    ]


def test_signs_from_weights_and_sign_columns():
    G = nx.DiGraph()
    G.add_edge("a", "b", weight=-2.5)
    G.add_edge("b", "c", weight=0.0)
    G.add_edge("c", "a")
    G.add_edge("a", "c", weight=3, sign=-1)
    H, _ = _quiet(gk.from_networkx, G)
    signs = {(u, v): d["sign"] for u, v, d in H.edges(data=True)}
    assert signs == {("a", "b"): -1, ("b", "c"): 0, ("c", "a"): 0, ("a", "c"): -1}
    assert H.edges["c", "a", "e4"]["weight"] == 1.0  # tie's default: an unweighted edge weighs 1
    assert "directed" not in H.graph


def test_weights_outside_the_goldstein_range_are_kept_for_plain_ties():
    G = nx.Graph()
    G.add_edge("x", "y", weight=250.0)
    H, _ = _quiet(gk.from_networkx, G)
    assert H.edges["x", "y", "e1"]["weight"] == 250.0
    assert gk.validate(H).empty


def test_kind_column_type_column_and_invalid_ids():
    G = nx.MultiDiGraph()
    G.add_node("Mme Hucheloup", kind="Person")
    G.add_node("x/y")
    G.add_edge("Mme Hucheloup", "x/y", type="mediate")
    G.add_edge("x/y", "Mme Hucheloup", type="works with")
    G.add_edge("x/y", "x/y")
    H, notes = _quiet(gk.from_networkx, G, source="g")
    assert sorted(H) == ["Mme_Hucheloup", "x_y"]
    assert H.nodes["Mme_Hucheloup"] == {"name": "Mme Hucheloup", "kind": "person"}
    assert H.nodes["x_y"]["kind"] == "other"
    types = sorted(d["type"] for *_, d in H.edges(data=True))
    assert types == ["mediate", "works_with"]
    assert H.graph["relation_types"]["works_with"]["category"] == "unspecified"
    assert notes[0].endswith(
        "2 actor ids made valid (names kept); 1 relation types added (works_with); "
        "1 self-loop dropped"
    )


def test_a_full_graph_passes_through_unchanged(karabakh):
    H, notes = _quiet(gk.from_networkx, karabakh)
    assert notes == []
    assert sorted(H.edges(keys=True)) == sorted(karabakh.edges(keys=True))


# ----------------------------------------------------- undirected semantics


def test_undirected_centrality_equals_networkx(karate):
    table = gk.centrality(karate)
    table.index = table.index.astype(int)
    table = table.sort_index()
    nodes = sorted(KARATE)
    np.testing.assert_allclose(
        table["betweenness"], [nx.betweenness_centrality(KARATE)[n] for n in nodes], atol=1e-12
    )
    np.testing.assert_allclose(
        table["closeness"], [nx.closeness_centrality(KARATE)[n] for n in nodes], atol=1e-12
    )
    eig = nx.eigenvector_centrality(KARATE, max_iter=1000, tol=1e-12)
    np.testing.assert_allclose(table["eigenvector"], [eig[n] for n in nodes], atol=1e-4)
    pr = nx.pagerank(KARATE, weight=None)  # the same tolerance as gk.centrality's default
    np.testing.assert_allclose(table["pagerank"], [pr[n] for n in nodes], atol=1e-12)
    assert table["degree"].tolist() == [KARATE.degree(n) for n in nodes]
    assert (table["degree_in"] == table["degree_out"]).all()


def test_undirected_structural_holes_equal_networkx(karate):
    holes = gk.structural_holes(karate)
    effective, constraint = nx.effective_size(KARATE), nx.constraint(KARATE)
    for n in KARATE:
        assert holes.loc[str(n), "effective_size"] == pytest.approx(effective[n], abs=1e-12)
        assert holes.loc[str(n), "constraint"] == pytest.approx(constraint[n], abs=1e-12)


def test_undirected_summary_equals_networkx(karate):
    s = gk.summary(karate).set_index(["aspect", "item"])["value"]
    assert s[("graph", "actor pairs")] == 78
    assert s[("graph", "density")] == round(nx.density(KARATE), 6)
    assert s[("graph", "strong components")] == 1


def test_undirected_brokerage_counts_a_tie_as_two_arcs(karate):
    both = nx.MultiDiGraph()
    for n, d in KARATE.nodes(data=True):
        both.add_node(n, **d)
    for u, v in KARATE.edges():
        both.add_edge(u, v)
        both.add_edge(v, u)
    D, _ = _quiet(gk.from_networkx, both)
    assert "directed" not in D.graph
    expected = gk.brokerage(D, groups="club")
    got = gk.brokerage(karate, groups="club")
    assert got.equals(expected)
    assert got["total"].sum() > 0


# ------------------------------------------------------------- files in


def test_networkx_graphml_reads_as_the_same_graph(karate):
    G, notes = _quiet(gk.read, DATA / "karate_networkx.graphml")
    assert notes[0].startswith("karate_networkx.graphml: imported as a plain undirected graph")
    assert sorted(G.edges(keys=True)) == sorted(karate.edges(keys=True))
    assert G.graph["directed"] is False


def test_strict_refuses_and_validate_says_what_a_dataset_needs():
    path = DATA / "karate_networkx.graphml"
    with pytest.raises(gk.DatasetError, match="is not a full dataset: it needs a 'kind'"):
        gk.read(path, strict=True)
    problems = gk.validate(path)
    first = problems.iloc[0]["message"]
    assert first.startswith("not a full dataset: it needs a 'kind' for every actor")
    assert "'evidence' for every relation" in first
    assert (problems["field"] == "kind").sum() == 34


def test_igraph_written_fixture(karate):
    G, notes = _quiet(gk.read, DATA / "karate_igraph.graphml")
    assert "relation ids generated" in notes[0]
    assert sorted(G, key=int) == [str(n) for n in range(34)]  # the "id" field, not n0, n1, ...
    assert G.nodes["33"]["club"] == "Officer"
    assert sorted(G.edges(keys=True)) == sorted(karate.edges(keys=True))
    assert gk.centrality(G)["betweenness"].equals(gk.centrality(karate)["betweenness"])


def test_igraph_round_trip_of_a_full_dataset(tmp_path, karabakh):
    ig = pytest.importorskip("igraph")
    path = gk.write(karabakh, tmp_path / "k.graphml")
    ig.Graph.Read_GraphML(str(path)).write_graphml(str(tmp_path / "k_igraph.graphml"))
    G, notes = _quiet(gk.read, tmp_path / "k_igraph.graphml")
    assert notes == [
        "k_igraph.graphml: imported as a plain directed graph: 21 actors, 39 ties; "
        "relation ids generated"
    ]
    # igraph keeps everything but the relation ids (numbers come back as doubles: 1.0 -> 1).
    assert G.graph == karabakh.graph
    assert dict(G.nodes(data=True)) == dict(karabakh.nodes(data=True))

    def edges(H):
        return sorted(((u, v, sorted(d.items())) for u, v, d in H.edges(data=True)), key=str)

    assert edges(G) == edges(karabakh)
    assert sorted(k for *_, k in G.edges(keys=True)) == sorted(f"e{i}" for i in range(1, 40))


def test_gephi_style_gexf_of_our_export_reads_back(tmp_path, karabakh):
    from helpers import assert_identical

    text = gk.write(karabakh, tmp_path / "k.gexf").read_text(encoding="utf-8")
    # Gephi 0.10 saves GEXF 1.3: other namespace and version, same attributes.
    gephi = text.replace("http://www.gexf.net/1.2draft", "http://gexf.net/1.3").replace(
        'version="1.2"', 'version="1.3"'
    )
    (tmp_path / "gephi.gexf").write_text(gephi, encoding="utf-8")
    assert_identical(karabakh, gk.read(tmp_path / "gephi.gexf"))


def test_plain_gexf(tmp_path):
    G = nx.DiGraph()
    G.add_node("a", label="Alpha", population=3)
    G.add_node("b", label="Beta")
    G.add_edge("a", "b", weight=2.0)
    nx.write_gexf(G, tmp_path / "plain.gexf")
    H, notes = _quiet(gk.read, tmp_path / "plain.gexf")
    assert notes[0].startswith("plain.gexf: imported as a plain directed graph: 2 actors, 1 tie;")
    assert H.nodes["a"] == {"name": "Alpha", "kind": "other", "population": 3}
    assert H.edges["a", "b", "0"]["weight"] == 2.0


def test_gml_and_pajek(tmp_path):
    nx.write_gml(KARATE, tmp_path / "karate.gml")
    G, _ = _quiet(gk.read, tmp_path / "karate.gml")
    assert G.number_of_nodes() == 34 and G.number_of_edges() == 78
    assert G.graph["directed"] is False
    (tmp_path / "g.net").write_text(
        '*Vertices 3\n1 "Alpha Centauri"\n2 "Beta"\n3 "Gamma"\n*Arcs\n1 2 2.0\n2 3 -1.0\n',
        encoding="utf-8",
    )
    P, _ = _quiet(gk.read, tmp_path / "g.net")
    assert sorted(P) == ["Alpha_Centauri", "Beta", "Gamma"]
    assert P.nodes["Alpha_Centauri"]["name"] == "Alpha Centauri"
    assert P.edges["Beta", "Gamma", "e2"]["sign"] == -1


def test_node_link_json_from_networkx(tmp_path):
    data = nx.node_link_data(KARATE, edges="links")
    (tmp_path / "k.json").write_text(json.dumps(data), encoding="utf-8")
    G, _ = _quiet(gk.read, tmp_path / "k.json")
    assert G.graph["directed"] is False and G.number_of_edges() == 78


# ------------------------------------------------------------- edge lists


def test_gephi_edge_and_node_tables():
    G, notes = _quiet(gk.read, DATA / "gephi" / "edges.csv")
    assert notes == [
        "edges.csv: imported as a plain undirected graph: 5 actors, 5 ties; kinds, types and "
        "evidence defaulted"
    ]
    assert G.graph["directed"] is False
    assert G.nodes["1"] == {"name": "Ana Lima", "kind": "other", "Group": "north"}
    assert G.edges["3", "4", "3"]["original_label"] == "friends"
    assert G.edges["4", "5", "4"]["weight"] == 4.5


@pytest.mark.parametrize(
    "header, sep",
    [
        ("source,target,weight", ","),
        ("from,to,weight", ","),
        ("Source;Target;Weight", ";"),
        ("actor1,actor2,weight", ","),
        ("FROM\tTO\tWEIGHT", "\t"),
    ],
)
def test_edge_list_headers(tmp_path, header, sep):
    name = "e.tsv" if sep == "\t" else "e.csv"
    rows = [header, sep.join(["A", "B", "2"]), sep.join(["B", "C", "-1"])]
    (tmp_path / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    G, _ = _quiet(gk.read, tmp_path / name)
    assert sorted(G.edges(keys=True)) == [("A", "B", "e1"), ("B", "C", "e2")]
    assert [d["sign"] for *_, d in sorted(G.edges(keys=True, data=True))] == [1, -1]
    assert "directed" not in G.graph


def test_edge_list_with_types_dates_and_evidence(tmp_path):
    (tmp_path / "e.csv").write_text(
        "source,target,type,date,evidence\n"
        "eu,aze,mediate,2023-07-15,The EU mediated.\n"
        "aze,arm,skirmish,2023-07,Border clash.\n",
        encoding="utf-8",
    )
    G, notes = _quiet(gk.read, tmp_path / "e.csv")
    assert G.edges["eu", "aze", "e1"]["category"] == "mediation"
    assert G.edges["aze", "arm", "e2"]["type"] == "skirmish"
    assert G.graph["relation_types"]["skirmish"]["category"] == "unspecified"
    assert G.edges["aze", "arm", "e2"]["date"] == "2023-07"
    assert "1 relation types added (skirmish)" in notes[0]


def test_edge_list_without_source_and_target_names_what_it_found(tmp_path):
    (tmp_path / "e.csv").write_text("node_a,node_b,w\nx,y,1\n", encoding="utf-8")
    with pytest.raises(gk.DatasetError) as info:
        gk.read(tmp_path / "e.csv")
    message = info.value.problems.loc[0, "message"]
    assert "the header has node_a, node_b, w" in message
    assert "source/from/actor1" in message and "target/to/actor2" in message


def test_edge_list_with_mixed_directions_is_refused(tmp_path):
    (tmp_path / "e.csv").write_text(
        "Source,Target,Type\na,b,Directed\nb,c,Undirected\n", encoding="utf-8"
    )
    with pytest.raises(gk.DatasetError, match="1 of 2 edges are Undirected"):
        gk.read(tmp_path / "e.csv")


def test_edge_list_with_an_empty_target_names_the_row(tmp_path):
    (tmp_path / "e.csv").write_text("source,target\na,b\nc,\n", encoding="utf-8")
    with pytest.raises(gk.DatasetError) as info:
        gk.read(tmp_path / "e.csv")
    p = info.value.problems.iloc[0]
    assert (p["row"], p["field"], p["message"]) == (3, "target", "required value is missing")


# ------------------------------------------------------------- workbooks


def _workbook(path, sheets):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


KUMU_ELEMENTS = [
    ["Label", "Type", "Description", "Tags"],
    ["Jeff Mohr", "Person", "Co-founder", "Founder|Runner"],
    ["Kumu", "Company", "A mapping platform", "Mapping"],
    ["Ryan Mohr", "Person", "", ""],
]
KUMU_CONNECTIONS = [
    ["From", "To", "Type", "Direction", "Description"],
    ["Jeff Mohr", "Kumu", "founded", "directed", "Jeff co-founded Kumu."],
    ["Ryan Mohr", "Kumu|Jeff Mohr", "", "directed", ""],
]


def test_kumu_workbook_joined_by_label(tmp_path):
    path = _workbook(
        tmp_path / "map.xlsx", {"Elements": KUMU_ELEMENTS, "Connections": KUMU_CONNECTIONS}
    )
    G, notes = _quiet(gk.read, path)
    assert sorted(G) == ["Jeff_Mohr", "Kumu", "Ryan_Mohr"]
    assert G.nodes["Jeff_Mohr"] == {
        "name": "Jeff Mohr",
        "kind": "person",
        "description": "Co-founder",
        "tags": "Founder|Runner",
    }
    assert G.nodes["Kumu"]["kind"] == "company"
    founded = G.edges["Jeff_Mohr", "Kumu", "e1"]
    assert founded["type"] == "founded" and founded["evidence"] == "Jeff co-founded Kumu."
    # A To cell naming two elements is two connections, as in Kumu.
    assert {(u, v) for u, v, k in G.edges(keys=True) if u == "Ryan_Mohr"} == {
        ("Ryan_Mohr", "Kumu"),
        ("Ryan_Mohr", "Jeff_Mohr"),
    }
    assert notes[0].startswith("map.xlsx: imported as a plain directed graph: 3 actors, 3 ties;")


def test_kumu_workbook_joined_by_id(tmp_path):
    elements = [["ID", "Label", "Type"], ["p1", "Ana", "Person"], ["p2", "Ana", "Person"]]
    connections = [["From", "To", "Type", "Direction"], ["p1", "p2", "", "mutual"]]
    path = _workbook(tmp_path / "ids.xlsx", {"Elements": elements, "Connections": connections})
    G, _ = _quiet(gk.read, path)
    assert sorted(G) == ["p1", "p2"] and G.nodes["p2"]["name"] == "Ana"
    assert G.graph["directed"] is False  # every connection mutual/undirected


def test_kumu_duplicate_labels_name_both_rows(tmp_path):
    elements = [*KUMU_ELEMENTS, ["Kumu", "Company", "", ""]]
    path = _workbook(tmp_path / "dup.xlsx", {"Elements": elements, "Connections": KUMU_CONNECTIONS})
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    p = info.value.problems.iloc[0]
    assert p["file"] == f"{path} [Elements]" and p["row"] == 5 and p["field"] == "Label"
    assert "label 'Kumu' is on rows 3 and 5" in p["message"]


def test_kumu_connection_to_an_unknown_element(tmp_path):
    connections = [["From", "To"], ["Jeff Mohr", "Nobody"]]
    path = _workbook(tmp_path / "u.xlsx", {"Elements": KUMU_ELEMENTS, "Connections": connections})
    with pytest.raises(gk.DatasetError, match="'Nobody' is no element's Label"):
        gk.read(path)


def test_gephi_workbook(tmp_path):
    path = _workbook(
        tmp_path / "g.xlsx",
        {
            "Nodes": [["Id", "Label"], [1, "One"], [2, "Two"]],
            "Edges": [["Source", "Target", "Weight"], [1, 2, 2.5]],
        },
    )
    G, _ = _quiet(gk.read, path)
    assert G.nodes["1"]["name"] == "One" and G.edges["1", "2", "e1"]["weight"] == 2.5


def test_workbook_without_expected_sheets(tmp_path):
    path = _workbook(tmp_path / "x.xlsx", {"Budget": [["a"]], "Notes": [["b"]]})
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    message = info.value.problems.loc[0, "message"]
    assert "found Budget, Notes" in message and "Elements and Connections (Kumu)" in message


def test_formula_in_an_id_column_is_refused(tmp_path):
    path = _workbook(
        tmp_path / "f.xlsx",
        {"Edges": [["Source", "Target"], ["=A1&B1", "b"]], "Nodes": [["Id"], ["b"]]},
    )
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    p = info.value.problems.iloc[0]
    assert (p["file"], p["row"], p["field"]) == (f"{path} [Edges]", 2, "Source")
    assert "a formula (=A1&B1) is not read" in p["message"]


def test_date_cell_in_an_id_column_is_refused(tmp_path):
    path = _workbook(
        tmp_path / "d.xlsx",
        {
            "Edges": [
                ["Source", "Target", "Date"],
                [dt.datetime(2023, 3, 1), "b", dt.date(2023, 7, 1)],
            ]
        },
    )
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    p = info.value.problems.iloc[0]
    assert (p["row"], p["field"]) == (2, "Source") and "a date cell" in p["message"]


def test_date_cells_elsewhere_become_iso_dates(tmp_path):
    path = _workbook(
        tmp_path / "d.xlsx",
        {"Edges": [["Source", "Target", "Date"], ["a", "b", dt.datetime(2023, 7, 1)]]},
    )
    G, _ = _quiet(gk.read, path)
    assert G.edges["a", "b", "e1"]["date"] == "2023-07-01"


def test_workbook_round_trip_cells_that_look_like_formulas(tmp_path, karabakh):
    from helpers import assert_identical

    karabakh.nodes["eu"]["description"] = '=HYPERLINK("http://x")'
    path = gk.write(karabakh, tmp_path / "k.xlsx")
    assert_identical(karabakh, gk.read(path))


def test_not_a_workbook(tmp_path):
    (tmp_path / "x.xlsx").write_text("id,name\n", encoding="utf-8")
    with pytest.raises(gk.DatasetError, match="not an .xlsx workbook"):
        gk.read(tmp_path / "x.xlsx")


# ------------------------------------------------------------- big input


def test_a_100_mb_graphml_is_refused_with_its_limit(tmp_path):
    path = tmp_path / "big.graphml"
    with open(path, "wb") as fh:
        fh.write(b'<?xml version="1.0"?><graphml>')
        fh.truncate(100 * 2**20)  # sparse: nothing is written to disk
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    assert "the file is 100 MB, over the 64 MB limit" in info.value.problems.loc[0, "message"]


# ------------------------------------------------------------- the command line


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The five inputs of the issue: networkx GraphML, a Gephi edge list, a Kumu workbook,
    an igraph-written GraphML and a plain GEXF."""
    folder = tmp_path_factory.mktemp("inputs")
    G = nx.DiGraph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    nx.write_gexf(G, folder / "plain.gexf")
    return {
        "networkx": DATA / "karate_networkx.graphml",
        "gephi": DATA / "gephi" / "edges.csv",
        "kumu": _workbook(
            folder / "kumu.xlsx", {"Elements": KUMU_ELEMENTS, "Connections": KUMU_CONNECTIONS}
        ),
        "igraph": DATA / "karate_igraph.graphml",
        "gexf": folder / "plain.gexf",
    }


@pytest.mark.parametrize("which", ["networkx", "gephi", "kumu", "igraph", "gexf"])
def test_cli_runs_on_every_kind_of_input(tmp_path, inputs, which):
    runner = CliRunner()
    path = str(inputs[which])
    for args in (
        ["info", path],
        ["centrality", path],
        ["plot", path, "-o", str(tmp_path / "g.png")],
        ["report", path, "-o", str(tmp_path / "report")],
    ):
        result = runner.invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, (args, result.output)
        assert "note: " in result.stderr and "imported as a plain" in result.stderr
    assert (tmp_path / "report" / "index.html").is_file()
    strict = runner.invoke(cli, ["info", "--strict", path])
    assert strict.exit_code == 1 and "not a full dataset" in strict.stderr


def test_cli_centrality_of_karate_matches_networkx(inputs):
    result = CliRunner().invoke(
        cli,
        ["centrality", str(inputs["networkx"]), "--measures", "betweenness", "--format", "json"],
    )
    rows = json.loads(result.stdout)
    got = {int(r["actor"]): r["betweenness"] for r in rows}
    expected = nx.betweenness_centrality(KARATE)
    assert all(abs(got[n] - expected[n]) < 1e-12 for n in KARATE)


def test_undirected_graphs_are_drawn_without_arrowheads(karate):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import ArrowStyle, FancyArrowPatch

    fig, ax = plt.subplots()
    gk.plot(karate, ax=ax, legend=False)
    patches = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(patches) == 78
    assert not any(isinstance(p.get_arrowstyle(), ArrowStyle.CurveFilledB) for p in patches)
    plt.close(fig)


def test_imported_graph_round_trips_as_a_dataset_that_frictionless_accepts(tmp_path):
    from helpers import assert_identical

    frictionless = pytest.importorskip("frictionless")
    G = nx.Graph()
    G.add_edge("x", "y", weight=250.0)
    G.add_edge("y", "z")
    H, _ = _quiet(gk.from_networkx, G)
    folder = gk.write(H, tmp_path / "ds")
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    back, notes = _quiet(gk.read, folder)
    assert notes == [] and back.graph["directed"] is False
    assert_identical(H, back)


def test_workbook_with_an_entity_declaration_is_refused(tmp_path):
    import zipfile

    path = _workbook(tmp_path / "e.xlsx", {"Edges": [["Source", "Target"], ["a", "b"]]})
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in members if n.startswith("xl/worksheets/"))
    members[sheet] = members[sheet].replace(
        b"<worksheet", b'<!DOCTYPE w [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><worksheet', 1
    )
    evil = tmp_path / "evil.xlsx"
    with zipfile.ZipFile(evil, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    with pytest.raises(gk.DatasetError, match="DOCTYPE or entity declaration is refused"):
        gk.read(evil)
