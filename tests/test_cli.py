"""The command line: CliRunner tests checked through the Python API."""

from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import RELATIONS_CSV, assert_identical, write_flat

import graphlib_kb as gk
from graphlib_kb.cli import cli


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


def test_datasets(run):
    result = run("datasets")
    assert result.exit_code == 0
    assert "karabakh-2023" in result.output and " 21 " in result.output and " 39 " in result.output


def test_info(run):
    result = run("info", "karabakh-2023")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("Karabakh, July 2023")
    assert any(line.split() == ["graph", "actors", "21"] for line in lines)
    assert any(line.split() == ["actors", "by", "kind", "territory", "3"] for line in lines)


def test_info_as_json_matches_the_api(run):
    import json

    result = run("info", "karabakh-2023", "--format", "json")
    rows = json.loads(result.output)
    expected = gk.summary(gk.load_dataset("karabakh-2023"))
    assert [(r["aspect"], r["item"], r["value"]) for r in rows] == list(
        expected.itertuples(index=False, name=None)
    )


def test_centrality_with_layer_filters_matches_the_api(run, tmp_path):
    out = tmp_path / "c.csv"
    result = run(
        "centrality",
        "karabakh-2023",
        "--category",
        "mediation",
        "--collapse",
        "--measures",
        "degree_out",
        "--measures",
        "hub",
        "-o",
        out,
    )
    assert result.exit_code == 0, result.output
    import pandas as pd

    got = pd.read_csv(out, index_col="actor")
    H = gk.layer(gk.load_dataset("karabakh-2023"), category="mediation", collapse=True)
    ref = gk.centrality(H, measures=["degree_out", "hub"])
    assert got["degree_out"].to_dict() == ref["degree_out"].to_dict()
    assert got["hub"].round(6).to_dict() == ref["hub"].round(6).to_dict()


def test_unknown_category_is_a_usage_error(run):
    result = run("centrality", "karabakh-2023", "--category", "mediaton")
    assert result.exit_code == 2
    assert "unknown category 'mediaton'; valid: accusation" in result.stderr


def test_measure_warnings_go_to_stderr(run):
    result = run("centrality", "karabakh-2023", "--status", "planned", "--measures", "hub")
    assert result.exit_code == 0
    assert "warning: hub unavailable: the layer has no relations" in result.stderr


def test_brokerage_and_mediators(run):
    import json

    result = run("brokerage", "karabakh-2023", "--sign", "1", "--undirected", "--format", "json")
    rows = {r["actor"]: r for r in json.loads(result.output)}
    assert rows["icrc"]["liaison"] == 2 and rows["icrc"]["group"] == "third_party"
    result = run("mediators", "karabakh-2023", "--format", "markdown")
    lines = result.output.splitlines()
    assert lines[0].startswith("| actor | name | kind | camp | dyads |")
    assert lines[2].startswith("| michel | Charles Michel |")


def test_output_folder_must_exist_and_output_must_not_be_the_input(run, tmp_path):
    result = run("mediators", "karabakh-2023", "-o", tmp_path / "missing" / "m.csv")
    assert result.exit_code == 1 and "does not exist" in result.stderr
    folder = gk.write(gk.load_dataset("karabakh-2023"), tmp_path / "ds")
    result = run("centrality", folder / "relations.csv", "-o", folder / "relations.csv")
    assert result.exit_code == 2 and "is the input" in result.stderr


def test_csv_output_neutralises_formulas(run, tmp_path):
    folder = gk.write(gk.load_dataset("karabakh-2023"), tmp_path / "ds")
    actors = (folder / "actors.csv").read_text(encoding="utf-8")
    (folder / "actors.csv").write_text(
        actors.replace("Western countries", "=HYPERLINK(1)"), encoding="utf-8"
    )
    result = run("mediators", folder, "--format", "csv")
    assert "\nwest,'=HYPERLINK(1)," in result.output


def test_validate_valid(run):
    result = run("validate", "karabakh-2023")
    assert result.exit_code == 0 and result.output.strip() == "karabakh-2023: valid"


def test_validate_lists_every_problem_and_exits_1(run, tmp_path):
    path = write_flat(
        tmp_path,
        relations=RELATIONS_CSV.replace(
            "r1,eu,aze,mediate,2023-07-15", "r1,eu,azer,mediat,2023-7-15"
        ),
    )
    result = run("validate", path)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "3 problems found"
    assert any(
        line.startswith(f"{path}, row 2, field 'target': unknown actor 'azer'") for line in lines
    )
    assert len(lines) == 4 and all(line.startswith(f"{path}, row 2, field ") for line in lines[:3])
    assert "Traceback" not in result.output


def test_unknown_dataset_name(run):
    result = run("info", "karabakh")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: karabakh: unknown dataset; did you mean 'karabakh-2023'? "
        "bundled datasets: karabakh-2023\n"
    )
    assert "Traceback" not in result.output


def test_convert(run, tmp_path):
    out = tmp_path / "k.gexf"
    result = run("convert", "karabakh-2023", out)
    assert result.exit_code == 0 and out.is_file()
    assert_identical(gk.load_dataset("karabakh-2023"), gk.read(out))


def test_convert_refuses_to_overwrite_its_input(run, tmp_path):
    folder = gk.write(gk.load_dataset("karabakh-2023"), tmp_path / "ds")
    before = (folder / "relations.csv").read_bytes()
    result = run("convert", folder, folder)
    assert result.exit_code == 2 and "is the input" in result.stderr
    assert (folder / "relations.csv").read_bytes() == before


def test_convert_bad_input_writes_nothing(run, tmp_path):
    path = write_flat(tmp_path / "in", relations=RELATIONS_CSV.replace("r2,eu,arm", "r2,eu,nobody"))
    out = tmp_path / "out.graphml"
    result = run("convert", path, out)
    assert result.exit_code == 1 and "unknown actor 'nobody'" in result.stderr
    assert not out.exists()


def test_usage_errors_exit_2(run):
    assert run("convert", "karabakh-2023").exit_code == 2
    assert run("validate", "karabakh-2023", "--format", "docx").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_debug_shows_the_traceback():
    result = CliRunner().invoke(cli, ["--debug", "info", "karabakh"])
    assert isinstance(result.exception, gk.DatasetError)


def test_version(run):
    assert run("--version").output.strip() == f"graphlib-kb, version {gk.__version__}"


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example: graphlib-kb " + command in result.output


def test_plot_writes_identical_images(run, tmp_path):
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    assert run("plot", "karabakh-2023", "-o", a).exit_code == 0
    assert run("plot", "karabakh-2023", "-o", b).exit_code == 0
    assert a.read_bytes() == b.read_bytes() and a.read_bytes()[:4] == b"\x89PNG"
    result = run("plot", "karabakh-2023", "-o", tmp_path / "a.gif")
    assert result.exit_code == 2 and ".png, .svg or .pdf" in result.stderr


def test_committed_readme_diagram_is_current(run, tmp_path):
    from pathlib import Path

    committed = Path(__file__).resolve().parent.parent / "docs" / "images" / "karabakh-2023.png"
    fresh = tmp_path / "k.png"
    run("plot", "karabakh-2023", "-o", fresh)
    import matplotlib.image as mpimg

    new, old = mpimg.imread(fresh), mpimg.imread(committed)
    # Same size, and the same picture up to font-rendering differences between library versions.
    assert new.shape == old.shape == (1200, 1600, 4)
    assert abs(new - old).mean() < 0.01, (
        "regenerate with: graphlib-kb plot karabakh-2023 -o docs/images/karabakh-2023.png"
    )


def test_html_and_export_formats(run, tmp_path):
    assert (
        run("html", "karabakh-2023", "--category", "mediation", "-o", tmp_path / "m.html").exit_code
        == 0
    )
    text = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "Charles Michel" in text and "blockade" not in text.split('id="graph-data">')[1][:20000]
    assert run("convert", "karabakh-2023", tmp_path / "k.dot").exit_code == 0
    assert (tmp_path / "k.dot").read_text(encoding="utf-8").startswith("digraph")


# ------------------------------------------------------------------ messages, one line each


def _error_lines(result):
    """The lines after click's usage header: the error itself."""
    lines = result.stderr.splitlines()
    return [line for line in lines if not line.startswith(("Usage:", "Try ")) and line]


def test_unknown_table_suffix_is_a_usage_error(run, tmp_path):
    out = tmp_path / "cent.xlsx"
    result = run("centrality", "karabakh-2023", "-o", out)
    assert result.exit_code == 2
    assert _error_lines(result) == [
        f"Error: {out}: unknown table suffix '.xlsx'; use .csv, .json, .md or .txt (aligned text),"
        " or give the format (--format)"
    ]
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert run("centrality", "karabakh-2023", "-o", out, "--format", "csv").exit_code == 0
    assert out.read_text().startswith("actor,")


def test_convert_unknown_suffix_names_to_and_every_format(run, tmp_path):
    result = run("convert", "karabakh-2023", tmp_path / "out.xyz")
    assert result.exit_code == 2
    (line,) = _error_lines(result)
    assert (
        "give --to with one of: dataset, csv, graphml, gexf, json, xlsx, dot, mermaid, kumu, d3"
        in line
    )
    assert "format=" not in line


def test_missing_column_is_reported_once(run, tmp_path):
    import shutil

    folder = tmp_path / "ds"
    shutil.copytree(gk.dataset_path("karabakh-2023"), folder)
    import csv
    import io

    text = (folder / "relations.csv").read_text(encoding="utf-8")
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    i = parsed[0].index("type")
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([r[:i] + r[i + 1 :] for r in parsed])
    (folder / "relations.csv").write_text(buf.getvalue(), encoding="utf-8")
    assert len(parsed) == 40  # 39 relations, each of which used to be its own error
    result = run("info", folder)
    assert result.exit_code == 1
    assert _error_lines(result) == [
        f"Error: {folder / 'relations.csv'}, row 1, field 'type': required column is missing"
    ]
    problems = gk.validate(folder)
    assert problems["message"].tolist() == ["required column is missing"]


def test_write_errors_name_the_path_asked_for(run, tmp_path, monkeypatch):
    import os

    locked = tmp_path / "ro"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, m: False if Path(p) == locked else real_access(p, m)
    )
    result = run("report", "karabakh-2023", "-o", locked / "report")
    assert result.exit_code == 1
    assert _error_lines(result) == [
        f"Error: {locked / 'report'}: cannot create the folder: {locked} is not writable"
    ]
    monkeypatch.setattr(os, "access", real_access)

    import graphlib_kb.tabular as tabular

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")  # as a staged rename reports it

    monkeypatch.setattr(tabular, "write_table", refuse)
    out = tmp_path / "m.csv"
    result = run("mediators", "karabakh-2023", "-o", out)
    assert result.exit_code == 1
    assert _error_lines(result) == [f"Error: {out}: cannot write there: Permission denied"]


@pytest.mark.parametrize(
    "args",
    [
        ["info", "karabakh-2032"],
        ["info", "no/such/folder"],
        ["centrality", "karabakh-2023", "-o", "x.xlsx"],
        ["convert", "karabakh-2023", "x.xyz"],
        ["plot", "karabakh-2023", "-o", "x.gif"],
    ],
)
def test_every_error_is_one_line(run, args):
    result = run(*args)
    assert result.exit_code in (1, 2)
    assert len(_error_lines(result)) == 1, result.stderr
    assert _error_lines(result)[0].startswith("Error: ")


def test_mediators_ranking_settings_mirror_the_api(run):
    import io

    import pandas as pd

    G = gk.load_dataset("karabakh-2023")
    # recency off and collective actors at full weight: Western countries' four records
    # (two of them historical) then lift it above the EU and the United States
    expected = gk.mediators(G, half_life=float("inf"), collective=1.0, as_of="2023-07-31")
    result = run(
        "mediators",
        "karabakh-2023",
        "--half-life",
        "inf",
        "--collective",
        "1",
        "--as-of",
        "2023-07-31",
        "--format",
        "csv",
    )
    assert result.exit_code == 0, result.output
    table = pd.read_csv(io.StringIO(result.stdout), index_col="actor")
    assert table.index.tolist() == expected.index.tolist()
    assert table["score"].round(6).tolist() == expected["score"].round(6).tolist()
    default = gk.mediators(G)
    assert table.index.tolist()[:2] == ["michel", "west"]
    assert default.index.tolist()[:2] == ["michel", "eu"]  # the settings change the ranking
