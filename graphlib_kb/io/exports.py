"""Export-only formats for the tools analysts use: Graphviz DOT, Mermaid and Kumu JSON."""

from __future__ import annotations

import json
from pathlib import Path

from ..layers import symmetric_types
from ..model import ordered_edges
from ._files import AtomicWriter

__all__ = [
    "dot_text",
    "mermaid_text",
    "kumu_data",
    "write_dot",
    "write_mermaid",
    "write_kumu",
    "camp_colors",
    "category_color",
]

_DASHED = {"alleged", "offered", "planned", "denied"}


def camp_colors(G) -> dict:
    """Actor -> colour, by camp, in the palette the diagrams use (grey without a camp); a
    graph without hand-coded camps is coloured by the camps inferred from its signs."""
    from ..balance import with_camps
    from ..plotting import _colors

    return _colors(with_camps(G), "camp")[0]


def category_color(category) -> str:
    from ..plotting import CATEGORY_STYLES

    return CATEGORY_STYLES.get(category, {"color": "#4d4d4d"})["color"]


def _dot_string(text) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot_text(G) -> str:
    """Graphviz DOT: actors coloured by camp (territories as boxes), relations labelled by type,
    coloured by category, dashed when alleged, offered, planned or denied, faded when historical."""
    lines = [
        "digraph graphlib_kb {",
        "  graph [rankdir=LR, fontname=Helvetica, overlap=false];",
        "  node [fontname=Helvetica, style=filled, fontcolor=white];",
        "  edge [fontname=Helvetica, fontsize=9];",
    ]
    if G.graph.get("title"):
        lines.insert(2, f"  label={_dot_string(G.graph['title'])};")
    colors = camp_colors(G)
    symmetric = symmetric_types(G)
    for n, d in G.nodes(data=True):
        attrs = {"label": d.get("name", n), "fillcolor": colors[n], "tooltip": d.get("kind", "")}
        if d.get("kind") == "territory":
            attrs.update(shape="box", fillcolor="#f0e6d2", fontcolor="black")
        body = ", ".join(f"{k}={_dot_string(v)}" for k, v in attrs.items())
        lines.append(f"  {_dot_string(n)} [{body}];")
    for u, v, k, d in ordered_edges(G):
        style = "dashed" if d.get("status") in _DASHED else "solid"
        color = category_color(d.get("category"))
        if d.get("status") == "historical":
            color += "80"
        attrs = {
            "label": d.get("type", ""),
            "color": color,
            "fontcolor": color,
            "style": style,
            "tooltip": d.get("evidence", ""),
            "id": k,
        }
        if d.get("type") in symmetric:
            attrs["dir"] = "both"
        body = ", ".join(f"{a}={_dot_string(b)}" for a, b in attrs.items())
        lines.append(f"  {_dot_string(u)} -> {_dot_string(v)} [{body}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_label(text) -> str:
    replacements = {
        "&": "#amp;",
        '"': "#quot;",
        "<": "#lt;",
        ">": "#gt;",
        "|": "#124;",
        "\n": " ",
        "[": "#91;",
        "]": "#93;",
        "{": "#123;",
        "}": "#125;",
    }
    return '"' + "".join(replacements.get(c, c) for c in str(text)) + '"'


def mermaid_text(G) -> str:
    """A Mermaid flowchart (renders in GitHub and GitLab Markdown): dotted arrows for relations
    that are not asserted, thick arrows for control and armed conflict."""
    ids = {n: f"a{i}" for i, n in enumerate(G)}
    lines = ["flowchart LR"]
    for n, d in G.nodes(data=True):
        label = _mermaid_label(d.get("name", n))
        shape = f"[{label}]" if d.get("kind") == "territory" else f"({label})"
        lines.append(f"  {ids[n]}{shape}")
    for u, v, _, d in ordered_edges(G):
        label = _mermaid_label(d.get("type", ""))
        if d.get("status", "asserted") != "asserted":
            arrow = f"-. {label} .->"
        elif d.get("category") in ("control", "conflict", "coercion"):
            arrow = f"== {label} ==>"
        else:
            arrow = f"-- {label} -->"
        lines.append(f"  {ids[u]} {arrow} {ids[v]}")
    colors = camp_colors(G)
    for n in G:
        if G.nodes[n].get("kind") != "territory":
            lines.append(f"  style {ids[n]} fill:{colors[n]},color:#ffffff")
    return "\n".join(lines) + "\n"


def kumu_data(G) -> dict:
    """Kumu's JSON import: ``elements`` (label, type, description, tags) and ``connections``
    (from, to, type, direction, description, tags). Kumu joins connections to elements by label,
    so labels are the actor names, made unique with the actor id where two actors share a name.
    A graph without hand-coded camps is tagged with the camps inferred from its signs."""
    from ..balance import with_camps

    G = with_camps(G)
    names = {}
    seen: dict = {}
    for n, d in G.nodes(data=True):
        seen.setdefault(d.get("name", str(n)), []).append(n)
    for n, d in G.nodes(data=True):
        name = d.get("name", str(n))
        names[n] = name if len(seen[name]) == 1 else f"{name} ({n})"
    elements = []
    for n, d in G.nodes(data=True):
        element = {"label": names[n], "type": d.get("kind", ""), "id": str(n)}
        if d.get("description"):
            element["description"] = d["description"]
        tags = [t for t in (d.get("camp"),) if t]
        if tags:
            element["tags"] = tags
        if d.get("aliases"):
            element["aliases"] = list(d["aliases"])
        elements.append(element)
    connections = []
    symmetric = symmetric_types(G)
    for u, v, k, d in ordered_edges(G):
        connection = {
            "from": names[u],
            "to": names[v],
            "type": d.get("type", ""),
            "direction": "mutual" if d.get("type") in symmetric else "directed",
            "id": str(k),
            "tags": [t for t in (d.get("category"), d.get("status")) if t],
        }
        if d.get("evidence"):
            connection["description"] = d["evidence"]
        if d.get("date"):
            connection["date"] = d["date"]
        connections.append(connection)
    return {"elements": elements, "connections": connections}


def _write(path, text: str) -> Path:
    with AtomicWriter() as out:
        out.add(Path(path), text.encode("utf-8"))
    return Path(path)


def write_dot(G, path) -> Path:
    return _write(path, dot_text(G))


def write_mermaid(G, path) -> Path:
    return _write(path, mermaid_text(G))


def write_kumu(G, path) -> Path:
    return _write(path, json.dumps(kumu_data(G), indent=2, ensure_ascii=False) + "\n")
