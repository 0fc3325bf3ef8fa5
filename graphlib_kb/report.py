"""The one-command report: tables, diagrams, the interactive view and a plain-language reading."""

from __future__ import annotations

import warnings
from html import escape
from pathlib import Path

import pandas as pd

from .io._files import AtomicWriter
from .mediators import _name
from .tabular import render_table

__all__ = ["report", "reading"]

STEPS = ("summary", "centrality", "brokerage", "mediators", "diagram", "interactive view", "index")


def _esc(value) -> str:
    return escape(str(value))


def reading(G, centrality_table, mediators_table) -> list[str]:
    """A short plain-language reading of the results, as a list of paragraphs.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> text = gk.reading(G, gk.centrality(G), gk.mediators(G))
    >>> text[0][:60]
    'Azerbaijan is the most central actor: it has relations with '
    """
    paragraphs = []
    c = centrality_table
    if len(c):
        top = c.sort_values(["pagerank", "degree"], ascending=False).index[0]
        row = c.loc[top]
        text = (
            f"{_name(G, top)} is the most central actor: it has relations with "
            f"{int(row['degree_in'] + row['degree_out'])} others ({int(row['degree_out'])} outgoing, "
            f"{int(row['degree_in'])} incoming) and the highest PageRank ({row['pagerank']:.3f})."
        )
        broker = c["betweenness"].idxmax() if c["betweenness"].max() > 0 else None
        if broker is not None:
            share = c.loc[broker, "betweenness"]
            same = " It also" if broker == top else f" {_name(G, broker)}"
            text += (
                f"{same} lies on the most shortest paths between other actors "
                f"(betweenness {share:.3f})."
            )
        paragraphs.append(text)
    m = mediators_table
    if len(m):
        lines = []
        for _, row in m.head(6).iterrows():
            lines.append(f"{row['rank']}. {row['name']}: {row['explanation']}")
        paragraphs.append(
            "Who mediates between whom, ranked by mediation records and structural "
            "position:\n" + "\n".join(lines)
        )
    else:
        paragraphs.append("No actor mediates or connects adversaries in this graph.")
    contested = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("category") != "accusation":
            continue
        denials = [
            k2
            for _, t, k2, d2 in G.out_edges(v, keys=True, data=True)
            if t == u and d2.get("category") == "denial"
        ]
        when = f", {d['date']}" if d.get("date") else ""
        text = f"{_name(G, u)} accuses {_name(G, v)} ({d.get('status', 'asserted')}{when}) [{k}]"
        text += (
            f"; denied by {_name(G, v)} [{', '.join(denials)}]"
            if denials
            else "; no denial is recorded"
        )
        contested.append(text)
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("status") == "denied":
            contested.append(
                f"{d.get('type')} by {_name(G, u)} against {_name(G, v)}: alleged, and denied "
                f"by the accused [{k}]"
            )
    if contested:
        paragraphs.append("Contested relations:\n" + "\n".join(f"- {t}" for t in contested))
    return paragraphs


def _page(G, paragraphs, tables: dict) -> str:
    title = _esc(G.graph.get("title") or G.graph.get("name") or "Actor-relationship report")
    parts = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src 'self'; style-src 'unsafe-inline'\">",
        f"<title>{title}</title>",
        "<style>body{font-family:system-ui,Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;"
        "padding:0 1em;color:#1a1a1a}table{border-collapse:collapse;font-size:13px;margin:.5em 0 1.5em}"
        "td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}"
        "img{max-width:100%;border:1px solid #eee}pre{white-space:pre-wrap}</style>\n</head>\n<body>",
        f"<h1>{title}</h1>",
        '<p><a href="graph.html">Open the interactive view</a> · files: '
        + ", ".join(f'<a href="{_esc(n)}.csv">{_esc(n)}.csv</a>' for n in tables)
        + "</p>",
        "<h2>Reading</h2>",
    ]
    for paragraph in paragraphs:
        head, *rest = paragraph.split("\n")
        parts.append(f"<p>{_esc(head)}</p>")
        if rest:
            parts.append(
                "<ul>" + "".join(f"<li>{_esc(r.lstrip('- '))}</li>" for r in rest) + "</ul>"
            )
    parts.append('<h2>Diagram</h2>\n<p><img src="diagram.svg" alt="relationship diagram"></p>')
    for name, table in tables.items():
        flat = table.reset_index() if table.index.name or table.index.nlevels > 1 else table
        parts.append(f"<h2>{_esc(name.capitalize())}</h2>")
        if table.attrs.get("caption"):
            parts.append(f"<p>{_esc(table.attrs['caption'])}</p>")
        head = "".join(f"<th>{_esc(c)}</th>" for c in flat.columns)
        body = "".join(
            "<tr>"
            + "".join(
                f"<td>{_esc('' if pd.isna(v) else (round(v, 4) if isinstance(v, float) else v))}</td>"
                for v in row
            )
            + "</tr>"
            for row in flat.itertuples(index=False, name=None)
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def _brokerage_groups(G):
    """Brokerage groups: the actors' camps, or — in a graph where no actor has a camp, as
    built from event data — the top-level actor each belongs to (its state or organisation,
    following ``parent``), so that brokerage is between countries."""
    if any(G.nodes[n].get("camp") for n in G):
        return "camp", "the actors' camps"
    top = {}
    for n in G:
        seen, a = {n}, n
        while G.nodes[a].get("parent") in G and G.nodes[a]["parent"] not in seen:
            a = G.nodes[a]["parent"]
            seen.add(a)
        top[n] = a
    return top, "the top-level actor each belongs to (no actor has a camp)"


def report(G, folder, *, seed: int = 0, progress=None) -> Path:
    """Write the analyst's report on a graph into a folder, all files or none.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    folder : str or pathlib.Path
        The output folder (created if needed; existing files of the same names are replaced).
    seed : int, default 0
        Layout seed of the diagrams.
    progress : callable, optional
        Called with the name of each step as it starts (the CLI shows a progress bar).

    Returns
    -------
    pathlib.Path
        The folder, holding ``summary``, ``centrality``, ``brokerage`` (by camp —
        or, where no actor has a camp, by top-level actor following ``parent`` — on
        the cooperative layer, with 1000 seeded permutations) and ``mediators``
        tables as ``.csv`` and ``.md``; ``diagram.png`` and ``diagram.svg``;
        ``graph.html`` (the interactive view); and ``index.html``, which puts
        them together with a short plain-language reading of the results.

    Examples
    --------
    >>> import os, tempfile, graphlib_kb as gk
    >>> folder = gk.report(gk.load_dataset("karabakh-2023"), os.path.join(tempfile.mkdtemp(), "r"))
    >>> sorted(p.name for p in folder.iterdir())[:4]
    ['brokerage.csv', 'brokerage.md', 'centrality.csv', 'centrality.md']
    """
    from .layers import without_rejected

    G = without_rejected(G)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .brokerage import brokerage
    from .centrality import centrality
    from .html import html_text
    from .layers import layer
    from .mediators import mediators
    from .plotting import diagram_figure, figure_bytes
    from .summary import summary

    folder = Path(folder)
    step = progress or (lambda name: None)
    tables = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        step("summary")
        tables["summary"] = summary(G)
        step("centrality")
        tables["centrality"] = centrality(G)
        step("brokerage")
        groups, grouping = _brokerage_groups(G)
        tables["brokerage"] = brokerage(
            layer(G, sign=1), groups, directed=False, permutations=1000, seed=seed
        )
        tables["brokerage"].attrs["caption"] = (
            f"Gould–Fernandez roles on the cooperative layer (relations of sign +1, as two-way"
            f" ties), with the groups given by {grouping}; z-scores against sna's expectations,"
            " p-values from 1000 seeded permutations."
        )
        step("mediators")
        tables["mediators"] = mediators(G)
    files = {}
    for name, table in tables.items():
        files[f"{name}.csv"] = render_table(table, "csv").encode("utf-8")
        files[f"{name}.md"] = render_table(table, "markdown").encode("utf-8")
    step("diagram")
    fig = diagram_figure(G, seed=seed)
    for fmt in ("png", "svg"):
        files[f"diagram.{fmt}"] = figure_bytes(fig, fmt)
    plt.close(fig)
    step("interactive view")
    files["graph.html"] = html_text(G, seed=seed).encode("utf-8")
    step("index")
    text = reading(G, tables["centrality"], tables["mediators"])
    files["index.html"] = _page(G, text, tables).encode("utf-8")
    with AtomicWriter() as out:
        for name, data in files.items():
            out.add(folder / name, data)
    return folder
