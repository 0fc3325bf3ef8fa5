"""Aggregated event edges -> actor graphs that every analysis, plot and export accepts."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..model import from_tables
from .pipeline import event_edges, with_parents

__all__ = ["from_events", "graph_from_edges", "graphs_by_window", "write_edges"]


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
    actors, relations, sources, graph = _tables(edges, name)
    return from_tables(actors, relations, sources=sources, **graph)


def write_edges(edges: pd.DataFrame, path, name: str | None = None):
    """Write the graph :func:`graph_from_edges` would build as a dataset folder, straight
    from the tables: the relations are checked and written column by column, and no
    networkx graph is built (the files are the same as ``gk.write(graph_from_edges(edges,
    name), path)``).

    Examples
    --------
    >>> import os, tempfile, graphlib_kb as gk
    >>> from graphlib_kb.events import sample_path, write_edges
    >>> edges = gk.event_edges(sample_path("gdelt2"), "gdelt2")
    >>> folder = write_edges(edges, os.path.join(tempfile.mkdtemp(), "gdelt"))
    >>> gk.load_dataset(folder).number_of_edges() == len(edges)
    True
    """
    from ..io.dataset import write_checked_dataset, write_dataset
    from ..model import build_graph
    from ..schema import Tables, check, frame_records

    actors, relations, sources, graph = _tables(edges, name)
    tables = Tables(
        actors=frame_records(actors, "actors"),
        relation_frame=relations,
        sources=frame_records(sources, "sources"),
        graph=graph,
    )
    checked = check(tables, records=False)
    if checked.relation_frame is not None and not checked.problems:
        return write_checked_dataset(checked, path)
    return write_dataset(build_graph(checked), path)  # raises DatasetError on problems


def write_windows(edges: pd.DataFrame, path, name: str | None = None) -> list:
    """Write each window of a windowed edge table as a dataset folder, all or nothing.

    ``edges`` comes from :func:`event_edges` with ``window=``; each window's relations go
    to ``path/<first day of the window>`` (a folder :func:`graphlib_kb.load_dataset` reads,
    written by :func:`write_edges`). The folders are written into a staging folder beside
    ``path`` that is renamed to ``path`` only when every window was written, so a failure
    leaves nothing behind.

    Parameters
    ----------
    edges : pandas.DataFrame
        An edge table with a ``window`` column.
    path : str or pathlib.Path
        The folder to create; it must not exist or be empty.
    name : str, optional
        Name of each graph (default: the source's).

    Returns
    -------
    list of pathlib.Path
        The window folders written, in date order.

    Raises
    ------
    DatasetError
        When ``path`` is a file or a folder that is not empty, or a window's tables do not
        pass the checks.

    Examples
    --------
    >>> import os, tempfile, graphlib_kb as gk
    >>> from graphlib_kb.events import sample_path, write_windows
    >>> edges = gk.event_edges(sample_path("gdelt2"), "gdelt2", window="month")
    >>> folders = write_windows(edges, os.path.join(tempfile.mkdtemp(), "months"))
    >>> [f.name for f in folders]
    ['2023-07-01', '2023-08-01']
    >>> sum(gk.load_dataset(f).number_of_edges() for f in folders) == len(edges)
    True
    """
    import shutil
    import tempfile
    from pathlib import Path

    from ..errors import DatasetError

    output = Path(path)
    if "window" not in edges.columns:
        raise DatasetError("the edge table has no 'window' column; ingest it with window=")
    if output.exists() and not output.is_dir():
        raise DatasetError(f"{output}: exists and is not a folder")
    if output.exists() and any(output.iterdir()):
        raise DatasetError(f"{output}: the folder is not empty; windows need a new folder")
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-", dir=output.resolve().parent))
    try:
        written = []
        for day, part in edges.groupby("window", sort=True):
            part = part.reset_index(drop=True)
            part.attrs = edges.attrs
            write_edges(part, staging / day.isoformat(), name)
            written.append(output / day.isoformat())
        if output.exists():
            output.rmdir()
        staging.rename(output)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return written


def _without_attrs(edges: pd.DataFrame) -> pd.DataFrame:
    """The columns of *edges* without its ``attrs``: pandas deep-copies attrs on every
    operation, and an edge table's (every actor's description) is large."""
    attrs = edges.attrs
    try:
        edges.attrs = {}
        return pd.DataFrame({c: edges[c] for c in edges.columns})
    finally:
        edges.attrs = attrs


def _tables(edges: pd.DataFrame, name: str | None):
    """Actors (records), relations (a DataFrame, built column by column), sources and graph
    attributes of the graph of an edge table."""
    info = edges.attrs["ingest"]
    title = info["source_title"]
    frame = _without_attrs(edges)
    ends = pd.concat([frame["source"], frame["target"]], ignore_index=True)
    keep = with_parents(set(ends.unique().tolist()), info["actors"])
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
    lo, hi, relations = _relation_columns(frame, title, document)
    windows = frame["window"].astype(object)
    if windows.notna().any():
        relations["window"] = [None if w is None else w.isoformat() for w in windows.tolist()]
    summary = (
        f"Aggregated from {info['rows']} {title} events ({info['used']} used;"
        f" {sum(info['unmapped'].values())} with codes that are not relations,"
        f" {info['no_source']} without a source actor, {info['no_target']} without a target,"
        f" {info['self_loops']} from an actor to itself)."
    )
    sources = [{"id": document, "title": f"{title} event data", "notes": summary}]
    period = "" if lo is None else f", {lo}" if lo == hi else f", {lo} to {hi}"
    graph = {
        "name": name or f"{title} events",
        "title": name or f"{title} events{period}",
        "description": summary,
    }
    return actors, relations, sources, graph


def _relation_columns(frame: pd.DataFrame, title: str, document: str):
    """The first and last dates and the relations table of an edge
    table's rows; the text columns are put together in Arrow when every key and date is
    present (always, for tables made by :func:`event_edges`), else by pandas."""
    try:
        return _relation_columns_arrow(frame, title, document)
    except _NotPlain:
        return _relation_columns_pandas(frame, title, document)


class _NotPlain(Exception):
    """A column the Arrow route does not take as it is (missing keys or dates)."""


def _relation_columns_arrow(frame: pd.DataFrame, title: str, document: str):
    import pyarrow as pa
    import pyarrow.compute as pc

    def text(col):
        values = pa.array(col.astype(object).to_numpy(), from_pandas=True, type=pa.large_string())
        if values.null_count:
            raise _NotPlain(col.name)
        return values

    def lit(value):
        return pa.scalar(value, type=pa.large_string())

    def join(*parts):
        return pc.binary_join_element_wise(*parts, lit(""))

    def objects(values):
        return pd.Series(values.to_numpy(zero_copy_only=False), index=frame.index, dtype=object)

    n = len(frame)
    first_a, last_a = text(frame["first_date"]), text(frame["last_date"])
    source, target, rtype = text(frame["source"]), text(frame["target"]), text(frame["type"])
    refs = pa.array(
        frame["evidence"].astype(object).to_numpy(), from_pandas=True, type=pa.large_string()
    )
    refs = pc.fill_null(refs, lit(""))
    events = frame["events"].astype("int64")
    mentions = frame["mentions"].astype("int64")
    mean = frame["goldstein_mean"].astype(float)
    same = pc.equal(first_a, last_a)
    means = pa.array([format(x, "g") for x in mean.tolist()], type=pa.large_string())
    evidence = join(
        pc.cast(pa.array(events.to_numpy()), pa.large_string()),
        pc.if_else(
            pa.array(events.to_numpy() != 1), lit(f" {title} events"), lit(f" {title} event")
        ),
        pc.if_else(
            same, join(lit(" on "), first_a), join(lit(" from "), first_a, lit(" to "), last_a)
        ),
        lit(", "),
        pc.cast(pa.array(mentions.to_numpy()), pa.large_string()),
        pc.if_else(pa.array(mentions.to_numpy() != 1), lit(" mentions"), lit(" mention")),
        lit("; mean Goldstein "),
        means,
        lit("."),
    )
    evidence = pc.if_else(
        pc.equal(refs, lit("")), evidence, join(evidence, lit(" Reports: "), refs)
    )
    dates = pc.if_else(same, first_a, join(first_a, lit("/"), last_a))
    ids = join(source, lit(":"), rtype, lit(":"), target)
    relations = pd.DataFrame(
        {
            "id": objects(ids),
            "source": objects(source),
            "target": objects(target),
            "type": objects(rtype),
            "weight": mean.clip(-10.0, 10.0),
            "date": objects(dates),
            "status": pd.Series(["asserted"] * n, index=frame.index, dtype=object),
            "evidence": objects(evidence),
            "document": pd.Series([document] * n, index=frame.index, dtype=object),
            "events": events,
            "mentions": mentions,
            "num_sources": frame["num_sources"].astype("int64"),
            "goldstein_sum": frame["goldstein_sum"].astype(float),
            "quad_class": pd.array(frame["quad_class"], dtype="Int64"),
        }
    )
    if not n:
        return None, None, relations
    return pc.min(first_a).as_py(), pc.max(last_a).as_py(), relations


def _relation_columns_pandas(frame: pd.DataFrame, title: str, document: str):
    n = len(frame)
    # text is put together in Arrow (pandas' "str" dtype), column against column
    first = frame["first_date"].astype("str")
    last = frame["last_date"].astype("str")
    same = (first == last).to_numpy(dtype=bool)
    events = frame["events"].astype("int64")
    mentions = frame["mentions"].astype("int64")
    mean = frame["goldstein_mean"].astype(float)

    def pick(mask, yes, no):
        return pd.Series(np.where(mask, yes, no), dtype="str")

    means = pd.Series([format(x, "g") for x in mean.tolist()], dtype="str")
    refs = frame["evidence"].astype("str")
    has_refs = (refs.notna() & (refs != "")).to_numpy(dtype=bool)
    evidence = (
        events.astype("str")
        + pick(events.to_numpy() != 1, f" {title} events", f" {title} event")
        + (" from " + first + " to " + last).where(~same, " on " + first)
        + ", "
        + mentions.astype("str")
        + pick(mentions.to_numpy() != 1, " mentions", " mention")
        + "; mean Goldstein "
        + means
        + "."
    )
    evidence = evidence.where(~has_refs, evidence + " Reports: " + refs.fillna(""))
    dates = (first + "/" + last).where(~same, first)
    relations = pd.DataFrame(
        {
            "id": (frame["source"] + ":" + frame["type"] + ":" + frame["target"]).astype(object),
            "source": frame["source"].astype(object),
            "target": frame["target"].astype(object),
            "type": frame["type"].astype(object),
            "weight": mean.clip(-10.0, 10.0),
            "date": dates.astype(object),
            "status": pd.Series(["asserted"] * n, dtype=object),
            "evidence": evidence.astype(object),
            "document": pd.Series([document] * n, dtype=object),
            "events": events,
            "mentions": mentions,
            "num_sources": frame["num_sources"].astype("int64"),
            "goldstein_sum": frame["goldstein_sum"].astype(float),
            "quad_class": pd.array(frame["quad_class"], dtype="Int64"),
        }
    )
    lo, hi = (first.min(), last.max()) if n else (None, None)
    return lo, hi, relations


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
