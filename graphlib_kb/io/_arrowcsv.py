"""CSV rendering in Arrow, byte for byte the text of :func:`.csvtables.csv_text`.

The dataset writer renders a relations table of a million rows; the csv module's writer
needs a Python string per cell (a list per column) and builds the text in one ``StringIO``.
Here the cells stay Arrow string arrays from start to end: formula triggers are quoted with a
regex over the column, fields that need CSV quoting are found by another (the characters the
csv module quotes for, found by asking the csv module itself once, so that a Python version
that quotes differently is followed), and the rows are joined column against column.

Whatever is not plainly text or integers (floats, booleans, mixed columns) is rendered by
:func:`.csvtables.column_cells` and only then put into Arrow, so the cell texts are those of
the per-value writer by construction; tests/test_arrowcsv.py compares the bytes of both
writers on adversarial tables.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .csvtables import _TRIGGERS, column_cells, csv_text

__all__ = ["arrow_cells", "array_cells", "render_arrow", "write_arrays", "write_columns"]


def _quoting_characters() -> str:
    """The characters that make the csv module quote a field (with our dialect)."""
    probe = [",", '"', "\n", "\r", " ", "\t", "'", "\x00", "\x0b", "\x0c", "\x85", "\u2028"]
    found = []
    for c in probe:
        text = csv_text(["a", "b"], [[f"x{c}y", "z"]])
        if text.split("\n", 1)[1].startswith('"'):
            found.append(c)
    return "".join(found)


_QUOTE_CHARS = _quoting_characters()
_NEEDS_QUOTES = (
    "[" + "".join(re.escape(c) if c not in "\n\r" else repr(c)[1:-1] for c in _QUOTE_CHARS) + "]"
)
_TRIGGER_START = (
    "^[" + "".join(re.escape(c) if c not in "\t\r" else repr(c)[1:-1] for c in _TRIGGERS) + "]"
)


def _text(value: str):
    import pyarrow as pa

    return pa.scalar(value, type=pa.large_string())


def _large_strings(col: pd.Series):
    """A text column (str and missing values only) as an Arrow large_string array."""
    import pyarrow as pa

    if isinstance(col.dtype, pd.StringDtype):
        values = pa.array(col.array)
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        return values.cast(pa.large_string())
    return pa.array(col.to_numpy(dtype=object), from_pandas=True, type=pa.large_string())


def arrow_cells(col: pd.Series):
    """The cells :func:`.csvtables.column_cells` gives for *col* (missing values as ""), as a
    ``pyarrow.large_string`` array."""
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(col)
    if n == 0:
        return pa.array([], type=pa.large_string())
    if getattr(col.dtype, "kind", "") == "i" and not isinstance(col.dtype, pd.ArrowDtype):
        ints = pa.array(col.to_numpy(dtype="int64", na_value=0), type=pa.int64())
        text = pc.cast(ints, pa.large_string())
        if col.isna().any():
            text = pc.if_else(pa.array(col.isna().to_numpy()), _text(""), text)
        return text
    if col.dtype == object or isinstance(col.dtype, pd.StringDtype):
        kind = pd.api.types.infer_dtype(col, skipna=True)
        if kind in ("string", "empty"):
            values = _large_strings(col)
            return _quote_triggers(pc.fill_null(values, _text("")))
        if kind == "integer":  # Python ints (and None): no bools, which infer as "mixed"
            objects = col.astype(object).where(col.notna(), None).tolist()
            try:
                ints = pa.array(objects, type=pa.int64())
            except (OverflowError, pa.ArrowException):
                return pa.array(column_cells(objects), type=pa.large_string())
            return pc.fill_null(pc.cast(ints, pa.large_string()), _text(""))
    if pd.api.types.is_float_dtype(col.dtype):
        return pa.array(column_cells(col.astype(float).tolist()), type=pa.large_string())
    return pa.array(
        column_cells(col.astype(object).where(col.notna(), None).tolist()),
        type=pa.large_string(),
    )


def _quote_triggers(values):
    """Text cells (no nulls) with the formula triggers quoted as :func:`.csvtables.to_cell`
    does."""
    import pyarrow.compute as pc

    if not _starts_with_any(values, "".join(_TRIGGERS)):
        return values
    quoted = pc.match_substring_regex(values, _TRIGGER_START)
    if pc.any(quoted).as_py():
        values = pc.if_else(
            quoted, pc.binary_join_element_wise(_text("'"), values, _text("")), values
        )
    return values


def array_cells(values):
    """The cells :func:`arrow_cells` gives for the same values held in an Arrow array (text,
    integers, floats; nulls as ""), as a ``pyarrow.large_string`` array. Floats are written
    by Python's ``repr`` (:func:`.csvtables.column_cells`) once per distinct value (bit for
    bit: ``-0.0`` and ``0.0`` apart); other types go through Python objects."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    kind = values.type
    if len(values) == 0:
        return pa.array([], type=pa.large_string())
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return _quote_triggers(pc.fill_null(values.cast(pa.large_string()), _text("")))
    if pa.types.is_integer(kind):
        return pc.fill_null(pc.cast(values, pa.large_string()), _text(""))
    if pa.types.is_floating(kind):
        floats = values.cast(pa.float64()).to_numpy(zero_copy_only=False)
        bits, where = np.unique(floats.view(np.int64), return_inverse=True)
        cells = pa.array(column_cells(bits.view(np.float64).tolist()), type=pa.large_string())
        cells = cells.take(pa.array(where.reshape(-1)))
        if values.null_count:
            cells = pc.if_else(values.is_valid(), cells, _text(""))
        return cells
    return pa.array(column_cells(values.to_pylist()), type=pa.large_string())


def write_arrays(fh, columns: list, arrays, rows_per_chunk: int = 1 << 17, rows=None) -> None:
    """:func:`write_columns` for columns held in Arrow arrays (:func:`array_cells`; a column
    given as None is empty, one given as a ``str`` holds that text on every row).

    *arrays* may also be a function ``arrays(start, stop)`` giving the columns of rows
    ``start:stop`` (Arrow arrays, ``str`` or None, as above), with *rows* the number of
    rows: the chunks are then made, as they are rendered, by two threads."""
    import pyarrow as pa

    fh.write(csv_text(columns, []).encode("utf-8"))
    if callable(arrays):
        chunk_of, n = arrays, rows
    else:
        n = max((len(a) for a in arrays if a is not None and not isinstance(a, str)), default=0)

        def chunk_of(start, stop):
            return [a if a is None or isinstance(a, str) else a.slice(start, stop - start)
                    for a in arrays]  # fmt: skip

    constants: dict = {}

    def constant(value):
        if value not in constants:
            (constants[value],) = array_cells(
                pa.array([value or ""], type=pa.large_string())
            ).to_pylist()
        return constants[value]

    for a in [] if callable(arrays) else arrays:  # (found before the threads start)
        if a is None or isinstance(a, str):
            constant(a)

    def render(start):
        stop = min(start + rows_per_chunk, n)
        chunk = chunk_of(start, stop)
        cells = [constant(a) if a is None or isinstance(a, str) else array_cells(a) for a in chunk]
        if all(isinstance(c, str) for c in cells):  # (no column to give the rows' count)
            cells[0] = pa.array([cells[0]] * (stop - start), type=pa.large_string())
        return _rows_text(cells)

    if callable(arrays):
        for value in ("", None):
            constant(value)
    for text in _in_order(render, range(0, n, rows_per_chunk)):
        fh.write(text)


def _in_order(fn, items, workers: int = 2):
    """``fn(item)`` for each item, in order, computed by up to *workers* threads at once
    (Arrow's kernels let go of the GIL) with at most *workers* results waiting."""
    import os
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    items = list(items)
    workers = max(1, min(workers, os.cpu_count() or 1, len(items)))
    if workers == 1:
        yield from map(fn, items)
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _cell_bytes(values):
    """The UTF-8 bytes of a string array's cells (a slice's own, not its parent's whole
    buffer) as a NumPy view, and the cells' start offsets within them."""
    import pyarrow as pa

    width = np.int64 if pa.types.is_large_string(values.type) else np.int32
    offsets = np.frombuffer(values.buffers()[1], dtype=width)
    offsets = offsets[values.offset : values.offset + len(values) + 1]
    data = values.buffers()[2]
    raw = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    return raw[int(offsets[0]) : int(offsets[-1])], offsets - offsets[0]


def _holds_any(values, characters: str) -> bool:
    """Whether one of the (ASCII) *characters* occurs in the bytes of a string array: one scan
    of its bytes per character (in UTF-8 an ASCII byte is always that character)."""
    if any(ord(c) > 127 for c in characters):
        return True
    if len(values) == 0:
        return False
    raw, _ = _cell_bytes(values)
    blob = raw.tobytes()
    return any(c.encode("ascii") in blob for c in characters)


def _starts_with_any(values, characters: str) -> bool:
    """Whether a cell of a string array starts with one of the (ASCII) *characters*: the
    first byte of each non-empty cell, looked up at once."""
    if any(ord(c) > 127 for c in characters):
        return True
    if len(values) == 0:
        return False
    raw, offsets = _cell_bytes(values)
    starts = offsets[:-1][offsets[1:] > offsets[:-1]]
    wanted = np.zeros(256, dtype=bool)
    wanted[[ord(c) for c in characters]] = True
    return bool(wanted[raw[starts]].any())


def render_arrow(columns: list, cells: list) -> bytearray:
    """CSV bytes of *columns* (the header, neutralised) and *cells* (Arrow string arrays
    of cell texts without nulls, one per column, as :func:`arrow_cells` makes them): the
    bytes of ``csv_text(columns, zip(*cells)).encode("utf-8")`` (a bytearray: the rows' text
    is copied once, out of Arrow)."""
    out = bytearray(csv_text(columns, []).encode("utf-8"))
    if cells and len(cells[0]):
        out += _rows_text(cells)
    return out


def write_columns(fh, columns: list, series: list, rows_per_chunk: int = 1 << 17) -> None:
    """Write the CSV text of ``render_arrow(columns, [arrow_cells(s) for s in series])`` to
    the binary file *fh*, converting and rendering *rows_per_chunk* rows at a time (a column
    given as None is empty), so that only one chunk's cells and text are in memory at once;
    every cell's text depends on its value alone, so chunks give the same bytes."""

    fh.write(csv_text(columns, []).encode("utf-8"))
    n = max((len(s) for s in series if s is not None), default=0)
    for start in range(0, n, rows_per_chunk):
        stop = min(start + rows_per_chunk, n)
        cells = ["" if s is None else arrow_cells(s.iloc[start:stop]) for s in series]
        fh.write(_rows_text(cells))


def _rows_text(cells: list) -> memoryview:
    """The CSV text of the rows of *cells* (at least one row), as a view of Arrow's buffer.
    A cell column may be one ``str``: the same cell on every row (at least one column is an
    array)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    fields = []
    for values in cells:
        if isinstance(values, str):  # a constant column: its field text, found once
            (field,) = _fields(pa.array([values], type=pa.large_string()), len(cells)).to_pylist()
            fields.append(field)
        else:
            fields.append(_fields(values.cast(pa.large_string()), len(cells)))
    # one pass: field, ",", field, ... field, "\n" joined with no separator (constant fields
    # and separators merged into one literal)
    parts: list = []
    for values in fields:
        for part in (values, ","):
            if isinstance(part, str) and parts and isinstance(parts[-1], str):
                parts[-1] += part
            else:
                parts.append(part)
    parts[-1] = parts[-1][:-1] + "\n"
    lines = pc.binary_join_element_wise(
        *(_text(p) if isinstance(p, str) else p for p in parts), _text("")
    )
    if isinstance(lines, pa.ChunkedArray):
        lines = lines.combine_chunks()
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64)
    start, end = (int(offsets[lines.offset]), int(offsets[lines.offset + len(lines)]))
    return memoryview(lines.buffers()[2])[start:end]


def _fields(values, columns: int):
    """CSV fields of cell texts (a large_string array without nulls): quoted where the csv
    module quotes (with *columns* columns in the row)."""
    import pyarrow.compute as pc

    if columns == 1:  # the csv module writes a lone empty field as ""
        needs = pc.or_(pc.match_substring_regex(values, _NEEDS_QUOTES), pc.equal(values, _text("")))
    elif _holds_any(values, _QUOTE_CHARS):
        needs = pc.match_substring_regex(values, _NEEDS_QUOTES)
    else:
        needs = None
    if needs is not None and pc.any(needs).as_py():
        doubled = pc.replace_substring(values, '"', '""') if _holds_any(values, '"') else values
        quoted = pc.binary_join_element_wise(_text('"'), doubled, _text('"'), _text(""))
        values = quoted if pc.all(needs).as_py() else pc.if_else(needs, quoted, values)
    return values
