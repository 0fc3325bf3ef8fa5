"""The columnar relations check gives the per-row check's verdict and values (property tests).

The per-row check (graphlib_kb.schema.check on records) is the reference: on any table, the
columnar route must report exactly the same problems and build exactly the same relations;
on a clean table it must take the columnar route (no per-row fallback).
"""

import math
import unicodedata

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from graphlib_kb.schema import Tables, _control_char, check, frame_records

ACTORS = [
    (1, {"id": "aze", "name": "Azerbaijan", "kind": "state"}),
    (2, {"id": "arm", "name": "Armenia", "kind": "state"}),
    (3, {"id": "045", "name": "Zero", "kind": "state"}),
    (4, {"id": "NA", "name": "Namibia", "kind": "state"}),
]
SOURCES = [(1, {"id": "doc", "title": "A document", "sentences": 5})]

# adversarial cells, from ../shared/reliability.md: control characters (NUL, C1), formula
# triggers, codes with zeros, "NA", empty values, NaN and infinity,
# wrong types, unknown references
BAD_TEXT = ["a\x00b", "x\x85", "\x9f", "=1+1", "-2", "@x", "ok\nline", "tab\there", "", " "]
# pandas 3 (Arrow strings) cannot hold a lone surrogate in a DataFrame at all
_no_surrogates = st.characters(blacklist_categories=("Cs",))
ids = st.one_of(
    st.sampled_from(["r1", "r2", "r-3", "x.y", "a:b", "045", "NA", "r 1", "", None]),
    st.text(_no_surrogates, min_size=1, max_size=4),
)
actor = st.sampled_from(["aze", "arm", "045", "NA", "nobody", "", None, 7])
rtype = st.sampled_from(
    ["mediate", "accuse", "negotiate", "control", "mediation", "nope", "", None]
)
text = st.one_of(st.sampled_from(BAD_TEXT), st.text(_no_surrogates, max_size=6), st.none())
sign = st.sampled_from([None, 1, 0, -1, 2, "1", "-1", "x", 1.0, True, np.nan])
weight = st.sampled_from(
    [None, 1.0, -10.0, 10.0, 11.0, "2.5", " 2", "abc", math.inf, np.nan, 3, True]
)
date = st.sampled_from(
    [None, "2023", "2023-07-15", "2023-02-30", "2020/2023-07", "../2020", "x", ""]
)
status = st.sampled_from([None, "asserted", "alleged", "denied", "rumoured", ""])
document = st.sampled_from([None, "doc", "other"])
sentence = st.sampled_from([None, 1, 5, 6, 0, "2", "x"])
extra_value = st.one_of(
    st.none(), st.integers(-5, 5), st.floats(allow_nan=True), st.booleans(), text
)


CLEAN_OPTIONAL = {
    "sign": st.sampled_from([None, 1, 0, -1]),
    "weight": st.sampled_from([None, 1.0, -10.0, 10.0, 3, -2.5]),
    "date": st.sampled_from([None, "2023", "2023-07-15", "2020/2023-07", "../2020"]),
    "status": st.sampled_from([None, "asserted", "alleged", "denied"]),
    "location": st.sampled_from([None, "Lachin", "=cell", "045"]),
    "events": st.sampled_from([None, 1, 2, 30]),
    "notes": st.sampled_from([None, "a\nb", "tab\t", "'quoted'"]),
}


@st.composite
def relation_frames(draw, clean_bias=False):
    n = draw(st.integers(0, 6))
    rows = []
    optional = [
        ("sign", sign),
        ("weight", weight),
        ("date", date),
        ("status", status),
        ("document", document),
        ("sentence", sentence),
        ("location", text),
        ("category", st.sampled_from([None, "mediation", "accusation", "x"])),
        ("events", extra_value),
        ("label", st.none()),
        ("between", st.sampled_from([None, None, None, "aze|arm", ["aze"], []])),
    ]
    clean_columns = draw(st.lists(st.sampled_from(sorted(CLEAN_OPTIONAL)), unique=True))
    for i in range(n):
        if clean_bias:
            source, target = draw(st.sampled_from([("aze", "arm"), ("arm", "045"), ("NA", "aze")]))
            row = {
                "id": f"r{i}",
                "source": source,
                "target": target,
                "type": draw(st.sampled_from(["mediate", "accuse", "negotiate"])),
                "evidence": draw(
                    st.text(
                        st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=8
                    )
                ),
            }
            for name in clean_columns:
                row[name] = draw(CLEAN_OPTIONAL[name])
            if draw(st.integers(0, 9)) == 0:  # now and then one adversarial value
                name, strategy = draw(st.sampled_from(optional))
                row[name] = draw(strategy)
        else:
            row = {
                "id": draw(ids),
                "source": draw(actor),
                "target": draw(actor),
                "type": draw(rtype),
                "evidence": draw(text),
            }
            for name, strategy in optional:
                if draw(st.booleans()):
                    row[name] = draw(strategy)
        rows.append(row)
    frame = pd.DataFrame(rows)
    if draw(st.booleans()) and "events" not in frame and n:
        frame["events"] = np.arange(n, dtype="int64")
    if draw(st.booleans()) and n:
        frame["share"] = np.linspace(0, 1, n)
    return frame


def _both(frame):
    per_row = check(
        Tables(
            actors=list(ACTORS), sources=list(SOURCES), relations=frame_records(frame, "relations")
        )
    )
    columnar = check(Tables(actors=list(ACTORS), sources=list(SOURCES), relation_frame=frame))
    return per_row, columnar


def _same(per_row, columnar):
    assert columnar.problems == per_row.problems
    assert len(columnar.relations) == len(per_row.relations)
    for a, b in zip(per_row.relations, columnar.relations, strict=True):
        assert a[:3] == b[:3]
        assert a[3] == b[3]
        assert {k: type(v) for k, v in a[3].items()} == {k: type(v) for k, v in b[3].items()}


@settings(max_examples=300, deadline=None)
@given(relation_frames())
def test_columnar_and_per_row_checks_agree_on_adversarial_tables(frame):
    _same(*_both(frame))


@settings(max_examples=200, deadline=None)
@given(relation_frames(clean_bias=True))
def test_columnar_and_per_row_checks_agree_on_mostly_clean_tables(frame):
    _same(*_both(frame))


def test_a_clean_table_is_checked_over_columns_and_a_dirty_one_row_by_row():
    frame = pd.DataFrame(
        {
            "id": ["r1", "r2"],
            "source": ["aze", "045"],
            "target": ["arm", "NA"],
            "type": ["mediate", "accuse"],
            "evidence": ["=1+1 said so", "line\nbreak\tand tab"],
            "events": [3, 4],
            "share": [0.5, 1.5],
        }
    )
    per_row, columnar = _both(frame)
    assert columnar.relation_frame is not None and not columnar.problems
    _same(per_row, columnar)
    assert columnar.relations[0][3]["weight"] == 5.0 and columnar.relations[0][3]["sign"] == 1
    dirty = frame.assign(evidence=["fine", "NUL\x00here"])
    per_row, columnar = _both(dirty)
    assert columnar.relation_frame is None
    assert (
        columnar.problems
        == per_row.problems
        == [("relations", 2, "evidence", "contains the control character U+0000")]
    )


def _control_char_per_character(text, allow=""):
    """The per-character implementation the compiled pattern replaced (the reference)."""
    for ch in text:
        if ch not in allow and unicodedata.category(ch) in ("Cc", "Cs"):
            return ch
    return None


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(), max_size=30), st.sampled_from(["", "\n\t"]))
def test_the_control_pattern_finds_what_the_per_character_loop_found(value, allow):
    assert _control_char(value, allow) == _control_char_per_character(value, allow)


def test_the_control_pattern_on_every_code_point():
    for cp in range(0x110000):
        ch = chr(cp)
        assert _control_char(ch) == _control_char_per_character(ch)
        assert _control_char(ch, "\n\t") == _control_char_per_character(ch, "\n\t")


_id_text = st.text(st.sampled_from("ab_.:-09٣Z"), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_id_text, st.sampled_from(["x", "y"]), st.sampled_from(["u", "v"]))))
def test_natural_order_of_the_columnar_writer_is_that_of_ordered_edges(rows):
    from graphlib_kb.io.dataset import natural_order
    from graphlib_kb.model import _natural

    ids, sources, targets = (list(c) for c in zip(*rows, strict=True)) if rows else ([], [], [])
    expected = sorted(range(len(rows)), key=lambda i: (_natural(ids[i]), sources[i], targets[i]))
    got = natural_order(ids, sources, targets)
    assert [rows[i] for i in got] == [rows[i] for i in expected]


def test_the_columnar_writer_writes_the_bytes_of_the_graph_writer(tmp_path):
    """karabakh-2023 through the graph writer, and event samples through both writers."""
    import filecmp

    import graphlib_kb as gk
    from graphlib_kb.events import graph_from_edges, sample_path, write_edges

    source = gk.dataset_path("karabakh-2023")
    gk.write(gk.load_dataset("karabakh-2023"), tmp_path / "karabakh", "dataset")
    for name in ("actors.csv", "relations.csv", "sources.csv", "datapackage.json"):
        assert (tmp_path / "karabakh" / name).read_bytes() == (source / name).read_bytes()
    for src in ("gdelt2", "icews", "acled", "polecat"):
        for window in (None, "month"):
            edges = gk.event_edges(sample_path(src), src, window=window)
            if window:
                edges = edges[edges["window"] == edges["window"].iloc[0]].reset_index(drop=True)
                edges.attrs = gk.event_edges(sample_path(src), src, window=window).attrs
            a, b = tmp_path / f"{src}-{window}-graph", tmp_path / f"{src}-{window}-columns"
            gk.write(graph_from_edges(edges), a, "dataset")
            write_edges(edges, b)
            names = sorted(p.name for p in a.iterdir())
            assert names == sorted(p.name for p in b.iterdir())
            match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
            assert mismatch == [] and errors == []


def test_reading_a_dataset_over_columns_gives_the_graph_of_reading_it_row_by_row(tmp_path):
    import networkx as nx

    import graphlib_kb as gk
    from graphlib_kb.events import sample_path, write_edges
    from graphlib_kb.io import read_tables
    from graphlib_kb.model import load_tables

    write_edges(gk.event_edges(sample_path("gdelt2"), "gdelt2", window="month"), tmp_path / "g")
    for folder in (gk.dataset_path("karabakh-2023"), tmp_path / "g"):
        tables = read_tables(folder)
        assert tables.relation_frame is not None and tables.relations == []
        columns = load_tables(tables)
        rows = read_tables(folder)
        rows.relations, parsed, _ = rows.relation_rows()
        rows.relation_frame = None
        assert parsed == []
        by_row = load_tables(rows)
        assert list(columns.edges(keys=True, data=True)) == list(by_row.edges(keys=True, data=True))
        assert nx.utils.graphs_equal(columns, by_row)


_cell_text = st.text(
    st.one_of(
        st.sampled_from(list("\"',\n\r\t=+-@| ab0")),
        st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF),
    ),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(_cell_text, min_size=3, max_size=3), max_size=6),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_the_whole_table_reader_reads_the_cells_the_row_parser_reads(rows, newline, quote_all):
    """pandas reading a table whole and the csv module row by row agree on every cell, or the
    whole-table reader declines (and the row parser is used)."""
    import csv
    import io

    from graphlib_kb.io.csvtables import neutralise, parse_csv
    from graphlib_kb.io.dataset import _fast_frame

    buf = io.StringIO()
    writer = csv.writer(
        buf, lineterminator=newline, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    )
    writer.writerow(["id", "evidence", "notes"])
    for row in rows:
        writer.writerow([neutralise(c) for c in row])
    text = buf.getvalue()
    frame = _fast_frame(text, {})
    header, records, problems = parse_csv(text, "t")
    if frame is None:
        return
    assert not problems
    assert list(frame.columns) == header
    got = [[str(v) for v in r] for r in frame.astype(object).itertuples(index=False)]
    assert got == [[values[c] for c in header] for _, values in records]
