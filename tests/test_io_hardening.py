"""Readers survive hostile and broken input (../shared/reliability.md): clear errors, no partial output."""

import hashlib
import json

import pytest
from helpers import ACTORS_CSV, RELATIONS_CSV, write_flat

import graphlib_kb as gk

GRAPHML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
BILLION_LAUGHS = (
    GRAPHML_HEAD
    + """<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
<node id="a"><data key="d0">&lol3;</data></node></graph></graphml>
"""
)
EXTERNAL_ENTITY = (
    GRAPHML_HEAD
    + """<!DOCTYPE g [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">
<node id="&xxe;"/></graph></graphml>
"""
)


def _problem(excinfo):
    problems = excinfo.value.problems
    assert len(problems) >= 1
    return problems.iloc[0].to_dict()


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
@pytest.mark.parametrize("payload", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "xxe"])
def test_xml_with_doctype_or_entities_is_refused(tmp_path, suffix, payload):
    path = tmp_path / f"evil{suffix}"
    path.write_text(payload, encoding="utf-8")
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    p = _problem(info)
    assert p["file"] == str(path) and "DOCTYPE or entity declaration is refused" in p["message"]
    assert "DOCTYPE" in gk.validate(path).loc[0, "message"]


def test_malformed_xml_names_the_line(tmp_path):
    path = tmp_path / "broken.graphml"
    path.write_text(
        GRAPHML_HEAD + "<graphml>\n<graph>\n<node id='a'>\n</graphml>\n", encoding="utf-8"
    )
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    p = _problem(info)
    assert p["row"] == 5 and "not well-formed XML" in p["message"]


def test_undirected_plain_graphml_is_imported_marked_and_refused_when_strict(tmp_path):
    path = tmp_path / "u.graphml"
    path.write_text(
        GRAPHML_HEAD + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<graph edgedefault="undirected"><node id="a"/><node id="b"/>'
        '<edge source="a" target="b"/></graph></graphml>',
        encoding="utf-8",
    )
    with pytest.warns(gk.ImportNotice, match="plain undirected graph: 2 actors, 1 tie;"):
        G = gk.read(path)
    assert G.graph["directed"] is False and list(G.edges(keys=True)) == [("a", "b", "e1")]
    with pytest.raises(gk.DatasetError, match="is not a full dataset: it needs a 'kind'"):
        gk.read(path, strict=True)


def test_foreign_gexf_without_evidence_names_the_missing_fields(tmp_path):
    path = tmp_path / "gephi.gexf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="directed">'
        '<nodes><node id="a" label="Alpha"/><node id="b" label="Beta"/></nodes>'
        '<edges><edge id="e1" source="a" target="b"/></edges></graph></gexf>',
        encoding="utf-8",
    )
    problems = gk.validate(path)
    got = {(p.file, p.row, p.field) for p in problems.itertuples()}
    assert (f"{path} nodes", 1, "kind") in got
    assert {(f"{path} edges", 1, "type"), (f"{path} edges", 1, "evidence")} <= got
    assert not any(f == "name" for *_, f in got)  # GEXF labels become names


def test_csv_with_bom_is_read(tmp_path):
    path = write_flat(tmp_path, "\ufeff" + ACTORS_CSV, "\ufeff" + RELATIONS_CSV)
    G = gk.read(path)
    assert set(G) == {"aze", "arm", "eu"}


def test_csv_in_another_encoding_is_an_error_naming_offset_and_option(tmp_path):
    actors = ACTORS_CSV.replace("Azerbaijan", "Azərbaycan").replace("Armenia", "Laçin")
    actors_cp = ACTORS_CSV.replace("Armenia", "Laçin")
    path = write_flat(tmp_path, actors_cp, RELATIONS_CSV, encoding="cp1252")
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    p = _problem(info)
    assert p["file"].endswith("g.actors.csv") and p["row"] == 3
    offset = actors_cp.encode("cp1252").index(b"\xe7")
    assert f"not valid utf-8 at byte offset {offset} (line 3)" in p["message"]
    assert "encoding=" in p["message"]
    # With the right encoding option the file reads, without replacement characters.
    G = gk.read(path, encoding="cp1252")
    assert G.nodes["arm"]["name"] == "Laçin"
    assert "\ufffd" not in actors  # sanity: the test text itself is clean


def test_codes_stay_strings(tmp_path):
    actors = "id,name,kind,cameo\n045,Mediators,coalition,045\nNA,Namibia,state,NA\n"
    relations = "id,source,target,type,evidence\n0871,045,NA,mediate,Text.\n"
    G = gk.read(write_flat(tmp_path, actors, relations))
    assert set(G) == {"045", "NA"}
    assert G.nodes["NA"]["cameo"] == "NA" and G.nodes["045"]["cameo"] == "045"
    assert list(G.edges(keys=True)) == [("045", "NA", "0871")]


@pytest.mark.parametrize(
    "row, message",
    [
        ("r3,eu,aze,mediate,2023,asserted\n", "has 6 fields, the header has 7"),
        ("r3,eu,aze,mediate,2023,asserted,Text.,extra\n", "has 8 fields, the header has 7"),
    ],
)
def test_short_and_long_csv_rows_are_errors_not_padded(tmp_path, row, message):
    path = write_flat(tmp_path, relations=RELATIONS_CSV + row)
    with pytest.raises(gk.DatasetError) as info:
        gk.read(path)
    p = _problem(info)
    assert (p["file"], p["row"]) == (str(path), 4) and message in p["message"]


def test_row_numbers_count_lines_of_multiline_cells(tmp_path):
    relations = RELATIONS_CSV.replace("The EU mediated.\nr2", '"The EU\nmediated."\nr2').replace(
        "r2,eu,arm", "r2,eu,nobody"
    )
    path = write_flat(tmp_path, relations=relations)
    p = gk.validate(path).iloc[0]
    assert (p["row"], p["field"]) == (4, "target")


def test_malformed_quoting(tmp_path):
    path = write_flat(
        tmp_path, relations=RELATIONS_CSV + 'r3,eu,aze,mediate,2023,asserted,"unterminated\n'
    )
    with pytest.raises(gk.DatasetError, match="malformed CSV"):
        gk.read(path)


def test_empty_file(tmp_path):
    path = write_flat(tmp_path, relations="")
    with pytest.raises(gk.DatasetError, match="empty"):
        gk.read(path)


def test_missing_actors_file_is_named_when_strict(tmp_path):
    path = tmp_path / "rel.csv"
    path.write_text(RELATIONS_CSV, encoding="utf-8")
    with pytest.raises(gk.DatasetError, match="needs rel.actors.csv beside it"):
        gk.read(path, strict=True)
    # Without strict it is an edge list: actors from its ends, its types and evidence kept.
    with pytest.warns(gk.ImportNotice, match="3 actors, 2 ties; names and kinds defaulted$"):
        G = gk.read(path)
    assert G.edges["eu", "aze", "r1"]["type"] == "mediate"


def test_missing_file(tmp_path):
    with pytest.raises(gk.DatasetError) as info:
        gk.read(tmp_path / "nothing.graphml")
    assert _problem(info)["message"] == "no such file or folder"


@pytest.mark.parametrize("bad_path", ["../outside.csv", "/etc/passwd", "https://example.org/a.csv"])
def test_datapackage_paths_cannot_leave_the_folder(tmp_path, karabakh, bad_path):
    folder = gk.write(karabakh, tmp_path / "ds")
    desc = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    desc["resources"][0]["path"] = bad_path
    (folder / "datapackage.json").write_text(json.dumps(desc), encoding="utf-8")
    with pytest.raises(gk.DatasetError) as info:
        gk.read(folder)
    p = _problem(info)
    assert p["field"] == "path" and "inside the dataset folder" in p["message"]


def test_datapackage_that_is_not_json(tmp_path, karabakh):
    folder = gk.write(karabakh, tmp_path / "ds")
    (folder / "datapackage.json").write_text('{"resources": [\n  oops\n]}', encoding="utf-8")
    with pytest.raises(gk.DatasetError) as info:
        gk.read(folder)
    p = _problem(info)
    assert p["row"] == 2 and "not valid JSON" in p["message"]


def test_typed_extra_column_with_a_bad_value(tmp_path, karabakh):
    karabakh.nodes["aze"]["population"] = 10_000_000
    folder = gk.write(karabakh, tmp_path / "ds")
    text = (folder / "actors.csv").read_text(encoding="utf-8").replace("10000000", "ten million")
    (folder / "actors.csv").write_text(text, encoding="utf-8")
    p = gk.validate(folder).iloc[0]
    assert (p["row"], p["field"]) == (2, "population") and "expected an integer" in p["message"]


@pytest.mark.parametrize(
    "text, message",
    [
        ('{"nodes": [{"id": "a", "x": NaN}], "edges": []}', "NaN is not allowed"),
        ("[1, 2]", "expected a JSON object"),
        ('{"nodes": {}, "edges": []}', "expected a JSON list"),
        ('{"nodes": [1], "edges": []}', "node 1 is not a JSON object"),
    ],
)
def test_bad_json(tmp_path, text, message):
    path = tmp_path / "g.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(gk.DatasetError, match=message):
        gk.read(path)


def test_inputs_are_never_modified(tmp_path, karabakh):
    paths = [
        gk.write(karabakh, tmp_path / name) for name in ("g.graphml", "g.gexf", "g.json", "g.csv")
    ]
    folder = gk.write(karabakh, tmp_path / "ds")
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    before = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in files}
    for path in [*paths, folder]:
        gk.read(path)
        gk.validate(path)
    after = {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in files}
    assert before == after
    assert sorted(p for p in tmp_path.rglob("*") if p.is_file()) == files


def test_failed_dataset_write_leaves_old_files_and_no_temporaries(tmp_path, karabakh, monkeypatch):
    import graphlib_kb.io.dataset as dataset_module

    folder = gk.write(karabakh, tmp_path / "ds")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    calls = {"n": 0}
    real = dataset_module.render_csv

    def failing(columns, rows):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(columns, rows)

    monkeypatch.setattr(dataset_module, "render_csv", failing)
    changed = karabakh.copy()
    changed.nodes["aze"]["name"] = "Changed"
    with pytest.raises(OSError):
        gk.write(changed, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


def test_flat_csv_refuses_non_text_extra_attributes(tmp_path, karabakh):
    karabakh.nodes["aze"]["power"] = 3
    with pytest.raises(gk.DatasetError, match="keeps only text"):
        gk.write(karabakh, tmp_path / "g.csv")
    assert list(tmp_path.iterdir()) == []


def test_graphml_with_malformed_sources_attribute(tmp_path, karabakh):
    path = gk.write(karabakh, tmp_path / "g.graphml")
    text = path.read_text(encoding="utf-8")
    start = text.index('{"news-2023-07"')
    end = text.index("</data>", start)
    path.write_text(text[:start] + "not json" + text[end:], encoding="utf-8")
    p = gk.validate(path).iloc[0]
    assert (p["file"], p["field"]) == (f"{path} graph", "sources")
    assert "must map each id to a set of fields" in p["message"]


def test_a_failed_write_leaves_no_folder_it_made(tmp_path, monkeypatch):
    from graphlib_kb.files import AtomicWriter
    from graphlib_kb.io import dataset

    with pytest.raises(RuntimeError), AtomicWriter() as out:
        out.add(tmp_path / "new" / "deeper" / "a.csv", b"x\n")
        raise RuntimeError("failed half-way")
    assert list(tmp_path.iterdir()) == []
    # a folder that was there before stays, with what it held
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "old.txt").write_text("old")
    with pytest.raises(RuntimeError), AtomicWriter() as out:
        out.add(tmp_path / "kept" / "a.csv", b"x\n")
        raise RuntimeError("failed half-way")
    assert [p.name for p in (tmp_path / "kept").iterdir()] == ["old.txt"]
    # the graph route of gk.write: an error after the first staged table leaves nothing
    calls = []
    real = dataset.render_csv

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(dataset, "render_csv", failing)
    with pytest.raises(OSError):
        gk.write(gk.load_dataset("karabakh-2023"), tmp_path / "out")
    assert not (tmp_path / "out").exists()
