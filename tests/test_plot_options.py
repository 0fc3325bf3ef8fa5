"""plot's options are keyword-only parameters with defaults (no **kwargs): documented, and
an unknown keyword is refused as Python refuses it."""

import hashlib
import inspect
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

import graphlib_kb as gk

OPTIONS = {"node_radius": 0.035, "curvature": 0.12, "min_gap": 12.0, "legend_loc": "upper left"}


def test_options_are_keyword_only_with_defaults_and_documented():
    params = inspect.signature(gk.plot).parameters
    assert not any(p.kind is p.VAR_KEYWORD for p in params.values())
    for name, default in OPTIONS.items():
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
        assert params[name].default == default
        assert f"\n    {name} : " in gk.plot.__doc__


def test_unknown_keyword_is_a_type_error(karabakh):
    fig, ax = plt.subplots()
    try:
        with pytest.raises(TypeError, match="unexpected keyword argument 'category'"):
            gk.plot(karabakh, ax=ax, category="mediation")
    finally:
        plt.close(fig)


def _digest(G, **options):
    fig, ax = plt.subplots(figsize=(8, 6))
    gk.plot(G, ax=ax, **options)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=60, metadata={"Software": None})
    plt.close(fig)
    return hashlib.sha256(buf.getvalue()).hexdigest()


def test_defaults_draw_what_no_options_draw_and_options_change_the_picture(karabakh):
    plain = _digest(karabakh)
    assert _digest(karabakh, **OPTIONS) == plain
    assert _digest(karabakh, min_gap=30) != plain
    assert _digest(karabakh, node_radius=0.05) != plain


def test_a_title_too_wide_for_the_figure_is_wrapped_and_a_fitting_one_is_kept():
    G = gk.load_dataset("karabakh-2023")
    fig, ax = plt.subplots(figsize=(16, 12))
    gk.plot(G, ax=ax, legend=False)
    assert ax.get_title(loc="left") == G.graph["title"]  # 91 characters fit on one line
    plt.close(fig)
    long = "Relations between the two countries tightened again " * 6
    fig, ax = plt.subplots(figsize=(8, 6))
    gk.plot(G, ax=ax, legend=False, title=long)
    shown = ax.get_title(loc="left")
    lines = shown.split("\n")
    assert len(lines) == 2 and shown.endswith("…")
    assert long.startswith(lines[0] + " ")
    fig.canvas.draw()
    title = ax.set_title(shown, loc="left", fontsize=ax.title.get_fontsize())
    assert title.get_window_extent().x1 <= fig.bbox.x1
    plt.close(fig)
