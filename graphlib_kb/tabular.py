"""Render analysis tables as aligned text, CSV, JSON or Markdown, and write them atomically."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

from .csvtables import csv_text, safe_cell
from .errors import UsageError
from .files import AtomicWriter

__all__ = ["render_table", "write_table", "table_format", "TABLE_FORMATS", "TABLE_SUFFIXES"]

TABLE_FORMATS = ("table", "csv", "json", "markdown")
#: The file suffixes :func:`write_table` knows, and the format each means.
TABLE_SUFFIXES = {".csv": "csv", ".json": "json", ".md": "markdown", ".txt": "table"}


def table_format(path, fmt: str | None = None) -> str:
    """The table format for *path*: given, or from its suffix (an unknown suffix is an error).

    Examples
    --------
    >>> from graphlib_kb.tabular import table_format
    >>> table_format("t.md"), table_format("t.xlsx", "csv")
    ('markdown', 'csv')
    >>> table_format("t.xlsx")
    Traceback (most recent call last):
    ...
    graphlib_kb.errors.UsageError: t.xlsx: unknown table suffix '.xlsx'; use .csv, .json, .md or .txt (aligned text), or give the format (--format)
    """
    if fmt is not None:
        if fmt not in TABLE_FORMATS:
            raise UsageError(f"unknown format '{fmt}'; choose one of: {', '.join(TABLE_FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise UsageError(
            f"{path}: unknown table suffix '{suffix}'; use .csv, .json, .md or .txt (aligned"
            " text), or give the format (--format)"
        )
    return TABLE_SUFFIXES[suffix]


def _plain(value):
    """A JSON/CSV-friendly scalar: None for missing, Python numbers, text otherwise."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value == 0.0:
        return 0.0  # never -0.0
    if isinstance(value, (list, tuple)):
        return "|".join(map(str, value))
    return value


def _records(frame: pd.DataFrame) -> tuple[list, list]:
    flat = frame.reset_index() if frame.index.name or frame.index.nlevels > 1 else frame
    columns = [str(c) for c in flat.columns]
    rows = [[_plain(v) for v in row] for row in flat.itertuples(index=False, name=None)]
    return columns, rows


def render_table(frame: pd.DataFrame, fmt: str = "table", *, digits: int = 6) -> str:
    """Render a DataFrame as text.

    Parameters
    ----------
    frame : pandas.DataFrame
    fmt : {'table', 'csv', 'json', 'markdown'}
        ``table`` is aligned text for a terminal; ``csv`` neutralises text cells
        that a spreadsheet would run as formulas (a leading ``=``, ``+``, ``-``,
        ``@``) while numbers stay numbers; ``json`` is a list of records.
    digits : int, default 6
        Decimal places of floats in ``table`` and ``markdown`` (display only:
        ``csv`` and ``json`` keep full precision). No format writes ``-0``.

    Returns
    -------
    str

    Examples
    --------
    >>> import pandas as pd
    >>> from graphlib_kb.tabular import render_table
    >>> print(render_table(pd.DataFrame({"actor": ["=evil", "b"], "score": [-1.5, 2.0]}), "csv"))
    actor,score
    '=evil,-1.5
    b,2.0
    <BLANKLINE>
    """
    if fmt not in TABLE_FORMATS:
        raise UsageError(f"unknown format '{fmt}'; choose one of: {', '.join(TABLE_FORMATS)}")
    columns, rows = _records(frame)
    if fmt == "json":
        return (
            json.dumps(
                [dict(zip(columns, r, strict=True)) for r in rows], ensure_ascii=False, indent=1
            )
            + "\n"
        )
    if fmt == "csv":
        return csv_text(columns, ([safe_cell(v) for v in r] for r in rows))

    def cell(v):
        if v is None:
            return ""
        if isinstance(v, float):
            if v != v:
                return ""
            text = f"{v:.{digits}f}".rstrip("0").rstrip(".")
            return "0" if text == "-0" else text
        return str(v)

    cells = [[cell(v) for v in r] for r in rows]
    if fmt == "markdown":

        def esc(text):
            return text.replace("|", "\\|").replace("\n", " ")

        lines = [
            "| " + " | ".join(esc(c) for c in columns) + " |",
            "|" + "|".join("---" for _ in columns) + "|",
        ]
        lines += ["| " + " | ".join(esc(c) for c in r) + " |" for r in cells]
        return "\n".join(lines) + "\n"
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    numeric = [
        all(isinstance(r[i], (int, float)) or r[i] is None for r in rows)
        for i in range(len(columns))
    ]

    def line(values):
        return "  ".join(
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ).rstrip()

    return "\n".join([line(columns), *(line(r) for r in cells)]) + "\n"


def write_table(frame: pd.DataFrame, path, fmt: str | None = None) -> Path:
    """Write a table atomically; the format follows the suffix (.csv, .json, .md, .txt) unless given.

    An unknown suffix (``.xlsx``) without ``fmt`` raises ``ValueError`` listing the suffixes.

    Examples
    --------
    >>> import os, tempfile, pandas as pd
    >>> from graphlib_kb.tabular import write_table
    >>> p = write_table(pd.DataFrame({"a": [1]}), os.path.join(tempfile.mkdtemp(), "t.md"))
    >>> p.read_text()
    '| a |\\n|---|\\n| 1 |\\n'
    """
    path = Path(path)
    fmt = table_format(path, fmt)
    with AtomicWriter() as out:
        out.add(path, render_table(frame, fmt).encode("utf-8"))
    return path
