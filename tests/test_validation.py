"""One test per bad-input case: the problem names the file, the row and the field."""

import math

import pytest
from helpers import ACTORS_CSV, RELATIONS_CSV, write_flat

import graphlib_kb as gk


def _problems(tmp_path, actors=ACTORS_CSV, relations=RELATIONS_CSV):
    path = write_flat(tmp_path, actors, relations)
    problems = gk.validate(path)
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    # read() raises with the same problems that validate() reports
    assert info.value.problems.equals(problems)
    return problems


def _one(problems):
    assert len(problems) == 1, problems
    return problems.iloc[0].to_dict()


def test_valid_input_has_no_problems(tmp_path):
    assert gk.validate(write_flat(tmp_path)).empty


def test_unknown_actor(tmp_path):
    rel = RELATIONS_CSV.replace("r2,eu,arm", "r2,eu,armenia")
    p = _one(_problems(tmp_path, relations=rel))
    assert p["file"].endswith("g.csv") and p["row"] == 3 and p["field"] == "target"
    assert "unknown actor 'armenia'" in p["message"]


def test_a_category_given_as_type_lists_its_types(tmp_path):
    rel = RELATIONS_CSV.replace("r1,eu,aze,mediate", "r1,eu,aze,mediation")
    p = _one(_problems(tmp_path, relations=rel))
    assert (p["row"], p["field"]) == (2, "type")
    assert (
        "unknown relation type 'mediation'; 'mediation' is a category, its types are: mediate,"
        in p["message"]
    )


def test_misspelt_relation_type_suggests_the_closest(tmp_path):
    rel = RELATIONS_CSV.replace("r1,eu,aze,mediate", "r1,eu,aze,mediat")
    p = _one(_problems(tmp_path, relations=rel))
    assert "did you mean 'mediate'?" in p["message"]


def test_duplicate_relation_id(tmp_path):
    rel = RELATIONS_CSV.replace("r2,", "r1,")
    p = _one(_problems(tmp_path, relations=rel))
    assert (p["row"], p["field"]) == (3, "id") and "duplicate id 'r1' (first in row 2)" in p[
        "message"
    ]


def test_duplicate_actor_id(tmp_path):
    p = _one(_problems(tmp_path, actors=ACTORS_CSV + "aze,Azerbaijan again,state,\n"))
    assert p["file"].endswith("g.actors.csv") and (p["row"], p["field"]) == (5, "id")


@pytest.mark.parametrize(
    "date, reason",
    [
        ("2023-13", "month 13 does not exist"),
        ("2023-02-29", "day 29 does not exist"),
        ("15/07/2023", "not an ISO 8601 date"),
        ("July 2023", "not an ISO 8601 date"),
        ("2023-07-15/2023-07-01", "ends before it starts"),
        ("../..", "at least one bounded side"),
    ],
)
def test_bad_date(tmp_path, date, reason):
    rel = RELATIONS_CSV.replace("r2,eu,arm,mediate,2023-07-15", f"r2,eu,arm,mediate,{date}")
    p = _one(_problems(tmp_path, relations=rel))
    assert (p["row"], p["field"]) == (3, "date") and reason in p["message"]


@pytest.mark.parametrize(
    "weight, reason",
    [
        ("10.5", "outside -10 ... 10"),
        ("-11", "outside -10 ... 10"),
        ("nan", "expected a number"),
        ("inf", "expected a number"),
        ("heavy", "expected a number"),
    ],
)
def test_bad_weight(tmp_path, weight, reason):
    rel = (
        RELATIONS_CSV.replace("status,evidence", "status,evidence,weight")
        .replace(
            "r1,eu,aze,mediate,2023-07-15,asserted,The EU mediated.",
            f"r1,eu,aze,mediate,2023-07-15,asserted,The EU mediated.,{weight}",
        )
        .replace(
            "r2,eu,arm,mediate,2023-07-15,asserted,The EU mediated.",
            "r2,eu,arm,mediate,2023-07-15,asserted,The EU mediated.,",
        )
    )
    p = _one(_problems(tmp_path, relations=rel))
    assert (p["row"], p["field"]) == (2, "weight") and reason in p["message"]


def test_nan_and_infinite_weights_in_a_graph(karabakh):
    karabakh.edges["aze", "lachin_corridor", "r05"]["weight"] = math.nan
    karabakh.edges["aze", "arm", "r33"]["weight"] = math.inf
    problems = gk.validate(karabakh)
    assert problems[["row", "field"]].values.tolist() == [[5, "weight"], [33, "weight"]]
    assert set(problems["file"]) == {"<graph> edges"}
    assert problems["message"].str.contains("finite").all()


def test_missing_evidence(tmp_path):
    rel = RELATIONS_CSV.replace("asserted,The EU mediated.\nr2", "asserted,\nr2")
    p = _one(_problems(tmp_path, relations=rel))
    assert (p["row"], p["field"], p["message"]) == (2, "evidence", "required value is missing")


def test_empty_ids(tmp_path):
    actors = ACTORS_CSV + ",Nameless,state,\n"
    rel = RELATIONS_CSV.replace("r2,eu,arm", ",eu,arm").replace("r1,eu,aze", "r1,,aze")
    problems = _problems(tmp_path, actors=actors, relations=rel)
    found = {(p.file.split("/")[-1], p.row, p.field) for p in problems.itertuples()}
    assert found == {("g.actors.csv", 5, "id"), ("g.csv", 2, "source"), ("g.csv", 3, "id")}


def test_id_with_spaces(tmp_path):
    problems = _problems(
        tmp_path,
        actors=ACTORS_CSV.replace("eu,European", "e u,European"),
        relations=RELATIONS_CSV.replace(",eu,", ",e u,"),
    )
    found = {(p.file.split("/")[-1], p.row, p.field) for p in problems.itertuples()}
    assert found == {("g.actors.csv", 4, "id"), ("g.csv", 2, "source"), ("g.csv", 3, "source")}
    assert problems["message"].str.contains("'e u' is not a valid id").all()


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\x7f", "\x85"])
def test_control_characters_in_names(tmp_path, char):
    p = _one(_problems(tmp_path, actors=ACTORS_CSV.replace("Armenia", f"Arm{char}enia")))
    assert (p["row"], p["field"]) == (3, "name")
    assert f"control character U+{ord(char):04X}" in p["message"]


def test_control_character_in_a_graph_attribute(karabakh):
    karabakh.nodes["eu"]["name"] = "European\x00Union"
    p = _one(gk.validate(karabakh))
    assert p["file"] == "<graph> nodes" and p["field"] == "name" and "U+0000" in p["message"]


def test_unknown_status_and_kind(tmp_path):
    problems = _problems(
        tmp_path,
        actors=ACTORS_CSV.replace("eu,European Union,igo", "eu,European Union,supranational"),
        relations=RELATIONS_CSV.replace("2023-07-15,asserted", "2023-07-15,rumoured", 1),
    )
    got = {(p.row, p.field): p.message for p in problems.itertuples()}
    assert "unknown actor kind 'supranational'" in got[(4, "kind")]
    assert "unknown status 'rumoured'" in got[(2, "status")]


def test_category_must_match_type(tmp_path):
    rel = (
        RELATIONS_CSV.replace("status,evidence", "status,evidence,category")
        .replace("The EU mediated.\nr2", "The EU mediated.,accusation\nr2")
        .replace("The EU mediated.\n", "The EU mediated.,\n")
    )
    p = _one(_problems(tmp_path, relations=rel))
    assert (p["row"], p["field"]) == (2, "category") and "whose category is 'mediation'" in p[
        "message"
    ]


def test_self_relation(tmp_path):
    p = _one(_problems(tmp_path, relations=RELATIONS_CSV.replace("r2,eu,arm", "r2,eu,eu")))
    assert (p["row"], p["field"]) == (3, "target") and "same actor" in p["message"]


def test_parent_cycle_and_unknown_parent(tmp_path):
    actors = """id,name,kind,parent
aze,Azerbaijan,state,aze_mfa
arm,Armenia,state,ghost
eu,European Union,igo,
aze_mfa,Ministry,government,aze
"""
    problems = _problems(tmp_path, actors=actors)
    messages = {(p.row, p.field): p.message for p in problems.itertuples()}
    assert "unknown actor 'ghost'" in messages[(3, "parent")]
    assert any("cycle" in m for m in messages.values())


def test_unknown_document_and_sentence_out_of_range(tmp_path):
    path = write_flat(
        tmp_path,
        relations=RELATIONS_CSV.replace("status,evidence", "status,evidence,document,sentence")
        .replace("The EU mediated.\nr2", "The EU mediated.,doc,99\nr2")
        .replace("The EU mediated.\n", "The EU mediated.,nodoc,1\n"),
    )
    (tmp_path / "g.sources.csv").write_text(
        "id,title,sentences\ndoc,A report,21\n", encoding="utf-8"
    )
    problems = gk.validate(path)
    got = {(p.row, p.field): p.message for p in problems.itertuples()}
    assert "only 21 sentences" in got[(2, "sentence")]
    assert "unknown source document 'nodoc'" in got[(3, "document")]


def test_reserved_and_mixed_type_attributes(karabakh):
    karabakh.nodes["aze"]["label"] = "AZ"
    karabakh.nodes["aze"]["power"] = 5
    karabakh.nodes["arm"]["power"] = "five"
    problems = gk.validate(karabakh)
    got = {(p.row, p.field): p.message for p in problems.itertuples()}
    assert "reserved" in got[(1, "label")]
    assert "holds a str here but a int in row 1" in got[(2, "power")]


def test_empty_values_in_a_graph_are_problems(karabakh):
    karabakh.nodes["aze"]["camp"] = None
    karabakh.nodes["arm"]["aliases"] = []
    karabakh.edges["aze", "lachin_corridor", "r05"]["notes"] = ""
    problems = gk.validate(karabakh)
    got = {(p.file, p.row, p.field) for p in problems.itertuples()}
    assert got == {
        ("<graph> nodes", 1, "camp"),
        ("<graph> nodes", 2, "aliases"),
        ("<graph> edges", 5, "notes"),
    }
    assert problems["message"].str.contains("delete the attribute").all()


def test_unstorable_attribute_values_are_caught_before_writing(tmp_path, karabakh):
    karabakh.nodes["aze"]["tags"] = {"a": 1}
    karabakh.edges["aze", "lachin_corridor", "r05"]["evidence"] = None  # required
    with pytest.raises(gk.DatasetError) as info:
        gk.write(karabakh, tmp_path / "out.graphml")
    assert "cannot write" in str(info.value)
    fields = set(info.value.problems["field"])
    assert {"tags", "evidence"} <= fields
    assert not (tmp_path / "out.graphml").exists()
    assert list(tmp_path.iterdir()) == []


def test_every_problem_is_reported_at_once(tmp_path):
    rel = RELATIONS_CSV.replace("r1,eu,aze,mediate,2023-07-15", "r1,eu,azer,mediat,2023-7-15")
    problems = _problems(tmp_path, relations=rel)
    assert set(problems["field"]) == {"target", "type", "date"}
    assert set(problems["row"]) == {2}


def test_dataset_error_message_lists_file_row_field(tmp_path):
    path = write_flat(tmp_path, relations=RELATIONS_CSV.replace("r2,eu,arm", "r2,eu,armenia"))
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    assert isinstance(info.value, ValueError)
    assert f"{path}, row 3, field 'target': unknown actor 'armenia'" in str(info.value)


def test_validate_rejects_a_simple_digraph():
    import networkx as nx

    problems = gk.validate(nx.DiGraph([("a", "b")]))
    assert len(problems) == 1 and "MultiDiGraph" in problems.loc[0, "message"]
