"""The command line: CliRunner tests checked through the Python API."""

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
    assert "21 actors, 39 relations" in result.output
    assert "territory      3" in result.output


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
    assert "unknown dataset 'karabakh'; bundled datasets: karabakh-2023" in result.stderr
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
    assert run("validate", "karabakh-2023", "--format", "xlsx").exit_code == 2
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
