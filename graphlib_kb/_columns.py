"""Columnar checks of a relations table: the rules of :func:`graphlib_kb.schema.check`, run
over whole columns (pandas string methods with one compiled pattern, ``isin`` lookups,
vectorised comparisons) instead of cell by cell.

The columnar check only ever answers "this table is clean" (with its coerced columns) or
"look closer": whenever a column holds anything it does not recognise as clean, the caller
runs the per-row check, whose messages name the file, row and field. So the messages are the
per-row ones by construction, and a clean table never pays for Python work per cell.
Property tests (tests/test_columnar.py) keep the two verdicts and outputs equal.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd

from .schema import (
    CONTROL,
    CONTROL_IN_TEXT,
    EXTRACTION_FIELDS,
    RELATION_FIELDS,
    RESERVED_ATTRIBUTES,
    WEIGHT_RANGE,
)

__all__ = ["clean_relations", "row_dicts"]

_STRING_KINDS = ("id", "ref", "line", "code", "date", "text")
_ID = r"[\w.:-]+"
_CODE = r"[A-Za-z0-9]+"
_IDS = re.compile(rf"{_ID}(?:\n{_ID})*")
_CODES = re.compile(rf"{_CODE}(?:\n{_CODE})*")
_INTS = re.compile(r"[+-]?[0-9]{1,18}(?:\n[+-]?[0-9]{1,18})*")
_FLOAT_ASCII = r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
_FLOATS = re.compile(rf"{_FLOAT_ASCII}(?:\n{_FLOAT_ASCII})*")


class _Unclean(Exception):
    """Something the columnar check does not accept as clean: run the per-row check."""


def _present(col: pd.Series) -> np.ndarray:
    if col.dtype == object:
        cells = col.to_numpy()
        if pd.api.types.infer_dtype(cells, skipna=False) == "string":  # no None, NaN, NA
            if "" in cells.tolist():
                return cells != ""
            return np.ones(len(cells), dtype=bool)
    mask = col.notna().to_numpy().copy()
    if col.dtype == object or isinstance(col.dtype, pd.StringDtype):
        mask &= (col != "").to_numpy(dtype=bool, na_value=False)
    return mask


def _value_kind(col: pd.Series) -> str:
    if col.dtype == bool:
        return "boolean"
    if pd.api.types.is_bool_dtype(col.dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(col.dtype):
        return "integer"
    if pd.api.types.is_float_dtype(col.dtype):
        return "floating"
    if col.dtype == object or isinstance(col.dtype, pd.StringDtype):
        kind = pd.api.types.infer_dtype(col, skipna=True)
        if kind in ("string", "empty", "integer", "floating", "boolean"):
            return kind
    raise _Unclean(f"{col.name}: {col.dtype}")


def _strings(col: pd.Series, present: np.ndarray) -> pd.Series:
    kind = _value_kind(col)
    if kind == "empty" or not present.any():
        return col[present].astype(object)
    if kind != "string":
        raise _Unclean(col.name)
    return col[present].astype(object)


_PRINTABLE_ASCII = "".join(map(chr, range(0x20, 0x7F)))
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
#: Deleting these from ASCII text leaves only what the patterns refuse (and separators).
_DROP_PRINTABLE = str.maketrans("", "", _PRINTABLE_ASCII)
_ID_CHARS = str.maketrans("", "", _ASCII_LETTERS + "_.:-")
_CODE_CHARS = str.maketrans("", "", _ASCII_LETTERS)


def _no_control(joined: str, text: bool) -> bool:
    """No control character (:data:`CONTROL`; :data:`CONTROL_IN_TEXT` for free text) in
    *joined*. ASCII text (which CPython flags without a scan) is answered by deleting its
    printable characters in one pass; other text by the compiled pattern."""
    if joined.isascii():
        rest = joined.translate(_DROP_PRINTABLE)
        return not rest or (text and not rest.strip("\t\n"))
    return not (CONTROL_IN_TEXT if text else CONTROL).search(joined)


def _all_match(items: list, pattern, drop) -> bool:
    """Every item (none empty) matches *pattern*'s one-item form: in ASCII, deleting the
    allowed characters of the items joined by newlines leaves just the newlines; otherwise
    the pattern over the joined items."""
    joined = "\n".join(items)
    if joined.isascii():
        return joined.translate(drop) == "\n" * (len(items) - 1) and all(items)
    return pattern.fullmatch(joined) is not None


def _check_text(values: pd.Series, kind: str) -> None:
    """Control characters, ids and codes: each pattern searched once over the column's
    values joined into one string (a control character is in some value exactly when it is
    in the joined text; values free of them are joined by newlines, which no id or code
    holds)."""
    if len(values) == 0:
        return
    items = values.astype(object).tolist()
    if kind not in ("id", "text") and len(items) > 1000:  # (relation ids are all distinct)
        distinct = pd.unique(values.to_numpy(dtype=object))
        if len(distinct) < len(items) // 2:
            items = distinct.tolist()  # (the same verdict, each distinct value once)
    joined = "".join(items)
    if not _no_control(joined, kind == "text"):
        raise _Unclean("control character")
    if kind in ("id", "ref") and not _all_match(items, _IDS, _ID_CHARS):
        raise _Unclean("id")
    if kind == "code" and not _all_match(items, _CODES, _CODE_CHARS):
        raise _Unclean("code")
    if kind == "date":
        from .dates import date_bounds

        for value in pd.unique(values.astype(object)):
            try:
                date_bounds(value)
            except ValueError:
                raise _Unclean("date") from None


def _numbers(col: pd.Series, present: np.ndarray, kind: str) -> pd.Series:
    """Coerced int or float values of the present cells."""
    vkind = _value_kind(col)
    values = col[present]
    if len(values) == 0:
        return values.astype(object)
    if vkind == "string":
        # each distinct text once: checked, parsed, and the one Python number shared
        codes, distinct = pd.factorize(values.to_numpy(dtype=object))
        items = [str(v) for v in distinct]
        if "\n" in "".join(items):  # (newlines separate the values below)
            raise _Unclean(col.name)
        pattern = _INTS if kind == "int" else _FLOATS
        if not pattern.fullmatch("\n".join(items)):
            raise _Unclean(col.name)
        # numpy parses as int() and float() do (Python's own correctly rounded conversion)
        try:
            parsed = np.array(items, dtype=np.int64 if kind == "int" else float).tolist()
        except (OverflowError, ValueError):
            raise _Unclean(col.name) from None
        shared = np.empty(len(parsed), dtype=object)
        shared[:] = parsed
        out = pd.Series(shared[codes], index=values.index, dtype=object)
    elif vkind == "integer":
        out = _python_ints(values)
        if kind == "float":
            out = out.astype(float)
    elif vkind == "floating" and kind == "float":
        out = values.astype(float)
    else:
        raise _Unclean(col.name)
    if kind == "float" and not np.isfinite(out.to_numpy(dtype=float)).all():
        raise _Unclean(col.name)
    return out


def _python_ints(values: pd.Series) -> pd.Series:
    """Integer cells as Python ints (what the per-row check holds)."""
    if pd.api.types.is_integer_dtype(values.dtype):
        ints = values.to_numpy(dtype=np.int64).tolist()
    else:
        ints = [int(v) for v in values]
    return pd.Series(ints, index=values.index, dtype=object)


def clean_relations(frame: pd.DataFrame, actor_ids, all_types: dict, statuses, sources: dict):
    """The coerced relations of *frame*, as the per-row check would give them, or None when
    any value needs a closer (per-row) look.

    Returns a DataFrame with the schema's columns (those present, in schema order, with
    ``category``, ``sign``, ``weight`` and ``status`` filled in from the vocabulary) and then
    the extra columns; a missing value is None (or NaN in a float column).
    """
    try:
        return _clean(frame, actor_ids, all_types, statuses, sources)
    except _Unclean:
        return None


def _field_columns(frame, n, out: dict, present: dict) -> None:
    """The schema's relation columns of *frame*, coerced, into *out* (values) and *present*
    (masks); raises :class:`_Unclean` when one needs the row-by-row check."""
    for f in RELATION_FIELDS:
        if f.name not in frame.columns:
            if f.required and n:
                raise _Unclean(f"{f.name} missing")
            continue
        col = frame[f.name]
        mask = _present(col)
        if f.required and not mask.all():
            raise _Unclean(f"{f.name} missing")
        if f.kind in _STRING_KINDS:
            values = _strings(col, mask)
            _check_text(values, f.kind)
        elif f.kind in ("int", "float"):
            values = _numbers(col, mask, f.kind)
        else:  # lists ('between') are checked row by row
            if mask.any():
                raise _Unclean(f.name)
            continue
        if mask.any():
            present[f.name] = mask
            out[f.name] = values
    for f in EXTRACTION_FIELDS:  # extracted relations (graphlib_kb.extract): checked row by row
        if f.name in frame.columns and _present(frame[f.name]).any():
            raise _Unclean(f.name)


def _extra_columns(frame, extras, out: dict, present: dict) -> None:
    """The extra (non-schema) columns of *frame*, each of one storable type, into *out* and
    *present*; raises :class:`_Unclean` when one needs the row-by-row check."""
    for name in extras:
        if not isinstance(name, str) or not name or CONTROL.search(name):
            raise _Unclean("attribute name")
        if name in RESERVED_ATTRIBUTES:
            raise _Unclean("reserved")
        col = frame[name]
        mask = _present(col)
        if not mask.any():
            continue
        vkind = _value_kind(col)
        values = col[mask]
        if vkind == "string":
            values = values.astype(object)
            if not _no_control("".join(values.tolist()), True):
                raise _Unclean(name)
        elif vkind == "integer":
            values = _python_ints(values)
        elif vkind == "floating":
            values = values.astype(float)
            if not np.isfinite(values.to_numpy()).all():
                raise _Unclean(name)
        elif vkind == "boolean":
            values = pd.Series([bool(v) for v in values], index=values.index, dtype=object)
        else:
            raise _Unclean(name)
        present[name] = mask
        out[name] = values


def _from_vocabulary(rtype, full, all_types, n) -> dict:
    """Category, sign and weight: given, or the vocabulary's for the relation's type (looked
    up once per distinct type); raises :class:`_Unclean` for a value out of place."""
    index = rtype.index
    spec = pd.DataFrame.from_dict(all_types, orient="index")
    codes, distinct = pd.factorize(rtype.to_numpy(dtype=object))
    per_type = spec.reindex(list(distinct))

    def by_type(column):
        return pd.Series(per_type[column].to_numpy(dtype=object)[codes], index=index, dtype=object)

    category = full("category")
    expected = by_type("category")
    if (category.notna() & (category != expected)).any():
        raise _Unclean("category")
    sign = full("sign")
    sign = sign.where(sign.notna(), by_type("sign"))
    if n and not sign.isin([-1, 0, 1]).all():
        raise _Unclean("sign")
    if n and any(kind is not int for kind in set(map(type, sign.tolist()))):
        sign = pd.Series([int(v) for v in sign], index=index, dtype=object)
    weight = full("weight")
    weight = weight.where(weight.notna(), by_type("weight"))
    w = weight.to_numpy(dtype=float)
    if n and not ((w >= WEIGHT_RANGE[0]) & (w <= WEIGHT_RANGE[1])).all():
        raise _Unclean("weight")
    return {
        "category": category.where(category.notna(), expected),
        "sign": sign,
        "weight": pd.Series(w, index=index).astype(float),
    }


def _clean(frame, actor_ids, all_types, statuses, sources):
    if not frame.columns.is_unique:
        raise _Unclean("duplicate columns")
    n = len(frame)
    index = pd.RangeIndex(n)
    frame = frame.reset_index(drop=True) if not frame.index.equals(index) else frame
    fields = {f.name: f for f in RELATION_FIELDS}
    out: dict[str, pd.Series] = {}
    present: dict[str, np.ndarray] = {}
    _field_columns(frame, n, out, present)
    extras = [c for c in frame.columns if c not in fields]
    _extra_columns(frame, extras, out, present)

    def full(name, fill=None):
        if name not in out:
            return pd.Series([fill] * n, index=index, dtype=object)
        return out[name].reindex(index).astype(object).where(present[name], fill)

    ids, source, target, rtype = full("id"), full("source"), full("target"), full("type")
    if n and ids.duplicated().any():
        raise _Unclean("duplicate id")
    known = pd.Index(list(actor_ids))
    if n and not (source.isin(known).all() and target.isin(known).all()):
        raise _Unclean("unknown actor")
    if n and (source == target).any():
        raise _Unclean("self relation")
    if n and not rtype.isin(pd.Index(list(all_types))).all():
        raise _Unclean("type")
    result = {"id": ids, "source": source, "target": target, "type": rtype}
    result.update(_from_vocabulary(rtype, full, all_types, n))
    if "date" in out:
        result["date"] = full("date")
    status = full("status")
    status = status.where(status.notna(), "asserted")
    if n and not status.isin(pd.Index(list(statuses))).all():
        raise _Unclean("status")
    result["status"] = status
    for name in ("location", "evidence", "document", "sentence", "notes"):
        if name in out:
            result[name] = full(name)
    if "document" in out:
        docs = result["document"]
        if not docs[docs.notna()].isin(pd.Index(list(sources))).all():
            raise _Unclean("document")
    if "sentence" in out:
        sentence = result["sentence"]
        has = sentence.notna()
        docs = result.get("document", pd.Series([None] * n, index=index, dtype=object))
        if (has & docs.isna()).any():
            raise _Unclean("sentence without document")
        limit = docs.map(
            lambda d: sources.get(d, {}).get("sentences", math.inf) if d is not None else math.inf
        )
        s = sentence[has].astype(int)
        if (s < 1).any() or (s > limit[has]).any():
            raise _Unclean("sentence")
    for name in extras:
        if name in out:
            result[name] = full(name)
    return pd.DataFrame(result, index=index)


def row_dicts(frame: pd.DataFrame, skip=()) -> list[dict]:
    """One dict per row with the present values only (missing: None, NaN), native types,
    keys in column order."""
    columns = [c for c in frame.columns if c not in skip]
    values = []
    sparse = []
    for c in columns:
        col = frame[c]
        missing = col.isna()
        values.append(col.astype(object).where(~missing, None).tolist())
        if missing.any():
            sparse.append((c, np.flatnonzero(missing.to_numpy())))
    if not columns:
        return [{} for _ in range(len(frame))]
    rows = [dict(zip(columns, vals, strict=True)) for vals in zip(*values, strict=True)]
    for c, positions in sparse:
        for i in positions.tolist():
            del rows[i][c]
    return rows
