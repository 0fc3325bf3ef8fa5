"""Test helpers: strict graph comparison and small valid inputs."""

import networkx as nx


def typed(value):
    """A value with its type, recursively, so that 1, 1.0 and True compare unequal."""
    if isinstance(value, dict):
        return ("dict", tuple((k, typed(v)) for k, v in sorted(value.items())))
    if isinstance(value, (list, tuple)):
        return ("list", tuple(typed(v) for v in value))
    return (type(value).__name__, value)


def assert_identical(G: nx.MultiDiGraph, H: nx.MultiDiGraph, check_graph=True):
    """Same nodes, edges, keys, attribute values and attribute types."""
    assert isinstance(H, nx.MultiDiGraph)
    assert {typed(n) for n in G} == {typed(n) for n in H}
    for n, data in G.nodes(data=True):
        assert typed(data) == typed(H.nodes[n]), f"node {n!r}"
    ge = {(typed(u), typed(v), typed(k)): typed(d) for u, v, k, d in G.edges(keys=True, data=True)}
    he = {(typed(u), typed(v), typed(k)): typed(d) for u, v, k, d in H.edges(keys=True, data=True)}
    assert ge.keys() == he.keys()
    for key in ge:
        assert ge[key] == he[key], f"edge {key}"
    if check_graph:
        assert typed(G.graph) == typed(H.graph)


ACTORS_CSV = """id,name,kind,parent
aze,Azerbaijan,state,
arm,Armenia,state,
eu,European Union,igo,
"""
RELATIONS_CSV = """id,source,target,type,date,status,evidence
r1,eu,aze,mediate,2023-07-15,asserted,The EU mediated.
r2,eu,arm,mediate,2023-07-15,asserted,The EU mediated.
"""


def write_flat(folder, actors=ACTORS_CSV, relations=RELATIONS_CSV, encoding="utf-8"):
    """A flat relations CSV with its actors CSV beside it; returns the relations path."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "g.actors.csv").write_bytes(actors.encode(encoding))
    path = folder / "g.csv"
    path.write_bytes(relations.encode(encoding))
    return path
