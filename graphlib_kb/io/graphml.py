"""GraphML, read and written through networkx with the data model's lists and tables encoded."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import networkx as nx

from ..errors import DatasetError
from ..files import AtomicWriter, read_bytes, refuse_dtd, xml_limit
from ..model import ordered_edges
from ..schema import LIST_SEPARATOR, Tables, graph_files

__all__ = ["read_graphml", "write_graphml", "encode_for_xml", "tables_from_xml_graph"]

_STRUCTURED = ("sources", "relation_types")


def encode_for_xml(G) -> nx.MultiDiGraph:
    """A copy of *G* whose list attributes are '|'-joined and whose tables are JSON text."""
    H = nx.MultiDiGraph()
    for key, value in G.graph.items():
        H.graph[key] = json.dumps(value, ensure_ascii=False) if key in _STRUCTURED else value
    for n, d in G.nodes(data=True):
        H.add_node(n, **{k: _flat(v) for k, v in d.items()})
    for u, v, k, d in ordered_edges(G):
        H.add_edge(u, v, key=k, **{a: _flat(b) for a, b in d.items()})
    return H


# GraphML's attr.name is an XML NMTOKEN: letters, digits, '.', '-', '_' and ':' only. Other
# characters are written as _xHHHH_ (as Excel and .NET escape XML names), and a '_' that would
# read as such an escape is itself escaped, so that reading restores every name exactly.
_NAME_OK = re.compile(r"[\w.:-]")
_LOOKS_ESCAPED = re.compile(r"_(?=x[0-9A-F]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-F]{4})_")
_ESCAPED_RUN = re.compile(r"(?:_x[0-9A-F]{4}_)+")


def encode_name(name: str) -> str:
    """An attribute name as a valid GraphML ``attr.name`` ("start date" -> "start_x0020_date")."""
    name = _LOOKS_ESCAPED.sub("_x005F_", name)
    return "".join(
        c if _NAME_OK.match(c) or c == "_" else "".join(f"_x{b:04X}_" for b in _utf16(c))
        for c in name
    )


def _utf16(c: str):
    data = c.encode("utf-16-be")
    return [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2)]


def decode_name(name: str) -> str:
    """The inverse of :func:`encode_name`."""
    if "_x" not in name:
        return name

    def run(m):
        units = [int(h, 16) for h in _ESCAPED.findall(m.group(0))]
        return b"".join(u.to_bytes(2, "big") for u in units).decode("utf-16-be", "replace")

    return _ESCAPED_RUN.sub(run, name)


def _encoded_names(H) -> nx.MultiDiGraph:
    """A copy of *H* with every attribute name made a valid GraphML ``attr.name``."""
    E = H.__class__()
    E.graph.update({encode_name(k): v for k, v in H.graph.items()})
    for n, d in H.nodes(data=True):
        E.add_node(n, **{encode_name(k): v for k, v in d.items()})
    for u, v, k, d in H.edges(keys=True, data=True):
        E.add_edge(u, v, key=k, **{encode_name(a): b for a, b in d.items()})
    return E


def _decoded_names(H):
    for _, d in H.nodes(data=True):
        for key in [k for k in d if "_x" in k]:
            d[decode_name(key)] = d.pop(key)
    for *_, d in H.edges(keys=True, data=True):
        for key in [k for k in d if "_x" in k]:
            d[decode_name(key)] = d.pop(key)
    for key in [k for k in H.graph if "_x" in k]:
        H.graph[decode_name(key)] = H.graph.pop(key)
    return H


def _flat(value):
    return LIST_SEPARATOR.join(value) if isinstance(value, (list, tuple)) else value


def tables_from_xml_graph(H, label: str, graph_attrs: dict) -> Tables:
    """Raw tables from a graph parsed out of GraphML/GEXF (lists are split by the checks).

    An undirected graph is marked ``directed = False``. Where every node carries an ``id``
    attribute with distinct values (igraph moves the node ids there when it re-writes a
    file), those are the actor ids. An edge's id is its ``id`` attribute, else its XML id;
    edges without either get none (the plain-graph import numbers them). NaN, which
    igraph writes for a missing number, is a missing value (except in ``weight``).
    """
    tables = Tables(files=graph_files(label, graph="graph"))
    node_ids = [d.get("id") for _, d in H.nodes(data=True)]
    renamed = (
        len(node_ids) > 0
        and all(isinstance(i, (str, int)) and not isinstance(i, bool) for i in node_ids)
        and len({str(i) for i in node_ids}) == len(node_ids)
    )
    ident = {n: (str(d["id"]) if renamed else n) for n, d in H.nodes(data=True)}
    for i, (n, d) in enumerate(H.nodes(data=True), start=1):
        tables.actors.append((i, {**_no_nan(d), "id": ident[n]}))
    for i, (u, v, k, d) in enumerate(H.edges(keys=True, data=True), start=1):
        values = {**_no_nan(d), "source": ident[u], "target": ident[v]}
        if values.get("id") in (None, "") and isinstance(k, str):
            values["id"] = k
        tables.relations.append((i, values))
    edge_ids = [values.get("id") for _, values in tables.relations]
    present = [e for e in edge_ids if e not in (None, "")]
    # GraphML edge ids are optional. Where some edges have none, all are numbered afresh
    # (e1, e2, ... in file order). igraph re-writes a file with the vertex ids in the edges'
    # "id" attribute (the first edges get the first vertex ids, the rest none): dropped too.
    vertex_ids = [str(i) for i in node_ids] if renamed else []
    if len(present) < len(edge_ids) or (present and present == vertex_ids[: len(present)]):
        for _, values in tables.relations:
            values.pop("id", None)
    if not H.is_directed():
        graph_attrs = {**graph_attrs, "directed": False}
    tables.set_graph(graph_attrs, decode=_json_or_none)
    return tables


def _no_nan(d: dict) -> dict:
    return {k: v for k, v in d.items() if not (k != "weight" and isinstance(v, float) and v != v)}


def _json_or_none(text):
    try:
        return json.loads(text) if isinstance(text, str) else None
    except json.JSONDecodeError:
        return None


def read_graphml(path: Path, encoding: str = "utf-8") -> Tables:
    label = str(path)
    data = read_bytes(path, limit=xml_limit())
    refuse_dtd(data, label)
    try:
        H = nx.parse_graphml(data, node_type=str, edge_key_type=str, force_multigraph=True)
    except (nx.NetworkXError, ValueError, KeyError, TypeError) as exc:
        raise DatasetError([(label, None, None, f"not a readable GraphML graph: {exc}")]) from None
    _decoded_names(H)
    graph = {k: v for k, v in H.graph.items() if k not in ("node_default", "edge_default")}
    return tables_from_xml_graph(H, label, graph)


def graphml_bytes(G) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(_encoded_names(encode_for_xml(G)), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def write_graphml(G, path: Path) -> Path:
    with AtomicWriter() as out:
        out.add(Path(path), graphml_bytes(G))
    return Path(path)
