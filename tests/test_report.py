"""The one-command report, and the CLI's handling of bad input."""

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import RELATIONS_CSV, write_flat

import graphlib_kb as gk
from graphlib_kb.cli import cli, reference

FILES = [
    "brokerage.csv",
    "brokerage.md",
    "centrality.csv",
    "centrality.md",
    "diagram.png",
    "diagram.svg",
    "graph.html",
    "index.html",
    "mediators.csv",
    "mediators.md",
    "roles.csv",
    "roles.md",
    "summary.csv",
    "summary.md",
    "timeline.png",
    "timeline.svg",
]


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_report_files_and_reading(tmp_path, karabakh):
    folder = gk.report(karabakh, tmp_path / "r")
    assert sorted(p.name for p in folder.iterdir()) == FILES
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "Azerbaijan is the most central actor" in index
    assert "Charles Michel: mediated between Ilham Aliyev and Nikol Pashinyan" in index
    assert (
        "Azerbaijan accuses Armenian Red Cross Society (alleged, 2023-07-11) [r08]; "
        "denied by Armenian Red Cross Society [r09]"
    ) in index
    assert 'src="diagram.svg"' in index and 'href="graph.html"' in index
    mediators = (folder / "mediators.csv").read_text(encoding="utf-8").splitlines()
    assert mediators[1].startswith("west,Western countries,")
    assert (folder / "diagram.png").read_bytes()[:4] == b"\x89PNG"


def test_report_roles_over_time(tmp_path, karabakh):
    folder = gk.report(karabakh, tmp_path / "r")
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "<h2>Roles over time</h2>" in index and 'src="timeline.svg"' in index
    roles = (folder / "roles.csv").read_text(encoding="utf-8")
    assert "rus,2020,2023,mediator,offered mediator" in roles


def test_report_without_camps_uses_inferred_ones_and_says_so(tmp_path, karabakh):
    for n in karabakh:
        karabakh.nodes[n].pop("camp", None)
    folder = gk.report(karabakh, tmp_path / "r")
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "No actor has a hand-coded camp: the camps" in index
    assert "the camps inferred from the signs of the relations" in index
    brokerage = (folder / "brokerage.csv").read_text(encoding="utf-8")
    assert "camp 2" in brokerage


def test_report_of_one_window_has_no_roles_section(tmp_path, karabakh):
    H = karabakh.copy()
    H.remove_edges_from(
        [
            (u, v, k)
            for u, v, k, d in karabakh.edges(keys=True, data=True)
            if d["date"] != "2023-07-15"
        ]
    )
    folder = gk.report(H, tmp_path / "r")
    assert not (folder / "roles.csv").exists()
    assert "Roles over time" not in (folder / "index.html").read_text(encoding="utf-8")


def test_report_is_deterministic(tmp_path, karabakh):
    def digest(folder):
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
        }

    assert digest(gk.report(karabakh, tmp_path / "a")) == digest(
        gk.report(karabakh, tmp_path / "b")
    )


def test_report_is_all_or_nothing(tmp_path, karabakh, monkeypatch):
    import graphlib_kb.report as report_module

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_module, "html_text", boom, raising=False)
    monkeypatch.setattr("graphlib_kb.html.html_text", boom)
    with pytest.raises(OSError):
        gk.report(karabakh, tmp_path / "r")
    assert not (tmp_path / "r").exists() or list((tmp_path / "r").iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".graphlib_kb")] == []


def test_report_command(run, tmp_path):
    result = run("report", "karabakh-2023", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == FILES
    assert "report" not in result.stdout  # no progress bar when not on a terminal


# -- bad input through the CLI: one clear line, the right exit code, no traceback, no output --


def _check(result, code, text):
    assert result.exit_code == code, result.output
    assert text in result.stderr
    assert "Traceback" not in result.output


def test_missing_file(run, tmp_path):
    _check(
        run("report", tmp_path / "nothing.graphml", "-o", tmp_path / "out"),
        1,
        "no such file or folder",
    )
    assert not (tmp_path / "out").exists()


def test_malformed_csv(run, tmp_path):
    path = write_flat(
        tmp_path / "in", relations=RELATIONS_CSV + 'r3,eu,aze,mediate,2023,asserted,"open\n'
    )
    _check(run("centrality", path), 1, "malformed CSV")


def test_unknown_dataset(run, tmp_path):
    _check(
        run("report", "karabakh", "-o", tmp_path / "out"),
        1,
        "unknown dataset 'karabakh'; bundled datasets: karabakh-2023",
    )


def test_output_equal_to_input(run, tmp_path):
    folder = gk.write(gk.load_dataset("karabakh-2023"), tmp_path / "ds")
    _check(
        run("mediators", folder / "relations.csv", "-o", folder / "relations.csv"),
        2,
        "is the input",
    )
    _check(run("convert", folder, folder), 2, "is the input")
    _check(run("report", folder, "-o", folder), 2, "is the input's folder")
    _check(run("report", folder / "relations.csv", "-o", folder), 2, "is the input's folder")


def test_unwritable_output_folder(run, tmp_path, monkeypatch):
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access

    def access(path, mode):  # root ignores permission bits, so the check is shown a locked folder
        return False if Path(path) == locked else real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    for command in (
        ["mediators", "karabakh-2023", "-o", locked / "m.csv"],
        ["report", "karabakh-2023", "-o", locked / "r"],
    ):
        _check(run(*command), 1, "not writable")
    assert list(locked.iterdir()) == []
    _check(
        run("mediators", "karabakh-2023", "-o", tmp_path / "no" / "such" / "m.csv"),
        1,
        "does not exist",
    )


def test_wrong_encoding(run, tmp_path):
    from helpers import ACTORS_CSV

    path = write_flat(tmp_path, ACTORS_CSV.replace("Armenia", "Laçin"), encoding="cp1252")
    _check(run("info", path), 1, "not valid utf-8 at byte offset")
    result = run("validate", path, "--encoding", "cp1252")
    assert result.exit_code == 0


def test_cli_reference_is_current():
    committed = (Path(__file__).resolve().parent.parent / "docs" / "cli.md").read_text(
        encoding="utf-8"
    )
    assert committed == reference(), (
        "regenerate: python -c \"from graphlib_kb.cli import reference; print(reference(), end='')\""
        " > docs/cli.md"
    )
