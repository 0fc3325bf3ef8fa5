"""Aggregated event edges -> actor graphs that every analysis, plot and export accepts."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from ..errors import DatasetError, GraphlibError
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

    table = _edge_arrays(edges)
    if table is not None:
        written = _write_arrays(table, edges.attrs["ingest"], path, name)
        if written is not None:
            return written
    # not plain (missing values, other types) or not clean: the checks that name the rows
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


def _write_ingested(edges, path, name: str | None = None):
    """:func:`write_edges` of what ``graphlib-kb ingest`` aggregated: a DataFrame, or the
    Arrow columns of the ingest's own route (:class:`.pipeline._EdgeColumns`), written
    without a DataFrame in between (the same files)."""
    from .pipeline import _EdgeColumns

    if not isinstance(edges, _EdgeColumns):
        return write_edges(edges, path, name)
    written = _write_arrays(_written_columns(edges.columns), edges.attrs["ingest"], path, name)
    if written is not None:
        return written
    return write_edges(edges.frame(), path, name)  # the checks that name the rows


def _written_columns(cols: dict) -> dict:
    """Edge columns (:func:`.pipeline._edge_columns`) as :func:`_write_arrays` takes them:
    days as ISO text, the window only where a row has one."""
    import pyarrow as pa

    out = {c: v for c, v in cols.items() if c not in ("window", "first_day", "last_day")}
    out["first_date"] = cols["first_day"].cast(pa.large_string())
    out["last_date"] = cols["last_day"].cast(pa.large_string())
    if cols["window"].null_count < len(cols["window"]):
        out["window"] = cols["window"].cast(pa.large_string())
    return out


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

    output = Path(path)
    if "window" not in edges.columns:
        message = "no 'window' column; ingest it with window="
        raise DatasetError([("edge table", None, "window", message)])
    if output.exists() and not output.is_dir():
        raise DatasetError([(str(output), None, None, "exists and is not a folder")])
    if output.exists() and any(output.iterdir()):
        message = "the folder is not empty; windows need a new folder"
        raise DatasetError([(str(output), None, None, message)])
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


_TEXT_EDGE_COLUMNS = ("source", "target", "type", "first_date", "last_date", "evidence")
_INT_EDGE_COLUMNS = ("events", "mentions", "num_sources", "quad_class")
_FLOAT_EDGE_COLUMNS = ("goldstein_sum", "goldstein_mean")


def _edge_arrays(edges: pd.DataFrame):
    """The columns of an edge table as Arrow arrays (``window`` as ISO text, or absent when
    no row has one), or None when a column is not what :func:`event_edges` makes (text,
    integers, floats, dates) and the table must go the checked pandas route."""
    if not {*_TEXT_EDGE_COLUMNS, *_INT_EDGE_COLUMNS, *_FLOAT_EDGE_COLUMNS} <= set(edges.columns):
        return None
    if "ingest" not in edges.attrs or not edges.columns.is_unique:
        return None
    return _arrays_of(_without_attrs(edges))


def _arrays_of(edges: pd.DataFrame):
    import pyarrow as pa

    out = {}
    try:
        for c in _TEXT_EDGE_COLUMNS:
            col = edges[c]
            if col.dtype != object and not isinstance(col.dtype, pd.StringDtype):
                return None
            if isinstance(col.dtype, pd.StringDtype) and col.dtype.storage == "pyarrow":
                values = pa.array(col.array)  # (Arrow's own, not copied to Python strings)
                if isinstance(values, pa.ChunkedArray):
                    values = values.combine_chunks()
                out[c] = values.cast(pa.large_string())
            else:  # text and missing values only (Arrow would take bytes as text)
                if pd.api.types.infer_dtype(col, skipna=True) not in ("string", "empty"):
                    return None
                out[c] = pa.array(
                    col.to_numpy(dtype=object), from_pandas=True, type=pa.large_string()
                )
        for c in _INT_EDGE_COLUMNS:
            col = edges[c]
            if not pd.api.types.is_integer_dtype(col.dtype) or col.dtype == bool:
                return None
            out[c] = pa.array(col.array, type=pa.int64(), from_pandas=True)
        for c in _FLOAT_EDGE_COLUMNS:
            col = edges[c]
            if not pd.api.types.is_float_dtype(col.dtype):
                return None
            out[c] = pa.array(col.to_numpy(dtype=float))
        if "window" in edges.columns:
            windows = edges["window"].astype(object)
            if windows.notna().any():
                # days only (a datetime would be cut to its day here; the pandas route writes
                # its isoformat)
                if set(map(type, windows[windows.notna()].tolist())) != {dt.date}:
                    return None
                days = pa.array(windows.to_numpy(), from_pandas=True, type=pa.date32())
                out["window"] = pa.array(
                    [None if w is None else w.isoformat() for w in days.to_pylist()],
                    type=pa.large_string(),
                )
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return None
    return out


def _write_arrays(cols: dict, info: dict, path, name):
    """Write the dataset folder of an edge table given as Arrow arrays (:func:`_edge_arrays`)
    when every value passes the checks over columns; None when one needs the row-by-row
    checks (whose messages name the rows), which the caller then runs.

    The rows are put in the writer's order first; each chunk of rows then gets its text
    (ids, dates, evidence) and CSV cells as it is written, two chunks at a time."""
    from concurrent.futures import ThreadPoolExecutor

    import pyarrow as pa
    import pyarrow.compute as pc

    for c in ("source", "target", "type", "first_date", "last_date"):
        if cols[c].null_count:
            return None
    ends = pc.unique(pa.chunked_array([cols["source"], cols["target"]])).to_pylist()
    try:
        actors = _actor_rows(set(ends), info)
    except KeyError:  # an actor the table does not describe
        return None
    with ThreadPoolExecutor(max_workers=1) as pool:  # the order, meanwhile the checks
        ordering = pool.submit(_natural_order, cols)

        def order():
            try:
                return ordering.result()
            except (ValueError, GraphlibError):  # (digit runs longer than int() reads)
                raise _NotOrdered from None

        try:
            return _write_ordered(cols, info, path, name, actors, order)
        except _NotOrdered:
            return None
        finally:
            ordering.exception()  # (waits for it)


class _NotOrdered(Exception):
    """The natural order of the ids needs the row-by-row route."""


def _write_ordered(cols: dict, info: dict, path, name, actors: list, order):
    """:func:`_write_arrays` once the actors are known; ``order()`` gives the order."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from ..io.dataset import write_relation_arrays
    from ..schema import RELATION_FIELDS, Tables, check, frame_records
    from ..vocabulary import relation_type_records

    document = "events"
    title = info["source_title"]
    n = len(cols["source"])
    lo, hi = (pc.min(cols["first_date"]).as_py(), pc.max(cols["last_date"]).as_py())
    lo, hi = (lo, hi) if n else (None, None)
    sources, graph = _graph_tables(info, name, document, lo, hi)
    # the actors, sources and graph attributes are checked as always (a few rows); the
    # relations over columns below
    checked = check(
        Tables(
            actors=frame_records(actors, "actors"),
            relation_frame=pd.DataFrame(),
            sources=frame_records(sources, "sources"),
            graph=graph,
        ),
        records=False,
    )
    if checked.problems:
        return None
    if not _clean_arrays(cols, title, {a["id"] for a in actors}, order):
        return None
    order = order()
    types = relation_type_records()
    extras_in = ["events", "mentions", "num_sources", "goldstein_sum", "quad_class"]
    if "window" in cols:
        extras_in.append("window")
    # extra columns: in the order a row-by-row writer meets them (the row of their first
    # value, then the column's place), with the type of that value; a column without any
    # value is left out
    place = np.empty(n, dtype=np.int64)
    place[order.to_numpy()] = np.arange(n)
    first = {}
    for position, c in enumerate(extras_in):
        present = _present(cols[c]).to_numpy(zero_copy_only=False)
        if present.any():
            first[c] = (int(place[present].min()), position)
    extras = {c: _py_type(cols[c].type) for c in sorted(first, key=first.get)}
    names = [f.name for f in RELATION_FIELDS] + list(extras)
    inputs = ("source", "target", "type", "first_date", "last_date", "evidence", "events")
    inputs += ("mentions", "goldstein_mean")

    def chunk(start, stop):
        rows = order.slice(start, stop - start)
        part = {c: cols[c].take(rows) for c in inputs}
        _, _, rel = _relation_arrays(part, title, document)
        kinds, type_codes = _dictionary(rel["type"])
        arrays = {
            **rel,
            "category": pa.array([types[t]["category"] for t in kinds], pa.large_string()).take(
                type_codes
            ),
            "sign": pa.array([int(types[t]["sign"]) for t in kinds], pa.int64()).take(type_codes),
            "status": "asserted",  # (the same text on every row)
            "document": document,
        }
        for c in extras:
            arrays[c] = cols[c].take(rows)
        return [arrays.get(c) for c in names]

    return write_relation_arrays(checked, path, names, extras, chunk, n)


def _present(values):
    """Which cells hold a value (not null, not NaN, not empty text)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    present = values.is_valid()
    if pa.types.is_floating(values.type):
        present = pc.and_(present, pc.invert(pc.fill_null(pc.is_nan(values), True)))
    elif pa.types.is_large_string(values.type) or pa.types.is_string(values.type):
        present = pc.and_(present, pc.fill_null(pc.not_equal(values, ""), False))
    return present


def _dictionary(values):
    """The distinct values (a Python list) of an Arrow array and each cell's position among
    them."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(values)
    return encoded.dictionary.to_pylist(), encoded.indices


def _natural_order(rel: dict):
    """Positions of the relations in the dataset writer's order (:func:`natural_order`): the
    natural keys of ids ``source:type:target`` put together from those of each distinct
    source, type and target (a run of digits never spans the ``:``)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from ..io.dataset import _natural_sort, natural_keys

    parts = []
    for c in ("source", "type", "target"):
        distinct, codes = _dictionary(rel[c])
        parts.append(natural_keys(distinct).take(codes))
    colon = pa.scalar(":", type=pa.large_string())
    empty = pa.scalar("", type=pa.large_string())
    keys = pc.binary_join_element_wise(parts[0], colon, parts[1], colon, parts[2], empty)
    return _natural_sort(keys, rel["source"], rel["target"])


_ID_OR_REF = r"^[A-Za-z0-9_.:-]+$"  # (Python's \w also takes other scripts: checked per row)
_ISO_DAY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
# control characters but tab and newline, as CONTROL_IN_TEXT (Arrow holds no surrogates)
_CONTROL_IN_TEXT = r"[\x00-\x08\x0b-\x1f\x7f-\x{9f}]"


def _clean_arrays(cols: dict, title: str, actor_ids: set, order) -> bool:
    """Whether the relations of edge columns pass :func:`graphlib_kb.schema.check`'s rules,
    decided over whole columns: True only when every rule plainly holds (anything else goes
    to the row-by-row checks, which name the row and field). *order* sorts the ids (equal
    ids side by side; a function that gives it, called only when needed)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from ..dates import date_bounds
    from ..schema import CONTROL_IN_TEXT, WEIGHT_RANGE
    from ..vocabulary import relation_type_records

    def all_true(mask) -> bool:
        return bool(pc.all(pc.fill_null(mask, False)).as_py()) if len(mask) else True

    n = len(cols["source"])
    parts = {c: pc.unique(cols[c]) for c in ("source", "target", "type")}
    # ids are source:type:target, so they are ids when their parts are
    for distinct in parts.values():
        if not all_true(pc.match_substring_regex(distinct, _ID_OR_REF)):
            return False
    for c in ("source", "target"):
        if not set(parts[c].to_pylist()) <= actor_ids:
            return False
    if not set(parts["type"].to_pylist()) <= set(relation_type_records()):
        return False
    if n > 1:  # distinct ids
        if any(pc.any(pc.match_substring_regex(p, ":")).as_py() for p in parts.values()):
            colon = pa.scalar(":", type=pa.large_string())
            ids = pc.binary_join_element_wise(
                cols["source"], colon, cols["type"], colon, cols["target"], ""
            )
            if pc.count_distinct(ids).as_py() != n:
                return False
        else:  # an id is its parts: equal ids have equal parts, and sort side by side
            order = order()
            same = np.ones(n - 1, dtype=bool)
            for c in ("source", "target", "type"):
                codes = pc.dictionary_encode(cols[c]).indices.take(order).to_numpy()
                same &= codes[1:] == codes[:-1]
            if same.any():
                return False
    if n and pc.any(pc.equal(cols["source"], cols["target"])).as_py():
        return False
    w = pd.Series(cols["goldstein_mean"].to_numpy(zero_copy_only=False)).clip(-10.0, 10.0)
    if not ((w >= WEIGHT_RANGE[0]) & (w <= WEIGHT_RANGE[1])).all():
        return False
    for c in ("first_date", "last_date"):
        distinct = pc.unique(cols[c])
        if not all_true(pc.match_substring_regex(distinct, _ISO_DAY)):
            return False
        try:
            for day in distinct.to_pylist():
                date_bounds(day)
        except ValueError:
            return False
    if not all_true(pc.less_equal(cols["first_date"], cols["last_date"])):
        return False
    # the evidence: a summary (numbers, ISO dates, the source's title) and the references
    if CONTROL_IN_TEXT.search(title):
        return False
    texts = [cols["evidence"]] + ([cols["window"]] if "window" in cols else [])
    if any(_has_control(t) for t in texts):
        return False
    for c in ("events", "mentions", "num_sources", "quad_class"):
        if not pa.types.is_integer(cols[c].type):
            return False
    for c in ("goldstein_sum",):
        values = cols[c].to_numpy(zero_copy_only=False).astype(float)
        if np.isinf(values).any():
            return False
    return True


# bytes that are never (part of) a control character in UTF-8 text: printable ASCII, tab,
# newline, and the bytes of other characters (C1 controls, U+0080-U+009F, start with 0xC2)
_NOT_CONTROL = bytes([9, 10, *range(0x20, 0x7F), *range(0x80, 0x100)])


def _has_control(values) -> bool:
    """Whether a text cell holds a control character other than tab and newline
    (:data:`graphlib_kb.schema.CONTROL_IN_TEXT`; Arrow holds no surrogates): one pass over
    the bytes, and the pattern only where a byte could start a C1 control."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(values) == 0:
        return False
    values = pc.fill_null(values, "")
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    blob = values.buffers()[2]
    blob = b"" if blob is None else memoryview(blob).tobytes()
    if blob.translate(None, _NOT_CONTROL):
        return True  # (a C0 control or DEL somewhere in the buffer: look closer)
    if b"\xc2" not in blob:
        return False
    return bool(pc.any(pc.match_substring_regex(values, _CONTROL_IN_TEXT)).as_py())


def _py_type(kind):
    import pyarrow as pa

    if pa.types.is_integer(kind):
        return int
    if pa.types.is_floating(kind):
        return float
    return str


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
    frame = _without_attrs(edges)
    ends = pd.concat([frame["source"], frame["target"]], ignore_index=True)
    _check_ends(frame, ends, info["actors"])
    actors = _actor_rows(set(ends.unique().tolist()), info)
    document = "events"
    lo, hi, relations = _relation_columns(frame, info["source_title"], document)
    windows = frame["window"].astype(object)
    if windows.notna().any():
        relations["window"] = [None if w is None else w.isoformat() for w in windows.tolist()]
    sources, graph = _graph_tables(info, name, document, lo, hi)
    return actors, relations, sources, graph


def _check_ends(frame: pd.DataFrame, ends: pd.Series, known: dict) -> None:
    """Every source and target must be an actor of the ingest (``edges.attrs``); checked per
    distinct value, and the first row of each stranger is named."""
    strangers = [e for e in ends.unique().tolist() if not isinstance(e, str) or e not in known]
    if not strangers:
        return
    problems = []
    for value in strangers[:10]:
        for field in ("source", "target"):
            same = frame[field].map(lambda v, value=value: v is value or v == value)
            hits = np.flatnonzero(same.to_numpy(dtype=bool))  # (positions: an index may repeat)
            if len(hits):
                message = f"{value!r} is not an actor of this ingest (edges.attrs['ingest'])"
                problems.append(("edge table", int(hits[0]) + 1, field, message))
                break
    raise DatasetError(problems)


def _actor_rows(ends: set, info: dict) -> list:
    """The actors table (records) of the relations' ends and their parents."""
    keep = with_parents(ends, info["actors"])
    actors = []
    for ident in sorted(keep):
        a = info["actors"][ident]
        row = {"id": ident, "name": a["name"], "kind": a["kind"], "aliases": list(a["aliases"])}
        if a["parent"]:
            row["parent"] = a["parent"]
        if a.get("cameo"):
            row["cameo"] = a["cameo"]
        actors.append(row)
    return actors


def _graph_tables(info: dict, name, document: str, lo, hi):
    """The sources table (records) and the graph attributes of an edge table's graph."""
    title = info["source_title"]
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
    return sources, graph


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

    def text(col):
        values = pa.array(col.astype(object).to_numpy(), from_pandas=True, type=pa.large_string())
        if values.null_count:
            raise _NotPlain(col.name)
        return values

    def objects(values):
        return pd.Series(values.to_numpy(zero_copy_only=False), index=frame.index, dtype=object)

    cols = {c: text(frame[c]) for c in ("source", "target", "type", "first_date", "last_date")}
    cols["evidence"] = pa.array(
        frame["evidence"].astype(object).to_numpy(), from_pandas=True, type=pa.large_string()
    )
    for c in ("events", "mentions", "num_sources"):
        cols[c] = pa.array(frame[c].astype("int64").to_numpy())
    for c in ("goldstein_mean", "goldstein_sum"):
        cols[c] = pa.array(frame[c].astype(float).to_numpy())
    lo, hi, arrays = _relation_arrays(cols, title, document)
    n = len(frame)
    relations = pd.DataFrame(
        {
            "id": objects(arrays["id"]),
            "source": objects(arrays["source"]),
            "target": objects(arrays["target"]),
            "type": objects(arrays["type"]),
            "weight": pd.Series(arrays["weight"].to_numpy(), index=frame.index),
            "date": objects(arrays["date"]),
            "status": pd.Series(["asserted"] * n, index=frame.index, dtype=object),
            "evidence": objects(arrays["evidence"]),
            "document": pd.Series([document] * n, index=frame.index, dtype=object),
            "events": frame["events"].astype("int64"),
            "mentions": frame["mentions"].astype("int64"),
            "num_sources": frame["num_sources"].astype("int64"),
            "goldstein_sum": frame["goldstein_sum"].astype(float),
            "quad_class": pd.array(frame["quad_class"], dtype="Int64"),
        }
    )
    return lo, hi, relations


def _distinct_texts(values, render):
    """``render(x)`` of every float in the Arrow array *values* (no nulls), as a
    large_string array, calling *render* once per distinct value (bit for bit)."""
    import pyarrow as pa

    floats = values.to_numpy(zero_copy_only=False).astype(float)
    bits, where = np.unique(floats.view(np.int64), return_inverse=True)
    texts = pa.array([render(x) for x in bits.view(np.float64).tolist()], type=pa.large_string())
    return texts.take(pa.array(where.reshape(-1)))


def _relation_arrays(cols: dict, title: str, document: str):
    """The first and last dates and the relation columns (Arrow arrays) made from an edge
    table's columns: *cols* holds ``source``, ``target``, ``type``, ``first_date``,
    ``last_date`` (text without missing values), ``evidence`` (text), ``events``,
    ``mentions`` (integers) and ``goldstein_mean`` (floats); the result ``id``, ``source``,
    ``target``, ``type``, ``weight``, ``date`` and ``evidence``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    def lit(value):
        return pa.scalar(value, type=pa.large_string())

    def join(*parts):
        return pc.binary_join_element_wise(*parts, lit(""))

    first_a, last_a = cols["first_date"], cols["last_date"]
    source, target, rtype = cols["source"], cols["target"], cols["type"]
    refs = pc.fill_null(cols["evidence"], lit(""))
    events = cols["events"].to_numpy(zero_copy_only=False)
    mentions = cols["mentions"].to_numpy(zero_copy_only=False)
    mean = cols["goldstein_mean"].to_numpy(zero_copy_only=False).astype(float)
    same = pc.equal(first_a, last_a)
    means = _distinct_texts(cols["goldstein_mean"], lambda x: format(x, "g"))
    evidence = join(
        pc.cast(cols["events"], pa.large_string()),
        pc.if_else(pa.array(events != 1), lit(f" {title} events"), lit(f" {title} event")),
        pc.if_else(
            same, join(lit(" on "), first_a), join(lit(" from "), first_a, lit(" to "), last_a)
        ),
        lit(", "),
        pc.cast(cols["mentions"], pa.large_string()),
        pc.if_else(pa.array(mentions != 1), lit(" mentions"), lit(" mention")),
        lit("; mean Goldstein "),
        means,
        lit("."),
    )
    evidence = pc.if_else(
        pc.equal(refs, lit("")), evidence, join(evidence, lit(" Reports: "), refs)
    )
    dates = pc.if_else(same, first_a, join(first_a, lit("/"), last_a))
    ids = join(source, lit(":"), rtype, lit(":"), target)
    arrays = {
        "id": ids,
        "source": source,
        "target": target,
        "type": rtype,
        "weight": pa.array(pd.Series(mean).clip(-10.0, 10.0).to_numpy()),
        "date": dates,
        "evidence": evidence,
    }
    if not len(ids):
        return None, None, arrays
    return pc.min(first_a).as_py(), pc.max(last_a).as_py(), arrays


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
