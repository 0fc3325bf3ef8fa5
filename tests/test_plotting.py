"""Diagrams: structural checks on the drawn artists, and identical bytes for identical input."""

import hashlib

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import networkx as nx
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
