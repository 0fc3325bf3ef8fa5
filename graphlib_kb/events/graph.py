"""Aggregated event edges -> actor graphs that every analysis, plot and export accepts."""

from __future__ import annotations

import pandas as pd

from ..model import from_tables
from .pipeline import event_edges, with_parents

__all__ = ["from_events", "graph_from_edges", "graphs_by_window"]


def graph_from_edges(edges: pd.DataFrame, name: str | None = None):
    """Build one actor graph from a table made by :func:`graphlib_kb.event_edges`.

    Parameters
    ----------
    edges : pandas.DataFrame
        The edge table, with its ``attrs["ingest"]`` (rows of several windows are merged
        only if their ``(source, target, type)`` differ; select one window first).
    name : str, optional
        Graph name; defaults to the event source's.

    Returns
    -------
    graphlib_kb.ActorGraph
        One relation per row, keyed ``SOURCE:type:TARGET``, with ``weight`` = mean Goldstein
        score, ``date`` = first/last event, ``status`` = ``asserted``, ``evidence`` = a
        summary with the references, ``document`` = the event source; and the attributes
        ``events``, ``mentions``, ``num_sources``, ``goldstein_sum``, ``quad_class`` (and
        ``window``). Actors carry ``name``, ``kind``, ``parent``, ``aliases`` (the names used
        in the most reported event of each of their relations, most frequent first) and
        ``cameo``.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.events import graph_from_edges, sample_path
    >>> edges = gk.event_edges(sample_path("gdelt2"), "gdelt2")
    >>> G = graph_from_edges(edges)
    >>> G.nodes["AZEGOV"]["name"], G.nodes["AZEGOV"]["parent"]
    ('Azerbaijan government', 'AZE')
    """
    info = edges.attrs["ingest"]
    title = info["source_title"]
    keep = with_parents(set(edges["source"]) | set(edges["target"]), info["actors"])
    actors = []
    for ident in sorted(keep):
        a = info["actors"][ident]
        row = {"id": ident, "name": a["name"], "kind": a["kind"], "aliases": list(a["aliases"])}
        if a["parent"]:
            row["parent"] = a["parent"]
        if a.get("cameo"):
            row["cameo"] = a["cameo"]
        actors.append(row)
    document = "events"
    relations = []
    for e in edges.itertuples(index=False):
        date = e.first_date if e.first_date == e.last_date else f"{e.first_date}/{e.last_date}"
        plural = "s" if e.events != 1 else ""
        evidence = (
            f"{e.events} {title} event{plural}"
            + (
                f" on {e.first_date}"
                if e.first_date == e.last_date
                else f" from {e.first_date} to {e.last_date}"
            )
            + f", {e.mentions} mention{'s' if e.mentions != 1 else ''}; mean Goldstein {e.goldstein_mean:g}."
        )
        if e.evidence:
            evidence += f" Reports: {e.evidence}"
        row = {
            "id": f"{e.source}:{e.type}:{e.target}",
            "source": e.source,
            "target": e.target,
            "type": e.type,
            "weight": max(-10.0, min(10.0, float(e.goldstein_mean))),
            "date": date,
            "status": "asserted",
            "evidence": evidence,
            "document": document,
            "events": int(e.events),
            "mentions": int(e.mentions),
            "num_sources": int(e.num_sources),
            "goldstein_sum": float(e.goldstein_sum),
        }
        if not pd.isna(e.quad_class):
            row["quad_class"] = int(e.quad_class)
        if e.window is not None:
            row["window"] = e.window.isoformat()
        relations.append(row)
    summary = (
        f"Aggregated from {info['rows']} {title} events ({info['used']} used;"
        f" {sum(info['unmapped'].values())} with codes that are not relations,"
        f" {info['no_source']} without a source actor, {info['no_target']} without a target,"
        f" {info['self_loops']} from an actor to itself)."
    )
    sources = [{"id": document, "title": f"{title} event data", "notes": summary}]
    lo, hi = min(edges["first_date"], default=None), max(edges["last_date"], default=None)
    period = "" if lo is None else f", {lo}" if lo == hi else f", {lo} to {hi}"
    return from_tables(
        actors,
        relations,
        sources=sources,
        name=name or f"{title} events",
        title=name or f"{title} events{period}",
        description=summary,
    )


def from_events(files, source: str = "gdelt2", *, window: str | None = None, name=None, **options):
    """Build actor graphs from event files (GDELT, ICEWS, ACLED, POLECAT).

    Parameters
    ----------
    files : path or list of paths
        The event files (see :func:`graphlib_kb.event_edges`).
    source : {"gdelt2", "gdelt1", "icews", "acled", "polecat"}
        The dataset they come from.
    window : {"day", "week", "month"}, optional
        Without it, one graph; with it, one graph per window.
    name : str, optional
        Graph name (the source's title by default).
    **options
        ``start``, ``end``, ``actors``, ``roots``, ``min_mentions``, ``min_sources``,
        ``engine``: passed to :func:`graphlib_kb.event_edges`.

    Returns
    -------
    graphlib_kb.ActorGraph, or dict of datetime.date -> ActorGraph
        One relation per (source actor, target actor, relation type) — see
        :func:`graph_from_edges`; with ``window``, a dict from each window's first day to
        its graph, in date order.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.events import sample_path
    >>> G = gk.from_events(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    >>> G.edges["RUS", "AZE", "RUS:mediate:AZE"]["events"]
    1
    >>> weekly = gk.from_events(sample_path("gdelt2"), "gdelt2", window="week")
    >>> [d.isoformat() for d in weekly]
    ['2023-07-10', '2023-07-31']
    """
    edges = event_edges(files, source, window=window, **options)
    if window is None:
        return graph_from_edges(edges, name)
    return graphs_by_window(edges, name)


def graphs_by_window(edges: pd.DataFrame, name: str | None = None) -> dict:
    """One graph per window of a windowed edge table, keyed by the window's first day, in date
    order (see :func:`graph_from_edges`).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.events import graphs_by_window, sample_path
    >>> edges = gk.event_edges(sample_path("gdelt2"), "gdelt2", window="month")
    >>> {d.isoformat(): g.number_of_edges() for d, g in graphs_by_window(edges).items()}
    {'2023-07-01': 10, '2023-08-01': 1}
    """
    out = {}
    for start, part in edges.groupby("window", sort=True):
        part = part.reset_index(drop=True)
        part.attrs = edges.attrs
        out[start] = graph_from_edges(part, name)
    return out
