"""Relation ids with a run of more digits than Python reads as a number: natural order
("r2" before "r10") cannot order them, which is a DatasetError naming the field, not a crash."""

import shutil
import sys

import pytest
from click.testing import CliRunner

import graphlib_kb as gk
from graphlib_kb.cli import cli
from graphlib_kb.io.dataset import natural_order
from graphlib_kb.model import _natural, ordered_edges

LIMIT = getattr(sys, "get_int_max_str_digits", lambda: 0)()
needs_limit = pytest.mark.skipif(not LIMIT, reason="this Python reads any number of digits")


def _dataset_with_id(tmp_path, ident):
    folder = tmp_path / "long"
    shutil.copytree(gk.dataset_path("karabakh-2023"), folder)
    path = folder / "relations.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("r01,")
    lines[1] = ident + lines[1][len("r01") :]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@needs_limit
@pytest.mark.parametrize("target", ["out.graphml", "out.gexf", "out.dot", "copy"])
def test_cli_names_the_long_id_without_a_traceback(tmp_path, target):
    folder = _dataset_with_id(tmp_path, "r" + "9" * (LIMIT + 700))
    result = CliRunner().invoke(cli, ["convert", str(folder), str(tmp_path / target)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.exception.__class__ is SystemExit
    assert "field 'id': relation id 'r99999" in result.output
    assert f"has a run of {LIMIT + 700} digits" in result.output
    assert not (tmp_path / target).exists()  # no partial output


@needs_limit
def test_library_raises_dataset_error(tmp_path):
    G = gk.read(_dataset_with_id(tmp_path, "r" + "9" * (LIMIT + 1)))
    with pytest.raises(gk.DatasetError, match="field 'id'") as info:
        ordered_edges(G)
    assert list(info.value.problems["field"]) == ["id"]
    with pytest.raises(gk.DatasetError, match=f"run of {LIMIT + 1} digits"):
        gk.write(G, tmp_path / "out.graphml")


@needs_limit
def test_natural_order_of_long_runs():
    # over RE2's largest repetition (1000) but within int(): ordered as ordered_edges orders
    ids = ["r" + "9" * 1200, "r1", "r0100", "r99", "r" + "1" * 1001]
    n = len(ids)
    expected = sorted(range(n), key=lambda i: _natural(ids[i]))
    assert natural_order(ids, ["a"] * n, ["b"] * n) == expected == [1, 3, 2, 4, 0]
    # over int()'s limit, in ASCII digits or in digits of another script
    for digit in ("9", "\u0669"):
        with pytest.raises(gk.DatasetError, match="field 'id'"):
            natural_order(["r1", "r" + digit * (LIMIT + 1)], ["a", "a"], ["b", "b"])
