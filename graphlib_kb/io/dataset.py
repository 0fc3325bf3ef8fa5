"""Dataset folders (CSV tables + a Frictionless ``datapackage.json``) and flat relations CSV files."""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path, PurePosixPath

import numpy as np
import pandas as pd

from ..csvtables import _TRIGGERS, column_cells, from_cell, parse_csv, render_columns, render_csv
from ..errors import MISSING_COLUMN, DatasetError
from ..files import AtomicWriter, decode, read_bytes
from ..model import long_digit_runs, ordered_edges
from ..schema import (
    ACTOR_FIELDS,
    GRAPH_TEXT_ATTRIBUTES,
    RELATION_FIELDS,
    SOURCE_FIELDS,
    TYPE_FIELDS,
    UNSPECIFIED,
    Field,
    Tables,
    coerce,
)
from ..vocabulary import kind_names, relation_type_records, status_names

__all__ = [
    "read_dataset",
    "write_dataset",
    "write_checked_dataset",
    "write_relation_arrays",
    "read_flat_csv",
    "write_flat_csv",
    "DESCRIPTOR",
]

DESCRIPTOR = "datapackage.json"
TABLE_FIELDS = {
    "actors": ACTOR_FIELDS,
    "relations": RELATION_FIELDS,
    "sources": SOURCE_FIELDS,
    "relation_types": TYPE_FIELDS,
}
REQUIRED_TABLES = ("actors", "relations")
_PACKAGE_NAME = re.compile(r"^[a-z0-9._-]+$")
_TYPE_OF = {str: "string", int: "integer", float: "number", bool: "boolean"}
_KIND_OF = {"string": "text", "integer": "int", "number": "float", "boolean": "bool"}


# ---------------------------------------------------------------------- reading


def _read_table(path: Path, label: str, encoding: str, types: dict, tables: Tables, name: str):
    """Parse one CSV table into *tables*, typing extra columns by *types* (column -> kind).

    The relations table is first read whole by pandas into ``tables.relation_frame`` (to be
    checked over columns); ``tables.relation_rows`` then parses it row by row, with line
    numbers, only if something needs a closer look.
    """
    data = read_bytes(path, label)
    text = decode(data, label, encoding)
    if name == "relations":
        utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8")
        # (UTF-8 bytes that decoded are the text's own encoding: pandas can read them)
        frame = _fast_frame(text, types, data.removeprefix(b"\xef\xbb\xbf") if utf8 else None)
        del data
        if frame is not None:
            tables.files[name] = label
            tables.relation_frame = frame
            tables.relations = []
            position = len(tables.problems)

            def rows():
                scratch = Tables()
                records = _parse_table(text, label, types, scratch, name)
                return records, scratch.problems, position

            tables.relation_rows = rows
            return
    _parse_table(text, label, types, tables, name)
    return


_TRIGGER_AFTER_QUOTE = tuple("'" + c for c in "=+-@\t\r'")


def _fast_frame(text: str, types: dict, utf8: bytes | None = None):
    """The table as a DataFrame of text cells (formula quotes removed, extra columns typed),
    read whole by pandas; None when anything is off (a short or long row, a header to
    complain about, a value its column type rejects), so that the row-by-row parser
    reports it with its line."""
    import csv
    import io

    # a carriage return on its own ends a row for the csv module only
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None
    header_line = next(csv.reader(_lines(text)), None)
    if not header_line:
        return None
    header = [from_cell(h) for h in header_line]
    if "" in header or len(set(header)) != len(header):
        return None
    try:
        # object columns: the cells as Python strings, what the checks and the graph hold
        frame = pd.read_csv(
            # (bytes: a StringIO would copy the text four times over)
            io.BytesIO(text.encode("utf-8") if utf8 is None else utf8),
            encoding="utf-8",
            dtype=object,
            keep_default_na=False,
            na_filter=False,
            header=0,
            names=header,
            engine="c",
            on_bad_lines="error",
            skip_blank_lines=True,
        )
    except (ValueError, pd.errors.ParserError, csv.Error):
        return None
    if not isinstance(frame.index, pd.RangeIndex):
        return None  # a first row longer than the header: pandas made its first cells an index
    if not _no_short_rows(text, frame):
        return None
    known = {f.name for f in RELATION_FIELDS}
    # a cell with a quoted formula trigger ('= '+ ...) holds a quote; without one anywhere
    # in the text no column needs looking at
    quotes = "'" in text
    out = {}
    for column in frame.columns:
        values = frame[column]
        if quotes and _has_quoted_trigger(values):
            quoted = values.str.startswith(_TRIGGER_AFTER_QUOTE).to_numpy(dtype=bool)
            values = values.where(~quoted, values.str[1:])
        kind = types.get(column) if column not in known else None
        if kind is not None:
            values = _typed(values, kind)
            if values is None:
                return None
        out[column] = values
    return pd.DataFrame(out, index=frame.index)


def _lines(text: str):
    """The lines of *text*, each with its newline, one at a time (as ``io.StringIO(text,
    newline="")`` gives them for a text without a lone carriage return, without copying it
    whole)."""
    start, end = 0, len(text)
    while start < end:
        stop = text.find("\n", start)
        if stop < 0:
            yield text[start:]
            return
        yield text[start : stop + 1]
        start = stop + 1


def _no_short_rows(text: str, frame: pd.DataFrame) -> bool:
    """Whether every row of *text* has as many cells as its header. pandas pads a short row
    with empty cells (which the row-by-row parser refuses), so its last cell is empty: only
    when some last cell is empty is the text parsed again, by pyarrow, which refuses a row
    with too few or too many cells."""
    last = frame.iloc[:, -1] if len(frame.columns) else None
    if last is None or not (last.isna() | (last == "")).any():
        return True
    import pyarrow as pa
    import pyarrow.csv as pacsv

    try:
        table = pacsv.read_csv(
            pa.py_buffer(text.encode("utf-8")),
            # (the header row read as data, so that it sets the number of columns)
            read_options=pacsv.ReadOptions(autogenerate_column_names=True),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=True),
            convert_options=pacsv.ConvertOptions(
                include_columns=["f0"], column_types={"f0": pa.string()}
            ),
        )
    except (pa.ArrowInvalid, ValueError):
        return False
    return table.num_rows == len(frame) + 1


def _has_quoted_trigger(values: pd.Series) -> bool:
    """Whether some cell may start with a quote and a formula trigger (a quick test over the
    column joined into one string: false alarms only, answered cell by cell)."""
    joined = "\n".join(values.tolist())
    return joined.startswith("'") or "\n'" in joined


_INT_CELLS = re.compile(r"[+-]?[0-9]{1,18}(?:\n[+-]?[0-9]{1,18})*")
_FLOAT_CELL = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
_FLOAT_CELLS = re.compile(rf"{_FLOAT_CELL}(?:\n{_FLOAT_CELL})*")


def _typed(values: pd.Series, kind: str):
    """A typed extra column (empty cells missing), or None if a cell does not parse.

    Integers come back as ``int64`` (``Int64`` with missing cells), numbers as ``float64``
    (NaN where missing), both parsed by numpy as ``int()`` and ``float()`` parse them, each
    distinct cell once; text and booleans as objects (None where missing)."""
    present = (values != "").to_numpy(dtype=bool)
    if kind in ("text", "line"):
        return values.astype(object).where(present, None)
    cells = values[present]
    if kind in ("int", "float"):
        codes, distinct = pd.factorize(cells)
        items = [str(v) for v in distinct]
        pattern = _INT_CELLS if kind == "int" else _FLOAT_CELLS
        joined = "\n".join(items)
        if items and (joined.count("\n") != len(items) - 1 or not pattern.fullmatch(joined)):
            return None  # (longer numbers, and other scripts' digits: row by row)
        parsed = np.array(items, dtype=np.int64 if kind == "int" else float)
        if kind == "float" and not np.isfinite(parsed).all():
            return None
        typed = parsed[codes]
        if present.all():
            return pd.Series(typed, index=values.index)
        if kind == "int":
            full = pd.array(np.zeros(len(values), dtype=np.int64), dtype="Int64")
            full[present] = typed
            full[~present] = pd.NA
            return pd.Series(full, index=values.index)
        full = np.full(len(values), np.nan)
        full[present] = typed
        return pd.Series(full, index=values.index)
    if kind == "bool":
        if not cells.isin(["true", "false"]).all():
            return None
        parsed = pd.Series((cells == "true").tolist(), index=cells.index, dtype=object)
    else:
        return None
    out = pd.Series([None] * len(values), index=values.index, dtype=object)
    out[present] = parsed
    return out


def _parse_table(text: str, label: str, types: dict, tables: Tables, name: str) -> list:
    header, records, problems = parse_csv(text, label)
    tables.problems.extend(problems)
    tables.files[name] = label
    if header:
        tables.problems.extend(
            (label, 1, f.name, MISSING_COLUMN)
            for f in TABLE_FIELDS[name]
            if f.required and f.name not in header
        )
    known = {f.name for f in TABLE_FIELDS[name]}
    out = []
    for line, values in records:
        for column, kind in types.items():
            if column in known or column not in values or values[column] == "":
                continue
            value, err = coerce(Field(column, kind), values[column])
            if err:
                tables.problems.append((label, line, column, err))
                values[column] = ""
            else:
                values[column] = value
        out.append((line, values))
    setattr(tables, name, out)
    return out


def _safe_member(folder: Path, rel: object, label: str) -> Path:
    if not isinstance(rel, str) or not rel:
        raise DatasetError([(label, None, "path", "a resource path must be a non-empty string")])
    pure = PurePosixPath(rel)
    if "://" in rel or pure.is_absolute() or ".." in pure.parts or "\\" in rel:
        raise DatasetError(
            [
                (
                    label,
                    None,
                    "path",
                    f"resource path '{rel}' must be a plain relative path inside the dataset folder",
                )
            ]
        )
    return folder / pure


def read_dataset(path: Path, encoding: str = "utf-8") -> Tables:
    """Raw tables of a dataset folder (or of its ``datapackage.json``)."""
    path = Path(path)
    folder = path.parent if path.name == DESCRIPTOR and path.is_file() else path
    if not folder.is_dir():
        raise DatasetError([(str(path), None, None, "no such dataset folder")])
    tables = Tables()
    descriptor_path = folder / DESCRIPTOR
    resources: dict = {}
    if descriptor_path.is_file():
        label = str(descriptor_path)
        try:
            descriptor = json.loads(decode(read_bytes(descriptor_path), label, encoding))
        except json.JSONDecodeError as exc:
            raise DatasetError([(label, exc.lineno, None, f"not valid JSON: {exc.msg}")]) from None
        if not isinstance(descriptor, dict) or not isinstance(descriptor.get("resources"), list):
            raise DatasetError(
                [(label, None, "resources", "a data package needs a resources list")]
            )
        for i, res in enumerate(descriptor["resources"], start=1):
            if not isinstance(res, dict) or not isinstance(res.get("name"), str):
                raise DatasetError([(label, i, "resources", "each resource needs a name")])
            resources[res["name"]] = res
        graph = {}
        for name in ("name", "title", "description", "citation"):
            if name in descriptor:
                graph[name] = descriptor[name]
        licenses = descriptor.get("licenses")
        if isinstance(licenses, list) and licenses and isinstance(licenses[0], dict):
            graph["license"] = licenses[0].get("name") or licenses[0].get("path")
        extra = descriptor.get("graph_attributes", {})
        if not isinstance(extra, dict):
            raise DatasetError([(label, None, "graph_attributes", "must be an object")])
        graph.update(extra)
        tables.graph = graph
        table_paths = {}
        for name in TABLE_FIELDS:
            if name in resources:
                table_paths[name] = _safe_member(folder, resources[name].get("path"), label)
        for name in REQUIRED_TABLES:
            if name not in table_paths:
                raise DatasetError([(label, None, "resources", f"no '{name}' resource")])
    else:
        tables.graph = {}
        table_paths = {name: folder / f"{name}.csv" for name in TABLE_FIELDS}
    for name, table_path in table_paths.items():
        if name not in REQUIRED_TABLES and not table_path.exists():
            continue
        types = {}
        schema = resources.get(name, {}).get("schema", {})
        for fld in schema.get("fields", []) if isinstance(schema, dict) else []:
            if isinstance(fld, dict) and fld.get("type") in _KIND_OF:
                types[fld.get("name")] = _KIND_OF[fld["type"]]
        _read_table(table_path, str(table_path), encoding, types, tables, name)
    return tables


def read_flat_csv(path: Path, encoding: str = "utf-8") -> Tables:
    """Raw tables of a relations CSV with its actors CSV (and optional sources/types CSV) beside it;
    without an actors CSV, an edge list (see :mod:`graphlib_kb.io.edgelist`)."""
    path = Path(path)
    if _sidecar(path, "actors") is None:
        # No actors table beside it: an edge list (with a nodes table beside it, if any).
        from .edgelist import read_edgelist

        return read_edgelist(path, encoding)
    tables = Tables()
    _read_table(path, str(path), encoding, {}, tables, "relations")
    for name in ("actors", "sources", "relation_types", "graph"):
        beside = _sidecar(path, name)
        if beside is None:
            continue
        if name == "graph":
            tables.graph = _read_graph_table(beside, encoding, tables)
        else:
            _read_table(beside, str(beside), encoding, {}, tables, name)
    return tables


_GRAPH_COLUMNS = ["attribute", "type", "value"]


def _read_graph_table(path: Path, encoding: str, tables: Tables) -> dict:
    """Graph attributes from an ``attribute,type,value`` table."""
    label = str(path)
    header, records, problems = parse_csv(decode(read_bytes(path, label), label, encoding), label)
    tables.problems.extend(problems)
    if header and header != _GRAPH_COLUMNS:
        tables.problems.append(
            (label, 1, None, f"expected the columns {', '.join(_GRAPH_COLUMNS)}")
        )
        return {}
    graph = {}
    for line, rec in records:
        kind = _KIND_OF.get(rec["type"])
        if kind is None:
            tables.problems.append(
                (label, line, "type", "must be string, integer, number or boolean")
            )
            continue
        value, err = coerce(Field(rec["attribute"], kind), rec["value"])
        if err:
            tables.problems.append((label, line, "value", err))
        elif rec["attribute"] in graph:
            tables.problems.append((label, line, "attribute", "duplicate attribute"))
        else:
            graph[rec["attribute"]] = value
    return graph


def _sidecar(path: Path, name: str) -> Path | None:
    candidates = [path.with_name(f"{path.stem}.{name}.csv")]
    if path.stem == "relations":
        candidates.append(path.with_name(f"{name}.csv"))
    return next((c for c in candidates if c.is_file()), None)


# ---------------------------------------------------------------------- writing


def _table_rows(G) -> dict:
    """Columns, rows and extra-column types of each table of a (valid) graph."""
    out = {}
    actors = [{"id": n, **d} for n, d in G.nodes(data=True)]
    relations = [{"id": k, "source": u, "target": v, **d} for u, v, k, d in ordered_edges(G)]
    sources = [{"id": k, **v} for k, v in (G.graph.get("sources") or {}).items()]
    rtypes = [{"type": k, **v} for k, v in (G.graph.get("relation_types") or {}).items()]
    for name, rows in (
        ("actors", actors),
        ("relations", relations),
        ("sources", sources),
        ("relation_types", rtypes),
    ):
        fields = TABLE_FIELDS[name]
        columns = [f.name for f in fields]
        extras: dict = {}
        for row in rows:
            for key, value in row.items():
                if key not in columns and key not in extras:
                    extras[key] = type(value)
        out[name] = (columns + list(extras), rows, extras)
    return out


def _unspecified_weights(G) -> bool:
    """Whether some relation is of category 'unspecified' (an imported tie), whose weight is
    the source graph's own and not held to the Goldstein range."""
    return any(d.get("category") == UNSPECIFIED for *_, d in G.edges(data=True))


def _schema(name: str, fields, extras: dict, G) -> dict:
    enums = {
        ("actors", "kind"): list(kind_names()),
        ("relations", "status"): list(status_names()),
        ("relations", "type"): [*relation_type_records(), *(G.graph.get("relation_types") or {})],
        ("relations", "sign"): [-1, 0, 1],
    }
    out_fields = []
    for f in fields:
        spec = {"name": f.name, "type": f.table_type, "description": f.description}
        if f.kind == "bool":
            spec.update(trueValues=["true"], falseValues=["false"])
        constraints = {}
        if f.required:
            constraints["required"] = True
        if (name, f.name) in enums:
            constraints["enum"] = enums[(name, f.name)]
        if name == "relations" and f.name == "weight" and not _unspecified_weights(G):
            constraints.update(minimum=-10, maximum=10)
        if constraints:
            spec["constraints"] = constraints
        out_fields.append(spec)
    for column, kind in extras.items():
        spec = {"name": column, "type": _TYPE_OF[kind]}
        if kind is bool:
            spec.update(trueValues=["true"], falseValues=["false"])
        out_fields.append(spec)
    schema = {"fields": out_fields, "missingValues": [""], "primaryKey": [fields[0].name]}
    fks = []
    if name == "actors":
        fks.append({"fields": ["parent"], "reference": {"resource": "", "fields": ["id"]}})
    if name == "relations":
        for col in ("source", "target"):
            fks.append({"fields": [col], "reference": {"resource": "actors", "fields": ["id"]}})
        if G.graph.get("sources"):
            fks.append(
                {"fields": ["document"], "reference": {"resource": "sources", "fields": ["id"]}}
            )
    if fks:
        schema["foreignKeys"] = fks
    return schema


def _descriptor(G, tables: dict) -> dict:
    desc: dict = {"profile": "tabular-data-package"}
    graph = G.graph
    extra = {
        k: v
        for k, v in graph.items()
        if k not in GRAPH_TEXT_ATTRIBUTES and k not in ("sources", "relation_types")
    }
    if "name" in graph:
        if _PACKAGE_NAME.match(graph["name"]):
            desc["name"] = graph["name"]
        else:
            extra = {"name": graph["name"], **extra}
    for key in ("title", "description", "citation"):
        if key in graph:
            desc[key] = graph[key]
    if "license" in graph:
        desc["licenses"] = [{"name": graph["license"]}]
    resources = []
    for name, (_, rows, extras) in tables.items():
        if name not in REQUIRED_TABLES and not rows:
            continue
        resources.append(
            {
                "name": name,
                "path": f"{name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": _schema(name, TABLE_FIELDS[name], extras, G),
            }
        )
    desc["resources"] = resources
    if extra:
        desc["graph_attributes"] = extra
    return desc


def write_dataset(G, path: Path) -> Path:
    """Write a valid graph as a dataset folder; files are replaced all together."""
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise DatasetError([(str(folder), None, None, "exists and is not a folder")])
    tables = _table_rows(G)
    with AtomicWriter() as out:
        for name, (columns, rows, _) in tables.items():
            if name in REQUIRED_TABLES or rows:
                out.add(folder / f"{name}.csv", render_csv(columns, rows))
        text = json.dumps(_descriptor(G, tables), indent=2, ensure_ascii=False) + "\n"
        out.add(folder / DESCRIPTOR, text.encode("utf-8"))
    return folder


def _write_relations(out: AtomicWriter, target: Path, names: list, columns: dict) -> None:
    """Stage the relations CSV of a checked frame's columns (in writing order): rendered in
    Arrow a chunk of rows at a time (:mod:`._arrowcsv`, the csv module's bytes) unless a cell
    is text Arrow cannot hold (a lone surrogate), which the csv module's path then reports as
    it always has."""
    import os

    import pyarrow as pa

    from ._arrowcsv import write_columns

    staged = out.stage(target)
    with open(staged, "wb") as fh:
        try:
            write_columns(fh, names, [columns.get(c) for c in names])
        except (pa.ArrowException, UnicodeError):
            fh.seek(0)
            fh.truncate()
            empty = [""] * max((len(c) for c in columns.values()), default=0)
            cells = [_cells(columns[c]) if c in columns else empty for c in names]
            fh.write(render_columns(names, cells))
        fh.flush()
        os.fsync(fh.fileno())


def _relation_layout(frame, order) -> tuple:
    """Column names (schema's, then extras), extra-column types and the columns of *frame*
    taken in *order*: the columns and text :func:`write_dataset` gives the same relations
    from a graph."""
    known = [f.name for f in RELATION_FIELDS]
    columns = {c: frame[c].take(order).reset_index(drop=True) for c in frame.columns}
    # extra columns: in the order a row-by-row writer meets them, with the type of the value
    # it meets first
    first: dict = {}
    for position, column in enumerate(c for c in frame.columns if c not in known):
        present = columns[column].notna().to_numpy()
        if present.any():
            at = int(present.argmax())
            value = columns[column].iloc[[at]].astype(object).iloc[0]
            first[column] = (at, position, type(value))
    extras = {c: kind for c, (*_, kind) in sorted(first.items(), key=lambda kv: kv[1][:2])}
    return known + list(extras), extras, columns


def _cells(col: pd.Series) -> list:
    """:func:`~graphlib_kb.csvtables.to_cell` of a whole column: text in Arrow (formula
    triggers found and quoted column-wide), integers by numpy, the rest value by value."""
    if pd.api.types.is_integer_dtype(col.dtype) and not col.isna().any():
        return col.astype("int64").astype(str).tolist()
    if col.dtype == object or isinstance(col.dtype, pd.StringDtype):
        kind = pd.api.types.infer_dtype(col, skipna=True)
        if kind in ("string", "empty"):
            text = col.astype("str")
            quoted = text.str.startswith(_TRIGGERS).fillna(False).to_numpy(dtype=bool)
            if quoted.any():
                text = text.where(~quoted, "'" + text)
            return text.fillna("").tolist()
    return column_cells(col.astype(object).where(col.notna(), None).tolist())


_DIGITS = re.compile(r"\d+")


def _sortable(match) -> str:
    try:
        digits = str(int(match.group()))  # leading zeros do not count, as in int()
    except ValueError:  # more digits than int() reads (sys.get_int_max_str_digits())
        raise long_digit_runs([match.string]) from None
    return f"\x01{chr(0x02 + len(digits))}{digits}"


def _texts(values):
    """``str`` of every value, as an Arrow large_string array (straight from the objects
    when they are all text)."""
    import pyarrow as pa

    column = pd.Series(values, dtype=object)
    try:
        text = pa.array(column.to_numpy(), type=pa.large_string())
        if text.null_count == 0:
            return text
    except (pa.ArrowException, TypeError, ValueError):
        pass
    return pa.array([str(v) for v in column.tolist()], type=pa.large_string())


def natural_order(ids, sources, targets) -> list:
    """Positions of the relations in the order of :func:`graphlib_kb.model.ordered_edges`
    (ids in natural order, "r2" before "r10"; then source, then target), computed with one
    sort of text keys (:func:`natural_keys`), made and sorted in Arrow."""
    return _natural_sort(natural_keys(ids), _texts(sources), _texts(targets)).to_pylist()


def _natural_sort(keys, sources, targets):
    """Positions (an Arrow array) sorting by *keys*, then *sources*, then *targets*."""
    import pyarrow as pa
    import pyarrow.compute as pc

    table = pa.table({"key": keys, "source": sources, "target": targets})
    return pc.sort_indices(
        table, sort_keys=[("key", "ascending"), ("source", "ascending"), ("target", "ascending")]
    )


def natural_keys(ids):
    """Text keys (an Arrow large_string array) that order *ids* naturally ("r2" before
    "r10") when compared as text: every run of digits becomes a marker below any character
    of an id (ids hold no control characters), a character for its length and its digits
    without leading zeros, which order as the numbers do.

    A run of digits never spans a character that is not a digit, so the key of
    ``a + ":" + b`` is ``key(a) + ":" + key(b)``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    ids = pd.Series(ids, dtype=object).reset_index(drop=True)
    # digits of other scripts (Python's int() reads them), and runs of 30 digits or more
    # (their length character, chr(0x02 + 30) on, is not below the characters of an id, so a
    # second pass would mark them again; and RE2 repeats at most 1000 times): row by row, below
    other = ids.str.contains(r"[^\x00-\x7f]", regex=True).to_numpy(dtype=bool)
    if len(ids) and ids.str.len().max() >= 30:
        other = other | ids.str.contains(r"[0-9]{30}", regex=True).to_numpy(dtype=bool)
    text = _texts(ids.mask(other, "") if other.any() else ids)
    runs = pc.count_substring_regex(text, r"[0-9]+")
    keys = text
    if pc.sum(runs).as_py():
        # ASCII digits, in passes of RE2 (no look-behind: a run next to one just rewritten
        # waits for the next pass; a rewritten run follows a control character and stays)
        zeros = r"(^|[^0-9\x01-\x1f])0+([^0-9]|$)"
        for _ in range(2):  # twice: runs one character apart
            keys = pc.replace_substring_regex(keys, zeros, "\\1\x01\x030\\2")
        longest = pc.max(pc.utf8_length(text)).as_py()
        for length in range(1, longest + 1):
            pattern = rf"(^|[^0-9\x01-\x1f])0*([1-9][0-9]{{{length - 1}}})([^0-9]|$)"
            for _ in range(2):
                keys = pc.replace_substring_regex(
                    keys, pattern, f"\\1\x01{chr(0x02 + length)}\\2\\3"
                )
            if pc.all(pc.equal(pc.count_substring(keys, "\x01"), runs)).as_py():
                break
    if other.any():
        fixed = keys.to_pylist()
        for i in np.flatnonzero(other).tolist():
            fixed[i] = _DIGITS.sub(_sortable, ids[i])
        keys = pa.array(fixed, type=pa.large_string())
    return keys


def write_checked_dataset(checked, path: Path) -> Path:
    """Write checked tables whose relations are a checked frame (``Checked.relation_frame``)
    as a dataset folder, without building a graph: the same bytes as
    ``write_dataset(build_graph(checked), path)``, with the relations rendered column by
    column."""
    if checked.problems:
        raise DatasetError(checked.problems)
    frame = checked.relation_frame
    order = natural_order(frame["id"], frame["source"], frame["target"])
    names, extras, columns = _relation_layout(frame, order)

    def relations(out, target):
        _write_relations(out, target, names, columns)

    return _write_folder(checked, path, names, extras, len(frame) > 0, relations)


def write_relation_arrays(
    checked, path: Path, names: list, extras: dict, arrays, rows=None
) -> Path:
    """Write a dataset folder whose relations are Arrow arrays: *checked* holds the checked
    actors, sources, relation types and graph attributes (its relations are not used),
    *names* the relations file's columns, *extras* the extra columns' Python types (in file
    order, as :func:`_relation_layout` gives them) and *arrays* the checked columns in
    writing order (a name without an array is an empty column, a ``str`` the same text on
    every row); or a function ``arrays(start, stop)`` giving the columns of rows
    ``start:stop`` in *names* order, with *rows* the number of rows. The bytes are those
    :func:`write_checked_dataset` writes for the same relations."""
    if checked.problems:
        raise DatasetError(checked.problems)
    if callable(arrays):
        n = rows
    else:
        n = max((len(a) for a in arrays.values() if not isinstance(a, str)), default=0)

    def relations(out, target):
        import os

        from ._arrowcsv import write_arrays

        staged = out.stage(target)
        with open(staged, "wb") as fh:
            if callable(arrays):
                write_arrays(fh, names, arrays, rows=n)
            else:
                write_arrays(fh, names, [arrays.get(c) for c in names])
            fh.flush()
            os.fsync(fh.fileno())

    return _write_folder(checked, path, names, extras, n > 0, relations)


def _write_folder(checked, path, names: list, extras: dict, any_rows: bool, relations) -> Path:
    """The dataset folder of *checked*'s actors, sources, relation types and graph
    attributes, with the relations file staged by ``relations(writer, target)``."""
    from ..model import build_graph

    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise DatasetError([(str(folder), None, None, "exists and is not a folder")])
    # a graph of the actors, sources, relation types and attributes only: the other tables
    # and the descriptor come from it exactly as from a full graph
    shell = build_graph(
        type(checked)(
            actors=checked.actors,
            relations=[],
            sources=checked.sources,
            relation_types=checked.relation_types,
            graph=checked.graph,
            problems=[],
        )
    )
    tables = _table_rows(shell)
    tables["relations"] = (names, any_rows, extras)
    existed = folder.exists()
    try:
        with AtomicWriter() as out:
            for name, (table_columns, rows, _) in tables.items():
                if name == "relations":
                    relations(out, folder / f"{name}.csv")
                elif name in REQUIRED_TABLES or rows:
                    out.add(folder / f"{name}.csv", render_csv(table_columns, rows))
            text = json.dumps(_descriptor(shell, tables), indent=2, ensure_ascii=False) + "\n"
            out.add(folder / DESCRIPTOR, text.encode("utf-8"))
    except BaseException:
        # the writer made the folder for its staging files: no empty folder left behind
        if not existed:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return folder


def write_flat_csv(G, path: Path) -> Path:
    """Write a valid graph as ``X.csv`` (relations) with ``X.actors.csv`` beside it.

    ``X.sources.csv``, ``X.relation_types.csv`` and ``X.graph.csv`` (graph
    attributes as ``attribute,type,value`` rows) are written when the graph has any.
    """
    path = Path(path)
    tables = _table_rows(G)
    problems = []
    for name, (_, _, extras) in tables.items():
        for column, kind in extras.items():
            if kind is not str:
                problems.append(
                    (
                        str(path),
                        None,
                        column,
                        f"{name} attribute '{column}' holds {kind.__name__} values; a flat CSV "
                        "keeps only text in extra columns: write a dataset folder, GraphML, "
                        "GEXF or JSON instead",
                    )
                )
    if problems:
        raise DatasetError(problems)
    graph_rows = [
        {"attribute": k, "type": _TYPE_OF[type(v)], "value": v}
        for k, v in G.graph.items()
        if k not in ("sources", "relation_types")
    ]
    with AtomicWriter() as out:
        for name, (columns, rows, _) in tables.items():
            target = path if name == "relations" else path.with_name(f"{path.stem}.{name}.csv")
            if name in REQUIRED_TABLES or rows:
                out.add(target, render_csv(columns, rows))
        if graph_rows:
            out.add(
                path.with_name(f"{path.stem}.graph.csv"), render_csv(_GRAPH_COLUMNS, graph_rows)
            )
    return path
