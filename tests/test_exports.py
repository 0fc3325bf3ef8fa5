"""Exports for other tools open in their consumer or reference parser."""

import json
import shutil
import subprocess

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
