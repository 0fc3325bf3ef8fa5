"""Relationship diagrams in the notation of conflict mapping, adapted to typed relations."""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd

from .errors import UsageError

__all__ = [
    "plot",
    "plot_centrality",
    "plot_mediators",
    "save_figure",
    "diagram_figure",
    "layout_positions",
    "CATEGORY_STYLES",
    "LAYOUTS",
]

# Styles, colour groups and node positions live in the lower modules `styles` and `positions`
# (the GEXF and DOT exports use them too); they stay importable from here.
from .positions import LAYOUTS, STRIP_GAP, layout_positions, strip_actors  # noqa: F401
from .positions import node_values as _node_values
from .styles import (  # noqa: F401
    _DEFAULT_STYLE,
    _NO_GROUP,
    _OTHER,
    _PALETTE,
    CATEGORY_STYLES,
    MAX_COLOR_GROUPS,
    STATUS_STYLES,
    _colors,
    color_groups,
    group_label,
)

# ---------------------------------------------------------------------------------- geometry


def _bezier(p0, p1, p2, t):
    t = np.asarray(t)[:, None]
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t**2 * p2


def _zigzag(points, amplitude, waves_per_unit=40.0):
    """A zigzag along a polyline; the last tenth stays straight so an arrowhead points true."""
    seg = np.diff(points, axis=0)
    lengths = np.hypot(*seg.T)
    total = lengths.sum()
    if total == 0:
        return points
    n = max(int(total * waves_per_unit) * 2, 4)
    s = np.linspace(0, total, n + 1)
    cum = np.concatenate([[0], np.cumsum(lengths)])
    x = np.interp(s, cum, points[:, 0])
    y = np.interp(s, cum, points[:, 1])
    tangent = np.gradient(np.stack([x, y], axis=1), axis=0)
    norm = np.hypot(*tangent.T)
    norm[norm == 0] = 1
    normal = np.stack([-tangent[:, 1], tangent[:, 0]], axis=1) / norm[:, None]
    sign = np.where(np.arange(n + 1) % 2 == 0, 0.0, np.where(np.arange(n + 1) % 4 == 1, 1, -1))
    straight = s > 0.9 * total
    sign[straight] = 0
    sign[0] = 0
    return np.stack([x, y], axis=1) + normal * (sign * amplitude)[:, None]


def _unit(angle):
    return np.array([math.cos(angle), math.sin(angle)])


def _spread_angles(angles, min_gap):
    """Angles moved as little as possible (least squares) so that neighbours are at least
    ``min_gap`` apart around the circle; their order is kept. Deterministic."""
    n = len(angles)
    if n < 2:
        return list(angles)
    min_gap = min(min_gap, 2 * math.pi / n)
    a = np.mod(np.asarray(angles, dtype=float), 2 * math.pi)
    order = np.lexsort((np.arange(n), a))
    sorted_a = a[order]
    gaps = np.diff(np.concatenate([sorted_a, [sorted_a[0] + 2 * math.pi]]))
    cut = (int(np.argmax(gaps)) + 1) % n  # open the circle at its widest gap
    seq = np.roll(sorted_a, -cut)
    seq = np.where(np.arange(n) >= n - cut, seq + 2 * math.pi, seq) if cut else seq
    # isotonic regression (pool adjacent violators) of seq - i * gap, then add the gaps back
    shifted = seq - np.arange(n) * min_gap
    blocks = []  # [sum, count]
    for value in shifted:
        blocks.append([value, 1])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    fitted = np.concatenate([[t / c] * c for t, c in blocks]) + np.arange(n) * min_gap
    out = np.empty(n)
    out[np.roll(order, -cut)] = fitted
    return out.tolist()


def place_labels(boxes, anchors, obstacles, points, limits, pad=0.004):
    """Place each label next to its actor, clear of actors, relations and other labels.

    A greedy search over candidate spots (below, above, right, left, the four
    diagonals, each at two distances), label by label in the given order
    (the biggest actors first): each spot costs 10000 for every actor disc or
    earlier label it overlaps, 50 for every relation point inside it, and
    1000000 if it leaves ``limits``; the cheapest wins, ties going to the
    earlier spot (below first). Deterministic.

    Parameters
    ----------
    boxes : list of (width, height)
        Label sizes, in data units.
    anchors : list of (x, y, r)
        Each label's actor: centre and radius.
    obstacles : array of shape (m, 3)
        Discs (x, y, r) that no label may cover (all actors).
    points : array of shape (p, 2)
        Points along the drawn relations.
    limits : (x0, x1, y0, y1)
        The drawing area.

    Returns
    -------
    list of (x, y)
        The centre of each label.

    Examples
    --------
    >>> import numpy as np
    >>> from graphlib_kb.plotting import place_labels
    >>> discs = np.array([[0.5, 0.5, 0.05], [0.5, 0.35, 0.05]])
    >>> place_labels([(0.2, 0.04)], [(0.5, 0.5, 0.05)], discs, np.empty((0, 2)), (0, 1, 0, 1))
    [(0.5, 0.426)]
    """
    obstacles = np.asarray(obstacles, dtype=float).reshape(-1, 3)
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    x0, x1, y0, y1 = limits
    placed = []
    out = []
    for (w, h), (x, y, r) in zip(boxes, anchors, strict=True):
        best, best_cost = None, None
        for ring in (pad, 4 * pad + 0.02):
            d = r + ring
            spots = [
                (x, y - d - h / 2),
                (x, y + d + h / 2),
                (x + d + w / 2, y),
                (x - d - w / 2, y),
                (x + 0.7 * d + w / 2, y - 0.7 * d - h / 2),
                (x - 0.7 * d - w / 2, y - 0.7 * d - h / 2),
                (x + 0.7 * d + w / 2, y + 0.7 * d + h / 2),
                (x - 0.7 * d - w / 2, y + 0.7 * d + h / 2),
            ]
            for cx, cy in spots:
                left, right, bottom, top = cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2
                cost = 0.0
                if left < x0 or right > x1 or bottom < y0 or top > y1:
                    cost += 1e6
                if len(obstacles):
                    nx_ = np.clip(obstacles[:, 0], left, right)
                    ny_ = np.clip(obstacles[:, 1], bottom, top)
                    hit = np.hypot(nx_ - obstacles[:, 0], ny_ - obstacles[:, 1]) < obstacles[:, 2]
                    cost += 1e4 * int(hit.sum())
                for pl, pr, pb, pt in placed:
                    if left < pr and pl < right and bottom < pt and pb < top:
                        cost += 1e4
                if len(points):
                    inside = (
                        (points[:, 0] > left)
                        & (points[:, 0] < right)
                        & (points[:, 1] > bottom)
                        & (points[:, 1] < top)
                    )
                    cost += 50 * int(inside.sum())
                if best_cost is None or cost < best_cost:
                    best, best_cost = (cx, cy), cost
        placed.append((best[0] - w / 2, best[0] + w / 2, best[1] - h / 2, best[1] + h / 2))
        out.append((round(float(best[0]), 6), round(float(best[1]), 6)))
    return out


# ---------------------------------------------------------------------------------- plot


def plot(
    G,
    *,
    ax=None,
    layout: str = "camps",
    pos: dict | None = None,
    size_by="pagerank",
    color_by: str | None = "camp",
    labels: bool = True,
    legend: bool = True,
    seed: int = 0,
    title: str | None = None,
    font_size: float = 9.0,
    node_radius: float = 0.035,
    curvature: float = 0.12,
    min_gap: float = 12.0,
    legend_loc: str = "upper left",
):
    """Draw a relationship diagram of an actor-relationship graph.

    The notation follows conflict mapping (Fisher et al., *Working with
    Conflict*), adapted to typed relations: actors are circles sized by their
    importance and coloured by camp; territories are squares (they are not
    parties); every relation is drawn, parallel relations between one pair as
    separate curves. Mediation is a double green line, accusation a red zigzag
    arrow, war a dark zigzag line, control a thick dark arrow to the territory,
    denial a thin grey arrow back to the accuser; alleged, offered and planned
    relations are dashed, denied acts dotted, historical ones faded. The legend
    explains every symbol in the diagram.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    ax : matplotlib.axes.Axes, optional
        Axes to draw on (default: the current Axes).
    layout : {'camps', 'spring', 'kamada_kawai', 'circular', 'shell'}, default 'camps'
        ``camps`` gives each camp its own region with the mediators between them.
    pos : dict, optional
        Positions {actor: (x, y)}, overriding ``layout``.
    size_by : str, dict or None, default 'pagerank'
        A centrality measure, a numeric actor attribute, or a mapping actor -> value.
    color_by : str or None, default 'camp'
        An actor attribute (``camp`` or ``kind``) that colours the actors.
    labels, legend : bool, default True
        Draw actor names (below the nodes, with a white halo) and the legend.
    seed : int, default 0
        Seed of the layout: the same graph and seed give the same picture.
    title : str, optional
        Axes title (default: the graph's ``title``).
    font_size : float, default 9
        Size of actor labels.
    node_radius : float, default 0.035
        Radius of the largest actor, in axes units (the others are scaled down by
        ``size_by``).
    curvature : float, default 0.12
        Spacing of the curves of parallel relations between one pair of actors.
    min_gap : float, default 12
        Smallest angle, in degrees, between two relations meeting at one actor, so
        that arrowheads at a hub stay apart.
    legend_loc : str, default 'upper left'
        Where the legend is anchored, outside the plot on the right (a matplotlib
        legend location).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. Each relation is one artist whose ``get_gid()`` is
        ``"relation:<id>"``; each actor's shape has the gid ``"actor:<id>"``.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt, graphlib_kb as gk
    >>> fig, ax = plt.subplots(figsize=(16, 12))
    >>> ax = gk.plot(gk.load_dataset("karabakh-2023"), ax=ax)
    >>> sum(1 for p in ax.patches if (p.get_gid() or "").startswith("relation:"))
    39
    >>> plt.close(fig)
    """
    from .layers import without_rejected

    G = without_rejected(G)
    import matplotlib.pyplot as plt

    if ax is None:
        ax = plt.gca()
    node_radius = float(node_radius)
    curvature = float(curvature)
    min_gap_deg = float(min_gap)
    pos_from_layout = pos is None
    if color_by == "camp" or (pos is None and layout == "camps"):
        from .balance import with_camps

        G = with_camps(G)  # a graph without hand-coded camps: inferred from the signs
    if pos is None:
        pos = layout_positions(G, layout, seed)
    missing = [n for n in G if n not in pos]
    if missing:
        raise UsageError(
            f"no position for {len(missing)} actors: {', '.join(map(str, missing[:5]))}"
        )
    P = {n: np.asarray(pos[n], dtype=float) for n in G}

    values = _node_values(G, size_by)
    if values:
        top = max(values.values()) or 1.0
        radius = {n: node_radius * (0.45 + 0.55 * math.sqrt(max(values[n], 0) / top)) for n in G}
    else:
        radius = {n: node_radius * 0.7 for n in G}
    colors, palette, group_word = _colors(G, color_by)

    from .layers import is_undirected

    # An undirected graph's ties have no direction: no arrowheads, in the drawing or the legend.
    no_arrows = {"arrow": False} if is_undirected(G) else {}
    drawn, angle_of = _route_relations(G, P, curvature, min_gap_deg, radius)
    used_categories, used_statuses, edge_points = _draw_relations(
        ax, drawn, angle_of, P, radius, no_arrows
    )
    _draw_actors(ax, G, P, radius, colors)
    limits = _frame(ax, G, P, node_radius, font_size, pos_from_layout)
    if labels:
        _draw_labels(ax, G, P, radius, edge_points, limits, font_size)
    heading = title if title is not None else G.graph.get("title")
    if heading:
        _fit_title(ax, ax.set_title(heading, fontsize=font_size + 4, loc="left"))
    if legend:
        _draw_legend(
            ax,
            G,
            used_categories=used_categories,
            used_statuses=used_statuses,
            no_arrows=no_arrows,
            palette=palette,
            colors=colors,
            group_word=group_word,
            size_by=size_by if values else None,
            legend_loc=legend_loc,
            font_size=font_size,
        )
    return ax


def _route_relations(G, P, curvature, min_gap_deg, radius=None):
    """Where each relation runs: ``(drawn, angle_of)``.

    ``drawn`` lists ``(u, v, key, data, control point)``, parallel relations between one pair
    fanning out as separate curves, bent around any other actor that a straight line would pass
    under (so that no relation seems to leave an actor it only passes); ``angle_of[(i, end)]``
    is the angle at which relation *i* meets its source (``end`` 0) or target (1), spread so
    that arrowheads at a hub stay apart.
    """
    # relations, grouped by unordered pair so that parallels fan out
    pairs: dict = {}
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: str(e[2])):
        if u == v:
            continue
        a, b = sorted((u, v), key=str)
        pairs.setdefault((a, b), []).append((u, v, k, d))
    drawn = []  # (u, v, k, d, control)
    discs = None
    if radius:
        names = list(P)
        discs = (
            np.array(names, dtype=object),
            np.array([P[n] for n in names], dtype=float).reshape(-1, 2),
            np.array([radius[n] for n in names], dtype=float),
        )
    for (a, b), rels in pairs.items():
        pa, pb = P[a], P[b]
        base = pb - pa
        length = float(np.hypot(*base)) or 1e-9
        normal = np.array([-base[1], base[0]]) / length
        count = len(rels)
        bend = _detour(discs, pa, base, a, b, normal, length) if discs is not None else 0.0
        offsets = [(i - (count - 1) / 2) * curvature + bend for i in range(count)]
        for (u, v, k, d), off in zip(rels, offsets, strict=True):
            drawn.append((u, v, k, d, (pa + pb) / 2 + normal * off * length))
    # where each relation meets its two actors: spread around the actor, so that the ends (and
    # arrowheads) of many relations at a hub do not pile up on one another
    ends: dict = {}
    for i, (u, v, _k, _d, control) in enumerate(drawn):
        for node, end in ((u, 0), (v, 1)):
            vec = control - P[node]
            if not np.any(vec):
                vec = P[v if end == 0 else u] - P[node]
            ends.setdefault(node, []).append((math.atan2(vec[1], vec[0]), i, end))
    angle_of = {}
    for items in ends.values():
        spread = _spread_angles([a for a, *_ in items], min_gap=math.radians(min_gap_deg))
        for (_, i, end), angle in zip(items, spread, strict=True):
            angle_of[(i, end)] = angle
    return drawn, angle_of


def _detour(discs, pa, base, a, b, normal, length) -> float:
    """How far (as a share of the pair's distance) the curves between *a* and *b* bend so that
    they clear every other actor whose disc the straight line would cross; 0 when none does.
    *discs*: the actors' names, centres and radii as arrays, so that a large graph costs one
    vectorised step a pair; *pa*, *base*: the line's start and its vector from *a* to *b*."""
    names, xy, r = discs
    rel = xy - pa
    t = rel @ base / (length * length)
    side = rel @ normal  # signed distance from the line
    clear = r * 1.6
    hit = (t > 0.1) & (t < 0.9) & (np.abs(side) < clear) & (names != a) & (names != b)
    if not hit.any():
        return 0.0
    # bend away from each actor, to its far side, by the missing clearance at its point of the
    # curve (a quadratic curve moves 2t(1-t) of the way to its control point)
    th, sh = t[hit], side[hit]
    missing = (clear[hit] - np.abs(sh)) / (2 * th * (1 - th))
    shift = np.where(sh >= 0, -missing, missing)
    return float(shift[np.argmax(np.abs(shift))]) / length


def _draw_relations(ax, drawn, angle_of, P, radius, no_arrows):
    """Draw each routed relation as one patch in its category's and status's style.

    Returns ``(used_categories, used_statuses, edge_points)``: what the legend explains, in
    order of first use, and each curve's points (labels keep clear of them).
    """
    import matplotlib.patheffects as pe
    from matplotlib.patches import FancyArrowPatch
    from matplotlib.path import Path as MplPath

    used_categories, used_statuses = [], []
    edge_points = []
    for i, (u, v, k, d, control) in enumerate(drawn):
        cat = d.get("category")
        style = {**CATEGORY_STYLES.get(cat, _DEFAULT_STYLE), **no_arrows}
        status = d.get("status", "asserted")
        sstyle = STATUS_STYLES.get(status, {"dash": None, "alpha": 1.0})
        if cat not in used_categories:
            used_categories.append(cat)
        if status in STATUS_STYLES and status not in used_statuses:
            used_statuses.append(status)
        start = P[u] + radius[u] * 1.15 * _unit(angle_of[(i, 0)])
        end = P[v] + radius[v] * 1.25 * _unit(angle_of[(i, 1)])
        pts = _bezier(start, control, end, np.linspace(0, 1, 41))
        if style["line"] == "zigzag":
            pts = _zigzag(pts, amplitude=0.006 + 0.001 * style["width"])
        edge_points.append(pts)
        codes = [MplPath.MOVETO] + [MplPath.LINETO] * (len(pts) - 1)
        path = MplPath(pts, codes)
        linestyle = sstyle["dash"] or ("dotted" if style["line"] == "dotted" else "solid")
        effects = None
        color = style["color"]
        width = style["width"]
        if style["line"] == "double":
            effects = [pe.Stroke(linewidth=width * 3.2, foreground=color), pe.Normal()]
            color, width = "white", width * 0.9
        artist = FancyArrowPatch(
            path=path,
            arrowstyle="-|>" if style["arrow"] else "-",
            mutation_scale=9 + 2.5 * style["width"],
            color=color,
            linewidth=width,
            linestyle=linestyle,
            alpha=sstyle["alpha"],
            zorder=2,
            capstyle="round",
            joinstyle="round",
        )
        if effects:
            artist.set_path_effects(effects)
        artist.set_gid(f"relation:{k}")
        artist.graphlib_kb_relation = (u, v, k)
        artist.graphlib_kb_ends = (pts[0], pts[-1])
        ax.add_patch(artist)
    return used_categories, used_statuses, edge_points


def _draw_actors(ax, G, P, radius, colors):
    """Draw each actor: a circle in its group's colour, a hatched square for a territory."""
    from matplotlib.patches import Circle, Rectangle

    for n in G:
        x, y = P[n]
        r = radius[n]
        if G.nodes[n].get("kind") == "territory":
            shape = Rectangle(
                (x - r, y - r),
                2 * r,
                2 * r,
                facecolor="#f0e6d2",
                edgecolor="#5c4a2e",
                linewidth=1.4,
                zorder=3,
                hatch="//",
            )
        else:
            shape = Circle(
                (x, y), r, facecolor=colors[n], edgecolor="white", linewidth=1.5, zorder=3
            )
        shape.set_gid(f"actor:{n}")
        ax.add_patch(shape)


def _frame(ax, G, P, node_radius, font_size, pos_from_layout):
    """Set the Axes limits around the actors, and title the strip of actors without relations.

    Returns the limits ``(x0, x1, y0, y1)``.
    """
    xs = [p[0] for p in P.values()] or [0.0, 1.0]
    ys = [p[1] for p in P.values()] or [0.0, 1.0]
    limits = (min(xs) - 0.12, max(xs) + 0.12, min(ys) - 0.09, max(ys) + 0.07)
    ax.set_xlim(limits[0], limits[1])
    ax.set_ylim(limits[2], limits[3])
    ax.set_aspect("equal")
    ax.set_axis_off()
    alone = set(strip_actors(G)) if pos_from_layout else set()
    if alone:
        strip_y = P[next(iter(sorted(alone, key=str)))][1]
        ax.text(
            limits[0] + 0.01,
            strip_y + node_radius + 0.012,
            "Without relations of their own:",
            fontsize=font_size,
            color="#595959",
            style="italic",
            ha="left",
            va="bottom",
            zorder=4,
        ).set_gid("strip")
    return limits


def _draw_labels(ax, G, P, radius, edge_points, limits, font_size):
    """Write each actor's name with a white halo, placed clear of the actors and relations."""
    import matplotlib.patheffects as pe

    order = sorted(G, key=lambda n: (-radius[n], str(n)))
    texts = []
    for n in order:
        name = textwrap.fill(str(G.nodes[n].get("name", n)), 24)
        text = ax.text(
            *P[n],
            name,
            ha="center",
            va="center",
            multialignment="center",
            fontsize=font_size,
            zorder=4,
            color="#1a1a1a",
        )
        text.set_path_effects([pe.withStroke(linewidth=3, foreground="white")])
        text.set_gid(f"label:{n}")
        texts.append(text)
    renderer = ax.figure.canvas.get_renderer()
    ax.apply_aspect()
    to_data = ax.transData.inverted()
    boxes = []
    for text in texts:
        extent = text.get_window_extent(renderer)
        (ax0, ay0), (ax1, ay1) = to_data.transform([[extent.x0, extent.y0], [extent.x1, extent.y1]])
        boxes.append((abs(ax1 - ax0) + 0.004, abs(ay1 - ay0) + 0.002))
    discs = np.array([[P[n][0], P[n][1], radius[n]] for n in G])
    points = np.vstack(edge_points) if edge_points else np.empty((0, 2))
    spots = place_labels(
        boxes, [(P[n][0], P[n][1], radius[n]) for n in order], discs, points, limits
    )
    for text, spot in zip(texts, spots, strict=True):
        text.set_position(spot)


def _legend_marker(marker, facecolor, edgecolor, label):
    """A legend entry that is one marker (an actor group or the territory square)."""
    from matplotlib.lines import Line2D

    return Line2D(
        [],
        [],
        marker=marker,
        linestyle="none",
        markersize=10,
        markerfacecolor=facecolor,
        markeredgecolor=edgecolor,
        label=label,
    )


def _fit_title(ax, title, lines: int = 2) -> None:
    """Wrap a heading that runs past the figure's right edge (an article's first sentence used
    as the title) to the room there is, at most ``lines`` lines, the rest cut with an
    ellipsis; a heading that fits is left exactly as it is."""
    import textwrap

    heading = title.get_text()
    fig = ax.figure
    renderer = fig.canvas.get_renderer() if hasattr(fig.canvas, "get_renderer") else None
    if renderer is None or not heading:
        return
    ax.apply_aspect()  # where the drawing will put the axes (and so the title's left edge)
    box = title.get_window_extent(renderer)
    room = fig.bbox.x1 - box.x0 - 10
    if box.x1 <= fig.bbox.x1 - 10 or box.width <= 0:
        return
    chars = max(20, int(len(heading) * room / box.width) - 2)
    wrapped = textwrap.wrap(heading, chars)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = textwrap.shorten(wrapped[-1] + " …", chars, placeholder=" …")
        if not wrapped[-1].endswith("…"):
            wrapped[-1] += " …"
    title.set_text("\n".join(wrapped))


def _draw_legend(
    ax,
    G,
    *,
    used_categories,
    used_statuses,
    no_arrows,
    palette,
    colors,
    group_word,
    size_by,
    legend_loc,
    font_size,
):
    """The legend: every relation category and status drawn, the groups, territories, sizes.

    ``size_by`` is None when the nodes were not sized by a measure.
    """
    from matplotlib.lines import Line2D

    handles = [
        _RelationHandle(
            {**CATEGORY_STYLES.get(cat, {**_DEFAULT_STYLE, "label": str(cat)}), **no_arrows}
        )
        for cat in used_categories
    ]
    for status in used_statuses:
        s = STATUS_STYLES[status]
        handles.append(
            Line2D(
                [],
                [],
                color="#4d4d4d",
                linestyle=s["dash"] or "solid",
                alpha=s["alpha"],
                linewidth=1.5,
                label=s["label"],
            )
        )
    for group, color in palette.items():
        handles.append(_legend_marker("o", color, "white", group_label(G, group_word, group)))
    if any(colors[n] == _NO_GROUP for n in G if G.nodes[n].get("kind") != "territory"):
        handles.append(_legend_marker("o", _NO_GROUP, "white", f"{group_word}: none"))
    if any(G.nodes[n].get("kind") == "territory" for n in G):
        handles.append(_legend_marker("s", "#f0e6d2", "#5c4a2e", "territory (not a party)"))
    if size_by is not None:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                label=f"node size: {size_by}"
                if isinstance(size_by, str)
                else "node size: given values",
            )
        )
    ax.legend(
        handles=handles,
        loc=legend_loc,
        bbox_to_anchor=(1.0, 1.0),
        fontsize=font_size,
        frameon=False,
        borderaxespad=0.0,
        handler_map={_RelationHandle: _RelationHandler()},
        handlelength=3.0,
    )


class _RelationHandle:
    """A legend entry for one relation category, drawn as the diagram draws it."""

    def __init__(self, style):
        self.style = style

    def get_label(self):
        return self.style.get("label", "")


class _RelationHandler:
    def legend_artist(self, legend, orig_handle, fontsize, handlebox):
        import matplotlib.patheffects as pe
        from matplotlib.patches import FancyArrowPatch
        from matplotlib.path import Path as MplPath

        style = orig_handle.style
        x0, y0 = handlebox.xdescent, handlebox.ydescent
        w, h = handlebox.width, handlebox.height
        pts = np.array([[x0, y0 + h / 2], [x0 + w, y0 + h / 2]])
        if style["line"] == "zigzag":
            xs = np.linspace(x0, x0 + w, 9)
            ys = y0 + h / 2 + np.array([0, 1, 0, -1, 0, 1, 0, 0, 0]) * h * 0.35
            pts = np.stack([xs, ys], axis=1)
        path = MplPath(pts, [MplPath.MOVETO] + [MplPath.LINETO] * (len(pts) - 1))
        color, width = style["color"], style["width"]
        artist = FancyArrowPatch(
            path=path,
            arrowstyle="-|>" if style["arrow"] else "-",
            mutation_scale=8 + 2 * width,
            color="white" if style["line"] == "double" else color,
            linewidth=width * (0.9 if style["line"] == "double" else 1.0),
            linestyle="dotted" if style["line"] == "dotted" else "solid",
            transform=handlebox.get_transform(),
        )
        if style["line"] == "double":
            artist.set_path_effects(
                [pe.Stroke(linewidth=width * 3.2, foreground=color), pe.Normal()]
            )
        handlebox.add_artist(artist)
        return artist


# ---------------------------------------------------------------------------------- charts


def plot_centrality(
    table, measure: str = "pagerank", *, ax=None, top: int = 15, names=None, **kwargs
):
    """Horizontal bar chart of one centrality column.

    Parameters
    ----------
    table : pandas.DataFrame
        The output of :func:`centrality` (indexed by actor).
    measure : str, default 'pagerank'
        The column to chart.
    ax : matplotlib.axes.Axes, optional
    top : int, default 15
        Number of actors shown, highest first.
    names : mapping, optional
        Display names for actor ids (e.g. ``{n: G.nodes[n]["name"] for n in G}``).
    **kwargs
        Passed to ``Axes.barh`` (override the defaults).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt, graphlib_kb as gk
    >>> ax = gk.plot_centrality(gk.centrality(gk.load_dataset("karabakh-2023")), "betweenness")
    >>> ax.get_yticklabels()[-1].get_text()
    'aze'
    >>> plt.close("all")
    """
    import matplotlib.pyplot as plt

    if ax is None:
        ax = plt.gca()
    if measure not in table.columns:
        raise UsageError(f"'{measure}' is not a column of the table: {', '.join(table.columns)}")
    data = table[measure].dropna().sort_values(ascending=False).head(top)[::-1]
    labels = [str((names or {}).get(i, i)) for i in data.index]
    options = {"color": "#4575b4", "height": 0.7, **kwargs}
    ax.barh(labels, data.to_numpy(), **options)
    ax.set_xlabel(measure)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(f"{measure} (top {len(data)})", loc="left")
    return ax


def plot_mediators(table, *, ax=None, components=None, **kwargs):
    """Stacked bar chart of the components of the mediator score, by rank.

    Parameters
    ----------
    table : pandas.DataFrame
        The output of :func:`mediators`.
    ax : matplotlib.axes.Axes, optional
    components : dict, optional
        The weighted parts of each actor's score, ``{part: {actor: value}}``, as
        :func:`mediators` returns them in ``table.attrs["components"]``; by default they are
        read from there (pandas' ``attrs`` do not survive every operation, so pass them when
        the table has been filtered, merged or read back from a file).
    **kwargs
        Passed to ``Axes.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt, graphlib_kb as gk
    >>> ax = gk.plot_mediators(gk.mediators(gk.load_dataset("karabakh-2023")))
    >>> [t.get_text() for t in ax.get_yticklabels()][-1]
    'Charles Michel'
    >>> plt.close("all")
    """
    import matplotlib.pyplot as plt

    if ax is None:
        ax = plt.gca()
    if components is None:
        components = table.attrs.get("components")
    if not components:
        raise UsageError(
            "plot_mediators charts the output of graphlib_kb.mediators(); pass components="
            " when the table has lost its attrs"
        )
    parts = {name: pd.Series(values) for name, values in components.items()}
    colors = ["#1a9850", "#fdae61", "#d73027", "#4575b4", "#bababa"]
    order = table.sort_values("rank", ascending=False)
    left = np.zeros(len(order))
    names = order["name"].tolist()
    for (label, values), color in zip(parts.items(), colors, strict=True):
        vals = values.reindex(order.index).to_numpy()
        ax.barh(names, vals, left=left, label=label, color=color, **kwargs)
        left += vals
    ax.set_xlabel("mediator score")
    ax.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Mediators, by rank", loc="left")
    return ax


# ---------------------------------------------------------------------------------- saving


def diagram_figure(G, *, width: float = 16.0, height: float = 12.0, **options):
    """A new figure holding :func:`plot` of *G*, with room on the right for the legend.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt, graphlib_kb as gk
    >>> fig = gk.diagram_figure(gk.load_dataset("karabakh-2023"))
    >>> fig.get_size_inches().tolist(), fig.dpi * 16
    ([16.0, 12.0], 1600.0)
    >>> plt.close(fig)
    """
    import matplotlib.pyplot as plt

    return _draw_diagram(plt.figure(figsize=(width, height)), G, **options)


def _draw_diagram(fig, G, **options):
    """:func:`plot` of *G* on a new Axes of the empty figure *fig*, legend room on the right."""
    ax = fig.subplots()
    fig.subplots_adjust(left=0.01, right=0.78, top=0.95, bottom=0.01)
    plot(G, ax=ax, **options)
    return fig


def _agg_figure(**kwargs):
    """A figure drawn by the Agg canvas, outside pyplot: no backend switch, nothing to close.
    For library code (:func:`graphlib_kb.report`) that renders to bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(**kwargs)
    FigureCanvasAgg(fig)
    return fig


def figure_bytes(fig, fmt: str, *, dpi: int = 100) -> bytes:
    """A figure as PNG, SVG or PDF bytes without the metadata that changes between runs."""
    import io

    import matplotlib

    metadata = {
        "png": {"Software": None},
        "svg": {"Date": None, "Creator": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
    }
    if fmt not in metadata:
        raise UsageError(f"save_figure writes .png, .svg or .pdf, not '.{fmt}'")
    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "graphlib_kb", "pdf.compression": 6}):
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=metadata[fmt], bbox_inches=None)
    return buf.getvalue()


def save_figure(fig, path, *, dpi: int = 100):
    """Save a figure as PNG, SVG or PDF with identical bytes for identical input.

    The metadata that would change between runs (software version stamps,
    creation dates, random SVG ids) is fixed or left out; the file is written
    to a temporary file beside the target and moved into place.

    Examples
    --------
    >>> import matplotlib, os, tempfile
    >>> matplotlib.use("Agg")
    >>> import matplotlib.pyplot as plt
    >>> from graphlib_kb import save_figure
    >>> fig, ax = plt.subplots()
    >>> _ = ax.plot([0, 1], [0, 1])
    >>> folder = tempfile.mkdtemp()
    >>> a = save_figure(fig, os.path.join(folder, "a.svg")).read_bytes()
    >>> b = save_figure(fig, os.path.join(folder, "b.svg")).read_bytes()
    >>> a == b
    True
    >>> plt.close(fig)
    """
    from pathlib import Path

    from .files import AtomicWriter

    path = Path(path)
    data = figure_bytes(fig, path.suffix.lower().lstrip("."), dpi=dpi)
    with AtomicWriter() as out:
        out.add(path, data)
    return path
