"""Event files -> aggregated edge table -> actor graph(s).

The aggregation is one SQL query (DuckDB dialect; Spark runs its sqlglot translation) that
normalises every row, looks its code up in :func:`graphlib_kb.event_codes`, filters, and groups
by (source, target, relation type, window) in a single pass over the input. Everything that
needs exact, engine-independent arithmetic is integer (Goldstein is summed in tenths); means and
labels are computed afterwards in Python on the small grouped table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

import pandas as pd

from ..errors import DatasetError, UsageError
from .codes import _actor_code_records, actor_id, country_lookup, describe_actor_code, event_codes
from .engines import _quote_string, engine_errors, make_engine
from .inputs import inspect_inputs, scan_lines, streamed
from .layouts import EVENT_LAYOUTS

__all__ = ["event_edges", "EVENT_SOURCES", "WINDOWS", "EDGE_COLUMNS"]

#: Event sources: name -> title.
EVENT_SOURCES = {name: layout.title for name, layout in EVENT_LAYOUTS.items()}
WINDOWS = ("day", "week", "month")
#: The columns of :func:`event_edges`.
EDGE_COLUMNS = (
    "source",
    "target",
    "type",
    "window",
    "events",
    "mentions",
    "num_sources",
    "goldstein_sum",
    "goldstein_mean",
    "quad_class",
    "first_date",
    "last_date",
    "evidence",
)
_ACTOR_SPEC = re.compile(r"^[\w .'()-]+$")
# Event ids below 2**34 (GDELT's are near 1.3e9); the order keys multiply by it.
_ID_SPAN = 2**34
_CONTROL_CLASS = r"[\x00-\x08\x0b-\x1f\x7f]"  # C0 controls but tab and newline, and DEL
_CONTROL = re.compile(_CONTROL_CLASS)


def _window_expr(window):
    if window is None:
        return "CAST(NULL AS DATE)"
    if window == "day":
        return "day"
    return f"CAST(date_trunc('{window}', day) AS DATE)"


def _date_literal(value, name):
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)") from None
    return f"DATE '{day.isoformat()}'"


def _actor_condition(specs, side):
    """SQL: the event's source (or target) matches one of the actor specs: its code starts
    with the spec, or its country field holds the spec or, for a country, any of its names
    or codes (GDELT and POLECAT write codes there, ICEWS and ACLED names)."""
    countries = country_lookup()
    records = _actor_code_records()
    by_length: dict[int, set[str]] = defaultdict(set)
    names: set[str] = set()
    for spec in specs:
        by_length[len(spec)].add(spec)
        names.add(spec)
        code = countries.get(spec.lower())
        if code:
            names.add(code)
            names.add(records[code]["name"])
            names.update(filter(None, records[code]["aliases"].split("|")))
    terms = [
        f"substr({side}, 1, {n}) IN ({', '.join(_quote_string(x) for x in sorted(group))})"
        for n, group in sorted(by_length.items())
    ]
    terms.append(f"{side}_country IN ({', '.join(_quote_string(x) for x in sorted(names))})")
    return "(" + " OR ".join(terms) + ")"


def _order_keys(layout):
    """SQL keys that order a group's events: most reported first, then most recent.

    Both end with the event id, so that ties between events never leave the choice of the
    reported event or name to the engine's thread order (the outputs are deterministic).
    """
    if layout.numeric_id:
        top = f"coalesce(mentions, 1) * {_ID_SPAN} + event_id"
        recent = f"date_diff('day', DATE '1970-01-01', day) * {_ID_SPAN} + event_id"
    else:
        top = "lpad(CAST(coalesce(mentions, 1) AS VARCHAR), 12, '0') || event_id"
        recent = "CAST(day AS VARCHAR) || event_id"
    return top, recent


# Longer than 80 lines: most of it is the text of one SQL statement (three CTEs and the final
# grouping), kept in one place so that it reads top to bottom as the engine runs it.
def _query(views, layout, window, filters, code_filters, keep_duplicates=False):
    """The aggregation: rows -> row filters -> one row per event id among them (the first
    copy; unless *keep_duplicates*) -> code lookup (a join with the small code table) ->
    groups per (source, target, relation type, window), in one aggregation. (Grouping per
    code first and looking codes up in the groups costs a second aggregation with the
    references and names as payload, which is dearer than the row-level join.)"""
    union = "\nUNION ALL\n".join(
        f"SELECT {layout.select_for(columns)}, {number} AS input_no FROM {view}"
        for number, (view, columns) in enumerate(views)
    )
    where = " AND ".join(filters) if filters else "TRUE"
    # the row filters first (the engine pushes them into the scan), then one row per event id
    filtered = f"""SELECT * FROM (
{union}
) u WHERE {where}"""
    if keep_duplicates:
        events = f"SELECT *, 1 AS copies FROM ({filtered}) f"
    else:
        # which copy is kept must not depend on the engine's threads: the first input, then
        # every field the aggregation reads
        order = (
            "input_no, day, mentions DESC, sources DESC, goldstein, source, target, code,"
            " source_name, target_name, evidence"
        )
        events = f"""SELECT * FROM (
    SELECT f.*,
        row_number() OVER (PARTITION BY event_id ORDER BY {order}) AS copy_no,
        CASE WHEN event_id IS NULL THEN 1
            ELSE count(*) OVER (PARTITION BY event_id) END AS copies
    FROM ({filtered}) f
) d WHERE copy_no = 1 OR event_id IS NULL"""
    code_where = " AND ".join(code_filters) if code_filters else "TRUE"
    top, recent = _order_keys(layout)
    if layout.coded_actors:  # the actor code says the country
        countries = (
            "CAST(NULL AS VARCHAR) AS source_country, CAST(NULL AS VARCHAR) AS target_country"
        )
    else:
        countries = (
            "arg_max(source_country, top_key) AS source_country,"
            " arg_max(target_country, top_key) AS target_country"
        )
    return f"""
WITH e AS (
{events}
), k AS (
    SELECT e.*, {_window_expr(window)} AS win, {top} AS top_key, {recent} AS recent_key
    FROM e
), j AS (
    SELECT k.*,
        coalesce(c1.type, c2.type) AS type,
        CAST(round(coalesce(c1.goldstein, c2.goldstein) * 10) AS BIGINT) AS code_goldstein10,
        coalesce(c1.quad_class, c2.quad_class) AS code_quad_class,
        (c1.key IS NULL AND c2.key IS NULL) AS unknown
    FROM k
    LEFT JOIN codes c1 ON c1.key = k.code
    LEFT JOIN codes c2 ON c2.key = k.base_code AND c1.key IS NULL
    WHERE {code_where}
)
SELECT source, target, type, win,
    CASE WHEN type IS NULL THEN code END AS unmapped,
    CASE WHEN type IS NULL THEN unknown END AS unknown,
    count(*) AS events,
    sum(copies - 1) AS duplicates,
    sum(coalesce(mentions, 1)) AS mentions,
    sum(coalesce(sources, 1)) AS sources,
    sum(CASE WHEN goldstein BETWEEN -10 AND 10 THEN CAST(round(goldstein * 10) AS BIGINT)
        WHEN goldstein IS NULL THEN coalesce(code_goldstein10, 0) ELSE 0 END) AS goldstein10,
    min(day) AS first_day,
    max(day) AS last_day,
    min(quad_class) AS quad_class,
    min(CASE WHEN quad_class IS NULL THEN code_quad_class END) AS code_quad_class,
    sum(CASE WHEN day IS NULL THEN 1 ELSE 0 END) AS undated,
    sum(CASE WHEN NOT coalesce(goldstein BETWEEN -10 AND 10, TRUE)
        OR coalesce(mentions, 0) < 0 OR coalesce(sources, 0) < 0
        OR coalesce(regexp_matches(source_name, '{_CONTROL_CLASS}'), FALSE)
        OR coalesce(regexp_matches(target_name, '{_CONTROL_CLASS}'), FALSE)
        THEN 1 ELSE 0 END) AS bad,
    max(top_key) AS top_key,
    max(recent_key) AS recent_key,
    arg_max(evidence, top_key) AS top_evidence,
    arg_max(evidence, recent_key) AS recent_evidence,
    arg_max(source_name, top_key) AS source_name,
    arg_max(target_name, top_key) AS target_name,
    {countries}
FROM j
GROUP BY source, target, type, win, CASE WHEN type IS NULL THEN code END,
    CASE WHEN type IS NULL THEN unknown END
"""


def _check_options(layout, window, roots, actors, min_mentions, min_sources):
    if window is not None and window not in WINDOWS:
        raise UsageError(f"window={window!r}; expected one of {', '.join(WINDOWS)} or None")
    if roots and layout.scheme != "cameo":
        raise UsageError(f"roots filter CAMEO root codes; {layout.title} is not coded in CAMEO")
    for root in roots or ():
        if not re.fullmatch(r"\d{2}", str(root)) or not 1 <= int(root) <= 20:
            raise UsageError(f"root code {root!r} is not a CAMEO root code ('01' to '20')")
    for spec in actors or ():
        if not spec or not _ACTOR_SPEC.match(spec):
            raise UsageError(f"actor filter {spec!r} is not an actor code or name")
    for name, value in (("min_mentions", min_mentions), ("min_sources", min_sources)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise UsageError(f"{name} must be a non-negative integer, not {value!r}")


def event_edges(
    files,
    source: str = "gdelt2",
    *,
    start=None,
    end=None,
    actors=None,
    roots=None,
    min_mentions: int | None = None,
    min_sources: int | None = None,
    window: str | None = None,
    engine="duckdb",
    progress=None,
    keep_duplicates: bool = False,
) -> pd.DataFrame:
    """Aggregate event files into one row per (source actor, target actor, relation type, window).

    Parameters
    ----------
    files : path or list of paths
        Event files as distributed: GDELT exports (tab-separated, headerless; plain, gzip or
        zip, read as a stream), ICEWS and POLECAT tab files, ACLED CSV exports, or Parquet
        files with the layout's column names.
    source : {"gdelt", "gdelt2", "gdelt1", "icews", "acled", "polecat"}
        The dataset the files come from (see ``EVENT_SOURCES``); ``gdelt`` reads GDELT 2.0
        and 1.0 files (61, 58 or 57 fields) together, ``gdelt2`` and ``gdelt1`` only their own.
    start, end : str or datetime.date, optional
        Keep events on or after ``start`` and on or before ``end`` (ISO dates).
    actors : list of str, optional
        Keep events where the source or the target matches one of these: an actor code or its
        prefix (``AZE`` matches ``AZEGOV``), or a country given by code or name, matched
        against the actor's country field.
    roots : list of str, optional
        Keep events with these CAMEO root codes (``"19"``); CAMEO sources only.
    min_mentions, min_sources : int, optional
        Keep events reported at least this often (GDELT's NumMentions and NumSources).
    window : {"day", "week", "month"}, optional
        Aggregate per time window too (weeks start on Monday).
    engine : {"duckdb", "spark"} or engine object
        Where the SQL runs: embedded DuckDB (default) or Apache Spark.
    progress : callable, optional
        Called with the percentage done while the query runs (for progress bars; DuckDB
        reports as it goes, Spark only at the end).
    keep_duplicates : bool, default False
        Events are counted once per event id across all the files (GDELT's GLOBALEVENTID,
        ICEWS's and POLECAT's Event ID, ACLED's event_id_cnty): the same event given twice
        (one file twice, a day as a GDELT 1.0 and a 2.0 file) is dropped and counted in
        ``attrs["ingest"]["duplicates"]``. True keeps every copy.

    Returns
    -------
    pandas.DataFrame
        Sorted by ``window``, ``source``, ``target``, ``type``; columns:

        ``source``, ``target``
            Actor ids: the CAMEO actor code (GDELT), or an id made from the actor's name
            (a country's code where the actor is the country itself).
        ``type``
            Relation type (:func:`graphlib_kb.vocabulary`).
        ``window``
            First day of the window (``datetime.date``), or missing without ``window``.
        ``events``, ``mentions``, ``num_sources``
            Number of events; summed mentions and sources (1 per event where the source has
            no such count).
        ``goldstein_sum``, ``goldstein_mean``
            Summed and mean Goldstein score (the event's own score where the file has one,
            else the code's).
        ``quad_class``
            The lowest QuadClass among the events.
        ``first_date``, ``last_date``
            ISO dates of the first and last event.
        ``evidence``
            One or two references, ``" | "``-separated: the most reported event's and the
            most recent one's (URLs for GDELT; ties go to the higher event id).

        ``attrs["ingest"]`` summarises the run: ``rows`` (events after the filters),
        ``duplicates`` (further copies of those events, dropped),
        ``used``, ``unmapped`` (code -> events whose code has no relation type),
        ``unknown_codes`` (the subset not in the code table at all), ``no_source``,
        ``no_target``, ``self_loops`` (dropped: a relation needs two different actors),
        ``actors`` (id -> name, kind, parent, aliases, cameo) and ``source_title``.

    Raises
    ------
    graphlib_kb.DatasetError
        A file that does not follow the layout: missing, empty, wrong field count, a value
        that does not parse, not UTF-8, control characters; every problem names the file and
        line (the Spark engine names the file and the row's text).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.events import sample_path
    >>> edges = gk.event_edges(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    >>> edges[["source", "target", "type", "events", "mentions"]].head(3)
       source  target      type  events  mentions
    0  ARMGOV  AZEGOV    accuse       1         2
    1  ARMGOV  AZEGOV      deny       1         3
    2     AZE  ARMSEP  blockade       2        28
    >>> edges.attrs["ingest"]["unmapped"], edges.attrs["ingest"]["no_target"]
    ({'099': 1}, 1)
    """
    return _aggregate(
        files,
        source,
        start=start,
        end=end,
        actors=actors,
        roots=roots,
        min_mentions=min_mentions,
        min_sources=min_sources,
        window=window,
        engine=engine,
        progress=progress,
        keep_duplicates=keep_duplicates,
    )


class _EdgeColumns:
    """An edge table held as Arrow arrays, unsorted: the ingest's own form of what
    :func:`event_edges` returns (``columns`` as :func:`_edge_columns` makes them, ``attrs``
    as the DataFrame's); :meth:`frame` gives that DataFrame."""

    def __init__(self, columns: dict, info: dict, layout, window):
        self.columns = columns
        self.attrs = {"ingest": info}
        self._layout, self._window = layout, window

    def __len__(self) -> int:
        return len(self.columns["source"])

    @property
    def empty(self) -> bool:
        return len(self) == 0

    def frame(self) -> pd.DataFrame:
        """The table :func:`event_edges` returns for the same files and options."""
        return _edges_frame(_sorted_columns(self.columns), self.attrs["ingest"], self._window)


# Longer than 80 lines: event_edges' body (the options into SQL filters, the engine run,
# the Arrow or pandas route), which its docstring once kept under the limit.
def _aggregate(
    files,
    source,
    *,
    columns=False,
    start,
    end,
    actors,
    roots,
    min_mentions,
    min_sources,
    window,
    engine,
    progress,
    keep_duplicates,
):
    """:func:`event_edges`; with *columns*, an :class:`_EdgeColumns` where the grouped rows
    take the Arrow route (else the DataFrame)."""
    if source not in EVENT_LAYOUTS:
        raise UsageError(
            f"unknown event source {source!r}; expected one of {', '.join(EVENT_LAYOUTS)}"
        )
    layout = EVENT_LAYOUTS[source]
    actors = [a.strip() for a in actors] if actors else []
    roots = [str(r).zfill(2) for r in roots] if roots else []
    _check_options(layout, window, roots, actors, min_mentions, min_sources)
    filters = []
    lo, hi = _date_literal(start, "start"), _date_literal(end, "end")
    if lo:
        filters.append(f"day >= {lo}")
    if hi:
        filters.append(f"day <= {hi}")
    if actors:
        filters.append(
            f"({_actor_condition(actors, 'source')} OR {_actor_condition(actors, 'target')})"
        )
    code_filters = []
    if roots:
        code_filters.append(
            "coalesce(c1.root, c2.root) IN (" + ", ".join(_quote_string(r) for r in roots) + ")"
        )
    if min_mentions:
        filters.append(f"coalesce(mentions, 1) >= {int(min_mentions)}")
    if min_sources:
        filters.append(f"coalesce(sources, 1) >= {int(min_sources)}")

    inputs = inspect_inputs(files, layout)
    codes = event_codes(layout.scheme)[["key", "root", "type", "goldstein", "quad_class"]]
    own = engine if not isinstance(engine, str) and engine is not None else None
    runner = make_engine(engine)
    try:
        runner.register("codes", codes)
        with streamed(inputs) as paths:
            views = runner.load(inputs, layout, paths)
            query = _query(views, layout, window, filters, code_filters, keep_duplicates)
            try:
                if hasattr(runner, "arrow"):  # the grouped rows as Arrow (DuckDB)
                    groups = runner.arrow(query, progress=progress)
                else:
                    groups = runner.sql(query, progress=progress)
            except engine_errors(runner) as exc:  # the engine failed on the input
                problems = runner.problems()
                if problems:
                    raise DatasetError(problems) from None
                raise _engine_error(exc, inputs) from None
            problems = runner.problems()
    finally:
        if own is None:
            runner.close()
    if not isinstance(groups, pd.DataFrame):
        if not problems:
            try:
                if columns:
                    cols, info = _edge_columns(groups, layout, window, sort=False)
                    return _EdgeColumns(cols, info, layout, window)
                return _edges_arrow(groups, layout, window)
            except _NotPlain:
                pass
        from .engines import arrow_frame

        groups = arrow_frame(groups)
    groups = _normalise_frame(groups)
    problems += _check_values(groups, inputs, layout)
    if problems:
        unique = {(p["file"], p["row"], p["field"]): p for p in problems}
        raise DatasetError(sorted(unique.values(), key=_problem_order))
    return _edges(groups, layout, window)


def _problem_order(problem):
    row = problem["row"]
    return (problem["file"], row if isinstance(row, int) else -1, problem["field"])


def _engine_error(exc, inputs):
    message = str(exc).strip().split("\n")[0]
    return DatasetError(
        [
            {
                "file": inputs[0].label if len(inputs) == 1 else "",
                "row": None,
                "field": "",
                "message": message,
            }
        ]
    )


_GROUP_COLUMNS = (
    "source", "target", "type", "win", "unmapped", "unknown", "events", "duplicates", "mentions",
    "sources",
    "goldstein10", "first_day", "last_day", "quad_class", "code_quad_class", "undated", "bad",
    "top_key", "recent_key",
    "top_evidence", "recent_evidence", "source_name", "target_name", "source_country",
    "target_country",
)  # fmt: skip


_TEXT_COLUMNS = (
    "source", "target", "type", "unmapped", "top_evidence", "recent_evidence", "source_name",
    "target_name", "source_country", "target_country",
)  # fmt: skip


def _normalise_frame(groups: pd.DataFrame) -> pd.DataFrame:
    """The same values and dtypes whichever engine produced the grouped rows."""
    if groups.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in _GROUP_COLUMNS})
    groups = groups[list(_GROUP_COLUMNS)].reset_index(drop=True)
    out = pd.DataFrame(index=groups.index)
    for col in _GROUP_COLUMNS:
        values = groups[col]
        if col in ("events", "duplicates", "mentions", "sources", "goldstein10", "undated", "bad"):
            out[col] = pd.to_numeric(values).fillna(0).astype("int64")
        elif col in ("win", "first_day", "last_day"):
            out[col] = _as_datetimes(values)
        elif col in _TEXT_COLUMNS:  # Arrow-backed text: no Python string per cell
            out[col] = values if values.dtype == "str" else values.astype("str")
        else:
            out[col] = values.astype(object).where(values.notna(), None)
    quads = pd.DataFrame(
        {
            "a": pd.to_numeric(groups["quad_class"]).astype("Int64"),
            "b": pd.to_numeric(groups["code_quad_class"]).astype("Int64"),
        }
    ).min(axis=1)
    out["quad_class"] = quads.astype("Int64")
    groups = out
    return groups


def _check_values(groups, inputs, layout) -> list[dict]:
    """Problems found after reading — no date or an impossible one, a Goldstein score outside
    -10..10 (or NaN, infinite), a negative count, control characters in an actor's code or
    name — with their lines found by scanning the files again (on this error path only)."""
    # actor codes are group keys: every distinct code is here to be checked
    bad_codes = any(
        _CONTROL.search("".join(groups[col][groups[col].notna()].astype(str).tolist()))
        for col in ("source", "target")
    )
    if not (any(groups["undated"]) or any(groups["bad"]) or bad_codes):
        return []
    date_col = next(c for c, t in layout.types.items() if t == "date")

    def check(record):
        text = record.get(date_col, "").strip()
        if not text or text in layout.null_values:
            return date_col, "the event has no date"
        try:
            dt.datetime.strptime(text, layout.date_format)
        except ValueError:
            return date_col, f"{text!r} is not a date ({layout.date_format})"
        score = record.get(layout.score_column or "", "").strip()
        if score:
            try:
                value = float(score)
            except ValueError:
                value = None
            if value is None or not -10 <= value <= 10:
                return layout.score_column, f"Goldstein score {score!r} is not in -10..10"
        for col in layout.count_columns:
            count = record.get(col, "").strip()
            if count.startswith("-"):
                return col, f"{count!r} is a negative count"
        for col in layout.actor_columns:
            if _CONTROL.search(record.get(col, "")):
                return col, "control character in the field"
        return None

    problems = []
    for item in inputs:
        if item.kind == "parquet":
            continue
        for line, field_, message in scan_lines(item, layout, check):
            problems.append({"file": item.label, "row": line, "field": field_, "message": message})
    if not problems:  # in Parquet files, which have no lines to name
        problems = [
            {
                "file": "",
                "row": None,
                "field": "",
                "message": "events without a valid date, with a Goldstein score outside -10..10,"
                " a negative count or control characters in an actor's code or name",
            }
        ]
    return problems


def _actor_ids(groups, layout):
    """Map raw actor values to ids, and describe each actor."""
    names: dict[str, Counter] = defaultdict(Counter)
    country_votes: dict[str, Counter] = defaultdict(Counter)
    # tallied on sums per (actor, name) and (actor, country): a few rows per actor, however
    # many groups
    for side in ("source", "target"):
        sides = pd.DataFrame(
            {
                "raw": groups[side],
                "name": groups[f"{side}_name"],
                "country": groups[f"{side}_country"],
                "n": groups["events"].astype("int64"),
            }
        )
        sides = sides[sides["raw"].notna()]
        for raw in sides["raw"].unique():
            names[raw]  # every actor, named or not
        named = sides[_truthy(sides["name"])]
        for (raw, name), n in named.groupby(["raw", "name"], sort=False)["n"].sum().items():
            names[raw][name] += int(n)
        voted = sides[_truthy(sides["country"])]
        for (raw, country), n in voted.groupby(["raw", "country"], sort=False)["n"].sum().items():
            country_votes[raw][country] += int(n)
    return _describe_actors(names, country_votes, layout)


def _describe_actors(names: dict, country_votes: dict, layout):
    """Ids and descriptions of the raw actors, from the events tallied per (actor, name)
    in *names* (every actor a key) and per (actor, country) in *country_votes*."""
    countries = country_lookup()
    records = _actor_code_records()
    ids, actors = {}, {}
    if layout.coded_actors:
        for raw in sorted(names):
            ids[raw] = raw
            actors[raw] = {**describe_actor_code(raw), "cameo": raw, "names": names[raw]}
    else:
        taken: dict[str, str] = {}
        for raw in sorted(names):
            votes = country_votes[raw]
            country = min(votes, key=lambda c: (-votes[c], c)) if votes else None
            code = countries.get(country.lower()) if country else None
            if code and countries.get(raw.lower()) == code:
                ident = code
                info = {"name": records[code]["name"], "kind": "state", "parent": None}
            else:
                ident = base = actor_id(raw)
                number = 2
                while taken.get(ident, raw) != raw or (ident in records and ident != raw):
                    ident, number = f"{base}_{number}", number + 1
                parent = code if code and layout.name != "acled" else None
                info = {"name": raw, "kind": "other", "parent": parent}
            taken[ident] = raw if ident not in records else ident
            ids[raw] = ident
            previous = actors.get(ident)
            counted = previous["names"] + names[raw] if previous else Counter(names[raw])
            actors[ident] = {**info, "cameo": ident if ident in records else None, "names": counted}
    for ident in list(actors):  # parents are actors too
        parent = actors[ident]["parent"]
        if parent and parent not in actors:
            actors[parent] = {**describe_actor_code(parent), "cameo": parent, "names": Counter()}
    for info in actors.values():
        counted = info.pop("names")
        ranked = sorted(
            (kv for kv in counted.items() if kv[0] and kv[1]), key=lambda kv: (-kv[1], kv[0])
        )
        if layout.coded_actors and info["kind"] == "other" and info["name"] == info["cameo"]:
            # a code CAMEO does not know (GDELT writes "NA", for one): the name the source gave,
            # or a name that says what it is, never the bare code posing as a name
            named = [n for n, _ in ranked if n.casefold() != info["cameo"].casefold()]
            info["name"] = named[0] if named else f"{info['cameo']} (unknown actor code)"
        info["aliases"] = [
            n
            for n, _ in ranked
            if n.casefold() not in (info["name"].casefold(), str(info["cameo"]).casefold())
        ][:3]
    return ids, actors


def _edges(groups, layout, window):
    ids, actors = _actor_ids(groups, layout)
    total = int(groups["events"].sum())
    events = groups["events"].astype("int64")
    unmapped_rows = groups["unmapped"].notna()
    unmapped = Counter(
        {
            code: int(n)
            for code, n in events[unmapped_rows]
            .groupby(groups["unmapped"][unmapped_rows].astype(object), sort=False)
            .sum()
            .items()
        }
    )
    unknown_rows = unmapped_rows & groups["unknown"].fillna(False).astype(bool)
    unknown = Counter(
        {
            code: int(n)
            for code, n in events[unknown_rows]
            .groupby(groups["unmapped"][unknown_rows].astype(object), sort=False)
            .sum()
            .items()
        }
    )
    mapped = groups[groups["type"].notna().to_numpy()]
    no_source = int(mapped.loc[mapped["source"].isna(), "events"].sum())
    rest = mapped[mapped["source"].notna().to_numpy()]
    no_target = int(rest.loc[rest["target"].isna(), "events"].sum())
    rest = rest[rest["target"].notna().to_numpy()].copy()
    rest["source"] = rest["source"].map(ids).astype(object)
    rest["target"] = rest["target"].map(ids).astype(object)
    loops = (rest["source"] == rest["target"]).to_numpy()
    self_loops = int(rest.loc[loops, "events"].sum())
    rest = rest[~loops]
    frame = _merge_groups(rest)
    frame = frame.astype(
        {
            "events": "int64",
            "mentions": "int64",
            "num_sources": "int64",
            "goldstein_sum": "float64",
            "goldstein_mean": "float64",
            "quad_class": "Int64",
        }
    )
    frame = frame.sort_values(
        ["window", "source", "target", "type"], kind="stable", na_position="first"
    ).reset_index(drop=True)
    windows = frame["window"]
    frame["window"] = pd.Series(
        [None] * len(frame) if windows.isna().all() else list(windows.dt.date),
        index=frame.index,
        dtype=object,
    )
    ends = pd.concat([frame["source"], frame["target"]], ignore_index=True)
    keep = with_parents(set(ends.unique().tolist()), actors)
    frame.attrs["ingest"] = {
        "source_title": layout.title,
        "rows": total,
        "duplicates": int(sum(groups["duplicates"])),
        "used": int(frame["events"].sum()),
        "no_source": int(no_source),
        "no_target": int(no_target),
        "self_loops": self_loops,
        "unmapped": dict(sorted(unmapped.items())),
        "unknown_codes": dict(sorted(unknown.items())),
        "actors": {a: actors[a] for a in sorted(keep)},
        "window": window,
    }
    return frame


class _NotPlain(Exception):
    """Grouped rows the Arrow route leaves to the pandas one (problems to find in the files,
    groups to merge, dates pandas cannot hold): that route decides, as it always has."""


_INT_GROUPS = ("events", "duplicates", "mentions", "sources", "goldstein10", "undated", "bad")
# pandas' datetime64[ns] holds days from 1677-09-22 to 2262-04-11 (as days since 1970)
_NS_DAYS = (-106_751, 106_750)


def _edges_arrow(groups, layout, window) -> pd.DataFrame:
    """:func:`_edges` of the grouped rows of a query held as a ``pyarrow.Table``, worked
    over Arrow columns (no Python object per row): the same table, dtypes and ``attrs``."""

    cols, info = _edge_columns(groups, layout, window, sort=True)
    return _edges_frame(cols, info, window)


def _edges_frame(cols: dict, info: dict, window) -> pd.DataFrame:
    """The DataFrame of sorted edge columns (:func:`_edge_columns`), with its ``attrs``."""
    import pyarrow as pa

    n = len(cols["source"])
    frame = pd.DataFrame(
        {
            "source": _str_series(cols["source"]),
            "target": _str_series(cols["target"]),
            "type": _str_series(cols["type"]),
            "window": pd.Series(
                [None] * n if window is None else cols["window"].to_pylist(), dtype=object
            ),
            "events": cols["events"].to_numpy(),
            "mentions": cols["mentions"].to_numpy(),
            "num_sources": cols["num_sources"].to_numpy(),
            "goldstein_sum": cols["goldstein_sum"].to_numpy(),
            "goldstein_mean": cols["goldstein_mean"].to_numpy(),
            "quad_class": pd.array(
                cols["quad_class"].to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
            ),
            "first_date": _iso_days(cols["first_day"]),
            "last_date": _iso_days(cols["last_day"]),
            "evidence": _str_series(cols["evidence"]),
        }
    )
    frame.attrs["ingest"] = info
    return frame


def _sorted_columns(cols: dict) -> dict:
    """Edge columns (:func:`_edge_columns`) in the table's order."""
    import numpy as np
    import pyarrow as pa

    rows = np.arange(len(cols["source"]))
    order = pa.array(
        _sorted_rows(rows, cols["window"], cols["source"], cols["target"], cols["type"])
    )
    return {name: values.take(order) for name, values in cols.items()}


class _Grouped:
    """The engine's grouped rows (a ``pyarrow.Table``), a column at a time."""

    def __init__(self, table):
        self.table = table
        self._columns: dict = {}

    def col(self, name):
        """A column in one piece (text as large_string: the cast before the pieces are put
        together, so that the text is copied once and may pass 2 GiB)."""
        import pyarrow as pa

        if name not in self._columns:
            values = self.table.column(name)
            if pa.types.is_string(values.type):
                values = values.cast(pa.large_string())
            if isinstance(values, pa.ChunkedArray):
                values = values.combine_chunks()
            self._columns[name] = values
        return self._columns[name]

    def ints(self, name):
        import pyarrow as pa
        import pyarrow.compute as pc

        return pc.fill_null(self.col(name).cast(pa.int64()), 0)

    def text(self, name):
        import pyarrow as pa

        values = self.col(name)
        return values if values.type == pa.large_string() else values.cast(pa.large_string())


def _total(values, mask=None) -> int:
    import pyarrow.compute as pc

    if mask is not None:
        values = values.filter(mask)
    return int(pc.sum(values).as_py() or 0)


def _actor_tallies(g: _Grouped, events) -> tuple[dict, dict]:
    """Events per (raw actor, name) and per (raw actor, country), every actor a key of the
    first: summed over all rows first, so that the rows without an actor or a name are left
    out of the few sums, not of the many rows."""
    import pyarrow as pa

    names: dict[str, Counter] = defaultdict(Counter)
    country_votes: dict[str, Counter] = defaultdict(Counter)
    for side in ("source", "target"):
        sides = pa.table(
            {
                "raw": g.text(side),
                "name": g.text(f"{side}_name"),
                "country": g.text(f"{side}_country"),
                "n": events,
            }
        )
        for key, tally in (("name", names), ("country", country_votes)):
            summed = sides.group_by(["raw", key], use_threads=True).aggregate([("n", "sum")])
            columns = (summed.column(c).to_pylist() for c in ("raw", key, "n_sum"))
            for a, b, n in zip(*columns, strict=True):
                if a is None:
                    continue
                names[a]  # every actor, named or not
                if b:
                    tally[a][b] += int(n)
    return names, country_votes


def _code_tally(g: _Grouped, events, mask) -> Counter:
    """Events per code without a relation type, among the rows of *mask*."""
    import pyarrow as pa

    summed = (
        pa.table({"code": g.text("unmapped"), "n": events})
        .filter(mask)
        .group_by("code", use_threads=False)
        .aggregate([("n", "sum")])
    )
    codes, counts = summed.column("code").to_pylist(), summed.column("n_sum").to_pylist()
    return Counter(dict(zip(codes, counts, strict=True)))


def _references(g: _Grouped):
    """The evidence of every group: the most reported event's reference and the most recent
    one's where it differs, ``" | "``-separated (or the one there is, or "")."""
    import pyarrow as pa
    import pyarrow.compute as pc

    top, recent = g.col("top_evidence"), g.col("recent_evidence")
    empty = pa.scalar("", type=pa.large_string())
    top = pc.if_else(pc.fill_null(pc.not_equal(top, empty), False), top, None)
    keep_recent = pc.and_(
        pc.fill_null(pc.not_equal(recent, empty), False),
        pc.fill_null(pc.not_equal(recent, top), True),
    )
    recent = pc.if_else(keep_recent, recent, None)
    return pc.coalesce(
        pc.binary_join_element_wise(top, recent, pa.scalar(" | ", type=pa.large_string())),
        top,
        recent,
        empty,
    )


def _edge_columns(groups, layout, window, sort: bool):
    """The columns of :func:`_edges_arrow`'s table as Arrow arrays (``window``,
    ``first_day`` and ``last_day`` as days) and its ``attrs["ingest"]``; in the table's
    order with *sort*, else in the grouped rows' order."""

    from concurrent.futures import ThreadPoolExecutor

    g = _Grouped(groups)
    # the references (the longest text) are put together by a second thread meanwhile
    with ThreadPoolExecutor(max_workers=1) as pool:
        references = pool.submit(_references, g)
        try:
            cols, info = _relation_columns_of(g, layout, window, sort)
        finally:
            evidence = references.result()
    cols["evidence"] = evidence.take(cols.pop("rows"))
    return cols, info


# Longer than 80 lines: the steps of _edges (and _merge_groups without merges) in their
# order, each a few lines over Arrow columns; split further they would pass a dozen arrays.
def _relation_columns_of(g: _Grouped, layout, window, sort: bool):
    """:func:`_edge_columns` but the evidence (``rows``: the groups of the relations)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    events = g.ints("events")
    if _total(g.ints("undated")) or _total(g.ints("bad")):
        raise _NotPlain("problems")
    source, target, rtype = g.text("source"), g.text("target"), g.text("type")
    for side in (source, target):
        if pc.any(pc.match_substring_regex(pc.unique(side), _CONTROL_CLASS)).as_py():
            raise _NotPlain("control characters")
    ids, actors = _describe_actors(*_actor_tallies(g, events), layout)
    # what is not a relation: codes without a type, events without a source or target
    unmapped_rows = g.col("unmapped").is_valid()
    unknown_rows = pc.and_(unmapped_rows, pc.fill_null(g.col("unknown"), False))
    unmapped = _code_tally(g, events, unmapped_rows)
    unknown = _code_tally(g, events, unknown_rows)
    mapped = rtype.is_valid()
    no_source = _total(events, pc.and_(mapped, source.is_null()))
    with_ends = pc.and_(pc.and_(mapped, source.is_valid()), target.is_valid())
    no_target = _total(events, pc.and_(pc.and_(mapped, source.is_valid()), target.is_null()))
    if not pc.any(with_ends).as_py():
        raise _NotPlain("empty")
    # groups of raw actors that become the same actor would have to be merged (the pandas
    # route does that); the engine's groups are distinct, and so are the relations when no
    # two raw actors share an id
    if len(set(ids.values())) != len(ids):
        raise _NotPlain("groups to merge")

    def as_ids(raw):
        """Raw actor values as actor ids (the same array when every id is its raw value)."""
        distinct, codes = _dictionary(raw)
        if all(ids.get(v, v) == v for v in distinct if v is not None):
            return raw
        return pa.array([None if v is None else ids[v] for v in distinct], raw.type).take(codes)

    source, target = as_ids(source), as_ids(target)
    loops = pc.fill_null(pc.equal(source, target), False)
    self_loops = _total(events, pc.and_(with_ends, loops))
    # the relations: rows with both ends and a type, no self-loops (in the table's order,
    # window, source, target, type, with *sort*)
    rows = pc.indices_nonzero(pc.and_(with_ends, pc.invert(loops))).to_numpy()
    if not len(rows):  # (all self-loops: no dates to check; the pandas route's empty table)
        raise _NotPlain("empty")
    win = g.col("win").cast(pa.date32())
    if sort:
        rows = _sorted_rows(rows, win, source, target, rtype)
    rows = pa.array(rows)
    counts = {c: pc.fill_null(g.col(c).cast(pa.int64()).take(rows), 0) for c in _COUNTS}
    first = g.col("first_day").cast(pa.date32()).take(rows)
    last = g.col("last_day").cast(pa.date32()).take(rows)
    days = pc.min_max(pa.chunked_array([first, last]))
    low, high = days["min"].cast(pa.int32()).as_py(), days["max"].cast(pa.int32()).as_py()
    if first.null_count or last.null_count or low < _NS_DAYS[0] or high > _NS_DAYS[1]:
        raise _NotPlain("dates")
    quads = pc.min_element_wise(
        g.col("quad_class").cast(pa.int64()), g.col("code_quad_class").cast(pa.int64())
    ).take(rows)
    event_counts = counts["events"].to_numpy()
    goldstein_sum = counts["goldstein10"].to_numpy() / 10
    cols = {
        "source": source.take(rows),
        "target": target.take(rows),
        "type": rtype.take(rows),
        "window": win.take(rows),
        "events": counts["events"],
        "mentions": counts["mentions"],
        "num_sources": counts["sources"],
        "goldstein_sum": pa.array(goldstein_sum),
        "goldstein_mean": pa.array(pd.Series(goldstein_sum / event_counts).round(4).to_numpy()),
        "quad_class": quads,
        "first_day": first,
        "last_day": last,
        "rows": rows,
    }
    ends = pc.unique(pa.chunked_array([cols["source"], cols["target"]]))
    keep_actors = with_parents(set(ends.to_pylist()), actors)
    info = {
        "source_title": layout.title,
        "rows": _total(events),
        "duplicates": _total(g.ints("duplicates")),
        "used": int(event_counts.sum()),
        "no_source": no_source,
        "no_target": no_target,
        "self_loops": self_loops,
        "unmapped": dict(sorted(unmapped.items())),
        "unknown_codes": dict(sorted(unknown.items())),
        "actors": {a: actors[a] for a in sorted(keep_actors)},
        "window": window,
    }
    return cols, info


_COUNTS = ("events", "mentions", "sources", "goldstein10")


def _sorted_rows(rows, win, source, target, rtype):
    """*rows* (positions in the grouped rows) in the order (window, source, target, type),
    found by sorting the ranks of the distinct values."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    ranks = []
    for values in (rtype, target, source):
        distinct = pc.dictionary_encode(values)
        rank = pc.rank(distinct.dictionary, sort_keys="ascending", tiebreaker="dense")
        ranks.append(rank.to_numpy()[pc.fill_null(distinct.indices, 0).to_numpy()[rows]])
    # (no window: every day is missing, and they sort first)
    ranks.append(pc.fill_null(win.cast(pa.int32()), np.iinfo(np.int32).min).to_numpy()[rows])
    order = np.lexsort(ranks)
    n = len(order)
    if n > 1:
        same = np.ones(n - 1, dtype=bool)
        for rank in ranks:
            ranked = rank[order]
            same &= ranked[1:] == ranked[:-1]
        if same.any():
            raise _NotPlain("groups to merge")
    return rows[order]


def _dictionary(values):
    """The distinct values (a list) of an Arrow array and each cell's position among them."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(values)
    return encoded.dictionary.to_pylist(), encoded.indices


def _str_series(values) -> pd.Series:
    """Arrow text as the Arrow-backed pandas text column DuckDB's ``.df()`` gives."""
    import pyarrow as pa

    return pa.table({"x": values.cast(pa.string())}).to_pandas()["x"]


def _iso_days(days) -> pd.Series:
    """Arrow days (no missing ones) as ISO text (``YYYY-MM-DD``) in an object column."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    # (Arrow writes a day as YYYY-MM-DD; the days here are within pandas' years 1677-2262)
    encoded = pc.dictionary_encode(days)
    texts = np.empty(len(encoded.dictionary), dtype=object)
    texts[:] = encoded.dictionary.cast(pa.string()).to_pylist()
    return pd.Series(texts[encoded.indices.to_numpy()], dtype=object)


def with_parents(ids, actors: dict) -> set:
    """The actor ids and every parent above them (parents must be actors of the graph)."""
    keep = set()
    for a in ids:
        while a and a not in keep:
            keep.add(a)
            a = actors[a]["parent"]
    return keep


def _merge_groups(rest: pd.DataFrame) -> pd.DataFrame:
    """One row per (source id, target id, type, window): groups whose raw actors map to the
    same ids are merged; the references are those of the largest order keys."""
    keys = ["source", "target", "type", "win_key"]
    if rest.empty:
        return pd.DataFrame(columns=list(EDGE_COLUMNS))
    win = rest["win"]
    rest = rest.assign(
        win_key=win.to_numpy("datetime64[D]").astype("int64"),
        quad=pd.array(rest["quad_class"], dtype="Int64"),
    )
    for col in ("events", "mentions", "sources", "goldstein10"):
        rest[col] = rest[col].astype("int64")
    if not rest.duplicated(keys).any():  # nothing to merge: each group is a relation
        out = pd.DataFrame(
            {
                "window": rest["win"],
                "events": rest["events"],
                "mentions": rest["mentions"],
                "num_sources": rest["sources"],
                "g10": rest["goldstein10"],
                "first": rest["first_day"],
                "last": rest["last_day"],
                "quad_class": rest["quad"],
            }
        )
        out.index = pd.MultiIndex.from_frame(rest[keys])
        refs = [rest["top_evidence"], rest["recent_evidence"]]
        refs = [pd.Series(r.to_numpy(), index=out.index) for r in refs]
    else:
        by = rest.groupby(keys, sort=False)
        out = by.agg(
            window=("win", "first"),
            events=("events", "sum"),
            mentions=("mentions", "sum"),
            num_sources=("sources", "sum"),
            g10=("goldstein10", "sum"),
            first=("first_day", "min"),
            last=("last_day", "max"),
            quad_class=("quad", "min"),
        )
        refs = []
        for key, column in (("top_key", "top_evidence"), ("recent_key", "recent_evidence")):
            ranked = rest[rest[key].notna()].sort_values(key, kind="stable")
            refs.append(ranked.groupby(keys, sort=False)[column].last().reindex(out.index))
    top, recent = (r.astype(object) for r in refs)
    top = top.where(_truthy(top), None)
    recent = recent.where(_truthy(recent) & (recent != top), None)
    both = top.notna() & recent.notna()
    evidence = top.where(top.notna(), recent).where(top.notna() | recent.notna(), "")
    evidence = evidence.where(~both, top + " | " + recent)
    out["evidence"] = evidence.to_numpy()
    out = out.reset_index()
    out["goldstein_sum"] = out["g10"] / 10
    out["goldstein_mean"] = (out["g10"] / 10 / out["events"]).round(4)
    out["first_date"] = out["first"].dt.strftime("%Y-%m-%d").astype(object)
    out["last_date"] = out["last"].dt.strftime("%Y-%m-%d").astype(object)
    return out[list(EDGE_COLUMNS)]


def _truthy(values: pd.Series) -> pd.Series:
    """Non-empty text (None, NaN and "" are not)."""
    return (values.notna() & (values != "")).astype(bool)


def _as_datetimes(values: pd.Series) -> pd.Series:
    """Days (DuckDB's datetime64, Spark's datetime.date, text) as datetime64[ns]; NaT for none."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return values.astype("datetime64[ns]")
    days = values.astype(object).where(values.notna(), None)
    return pd.to_datetime(pd.Series([_as_date(v) for v in days], dtype=object)).astype(
        "datetime64[ns]"
    )


def _as_date(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
