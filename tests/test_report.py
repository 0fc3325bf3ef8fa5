"""The one-command report, and the CLI's handling of bad input."""

import hashlib
import re
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
    assert (
        "Charles Michel (score 0.700): mediated between Ilham Aliyev and Nikol Pashinyan" in index
    )
    assert (
        "Azerbaijan accuses Armenian Red Cross Society (alleged, on 2023-07-11); "
        "denied by Armenian Red Cross Society [r08, r09]"
    ) in index
    assert 'src="diagram.svg"' in index and 'href="graph.html"' in index
    mediators = (folder / "mediators.csv").read_text(encoding="utf-8").splitlines()
    assert mediators[1].startswith("Charles Michel,michel,")
    assert (folder / "diagram.png").read_bytes()[:4] == b"\x89PNG"


@pytest.fixture(scope="module")
def karabakh_reading(karabakh_graph):
    G = karabakh_graph
    c, m = gk.centrality(G), gk.mediators(G)
    return G, c, m, gk.reading(G, c, m)


def test_reading_counts_distinct_neighbours(karabakh_reading):
    G, c, _, text = karabakh_reading
    first = text[0]
    # Azerbaijan: 12 distinct actors (not 15 = in-degree + out-degree)
    assert "tied to 12 distinct actors" in first and "15 others" not in first
    assert "directs relations at 7 of them and 8 direct relations at it" in first
    neighbours = set(G.successors("aze")) | set(G.predecessors("aze"))
    assert len(neighbours) == 12


def test_every_number_in_the_reading_equals_its_table(karabakh_reading):
    import re

    G, c, m, text = karabakh_reading
    first = text[0]
    row = c.loc["aze"]
    n, out, inc, k, total = map(
        int,
        re.search(
            r"tied to (\d+) distinct actors — it directs relations at (\d+) of them and (\d+) "
            r"direct relations at it .* through (\d+) of the (\d+) relations",
            first,
        ).groups(),
    )
    assert (n, out, inc) == (row["neighbours"], row["degree_out"], row["degree_in"])
    assert total == gk.summary(G).set_index("item").loc["relations", "value"]
    cited = re.search(r"relations (\[[^\]]+\])", first).group(1)
    assert k == len(_expand(cited)) == sum(1 for u, v in G.edges() if "aze" in (u, v))
    assert f"PageRank {row['pagerank']:.3f}" in first
    assert f"betweenness {c['betweenness'].max():.3f}" in first
    assert c["pagerank"].idxmax() == "aze"
    ranking = next(p for p in text if p.startswith("Mediators ranked"))
    for line in ranking.split("\n")[1:]:
        rank, name, score = re.match(r"(\d+)\. (.+?) \(score ([\d.]+)\)", line).groups()
        row = m[m["rank"] == int(rank)].iloc[0]
        assert (row["name"], f"{row['score']:.3f}") == (name, score)


def _expand(cited):
    ids = []
    for part in cited.strip("[]").split(", "):
        if "–" in part:
            a, b = part.split("–")
            ids += [f"r{i:02d}" for i in range(int(a[1:]), int(b[1:]) + 1)]
        else:
            ids.append(part)
    return ids


def test_reading_paragraphs_and_citations(karabakh_reading):
    G, _, _, text = karabakh_reading
    heads = [p.split("\n")[0] for p in text]
    assert heads[1:] == [
        "Hostile acts, by date (open-ended records first):",
        "Territorial control, by date (open-ended records first):",
        "Mediation, the current round first:",
        "Mediation in the past (status historical):",
        heads[5],
        "Contested claims:",
    ]
    by_head = {p.split("\n")[0]: p for p in text}
    hostile = by_head["Hostile acts, by date (open-ended records first):"]
    assert "Azerbaijan blockaded Lachin corridor on 2023-07-11 (asserted) [r05]." in hostile
    assert "fought a war from 1990 to 1999 (historical) [r33]" in hostile
    assert "fought a war in 2020 (historical) [r34]" in hostile
    assert "[r14]" not in hostile  # denied: a contested claim, not an act
    control = by_head["Territorial control, by date (open-ended records first):"]
    assert (
        "Azerbaijan controlled Territories surrounding Nagorno-Karabakh from 2020 to 2023-07 "
        "(asserted) [r39]."
    ) in control
    assert "Armenia controlled Territories surrounding Nagorno-Karabakh up to 2020" in control
    current = by_head["Mediation, the current round first:"].split("\n")
    assert current[1] == (
        "- Charles Michel mediated between Ilham Aliyev and Nikol Pashinyan on 2023-07-15 in "
        "Brussels (asserted) [r02, r03]."
    )
    past = by_head["Mediation in the past (status historical):"]
    assert "Russia mediated between Azerbaijan and Armenia in 2020 (historical) [r35, r36]." in past
    # every item cites relation ids that exist, and every relation id cited is a real one
    import re

    for paragraph in text:
        for line in paragraph.split("\n")[1:]:
            cited = re.findall(r"\[(r[^\]]+)\]", line)
            assert cited, line
            for ids in cited:
                for key in _expand(f"[{ids}]"):
                    assert any(k == key for *_, k in G.edges(keys=True)), key


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
        "karabakh: unknown dataset; did you mean 'karabakh-2023'?",
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


def test_report_tables_for_the_analyst(tmp_path, karabakh):
    import csv

    folder = gk.report(karabakh, tmp_path / "r")
    # names first, ids second, sorted by the measure that matters
    central = list(csv.DictReader((folder / "centrality.csv").open(encoding="utf-8")))
    assert list(central[0])[:2] == ["name", "actor"]
    assert [r["actor"] for r in central[:2]] == ["aze", "arm"]
    pagerank = [float(r["pagerank"]) for r in central]
    assert pagerank == sorted(pagerank, reverse=True)
    # the brokerage CSV keeps every column (per role: count, expected, sd, z, p); the page
    # shows one cell per role
    full = (folder / "brokerage.csv").read_text(encoding="utf-8").splitlines()
    assert full[0].split(",")[:3] == ["name", "actor", "group"]
    assert len(full[0].split(",")) == 3 + 6 * 5
    compact = (folder / "brokerage.md").read_text(encoding="utf-8").splitlines()
    assert compact[0] == "| name | actor | group | itinerant | liaison | total |"
    assert compact[2].startswith("| Azerbaijan | aze | azerbaijan | 20 (z 16.7, p 0.009) |")
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert (
        "Azerbaijan&#x27;s brokerage (22 pairs) comes mostly (20 of 22) from mediation ties"
        in index
    )
    assert "_expected" not in index  # the 36 columns stay in the CSV
    # dates at their own precision
    mediators = list(csv.DictReader((folder / "mediators.csv").open(encoding="utf-8")))
    rus = next(r for r in mediators if r["actor"] == "rus")
    assert (rus["first"], rus["last"]) == ("2020", "2023-07-15")
    eu = next(r for r in mediators if r["actor"] == "eu")
    assert (eu["first"], eu["last"]) == ("", "2023-07")
    assert "2020-01-01" not in index and "2023-07-31" not in index
    # no -0.0 anywhere, tiny values rounded on the page and kept in the CSV
    for name in ("centrality", "brokerage", "mediators", "summary"):
        for fmt in ("csv", "md"):
            text = (folder / f"{name}.{fmt}").read_text(encoding="utf-8")
            assert not re.search(r"(?<![\w.])-0(\.0+)?(?![\d.])", text), (name, fmt)
    assert "e-52" in (folder / "centrality.csv").read_text(encoding="utf-8")
    assert not re.search(r"\de-\d", index)
    assert not re.search(r"\de-\d", (folder / "centrality.md").read_text(encoding="utf-8"))


def test_render_table_never_writes_minus_zero():
    import pandas as pd

    frame = pd.DataFrame({"z": [-0.0, -1e-12, 1.5]})
    assert gk.tabular.render_table(frame, "csv") == "z\n0.0\n-1e-12\n1.5\n"
    assert gk.tabular.render_table(frame, "markdown", digits=3).splitlines()[2:4] == [
        "| 0 |",
        "| 0 |",
    ]


def test_report_lists_sources_by_title_with_web_links_only(tmp_path, karabakh):
    karabakh.graph["sources"] = {
        "a": {"title": "A report", "publisher": "Agency", "url": "https://example.org/a?x=1&y=2"},
        "b": {"title": "B note", "url": "javascript:alert(1)"},
    }
    index = (gk.report(karabakh, tmp_path / "r") / "index.html").read_text(encoding="utf-8")
    assert (
        '<strong>A report</strong> (Agency) — <a href="https://example.org/a?x=1&amp;y=2" '
        'rel="noopener noreferrer">https://example.org/a?x=1&amp;y=2</a>'
    ) in index
    assert "<strong>B note</strong> — javascript:alert(1)" in index
    assert 'href="javascript' not in index


def test_report_page_keeps_mediator_explanations_out_of_the_table(tmp_path, karabakh):
    folder = gk.report(karabakh, tmp_path / "r")
    index = (folder / "index.html").read_text(encoding="utf-8")
    table = index.split("<h2>Mediators</h2>", 1)[1].split("</table>", 1)[0]
    assert "<th>explanation</th>" not in table and "<th>rank</th>" in table
    assert "explanation" in (folder / "mediators.csv").read_text(encoding="utf-8").splitlines()[0]


def test_reading_accepts_a_centrality_table_with_fewer_measures(karabakh_reading):
    G, _, m, text = karabakh_reading
    partial = gk.centrality(G, measures=["pagerank"])
    assert gk.reading(G, partial, m)[0] == text[0]
