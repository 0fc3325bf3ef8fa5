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

from ..errors import DatasetError
from .codes import actor_id, country_lookup, describe_actor_code, event_codes
from .engines import _quote_string, make_engine
from .inputs import inspect_inputs, scan_lines, streamed
from .layouts import LAYOUTS

__all__ = ["event_edges", "EVENT_SOURCES", "WINDOWS", "EDGE_COLUMNS"]

#: Event sources: name -> title.
EVENT_SOURCES = {name: layout.title for name, layout in LAYOUTS.items()}
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
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


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
        raise ValueError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)") from None
    return f"DATE '{day.isoformat()}'"


def _actor_condition(specs, side):
    """SQL: the event's source (or target) matches one of the actor specs."""
    countries = country_lookup()
    terms = []
    for spec in specs:
        terms.append(f"substr({side}, 1, {len(spec)}) = {_quote_string(spec)}")
        names = {spec}
        code = countries.get(spec.lower())
        if code:
            names.add(code)
            names.update(n for n, c in countries.items() if c == code)
        # country columns hold a code (GDELT, POLECAT) or a name (ICEWS, ACLED)
        from .codes import _actor_code_records

        record = _actor_code_records().get(code or "")
        if record:
            names.add(record["name"])
            names.update(filter(None, record["aliases"].split("|")))
        listed = ", ".join(_quote_string(n) for n in sorted(names))
        terms.append(f"{side}_country IN ({listed})")
    return "(" + " OR ".join(terms) + ")"


def _query(views, layout, window, filters):
    union = "\nUNION ALL\n".join(
        f"SELECT {layout.select_for(columns)} FROM {view}" for view, columns in views
    )
    where = " AND ".join(filters) if filters else "TRUE"
    return f"""
WITH e AS (
{union}
),
m AS (
    SELECT e.*,
        coalesce(c1.type, c2.type) AS type,
        coalesce(c1.root, c2.root) AS root,
        coalesce(e.goldstein, c1.goldstein, c2.goldstein) AS g,
        coalesce(e.quad_class, c1.quad_class, c2.quad_class) AS q,
        (c1.key IS NULL AND c2.key IS NULL) AS unknown
    FROM e
    LEFT JOIN codes c1 ON c1.key = e.code
    LEFT JOIN codes c2 ON c2.key = e.base_code AND c1.key IS NULL
)
SELECT source, source_name, source_country, target, target_name, target_country, type,
    {_window_expr(window)} AS win,
    CASE WHEN type IS NULL THEN code END AS unmapped,
    CASE WHEN type IS NULL THEN unknown END AS unknown,
    count(*) AS events,
    sum(coalesce(mentions, 1)) AS mentions,
    sum(coalesce(sources, 1)) AS sources,
    sum(CAST(round(g * 10) AS BIGINT)) AS goldstein10,
    min(day) AS first_day,
    max(day) AS last_day,
    min(q) AS quad_class,
    sum(CASE WHEN day IS NULL THEN 1 ELSE 0 END) AS undated,
    max(lpad(CAST(coalesce(mentions, 1) AS VARCHAR), 12, '0') || evidence) AS top_evidence,
    min(CAST(day AS VARCHAR) || evidence) AS first_evidence,
    max(CAST(day AS VARCHAR) || evidence) AS last_evidence
FROM m
WHERE {where}
GROUP BY source, source_name, source_country, target, target_name, target_country, type,
    {_window_expr(window)}, CASE WHEN type IS NULL THEN code END,
    CASE WHEN type IS NULL THEN unknown END
"""


def _check_options(layout, window, roots, actors, min_mentions, min_sources):
    if window is not None and window not in WINDOWS:
        raise ValueError(f"window={window!r}; expected one of {', '.join(WINDOWS)} or None")
    if roots and layout.scheme != "cameo":
        raise ValueError(f"roots filter CAMEO root codes; {layout.title} is not coded in CAMEO")
    for root in roots or ():
        if not re.fullmatch(r"\d{2}", str(root)) or not 1 <= int(root) <= 20:
            raise ValueError(f"root code {root!r} is not a CAMEO root code ('01' to '20')")
    for spec in actors or ():
        if not spec or not _ACTOR_SPEC.match(spec):
            raise ValueError(f"actor filter {spec!r} is not an actor code or name")
    for name, value in (("min_mentions", min_mentions), ("min_sources", min_sources)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValueError(f"{name} must be a non-negative integer, not {value!r}")


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
) -> pd.DataFrame:
    """Aggregate event files into one row per (source actor, target actor, relation type, window).

    Parameters
    ----------
    files : path or list of paths
        Event files as distributed: GDELT exports (tab-separated, headerless; plain, gzip or
        zip, read as a stream), ICEWS and POLECAT tab files, ACLED CSV exports, or Parquet
        files with the layout's column names.
    source : {"gdelt2", "gdelt1", "icews", "acled", "polecat"}
        The dataset the files come from (see ``EVENT_SOURCES``).
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
            Up to three distinct references, ``" | "``-separated: the most reported event's,
            the first one's and the last one's (URLs for GDELT).

        ``attrs["ingest"]`` summarises the run: ``rows`` (events after the filters),
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
    if source not in LAYOUTS:
        raise ValueError(f"unknown event source {source!r}; expected one of {', '.join(LAYOUTS)}")
    layout = LAYOUTS[source]
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
    if roots:
        filters.append("root IN (" + ", ".join(_quote_string(r) for r in roots) + ")")
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
            try:
                groups = runner.sql(_query(views, layout, window, filters))
            except Exception as exc:
                problems = runner.problems()
                if problems:
                    raise DatasetError(problems) from None
                raise _engine_error(exc, inputs) from None
            problems = runner.problems()
        if problems:
            raise DatasetError(problems)
    finally:
        if own is None:
            runner.close()
    groups = _normalise_frame(groups)
    _check_values(groups, inputs, layout)
    return _edges(groups, layout, window)


def _engine_error(exc, inputs):
    message = str(exc).strip().split("\n")[0]
    return DatasetError(
        [
            {
                "file": inputs[0].label if len(inputs) == 1 else "",
                "row": "",
                "field": "",
                "message": message,
            }
        ]
    )


def _normalise_frame(groups: pd.DataFrame) -> pd.DataFrame:
    """The same dtypes whichever engine produced the grouped rows."""
    columns = [
        "source", "source_name", "source_country", "target", "target_name", "target_country",
        "type", "win", "unmapped", "unknown", "events", "mentions", "sources", "goldstein10",
        "first_day", "last_day", "quad_class", "undated", "top_evidence", "first_evidence",
        "last_evidence",
    ]  # fmt: skip
    if groups.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    groups = groups[columns].astype(object)
    return groups.where(groups.notna(), None)


def _check_values(groups, inputs, layout):
    """Problems found after reading (no date, control characters): locate their lines."""
    bad_date = any(int(u or 0) for u in groups["undated"])
    bad_text = any(
        isinstance(v, str) and _CONTROL.search(v)
        for col in ("source", "source_name", "target", "target_name")
        for v in groups[col]
    )
    if not (bad_date or bad_text):
        return
    date_col = next(c for c, t in layout.types.items() if t == "date")
    text_cols = [
        c
        for c in inputs[0].columns
        if any(k in c.lower() for k in ("actor", "name", "recipient", "source name", "target name"))
    ]

    def check(record):
        if bad_date and not record.get(date_col, "").strip():
            return date_col, "the event has no date"
        for col in text_cols:
            if _CONTROL.search(record.get(col, "")):
                return col, "control character in the field"
        return None

    problems = []
    for item in inputs:
        if item.kind == "parquet":
            continue
        for line, field_, message in scan_lines(item, layout, check):
            problems.append({"file": item.label, "row": line, "field": field_, "message": message})
    if not problems:
        problems = [
            {
                "file": "",
                "row": "",
                "field": "",
                "message": "events without a date or with control characters",
            }
        ]
    raise DatasetError(problems)


def _strip(value, prefix):
    return value[prefix:] if isinstance(value, str) else None


def _actor_ids(groups, layout):
    """Map raw actor values to ids, and describe each actor."""
    countries = country_lookup()
    from .codes import _actor_code_records

    records = _actor_code_records()
    names: dict[str, Counter] = defaultdict(Counter)
    country_votes: dict[str, Counter] = defaultdict(Counter)
    for side in ("source", "target"):
        for raw, name, country, n in zip(
            groups[side],
            groups[f"{side}_name"],
            groups[f"{side}_country"],
            groups["events"],
            strict=True,
        ):
            if raw is None:
                continue
            if name:
                names[raw][name] += int(n)
            if country:
                country_votes[raw][country] += int(n)
    ids, actors = {}, {}
    if layout.scheme == "cameo" and layout.name.startswith("gdelt"):
        for raw in sorted(names.keys() | country_votes.keys()):
            info = describe_actor_code(raw)
            ids[raw] = raw
            actors[raw] = {**info, "cameo": raw, "names": names[raw]}
    else:
        used: dict[str, str] = {}
        for raw in sorted(names.keys() | country_votes.keys()):
            votes = country_votes[raw]
            country = min(votes, key=lambda c: (-votes[c], c)) if votes else None
            code = countries.get(country.lower()) if country else None
            if code and countries.get(raw.lower()) == code:
                ident, info = code, {"name": records[code]["name"], "kind": "state", "parent": None}
            else:
                ident = actor_id(raw)
                parent = code if code and layout.name != "acled" else None
                info = {"name": raw, "kind": "other", "parent": parent}
            base, k = ident, 2
            while (
                ident in used
                and used[ident] != raw
                and ident != info.get("name")
                and ident not in records
            ):
                ident, k = f"{base}_{k}", k + 1
            used[ident] = raw
            ids[raw] = ident
            previous = actors.get(ident)
            merged = previous["names"] + names[raw] if previous else names[raw]
            actors[ident] = {**info, "cameo": ident if ident in records else None, "names": merged}
    # parents must be actors too
    for ident in list(actors):
        parent = actors[ident]["parent"]
        if parent and parent not in actors:
            info = describe_actor_code(parent)
            actors[parent] = {**info, "cameo": parent, "names": Counter()}
    for info in actors.values():
        counted = info.pop("names")
        aliases = [
            n for n, _ in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
            if n.casefold() != info["name"].casefold()
        ]  # fmt: skip
        info["aliases"] = aliases[:3]
    return ids, actors


def _edges(groups, layout, window):
    ids, actors = _actor_ids(groups, layout)
    unmapped = Counter()
    unknown = Counter()
    stats = Counter()
    merged: dict[tuple, dict] = {}
    for row in groups.itertuples(index=False):
        n = int(row.events)
        stats["rows"] += n
        if row.type is None:
            unmapped[row.unmapped or ""] += n
            if row.unknown:
                unknown[row.unmapped or ""] += n
            continue
        if row.source is None:
            stats["no_source"] += n
            continue
        if row.target is None:
            stats["no_target"] += n
            continue
        s, t = ids[row.source], ids[row.target]
        if s == t:
            stats["self_loops"] += n
            continue
        stats["used"] += n
        key = (s, t, row.type, row.win)
        entry = merged.get(key)
        if entry is None:
            merged[key] = {
                "events": n,
                "mentions": int(row.mentions),
                "sources": int(row.sources),
                "g10": int(row.goldstein10),
                "first": row.first_day,
                "last": row.last_day,
                "quad": row.quad_class,
                "top": row.top_evidence,
                "first_ev": row.first_evidence,
                "last_ev": row.last_evidence,
            }
            continue
        entry["events"] += n
        entry["mentions"] += int(row.mentions)
        entry["sources"] += int(row.sources)
        entry["g10"] += int(row.goldstein10)
        entry["first"] = min(entry["first"], row.first_day)
        entry["last"] = max(entry["last"], row.last_day)
        if row.quad_class is not None:
            entry["quad"] = (
                row.quad_class if entry["quad"] is None else min(entry["quad"], row.quad_class)
            )
        for name, column, pick in (
            ("top", "top_evidence", max),
            ("first_ev", "first_evidence", min),
            ("last_ev", "last_evidence", max),
        ):
            values = [v for v in (entry[name], getattr(row, column)) if v]
            entry[name] = pick(values) if values else None
    rows = []
    for (s, t, typ, win), e in merged.items():
        refs = []
        for ref in (_strip(e["top"], 12), _strip(e["first_ev"], 10), _strip(e["last_ev"], 10)):
            if ref and ref not in refs:
                refs.append(ref)
        rows.append(
            {
                "source": s,
                "target": t,
                "type": typ,
                "window": _as_date(win),
                "events": e["events"],
                "mentions": e["mentions"],
                "num_sources": e["sources"],
                "goldstein_sum": e["g10"] / 10,
                "goldstein_mean": round(e["g10"] / 10 / e["events"], 4),
                "quad_class": None if e["quad"] is None else int(e["quad"]),
                "first_date": _as_date(e["first"]).isoformat(),
                "last_date": _as_date(e["last"]).isoformat(),
                "evidence": " | ".join(refs),
            }
        )
    frame = pd.DataFrame(rows, columns=list(EDGE_COLUMNS))
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
    frame["window"] = frame["window"].astype(object)
    frame = frame.sort_values(
        ["window", "source", "target", "type"], key=_sort_key, kind="stable"
    ).reset_index(drop=True)
    used_actors = set(frame["source"]) | set(frame["target"])
    keep = set(used_actors)
    for a in used_actors:
        p = actors[a]["parent"]
        while p:
            keep.add(p)
            p = actors[p]["parent"]
    frame.attrs["ingest"] = {
        "source_title": layout.title,
        "rows": stats["rows"],
        "used": stats["used"],
        "no_source": stats["no_source"],
        "no_target": stats["no_target"],
        "self_loops": stats["self_loops"],
        "unmapped": dict(sorted(unmapped.items())),
        "unknown_codes": dict(sorted(unknown.items())),
        "actors": {a: actors[a] for a in sorted(keep)},
        "window": window,
    }
    return frame


def _sort_key(series):
    if series.name == "window":
        return series.map(lambda d: "" if d is None else d.isoformat())
    return series


def _as_date(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])
