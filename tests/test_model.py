import pandas as pd
import pytest
from helpers import assert_identical

import graphlib_kb as gk


def test_from_tables_fills_defaults_from_the_vocabulary():
    G = gk.from_tables(
        pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "kind": ["state", "state"]}),
        pd.DataFrame(
            {
                "id": ["r1"],
                "source": ["a"],
                "target": ["b"],
                "type": ["blockade"],
                "evidence": ["A closed the border."],
            }
        ),
    )
    d = G.edges["a", "b", "r1"]
    assert (d["category"], d["sign"], d["weight"], d["status"]) == (
        "coercion",
        -1,
        -9.5,
        "asserted",
    )
    assert type(d["sign"]) is int and type(d["weight"]) is float


def test_weight_and_sign_can_be_overridden():
    G = gk.from_tables(
        [{"id": "a", "name": "A", "kind": "state"}, {"id": "b", "name": "B", "kind": "state"}],
        [
            {
                "id": "r1",
                "source": "a",
                "target": "b",
                "type": "accuse",
                "weight": -6.0,
                "sign": 0,
                "evidence": "x",
            }
        ],
    )
    assert G.edges["a", "b", "r1"]["weight"] == -6.0 and G.edges["a", "b", "r1"]["sign"] == 0


def test_missing_values_in_frames_are_left_out():
    actors = pd.DataFrame(
        {
            "id": ["a", "b"],
            "name": ["A", "B"],
            "kind": ["state", "person"],
            "parent": [None, "a"],
            "camp": [float("nan"), "x"],
        }
    )
    G = gk.from_tables(actors, [])
    assert G.nodes["a"] == {"name": "A", "kind": "state"}
    assert G.nodes["b"] == {"name": "B", "kind": "person", "parent": "a", "camp": "x"}


def test_from_tables_raises_with_every_problem():
    with pytest.raises(gk.DatasetError) as info:
        gk.from_tables(
            [{"id": "a", "name": "A", "kind": "planet"}],
            [{"id": "r1", "source": "a", "target": "z", "type": "mediate"}],
        )
    got = set(map(tuple, info.value.problems[["file", "row", "field"]].values.tolist()))
    assert got == {("actors", 1, "kind"), ("relations", 1, "target"), ("relations", 1, "evidence")}


def test_tables_roundtrip(karabakh):
    actors, relations, sources = (
        gk.actors_table(karabakh),
        gk.relations_table(karabakh),
        gk.sources_table(karabakh),
    )
    assert list(actors.columns[:8]) == [
        "id",
        "name",
        "kind",
        "aliases",
        "parent",
        "camp",
        "cameo",
        "description",
    ]
    assert len(actors) == 21 and len(relations) == 39 and len(sources) == 1
    assert relations["id"].tolist() == [f"r{i:02d}" for i in range(1, 40)]
    meta = {k: v for k, v in karabakh.graph.items() if k != "sources"}
    H = gk.from_tables(actors, relations, sources, **meta)
    assert_identical(karabakh, H)


def test_added_relation_types():
    G = gk.from_tables(
        [{"id": "a", "name": "A", "kind": "state"}, {"id": "b", "name": "B", "kind": "state"}],
        [{"id": "r1", "source": "a", "target": "b", "type": "host_talks", "evidence": "x"}],
        relation_types=[
            {
                "type": "host_talks",
                "category": "mediation",
                "sign": 1,
                "weight": 4.0,
                "symmetric": "false",
                "definition": "Hosts talks.",
            }
        ],
    )
    assert G.edges["a", "b", "r1"]["category"] == "mediation"
    assert G.graph["relation_types"]["host_talks"]["symmetric"] is False


def test_added_type_cannot_redefine_a_base_type():
    with pytest.raises(gk.DatasetError, match="already in the base vocabulary"):
        gk.from_tables(
            [],
            [],
            relation_types=[
                {
                    "type": "mediate",
                    "category": "x",
                    "sign": 1,
                    "weight": 1,
                    "symmetric": True,
                    "definition": "d",
                }
            ],
        )
