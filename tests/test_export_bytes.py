"""The exports give the same bytes as before the layers were rearranged (issue 15).

The files in tests/data/exports/ were written by the code before camp inference, centrality and
node positions moved below io in the layers: karabakh-2023 as bundled (hand-coded camps), and
the same graph with its camps removed, so that the exports colour, tag and place actors by the
camps inferred from the signs.
"""

from pathlib import Path

import pytest

import graphlib_kb as gk

DATA = Path(__file__).parent / "data" / "exports"


def _graph(name):
    G = gk.load_dataset("karabakh-2023")
    if name == "nocamps":
        for n in G:
            G.nodes[n].pop("camp", None)
    return G


@pytest.mark.parametrize("name", ["karabakh", "nocamps"])
@pytest.mark.parametrize("suffix", ["dot", "mmd", "kumu.json", "gexf"])
def test_export_bytes_are_unchanged(tmp_path, name, suffix):
    expected = (DATA / f"{name}.{suffix}").read_bytes()
    if suffix == "gexf":  # the creator names the package version
        expected = expected.replace(
            b"<creator>graphlib_kb 0.1.0</creator>",
            f"<creator>graphlib_kb {gk.__version__}</creator>".encode(),
        )
    written = gk.write(_graph(name), tmp_path / f"{name}.{suffix}").read_bytes()
    assert written == expected


def test_export_text_functions_match_the_files():
    from graphlib_kb.io import exports

    G = _graph("nocamps")
    assert exports.dot_text(G).encode() == (DATA / "nocamps.dot").read_bytes()
    assert exports.mermaid_text(G).encode() == (DATA / "nocamps.mmd").read_bytes()
    # camps inferred from the signs: Azerbaijan's camp is coloured as the files have it
    assert exports.camp_colors(G)["aze"] == "#4575b4"
