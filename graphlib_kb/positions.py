"""Node positions for diagrams: the camps layout (parties left and right, mediators in the
middle, territories along the bottom) and networkx's layouts, scaled into the unit square.

Shared by :func:`graphlib_kb.plot`, the interactive view and the GEXF export, so that an actor
sits in the same place in each.
"""

from __future__ import annotations

import networkx as nx
import numpy as np

from .errors import UsageError

__all__ = ["LAYOUTS", "layout_positions", "strip_actors", "STRIP_GAP", "node_values"]

#: The layouts :func:`layout_positions` knows (node positions; not the event-file layouts of
#: :mod:`graphlib_kb.events`).
LAYOUTS = ("camps", "spring", "kamada_kawai", "circular", "shell")


def _mediators(G) -> set:
    return {
        u
        for u, v, d in G.edges(data=True)
        if d.get("category") == "mediation" and d.get("sign", 1) > 0
    }


def layout_positions(G, layout: str = "camps", seed: int = 0) -> dict:
    """Node positions for a diagram, scaled into the unit square.

    Actors without relations of their own (:func:`strip_actors`) are lined up
    in a strip below the diagram, whatever the layout.

    ``camps`` gives each camp its own column — the largest camp of the parties
    on the left, the second on the right, the camp of the mediators (and
    actors without a camp that mediate) in the middle — with territories along
    the bottom and other actors without a camp along the top; within a column,
    actors are ordered next to the actors they relate to. Its coordinates are
    not rescaled. A graph where no actor has a camp (as built from event data)
    has no columns to draw: ``camps`` then places the related actors with
    ``kamada_kawai`` and lines up the actors without relations (parents named
    only by their units) along the bottom. The other layouts are networkx's,
    seeded, scaled into the unit square.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> pos = gk.layout_positions(gk.load_dataset("karabakh-2023"), "camps")
    >>> pos["arm"][0] < pos["eu"][0] < pos["aze"][0]
    True
    """
    if layout not in LAYOUTS:
        raise UsageError(f"unknown layout '{layout}'; choose one of: {', '.join(LAYOUTS)}")
    nodes = list(G)
    if not nodes:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from((u, v) for u, v in G.edges() if u != v)
    alone = [n for n in nodes if simple.degree(n) == 0]
    if alone and len(alone) < len(nodes):
        linked = [n for n in nodes if simple.degree(n) > 0]
        pos = layout_positions(G.subgraph(linked), layout, seed)
        return {**pos, **_strip(pos, alone)}
    if layout == "camps" and not any(G.nodes[n].get("camp") for n in nodes):
        from .balance import with_camps

        G = with_camps(G)  # camps inferred from the signs, where there are signed ties
        if not any(G.nodes[n].get("camp") for n in nodes):
            return _campless_layout(simple, nodes)
    if layout == "spring":
        pos = nx.spring_layout(simple, seed=seed)
    elif layout == "kamada_kawai":
        pos = nx.kamada_kawai_layout(simple) if len(nodes) > 1 else {nodes[0]: (0.0, 0.0)}
    elif layout == "circular":
        pos = nx.circular_layout(simple)
    elif layout == "shell":
        camps = {}
        for n in nodes:
            camps.setdefault(str(G.nodes[n].get("camp")), []).append(n)
        pos = nx.shell_layout(simple, nlist=[camps[c] for c in sorted(camps)])
    else:
        return _camps_layout(G, simple, seed)
    return _into_box(pos, nodes)


#: How far below the lowest actor the strip of actors without relations lies.
STRIP_GAP = 0.16


def _strip(pos, alone) -> dict:
    """A row below the diagram for actors without relations of their own (parents named only
    through their members, say), so that they do not sit among the relations."""
    xs = [p[0] for p in pos.values()]
    y = min(p[1] for p in pos.values()) - STRIP_GAP
    lo, hi = min(xs), max(xs)
    step = min((hi - lo) / max(len(alone), 1), 0.2) if hi > lo else 0.2
    start = lo + step / 2
    return {n: (float(start + i * step), float(y)) for i, n in enumerate(sorted(alone, key=str))}


def strip_actors(G) -> list:
    """Actors without relations of their own, which diagrams draw in a strip below the rest.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.plotting import strip_actors
    >>> strip_actors(gk.load_dataset("karabakh-2023"))
    ['aze_mfa', 'eu_council', 'red_cross']
    """
    linked = {n for u, v in G.edges() if u != v for n in (u, v)}
    return sorted((n for n in G if n not in linked), key=str)


def _into_box(pos, nodes, bottom: float = 0.05) -> dict:
    """Positions scaled into [0.05, 0.95] across and [bottom, 0.95] up."""
    xy = np.array([pos[n] for n in nodes], dtype=float)
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = np.where(hi - lo > 0, hi - lo, 1.0)
    xy = np.array([0.05, bottom]) + np.array([0.9, 0.95 - bottom]) * (xy - lo) / span
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy, strict=True)}


def _campless_layout(simple, nodes) -> dict:
    """kamada_kawai for the actors with relations, a row along the bottom for the others."""
    alone = [n for n in nodes if simple.degree(n) == 0]
    linked = [n for n in nodes if simple.degree(n) > 0]
    out = {}
    if linked:
        sub = simple.subgraph(linked)
        pos = nx.kamada_kawai_layout(sub) if len(linked) > 1 else {linked[0]: (0.0, 0.0)}
        out.update(_into_box(pos, linked, bottom=0.2 if alone else 0.05))
    for i, n in enumerate(sorted(alone, key=str)):
        out[n] = (float(0.05 + 0.9 * (i + 0.5) / len(alone)), 0.05)
    return out


def _camps_layout(G, simple, seed):
    """Columns: the two largest party camps left and right, mediators in the middle, territories
    along the bottom, actors without a camp along the top; within each column actors are
    ordered to put them near the actors they relate to (barycentre sweeps)."""
    mediators = _mediators(G)
    camp_of = {n: G.nodes[n].get("camp") for n in G}
    territory = {n for n in G if G.nodes[n].get("kind") == "territory"}
    sizes: dict = {}
    for n, c in camp_of.items():
        if c is not None and n not in territory:
            sizes[c] = sizes.get(c, 0) + 1
    mediator_camps = {camp_of[n] for n in mediators if camp_of[n] is not None}
    party_camps = sorted(
        (c for c in sizes if c not in mediator_camps), key=lambda c: (-sizes[c], str(c))
    )[:2]
    columns: dict = {"left": [], "middle": [], "right": [], "bottom": [], "top": []}
    for n in G:
        c = camp_of[n]
        if n in territory:
            columns["bottom"].append(n)
        elif c in party_camps:
            columns["left" if c == party_camps[0] else "right"].append(n)
        elif c is not None or n in mediators:
            columns["middle"].append(n)
        else:
            columns["top"].append(n)
    # Initial order: by degree, most connected in the middle of the column.
    degree = dict(simple.degree())
    for key, members in columns.items():
        members.sort(key=lambda n: (-degree[n], str(n)))
        centred = []
        for i, n in enumerate(members):
            (centred.append if i % 2 else centred.insert)(*((n,) if i % 2 else (0, n)))
        columns[key] = centred

    def place():
        pos = {}
        spans = {"left": (0.13, 0.2, 0.97), "middle": (0.5, 0.2, 0.97), "right": (0.87, 0.2, 0.97)}
        for key, (x, y0, y1) in spans.items():
            members = columns[key]
            for i, n in enumerate(members):
                y = y1 - (y1 - y0) * (i + 0.5) / max(len(members), 1)
                wiggle = (0.06 if i % 2 else -0.06) if len(members) > 5 else 0.0
                pos[n] = (x + wiggle, y)
        for key, y in (("bottom", 0.05), ("top", 1.04)):
            members = columns[key]
            for i, n in enumerate(members):
                pos[n] = (0.25 + 0.5 * (i + 0.5) / max(len(members), 1), y)
        return pos

    pos = place()
    for _ in range(4):  # barycentre sweeps: sort each column by its neighbours' heights
        for key in ("left", "middle", "right"):
            own = set(columns[key])

            def bary(n, pos=pos, own=own):
                ys = [pos[m][1] for m in simple[n] if m in pos and m not in own]
                return (-(sum(ys) / len(ys)) if ys else -pos[n][1], str(n))

            columns[key].sort(key=bary)
        pos = place()
    return pos


def node_values(G, size_by) -> dict | None:
    """Actor -> the number that sizes it: a centrality measure's name (missing values 0), an
    actor attribute's name, or a mapping; ``None`` for none. Shared by :func:`graphlib_kb.plot`
    (``size_by=``) and the GEXF export (PageRank), so that both size actors alike.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.positions import node_values
    >>> rank = node_values(gk.load_dataset("karabakh-2023"), "pagerank")
    >>> round(sum(rank.values()), 6)
    1.0
    """
    if size_by is None:
        return None
    if isinstance(size_by, str):
        from .centrality import MEASURES, centrality

        if size_by in MEASURES:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                column = centrality(G, measures=[size_by])[size_by]
            return column.fillna(0).to_dict()
        return {n: float(G.nodes[n].get(size_by, 0) or 0) for n in G}
    return {n: float(size_by.get(n, 0) or 0) for n in G}
