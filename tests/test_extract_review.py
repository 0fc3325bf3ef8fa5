"""The review page (static checks and headless Chromium) and the extract/review commands."""

import json
import re
import time

import pytest
from click.testing import CliRunner
from test_html import _browser, _open

import graphlib_kb as gk
from graphlib_kb.cli import cli

XSS = "<img src=x onerror=alert(1)>"
ARTICLE = (
    "title: A test report\ndate: 2023-07-15\n---\n"
    "On Tuesday Azerbaijan closed the Lachin corridor.\n"
    "Russia offered to mediate between Armenia and Azerbaijan.\n"
    "France criticized Turkey on Friday.\n"
)


@pytest.fixture
def extracted():
    return gk.extract(ARTICLE)


@pytest.fixture
def hostile():
    """A relation whose evidence and actor name carry markup."""
    G = gk.extract(f"France criticized Turkey {XSS} </script><script>alert(2)</script>.")
    G.nodes["fra"]["name"] = XSS
    return G


def test_review_page_is_self_contained_and_escapes_text(tmp_path, hostile):
    text = gk.review_html(hostile, tmp_path / "r.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert "default-src 'none'" in text
    data = text.split('id="review-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    rows = json.loads(data)["relations"]
    assert rows[0]["source"] == XSS and "onerror" in rows[0]["evidence"]
    assert "innerHTML" not in text


def test_review_page_is_deterministic(tmp_path, extracted):
    a = gk.review_html(extracted, tmp_path / "a.html").read_bytes()
    b = gk.review_html(extracted, tmp_path / "b.html").read_bytes()
    assert a == b


@pytest.fixture(scope="module")
def browser():
    driver = _browser()
    yield driver
    driver.quit()


def _rows(browser):
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('#rows tr')).map(function (tr) {"
        " return [tr.getAttribute('data-id'), tr.children[1].textContent]; })"
    )


def test_page_marks_sorts_filters_and_saves_decisions(browser, tmp_path, extracted):
    page = gk.review_html(extracted, tmp_path / "review.html")
    _open(browser, page)
    assert len(_rows(browser)) == extracted.number_of_edges()
    marks = browser.execute_script(
        "return Array.from(document.querySelectorAll('#rows tr')[0].querySelectorAll('mark'))"
        ".map(function (m) { return [m.className, m.textContent]; })"
    )
    assert marks == [["source", "Azerbaijan"], ["trigger", "closed"], ["target", "Lachin corridor"]]
    browser.find_element("id", "sort-confidence").click()
    confidences = [float(c) for _, c in _rows(browser)]
    assert confidences == sorted(confidences, reverse=True)
    browser.execute_script(
        "var s = document.getElementById('category'); s.value = 'mediation';"
        "s.dispatchEvent(new Event('change'));"
    )
    ids = [i for i, _ in _rows(browser)]
    expected = [
        k for u, v, k, d in extracted.edges(keys=True, data=True) if d["category"] == "mediation"
    ]
    assert sorted(ids) == sorted(expected)
    browser.execute_script(
        "var s = document.querySelector('#rows tr select'); s.value = 'rejected';"
        "s.dispatchEvent(new Event('change'));"
    )
    csv = browser.find_element("id", "decisions").get_attribute("value")
    assert f"{ids[0]},rejected" in csv.splitlines()
    decisions = tmp_path / "decisions.csv"
    decisions.write_text(csv, encoding="utf-8")
    H = gk.apply_review(extracted, decisions)
    assert [k for u, v, k, d in H.edges(keys=True, data=True) if d["review"] == "rejected"] == [
        ids[0]
    ]


def test_hostile_text_shows_as_text_and_runs_nothing(browser, tmp_path, hostile):
    page = gk.review_html(hostile, tmp_path / "x.html")
    _open(browser, page)
    time.sleep(0.2)
    assert browser.execute_script("return document.querySelectorAll('#rows img').length") == 0
    cell = browser.execute_script(
        "return document.querySelector('#rows tr td:nth-child(3)').textContent"
    )
    assert XSS in cell
    logs = [e for e in browser.get_log("browser") if "alert" in e.get("message", "")]
    assert logs == []


# -- command line -----------------------------------------------------------------------------


def test_extract_then_validate_report_and_review(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "kb"
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "extracted 4 relations" in result.output
    assert runner.invoke(cli, ["validate", str(out)]).exit_code == 0
    G = gk.load_dataset(out)
    assert sorted(d["type"] for *_, d in G.edges(data=True)) == [
        "blockade",
        "criticize",
        "offer_mediation",
        "offer_mediation",
    ]
    result = runner.invoke(cli, ["report", str(out), "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    page = tmp_path / "review.html"
    assert runner.invoke(cli, ["review", str(out), "-o", str(page)]).exit_code == 0
    first = sorted(G.edges(keys=True))[0][2]
    decisions = tmp_path / "decisions.csv"
    decisions.write_text(f"id,review\n{first},rejected\n", encoding="utf-8")
    result = runner.invoke(cli, ["review", str(out), "--apply", str(decisions)])
    assert result.exit_code == 0, result.output
    assert "1 rejected" in result.output
    H = gk.load_dataset(out)
    assert H.number_of_edges() == 4
    assert sum(d["review"] == "rejected" for *_, d in H.edges(data=True)) == 1
    info = runner.invoke(cli, ["info", str(out), "--format", "csv"]).output
    assert "relations,3" in info.replace(" ", "")


def test_extract_merge_extends_a_dataset(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The Armenian Red Cross criticized Azerbaijan.", encoding="utf-8")
    out = tmp_path / "merged"
    result = CliRunner().invoke(
        cli, ["extract", str(article), "--merge", "karabakh-2023", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    M = gk.load_dataset(out)
    assert M.number_of_edges() == 40
    assert ("arm_red_cross", "aze") in M.edges()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 talks", "byte offset 3"),
        (b"The weather was fine.", "no actor found"),
    ],
)
def test_extract_bad_input_leaves_no_output(tmp_path, content, message):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    out = tmp_path / "kb"
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert not out.exists()
    assert article.read_bytes() == content


def test_extract_allow_empty_writes_a_valid_empty_dataset(tmp_path):
    article = tmp_path / "calm.txt"
    article.write_text("The weather was fine.", encoding="utf-8")
    out = tmp_path / "kb"
    result = CliRunner().invoke(cli, ["extract", str(article), "--allow-empty", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert gk.validate(out).empty and gk.load_dataset(out).number_of_edges() == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_office_holders_reads_an_unnamed_office_as_its_holder(tmp_path, jobs):
    articles = []
    for k, text in enumerate(
        ["Iran's top diplomat urged Azerbaijan to show restraint.", "France criticized Turkey."]
    ):
        articles.append(tmp_path / f"a{k}.txt")
        articles[-1].write_text(text, encoding="utf-8")
    found = {}
    for flag in ([], ["--office-holders"]):
        out = tmp_path / f"kb{len(flag)}"
        args = ["extract", *map(str, articles), "--date", "2022-10-20", "-j", jobs, "-o", str(out)]
        result = CliRunner().invoke(cli, args + flag)
        assert result.exit_code == 0, result.output
        G = gk.load_dataset(out)
        found[bool(flag)] = {u for u, v, d in G.edges(data=True) if d["type"] == "appeal"}
    assert found == {False: {"irn"}, True: {"amir_abdollahian"}}


def test_extract_on_two_processes_writes_the_same_dataset(tmp_path):
    articles = []
    for k, text in enumerate(
        [
            "Russia offered to mediate between Armenia and Azerbaijan.",
            "France criticized Turkey on Friday.",
            "Iran urged Armenia and Azerbaijan to show restraint.",
        ]
    ):
        path = tmp_path / f"a{k}.txt"
        path.write_text(text, encoding="utf-8")
        articles.append(str(path))
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"kb{jobs}"
        result = CliRunner().invoke(cli, ["extract", *articles, "-j", jobs, "-o", str(out)])
        assert result.exit_code == 0, result.output
        outputs.append((out / "relations.csv").read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") == 1 + 5
    result = CliRunner().invoke(cli, ["extract", *articles, "-j", "0", "-o", str(tmp_path / "x")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert not (tmp_path / "x").exists()
