"""Roles or measures of actors over time windows, as one grid (actors x windows)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import UsageError

__all__ = ["ROLE_COLORS", "plot_timeline"]

#: Colour of each role of :func:`graphlib_kb.roles` (colour-blind-safe, bystander pale).
ROLE_COLORS = {
    "mediator": "#1b7837",
    "offered mediator": "#a6dba0",
    "party": "#d73027",
    "broker": "#7b3294",
    "target": "#fdae61",
    "bystander": "#e0e0e0",
}


def plot_timeline(
    table: pd.DataFrame,
    value: str = "role",
    *,
    ax=None,
    actors=None,
    max_actors: int = 30,
    names: dict | None = None,
    cmap: str = "viridis",
    legend: bool = True,
):
    """Draw actors' roles (or any measure) over time windows as a grid, one row per actor.

    Parameters
    ----------
    table : pandas.DataFrame
        A :func:`graphlib_kb.roles` table (columns ``window``, ``actor``, ``relations`` and
        ``value``).
    value : str, default 'role'
        ``'role'`` colours each cell by role (blank where the actor has no relation in the
        window); a numeric column (``betweenness``, ``degree``, ...) is drawn on ``cmap``
        with a colour bar; ``'camp'`` colours by camp.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; a new figure sized to the grid otherwise.
    actors : list, optional
        The actors to show, in this order; by default the ``max_actors`` actors with the
        most relations, ordered by their first active window.
    max_actors : int, default 30
    names : dict, optional
        Actor id -> label for the rows.
    cmap : str, default 'viridis'
    legend : bool, default True

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import graphlib_kb as gk
    >>> ax = gk.plot_timeline(gk.roles(gk.load_dataset("karabakh-2023"), "year"))
    >>> ax.get_title()
    'Roles by year'
    >>> import matplotlib.pyplot as plt
    >>> plt.close("all")
    """
    return _plot_timeline(
        table,
        value,
        ax=ax,
        actors=actors,
        max_actors=max_actors,
        names=names,
        cmap=cmap,
        legend=legend,
    )


def _busiest_actors(table, windows, max_actors) -> list:
    """The *max_actors* actors with the most relations, in order of their first active
    window (then most relations, then id)."""
    active = table[table["relations"] > 0]
    totals = active.groupby("actor", sort=False)["relations"].sum()
    top = totals.sort_values(ascending=False, kind="stable").index[:max_actors]
    order = {w: i for i, w in enumerate(windows)}
    first = active[active["actor"].isin(top)].groupby("actor", sort=False)["window"].first()
    return sorted(top, key=lambda a: (order[first[a]], -totals[a], str(a)))


def _draw_categories(ax, grid, windows, alive, value) -> list:
    """Draw a grid of categories (roles, camps) as coloured cells; returns the legend
    handles. A role is drawn only in windows where the actor has relations."""
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    if value == "role":
        categories = [r for r in ROLE_COLORS if r in set(grid.stack())]
        colors = [ROLE_COLORS[r] for r in categories]
    else:
        from .styles import _PALETTE

        categories = sorted({str(x) for x in grid.stack().dropna()})
        colors = [_PALETTE[i % len(_PALETTE)] for i in range(len(categories))]
    code = {c: i for i, c in enumerate(categories)}
    cells = np.full(grid.shape, np.nan)
    for j, w in enumerate(windows):
        col = grid[w].to_numpy(dtype=object)
        cells[:, j] = [code.get(str(x), np.nan) if x is not None else np.nan for x in col]
    if value == "role":
        cells[~alive] = np.nan
    if categories:
        ax.imshow(
            np.ma.masked_invalid(cells),
            aspect="auto",
            cmap=ListedColormap(colors),
            vmin=-0.5,
            vmax=len(categories) - 0.5,
            interpolation="nearest",
        )
    return [Patch(color=c, label=k) for k, c in zip(categories, colors, strict=True)]


def _plot_timeline(table, value, *, ax, actors, max_actors, names, cmap, legend, new_figure=None):
    """:func:`plot_timeline`'s drawing; *new_figure* makes the figure when there is no *ax*
    (pyplot's ``figure`` by default; :func:`graphlib_kb.report` passes one that needs no
    backend)."""

    missing = {"window", "actor", "relations", value} - set(table.columns)
    if missing:
        raise UsageError(f"the table has no column {', '.join(sorted(missing))}")
    windows = list(dict.fromkeys(table["window"]))
    actors = list(_busiest_actors(table, windows, max_actors) if actors is None else actors)
    grid = table[table["actor"].isin(actors)].pivot(index="actor", columns="window", values=value)
    grid = grid.reindex(index=actors, columns=windows)
    alive = table[table["actor"].isin(actors)].pivot(
        index="actor", columns="window", values="relations"
    )
    alive = alive.reindex(index=actors, columns=windows).fillna(0).to_numpy() > 0
    if ax is None:
        width = min(24.0, max(6.0, 0.24 * len(windows) + 3.0))
        height = min(18.0, max(2.5, 0.3 * len(actors) + 1.6))
        if new_figure is None:
            import matplotlib.pyplot as plt

            new_figure = plt.figure
        ax = new_figure(figsize=(width, height), layout="constrained").subplots()
    handles = []
    numeric = value not in ("role", "camp") and pd.api.types.is_numeric_dtype(grid.stack())
    if numeric:
        data = np.ma.masked_invalid(grid.to_numpy(dtype=float))
        image = ax.imshow(data, aspect="auto", cmap=cmap, interpolation="nearest")
        if legend:
            ax.figure.colorbar(image, ax=ax, label=value, fraction=0.04, pad=0.01)
    else:
        handles = _draw_categories(ax, grid, windows, alive, value)
    ax.set_yticks(range(len(actors)))
    ax.set_yticklabels([(names or {}).get(a, str(a)) for a in actors], fontsize=8)
    step = max(1, int(np.ceil(len(windows) / 26)))
    ax.set_xticks(range(0, len(windows), step))
    ax.set_xticklabels(windows[::step], rotation=60, ha="right", fontsize=8)
    ax.set_xticks(np.arange(-0.5, len(windows), 1), minor=True)
    ax.set_yticks(np.arange(-0.5, len(actors), 1), minor=True)
    ax.grid(which="minor", color="white", linewidth=0.6)
    ax.tick_params(which="minor", length=0)
    ax.set_xlim(-0.5, len(windows) - 0.5)
    ax.set_ylim(len(actors) - 0.5, -0.5)
    freq = table.attrs.get("freq")
    title = "Roles" if value == "role" else value.capitalize()
    ax.set_title(f"{title} by {freq}" if isinstance(freq, str) and freq != "periods" else title)
    if handles and legend:
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=8,
            frameon=False,
            title=value,
        )
    return ax
