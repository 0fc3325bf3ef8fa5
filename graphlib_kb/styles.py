"""How diagrams, the interactive view and the styled exports look: relation styles by category
and status, the group palette, and the colour each actor gets from its group.

The bottom of the drawing stack: :mod:`graphlib_kb.plotting`, :mod:`graphlib_kb.html` and the
GEXF, DOT and Mermaid exports in :mod:`graphlib_kb.io` all take their colours from here, so
that a camp or a category looks the same everywhere. It imports nothing above
:mod:`graphlib_kb.layers`.
"""

from __future__ import annotations

__all__ = [
    "CATEGORY_STYLES",
    "STATUS_STYLES",
    "MAX_COLOR_GROUPS",
    "category_color",
    "color_groups",
    "group_label",
]

#: How each relation category is drawn: colour, line (solid, double, zigzag, dotted), width,
#: whether it carries an arrow, and the legend label.
CATEGORY_STYLES = {
    "mediation": {
        "color": "#1a9850",
        "line": "double",
        "width": 1.4,
        "arrow": False,
        "label": "mediation (double line)",
    },
    "negotiation": {
        "color": "#2166ac",
        "line": "solid",
        "width": 1.6,
        "arrow": False,
        "label": "negotiation, agreement",
    },
    "cooperation": {
        "color": "#66bd63",
        "line": "solid",
        "width": 1.4,
        "arrow": True,
        "label": "cooperation, support",
    },
    "humanitarian": {
        "color": "#35978f",
        "line": "solid",
        "width": 1.4,
        "arrow": True,
        "label": "humanitarian",
    },
    "accusation": {
        "color": "#d73027",
        "line": "zigzag",
        "width": 1.3,
        "arrow": True,
        "label": "accusation (zigzag)",
    },
    "denial": {
        "color": "#878787",
        "line": "solid",
        "width": 0.9,
        "arrow": True,
        "label": "denial (thin, back to accuser)",
    },
    "statement": {
        "color": "#bababa",
        "line": "solid",
        "width": 0.8,
        "arrow": True,
        "label": "statement, comment",
    },
    "demand": {"color": "#f46d43", "line": "solid", "width": 1.3, "arrow": True, "label": "demand"},
    "disapproval": {
        "color": "#fdae61",
        "line": "zigzag",
        "width": 1.0,
        "arrow": True,
        "label": "disapproval",
    },
    "coercion": {
        "color": "#a50026",
        "line": "zigzag",
        "width": 2.2,
        "arrow": True,
        "label": "coercion: blockade, sanctions",
    },
    "conflict": {
        "color": "#67001f",
        "line": "zigzag",
        "width": 2.6,
        "arrow": False,
        "label": "war, armed conflict (zigzag)",
    },
    "control": {
        "color": "#1a1a1a",
        "line": "solid",
        "width": 3.0,
        "arrow": True,
        "label": "control of territory (thick)",
    },
    "membership": {
        "color": "#bababa",
        "line": "dotted",
        "width": 1.0,
        "arrow": True,
        "label": "membership, part of",
    },
    "geography": {
        "color": "#9e9e9e",
        "line": "dotted",
        "width": 1.2,
        "arrow": False,
        "label": "geographic link (dotted)",
    },
}
_DEFAULT_STYLE = {"color": "#4d4d4d", "line": "solid", "width": 1.0, "arrow": True}
#: Statuses other than "asserted" and how they change a relation's line.
#: Each status has its own dash pattern, so alleged, offered and denied never look alike.
STATUS_STYLES = {
    "alleged": {"dash": (0, (7, 2.5, 1.5, 2.5)), "alpha": 1.0, "label": "alleged (dash-dot)"},
    "denied": {"dash": (0, (1.2, 2.2)), "alpha": 0.8, "label": "denied act (dotted)"},
    "offered": {"dash": (0, (9, 4)), "alpha": 0.9, "label": "offered (long dashes)"},
    "planned": {
        "dash": (0, (9, 3, 1.5, 3, 1.5, 3)),
        "alpha": 0.9,
        "label": "planned (dash-dot-dot)",
    },
    "historical": {"dash": None, "alpha": 0.35, "label": "historical (faded)"},
}
_PALETTE = ["#4575b4", "#d73027", "#7b3294", "#1b7837", "#e08214", "#542788", "#8c510a", "#01665e"]
_NO_GROUP = "#d9d9d9"
_OTHER = "#8c8c8c"


def category_color(category) -> str:
    """The colour of a relation category (dark grey for one without a style).

    Examples
    --------
    >>> from graphlib_kb.styles import category_color
    >>> category_color("mediation"), category_color("no such category")
    ('#1a9850', '#4d4d4d')
    """
    return CATEGORY_STYLES.get(category, {"color": "#4d4d4d"})["color"]


def color_groups(G, color_by="camp") -> tuple[dict, str]:
    """The group that colours each actor, and the word the legend uses for the groups.

    This is the one place where a diagram (and the interactive view) chooses
    colour groups: ``color_by`` is an actor attribute or a mapping actor ->
    group (inferred camps, for one, can be passed as a mapping). A graph in
    which no actor has a ``camp`` — one built from event data — is coloured
    by country instead: the top-level actor each belongs to, following
    ``parent``.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphlib_kb.plotting import color_groups
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("AZE", {}), ("AZEGOV", {"parent": "AZE"}), ("ARM", {})])
    >>> color_groups(G)
    ({'AZE': 'AZE', 'AZEGOV': 'AZE', 'ARM': 'ARM'}, 'country')
    """
    if color_by is None:
        return {n: None for n in G}, ""
    if not isinstance(color_by, str):
        return {n: color_by.get(n) for n in G}, "group"
    if color_by == "camp" and not any(G.nodes[n].get("camp") for n in G):
        from .layers import _root

        return {n: _root(G, n) for n in G}, "country"
    return {n: G.nodes[n].get(color_by) for n in G}, color_by


def group_label(G, word: str, group) -> str:
    """The legend's words for a colour group: ``camp: armenia``; a country by its name.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphlib_kb.plotting import group_label
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("AZE", name="Azerbaijan")
    >>> group_label(G, "country", "AZE"), group_label(G, "camp", "third_party")
    ('country: Azerbaijan', 'camp: third_party')
    """
    if word == "country" and group in G:
        return f"{word}: {G.nodes[group].get('name', group)}"
    return f"{word}: {group}"


#: At most this many groups get their own colour and legend entry; the rest share one.
MAX_COLOR_GROUPS = 8


def _colors(G, color_by):
    if color_by is None:
        return {n: _PALETTE[0] for n in G}, {}, ""
    values, word = color_groups(G, color_by)
    sizes: dict = {}
    for v in values.values():
        if v is not None:
            sizes[v] = sizes.get(v, 0) + 1
    groups = sorted(sizes, key=str)
    if len(groups) > MAX_COLOR_GROUPS:  # the largest groups, the others in one colour
        keep = sorted(groups, key=lambda g: (-sizes[g], str(g)))[: MAX_COLOR_GROUPS - 1]
        groups = sorted(keep, key=str)
    palette = {g: _PALETTE[i % len(_PALETTE)] for i, g in enumerate(groups)}
    colors = {}
    for n, v in values.items():
        colors[n] = palette.get(v, _OTHER if v is not None else _NO_GROUP)
    if any(c == _OTHER for c in colors.values()):
        palette[f"{len(sizes) - len(groups)} other"] = _OTHER
    return colors, palette, word
