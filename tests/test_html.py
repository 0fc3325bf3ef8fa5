"""The interactive HTML view: static checks, and headless Chromium checks of what a reader sees."""

import json
import os
import re
import shutil
import time

import networkx as nx
import pytest

import graphlib_kb as gk

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_EVIDENCE = "</script><script>alert(2)</script> & 'quotes' \u2028"


@pytest.fixture
def hostile_graph():
    G = nx.MultiDiGraph(title="<b>Title</b>")
    G.add_node("x", name=XSS_NAME, kind="person", camp="a")
    G.add_node("y", name="Yankee", kind="state", camp="b")
    G.add_edge(
        "x",
        "y",
        key="r1",
        type="accuse",
        category="accusation",
        sign=-1,
        weight=-2.0,
        status="alleged",
        evidence=XSS_EVIDENCE,
        date="2023-07-11",
    )
    return G


def test_page_is_self_contained(tmp_path, karabakh):
    text = gk.to_html(karabakh, tmp_path / "k.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert "@import" not in text and "url(http" not in text
    assert "default-src 'none'" in text  # the Content-Security-Policy forbids requests
    assert text.count("<script") == 3


def test_embedded_data_cannot_break_out_of_its_script(tmp_path, hostile_graph):
    text = gk.to_html(hostile_graph, tmp_path / "x.html").read_text(encoding="utf-8")
    data = text.split('id="graph-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data and "'" not in data and "\u2028" not in data
    assert json.loads(data)["nodes"][0]["label"] == XSS_NAME
    assert "<title>&lt;b&gt;Title&lt;/b&gt;</title>" in text


def test_deterministic(tmp_path, karabakh):
    a = gk.to_html(karabakh, tmp_path / "a.html").read_bytes()
    b = gk.to_html(karabakh, tmp_path / "b.html").read_bytes()
    assert a == b


# -- in a real browser -----------------------------------------------------------------------


def _browser():
    required = os.environ.get("GRAPHLIB_KB_REQUIRE_BROWSER") == "1"
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        binary = None
    if not (binary and driver_path):
        reason = "headless Chromium, chromedriver or selenium is not installed"
        if required:
            pytest.fail(f"{reason}, and GRAPHLIB_KB_REQUIRE_BROWSER=1")
        pytest.skip(reason)
    options = Options()
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1600,1200",
    ):
        options.add_argument(arg)
    options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(driver_path), options=options)


@pytest.fixture(scope="module")
def browser():
    driver = _browser()
    yield driver
    driver.quit()


def _open(browser, path):
    browser.get(path.as_uri())
    deadline = time.time() + 10
    while time.time() < deadline:
        if browser.execute_script("return document.body.getAttribute('data-ready')") == "1":
            return
        time.sleep(0.05)
    raise AssertionError("the page never finished drawing")


def _dom_point(browser, node_or_edge, kind="node", t=0.5):
    """Viewport coordinates of a node, or of a point on a straight edge."""
    return browser.execute_script(
        """
        var net = window.graphlibKb.network, kind = arguments[1], id = arguments[0], t = arguments[2];
        var p;
        if (kind === 'node') { p = net.getPositions([id])[id]; }
        else {
          var e = window.graphlibKb.edges.get(id), a = net.getPositions([e.from])[e.from],
              b = net.getPositions([e.to])[e.to];
          p = {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t};
        }
        var d = net.canvasToDOM(p), r = document.querySelector('#network canvas').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top];
        """,
        node_or_edge,
        kind,
        t,
    )


def _hover(browser, x, y):
    from selenium.webdriver.common.action_chains import ActionChains

    body = browser.find_element("tag name", "body")
    size = browser.execute_script("return [document.body.clientWidth, document.body.clientHeight]")
    ActionChains(browser).move_to_element_with_offset(
        body, int(x - size[0] / 2), int(y - size[1] / 2)
    ).perform()
    time.sleep(0.3)


def _details(browser):
    return browser.execute_script(
        "return Array.from(document.querySelectorAll('#details dd')).map(d => d.textContent)"
    )


def _wait_for(predicate, timeout=3.0):
    """Poll until predicate() is true (hover events arrive asynchronously)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def test_loads_without_errors_or_requests_and_draws_nodes(browser, tmp_path, karabakh):
    _open(browser, gk.to_html(karabakh, tmp_path / "k.html"))
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    drawn = browser.execute_script(
        "var c = document.querySelector('#network canvas'); var x = c.getContext('2d')"
        ".getImageData(0, 0, c.width, c.height).data; var n = 0;"
        "for (var i = 3; i < x.length; i += 4) { if (x[i] > 0) n++; } return n;"
    )
    assert drawn > 10_000
    assert browser.execute_script("return window.graphlibKb.nodes.length") == 21


def test_hovering_a_relation_shows_its_evidence(browser, tmp_path, karabakh):
    _open(browser, gk.to_html(karabakh, tmp_path / "k.html"))
    # r30 (the population inhabits Nagorno-Karabakh) is the only relation between its two actors
    # and is drawn straight; hover along it until the pointer rests on it and on nothing else.
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65, 0.45, 0.55, 0.25, 0.75):
        _hover(browser, *_dom_point(browser, "r30", "edge", t))
        if _wait_for(lambda: _details(browser)[:1] == ["r30"], timeout=1.0):
            break
    else:
        pytest.fail("hovering relation r30 never showed it")
    details = _details(browser)
    assert "The population of Nagorno-Karabakh is ethnically Armenian." in details
    assert {"inhabit", "asserted", "../2023-07"} <= set(details)


def test_hovering_an_actor_shows_its_attributes(browser, tmp_path, karabakh):
    _open(browser, gk.to_html(karabakh, tmp_path / "k.html"))
    _hover(browser, *_dom_point(browser, "icrc"))
    assert _wait_for(lambda: "icrc" in _details(browser))
    details = _details(browser)
    assert "International Committee of the Red Cross" in details and "red_cross" in details


def test_hostile_names_show_as_text_and_run_nothing(browser, tmp_path, hostile_graph):
    from selenium.common.exceptions import NoAlertPresentException

    _open(browser, gk.to_html(hostile_graph, tmp_path / "x.html"))
    _hover(browser, *_dom_point(browser, "x"))
    assert _wait_for(lambda: XSS_NAME in _details(browser))
    browser.execute_script("window.graphlibKb.network.emit('click', {nodes: [], edges: ['r1']})")
    assert XSS_EVIDENCE.replace("\u2028", "\u2028") in _details(browser)
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.title == "<b>Title</b>"


def test_filters_and_search(browser, tmp_path, karabakh):
    _open(browser, gk.to_html(karabakh, tmp_path / "k.html"))

    def hidden():
        return set(
            browser.execute_script(
                "return window.graphlibKb.edges.get({filter: e => e.hidden}).map(e => e.id)"
            )
        )

    box = browser.find_element("css selector", "#categories input[value='mediation']")
    box.click()
    mediation = {
        k for *_, k, d in karabakh.edges(keys=True, data=True) if d["category"] == "mediation"
    }
    assert hidden() == mediation
    box.click()
    assert hidden() == set()
    browser.find_element("id", "to").send_keys("2019")
    assert _wait_for(lambda: "r34" in hidden())
    # the rule of gk.windows/gk.layer: a relation dated ../2023-07 is active in July 2023 only
    still = {k for *_, k in gk.layer(karabakh, end="2019").edges(keys=True)}
    shown = {k for *_, k in karabakh.edges(keys=True)} - hidden()
    assert shown == still and "r34" not in shown and "r33" in shown and "r16" not in shown
    search = browser.find_element("id", "search")
    search.send_keys("Charles Michel\n")
    assert _wait_for(
        lambda: (
            browser.execute_script("return window.graphlibKb.network.getSelectedNodes()")
            == ["michel"]
        )
    )


# -- readability at load -----------------------------------------------------------------------


def test_sources_only_web_links(karabakh):
    from graphlib_kb.html import _graph_data

    G = karabakh.copy()
    G.graph["sources"] = {
        "news-2023-07": {**G.graph["sources"]["news-2023-07"], "url": "https://example.org/a"},
        "evil": {"title": "Evil", "url": "javascript:alert(1)"},
        "file": {"title": "Local", "url": "file:///etc/passwd"},
    }
    sources = _graph_data(G, 0)["sources"]
    assert sources["news-2023-07"]["url"] == "https://example.org/a"
    assert sources["news-2023-07"]["title"].startswith("News report on the Azerbaijan-Armenia")
    assert sources["evil"]["url"] == "" and sources["evil"]["text"] == "javascript:alert(1)"
    assert sources["file"]["url"] == ""


def test_no_overlapping_labels_and_all_inside_the_canvas(browser, tmp_path, karabakh):
    _open(browser, gk.to_html(karabakh, tmp_path / "k.html"))
    overlaps, outside = browser.execute_script(
        """
        var net = window.graphlibKb.network, ids = window.graphlibKb.nodes.getIds();
        var area = document.getElementById('network'), overlaps = [], outside = [];
        var boxes = ids.map(function (id) { return net.getBoundingBox(id); });
        for (var i = 0; i < ids.length; i++) {
          var a = boxes[i];
          for (var j = i + 1; j < ids.length; j++) {
            var c = boxes[j];
            if (a.left < c.right && c.left < a.right && a.top < c.bottom && c.top < a.bottom) {
              overlaps.push(ids[i] + '/' + ids[j]);
            }
          }
          var p = net.canvasToDOM({x: a.left, y: a.top}), q = net.canvasToDOM({x: a.right, y: a.bottom});
          if (p.x < 0 || p.y < 0 || q.x > area.clientWidth || q.y > area.clientHeight) {
            outside.push(ids[i]);
          }
        }
        return [overlaps, outside];
        """
    )
    assert overlaps == []
    assert outside == []


def test_legend_names_the_camp_colours(browser, tmp_path, karabakh):
    _open(browser, gk.to_html(karabakh, tmp_path / "k.html"))
    groups = browser.execute_script(
        "return Array.from(document.querySelectorAll('#groups .group'))"
        ".map(g => [g.textContent, g.firstChild.style.background])"
    )
    labels = [g[0] for g in groups]
    assert labels[:3] == ["camp: armenia", "camp: azerbaijan", "camp: third_party"]
    assert "territory (not a party)" in labels
    colours = browser.execute_script(
        "var n = window.graphlibKb.data.nodes; return [n.find(x => x.id === 'arm').color.background,"
        " n.find(x => x.id === 'aze').color.background]"
    )
    assert colours[0] != colours[1]


def test_relation_source_by_title_with_web_links_only(browser, tmp_path, karabakh):
    G = karabakh.copy()
    G.graph["sources"] = {
        "news-2023-07": {**G.graph["sources"]["news-2023-07"], "url": "https://example.org/a"}
    }
    _open(browser, gk.to_html(G, tmp_path / "k.html"))
    browser.execute_script("window.graphlibKb.network.emit('click', {nodes: [], edges: ['r30']})")
    details = _details(browser)
    assert any(d.startswith("News report on the Azerbaijan-Armenia talks") for d in details)
    links = browser.execute_script(
        "return Array.from(document.querySelectorAll('#details a')).map(a => a.href)"
    )
    assert links == ["https://example.org/a"]
    G.graph["sources"]["news-2023-07"]["url"] = "javascript:alert(1)"
    _open(browser, gk.to_html(G, tmp_path / "j.html"))
    browser.execute_script("window.graphlibKb.network.emit('click', {nodes: [], edges: ['r30']})")
    assert browser.execute_script("return document.querySelectorAll('#details a').length") == 0
    assert any("javascript:alert(1)" in d for d in _details(browser))


def test_time_slider_steps_through_windows(browser, tmp_path, karabakh):
    _open(browser, gk.to_html(karabakh, tmp_path / "k.html"))
    labels = browser.execute_script("return window.graphlibKb.data.windows.map(w => w.label)")
    assert labels == list(gk.windows(karabakh, "year"))

    def slide(position):
        browser.execute_script(
            "var s = document.getElementById('window'); s.value = arguments[0];"
            "s.dispatchEvent(new Event('input'));",
            position,
        )
        return {k for *_, k in karabakh.edges(keys=True)} - set(
            browser.execute_script(
                "return window.graphlibKb.edges.get({filter: e => e.hidden}).map(e => e.id)"
            )
        )

    W = gk.windows(karabakh, "year")
    for year in ("2020", "2021", "1992"):
        assert slide(labels.index(year) + 1) == {k for *_, k in W[year].edges(keys=True)}
        assert browser.find_element("id", "window-label").text == year
    assert slide(0) == {k for *_, k in karabakh.edges(keys=True)}


def test_time_slider_uses_months_for_event_data_within_a_year(browser, tmp_path):
    from graphlib_kb.events import sample_path

    weekly = gk.from_events(sample_path("gdelt2"), "gdelt2", window="week")
    G = gk.ActorGraph()
    for week, g in weekly.items():
        G.add_nodes_from(g.nodes(data=True))
        G.add_edges_from((u, v, f"{week}:{k}", d) for u, v, k, d in g.edges(keys=True, data=True))
    _open(browser, gk.to_html(G, tmp_path / "e.html"))
    windows = browser.execute_script("return window.graphlibKb.data.windows")
    expected = gk.windows(G, "month")
    assert [w["label"] for w in windows] == list(expected)
    shown = browser.execute_script(
        "var s = document.getElementById('window'); s.value = 1;"
        "s.dispatchEvent(new Event('input'));"
        "return window.graphlibKb.edges.get({filter: e => !e.hidden}).map(e => e.id)"
    )
    assert set(shown) == {k for *_, k in expected[windows[0]["label"]].edges(keys=True)}


def test_event_data_coloured_by_inferred_camps(tmp_path, karabakh):
    import json
    import re

    for n in karabakh:
        karabakh.nodes[n].pop("camp", None)
    text = gk.to_html(karabakh, tmp_path / "e.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="graph-data">(.*?)</script>', text, re.S).group(1))
    assert data["camps"] == "inferred"
    colour = {n["id"]: n["color"]["background"] for n in data["nodes"]}
    inferred = {
        n: c
        for n, c in gk.inferred_groups(karabakh).items()
        if karabakh.nodes[n].get("kind") != "territory"  # territories have their own colour
    }
    same = [n for n in inferred if inferred[n] == inferred["aze"]]
    other = [n for n in inferred if inferred[n] != inferred["aze"]]
    assert other and len({colour[n] for n in same}) == 1
    assert colour[other[0]] != colour["aze"]
    assert karabakh.nodes["aze"].get("camp") is None  # the input is not modified
