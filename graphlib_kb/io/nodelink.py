"""Node-link JSON (the layout of ``networkx.node_link_data``, read by D3)."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import DatasetError, UsageError
from ..files import AtomicWriter, decode, read_bytes
from ..model import ordered_edges
from ..schema import Tables, graph_files

__all__ = ["read_nodelink", "write_nodelink", "write_d3"]


def _reject_constant(name):
    raise ValueError(f"{name} is not allowed in JSON")


def read_nodelink(path: Path, encoding: str = "utf-8") -> Tables:
    label = str(path)
    text = decode(read_bytes(path), label, encoding)
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise DatasetError([(label, exc.lineno, None, f"not valid JSON: {exc.msg}")]) from None
    except ValueError as exc:
        raise DatasetError([(label, None, None, f"not valid JSON: {exc}")]) from None
    if not isinstance(data, dict):
        raise DatasetError([(label, None, None, "expected a JSON object with nodes and edges")])
    problems = []
    edges_key = "edges" if "edges" in data else "links"
    nodes, edges = data.get("nodes"), data.get(edges_key)
    graph = data.get("graph", {})
    for name, value, kind in (
        ("nodes", nodes, list),
        ("edges", edges, list),
        ("graph", graph, dict),
    ):
        if not isinstance(value, kind):
            problems.append(
                (label, None, name, f"expected a JSON {kind.__name__.replace('dict', 'object')}")
            )
    if problems:
        raise DatasetError(problems)
    tables = Tables(files=graph_files(label, graph="graph"))
    for table, items, what in ((tables.actors, nodes, "node"), (tables.relations, edges, "edge")):
        for i, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                raise DatasetError([(label, i, None, f"{what} {i} is not a JSON object")])
            values = dict(item)
            if what == "edge" and "key" in values:
                values["id"] = values.pop("key")
            table.append((i, values))
    if data.get("directed") is False:
        graph = {**graph, "directed": False}
    tables.set_graph(graph)
    return tables


def nodelink_bytes(G, edges: str = "edges") -> bytes:
    """Node-link JSON; the relations go under *edges* ("edges", as networkx >= 3.4 writes,
    or "links", the key D3's force examples and older networkx read)."""
    if edges not in ("edges", "links"):
        raise UsageError(f"edges must be 'edges' or 'links', got {edges!r}")
    data = {
        "directed": G.graph.get("directed") is not False,
        "multigraph": True,
        "graph": dict(G.graph),
        "nodes": [{"id": n, **d} for n, d in G.nodes(data=True)],
        edges: [{"source": u, "target": v, "key": k, **d} for u, v, k, d in ordered_edges(G)],
    }
    return (json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")


def write_nodelink(G, path: Path, edges: str = "edges") -> Path:
    with AtomicWriter() as out:
        out.add(Path(path), nodelink_bytes(G, edges))
    return Path(path)


def write_d3(G, path: Path) -> Path:
    """Node-link JSON with the relations under ``links``, as D3's force layout binds them."""
    return write_nodelink(G, path, edges="links")
