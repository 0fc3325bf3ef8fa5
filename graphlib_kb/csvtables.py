"""CSV tables: strict reading with line numbers, and writing with spreadsheet-formula neutralising.

A string cell that starts with ``=``, ``+``, ``-``, ``@``, tab, CR or ``'`` is
written with a leading ``'`` so that a spreadsheet shows it as text
(CWE-1236); the reader removes that one ``'`` again, so the round trip is exact.

The one source of these rules for the dataset files of :mod:`graphlib_kb.io`, the CSV tables
of :mod:`graphlib_kb.tabular` and the review files of :mod:`graphlib_kb.extract`.
``graphlib_kb.io.csvtables`` is the old name of this module and still works.
"""

from __future__ import annotations

import csv
import io

from .schema import LIST_SEPARATOR

__all__ = [
    "parse_csv",
    "render_csv",
    "render_columns",
    "csv_text",
    "safe_cell",
    "column_cells",
    "to_cell",
    "from_cell",
    "neutralise",
]

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise(text: str) -> str:
    return "'" + text if text.startswith(_TRIGGERS) else text


def from_cell(text: str) -> str:
    if len(text) >= 2 and text[0] == "'" and text[1] in "=+-@\t\r'":
        return text[1:]
    return text


def to_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return neutralise(LIST_SEPARATOR.join(value))
    return neutralise(str(value))


def parse_csv(text: str, label: str, delimiter: str = ","):
    """Parse CSV text: ``(header, records, problems)``; records are ``(line, {column: str})``.

    Cells are kept as strings (``"045"`` and ``"NA"`` stay as they are); an
    empty cell is ``""``. Rows with the wrong number of fields are problems,
    never padded or cut.
    """
    problems = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter=delimiter)
    header = None
    records = []
    line_before = 0
    try:
        for fields in reader:
            start = line_before + 1
            line_before = reader.line_num
            if not fields or fields == [""]:
                continue
            if header is None:
                header = [from_cell(f) for f in fields]
                seen = set()
                for i, name in enumerate(header, start=1):
                    if name == "":
                        problems.append((label, start, None, f"column {i} has no name"))
                    elif name in seen:
                        problems.append((label, start, name, "duplicate column name"))
                    seen.add(name)
                continue
            if len(fields) != len(header):
                problems.append(
                    (label, start, None, f"has {len(fields)} fields, the header has {len(header)}")
                )
                continue
            records.append(
                (
                    start,
                    {name: from_cell(value) for name, value in zip(header, fields, strict=True)},
                )
            )
    except csv.Error as exc:
        problems.append((label, reader.line_num, None, f"malformed CSV: {exc}"))
    if header is None and not problems:
        problems.append((label, None, None, "the file is empty (no header row)"))
    return header or [], records, problems


def render_csv(columns: list, rows: list) -> bytes:
    """CSV bytes (UTF-8, no BOM, LF line ends) for *rows* of values in *columns* order."""
    return render_columns(columns, [[to_cell(row.get(c)) for row in rows] for c in columns])


def render_columns(columns: list, cells: list) -> bytes:
    """CSV bytes for columns of cell texts (``cells[i]`` is column ``i``, already rendered
    by :func:`to_cell` or :func:`column_cells`): the rows are written by the csv module's C
    writer in one call."""
    return csv_text(columns, zip(*cells, strict=True)).encode("utf-8")


def csv_text(columns: list, rows) -> str:
    """CSV text with LF line ends: the header (names neutralised), then *rows* as given.

    The one CSV writer of the package (dataset files, and tables written as CSV): text
    cells in *rows* must already be neutralised (:func:`to_cell`, :func:`safe_cell`).

    Examples
    --------
    >>> csv_text(["name", "=x"], [[safe_cell("=1+1"), 2]])
    "name,'=x\\n'=1+1,2\\n"
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([neutralise(c) for c in columns])
    writer.writerows(rows)
    return buf.getvalue()


def safe_cell(value):
    """A value for :func:`csv_text` as it is, but None as "" and text neutralised."""
    if value is None:
        return ""
    return neutralise(value) if isinstance(value, str) else value


def column_cells(values: list) -> list:
    """:func:`to_cell` of every value of a column, working on the column as a whole when
    its values are all of one simple type (text, int, float); None and NaN give ""."""
    if not values:
        return []
    kinds = set(map(type, values))
    if kinds <= {str, type(None)}:
        return ["" if v is None else ("'" + v if v.startswith(_TRIGGERS) else v) for v in values]
    if kinds <= {float, type(None)}:
        return ["" if v is None or v != v else repr(v) for v in values]
    if kinds <= {int, type(None)}:
        return ["" if v is None else str(v) for v in values]
    return ["" if v is None or (isinstance(v, float) and v != v) else to_cell(v) for v in values]
