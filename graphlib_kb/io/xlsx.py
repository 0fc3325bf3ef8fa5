"""Excel workbooks (``.xlsx``, through openpyxl): three layouts are read, one is written.

- **graphlib_kb's own**: sheets ``actors`` and ``relations`` (and ``sources``,
  ``relation_types``, ``graph`` when the graph has them), the columns of the
  dataset folder's CSV tables. Written by :func:`graphlib_kb.write` and read back
  losslessly (whole-number floats are stored with a ``0.0`` number format so that
  they come back as floats).
- **Kumu's blueprint**: sheets ``Elements`` (``Label``, optionally ``ID`` first,
  ``Type``, ``Description``, ``Tags``, ...) and ``Connections`` (``From``, ``To``,
  ``Type``, ``Direction``, ``Description``, ...). As in Kumu, connections join
  elements by ``ID`` once the elements have ids, by ``Label`` otherwise (labels
  must then be unique); a ``To`` cell may name several elements separated by ``|``.
- **Gephi's spreadsheets**: sheets ``Nodes`` (``Id``, ``Label``, ...) and
  ``Edges`` (``Source``, ``Target``, ``Type``, ``Weight``, ...); a workbook with
  a single sheet is read as an edge list.

Sheet names are matched in any case; sheets whose name contains ``(ignore)`` are
skipped, as Kumu does. A formula cell is refused (its value is whatever Excel last
computed, if anything), and so is a date cell in an id column; dates elsewhere
become ISO 8601 text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from ..errors import DatasetError
from ..files import AtomicWriter, xml_limit
from ..schema import Tables

__all__ = ["read_xlsx", "write_xlsx"]

_OWN = ("actors", "relations", "sources", "relation_types", "graph")
_ID_COLUMNS = {"id", "source", "target", "parent", "document", "from", "to", "label", "type"}
_FLOAT_FORMAT = "0.0##############"
_FIXED_TIME = dt.datetime(2000, 1, 1)


# ---------------------------------------------------------------------- reading


def _cell_value(cell, label: str, sheet: str, row: int, column: str, problems: list):
    value = cell.value
    if cell.data_type == "f" or (isinstance(value, str) and cell.data_type == "f"):
        problems.append(
            (
                f"{label} [{sheet}]",
                row,
                column,
                f"a formula ({value}) is not read: its value is whatever Excel last computed; "
                "copy the column and paste it as values",
            )
        )
        return None
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        if column.strip().lower() in _ID_COLUMNS:
            problems.append(
                (
                    f"{label} [{sheet}]",
                    row,
                    column,
                    f"a date cell ({value}) in an id column: Excel turned the id into a date; "
                    "format the column as Text and type the ids again",
                )
            )
            return None
        if isinstance(value, dt.datetime) and value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        fmt = getattr(cell, "number_format", "") or ""
        if fmt.startswith("0.0"):
            return float(value)
    return value


def _sheet_records(ws, label: str, name: str, problems: list):
    """``(header, records)`` of a sheet: the first non-empty row is the header."""
    header = None
    records = []
    for row_number, row in enumerate(ws.iter_rows(), start=1):
        cells = list(row)
        if header is None:
            texts = [("" if c.value is None else str(c.value)).strip() for c in cells]
            if not any(texts):
                continue
            while texts and texts[-1] == "":
                texts.pop()
            header = texts
            for i, column in enumerate(header, start=1):
                if column == "":
                    problems.append(
                        (f"{label} [{name}]", row_number, None, f"column {i} has no name")
                    )
            continue
        values = {}
        for column, cell in zip(header, cells, strict=False):
            if not column:
                continue
            value = _cell_value(cell, label, name, row_number, column, problems)
            if value is not None and value != "":
                values[column] = value
        if values:
            records.append((row_number, values))
    return header or [], records


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _load(path: Path, label: str):
    import openpyxl

    size = path.stat().st_size if path.exists() else 0
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked <= xml_limit():
                for info in archive.infolist():
                    with archive.open(info) as member:
                        head = member.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise DatasetError(
                            [
                                (
                                    f"{label} [{info.filename}]",
                                    None,
                                    None,
                                    "XML with a DOCTYPE or entity declaration is refused "
                                    "(entity expansion and external entities are a security "
                                    "risk)",
                                )
                            ]
                        )
    except (zipfile.BadZipFile, OSError) as exc:
        if not path.exists():
            raise DatasetError([(label, None, None, "no such file or folder")]) from None
        raise DatasetError([(label, None, None, f"not an .xlsx workbook: {exc}")]) from None
    limit = xml_limit()
    if unpacked > limit:
        raise DatasetError(
            [
                (
                    label,
                    None,
                    None,
                    f"the workbook unpacks to {unpacked / 2**20:.0f} MB ({size / 2**20:.1f} MB "
                    f"packed), over the {limit / 2**20:.0f} MB limit "
                    "(graphlib_kb.io.MAX_XML_BYTES); export its sheets as CSV instead",
                )
            ]
        )
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a broken workbook
        raise DatasetError([(label, None, None, f"not a readable .xlsx workbook: {exc}")]) from None


def read_xlsx(path: Path, encoding: str = "utf-8") -> Tables:
    """Raw tables of a workbook in graphlib_kb's, Kumu's or Gephi's layout."""
    path = Path(path)
    label = str(path)
    wb = _load(path, label)
    try:
        sheets = {
            ws.title.strip().lower(): ws for ws in wb.worksheets if "(ignore)" not in ws.title
        }
        problems: list = []
        if "actors" in sheets and "relations" in sheets:
            tables = _own(sheets, label, problems)
        elif "elements" in sheets and "connections" in sheets:
            tables = _kumu(sheets, label, problems)
        elif ("edges" in sheets) or len(sheets) == 1:
            from .edgelist import edgelist_tables

            edges_ws = sheets.get("edges") or next(iter(sheets.values()))
            tables = Tables()
            ename = edges_ws.title
            header, records = _sheet_records(edges_ws, label, ename, problems)
            text_records = [(r, {k: _text(v) for k, v in vals.items()}) for r, vals in records]
            nodes = None
            if "nodes" in sheets:
                nws = sheets["nodes"]
                nheader, nrecords = _sheet_records(nws, label, nws.title, problems)
                nodes = (
                    f"{label} [{nws.title}]",
                    nheader,
                    [(r, {k: _text(v) for k, v in vals.items()}) for r, vals in nrecords],
                )
            if problems:
                raise DatasetError(problems)
            tables = edgelist_tables(tables, f"{label} [{ename}]", header, text_records, nodes)
        else:
            found = ", ".join(ws.title for ws in wb.worksheets) or "(none)"
            raise DatasetError(
                [
                    (
                        label,
                        None,
                        None,
                        f"no sheets this reader knows: found {found}; expected actors and "
                        "relations (graphlib_kb), Elements and Connections (Kumu), Nodes and "
                        "Edges (Gephi), or a single sheet with an edge list",
                    )
                ]
            )
    finally:
        wb.close()
    tables.problems = problems + tables.problems
    if tables.problems and any("formula" in p[3] or "date cell" in p[3] for p in tables.problems):
        raise DatasetError(tables.problems)
    return tables


def _own(sheets, label, problems) -> Tables:
    tables = Tables(files={name: f"{label} [{name}]" for name in _OWN})
    for name in ("actors", "relations", "sources", "relation_types"):
        if name in sheets:
            _, records = _sheet_records(sheets[name], label, sheets[name].title, problems)
            setattr(tables, name, records)
    if "graph" in sheets:
        _, records = _sheet_records(sheets["graph"], label, sheets["graph"].title, problems)
        graph = {}
        for _, rec in records:
            if "attribute" in rec and "value" in rec:
                graph[str(rec["attribute"])] = rec["value"]
        tables.graph = graph
    return tables


def _kumu_elements(erecords, elow, ename, problems):
    """Kumu's elements as actors: ``(actors, {id: row}, by_id)``; actors are known by their
    ID column where there is one, else by label (which must then be unique)."""
    from ..vocabulary import kind_names

    kinds = set(kind_names())
    by_id = "id" in elow and any(elow["id"] in rec for _, rec in erecords)
    labels: dict = {}
    ids: dict = {}
    actors = []
    for row, rec in erecords:
        text = {k: _text(v) for k, v in rec.items()}
        name = text.get(elow["label"])
        ident = text.get(elow["id"]) if by_id else name
        values = {"id": ident, "name": name}
        for column, value in text.items():
            low = column.lower()
            if low in ("id", "label"):
                continue
            if low == "type":
                if value.strip().lower() in kinds:
                    values["kind"] = value.strip().lower()
                else:
                    values["kumu_type"] = value
            elif low == "description":
                values["description"] = value
            elif low == "tags":
                values["tags"] = value
            else:
                values[column] = value
        if name is not None:
            labels.setdefault(name, []).append(row)
        if ident is not None:
            ids.setdefault(ident, row)
        actors.append((row, values))
    if not by_id:
        for name, rows in labels.items():
            if len(rows) > 1:
                problems.append(
                    (
                        ename,
                        rows[1],
                        "Label",
                        f"label '{name}' is on rows {rows[0]} and {rows[1]}; connections join "
                        "elements by label, so labels must be unique (or add an ID column, "
                        "as Kumu allows)",
                    )
                )
    return actors, ids, by_id


def _kumu_connections(crecords, clow, cname, ids, by_id, problems):
    """Kumu's connections as relations (one per target of a multi-target connection):
    ``(relations, directions)``; an end that is no element is a problem."""
    relations = []
    directions = []
    for row, rec in crecords:
        text = {k: _text(v) for k, v in rec.items()}
        base = {}
        for column, value in text.items():
            low = column.lower()
            if low in ("from", "to"):
                continue
            if low == "description":
                base["evidence"] = value
            elif low == "direction":
                directions.append(value.strip().lower())
                base["direction"] = value.strip().lower()
            elif low in ("type", "id", "date", "weight", "sign", "status", "category"):
                base[low] = value
            elif low == "label":
                base["connection_label"] = value
            else:
                base[column] = value
        ends = text.get(clow["from"]), text.get(clow["to"])
        targets = [t.strip() for t in (ends[1] or "").split("|") if t.strip()]
        for i, to in enumerate(targets or [None]):
            values = dict(base)
            if len(targets) > 1 and "id" in values:
                values["id"] = f"{values['id']}-{i + 1}"
            for end, ref in (("source", ends[0]), ("target", to)):
                if ref is None:
                    continue
                if ref not in ids:
                    how = "ID" if by_id else "Label"
                    problems.append(
                        (
                            cname,
                            row,
                            "From" if end == "source" else "To",
                            f"'{ref}' is no element's {how} (connections join elements by "
                            f"{how} {'once elements have ids' if by_id else 'when they have none'})",
                        )
                    )
                values[end] = ref
            relations.append((row, values))
    return relations, directions


def _kumu(sheets, label, problems) -> Tables:
    ews, cws = sheets["elements"], sheets["connections"]
    ename, cname = f"{label} [{ews.title}]", f"{label} [{cws.title}]"
    eheader, erecords = _sheet_records(ews, label, ews.title, problems)
    cheader, crecords = _sheet_records(cws, label, cws.title, problems)
    elow = {c.lower(): c for c in eheader}
    clow = {c.lower(): c for c in cheader}
    if "label" not in elow:
        raise DatasetError(
            [(ename, 1, None, f"no Label column: the header has {', '.join(eheader) or '(none)'}")]
        )
    for needed in ("from", "to"):
        if needed not in clow:
            raise DatasetError(
                [
                    (
                        cname,
                        1,
                        None,
                        f"no {needed.title()} column: the header has "
                        f"{', '.join(cheader) or '(none)'}; Kumu's connections need From and To",
                    )
                ]
            )
    tables = Tables(files={"actors": ename, "relations": cname})
    tables.foreign = True
    actors, ids, by_id = _kumu_elements(erecords, elow, ename, problems)
    relations, directions = _kumu_connections(crecords, clow, cname, ids, by_id, problems)
    if directions and all(d in ("undirected", "mutual") for d in directions):
        tables.graph["directed"] = False
        for _, values in relations:
            values.pop("direction", None)
    tables.actors, tables.relations = actors, relations
    if problems:
        raise DatasetError(problems)
    return tables


# ---------------------------------------------------------------------- writing


def xlsx_bytes(G) -> bytes:
    """The graph as graphlib_kb's workbook layout, byte for byte the same for the same graph."""
    import openpyxl

    from .dataset import _GRAPH_COLUMNS, _TYPE_OF, _table_rows

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    tables = _table_rows(G)
    sheets = []
    for name, (columns, rows, _) in tables.items():
        if name in ("actors", "relations") or rows:
            sheets.append((name, columns, rows))
    graph_rows = [
        {"attribute": k, "type": _TYPE_OF[type(v)], "value": v}
        for k, v in G.graph.items()
        if k not in ("sources", "relation_types")
    ]
    if graph_rows:
        sheets.append(("graph", _GRAPH_COLUMNS, graph_rows))
    for name, columns, rows in sheets:
        ws = wb.create_sheet(name)
        ws.append(list(columns))
        for r, row in enumerate(rows, start=2):
            for c, column in enumerate(columns, start=1):
                value = row.get(column)
                if value is None:
                    continue
                if isinstance(value, (list, tuple)):
                    value = "|".join(value)
                cell = ws.cell(row=r, column=c)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                elif isinstance(value, float):
                    cell.number_format = _FLOAT_FORMAT
                    # openpyxl writes numbers with 16 significant digits ("%.16g"); a double
                    # needs up to 17 to come back exactly, which repr gives.
                    cell._value = repr(value)
    wb.properties.creator = "graphlib_kb"
    wb.properties.created = _FIXED_TIME
    wb.properties.modified = _FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue())


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _fixed_zip(data: bytes) -> bytes:
    """Re-pack with fixed timestamps (openpyxl stamps the save time), so equal graphs give
    equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, body)
    return out.getvalue()


def write_xlsx(G, path: Path) -> Path:
    with AtomicWriter() as out:
        out.add(Path(path), xlsx_bytes(G))
    return Path(path)
