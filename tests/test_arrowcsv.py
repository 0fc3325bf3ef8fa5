"""The Arrow CSV writer writes the bytes of the csv module's writer (property tests).

The reference is the per-value writer the dataset files have always been written with:
``csvtables.column_cells`` for the cell texts, ``csvtables.csv_text`` (the csv module) for the
file. Tables are adversarial: quotes, commas, newlines and carriage returns, formula triggers
(= + - @ tab CR '), control characters, unicode, empty and missing cells, NaN, signed zeros,
floats that Python writes in exponent form, nullable and Python integers.
"""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphlib_kb.io._arrowcsv import arrow_cells, render_arrow
from graphlib_kb.io.csvtables import column_cells, csv_text
from graphlib_kb.schema import Tables, check

pa = pytest.importorskip("pyarrow")

_no_surrogates = st.characters(blacklist_categories=("Cs",))
TRICKY = [
    "",
    " ",
    "a,b",
    'say "hi"',
    '"',
    "line\nbreak",
    "cr\ronly",
    "crlf\r\n",
    "=1+1",
    "+3",
    "-2",
    "@SUM(A1)",
    "\tlead",
    "\rlead",
    "'quoted",
    "''",
    "x'=",
    "nul\x00",
    "c1\x85",
    "\u2028sep",
    "Ağdam, Şuşa",
    "東京",
    "emoji 🙂",
    "NA",
    "045",
]
texts = st.one_of(st.sampled_from(TRICKY), st.text(_no_surrogates, max_size=8), st.none())
floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, -0.0, 1.0, 0.1, 1e16, 1e-5, 123456789.125, -10.0, 2.5e-300]),
)


def _reference(columns, frame) -> bytes:
    cells = [
        column_cells(frame[c].astype(object).where(frame[c].notna(), None).tolist())
        for c in columns
    ]
    return csv_text(columns, zip(*cells, strict=True)).encode("utf-8")


def _arrow(columns, frame) -> bytes:
    return render_arrow(columns, [arrow_cells(frame[c]) for c in columns])


@st.composite
def frames(draw):
    n = draw(st.integers(0, 8))
    frame = pd.DataFrame(index=range(n))
    frame["text"] = pd.Series([draw(texts) for _ in range(n)], dtype=object)
    frame["arrow_text"] = pd.Series([draw(texts) for _ in range(n)], dtype="str")
    frame["ints"] = np.array(
        [draw(st.integers(-(2**63), 2**63 - 1)) for _ in range(n)], dtype="int64"
    )
    frame["nullable"] = pd.array(
        [draw(st.one_of(st.none(), st.integers(-(2**40), 2**40))) for _ in range(n)], dtype="Int64"
    )
    frame["pyints"] = pd.Series(
        [draw(st.one_of(st.none(), st.integers(-(2**70), 2**70))) for _ in range(n)], dtype=object
    )
    frame["floats"] = np.array([draw(floats) for _ in range(n)], dtype=float)
    frame["mixed"] = pd.Series(
        [
            draw(st.one_of(st.none(), st.booleans(), st.integers(-3, 3), floats, texts))
            for _ in range(n)
        ],
        dtype=object,
    )
    order = draw(st.permutations(list(frame.columns)))
    header = draw(st.sampled_from([None, "=name", "a,b", 'q"', "-x"]))
    if header:
        frame = frame.rename(columns={order[0]: header})
        order = [header if c == order[0] else c for c in order]
    return frame, list(order[: draw(st.integers(1, len(order)))])


@settings(max_examples=400, deadline=None)
@given(frames())
def test_the_arrow_writer_writes_the_csv_module_bytes(case):
    frame, columns = case
    assert _arrow(columns, frame) == _reference(columns, frame)


def test_the_arrow_writer_on_every_tricky_cell_and_a_lone_empty_column():
    frame = pd.DataFrame(
        {
            "id": [f"r{i}" for i in range(len(TRICKY))],
            "text": TRICKY,
            "float": [float(i) / 3 if i % 4 else math.nan for i in range(len(TRICKY))],
        }
    )
    expected = _reference(list(frame.columns), frame)
    assert _arrow(list(frame.columns), frame) == expected
    assert b'"say ""hi"""' in expected and b"'=1+1" in expected and b"cr\ronly" in expected
    lone = pd.DataFrame({"only": ["", "x", "", "a,b"]})
    assert _arrow(["only"], lone) == _reference(["only"], lone) == b'only\n""\nx\n""\n"a,b"\n'


def test_a_checked_dataset_with_adversarial_text_is_written_as_the_graph_writer_writes_it(tmp_path):
    """write_checked_dataset (Arrow) and write_dataset (a graph, the csv module), same bytes."""
    from graphlib_kb.io.dataset import write_checked_dataset, write_dataset
    from graphlib_kb.model import build_graph

    # the tricky cells a relation may hold (evidence is required; no CR, NUL or C1 controls)
    valid = [t for t in TRICKY if t and not any(c in t for c in "\r\x00\x85")]
    n = len(valid)
    frame = pd.DataFrame(
        {
            "id": [f"r{10 - i}" for i in range(n)],
            "source": ["aze", "arm"] * (n // 2) + ["aze"] * (n % 2),
            "target": ["arm", "aze"] * (n // 2) + ["arm"] * (n % 2),
            "type": ["mediate", "accuse"] * (n // 2) + ["negotiate"] * (n % 2),
            "weight": [round(i / 7 - 1, 4) for i in range(n)],
            "evidence": valid,
            "events": np.arange(n, dtype="int64") * 10**9,
            "quad": pd.array([None if i % 3 == 0 else i for i in range(n)], dtype="Int64"),
            "share": [1e-7 * i for i in range(n)],
            "note": [None if i % 2 else valid[-i] for i in range(n)],
        }
    )
    actors = [
        (1, {"id": "aze", "name": "Azerbaijan, =state", "kind": "state"}),
        (2, {"id": "arm", "name": 'Armenia "AM"', "kind": "state"}),
    ]
    checked = check(Tables(actors=list(actors), relation_frame=frame))
    assert checked.problems == [] and checked.relation_frame is not None
    write_checked_dataset(checked, tmp_path / "columns")
    per_row = check(Tables(actors=list(actors), relation_frame=frame))
    write_dataset(build_graph(per_row), tmp_path / "graph")
    for name in ("actors.csv", "relations.csv", "datapackage.json"):
        assert (tmp_path / "columns" / name).read_bytes() == (
            tmp_path / "graph" / name
        ).read_bytes()
    text = (tmp_path / "columns" / "relations.csv").read_text(encoding="utf-8")
    assert text.count("\n") > n and "'=1+1" in text


@pytest.mark.parametrize("src", ["gdelt2", "icews", "acled", "polecat"])
def test_relation_text_put_together_in_arrow_is_that_of_pandas(src):
    """graph._relation_columns: the Arrow route (ids, dates, evidence summaries) and the
    pandas route give equal tables, on every event source and with windows."""
    import graphlib_kb as gk
    from graphlib_kb.events import sample_path
    from graphlib_kb.events.graph import _relation_columns_arrow, _relation_columns_pandas

    for window in (None, "week"):
        edges = gk.event_edges(sample_path(src), src, window=window)
        title = edges.attrs["ingest"]["source_title"]
        frame = pd.DataFrame({c: edges[c] for c in edges.columns})
        lo, hi, arrow = _relation_columns_arrow(frame, title, "events")
        lo2, hi2, pandas = _relation_columns_pandas(frame, title, "events")
        assert (lo, hi) == (lo2, hi2) and lo <= hi
        pd.testing.assert_frame_equal(arrow, pandas)
        assert {type(v) for v in arrow["evidence"]} == {str}
        one = arrow["evidence"].iloc[0]
        assert one.startswith(f"{frame['events'].iloc[0]} {title} event")


@settings(max_examples=150, deadline=None)
@given(frames(), st.integers(1, 5))
def test_writing_chunk_by_chunk_gives_the_same_bytes(case, rows_per_chunk):
    import io

    from graphlib_kb.io._arrowcsv import write_columns

    frame, columns = case
    fh = io.BytesIO()
    # a column given as None is written empty
    write_columns(fh, [*columns, "none"], [*(frame[c] for c in columns), None], rows_per_chunk)
    frame = frame.assign(none=[None] * len(frame))
    columns = [*columns, "none"]
    assert fh.getvalue() == _reference(columns, frame)
