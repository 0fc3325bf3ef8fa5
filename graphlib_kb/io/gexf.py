"""GEXF (Gephi), read and written through networkx.

The relation ``type`` travels as the attribute ``relation_type`` (GEXF's own
edge ``type`` means directed/undirected), nodes are labelled with their names,
edges carry the relation id as their GEXF id, and the graph attributes travel as
JSON in ``<meta><description>``. The modification date networkx stamps is
removed so that the same graph always gives the same bytes.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

import networkx as nx

from .. import __version__
from ..errors import DatasetError
from ..files import AtomicWriter, read_bytes, refuse_dtd, xml_limit
from ..schema import Tables
from .graphml import encode_for_xml, tables_from_xml_graph

__all__ = ["read_gexf", "write_gexf"]

_META = re.compile(rb"<meta\b[^>]*>.*?</meta>", re.S)
_MARK = "graphlib_kb"
_GRAPH_NAME = re.compile(rb'(<graph\b[^>]*?) name="[^"]*"')


def _rgb(color: str) -> dict:
    color = color.lstrip("#")
    return {"r": int(color[0:2], 16), "g": int(color[2:4], 16), "b": int(color[4:6], 16)}


def _viz(G) -> tuple[dict, dict]:
    """Gephi styling: node colour by camp, size by PageRank, position from the camps layout;
    edge colour by category."""
    from ..positions import layout_positions, node_values
    from ..styles import category_color
    from .exports import camp_colors

    colors = camp_colors(G)
    rank = node_values(G, "pagerank") if len(G) else {}
    top = max(max(rank.values()), 1e-12) if len(G) else 1.0
    pos = layout_positions(G, "camps") if len(G) else {}
    nodes = {}
    for n, d in G.nodes(data=True):
        color = "#f0e6d2" if d.get("kind") == "territory" else colors[n]
        nodes[n] = {
            "color": _rgb(color),
            "size": round(5.0 + 25.0 * float(rank[n]) / top, 3),
            "position": {
                "x": round(pos[n][0] * 1000, 3),
                "y": round(pos[n][1] * 1000, 3),
                "z": 0.0,
            },
        }
    edges = {
        k: {"color": _rgb(category_color(d.get("category"))), "thickness": 1.0}
        for _, _, k, d in G.edges(keys=True, data=True)
    }
    return nodes, edges


def gexf_bytes(G) -> bytes:
    H0 = encode_for_xml(G)
    node_viz, edge_viz = _viz(G)
    # An undirected graph (an imported plain graph) is written as one, for Gephi.
    H = nx.MultiGraph() if G.graph.get("directed") is False else nx.MultiDiGraph()
    for n, d in H0.nodes(data=True):
        H.add_node(n, label=d.get("name", n), viz=node_viz[n], **d)
    for u, v, k, d in H0.edges(keys=True, data=True):
        d = dict(d)
        if "type" in d:
            d["relation_type"] = d.pop("type")
        H.add_edge(u, v, key=k, id=k, viz=edge_viz[k], **d)
    buf = io.BytesIO()
    nx.write_gexf(H, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    description = escape(json.dumps({_MARK: H0.graph}, ensure_ascii=False))
    meta = (
        f"<meta>\n    <creator>graphlib_kb {__version__}</creator>\n"
        f"    <description>{description}</description>\n  </meta>"
    ).encode()
    data = _META.sub(lambda _: meta, buf.getvalue(), count=1)
    # networkx writes <graph ... name="">, which the GEXF 1.2 schema does not allow.
    return _GRAPH_NAME.sub(rb"\1", data, count=1)


def write_gexf(G, path: Path) -> Path:
    with AtomicWriter() as out:
        out.add(Path(path), gexf_bytes(G))
    return Path(path)


def read_gexf(path: Path, encoding: str = "utf-8") -> Tables:
    import defusedxml.ElementTree as SafeET

    label = str(path)
    data = read_bytes(path, limit=xml_limit())
    refuse_dtd(data, label)
    root = SafeET.fromstring(data, forbid_dtd=True)
    graph_attrs: dict = {}
    for el in root.iter():
        if el.tag.endswith("}description") or el.tag == "description":
            try:
                decoded = json.loads(el.text or "")
            except json.JSONDecodeError:
                decoded = None
            if isinstance(decoded, dict) and isinstance(decoded.get(_MARK), dict):
                graph_attrs = decoded[_MARK]
            break
    head = data[:2000]
    version = (
        "1.1draft"
        if b"gexf.net/1.1draft" in head
        else "1.3"
        if b"gexf.net/1.3" in head
        else "1.2draft"
    )
    try:
        H = nx.read_gexf(io.BytesIO(data), node_type=str, version=version)
    except (nx.NetworkXError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DatasetError([(label, None, None, f"not a readable GEXF graph: {exc}")]) from None
    G = nx.MultiDiGraph() if H.is_directed() else nx.MultiGraph()
    for n, d in H.nodes(data=True):
        d = dict(d)
        node_label = d.pop("label", None)
        d.pop("viz", None)
        if "name" not in d and node_label is not None:
            d["name"] = node_label
        G.add_node(n, **d)
    edges = (
        H.edges(keys=True, data=True)
        if H.is_multigraph()
        else ((u, v, None, d) for u, v, d in H.edges(data=True))
    )
    for u, v, k, d in edges:
        d = dict(d)
        # networkx returns a simple graph when no edges are parallel; the key is then the GEXF id.
        ident = d.pop("id", None)
        k = d.pop("networkx_key", k if k is not None else ident)
        d.pop("viz", None)
        if "relation_type" in d:
            d["type"] = d.pop("relation_type")
        G.add_edge(u, v, key=k, **d)
    return tables_from_xml_graph(G, label, graph_attrs)
