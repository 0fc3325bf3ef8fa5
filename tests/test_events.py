"""Event-data ingest: golden tables for the bundled samples, filters, windows, graphs, engines."""

import datetime as dt
import os
import shutil
import zipfile
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import graphlib_kb as gk
from graphlib_kb.events import (
    EDGE_COLUMNS,
    LAYOUTS,
    gdelt_row,
    generate_gdelt,
    graph_from_edges,
    sample_path,
)
from graphlib_kb.events.codes import actor_id, describe_actor_code

DATA = os.path.join(os.path.dirname(__file__), "data", "events")

URL = {
    1: "https://news.example.az/2023/07/11/accusation",
    2: "https://news.example.com/2023/07/13/baku-accuses",
    3: "https://armenpress.example/2023/07/12/denial",
    5: "https://tass.example/2023/07/14/mediation",
    7: 'https://example.org/2023/07/12/"aid"-convoy',
    8: "https://example.na/visit",
    9: "https://news.example.az/xəbər/laçın-yolu",
    10: "https://news.example.com/2023/07/13/lachin",
    11: "https://news.example.com/2023/07/12/criticism",
    15: "https://news.example.tr/2023/08/01/agreement",
    16: "https://news.example.az/2023/07/11/war-crimes",
    17: "https://armenpress.example/2023/07/12/accuses",
}

# Worked out by hand from the 17 rows of the GDELT 2.0 sample (see tests/data/events/README.md):
# (source, target, type, events, mentions, num_sources, goldstein_sum, goldstein_mean,
#  quad_class, first_date, last_date, evidence)
GDELT_GOLDEN = [
    ("ARMGOV", "AZEGOV", "accuse", 1, 2, 1, -2.0, -2.0, 3, "2023-07-12", "2023-07-12", URL[17]),
    ("ARMGOV", "AZEGOV", "deny", 1, 3, 1, -2.0, -2.0, 1, "2023-07-12", "2023-07-12", URL[3]),
    # rows 9 and 10: 20 + 8 mentions; the most mentioned (row 9) is also the most recent
    ("AZE", "ARMSEP", "blockade", 2, 28, 8, -19.0, -9.5, 4, "2023-07-13", "2023-07-15", URL[9]),
    # rows 1 and 2: the EventCode 112 twice, 10 + 4 mentions, 2 + 1 sources; row 1 is the
    # most mentioned, row 2 the most recent
    ("AZEGOV", "ARMGOV", "accuse", 2, 14, 3, -4.0, -2.0, 3, "2023-07-11", "2023-07-13",
     f"{URL[1]} | {URL[2]}"),
    ("AZEGOV", "ARMGOV", "accuse_war_crimes", 1, 1, 1, -2.0, -2.0, 3, "2023-07-11",
     "2023-07-11", URL[16]),
    ("NA", "AZE", "consult", 1, 1, 1, 1.9, 1.9, 1, "2023-07-15", "2023-07-15", URL[8]),
    ("RUS", "ARM", "mediate", 1, 5, 2, 5.0, 5.0, 1, "2023-07-14", "2023-07-14", URL[5]),
    ("RUS", "AZE", "mediate", 1, 6, 3, 5.0, 5.0, 1, "2023-07-14", "2023-07-14", URL[5]),
    ("RUSMIL", "ARM", "humanitarian_aid", 1, 2, 1, 7.4, 7.4, 2, "2023-07-12", "2023-07-12",
     URL[7]),
    ("TURGOV", "AZEGOV", "sign_agreement", 1, 4, 2, 8.0, 8.0, 1, "2023-08-01", "2023-08-01",
     URL[15]),
    ("USAGOV", "RUSGOV", "criticize", 1, 2, 1, -2.0, -2.0, 3, "2023-07-12", "2023-07-12",
     URL[11]),
]  # fmt: skip


def _rows(edges):
    cols = [c for c in EDGE_COLUMNS if c != "window"]
    return [tuple(r) for r in edges[cols].astype(object).itertuples(index=False)]


def test_gdelt2_sample_equals_the_hand_computed_table():
    edges = gk.event_edges(sample_path("gdelt2"), "gdelt2")
    assert list(edges.columns) == list(EDGE_COLUMNS)
    assert _rows(edges) == GDELT_GOLDEN
    assert edges["window"].isna().all()
    info = edges.attrs["ingest"]
    # 17 rows: 13 used; row 4 has no Actor2, row 13 no Actor1, row 12 is AZEGOV -> AZEGOV,
    # row 14's code 099 is not CAMEO; row 17's 1129 is unknown but its base code 112 is.
    assert (info["rows"], info["used"]) == (17, 13)
    assert (info["no_source"], info["no_target"], info["self_loops"]) == (1, 1, 1)
    assert info["unmapped"] == {"099": 1} and info["unknown_codes"] == {"099": 1}


def test_gdelt_actor_codes_are_normalised_and_names_kept_as_aliases():
    actors = gk.event_edges(sample_path("gdelt2"), "gdelt2").attrs["ingest"]["actors"]
    assert actors["AZEGOV"] == {
        "name": "Azerbaijan government",
        "kind": "government",
        "parent": "AZE",
        "cameo": "AZEGOV",
        # the name in each relation's most reported event (row 2's BAKU is not one)
        "aliases": ["AZERBAIJAN"],
    }
    assert actors["ARMSEP"]["name"] == "Armenia separatist rebels"
    assert actors["ARMSEP"]["kind"] == "armed_group"
    # one relation (the blockade), whose most mentioned event (row 9) says KARABAKH ARMENIANS
    assert actors["ARMSEP"]["aliases"] == ["KARABAKH ARMENIANS"]
    # "NA" is a code, not a missing value; CAMEO does not know it and GDELT gave no other name,
    # so the name says so rather than show a bare "NA"; the code is not an alias of itself
    assert actors["NA"]["name"] == "NA (unknown actor code)" and actors["NA"]["aliases"] == []
    assert actors["NA"]["cameo"] == "NA"
    assert actors["AZE"]["aliases"] == ["LAÇIN"]
    assert actors["RUSMIL"]["aliases"] == ['RUSSIAN "PEACEKEEPERS"']
    # parents are actors even when no event names them alone
    assert actors["TUR"]["name"] == "Turkey" and actors["TUR"]["kind"] == "state"


def test_gdelt1_zip_is_streamed_and_gives_the_same_table():
    edges = gk.event_edges(sample_path("gdelt1"), "gdelt1")
    assert _rows(edges) == GDELT_GOLDEN


def test_gdelt1_files_before_2013_have_57_fields_and_no_url():
    edges = gk.event_edges(os.path.join(DATA, "201201.csv"), "gdelt1")
    assert _rows(edges) == [
        ("ARMGOV", "AZEGOV", "deny", 1, 3, 1, -2.0, -2.0, 1, "2023-07-12", "2023-07-12", ""),
        ("AZEGOV", "ARMGOV", "accuse", 2, 14, 3, -4.0, -2.0, 3, "2023-07-11", "2023-07-13", ""),
    ]


def test_gzip_and_several_files_are_read_together(tmp_path):
    import gzip

    gz = tmp_path / "20230711.export.CSV.gz"
    with open(sample_path("gdelt2"), "rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    one = gk.event_edges(gz, "gdelt2")
    assert _rows(one) == GDELT_GOLDEN
    # the same events twice: counted once, the copies reported as duplicates
    two = gk.event_edges([gz, sample_path("gdelt2")], "gdelt2")
    pd.testing.assert_frame_equal(two, one)
    assert two.attrs["ingest"]["duplicates"] == one.attrs["ingest"]["rows"] > 0
    assert one.attrs["ingest"]["duplicates"] == 0
    kept = gk.event_edges([gz, sample_path("gdelt2")], "gdelt2", keep_duplicates=True)
    assert kept["events"].tolist() == [2 * n for n in one["events"]]
    assert kept["mentions"].tolist() == [2 * n for n in one["mentions"]]
    assert kept.attrs["ingest"]["duplicates"] == 0


@pytest.mark.parametrize("source", ["gdelt2", "icews", "acled", "polecat"])
def test_an_event_given_twice_is_counted_once(tmp_path, source):
    """Each dataset's own event id: a copy of one event (in the same file or another) is
    dropped; the other events are untouched."""
    path = Path(sample_path(source))
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    header = LAYOUTS[source].header
    first = lines[1] if header else lines[0]
    copy = tmp_path / path.name
    copy.write_text(text + first, encoding="utf-8")
    once = gk.event_edges(path, source)
    again = gk.event_edges(copy, source)
    pd.testing.assert_frame_equal(again, once)
    assert again.attrs["ingest"]["duplicates"] == 1
    both = gk.event_edges([path, copy], source)
    pd.testing.assert_frame_equal(both, once)
    assert both.attrs["ingest"]["duplicates"] == once.attrs["ingest"]["rows"] + 1


def test_actor_filter_keeps_events_touching_the_countries():
    edges = gk.event_edges(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    assert _rows(edges) == [r for r in GDELT_GOLDEN if r[0] != "USAGOV"]
    assert edges.attrs["ingest"]["rows"] == 16
    # by country name: the Actor2CountryCode of the RUS -> ARM row
    by_name = gk.event_edges(sample_path("gdelt2"), "gdelt2", actors=["Russia"])
    assert set(zip(by_name["source"], by_name["target"], strict=True)) == {
        ("RUS", "ARM"),
        ("RUS", "AZE"),
        ("RUSMIL", "ARM"),
        ("USAGOV", "RUSGOV"),
    }


def test_date_root_and_report_count_filters():
    edges = gk.event_edges(sample_path("gdelt2"), "gdelt2", start="2023-07-13", end="2023-07-14")
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(edges)] == [
        ("AZE", "ARMSEP", "blockade", 1),
        ("AZEGOV", "ARMGOV", "accuse", 1),
        ("RUS", "ARM", "mediate", 1),
        ("RUS", "AZE", "mediate", 1),
    ]
    fights = gk.event_edges(sample_path("gdelt2"), "gdelt2", roots=["19"])
    assert [(r[0], r[2], r[3]) for r in _rows(fights)] == [("AZE", "blockade", 2)]
    assert fights.attrs["ingest"]["no_target"] == 1  # row 4, a blockade with no Actor2
    loud = gk.event_edges(sample_path("gdelt2"), "gdelt2", min_mentions=6)
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in _rows(loud)] == [
        ("AZE", "ARMSEP", "blockade", 2, 28),
        ("AZEGOV", "ARMGOV", "accuse", 1, 10),
        ("RUS", "AZE", "mediate", 1, 6),
    ]
    many = gk.event_edges(sample_path("gdelt2"), "gdelt2", min_sources=3)
    assert [(r[0], r[1], r[2]) for r in _rows(many)] == [
        ("AZE", "ARMSEP", "blockade"),
        ("RUS", "AZE", "mediate"),
    ]


def test_windows_split_the_edges_by_week_and_month():
    weekly = gk.event_edges(sample_path("gdelt2"), "gdelt2", window="week")
    # 2023-07-11 is a Tuesday: its week starts on Monday 10 July; 1 August's on 31 July
    assert sorted(set(weekly["window"])) == [dt.date(2023, 7, 10), dt.date(2023, 7, 31)]
    july = weekly[weekly["window"] == dt.date(2023, 7, 10)]
    assert len(july) == 10 and july["events"].sum() == 12
    daily = gk.event_edges(sample_path("gdelt2"), "gdelt2", window="day")
    accuse = daily[(daily["source"] == "AZEGOV") & (daily["type"] == "accuse")]
    assert accuse[["window", "events", "mentions"]].values.tolist() == [
        [dt.date(2023, 7, 11), 1, 10],
        [dt.date(2023, 7, 13), 1, 4],
    ]
    graphs = gk.from_events(sample_path("gdelt2"), "gdelt2", window="month")
    assert list(graphs) == [dt.date(2023, 7, 1), dt.date(2023, 8, 1)]
    assert graphs[dt.date(2023, 8, 1)].number_of_edges() == 1
    assert set(graphs[dt.date(2023, 8, 1)]) == {"TURGOV", "AZEGOV", "TUR", "AZE"}


def test_the_graph_is_a_valid_actor_graph_for_every_analysis(tmp_path):
    G = gk.from_events(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    assert isinstance(G, gk.ActorGraph)
    assert gk.validate(G).empty
    e = G.edges["AZE", "ARMSEP", "AZE:blockade:ARMSEP"]
    assert e["weight"] == -9.5 and e["category"] == "coercion" and e["sign"] == -1
    assert e["date"] == "2023-07-13/2023-07-15" and e["events"] == 2 and e["mentions"] == 28
    assert URL[9] in e["evidence"] and e["document"] == "events"
    assert G.nodes["AZEGOV"]["parent"] == "AZE"
    table = gk.centrality(G)
    # one arc per ordered pair: from ARMGOV (accuse and deny) and from TURGOV
    assert table.loc["AZEGOV", "degree_in"] == 2
    med = gk.mediators(G)
    assert med.index[0] == "RUS" and med.loc["RUS", "dyads"] == "Armenia; Azerbaijan"
    # the dataset folder round trip keeps every attribute
    gk.write(G, tmp_path / "ds")
    H = gk.read(tmp_path / "ds")
    assert nx.utils.edges_equal(G.edges(keys=True, data=True), H.edges(keys=True, data=True))
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))


def test_icews_sample_names_actors_and_pads_stripped_codes():
    edges = gk.event_edges(sample_path("icews"), "icews")
    assert _rows(edges) == [
        # one mention each: the tie goes to the higher event id, 33006, also the most recent
        ("AZE", "ARM", "accuse", 2, 2, 2, -4.0, -2.0, 3, "2023-07-11", "2023-07-14",
         "ICEWS story 5506 (Trend News Agency)"),
        ("AZE", "Armenian_separatists", "blockade", 1, 1, 1, -9.5, -9.5, 4, "2023-07-13",
         "2023-07-13", "ICEWS story 5505 (Azərbaycan Dövlət Xəbər Agentliyi)"),
        ("Citizen_Armenia", "Government_Armenia", "protest", 1, 1, 1, -6.5, -6.5, 3,
         "2023-07-15", "2023-07-15", "ICEWS story 5504 (Armenpress)"),
        # "16" is CAMEO 016 with its zero lost, not the root code 16
        ("Government_Armenia", "AZE", "deny", 1, 1, 1, -2.0, -2.0, 1, "2023-07-12",
         "2023-07-12", "ICEWS story 5502 (Armenpress)"),
        ("RUS", "ARM", "mediate", 1, 1, 1, 5.0, 5.0, 1, "2023-07-14", "2023-07-14",
         "ICEWS story 5503 (TASS)"),
    ]  # fmt: skip
    actors = edges.attrs["ingest"]["actors"]
    # "Russia" in "Russian Federation" is the country itself
    assert actors["RUS"]["name"] == "Russia" and actors["RUS"]["kind"] == "state"
    assert actors["Government_Armenia"]["name"] == "Government (Armenia)"
    assert actors["Government_Armenia"]["parent"] == "ARM"


def test_acled_sample_maps_sub_event_types_and_counts_context_events():
    edges = gk.event_edges(sample_path("acled"), "acled")
    assert [(r[0], r[1], r[2], r[3], r[6]) for r in _rows(edges)] == [
        ("Government_of_Azerbaijan_2003-", "Government_of_Armenia_2018-", "sign_agreement", 1, 8.0),
        # "Armed clash" and, through the event type, the shelling: two attacks
        (
            "Military_Forces_of_Azerbaijan_2003-",
            "Military_Forces_of_Armenia_2018-",
            "attack",
            2,
            -20.0,
        ),
    ]
    info = edges.attrs["ingest"]
    assert info["unmapped"] == {"Strategic developments:Other": 1}
    assert info["unknown_codes"] == {}
    assert info["no_target"] == 1  # the peaceful protest has no actor2
    # ACLED's country is where the event happened, not the actor's: no parent
    assert info["actors"]["Military_Forces_of_Armenia_2018-"]["parent"] is None
    assert (
        "ACLED AZE1001 (Ministry of Defence of Azerbaijan; Armenpress)" in edges.loc[1, "evidence"]
    )


def test_polecat_sample_maps_types_and_modes():
    edges = gk.event_edges(sample_path("polecat"), "polecat")
    assert [(r[0], r[1], r[2]) for r in _rows(edges)] == [
        ("ARM", "RUS", "appeal"),
        ("AZE", "ARM", "attack"),  # ASSAULT with mode "None": the type's row
        ("AZE", "Armenian_Red_Cross", "accuse"),  # ACCUSE:allege
        ("Charles_Michel", "AZE", "meet"),  # CONSULT:third-party
        ("Ilham_Aliyev", "Nikol_Pashinyan", "disapprove"),  # ACCUSE:disapprove
    ]
    info = edges.attrs["ingest"]
    assert info["unknown_codes"] == {"SURRENDER:": 1}
    assert info["no_target"] == 1  # Recipient Name "None"
    assert info["actors"]["Ilham_Aliyev"]["parent"] == "AZE"
    assert info["actors"]["Charles_Michel"]["parent"] is None


def test_parquet_input_gives_the_same_edges_as_the_tsv(tmp_path):
    tsv = generate_gdelt(tmp_path / "g.export.CSV", 3000, seed=3)
    pq = generate_gdelt(tmp_path / "g.parquet", 3000, seed=3)
    a = gk.event_edges(tsv, "gdelt2", actors=["AZE", "ARM", "TUR"], window="month")
    b = gk.event_edges(pq, "gdelt2", actors=["AZE", "ARM", "TUR"], window="month")
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs == b.attrs
    assert len(a) > 50


def test_synthetic_files_are_deterministic_and_in_layout(tmp_path):
    a = generate_gdelt(tmp_path / "a.CSV", 2000, seed=1)
    b = generate_gdelt(tmp_path / "b.CSV", 2000, seed=1)
    c = generate_gdelt(tmp_path / "c.CSV", 2000, seed=2)
    data = Path(a).read_bytes()
    assert data == Path(b).read_bytes() and data != Path(c).read_bytes()
    lines = data.decode("utf-8").splitlines()
    assert len(lines) == 2000 and all(line.count("\t") == 60 for line in lines)
    edges = gk.event_edges(a, "gdelt2")
    info = edges.attrs["ingest"]
    assert info["rows"] == 2000 and info["unmapped"] == {}
    # about 10% without Actor2, by construction
    assert 140 < info["no_target"] < 260
    assert edges["events"].sum() == info["used"]


def test_gdelt_row_builds_rows_and_refuses_tabs():
    assert len(gdelt_row(1, EventCode="045").split("\t")) == 58
    assert len(gdelt_row(0).split("\t")) == 57
    with pytest.raises(ValueError, match="tabs"):
        gdelt_row(EventCode="0\t45")
    with pytest.raises(ValueError, match="not GDELT columns"):
        gdelt_row(Actor3Code="X")


def test_code_tables_cover_cameo_and_map_onto_the_vocabulary():
    voc = gk.vocabulary()
    codes = gk.event_codes()
    cameo = codes[codes["scheme"] == "cameo"].set_index("key")
    assert len(cameo) == 311  # the 20 roots and 291 event codes of CAMEO 1.1b3
    mapped = codes.dropna(subset=["type"])
    assert set(mapped["type"]) <= set(voc.index)
    assert cameo["type"].notna().all()
    # Goldstein weights from ../shared/domain.md
    for code, weight in {"045": 5.0, "039": 5.0, "038": 7.0, "028": 4.0, "046": 7.0,
                         "057": 8.0, "0871": 9.0, "0863": 9.0, "016": -2.0, "111": -2.0,
                         "112": -2.0, "126": -5.0, "165": -6.5, "163": -8.0, "191": -9.5,
                         "192": -9.5, "196": -9.5}.items():  # fmt: skip
        assert cameo.loc[code, "goldstein"] == weight, code
    # QuadClass by root, as in GDELT: 01-05, 06-09, 10-14, 15-20
    quads = cameo.groupby("root")["quad_class"].unique().map(lambda v: list(v))
    assert quads.loc["05"] == [1] and quads.loc["09"] == [2]
    assert quads.loc["14"] == [3] and quads.loc["15"] == [4]
    # the vocabulary's own CAMEO codes come back to their type (war and interference are
    # never coded from a single event: 190 is an attack, 170 coercion)
    for typ, code in voc["cameo"].items():
        if code and typ not in ("war", "interference"):
            assert cameo.loc[code, "type"] == typ, (typ, code)
    plover = codes[codes["scheme"] == "plover"]
    assert {k.split(":")[0] for k in plover["key"]} == set(
        [
            "AGREE",
            "CONSULT",
            "SUPPORT",
            "CONCEDE",
            "COOPERATE",
            "AID",
            "RETREAT",
            "REQUEST",
            "ACCUSE",
            "REJECT",
            "THREATEN",
            "PROTEST",
            "SANCTION",
            "MOBILIZE",
            "COERCE",
            "ASSAULT",
        ]
    )
    acled = codes[codes["scheme"] == "acled"]
    assert {k.split(":")[0] for k in acled["key"]} == {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    }
    with pytest.raises(ValueError, match="unknown scheme"):
        gk.event_codes("cameo2")


def test_actor_codes_and_ids():
    assert describe_actor_code("AZEMIL") == {
        "name": "Azerbaijan military",
        "kind": "government",
        "parent": "AZE",
    }
    assert describe_actor_code("REB") == {"name": "Rebels", "kind": "armed_group", "parent": None}
    assert describe_actor_code("CAUREB")["parent"] == "CAU"
    assert describe_actor_code("XYZGOV")["name"] == "XYZGOV"
    assert actor_id("Protesters (Armenia)") == "Protesters_Armenia"
    assert actor_id("Laçın  road: checkpoint") == "Laçın_road_checkpoint"
    table = gk.actor_codes()
    assert table["code"].is_unique and set(table["level"]) == {"country", "region", "role"}
    assert set(table["kind"]) <= set(gk.actor_kinds().index)


def test_layouts_have_the_published_field_counts():
    assert [len(c) for c in LAYOUTS["gdelt2"].columns] == [61]
    assert [len(c) for c in LAYOUTS["gdelt1"].columns] == [58, 57]
    assert LAYOUTS["gdelt2"].columns[0][26] == "EventCode"
    assert LAYOUTS["gdelt2"].columns[0][-1] == "SOURCEURL"


def test_option_errors_are_clear():
    path = sample_path("gdelt2")
    with pytest.raises(ValueError, match="unknown event source 'gdelt3'"):
        gk.event_edges(path, "gdelt3")
    with pytest.raises(ValueError, match="window='year'"):
        gk.event_edges(path, "gdelt2", window="year")
    with pytest.raises(ValueError, match="not coded in CAMEO"):
        gk.event_edges(sample_path("acled"), "acled", roots=["19"])
    with pytest.raises(ValueError, match="not a CAMEO root code"):
        gk.event_edges(path, "gdelt2", roots=["21"])
    with pytest.raises(ValueError, match="not an ISO date"):
        gk.event_edges(path, "gdelt2", start="11/07/2023")
    with pytest.raises(ValueError, match="is not an actor code or name"):
        gk.event_edges(path, "gdelt2", actors=["AZE'; DROP TABLE x; --"])
    with pytest.raises(ValueError, match="unknown engine"):
        gk.event_edges(path, "gdelt2", engine="polars")


def test_inputs_are_not_modified(tmp_path):
    copy = tmp_path / "in.CSV"
    shutil.copy(sample_path("gdelt2"), copy)
    before = copy.read_bytes(), os.stat(copy).st_mtime_ns
    gk.event_edges(copy, "gdelt2")
    assert (copy.read_bytes(), os.stat(copy).st_mtime_ns) == before
    assert sorted(os.listdir(tmp_path)) == ["in.CSV"]


def test_zip_with_several_members_reads_them_all(tmp_path):
    archive = tmp_path / "two.zip"
    data = Path(sample_path("gdelt2")).read_bytes()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.export.CSV", data)
        z.writestr("b.export.CSV", data)
    # both members are read (the same events twice: kept with keep_duplicates)
    edges = gk.event_edges(archive, "gdelt2", keep_duplicates=True)
    assert edges["events"].tolist() == [2 * r[3] for r in GDELT_GOLDEN]
    assert graph_from_edges(edges).number_of_edges() == len(GDELT_GOLDEN)
    once = gk.event_edges(archive, "gdelt2")
    assert once["events"].tolist() == [r[3] for r in GDELT_GOLDEN]


def test_cli_ingest_writes_a_dataset_that_load_dataset_reads(tmp_path):
    from click.testing import CliRunner

    from graphlib_kb.cli import cli

    out = tmp_path / "karabakh-gdelt"
    result = CliRunner().invoke(
        cli,
        ["ingest", "gdelt", sample_path("gdelt1"), sample_path("gdelt2"), "--actors", "AZE,ARM",
         "--from", "2023-07-01", "--to", "2023-07-31", "-o", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    # the same day as a GDELT 1.0 and a 2.0 file: 17 events, each twice; less 1 between the
    # US and Russia and 1 in August; 4 dropped; the 15 second copies are dropped
    assert "read 15 events: 11 in 9 relations" in result.output
    assert "15 duplicates dropped" in result.output
    assert "codes not in the code table: 099 (1)" in result.output
    G = gk.load_dataset(out)
    api = gk.from_events(
        [sample_path("gdelt1"), sample_path("gdelt2")],
        "gdelt",
        actors=["AZE", "ARM"],
        start="2023-07-01",
        end="2023-07-31",
    )
    assert nx.utils.edges_equal(G.edges(keys=True, data=True), api.edges(keys=True, data=True))
    assert G.edges["AZEGOV", "ARMGOV", "AZEGOV:accuse:ARMGOV"]["events"] == 2
    kept = CliRunner().invoke(
        cli,
        ["ingest", "gdelt", sample_path("gdelt1"), sample_path("gdelt2"), "--actors", "AZE,ARM",
         "--from", "2023-07-01", "--to", "2023-07-31", "--keep-duplicates",
         "-o", str(tmp_path / "kept")],
    )  # fmt: skip
    assert kept.exit_code == 0, kept.output
    assert "read 30 events: 22 in 9 relations" in kept.output
    assert "0 duplicates dropped" in kept.output
    G = gk.load_dataset(tmp_path / "kept")
    assert G.edges["AZEGOV", "ARMGOV", "AZEGOV:accuse:ARMGOV"]["events"] == 4


def test_cli_ingest_windows_and_errors(tmp_path):
    from click.testing import CliRunner

    from graphlib_kb.cli import cli

    runner = CliRunner()
    out = tmp_path / "weekly"
    result = runner.invoke(
        cli, ["ingest", "gdelt2", sample_path("gdelt2"), "--window", "week", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["2023-07-10", "2023-07-31"]
    assert gk.load_dataset(out / "2023-07-31").number_of_edges() == 1
    # a second windowed run refuses the non-empty folder
    again = runner.invoke(
        cli, ["ingest", "gdelt2", sample_path("gdelt2"), "--window", "week", "-o", str(out)]
    )
    assert again.exit_code == 1 and "not empty" in again.output
    # nothing left after the filters
    empty = runner.invoke(
        cli, ["ingest", "gdelt2", sample_path("gdelt2"), "--from", "2024-01-01", "-o", str(tmp_path / "e")]
    )  # fmt: skip
    assert empty.exit_code == 1 and "no relations left among 0 events" in empty.output
    assert not (tmp_path / "e").exists()
    usage = runner.invoke(
        cli, ["ingest", "gdelt2", sample_path("gdelt2"), "--root", "21", "-o", str(tmp_path / "r")]
    )
    assert usage.exit_code == 2 and "not a CAMEO root code" in usage.output
    assert "Traceback" not in usage.output + empty.output + again.output


@pytest.mark.parametrize("source", ["icews", "acled", "polecat"])
def test_zipped_header_files_give_the_same_table(tmp_path, source):
    # ICEWS's Dataverse files come zipped; any layout can be read from a zip stream
    plain = sample_path(source)
    archive = tmp_path / (os.path.basename(plain) + ".zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(plain, os.path.basename(plain))
    a = gk.event_edges(plain, source)
    b = gk.event_edges(archive, source)
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs == b.attrs


def test_progress_is_reported_up_to_100_percent(tmp_path):
    path = generate_gdelt(tmp_path / "p.CSV", 200_000, seed=4)
    seen = []
    gk.event_edges(path, "gdelt2", progress=seen.append)
    assert seen and seen[-1] == 100.0
    assert all(0 <= p <= 100 for p in seen) and seen == sorted(seen)


def test_event_graphs_without_camps_get_a_readable_layout():
    G = gk.from_events(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    # no hand-coded camps: the camps layout uses the camps inferred from the signs (issue 12)
    inferred = gk.inferred_groups(G)
    assert inferred["AZEGOV"] != inferred["ARMGOV"]
    pos = gk.layout_positions(G, "camps")
    # TUR has no relation of its own (it is TURGOV's parent), so no camp: in the strip below
    assert "TUR" not in inferred
    assert pos["TUR"][1] == min(y for _, y in pos.values())
    spots = {(round(x, 3), round(y, 3)) for x, y in pos.values()}
    assert len(spots) == G.number_of_nodes()
    # without any signed relation there is nothing to infer: the campless layout
    for *_, d in G.edges(data=True):
        d["sign"], d["weight"] = 0, 0.0
    pos = gk.layout_positions(G, "camps")
    # TUR has no relation of its own (it is TURGOV's parent): in the strip below the others
    linked = [n for n in G if n != "TUR"]
    assert pos["TUR"][1] == pytest.approx(min(pos[n][1] for n in linked) - 0.16)
    # no two actors on the same spot
    spots = {(round(x, 3), round(y, 3)) for x, y in pos.values()}
    assert len(spots) == G.number_of_nodes()


def test_report_on_event_graphs_groups_brokerage_by_inferred_camps(tmp_path):
    G = gk.from_events(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    folder = gk.report(G, tmp_path / "r")
    table = pd.read_csv(folder / "brokerage.csv", index_col="actor", keep_default_na=False)
    inferred = gk.inferred_groups(G)
    assert table.loc["ARMGOV", "group"] == inferred["ARMGOV"] != inferred["AZEGOV"]
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "the camps inferred from the signs of the relations (no actor has a camp)" in index
    assert "No actor has a hand-coded camp" in index


def test_report_on_unsigned_event_graphs_groups_brokerage_by_top_level_actor(tmp_path):
    G = gk.from_events(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    for *_, d in G.edges(data=True):  # no signs: no camps to infer
        d["sign"], d["weight"] = (1, 1.0) if d["sign"] > 0 else (0, 0.0)
    folder = gk.report(G, tmp_path / "r")
    table = pd.read_csv(folder / "brokerage.csv", index_col="actor", keep_default_na=False)
    # groups follow parent links: ARMGOV and ARMSEP are Armenian, RUSMIL Russian
    assert table.loc["ARMGOV", "group"] == "ARM" and table.loc["RUSMIL", "group"] == "RUS"
    # on two-way cooperative ties RUSMIL - ARM - RUS, Armenia sits between two Russian actors
    assert table.loc["ARM", "itinerant"] == 2
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "the top-level actor each belongs to (no actor has a camp)" in index
    # Russia mediates: its brokerage is its own mediation, not the others' ties to it
    assert "Russia&#x27;s brokerage (2 pairs) comes only from its own mediation relations" in index
    assert "Armenia&#x27;s brokerage (2 pairs) comes only from mediation ties" in index


def test_event_graph_title_gives_the_period():
    G = gk.from_events(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    edges = gk.event_edges(sample_path("gdelt2"), "gdelt2", actors=["AZE", "ARM"])
    lo, hi = edges["first_date"].min(), edges["last_date"].max()
    assert G.graph["title"] == f"GDELT 2.0 events, {lo} to {hi}"


def test_a_bug_outside_the_engine_is_not_blamed_on_the_input():
    from graphlib_kb.events import DuckDBEngine
    from graphlib_kb.events.engines import Engine

    engine = DuckDBEngine()
    assert isinstance(engine, Engine)

    def broken(percent):
        raise TypeError("a bug in the callback")

    try:
        with pytest.raises(TypeError, match="a bug in the callback"):
            gk.event_edges(sample_path("gdelt2"), "gdelt2", engine=engine, progress=broken)
    finally:
        engine.close()


def test_cli_ingest_puts_no_relation_into_a_networkx_graph(tmp_path, monkeypatch):
    """events -> relation table -> dataset files: no edge is ever added to a graph."""
    from click.testing import CliRunner

    from graphlib_kb.cli import cli

    def refuse(*args, **kwargs):
        raise AssertionError("ingest built a graph of relations")

    monkeypatch.setattr(nx.MultiDiGraph, "add_edge", refuse)
    monkeypatch.setattr(nx.MultiDiGraph, "add_edges_from", refuse)
    out = tmp_path / "g"
    result = CliRunner().invoke(cli, ["ingest", "gdelt2", sample_path("gdelt2"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    monkeypatch.undo()
    assert gk.load_dataset(out).number_of_edges() == len(gk.event_edges(sample_path("gdelt2")))
