"""The one-command report: tables, diagrams, the interactive view and a plain-language reading."""

from __future__ import annotations

import warnings
from datetime import date
from html import escape
from pathlib import Path

import numpy as np
import pandas as pd

from .dates import date_bounds, date_phrase
from .files import AtomicWriter
from .mediators import _between, _name
from .tabular import render_table

__all__ = ["report", "reading"]

STEPS = (
    "summary",
    "centrality",
    "brokerage",
    "mediators",
    "roles",
    "diagram",
    "interactive view",
    "index",
)


def _esc(value) -> str:
    return escape(str(value))


def _ids(keys) -> str:
    """Relation ids, sorted, runs of consecutive numbers joined (r04–r07)."""
    import re

    keys = sorted(dict.fromkeys(map(str, keys)), key=lambda k: (re.sub(r"\d+$", "", k), _num(k)))
    out, run = [], []

    def flush():
        if len(run) > 2:
            out.append(f"{run[0]}–{run[-1]}")
        else:
            out.extend(run)

    for k in keys:
        if (
            run
            and _num(run[-1]) is not None
            and _num(k) == _num(run[-1]) + 1
            and (k.rstrip("0123456789") == run[-1].rstrip("0123456789"))
        ):
            run.append(k)
            continue
        flush()
        run = [k]
    flush()
    return "[" + ", ".join(out) + "]"


def _num(key):
    digits = key[len(key.rstrip("0123456789")) :]
    return int(digits) if digits else None


#: How a relation type reads in the Reading; ``{s}`` and ``{t}`` are the actors' names.
_PHRASES = {
    "war": "{s} and {t} fought a war",
    "attack": "{s} attacked {t}",
    "blockade": "{s} blockaded {t}",
    "occupy": "{s} occupied {t}",
    "interference": "{s} interfered with {t}",
    "violate_ceasefire": "{s} violated the ceasefire with {t}",
    "dispute": "{s} and {t} are in dispute",
    "demand": "{s} made demands of {t}",
    "threaten": "{s} threatened {t}",
    "control": "{s} controlled {t}",
    "sovereignty": "{t} belongs to {s} under international law",
    "claim": "{s} claimed {t}",
    "nonrecognition": "{s} do not recognise {t}",
}
#: Categories of relations that the Reading does not list among hostile acts.
_NOT_ACTS = ("accusation", "denial", "disapproval")


def _sentence(G, u, v, k, d) -> str:
    template = _PHRASES.get(d.get("type"), "{s} → {t}: " + str(d.get("type")))
    text = template.format(s=_name(G, u), t=_name(G, v))
    when = date_phrase(d.get("date"))
    extra = [s for s in (d.get("status"), d.get("location") and f"in {d['location']}") if s]
    return f"{text}{' ' + when if when else ''} ({', '.join(extra)}) {_ids([k])}."


def _chronological(items):
    """Sort (u, v, k, d) by date start (open or undated first), then end, then id."""

    def key(item):
        start, end = date_bounds(item[3]["date"]) if item[3].get("date") else (None, None)
        return (start or date.min, end or date.max, str(item[2]))

    return sorted(items, key=key)


def reading(G, centrality_table, mediators_table, *, hostility: float = -4.0) -> list[str]:
    """A plain-language reading of a graph and its tables, as a list of paragraphs.

    Paragraphs: the most central actor (distinct actors it is tied to, with the
    actors it acts on and is acted upon by, PageRank and betweenness, all read
    from ``centrality_table``); hostile acts (relations of sign -1 and a weight
    of at most ``hostility``, other than accusations, denials and disapproval,
    by date); territorial control (relations of category ``control``, by
    date); mediation (the current round first: records not
    ``historical``, the latest first; then the history); the mediator
    ranking (from ``mediators_table``); and contested claims (accusations with
    their denials, relations whose status is ``denied``, non-recognition).
    Every sentence cites the ids of the relations it rests on, in brackets;
    the first line of a paragraph is its lead, further lines are items.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> text = gk.reading(G, gk.centrality(G), gk.mediators(G))
    >>> text[0].split(" — ")[0]
    'Azerbaijan is the most central actor (PageRank 0.166): it is tied to 12 distinct actors'
    """
    paragraphs = []
    central = _central_paragraph(G, centrality_table)
    if central:
        paragraphs.append(central)
    edges = list(G.edges(keys=True, data=True))
    acts = _chronological(
        e
        for e in edges
        if e[3].get("sign", 0) < 0
        and e[3].get("weight", 0.0) <= hostility
        and e[3].get("category") not in _NOT_ACTS
        and e[3].get("status") != "denied"
    )
    if acts:
        paragraphs.append(
            "Hostile acts, by date (open-ended records first):\n"
            + "\n".join(f"- {_sentence(G, *e)}" for e in acts)
        )
    control = _chronological(e for e in edges if e[3].get("category") == "control")
    if control:
        paragraphs.append(
            "Territorial control, by date (open-ended records first):\n"
            + "\n".join(f"- {_sentence(G, *e)}" for e in control)
        )
    current, past = _mediation_lines(G)
    if current:
        paragraphs.append("Mediation, the current round first:\n" + "\n".join(current))
    if past:
        paragraphs.append("Mediation in the past (status historical):\n" + "\n".join(past))
    m = mediators_table
    if len(m):
        lines = [
            f"{row['rank']}. {row['name']} (score {row['score']:.3f}): {row['explanation']}"
            for _, row in m.head(6).iterrows()
        ]
        paragraphs.append(
            "Mediators ranked by their records, weighted by status and recency, and by "
            "structural position (table mediators):\n" + "\n".join(lines)
        )
    else:
        paragraphs.append("No actor mediates or connects adversaries in this graph.")
    contested = _contested_claims(G, edges)
    if contested:
        paragraphs.append("Contested claims:\n" + "\n".join(f"- {t}" for t in contested))
    return paragraphs


def _central_paragraph(G, centrality_table) -> str | None:
    """The paragraph on the most central actor and the main broker (None without actors)."""
    c = centrality_table
    needed = ["pagerank", "neighbours", "degree_in", "degree_out", "betweenness"]
    if len(c) and any(m not in c.columns for m in needed):
        # a table computed with fewer measures: the missing ones, on the same graph
        from .centrality import centrality

        missing = [m for m in needed if m not in c.columns]
        c = c.join(centrality(G, measures=missing))
    if not len(c):
        return None
    top = c.sort_values(["pagerank", "neighbours"], ascending=False, kind="stable").index[0]
    row = c.loc[top]
    ids = [k for u, v, k in G.edges(keys=True) if top in (u, v) and u != v]
    text = (
        f"{_name(G, top)} is the most central actor (PageRank {row['pagerank']:.3f}): it is "
        f"tied to {int(row['neighbours'])} distinct actors — it directs relations at "
        f"{int(row['degree_out'])} of them and {int(row['degree_in'])} direct relations at it "
        f"(a relation of a two-way type such as negotiation or war counts both ways) — "
        f"through {len(ids)} of the {G.number_of_edges()} relations {_ids(ids)}."
    )
    broker = c["betweenness"].idxmax() if c["betweenness"].max() > 0 else None
    if broker is not None:
        same = "It also" if broker == top else _name(G, broker)
        text += (
            f" {same} lies on the most shortest paths between other actors "
            f"(betweenness {c.loc[broker, 'betweenness']:.3f})."
        )
    return text


def _contested_claims(G, edges) -> list:
    """Accusations with their denials (or none recorded), denied acts and non-recognitions."""
    contested = []
    for u, v, k, d in edges:
        if d.get("category") != "accusation":
            continue
        denials = [
            k2
            for _, t, k2, d2 in G.out_edges(v, keys=True, data=True)
            if t == u and d2.get("category") == "denial"
        ]
        when = date_phrase(d.get("date"))
        text = f"{_name(G, u)} accuses {_name(G, v)} ({d.get('status', 'asserted')}, {when})"
        if denials:
            text += f"; denied by {_name(G, v)} {_ids([k, *denials])}."
        else:
            text += f"; no denial is recorded {_ids([k])}."
        contested.append(text)
    for u, v, k, d in edges:
        if d.get("status") == "denied":
            contested.append(
                f"{d.get('type')} by {_name(G, u)} against {_name(G, v)}: alleged, and denied "
                f"by the accused {_ids([k])}."
            )
        elif d.get("type") == "nonrecognition":
            contested.append(_sentence(G, u, v, k, d))
    return contested


def _mediation_lines(G) -> tuple[list[str], list[str]]:
    """Mediation records by mediator, parties and status: current (latest first), historical."""
    from .mediators import mediated_dyads

    dyads = mediated_dyads(G)
    current, past = [], []
    if not len(dyads):
        return current, past
    rows = []
    for rec in dyads.itertuples():
        for status in rec.statuses.split(", "):
            rows.append((rec, status))

    def key(item):
        rec, status = item
        dates = [date_bounds(x) for x in rec.dates.split(", ") if x]
        start = max((s for s, _ in dates if s), default=date.min)
        return (status == "historical", -start.toordinal(), rec.Index)

    for rec, status in sorted(rows, key=key):
        ids = [k for k in rec.relations.split(", ") if G.edges[_edge(G, k)].get("status") == status]
        lines = past if status == "historical" else current
        verb = "offered to mediate" if rec.types == "offer_mediation" else "mediated"
        dates = sorted(
            {G.edges[_edge(G, k)].get("date") for k in ids} - {None, ""},
        )
        when = "; ".join(date_phrase(x) for x in dates)
        where = f" in {rec.locations}" if rec.locations else ""
        lines.append(
            f"- {_name(G, rec.mediator)} {verb} {_between(G, rec.parties)}"
            f"{' ' + when if when else ''}{where} ({status}) {_ids(ids)}."
        )
    return current, past


def _edge(G, key):
    for u, v, k in G.edges(keys=True):
        if k == key:
            return u, v, k
    raise KeyError(key)


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
        "img{max-width:100%;border:1px solid #eee}pre{white-space:pre-wrap}.wide{overflow-x:auto}"
        "td+td{white-space:nowrap}</style>\n</head>\n<body>",
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
    sources = _sources_html(G)
    if sources:
        parts.append("<h2>Sources</h2>\n<ul>" + "".join(f"<li>{s}</li>" for s in sources) + "</ul>")
    for name, table in tables.items():
        flat = table.reset_index() if table.index.name or table.index.nlevels > 1 else table
        parts.append('<div class="wide">')
        parts.append(
            f"<h2>{_esc('Roles over time' if name == 'roles' else name.capitalize())}</h2>"
        )
        if name == "roles":
            parts.append('<p><img src="timeline.svg" alt="roles over time"></p>')
        if table.attrs.get("caption"):
            parts.append(f"<p>{_esc(table.attrs['caption'])}</p>")
        head = "".join(f"<th>{_esc(c)}</th>" for c in flat.columns)
        body = "".join(
            "<tr>"
            + "".join(f"<td>{_esc('' if pd.isna(v) else _fmt(v))}</td>" for v in row)
            + "</tr>"
            for row in flat.itertuples(index=False, name=None)
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


def _sources_html(G) -> list[str]:
    """Each source of the graph by its title, with its address as a link only if it is http(s)."""
    from .html import _WEB_LINK

    out = []
    for key, src in sorted((G.graph.get("sources") or {}).items(), key=lambda kv: str(kv[0])):
        src = src if isinstance(src, dict) else {}
        text = f"<strong>{_esc(src.get('title') or key)}</strong>"
        extra = [str(src[f]) for f in ("publisher", "date") if src.get(f)]
        if extra:
            text += f" ({_esc(', '.join(extra))})"
        url = str(src.get("url") or "")
        if _WEB_LINK.match(url):
            text += f' — <a href="{_esc(url)}" rel="noopener noreferrer">{_esc(url)}</a>'
        elif url:
            text += f" — {_esc(url)}"
        out.append(f"{text} <code>[{_esc(key)}]</code>")
    return out


def _named(G, table: pd.DataFrame, sort=None, ascending=False) -> pd.DataFrame:
    """The table with the actor's name first and its id second, sorted by ``sort``."""
    flat = table.reset_index()
    if "name" not in flat.columns:
        flat.insert(1, "name", [_name(G, a) for a in flat["actor"]])
    flat = flat[["name", "actor", *[c for c in flat.columns if c not in ("name", "actor")]]]
    if sort is not None:
        flat = flat.sort_values([sort, "name"], ascending=[ascending, True], kind="stable")
    out = flat.reset_index(drop=True)
    out.attrs = dict(table.attrs)
    return out


def _compact_brokerage(table: pd.DataFrame) -> pd.DataFrame:
    """One cell per role: the count, its z-score and permutation p-value (roles of no one dropped)."""
    from .brokerage import ROLES

    keep = ["name", "actor", "group"]
    out = table[keep].copy()
    for role in (*ROLES, "total"):
        if role != "total" and not (table[role] > 0).any():
            continue
        cells = []
        for count, z, p in zip(
            table[role], table[f"{role}_z"], table.get(f"{role}_p"), strict=True
        ):
            if count == 0:
                cells.append("0")
                continue
            stats = [f"z {_fmt(z, 1)}"] if z == z else []
            if p is not None and p == p:
                stats.append(f"p {_fmt(p, 3)}")
            cells.append(f"{int(count)} ({', '.join(stats)})" if stats else str(int(count)))
        out[role] = cells
    out = out[(table["total"] > 0).to_numpy()].reset_index(drop=True)
    out.attrs = dict(table.attrs)
    return out


def _page_centrality(table: pd.DataFrame) -> pd.DataFrame:
    """The centrality table for the page: PageRank first, strengths and ``degree`` left to the CSV."""
    keep = ["name", "actor", "pagerank", "neighbours", "degree_in", "degree_out", "betweenness"]
    keep += ["closeness", "eigenvector", "hub", "authority"]
    out = table[[c for c in keep if c in table.columns]].copy()
    out.attrs = {
        "caption": "Sorted by PageRank; neighbours are the distinct actors tied to the actor,"
        " degree_in/degree_out those with relations to/from it. centrality.csv also has degree"
        " (in + out) and the strengths, at full precision."
    }
    return out


def _compact_mediators(table: pd.DataFrame) -> pd.DataFrame:
    """The mediator table for the page: the numbers on one line each; the explanations are in
    the Reading (and in mediators.csv), not squeezed into table cells."""
    keep = [
        "rank",
        "name",
        "actor",
        "score",
        "dyads",
        "records",
        "weighted_records",
        "rounds",
        "first",
        "last",
        "conflict_pairs",
    ]
    out = table[[c for c in keep if c in table.columns]].copy()
    out.attrs = {
        "caption": "Ranked by the rule in docs/analysis.md; the Reading above explains each"
        " rank, and mediators.csv has every column with the explanations."
    }
    return out


def _fmt(value, digits: int = 3) -> str:
    """A number for display: ``digits`` decimals, trailing zeros dropped, never ``-0``."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (float, np.floating)):
        return str(value)
    if value != value:
        return ""
    text = f"{round(float(value), digits) + 0.0:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _mediation_only(G, coop, groups, table) -> dict:
    """Actors whose brokerage disappears (or mostly does) without mediation relations.

    Returns a mapping actor -> (total with, total without) for actors whose
    brokered pairs come only, or for more than half, from mediation ties.
    """
    from .brokerage import brokerage

    bare = coop.copy()
    bare.remove_edges_from(
        [
            (u, v, k)
            for u, v, k, d in coop.edges(keys=True, data=True)
            if d.get("category") == "mediation"
        ]
    )
    without = brokerage(bare, groups, directed=False)["total"]
    out = {}
    for actor, total in table["total"].items():
        rest = int(without.get(actor, 0))
        if total > 0 and rest * 2 < total:
            out[actor] = (int(total), rest)
    return out


def _brokerage_table(G, seed: int):
    """The report's brokerage table: Gould–Fernandez roles on the cooperative layer between
    the brokerage groups, named, with a caption that says where mediation ties alone make
    an actor a broker."""
    from .brokerage import brokerage
    from .layers import layer

    groups, grouping = _brokerage_groups(G)
    coop = layer(G, sign=1)
    full = brokerage(coop, groups, directed=False, permutations=1000, seed=seed)
    only = _mediation_only(G, coop, groups, full)
    table = _named(G, full, "total")
    caption = (
        f"Gould–Fernandez roles on the cooperative layer (relations of sign +1, as two-way"
        f" ties), with the groups given by {grouping}: pairs brokered, with z-scores against"
        " sna's expectations and p-values from 1000 seeded permutations; actors who broker"
        " nothing are left out (brokerage.csv has every actor and, per role, the count,"
        " expectation, standard deviation, z and p)."
    )
    mediating = {u for u, _v, d in G.edges(data=True) if d.get("category") == "mediation"}
    notes = [
        f"{_name(G, a)}'s brokerage ({n} pairs) comes "
        + ("only" if rest == 0 else f"mostly ({n - rest} of {n})")
        + (
            " from its own mediation relations (see Mediators);"
            if a in mediating
            else " from mediation ties: the mediators are tied to it, not brokered by it;"
        )
        + f" without mediation relations it brokers {rest} pairs."
        for a, (n, rest) in only.items()
    ]
    if notes:
        caption += " Note: " + " ".join(notes)
    table.attrs["caption"] = caption
    return table


def _brokerage_groups(G):
    """Brokerage groups: the actors' camps, or — in a graph where no actor has a camp, as
    built from event data — the top-level actor each belongs to (its state or organisation,
    following ``parent``), so that brokerage is between countries."""
    if any(G.nodes[n].get("camp") for n in G):
        if G.graph.get("camps") == "inferred":
            return (
                "camp",
                "the camps inferred from the signs of the relations (no actor has a camp)",
            )
        return "camp", "the actors' camps"
    from .layers import _root

    return {n: _root(G, n) for n in G}, "the top-level actor each belongs to (no actor has a camp)"


def _roles_over_time(G, tables):
    """Add the role changes when the dated relations span more than one window (years, else
    months, else weeks); return the timeline figure, or None."""
    from .plotting import _agg_figure
    from .temporal import role_changes, roles
    from .timeline import _plot_timeline

    for freq in ("year", "month", "week"):
        try:
            table = roles(G, freq)
        except ValueError:  # no dated relations
            return None
        if table["window"].nunique() > 1:
            break
    else:
        return None
    changes = role_changes(table)
    changes.attrs["caption"] = (
        f"Changes of role from one {freq} to the actor's next active {freq} (graphlib_kb.roles:"
        " mediator, offered mediator, party, broker, target, bystander; a relation dated"
        " ../2023-07 counts in July 2023 only)."
    )
    tables["roles"] = changes
    names = {n: _name(G, n) for n in G}
    drawn = _plot_timeline(
        table,
        "role",
        ax=None,
        actors=None,
        max_actors=30,
        names=names,
        cmap="viridis",
        legend=True,
        new_figure=_agg_figure,
    )
    return drawn.figure


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
        tables as ``.csv`` and ``.md`` (actor name first, id second; centrality
        sorted by PageRank, brokerage by total, mediators by rank; the ``.md``
        and the page round for display, the ``.csv`` keeps full precision and
        every column, while the page and ``brokerage.md`` show one cell per
        brokerage role — count, z, p — and note actors whose brokerage comes
        from mediation ties); ``diagram.png`` and ``diagram.svg``;
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
    from .balance import with_camps
    from .centrality import centrality
    from .html import html_text
    from .mediators import mediators
    from .plotting import _agg_figure, _draw_diagram, figure_bytes
    from .summary import summary

    folder = Path(folder)
    step = progress or (lambda name: None)
    tables = {}
    G = with_camps(G)  # no hand-coded camps (event data): camps inferred from the signs
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        step("summary")
        tables["summary"] = summary(G)
        step("centrality")
        tables["centrality"] = centrality_table = centrality(G)
        step("brokerage")
        tables["brokerage"] = _brokerage_table(G, seed)
        step("mediators")
        mediators_table = mediators(G)
        tables["mediators"] = _named(G, mediators_table)
        step("roles")
        timeline = _roles_over_time(G, tables)
    tables["centrality"] = _named(G, tables["centrality"], "pagerank")
    display = dict(tables, brokerage=_compact_brokerage(tables["brokerage"]))
    files = {}
    for name, table in tables.items():
        files[f"{name}.csv"] = render_table(table, "csv").encode("utf-8")
        files[f"{name}.md"] = render_table(display[name], "markdown", digits=3).encode("utf-8")
    if timeline is not None:
        for fmt in ("png", "svg"):
            files[f"timeline.{fmt}"] = figure_bytes(timeline, fmt)
    step("diagram")
    # Figures on the Agg canvas, outside pyplot: the caller's backend stays as it was.
    fig = _draw_diagram(_agg_figure(figsize=(16.0, 12.0)), G, seed=seed)
    for fmt in ("png", "svg"):
        files[f"diagram.{fmt}"] = figure_bytes(fig, fmt)
    step("interactive view")
    files["graph.html"] = html_text(G, seed=seed).encode("utf-8")
    step("index")
    text = reading(G, centrality_table, mediators_table)
    if G.graph.get("camps") == "inferred" and any(G.nodes[n].get("camp") for n in G):
        text.insert(
            0,
            "No actor has a hand-coded camp: the camps in the diagram, the view and the brokerage"
            " table are inferred from the signs of the relations (the two-camp split that leaves"
            " the fewest friendly ties across and hostile ties inside; graphlib_kb.camps).",
        )
    page_tables = dict(
        display,
        centrality=_page_centrality(tables["centrality"]),
        mediators=_compact_mediators(tables["mediators"]),
    )
    files["index.html"] = _page(G, text, page_tables).encode("utf-8")
    with AtomicWriter() as out:
        for name, data in files.items():
            out.add(folder / name, data)
    return folder
