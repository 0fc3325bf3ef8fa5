"""Exports for other tools open in their consumer or reference parser."""

import json
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest

import graphlib_kb as gk


def test_gexf_carries_gephi_styling_and_still_round_trips(tmp_path, karabakh):
    from helpers import assert_identical

    path = gk.write(karabakh, tmp_path / "k.gexf")
    H = nx.read_gexf(path)  # the reference parser keeps viz
    viz = H.nodes["aze"]["viz"]
    assert set(viz) >= {"color", "size", "position"}
    assert viz["size"] > H.nodes["eu"]["viz"]["size"]  # sized by PageRank
    assert H.nodes["nagorno_karabakh"]["viz"]["color"] == {"r": 240, "g": 230, "b": 210, "a": 1.0}
    assert_identical(karabakh, gk.read(path))


def test_graphml_opens_in_networkx_for_cytoscape(tmp_path, karabakh):
    H = nx.read_graphml(gk.write(karabakh, tmp_path / "k.graphml"), force_multigraph=True)
    assert H.number_of_edges() == 39 and H.nodes["eu"]["name"] == "European Union"


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz 'dot' is not installed")
def test_dot_is_read_by_graphviz(tmp_path, karabakh):
    karabakh.nodes["eu"]["name"] = 'EU "quoted" name'
    karabakh.nodes["usa"]["name"] = "back\\slash"
    path = gk.write(karabakh, tmp_path / "k.dot")
    out = subprocess.run(["dot", "-Tjson", str(path)], capture_output=True, text=True, check=True)
    graph = json.loads(out.stdout)
    assert len(graph["objects"]) == 21 and len(graph["edges"]) == 39
    labels = {o["name"]: o["label"] for o in graph["objects"]}
    assert labels["eu"] == 'EU "quoted" name'


def test_dot_text(karabakh):
    text = gk.io.exports.dot_text(karabakh)
    assert text.startswith("digraph graphlib_kb {")
    assert '"aze" -> "lachin_corridor" [label="blockade"' in text
    assert 'style="dashed"' in text  # alleged and offered relations


def test_mermaid(tmp_path, karabakh):
    karabakh.nodes["eu"]["name"] = 'E"U <b>'
    text = gk.write(karabakh, tmp_path / "k.mmd").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    assert sum("-->" in line or "==>" in line or ".->" in line for line in lines) == 39
    assert '("E#quot;U #lt;b#gt;")' in text
    assert '-. "offer_mediation" .->' in text and '== "blockade" ==>' in text


def test_kumu(tmp_path, karabakh):
    data = json.loads(gk.write(karabakh, tmp_path / "k.kumu.json").read_text(encoding="utf-8"))
    element_ids = [e["id"] for e in data["elements"]]
    connection_ids = [c["id"] for c in data["connections"]]
    assert len(data["elements"]) == 21 and len(data["connections"]) == 39
    # Kumu: once elements have ids, connections must join by them (not by label).
    assert all(c["from"] in element_ids and c["to"] in element_ids for c in data["connections"])
    ids = element_ids + connection_ids
    assert len(set(ids)) == len(ids) and not any("_" in i for i in ids)
    lachin = next(e for e in data["elements"] if e["id"] == "lachin-corridor")
    assert lachin["label"] == karabakh.nodes["lachin_corridor"]["name"]
    war = [c for c in data["connections"] if c["type"] == "war"]
    assert {c["direction"] for c in war} == {"mutual"}
    offer = next(c for c in data["connections"] if c["id"] == "r24")
    assert offer["tags"] == ["mediation", "offered"] and offer["date"] == "2023-07-15"


def test_export_formats_are_not_read(tmp_path, karabakh):
    path = gk.write(karabakh, tmp_path / "k.dot")
    with pytest.raises(ValueError, match="export format"):
        gk.read(path)


# ------------------------------------------------------------------ checked by the consumers


GEXF_XSD = Path(__file__).resolve().parent / "data" / "gexf-1.2"
_VIZ_ELEMENTS = ("color", "position", "size", "thickness")


@pytest.fixture(scope="module")
def gexf_schema(tmp_path_factory):
    """The official GEXF 1.2 XSD (tests/data/gexf-1.2, unchanged), corrected in a copy as its
    README says: the 1.2draft namespaces that Gephi and networkx write, and the viz elements
    declared in the viz namespace (the official data.xsd puts <color> etc. in the GEXF one)."""
    etree = pytest.importorskip("lxml.etree")
    folder = tmp_path_factory.mktemp("gexf-xsd")
    for source in GEXF_XSD.glob("*.xsd"):
        text = source.read_text(encoding="utf-8")
        text = text.replace("http://www.gexf.net/1.2/viz", "http://www.gexf.net/1.2draft/viz")
        text = text.replace('"http://www.gexf.net/1.2"', '"http://www.gexf.net/1.2draft"')
        if source.name == "data.xsd":
            for el in _VIZ_ELEMENTS:
                text = text.replace(
                    f'<xs:element ref="ns1:{el}"/>', f'<xs:element ref="viz:{el}"/>'
                )
                text = text.replace(f'  <xs:element name="{el}" type="viz:{el}-content"/>\n', "")
        if source.name == "viz.xsd":
            declared = "".join(
                f'  <xs:element name="{el}" type="viz:{el}-content"/>\n' for el in _VIZ_ELEMENTS
            )
            text = text.replace("</xs:schema>", declared + "</xs:schema>")
        (folder / source.name).write_text(text, encoding="utf-8")
    return etree.XMLSchema(etree.parse(str(folder / "gexf.xsd")))


def _plain_karate():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", gk.ImportNotice)
        return gk.from_networkx(nx.karate_club_graph())


@pytest.mark.parametrize("which", ["karabakh", "karate"])
def test_gexf_is_valid_against_the_gexf_schema(tmp_path, karabakh, gexf_schema, which):
    from lxml import etree

    G = karabakh if which == "karabakh" else _plain_karate()
    path = gk.write(G, tmp_path / "g.gexf")
    assert gexf_schema.validate(etree.parse(str(path))), gexf_schema.error_log
    assert b'name=""' not in path.read_bytes()


def test_the_uncorrected_fault_is_what_the_copy_fixes(tmp_path, karabakh, gexf_schema):
    """A file with <color> in the GEXF namespace (what the official data.xsd asks for) fails
    the corrected schema; <graph name=""> fails it too."""
    from lxml import etree

    text = gk.write(karabakh, tmp_path / "g.gexf").read_text(encoding="utf-8")
    bad = text.replace("<graph ", '<graph name="" ', 1)
    assert not gexf_schema.validate(etree.fromstring(bad.encode()))
    assert "attribute 'name' is not allowed" in str(gexf_schema.error_log)


def test_node_link_json_for_d3(tmp_path, karabakh):
    links = json.loads(gk.write(karabakh, tmp_path / "a.json", edges="links").read_text("utf-8"))
    d3 = json.loads(gk.write(karabakh, tmp_path / "b.json", format="d3").read_text("utf-8"))
    assert links == d3 and "edges" not in d3 and len(d3["links"]) == 39
    ids = {n["id"] for n in d3["nodes"]}
    assert all(link["source"] in ids and link["target"] in ids for link in d3["links"])
    assert sorted(gk.read(tmp_path / "b.json").edges(keys=True)) == sorted(
        karabakh.edges(keys=True)
    )
    with pytest.raises(ValueError, match="edges= applies to node-link JSON only"):
        gk.write(karabakh, tmp_path / "c.graphml", edges="links")


def test_mermaid_escapes_hash(tmp_path, karabakh):
    karabakh.nodes["eu"]["name"] = "EU #1 & co"
    text = gk.write(karabakh, tmp_path / "k.mmd").read_text(encoding="utf-8")
    assert '("EU #35;1 #amp; co")' in text


def _fills_and_text(text, pattern):
    import re

    return re.findall(pattern, text)


def test_dot_and_mermaid_text_reaches_wcag_aa_on_every_fill(tmp_path, karabakh):
    from graphlib_kb.io.exports import contrast_ratio

    karabakh.add_node("nobody", name="No camp", kind="person")  # a camp-less actor
    dot = gk.write(karabakh, tmp_path / "k.dot").read_text(encoding="utf-8")
    pairs = _fills_and_text(dot, r'fillcolor="(#[0-9a-f]{6})", fontcolor="(#[0-9a-f]{6})"')
    assert len(pairs) == karabakh.number_of_nodes()
    assert min(contrast_ratio(text, fill) for fill, text in pairs) >= 4.5
    labels = _fills_and_text(dot, r'fontcolor="(#[0-9a-f]{6})", style=')
    assert labels and min(contrast_ratio(c, "#ffffff") for c in labels) >= 4.5
    mmd = gk.write(karabakh, tmp_path / "k.mmd").read_text(encoding="utf-8")
    styles = _fills_and_text(mmd, r"fill:(#[0-9a-f]{6}),color:(#[0-9a-f]{6})")
    assert len(styles) == karabakh.number_of_nodes()
    assert min(contrast_ratio(text, fill) for fill, text in styles) >= 4.5
    # The grey of camp-less actors gets dark text (white on it was 1.4:1).
    assert ("#d9d9d9", "#000000") in styles


def test_contrast_ratio_matches_the_wcag_examples():
    from graphlib_kb.io.exports import contrast_ratio

    assert round(contrast_ratio("#000000", "#ffffff"), 2) == 21.0
    assert round(contrast_ratio("#767676", "#ffffff"), 2) == 4.54  # the lightest AA grey on white
    assert round(contrast_ratio("#ffffff", "#d9d9d9"), 2) == 1.41


def test_graphml_attribute_names_are_valid_and_restored(tmp_path, karabakh):
    import re

    from helpers import assert_identical

    karabakh.nodes["eu"]["start date"] = "2023"
    karabakh.edges["aze", "lachin_corridor", "r05"]["source/url"] = "https://example.org"
    karabakh.nodes["aze"]["x_x0020_y"] = "kept"
    path = gk.write(karabakh, tmp_path / "k.graphml")
    names = re.findall(r'attr\.name="([^"]*)"', path.read_text(encoding="utf-8"))
    assert names and all(re.fullmatch(r"[\w.:-]+", n) for n in names)  # XML NMTOKEN
    assert "start_x0020_date" in names and "source_x002F_url" in names
    assert_identical(karabakh, gk.read(path))


def test_kumu_for_an_undirected_graph(tmp_path):
    from graphlib_kb.io.exports import kumu_data

    data = kumu_data(_plain_karate())
    assert {c["direction"] for c in data["connections"]} == {"undirected"}
