"""Bad event files (../shared/reliability.md, parsing): every problem names the file and line."""

import gzip
import zipfile
from pathlib import Path

import pytest

import graphlib_kb as gk
from graphlib_kb.events import gdelt_row, sample_path


def good(i=1, **values):
    fields = dict(
        GLOBALEVENTID=str(i),
        SQLDATE="20230711",
        Actor1Code="AZEGOV",
        Actor2Code="ARMGOV",
        EventCode="112",
        EventBaseCode="112",
        EventRootCode="11",
        QuadClass="3",
        GoldsteinScale="-2.0",
        NumMentions="2",
        NumSources="1",
        SOURCEURL=f"https://example.com/{i}",
    )
    fields.update(values)
    return gdelt_row(2, **fields)


def write(path, lines, encoding="utf-8"):
    path.write_bytes("".join(line + "\n" for line in lines).encode(encoding))
    return path


def problems(path, source="gdelt2", **options):
    with pytest.raises(gk.DatasetError) as info:
        gk.event_edges(path, source, **options)
    return info.value.problems


def one(table):
    assert len(table) >= 1
    return table.iloc[0].to_dict()


def test_missing_file_is_named(tmp_path):
    p = one(problems(tmp_path / "nope.CSV"))
    assert p["file"].endswith("nope.CSV") and p["message"] == "no such file"


def test_empty_file(tmp_path):
    (tmp_path / "e.CSV").write_bytes(b"")
    p = one(problems(tmp_path / "e.CSV"))
    assert p["row"] == 1 and p["message"] == "the file is empty"


def test_wrong_source_is_caught_on_the_first_line(tmp_path):
    # a GDELT 1.0 file read as GDELT 2.0
    path = write(tmp_path / "v1.CSV", [gdelt_row(1, GLOBALEVENTID="1")])
    p = one(problems(path))
    assert p["row"] == 1
    assert "58 fields; GDELT 2.0 rows have 61" in p["message"]


def test_short_and_long_rows_are_errors_not_padded(tmp_path):
    rows = [good(1), good(2), good(3)[: good(3).rindex("\t")], good(4), good(5) + "\textra"]
    path = write(tmp_path / "rows.CSV", rows)
    table = problems(path)
    assert table["row"].tolist()[:2] == [3, 5]
    assert set(table["file"]) == {str(path)}
    assert "Expected Number of Columns: 61 Found: 60" in table.iloc[0]["message"]
    assert "never padded" in table.iloc[0]["message"]


def test_a_value_that_does_not_parse_names_its_field(tmp_path):
    path = write(
        tmp_path / "values.CSV",
        [good(1), good(2, SQLDATE="20230732"), good(3, NumMentions="many"), good(4)],
    )
    table = problems(path)
    assert table[["row", "field"]].values.tolist() == [[2, "SQLDATE"], [3, "NumMentions"]]
    assert "20230732" in table.iloc[0]["message"]


def test_other_encodings_name_the_line_and_byte(tmp_path):
    path = write(tmp_path / "latin.CSV", [good(1), good(2, Actor1Name="LAÇIN")], "latin-1")
    p = one(problems(path))
    assert p["row"] == 2 and p["field"] == "Actor1Name"
    assert "not UTF-8" in p["message"] and "byte" in p["message"]


def test_control_characters_in_names_are_rejected_with_the_line(tmp_path):
    path = write(tmp_path / "nul.CSV", [good(1), good(2), good(3, Actor1Name="BA\x00KU")])
    p = one(problems(path))
    assert (p["row"], p["field"]) == (3, "Actor1Name")
    assert "control character" in p["message"]


def test_an_event_without_a_date_is_an_error(tmp_path):
    path = write(tmp_path / "nodate.CSV", [good(1), good(2, SQLDATE="")])
    p = one(problems(path))
    assert (p["row"], p["field"]) == (2, "SQLDATE") and p["message"] == "the event has no date"


def test_quotes_are_ordinary_characters_in_gdelt(tmp_path):
    path = write(tmp_path / "q.CSV", [good(1, Actor1Name='"BAKU', SOURCEURL='https://x/"a"')])
    edges = gk.event_edges(path, "gdelt2")
    assert edges.loc[0, "evidence"] == 'https://x/"a"'
    assert edges.attrs["ingest"]["actors"]["AZEGOV"]["aliases"] == ['"BAKU']


def test_problems_inside_a_zip_name_the_member_and_line(tmp_path):
    archive = tmp_path / "20230711.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("20230711.export.CSV", "\n".join([good(1), good(2), good(3)[:40]]) + "\n")
    p = one(problems(archive))
    assert p["file"] == f"{archive}:20230711.export.CSV" and p["row"] == 3


def test_gzip_problems_name_the_line(tmp_path):
    path = tmp_path / "g.CSV.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(good(1) + "\n" + good(2, GoldsteinScale="x") + "\n")
    p = one(problems(path))
    assert (p["row"], p["field"]) == (2, "GoldsteinScale")


def test_not_a_zip_and_empty_zip(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 broken")
    assert "not a readable zip archive" in one(problems(bad))["message"]
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w"):
        pass
    assert "holds no file" in one(problems(empty))["message"]


def test_header_layouts_need_their_columns(tmp_path):
    text = Path(sample_path("icews")).read_text(encoding="utf-8").replace("CAMEO Code", "Code", 1)
    path = tmp_path / "icews.tab"
    path.write_text(text, encoding="utf-8")
    p = one(problems(path, "icews"))
    assert p["row"] == 1 and p["field"] == "CAMEO Code"
    assert "lacks the ICEWS column(s) 'CAMEO Code'" in p["message"]


def test_icews_short_row_and_bad_date(tmp_path):
    lines = Path(sample_path("icews")).read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("2023-07-12", "12/07/2023")
    lines[4] = "\t".join(lines[4].split("\t")[:-3])
    path = write(tmp_path / "icews.tab", lines)
    table = problems(path, "icews")
    assert table[["row", "field"]].values.tolist()[:2] == [[3, "Event Date"], [5, "Country"]]


def test_acled_malformed_quoting_names_the_line(tmp_path):
    lines = Path(sample_path("acled")).read_text(encoding="utf-8").splitlines()
    assert ",Residents protest" in lines[3]
    lines[3] = lines[3].replace(",Residents", ',"Resi"dents', 1)
    path = write(tmp_path / "acled.csv", lines)
    p = one(problems(path, "acled"))
    assert p["row"] == 4


def test_acled_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + Path(sample_path("acled")).read_bytes())
    assert len(gk.event_edges(path, "acled")) == 2


def test_polecat_missing_column(tmp_path):
    text = Path(sample_path("polecat")).read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    header = header.replace("Recipient Name\t", "Target\t", 1)
    path = tmp_path / "p.tsv"
    path.write_text(header + "\n" + rest, encoding="utf-8")
    assert one(problems(path, "polecat"))["field"] == "Recipient Name"


def test_no_partial_output_from_the_cli_on_bad_input(tmp_path):
    from click.testing import CliRunner

    from graphlib_kb.cli import cli

    path = write(tmp_path / "rows.CSV", [good(1), good(2)[:50]])
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["ingest", "gdelt2", str(path), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{path}, row 2" in result.output and "Traceback" not in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"GoldsteinScale": "nan"}, "GoldsteinScale", "'nan' is not in -10..10"),
        ({"GoldsteinScale": "inf"}, "GoldsteinScale", "'inf' is not in -10..10"),
        ({"GoldsteinScale": "-12.5"}, "GoldsteinScale", "'-12.5' is not in -10..10"),
        ({"NumMentions": "-3"}, "NumMentions", "'-3' is a negative count"),
        ({"Actor2Code": "ARM\x01GOV"}, "Actor2Code", "control character"),
        # the name of an event that is not its relation's most reported one
        ({"Actor1Name": "BA\x1bKU", "NumMentions": "1"}, "Actor1Name", "control character"),
    ],
)
def test_values_that_parse_but_are_wrong_are_errors(tmp_path, values, field, message):
    path = write(tmp_path / "v.CSV", [good(1, NumMentions="9"), good(2), good(3, **values)])
    table = problems(path)
    assert table[["row", "field"]].values.tolist() == [[3, field]]
    assert message in table.iloc[0]["message"]


def test_the_committed_file_with_short_and_long_rows():
    path = Path(__file__).parent / "data" / "events" / "short-and-long-rows.export.CSV"
    table = problems(path)
    # line 3 lost its SOURCEURL, line 5 has a 62nd field; both named, the file is not read
    assert table[["row", "field"]].values.tolist()[0] == [3, "SOURCEURL"]
    assert table["row"].tolist()[-1] == 5
    assert set(table["file"]) == {str(path)}
