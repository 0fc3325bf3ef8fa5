"""The ingest's Arrow route gives what the pandas route gives (tables, files, messages).

``event_edges`` turns DuckDB's grouped rows into the edge table over Arrow columns, and
``write_edges`` checks and writes plain edge tables over Arrow columns; ``graphlib-kb ingest``
writes the Arrow columns without making the DataFrame. Each has a pandas route (the one the
package always had) for what it does not take as plain; these tests force that route and
compare: the same DataFrame (values, dtypes, ``attrs``), the same bytes, or the same problems.
"""

import datetime as dt
import hashlib
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graphlib_kb as gk
from graphlib_kb.errors import DatasetError
from graphlib_kb.events import generate_gdelt, pipeline, sample_path, write_edges
from graphlib_kb.events import graph as events_graph

pa = pytest.importorskip("pyarrow")

SOURCES = ["gdelt2", "gdelt1", "icews", "acled", "polecat"]


def _pandas_route(monkeypatch):
    """Make the edge table's Arrow route step aside (as it does for what is not plain)."""

    def refuse(*args, **kwargs):
        raise pipeline._NotPlain("forced")

    monkeypatch.setattr(pipeline, "_edge_columns", refuse)


def _same_edges(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a, b, check_exact=True)
    assert list(a.dtypes) == list(b.dtypes)
    assert a.attrs == b.attrs
    for col in ("window", "first_date", "last_date"):
        assert [type(v) for v in a[col]] == [type(v) for v in b[col]]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """20,000 GDELT rows with 4 variants per actor code (thousands of relations, actor codes
    with digits), and the same file again (every event twice)."""
    folder = tmp_path_factory.mktemp("synthetic")
    path = folder / "20230101.export.CSV"
    generate_gdelt(str(path), 20_000, seed=3, variants=4)
    return str(path)


@pytest.mark.parametrize("src", SOURCES)
@pytest.mark.parametrize("window", [None, "week", "month"])
def test_edge_table_from_arrow_equals_the_pandas_route(src, window, monkeypatch):
    arrow = gk.event_edges(sample_path(src), src, window=window)
    _pandas_route(monkeypatch)
    pandas = gk.event_edges(sample_path(src), src, window=window)
    _same_edges(arrow, pandas)
    assert len(arrow) > 0


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"window": "month"},
        {"keep_duplicates": True},
        {"roots": ["19", "11"]},
        {"min_mentions": 3},
    ],
)
def test_edge_table_from_arrow_equals_the_pandas_route_on_many_relations(
    synthetic, options, monkeypatch
):
    files = [synthetic, synthetic]  # every event twice: dropped (or kept) as duplicates
    arrow = gk.event_edges(files, "gdelt2", **options)
    _pandas_route(monkeypatch)
    pandas = gk.event_edges(files, "gdelt2", **options)
    _same_edges(arrow, pandas)
    assert len(arrow) > 1000
    dropped = arrow.attrs["ingest"]["duplicates"]
    assert dropped == (0 if options.get("keep_duplicates") else arrow.attrs["ingest"]["rows"])


def test_the_arrow_route_is_taken_for_plain_tables(synthetic, monkeypatch):
    """Not a fallback in disguise: the pandas route is not called for plain grouped rows."""
    calls = []
    monkeypatch.setattr(pipeline, "_edges", lambda *a: calls.append(a))
    monkeypatch.setattr(events_graph, "_tables", lambda *a: calls.append(a))
    edges = gk.event_edges(synthetic, "gdelt2")
    assert len(edges) > 1000 and calls == []


def _files(folder) -> dict:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _write_both(edges, tmp_path, monkeypatch, name="x"):
    """What write_edges writes (or raises) on its own, and with the Arrow route refused."""
    results = []
    for refuse in (False, True):
        out = tmp_path / f"{name}-{refuse}"
        with monkeypatch.context() as m:
            if refuse:
                m.setattr(events_graph, "_write_arrays", lambda *a: None)
            try:
                write_edges(edges, out)
                results.append(("files", _files(out)))
            except DatasetError as err:
                results.append(("error", str(err)))
    return results


@pytest.mark.parametrize("src", SOURCES)
def test_written_folder_equals_the_pandas_route(src, tmp_path, monkeypatch):
    edges = gk.event_edges(sample_path(src), src)
    arrow, pandas = _write_both(edges, tmp_path, monkeypatch)
    assert arrow == pandas and arrow[0] == "files"
    assert set(arrow[1]) == {"actors.csv", "relations.csv", "sources.csv", "datapackage.json"}


def test_written_folder_of_many_relations_equals_the_pandas_route(synthetic, tmp_path, monkeypatch):
    edges = gk.event_edges(synthetic, "gdelt2")
    arrow, pandas = _write_both(edges, tmp_path, monkeypatch)
    assert arrow == pandas and arrow[0] == "files"


# adversarial values put into an edge table (../shared/reliability.md): text that CSV must
# quote, formula triggers, control characters (C0, C1, DEL), non-ASCII, digits for the
# natural order (leading zeros, other scripts), impossible dates, values of other types
TEXT = [
    "a,b",
    'say "hi"',
    "line\nbreak",
    "cr\ronly",
    "=1+1",
    "-2",
    "@x",
    "\tlead",
    "'q",
    "nul\x00",
    "c1\x85",
    "del\x7f",
    "\u2028",
    b"bytes",
    "Ağdam",
    "東京",
    "",
    None,
]
ACTOR = [
    "AZE",
    "ARM10",
    "ARM2",
    "ARM02",
    "A01B",
    "X\u0663",
    "bad id",
    "-neg",
    "=eq",
    "AZE",
    "L" + "7" * 5000,
    "R" + "3" * 40,
]
DAY = ["2023-07-01", "2023-02-30", "2023", "2023-7-1", "x", "2024-01-01"]
NUMBER = [0, 1, -1, 10**12, np.nan, math.inf, 11.0, -0.0, 2.5e-300]


@st.composite
def mutations(draw):
    column = draw(
        st.sampled_from(
            [
                "source",
                "target",
                "type",
                "evidence",
                "first_date",
                "last_date",
                "goldstein_mean",
                "goldstein_sum",
                "quad_class",
                "events",
                "window",
            ]
        )
    )
    if column in ("source", "target"):
        value = draw(st.sampled_from(ACTOR))
    elif column == "type":
        value = draw(st.sampled_from(["accuse", "mediate", "nope", "", None]))
    elif column in ("evidence",):
        value = draw(st.sampled_from(TEXT))
    elif column in ("first_date", "last_date"):
        value = draw(st.sampled_from(DAY))
    elif column == "window":
        value = draw(
            st.sampled_from(
                [None, dt.date(2023, 7, 3), dt.date(2023, 7, 10), dt.datetime(2023, 7, 3, 5)]
            )
        )
    elif column == "quad_class":
        value = draw(st.sampled_from([None, 1, 4]))
    elif column == "events":
        value = draw(st.sampled_from([1, 2, 10**6]))
    else:
        value = draw(st.sampled_from(NUMBER))
    return column, draw(st.integers(0, 10)), value


@pytest.fixture(scope="module")
def sample_edges():
    return gk.event_edges(sample_path("gdelt2"), "gdelt2")


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=st.lists(mutations(), min_size=1, max_size=4))
def test_adversarial_edge_tables_write_as_the_pandas_route(
    sample_edges, changes, tmp_path_factory, monkeypatch
):
    """Same bytes, or the same problems (file, row, field, message), either way."""
    edges = sample_edges.copy()
    edges.attrs = sample_edges.attrs
    for column, row, value in changes:
        row = row % len(edges)
        if column in ("source", "target", "type", "evidence"):
            values = edges[column].astype(object)
            values.iloc[row] = value
            edges[column] = values
        elif column in ("goldstein_mean", "goldstein_sum"):
            edges[column] = edges[column].astype(float)
            edges.loc[row, column] = float(value)
        elif column == "quad_class":
            edges.loc[row, column] = pd.NA if value is None else value
        elif column == "window":
            values = edges[column].astype(object)
            values.iloc[row] = value
            edges[column] = values
        else:
            values = edges[column].astype(object)
            values.iloc[row] = value
            edges[column] = values if column != "events" else values.astype("int64")
    # (an actor the table does not describe is described as an unknown code would be)
    actors = dict(edges.attrs["ingest"]["actors"])
    for a in set(edges["source"].dropna()) | set(edges["target"].dropna()):
        actors.setdefault(
            a, {"name": f"{a} actor", "kind": "other", "parent": None, "aliases": [], "cameo": None}
        )
    edges.attrs = {"ingest": {**edges.attrs["ingest"], "actors": actors}}
    arrow, pandas = _write_both(edges, tmp_path_factory.mktemp("w"), monkeypatch)
    assert arrow == pandas


def test_ingest_command_writes_the_public_routes_files(synthetic, tmp_path):
    """graphlib-kb ingest (Arrow columns, no DataFrame) and write_edges(event_edges(...))."""
    from graphlib_kb.cli import cli

    for files, src in (([synthetic], "gdelt2"), ([sample_path("acled")], "acled")):
        out = tmp_path / f"cli-{src}"
        cli.main(["ingest", src, *files, "-o", str(out)], standalone_mode=False)
        public = tmp_path / f"public-{src}"
        write_edges(gk.event_edges(files, src), public)
        assert _files(out) == _files(public)


def test_edge_columns_give_the_public_table(synthetic):
    columns = pipeline._aggregate(
        [synthetic],
        "gdelt2",
        columns=True,
        start=None,
        end=None,
        actors=None,
        roots=None,
        min_mentions=None,
        min_sources=None,
        window=None,
        engine="duckdb",
        progress=None,
        keep_duplicates=False,
    )
    assert isinstance(columns, pipeline._EdgeColumns)
    public = gk.event_edges(synthetic, "gdelt2")
    assert len(columns) == len(public) and not columns.empty
    _same_edges(columns.frame(), public)


# ------------------------------------------------------------------ pieces


part = st.one_of(
    st.sampled_from(["a", "A01", "A1", "a10", "0", "00", "007", "x\u0663", "9" * 30, "b-2.3"]),
    st.text(st.sampled_from("ab09:-.\u0663_"), min_size=1, max_size=6),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(part, part, part), min_size=1, max_size=8))
def test_natural_keys_of_joined_ids_are_the_joined_keys(triples):
    """The ingest's natural order builds an id's key from its parts' keys."""
    from graphlib_kb.io.dataset import natural_keys

    ids = [f"{a}:{b}:{c}" for a, b, c in triples]
    whole = natural_keys(ids).to_pylist()
    parts = [natural_keys([t[i] for t in triples]).to_pylist() for i in range(3)]
    assert whole == [f"{a}:{b}:{c}" for a, b, c in zip(*parts, strict=True)]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=6),
            st.sampled_from(["\x85", "\x9f", "\xa0", "\x7f", "\t\n", "\x0b", "\u0100"]),
        ),
        max_size=12,
    )
)
def test_control_characters_found_over_bytes_as_by_the_pattern(texts):
    from graphlib_kb.schema import CONTROL_IN_TEXT

    values = pa.array(texts, type=pa.large_string())
    expected = any(CONTROL_IN_TEXT.search(t) for t in texts)
    assert events_graph._has_control(values) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a,b", "x", "", "=1", "'q", 'q"', "-", "ok\n", "é"]), min_size=1),
    st.integers(0, 5),
    st.integers(0, 5),
)
def test_byte_scans_of_a_slice_see_only_its_cells(texts, start, length):
    """A slice shares its parent's buffer: the scans must read its own cells only."""
    from graphlib_kb.io._arrowcsv import _holds_any, _starts_with_any

    values = pa.array(texts, type=pa.large_string()).slice(start, length)
    own = values.to_pylist()
    assert _holds_any(values, ',"\n') == any(c in t for t in own for c in ',"\n')
    assert _starts_with_any(values, "=+-@\t\r'") == any(t[:1] in "=+-@\t\r'" and t for t in own)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(["a,b", "x", "", "=1", 'q"', "é\n", None]), min_size=1, max_size=6),
    st.sampled_from(["asserted", "", "a,b", "=x", 'say "y"']),
    st.integers(1, 4),
)
def test_constant_columns_are_written_as_arrays_are(texts, constant, rows_per_chunk):
    import io

    from graphlib_kb.io._arrowcsv import write_arrays

    n = len(texts)
    values = pa.array(texts, type=pa.large_string())
    ints = pa.array(list(range(n)), type=pa.int64())
    floats = pa.array([0.1 * i if i % 2 else None for i in range(n)], type=pa.float64())
    columns = ["t", "c", "i", "e", "f"]
    got, expected = io.BytesIO(), io.BytesIO()
    write_arrays(got, columns, [values, constant, ints, None, floats], rows_per_chunk)
    full = pa.array([constant] * n, type=pa.large_string())
    empty = pa.array([""] * n, type=pa.large_string())
    write_arrays(expected, columns, [values, full, ints, empty, floats], n)
    assert got.getvalue() == expected.getvalue()
    from graphlib_kb.csvtables import column_cells, csv_text

    cells = [column_cells(texts), [constant] * n, [str(i) for i in range(n)], [""] * n]
    cells.append(column_cells(floats.to_pylist()))
    cells[1] = column_cells(cells[1])
    assert got.getvalue() == csv_text(columns, zip(*cells, strict=True)).encode("utf-8")


def test_an_edge_table_end_that_is_no_actor_is_named_with_its_row(tmp_path):
    from graphlib_kb.events import sample_path, write_edges

    edges = gk.event_edges(sample_path("gdelt2"), "gdelt2")
    edges = edges.copy()
    edges.attrs = dict(edges.attrs)
    edges["source"] = edges["source"].astype(object)
    edges.loc[edges.index[2], "source"] = b"AZE"
    edges.loc[edges.index[4], "target"] = "NOBODY"
    with pytest.raises(gk.DatasetError) as err:
        write_edges(edges, tmp_path / "out")
    assert err.value.problems[["row", "field"]].values.tolist() == [[3, "source"], [5, "target"]]
    assert "b'AZE' is not an actor of this ingest" in str(err.value)
    assert not (tmp_path / "out").exists()


def test_windows_into_a_full_folder_is_a_dataset_error(tmp_path):
    from graphlib_kb.events import sample_path, write_windows

    edges = gk.event_edges(sample_path("gdelt2"), "gdelt2", window="month")
    (tmp_path / "kept.txt").write_text("x")
    with pytest.raises(gk.DatasetError, match="the folder is not empty"):
        write_windows(edges, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def _self_loops_only(folder):
    """A GDELT 2.0 file of one event whose source and target are the same actor."""
    from pathlib import Path

    row = Path(sample_path("gdelt2")).read_text(encoding="utf-8").split("\n")[0].split("\t")
    row[15:18] = row[5:8]  # Actor2 Code, Name, CountryCode := Actor1's
    path = folder / "20230711.export.CSV"
    path.write_text("\t".join(row), encoding="utf-8")
    return path


def test_events_that_are_all_self_loops_give_an_empty_table(tmp_path, monkeypatch):
    """No relation left once the self-loops are out: an empty table (no TypeError from the
    dates of no rows), the same as the pandas route's."""
    path = _self_loops_only(tmp_path)
    arrow = gk.event_edges(str(path), "gdelt2")
    assert arrow.empty and arrow.attrs["ingest"]["self_loops"] == 1
    _pandas_route(monkeypatch)
    _same_edges(arrow, gk.event_edges(str(path), "gdelt2"))


def test_ingest_of_self_loops_only_is_a_clean_error(tmp_path):
    from click.testing import CliRunner

    from graphlib_kb.cli import cli

    path = _self_loops_only(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["ingest", "gdelt2", str(path), "-o", str(out)])
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit)  # no traceback
    assert "no relations left among 1 events" in result.output
    assert not out.exists()


def test_a_failing_chunk_leaves_no_folder_behind(sample_edges, tmp_path, monkeypatch):
    """An error while a chunk of relations is made (in the writer's second thread) reaches
    the caller, and the new output folder is not left behind, empty or not."""
    from graphlib_kb.io import _arrowcsv

    assert len(sample_edges) > 6
    monkeypatch.setattr(_arrowcsv.write_arrays, "__defaults__", (2, None))  # 2 rows a chunk
    made = []
    real = events_graph._relation_arrays

    def failing(*args):
        made.append(1)
        if len(made) == 3:
            raise RuntimeError("chunk 3 failed")
        return real(*args)

    monkeypatch.setattr(events_graph, "_relation_arrays", failing)
    out = tmp_path / "nested" / "out"
    with pytest.raises(RuntimeError, match="chunk 3 failed"):
        write_edges(sample_edges, out)
    assert len(made) >= 3
    assert not out.exists() and not (tmp_path / "nested").exists()  # the writer made both


def test_an_end_that_is_no_actor_is_named_with_its_row_under_a_repeated_index(tmp_path):
    """Two edge tables put together (pd.concat keeps both indexes): the row is the position
    in the table, not a mask of the rows with the same index label."""
    edges = gk.event_edges(sample_path("gdelt2"), "gdelt2")
    both = pd.concat([edges, edges.iloc[:2]])
    both.attrs = dict(edges.attrs)
    both["source"] = both["source"].astype(object)
    both.iloc[len(edges) + 1, both.columns.get_loc("source")] = "NOBODY"
    with pytest.raises(gk.DatasetError) as err:
        write_edges(both, tmp_path / "out")
    assert err.value.problems[["row", "field"]].values.tolist() == [[len(edges) + 2, "source"]]
    assert not (tmp_path / "out").exists()
