"""The bundled datasets: listing, loading by name, and the facts of karabakh-2023."""

import hashlib
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import graphlib_kb as gk


def test_list_datasets_columns_and_counts(karabakh_graph):
    table = gk.list_datasets()
    assert list(table.columns) == [
        "name",
        "title",
        "actors",
        "relations",
        "description",
        "citation",
    ]
    row = table.set_index("name").loc["karabakh-2023"]
    assert row["actors"] == karabakh_graph.number_of_nodes() == 21
    assert row["relations"] == karabakh_graph.number_of_edges() == 39
    assert row["title"] == karabakh_graph.graph["title"]
    assert row["citation"].startswith("graphlib_kb contributors (2026)")


def test_unknown_dataset_lists_the_valid_names():
    with pytest.raises(gk.DatasetError) as info:
        gk.load_dataset("karabakh-2024")
    assert isinstance(info.value, ValueError)
    assert str(info.value) == (
        "karabakh-2024: unknown dataset; did you mean 'karabakh-2023'? "
        "bundled datasets: karabakh-2023"
    )
    with pytest.raises(gk.DatasetError, match=r"unknown dataset; bundled datasets: karabakh-2023$"):
        gk.load_dataset("gdelt")  # nothing close: no suggestion


def test_load_by_path_equals_load_by_name(karabakh_graph):
    from helpers import assert_identical

    assert_identical(karabakh_graph, gk.load_dataset(gk.dataset_path("karabakh-2023")))
    assert_identical(karabakh_graph, gk.load_dataset(str(gk.dataset_path("karabakh-2023"))))


def test_graph_attributes(karabakh_graph):
    g = karabakh_graph.graph
    assert g["name"] == "karabakh-2023" and g["license"] == "CC-BY-4.0"
    assert set(g["sources"]) == {"news-2023-07"}
    assert g["sources"]["news-2023-07"]["sentences"] == 21


def test_karabakh_validates():
    assert gk.validate("karabakh-2023").empty
    assert gk.validate(gk.dataset_path("karabakh-2023")).empty


def test_frictionless_accepts_the_data_package():
    """An independent reader of the Data Package standard validates types, enums and foreign keys."""
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(gk.dataset_path("karabakh-2023") / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_frictionless_catches_what_we_catch(tmp_path, karabakh_graph):
    frictionless = pytest.importorskip("frictionless")
    folder = gk.write(karabakh_graph, tmp_path / "ds")
    rel = folder / "relations.csv"
    rel.write_text(
        rel.read_text(encoding="utf-8").replace("r05,aze,lachin_corridor", "r05,aze,lachin"),
        encoding="utf-8",
    )
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in str(report.flatten(["type"]))
    ours = gk.validate(folder)
    assert ours[["row", "field"]].values.tolist() == [[6, "target"]]


# -- facts of the article ------------------------------------------------------------------


def _edges(G, **match):
    return [
        (u, v, k, d)
        for u, v, k, d in G.edges(keys=True, data=True)
        if all(d.get(a) == b for a, b in match.items())
    ]


def test_eu_mediates_between_azerbaijan_and_armenia(karabakh_graph):
    eu = [(v, d) for u, v, k, d in _edges(karabakh_graph, type="mediate") if u == "eu"]
    assert {v for v, _ in eu} == {"aze", "arm"}
    assert all(d["between"] == ["aze", "arm"] and d["status"] == "asserted" for _, d in eu)
    assert all(
        d["category"] == "mediation" and d["sign"] == 1 and d["weight"] == 5.0 for _, d in eu
    )


def test_us_and_russia_mediate_too(karabakh_graph):
    mediators = {u for u, v, k, d in _edges(karabakh_graph, category="mediation")}
    assert {"eu", "usa", "rus", "west", "michel"} <= mediators


def test_brussels_meeting_mediated_by_michel(karabakh_graph):
    (r,) = [
        d for u, v, k, d in _edges(karabakh_graph, type="mediate") if (u, v) == ("michel", "aliyev")
    ]
    assert r["date"] == "2023-07-15" and r["location"] == "Brussels" and r["sentence"] == 4
    assert r["between"] == ["aliyev", "pashinyan"]
    chain = ["michel"]
    while "parent" in karabakh_graph.nodes[chain[-1]]:
        chain.append(karabakh_graph.nodes[chain[-1]]["parent"])
    assert chain == ["michel", "eu_council", "eu"]


def test_red_cross_accusation_is_alleged_and_denied(karabakh_graph):
    (acc,) = [
        (u, d)
        for u, v, k, d in _edges(karabakh_graph, category="accusation")
        if v == "arm_red_cross"
    ]
    assert acc[0] == "aze" and acc[1]["status"] == "alleged" and acc[1]["date"] == "2023-07-11"
    denials = [
        (u, v, d) for u, v, k, d in _edges(karabakh_graph, type="deny") if u == "arm_red_cross"
    ]
    assert [(u, v) for u, v, _ in denials] == [("arm_red_cross", "aze")]
    assert denials[0][2]["status"] == "asserted" and denials[0][2]["sentence"] == 7


def test_two_red_cross_organisations_in_one_family(karabakh_graph):
    nodes = karabakh_graph.nodes
    assert nodes["icrc"]["parent"] == nodes["arm_red_cross"]["parent"] == "red_cross"
    assert nodes["icrc"]["name"] != nodes["arm_red_cross"]["name"]
    access = _edges(karabakh_graph, type="allow_humanitarian_access")
    assert [(u, v) for u, v, *_ in access] == [("aze", "icrc")]


def test_jamming_accusation_and_denial(karabakh_graph):
    acc = [(u, v) for u, v, k, d in _edges(karabakh_graph, category="accusation", status="alleged")]
    assert ("aze", "nk_separatists") in acc
    act = _edges(karabakh_graph, type="interference")
    assert [(u, v, d["status"], d["date"]) for u, v, k, d in act] == [
        ("nk_separatists", "azal", "denied", "2023-07-13")
    ]
    assert ("nk_separatists", "aze") in [(u, v) for u, v, *_ in _edges(karabakh_graph, type="deny")]


def test_control_of_surrounding_districts_passes_in_2020(karabakh_graph):
    control = {
        u: gk.date_bounds(d["date"])
        for u, v, k, d in _edges(karabakh_graph, type="control")
        if v == "surrounding_districts"
    }
    assert set(control) == {"arm", "aze"}
    arm_start, arm_end = control["arm"]
    aze_start, aze_end = control["aze"]
    assert arm_start is None and arm_end == date(2020, 12, 31)
    assert aze_start == date(2020, 1, 1) and aze_end == date(2023, 7, 31)
    statuses = {u: d["status"] for u, v, k, d in _edges(karabakh_graph, type="control")}
    assert statuses == {"arm": "historical", "aze": "asserted"}


def test_russias_offer_is_an_offer(karabakh_graph):
    offers = _edges(karabakh_graph, type="offer_mediation")
    assert {(u, v) for u, v, *_ in offers} == {("rus", "aze"), ("rus", "arm")}
    assert {d["status"] for *_, d in offers} == {"offered"}
    assert {d["date"] for *_, d in offers} == {"2023-07-15"}
    assert {d["location"] for *_, d in offers} == {"Moscow"}


def test_historical_wars_and_ceasefire(karabakh_graph):
    wars = sorted(d["date"] for *_, d in _edges(karabakh_graph, type="war"))
    assert wars == ["1990/1999", "2020"]
    assert all(d["status"] == "historical" for *_, d in _edges(karabakh_graph, type="war"))
    (cf,) = _edges(karabakh_graph, type="ceasefire")
    assert cf[3]["date"] == "2020"
    brokers = {u for u, v, k, d in _edges(karabakh_graph, type="mediate", date="2020")}
    assert brokers == {"rus"}


def test_weekdays_resolved_from_the_meeting_date(karabakh_graph):
    dates = {k: d.get("date") for *_, k, d in karabakh_graph.edges(keys=True, data=True)}
    assert dates["r05"] == "2023-07-11"  # Tuesday: corridor closed
    assert dates["r10"] == "2023-07-14"  # Friday: 6,000 people demand reopening
    assert dates["r14"] == "2023-07-13"  # Thursday: planes affected
    assert dates["r01"] == dates["r24"] == "2023-07-15"  # Saturday: meeting, Russia's offer


def test_every_relation_has_evidence_sentence_and_date(karabakh_graph):
    for *_, k, d in karabakh_graph.edges(keys=True, data=True):
        assert d["evidence"] and d["document"] == "news-2023-07", k
        assert 1 <= d["sentence"] <= 21, k
        assert gk.is_valid_date(d["date"]), k


def test_required_actors_are_present(karabakh_graph):
    required = {
        "aze",
        "arm",
        "eu",
        "rus",
        "usa",
        "icrc",
        "arm_red_cross",
        "red_cross",
        "nk_separatists",
        "nagorno_karabakh",
        "lachin_corridor",
        "surrounding_districts",
        "aliyev",
        "pashinyan",
        "michel",
    }
    assert required <= set(karabakh_graph)
    territories = {n for n, d in karabakh_graph.nodes(data=True) if d["kind"] == "territory"}
    assert territories == {"nagorno_karabakh", "lachin_corridor", "surrounding_districts"}
    assert "Laçın corridor" in karabakh_graph.nodes["lachin_corridor"]["aliases"]


# Words each cited sentence of the article must contain for the relation coded from it.
SENTENCE_WORDS = {
    "r01": ["Aliyev", "Pashinyan", "Brussels", "negotiate"],
    "r02": ["mediator", "Michel"],
    "r04": ["decades-long conflict"],
    "r05": ["Tuesday", "closed", "Corridor"],
    "r06": ["only land link"],
    "r08": ["Armenian Red Cross", "smuggling"],
    "r09": ["Armenian Red Cross denied"],
    "r10": ["Friday", "6,000", "demand"],
    "r11": ["allowed the Red Cross", "evacuations"],
    "r12": ["suspended medical evacuations"],
    "r13": ["accuses", "separatists", "jamming"],
    "r14": ["Azerbaijan Airlines", "Thursday"],
    "r15": ["rebel officials denied"],
    "r16": ["negotiate a peace agreement"],
    "r17": ["EU"],
    "r19": ["United States"],
    "r21": ["Western countries", "mediating"],
    "r23": ["annoys Russia"],
    "r24": ["Russia also offered", "Moscow"],
    "r26": ["mediated by Western countries"],
    "r28": ["progress"],
    "r29": ["part of Azerbaijan under international law"],
    "r30": ["ethnically Armenian"],
    "r31": ["declared itself independent"],
    "r32": ["UN member state"],
    "r33": ["1990s"],
    "r34": ["2020"],
    "r35": ["Russian-brokered"],
    "r37": ["ceasefire"],
    "r38": ["held by Armenia"],
    "r39": ["gained control"],
}


def test_sentence_numbers_point_at_the_article(seed_dir, karabakh_graph):
    source = karabakh_graph.graph["sources"]["news-2023-07"]
    text_path = Path(seed_dir) / source["file"]
    data = text_path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == source["sha256"]
    sentences = gk.split_sentences(data.decode("utf-8"))
    assert len(sentences) == source["sentences"] == 21
    by_key = {k: d for *_, k, d in karabakh_graph.edges(keys=True, data=True)}
    for key, words in SENTENCE_WORDS.items():
        sentence = sentences[by_key[key]["sentence"] - 1]
        for word in words:
            assert word in sentence, (key, word, sentence)


def test_installed_wheel_loads_bundled_dataset_outside_the_checkout(tmp_path):
    """When graphlib_kb is installed (not from this checkout), the dataset ships inside the wheel."""
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import graphlib_kb, os; print(os.path.dirname(graphlib_kb.__file__))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    if probe.returncode != 0:
        pytest.skip("graphlib_kb is not installed in this interpreter")
    location = Path(probe.stdout.strip())
    repo = Path(__file__).resolve().parent.parent
    if repo in location.parents:
        pytest.skip("graphlib_kb is installed in editable mode from this checkout")
    assert (location / "_datasets" / "karabakh-2023" / "datapackage.json").is_file()
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import graphlib_kb as gk; G = gk.load_dataset('karabakh-2023'); "
            "print(G.number_of_nodes(), G.number_of_edges())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["21", "39"]
