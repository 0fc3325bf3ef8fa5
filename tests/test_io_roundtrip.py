"""Round trips through every format give back an identical graph; output is deterministic."""

import hashlib

import pytest
from helpers import assert_identical
from hypothesis import HealthCheck, given, settings
from strategies import graphs

import graphlib_kb as gk
from graphlib_kb.io.dataset import DESCRIPTOR

FILE_FORMATS = {
    "graphml": "g.graphml",
    "gexf": "g.gexf",
    "json": "g.json",
    "csv": "g.csv",
    "dataset": "folder",
    "xlsx": "g.xlsx",
}
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _roundtrip(G, tmp_path_factory, target):
    path = tmp_path_factory.mktemp("rt") / target
    gk.write(G, path)
    return gk.read(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "dataset", "xlsx"])
@SETTINGS
@given(G=graphs())
def test_roundtrip_generated(tmp_path_factory, fmt, G):
    assert gk.validate(G).empty, gk.validate(G)
    assert_identical(G, _roundtrip(G, tmp_path_factory, FILE_FORMATS[fmt]))


@SETTINGS
@given(G=graphs(text_only_extras=True))
def test_roundtrip_generated_csv(tmp_path_factory, G):
    assert gk.validate(G).empty, gk.validate(G)
    assert_identical(G, _roundtrip(G, tmp_path_factory, "g.csv"))


@pytest.mark.parametrize("fmt", sorted(FILE_FORMATS))
def test_roundtrip_karabakh(tmp_path, karabakh, fmt):
    path = tmp_path / FILE_FORMATS[fmt]
    gk.write(karabakh, path)
    assert_identical(karabakh, gk.read(path))


def _digest(path):
    files = sorted(f for f in path.rglob("*") if f.is_file())
    assert files
    return {str(f.relative_to(path)): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


@pytest.mark.parametrize("fmt", sorted(FILE_FORMATS))
def test_output_is_deterministic(tmp_path, karabakh, fmt):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    gk.write(karabakh, a / FILE_FORMATS[fmt])
    # Rebuild the graph with edges added in reverse order: equal graphs give equal bytes.
    H = karabakh.__class__()
    H.graph.update(karabakh.graph)
    H.add_nodes_from(karabakh.nodes(data=True))
    for u, v, k, d in reversed(list(karabakh.edges(keys=True, data=True))):
        H.add_edge(u, v, key=k, **d)
    gk.write(H, b / FILE_FORMATS[fmt])
    assert _digest(a) == _digest(b)


def test_bundled_dataset_is_in_canonical_form(tmp_path, karabakh):
    """Writing the loaded dataset reproduces the committed CSV files and descriptor byte for byte."""
    folder = gk.dataset_path("karabakh-2023")
    gk.write(karabakh, tmp_path / "out")
    for name in ["actors.csv", "relations.csv", "sources.csv", DESCRIPTOR]:
        assert (tmp_path / "out" / name).read_bytes() == (folder / name).read_bytes(), name


def test_csv_cells_that_look_like_formulas_are_neutralised_and_restored(tmp_path, karabakh):
    karabakh.nodes["aze"]["description"] = '=HYPERLINK("http://x")'
    karabakh.nodes["arm"]["camp"] = "-armenia"
    path = gk.write(karabakh, tmp_path / "g.csv")
    text = (tmp_path / "g.actors.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'-armenia" in text
    assert "\n-" not in text and ",=" not in text and ",-" not in text
    # numbers stay numbers
    assert ",-1,-2.0," in (tmp_path / "g.csv").read_text(encoding="utf-8")
    assert_identical(karabakh, gk.read(path))


def test_gexf_is_gephi_shaped(tmp_path, karabakh):
    """Node labels are names, edge ids are relation ids, GEXF's own edge 'type' is not misused."""
    import defusedxml.ElementTree as ET

    gk.write(karabakh, tmp_path / "g.gexf")
    root = ET.parse(tmp_path / "g.gexf").getroot()
    ns = {"g": "http://www.gexf.net/1.2draft"}
    labels = {n.get("id"): n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert labels["eu"] == "European Union"
    edge_ids = {e.get("id") for e in root.iterfind(".//g:edge", ns)}
    assert edge_ids == {k for _, _, k in karabakh.edges(keys=True)}
    assert {e.get("type") for e in root.iterfind(".//g:edge", ns)} == {None}
    assert b"lastmodifieddate" not in (tmp_path / "g.gexf").read_bytes()


def test_graphml_reads_in_plain_networkx(tmp_path, karabakh):
    """A GraphML file we write is ordinary GraphML: networkx reads it with the same edge keys."""
    import networkx as nx

    gk.write(karabakh, tmp_path / "g.graphml")
    H = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert sorted(k for *_, k in H.edges(keys=True)) == sorted(
        k for *_, k in karabakh.edges(keys=True)
    )
    assert H.nodes["lachin_corridor"]["aliases"] == "Laçın corridor|Lachin Corridor|Laçın Corridor"
