"""Diagrams: structural checks on the drawn artists, and identical bytes for identical input."""

import hashlib

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pytest
from matplotlib.axes import Axes

import graphlib_kb as gk
from graphlib_kb.plotting import CATEGORY_STYLES, STATUS_STYLES


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def _gids(ax, prefix):
    return [
        p.get_gid()[len(prefix) :]
        for p in [*ax.patches, *ax.texts]
        if (p.get_gid() or "").startswith(prefix)
    ]


def test_one_artist_per_relation_every_actor_drawn_and_labelled(karabakh):
    fig, ax = plt.subplots(figsize=(16, 12))
    out = gk.plot(karabakh, ax=ax)
    assert out is ax and isinstance(out, Axes)
    relations = _gids(ax, "relation:")
    assert sorted(relations) == sorted(k for *_, k in karabakh.edges(keys=True))
    assert sorted(_gids(ax, "actor:")) == sorted(karabakh)
    labels = {
        t.get_gid()[len("label:") :]: t.get_text()
        for t in ax.texts
        if (t.get_gid() or "").startswith("label:")
    }
    assert set(labels) == set(karabakh)
    assert labels["eu"] == "European Union"


def test_parallel_relations_are_separate_curves(karabakh):
    fig, ax = plt.subplots()
    gk.plot(karabakh, ax=ax)
    paths = {
        p.get_gid()[len("relation:") :]: p.get_path().vertices
        for p in ax.patches
        if (p.get_gid() or "").startswith("relation:")
    }
    between = [k for u, v, k in karabakh.edges(keys=True) if {u, v} == {"aze", "arm"}]
    assert len(between) == 6
    midpoints = {tuple(paths[k][len(paths[k]) // 2].round(3)) for k in between}
    assert len(midpoints) == 6  # no two drawn on top of each other


def test_legend_explains_every_symbol_used(karabakh):
    fig, ax = plt.subplots()
    gk.plot(karabakh, ax=ax)
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    used = {d["category"] for *_, d in karabakh.edges(data=True)}
    for category in used:
        assert CATEGORY_STYLES[category]["label"] in texts
    assert len([t for t in texts if t in {s["label"] for s in CATEGORY_STYLES.values()}]) == len(
        used
    )
    for status in {d["status"] for *_, d in karabakh.edges(data=True)} - {"asserted"}:
        assert STATUS_STYLES[status]["label"] in texts
    assert {
        "camp: armenia",
        "camp: azerbaijan",
        "camp: third_party",
        "territory (not a party)",
    } <= set(texts)


def test_legend_only_lists_what_is_drawn(karabakh):
    H = gk.layer(karabakh, category="mediation")
    fig, ax = plt.subplots()
    gk.plot(H, ax=ax)
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert CATEGORY_STYLES["mediation"]["label"] in texts
    assert CATEGORY_STYLES["accusation"]["label"] not in texts


def test_status_is_visible(karabakh):
    fig, ax = plt.subplots()
    gk.plot(karabakh, ax=ax)
    by_key = {
        p.get_gid()[len("relation:") :]: p
        for p in ax.patches
        if (p.get_gid() or "").startswith("relation:")
    }
    assert by_key["r33"].get_alpha() < 0.5  # historical war: faded
    assert by_key["r24"].get_linestyle() != "solid"  # Russia's offer: dashed
    assert by_key["r17"].get_alpha() == 1.0  # asserted mediation


@pytest.mark.parametrize("layout", gk.plotting.LAYOUTS)
def test_layouts(karabakh, layout):
    fig, ax = plt.subplots()
    gk.plot(karabakh, ax=ax, layout=layout, legend=False)
    assert len(_gids(ax, "relation:")) == 39


def test_camps_layout_puts_mediators_between_the_camps(karabakh):
    pos = gk.layout_positions(karabakh, "camps")
    for mediator in ("eu", "usa", "rus", "west", "michel"):
        assert (
            pos["aze"][0] > pos[mediator][0] > pos["arm"][0]
            or pos["arm"][0] > pos[mediator][0] > pos["aze"][0]
        )
    assert all(pos[t][1] < pos["aze"][1] for t in ("nagorno_karabakh", "lachin_corridor"))


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_identical_bytes_for_identical_input(tmp_path, karabakh, suffix):
    digests = []
    for run in range(2):
        fig, ax = plt.subplots(figsize=(8, 6))
        gk.plot(karabakh, ax=ax, seed=3)
        path = gk.save_figure(fig, tmp_path / f"k{run}.{suffix}")
        digests.append(hashlib.sha256(path.read_bytes()).hexdigest())
        plt.close(fig)
    assert digests[0] == digests[1]


def test_save_figure_refuses_other_formats(tmp_path):
    fig, _ = plt.subplots()
    with pytest.raises(ValueError, match="png, .svg or .pdf"):
        gk.save_figure(fig, tmp_path / "x.jpg")


def test_empty_and_unlabelled_graphs():
    fig, ax = plt.subplots()
    G = nx.MultiDiGraph()
    G.add_node("a")
    gk.plot(G, ax=ax, size_by=None, color_by=None)
    assert _gids(ax, "actor:") == ["a"]


def test_plot_centrality_and_mediators(karabakh):
    table = gk.centrality(karabakh)
    fig, (a1, a2) = plt.subplots(1, 2)
    assert gk.plot_centrality(table, "pagerank", ax=a1, top=5) is a1
    assert [t.get_text() for t in a1.get_yticklabels()][-1] == "aze"
    assert len(a1.patches) == 5
    assert gk.plot_mediators(gk.mediators(karabakh), ax=a2) is a2
    assert [t.get_text() for t in a2.get_yticklabels()][-1] == "Charles Michel"
    with pytest.raises(ValueError, match="not a column"):
        gk.plot_centrality(table, "fame")


def test_uses_current_axes_without_ax(karabakh):
    fig, ax = plt.subplots()
    assert gk.plot(gk.layer(karabakh, category="control")) is ax


# ----------------------------------------------------------------- readability of the diagram


def _drawn(G, **options):
    fig = gk.diagram_figure(G, **options)
    ax = fig.axes[0]
    fig.canvas.draw()
    return fig, ax


def test_labels_clear_of_actors_and_of_each_other(karabakh):
    fig, ax = _drawn(karabakh)
    renderer = fig.canvas.get_renderer()
    labels = {
        t.get_gid()[len("label:") :]: t.get_window_extent(renderer)
        for t in ax.texts
        if (t.get_gid() or "").startswith("label:")
    }
    discs = {
        p.get_gid()[len("actor:") :]: p.get_window_extent(renderer)
        for p in ax.patches
        if (p.get_gid() or "").startswith("actor:")
    }
    names = sorted(labels)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not labels[a].overlaps(labels[b]), (a, b)
        for actor, disc in discs.items():  # the disc (or square) of every actor
            cx, cy, r = (disc.x0 + disc.x1) / 2, (disc.y0 + disc.y1) / 2, disc.width / 2
            box = labels[a]
            nearest = np.clip(cx, box.x0, box.x1), np.clip(cy, box.y0, box.y1)
            square = karabakh.nodes[actor].get("kind") == "territory"
            inside = (
                disc.overlaps(box) if square else np.hypot(nearest[0] - cx, nearest[1] - cy) < r
            )
            assert not inside, (a, actor)
    # the Pashinyan–Aliyev negotiation no longer runs through Charles Michel's name
    r01 = next(p for p in ax.patches if p.get_gid() == "relation:r01")
    points = ax.transData.transform(r01.get_path().vertices)
    box = labels["michel"]
    assert not any(box.x0 < x < box.x1 and box.y0 < y < box.y1 for x, y in points)
    # and every label stays inside the axes
    frame = ax.get_window_extent(renderer)
    for actor, box in labels.items():
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, actor
        assert frame.y0 <= box.y0 and box.y1 <= frame.y1, actor


def test_place_labels_avoids_discs_points_and_earlier_labels():
    from graphlib_kb.plotting import place_labels

    discs = np.array([[0.5, 0.5, 0.05], [0.5, 0.4, 0.05]])  # a second actor right below
    (spot,) = place_labels([(0.2, 0.04)], [(0.5, 0.5, 0.05)], discs, np.empty((0, 2)), (0, 1, 0, 1))
    assert spot[1] > 0.5  # above, not on the actor below
    # relation points above too: the label goes to a side
    points = np.array([[0.5, y] for y in np.linspace(0.55, 0.7, 20)])
    (spot,) = place_labels([(0.2, 0.04)], [(0.5, 0.5, 0.05)], discs, points, (0, 1, 0, 1))
    assert abs(spot[0] - 0.5) > 0.1
    # two labels on one actor position never coincide
    a, b = place_labels(
        [(0.2, 0.04), (0.2, 0.04)],
        [(0.5, 0.5, 0.05), (0.5, 0.5, 0.05)],
        discs[:1],
        np.empty((0, 2)),
        (0, 1, 0, 1),
    )
    assert a != b


def test_actors_without_relations_sit_in_a_strip_below(karabakh):
    from graphlib_kb.plotting import strip_actors

    alone = strip_actors(karabakh)
    assert alone == ["aze_mfa", "eu_council", "red_cross"]
    for layout in ("camps", "spring", "circular"):
        pos = gk.layout_positions(karabakh, layout)
        lowest_linked = min(pos[n][1] for n in karabakh if n not in alone)
        assert all(pos[n][1] < lowest_linked - 0.1 for n in alone), layout
        assert len({pos[n][1] for n in alone}) == 1
    fig, ax = _drawn(karabakh)
    assert [t.get_text() for t in ax.texts if t.get_gid() == "strip"] == [
        "Without relations of their own:"
    ]


def test_alleged_offered_denied_planned_have_distinct_dashes(karabakh):
    dashes = [STATUS_STYLES[s]["dash"] for s in ("alleged", "offered", "denied", "planned")]
    assert len(set(map(str, dashes))) == 4
    fig, ax = plt.subplots()
    gk.plot(karabakh, ax=ax)
    by_key = {p.get_gid(): p for p in ax.patches if (p.get_gid() or "").startswith("relation:")}
    alleged, offered, denied = (
        by_key[f"relation:{k}"].get_linestyle() for k in ("r08", "r24", "r14")
    )
    assert len({str(alleged), str(offered), str(denied)}) == 3


def test_relations_meet_a_hub_at_distinct_angles(karabakh):
    fig, ax = plt.subplots(figsize=(16, 12))
    gk.plot(karabakh, ax=ax)
    pos = gk.layout_positions(karabakh)
    centre = np.array(pos["aze"])
    angles = []
    for p in ax.patches:
        if not (p.get_gid() or "").startswith("relation:"):
            continue
        u, v, _k = p.graphlib_kb_relation
        if "aze" not in (u, v):
            continue
        end = p.graphlib_kb_ends[1 if v == "aze" else 0]
        angles.append(np.degrees(np.arctan2(*(end - centre)[::-1])) % 360)
    assert len(angles) == 21
    angles = np.sort(angles)
    gaps = np.diff(np.concatenate([angles, [angles[0] + 360]]))
    assert gaps.min() >= 12 - 1e-6  # arrowheads do not pile up on one another


def test_event_data_actors_coloured_by_country():
    G = nx.MultiDiGraph()
    for n, parent in (("AZE", None), ("AZEGOV", "AZE"), ("AZEMIL", "AZE"), ("ARM", None)):
        G.add_node(n, name=n, kind="state", **({"parent": parent} if parent else {}))
    G.nodes["AZE"]["name"] = "Azerbaijan"
    G.add_edge("AZEGOV", "ARM", key="e1", type="accuse", category="accusation", sign=-1)
    G.add_edge("AZEMIL", "ARM", key="e2", type="attack", category="conflict", sign=-1)

    def colours_and_legend():
        fig, ax = plt.subplots()
        gk.plot(G, ax=ax, size_by=None)
        colours = {
            p.get_gid()[len("actor:") :]: p.get_facecolor()
            for p in ax.patches
            if (p.get_gid() or "").startswith("actor:")
        }
        return colours, [t.get_text() for t in ax.get_legend().get_texts()]

    # signed relations: the camps inferred from the signs colour the actors (issue 12)
    colours, texts = colours_and_legend()
    assert colours["AZEGOV"] == colours["AZEMIL"] != colours["ARM"]
    assert any(t.startswith("camp:") for t in texts)
    # nothing signed to infer camps from: coloured by country, following parent
    for *_, d in G.edges(data=True):
        d["sign"] = 0
    colours, texts = colours_and_legend()
    assert colours["AZEGOV"] == colours["AZEMIL"] == colours["AZE"] != colours["ARM"]
    assert {"country: ARM", "country: Azerbaijan"} <= set(texts)  # by the country's name
    assert not any(t.startswith("camp:") for t in texts)


def test_plot_mediators_takes_components_explicitly(karabakh_graph):
    """A table that lost its attrs (filtered by hand here) charts the same bars when the
    components are passed in; without them it is refused with a clear message."""
    table = gk.mediators(karabakh_graph)
    components = table.attrs["components"]
    bare = table.copy()
    bare.attrs = {}
    fig, (a1, a2) = plt.subplots(1, 2)
    gk.plot_mediators(table, ax=a1)
    gk.plot_mediators(bare, ax=a2, components=components)
    widths = [[p.get_width() for p in ax.patches] for ax in (a1, a2)]
    assert widths[0] == widths[1] and len(widths[0]) == 5 * len(table)
    with pytest.raises(gk.UsageError, match="components="):
        gk.plot_mediators(bare, ax=a2)
    plt.close(fig)


def test_a_relation_bends_around_an_actor_it_would_pass_under():
    # A -> C runs straight through B's disc; it must curve round B, so that it does not seem
    # to leave or reach B
    G = nx.MultiDiGraph()
    for n in ("A", "B", "C"):
        G.add_node(n, name=n, kind="state")
    G.add_edge("A", "C", key="r1", type="blockade", category="coercion", sign=-1)
    G.add_edge("A", "B", key="r2", type="meet", category="negotiation", sign=1)
    pos = {"A": (0.0, 0.0), "B": (0.02, 0.5), "C": (0.0, 1.0)}
    fig, ax = plt.subplots(figsize=(6, 6))
    gk.plot(G, pos=pos, ax=ax, node_radius=0.06)
    patch = next(p for p in ax.patches if p.get_gid() == "relation:r1")
    points = patch.get_path().vertices
    nearest = np.min(np.hypot(points[:, 0] - 0.02, points[:, 1] - 0.5))
    assert nearest > 0.06  # beyond B's disc (its radius is at most node_radius)
    assert np.mean(points[:, 0]) < 0  # round B's far side: B lies right of the line
