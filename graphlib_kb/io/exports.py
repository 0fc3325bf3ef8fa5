"""Export-only formats for the tools analysts use: Graphviz DOT, Mermaid and Kumu JSON."""

from __future__ import annotations

import json
from pathlib import Path

from ..files import AtomicWriter
from ..layers import symmetric_types
from ..model import ordered_edges
from ..styles import _colors, category_color

__all__ = [
    "contrast_ratio",
    "text_color",
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
_TERRITORY_FILL = "#f0e6d2"


def camp_colors(G) -> dict:
    """Actor -> colour, by camp, in the palette the diagrams use (grey without a camp); a
    graph without hand-coded camps is coloured by the camps inferred from its signs."""
    from ..balance import with_camps

    return _colors(with_camps(G), "camp")[0]


def _luminance(color: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour."""
    color = color.lstrip("#")[:6]
    channels = []
    for i in (0, 2, 4):
        c = int(color[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours, from 1 to 21 (AA text needs 4.5).

    Examples
    --------
    >>> from graphlib_kb.io.exports import contrast_ratio
    >>> round(contrast_ratio("#ffffff", "#d9d9d9"), 2), round(contrast_ratio("#000000", "#ffffff"))
    (1.41, 21)
    """
    hi, lo = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_color(fill: str) -> str:
    """Black or white, whichever reads better on *fill*; either way at least 4.58:1, above
    WCAG AA's 4.5:1 for text."""
    white, black = contrast_ratio("#ffffff", fill), contrast_ratio("#000000", fill)
    return "#ffffff" if white >= black else "#000000"


def _label_color(color: str) -> str:
    """*color* darkened until it reads as text on white (4.5:1), for edge labels."""
    color = color.lstrip("#")[:6]
    rgb = [int(color[i : i + 2], 16) for i in (0, 2, 4)]
    hexed = "#" + color
    while contrast_ratio(hexed, "#ffffff") < 4.5:
        rgb = [int(c * 0.9) for c in rgb]
        hexed = "#" + "".join(f"{c:02x}" for c in rgb)
    return hexed


def _dot_string(text) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot_text(G) -> str:
    """Graphviz DOT: actors coloured by camp (territories as boxes), relations labelled by type,
    coloured by category, dashed when alleged, offered, planned or denied, faded when historical."""
    lines = [
        "digraph graphlib_kb {",
        "  graph [rankdir=LR, fontname=Helvetica, overlap=false];",
        "  node [fontname=Helvetica, style=filled];",
        "  edge [fontname=Helvetica, fontsize=9];",
    ]
    if G.graph.get("title"):
        lines.insert(2, f"  label={_dot_string(G.graph['title'])};")
    colors = camp_colors(G)
    symmetric = symmetric_types(G)
    for n, d in G.nodes(data=True):
        fill = _TERRITORY_FILL if d.get("kind") == "territory" else colors[n]
        attrs = {
            "label": d.get("name", n),
            "fillcolor": fill,
            "fontcolor": text_color(fill),
            "tooltip": d.get("kind", ""),
        }
        if d.get("kind") == "territory":
            attrs["shape"] = "box"
        body = ", ".join(f"{k}={_dot_string(v)}" for k, v in attrs.items())
        lines.append(f"  {_dot_string(n)} [{body}];")
    for u, v, k, d in ordered_edges(G):
        style = "dashed" if d.get("status") in _DASHED else "solid"
        color = category_color(d.get("category"))
        # Labels are text on the white page: a darker shade where the line colour is too light.
        fontcolor = _label_color(color)
        if d.get("status") == "historical":
            color += "80"
        attrs = {
            "label": d.get("type", ""),
            "color": color,
            "fontcolor": fontcolor,
            "style": style,
            "tooltip": d.get("evidence", ""),
            "id": k,
        }
        if G.graph.get("directed") is False:
            attrs["dir"] = "none"
        elif d.get("type") in symmetric:
            attrs["dir"] = "both"
        body = ", ".join(f"{a}={_dot_string(b)}" for a, b in attrs.items())
        lines.append(f"  {_dot_string(u)} -> {_dot_string(v)} [{body}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_label(text) -> str:
    # Mermaid reads "#...;" as an entity code, so "#" itself is written as one.
    replacements = {
        "#": "#35;",
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
        if G.graph.get("directed") is False:
            arrow = f"-- {label} ---"
        elif d.get("status", "asserted") != "asserted":
            arrow = f"-. {label} .->"
        elif d.get("category") in ("control", "conflict", "coercion"):
            arrow = f"== {label} ==>"
        else:
            arrow = f"-- {label} -->"
        lines.append(f"  {ids[u]} {arrow} {ids[v]}")
    colors = camp_colors(G)
    for n in G:
        fill = _TERRITORY_FILL if G.nodes[n].get("kind") == "territory" else colors[n]
        lines.append(f"  style {ids[n]} fill:{fill},color:{text_color(fill)},stroke:#333333")
    return "\n".join(lines) + "\n"


def _kumu_ids(G) -> tuple[dict, dict]:
    """Element and connection ids for Kumu: unique across both, without '_' (actor 'lachin_corridor'
    -> 'lachin-corridor'); a clash gets '-2', '-3' ..."""
    taken: set = set()

    def make(text) -> str:
        base = str(text).replace("_", "-")
        ident, n = base, 1
        while ident in taken:
            n += 1
            ident = f"{base}-{n}"
        taken.add(ident)
        return ident

    elements = {n: make(n) for n in G}
    connections = {k: make(k) for _, _, k, _ in ordered_edges(G)}
    return elements, connections


def kumu_data(G) -> dict:
    """Kumu's JSON import: ``elements`` (id, label, type, description, tags) and ``connections``
    (id, from, to, type, direction, description, tags). Connections join elements by element
    id, as Kumu's import requires once elements have ids; ids are unique across elements and
    connections and use '-' where actor and relation ids have '_'. A graph without hand-coded
    camps is tagged with the camps inferred from its signs."""
    from ..balance import with_camps

    G = with_camps(G)
    element_ids, connection_ids = _kumu_ids(G)
    elements = []
    for n, d in G.nodes(data=True):
        element = {"id": element_ids[n], "label": d.get("name", str(n)), "type": d.get("kind", "")}
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
    undirected = G.graph.get("directed") is False
    for u, v, k, d in ordered_edges(G):
        connection = {
            "id": connection_ids[k],
            "from": element_ids[u],
            "to": element_ids[v],
            "type": d.get("type", ""),
            "direction": "undirected"
            if undirected
            else "mutual"
            if d.get("type") in symmetric
            else "directed",
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
