"""A self-contained, offline, interactive HTML view of an actor-relationship graph."""

from __future__ import annotations

import json
import re
from html import escape
from importlib import resources
from pathlib import Path

from .dates import active_bounds
from .files import AtomicWriter
from .model import ordered_edges

__all__ = ["to_html", "html_text"]

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "'": "\\u0027",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def _safe_json(data) -> str:
    """JSON that cannot end a <script> element or start markup inside one (pallets/jinja#1882)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False)
    return "".join(_JSON_ESCAPES.get(c, c) for c in text)


def _graph_data(G, seed: int, color_by="camp") -> dict:
    """Everything the interactive view draws, as JSON-ready data."""
    from .balance import with_camps
    from .positions import layout_positions
    from .styles import _colors

    G = with_camps(G)  # event data: camps inferred from the signs
    pos = layout_positions(G, "camps", seed) if len(G) else {}
    colors, palette, word = _colors(G, color_by)
    edges = _view_edges(G)
    legend, groups = _view_legend(G, edges, colors, palette, word)
    windows = _slider_windows(G)
    return {
        "title": str(G.graph.get("title") or G.graph.get("name") or "Actor-relationship graph"),
        "windows": windows,
        "camps": G.graph.get("camps", "coded"),
        "nodes": _view_nodes(G, pos, colors),
        "edges": edges,
        "legend": legend,
        "groups": groups,
        "sources": _view_sources(G),
    }


def _view_nodes(G, pos, colors) -> list:
    """The actors: position, shape (a territory is a box), colour and attributes."""
    nodes = []
    for n, d in G.nodes(data=True):
        territory = d.get("kind") == "territory"
        nodes.append(
            {
                "id": str(n),
                "label": str(d.get("name", n)),
                "x": round(pos[n][0] * 1400, 2),
                "y": round((1.1 - pos[n][1]) * 1000, 2),
                "shape": "box" if territory else "dot",
                "color": {
                    "background": "#f0e6d2" if territory else colors[n],
                    "border": "#5c4a2e" if territory else "#ffffff",
                },
                "font": {"color": "#1a1a1a", "size": 15},
                "attributes": {
                    k: ("|".join(v) if isinstance(v, list) else v) for k, v in d.items()
                },
            }
        )
    return nodes


def _view_edges(G) -> list:
    """The relations, in the package's order: style by category and status, parallel
    relations curved apart, the days they cover and their attributes."""
    from .styles import CATEGORY_STYLES, STATUS_STYLES, category_color

    pair_count: dict = {}
    edges = []
    for u, v, k, d in ordered_edges(G):
        pair = tuple(sorted((str(u), str(v))))
        index = pair_count.get(pair, 0)
        pair_count[pair] = index + 1
        style = CATEGORY_STYLES.get(d.get("category"), {"arrow": True, "width": 1.0})
        status = d.get("status", "asserted")
        first, last = active_bounds(d["date"]) if d.get("date") else (None, None)
        edges.append(
            {
                "id": str(k),
                "from": str(u),
                "to": str(v),
                "color": {
                    "color": category_color(d.get("category")),
                    "opacity": STATUS_STYLES.get(status, {}).get("alpha", 1.0),
                },
                "width": style.get("width", 1.0) * 1.5,
                "dashes": status in ("alleged", "offered", "planned", "denied"),
                "arrows": {
                    "to": {
                        "enabled": bool(style.get("arrow", True))
                        and G.graph.get("directed") is not False,
                        "scaleFactor": 0.7,
                    }
                },
                "smooth": {
                    "enabled": True,
                    "type": "curvedCW" if index % 2 else "curvedCCW",
                    "roundness": 0.08 + 0.12 * ((index + 1) // 2),
                }
                if index
                else {"enabled": False},
                "category": d.get("category", ""),
                "first": first.isoformat() if first else None,
                "last": last.isoformat() if last else None,
                "attributes": {
                    "id": str(k),
                    "source": str(u),
                    "target": str(v),
                    **{a: ("|".join(b) if isinstance(b, list) else b) for a, b in d.items()},
                },
            }
        )
    return edges


def _view_legend(G, edges, colors, palette, word):
    """``(legend, groups)``: the categories drawn, and the colour groups (with "none" and the
    territory box where they occur)."""
    from .styles import _NO_GROUP, CATEGORY_STYLES, category_color, group_label

    categories = sorted({e["category"] for e in edges if e["category"]})
    legend = [
        {
            "category": c,
            "color": category_color(c),
            "label": CATEGORY_STYLES.get(c, {}).get("label", c).split(" (")[0],
        }
        for c in categories
    ]
    groups = [{"label": group_label(G, word, g), "color": c} for g, c in palette.items()]
    if any(colors[n] == _NO_GROUP for n in G if G.nodes[n].get("kind") != "territory"):
        groups.append({"label": f"{word}: none", "color": _NO_GROUP})
    if any(G.nodes[n].get("kind") == "territory" for n in G):
        groups.append({"label": "territory (not a party)", "color": "#f0e6d2", "box": True})
    return legend, groups


def _view_sources(G) -> dict:
    """The source documents by key; only web links become links."""
    sources = {}
    for key, src in (G.graph.get("sources") or {}).items():
        src = src if isinstance(src, dict) else {}
        url = str(src.get("url") or "")
        sources[str(key)] = {
            "title": str(src.get("title") or key),
            "publisher": str(src.get("publisher") or ""),
            "date": str(src.get("date") or ""),
            # only web links become links; any other scheme (javascript:, file:, data:) is text
            "url": url if _WEB_LINK.match(url) else "",
            "text": "" if _WEB_LINK.match(url) else url,
        }
    return sources


#: The only links the view (and the report) make clickable.
_WEB_LINK = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)


def _slider_windows(G) -> list:
    """The time slider's windows: years when the dates span more than one, else months, else
    weeks (as the report's roles over time), each with its first and last day."""
    from .temporal import _periods, _relations

    try:
        _, _, frame = _relations(G, "end")
        for freq in ("year", "month", "week"):
            labels, starts, ends = _periods(frame, freq)
            if len(labels) > 1:
                break
    except ValueError:  # no dated relation
        return []
    from datetime import date

    return [
        {
            "label": label,
            "start": date.fromordinal(int(a)).isoformat(),
            "end": date.fromordinal(int(b)).isoformat(),
        }
        for label, a, b in zip(labels, starts, ends, strict=True)
    ]


_PAGE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
  html, body { margin: 0; height: 100%; font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1a1a1a; }
  #app { display: grid; grid-template-columns: minmax(0, 1fr) 340px; grid-template-rows: 100vh; height: 100vh; overflow: hidden; }
  #network { width: 100%; height: 100vh; min-height: 0; overflow: hidden; position: relative; background: #ffffff; }
  #side { border-left: 1px solid #ddd; padding: 12px 14px; overflow-y: auto; font-size: 13px; height: 100vh; box-sizing: border-box; }
  #side h1 { font-size: 15px; margin: 0 0 10px 0; }
  #side h2 { font-size: 13px; margin: 14px 0 6px 0; text-transform: uppercase; letter-spacing: .04em; color: #555; }
  .swatch { display: inline-block; width: 18px; height: 4px; margin-right: 6px; vertical-align: middle; }
  label { display: block; margin: 2px 0; cursor: pointer; }
  input[type=text], input[type=number] { width: 100%; box-sizing: border-box; padding: 4px; }
  #details dt { font-weight: 600; margin-top: 4px; }
  #details dd { margin: 0 0 2px 0; white-space: pre-wrap; word-break: break-word; }
  .row { display: flex; gap: 6px; }
  .dot { display: inline-block; width: 11px; height: 11px; border-radius: 50%; margin-right: 6px; vertical-align: middle; border: 1px solid #fff; }
  .dot.box { border-radius: 0; border-color: #5c4a2e; }
  .group { margin: 2px 0; }
  #details a { color: #1f5fa8; }
</style>
</head>
<body>
<div id="app">
  <div id="network" aria-label="relationship diagram"></div>
  <div id="side">
    <h1 id="title"></h1>
    <h2>Find an actor</h2>
    <input id="search" type="text" list="actor-names" placeholder="Actor name, then Enter">
    <datalist id="actor-names"></datalist>
    <h2>Actors</h2>
    <div id="groups"></div>
    <h2>Relation categories</h2>
    <div id="categories"></div>
    <h2>Dates</h2>
    <div class="row">
      <input id="from" type="number" placeholder="from year" aria-label="from year">
      <input id="to" type="number" placeholder="to year" aria-label="to year">
    </div>
    <label for="window">Window: <span id="window-label">all</span></label>
    <input id="window" type="range" min="0" max="0" value="0" step="1" aria-label="time slider">
    <label><input id="undated" type="checkbox" checked> show undated relations</label>
    <h2>Details</h2>
    <div id="hint">Hover or click an actor or a relation.</div>
    <dl id="details"></dl>
  </div>
</div>
<script type="application/json" id="graph-data">__DATA__</script>
<script>__VIS__</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  document.getElementById("title").textContent = data.title;
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {id: n.id, label: n.label, x: n.x, y: n.y, shape: n.shape, color: n.color, font: n.font,
            size: 14, borderWidth: 2, widthConstraint: {maximum: 150}};
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, color: e.color, width: e.width, dashes: e.dashes,
            arrows: e.arrows, smooth: e.smooth};
  }));
  var byNode = {}, byEdge = {};
  data.nodes.forEach(function (n) { byNode[n.id] = n; });
  data.edges.forEach(function (e) { byEdge[e.id] = e; });
  var network = new vis.Network(document.getElementById("network"), {nodes: nodes, edges: edges}, {
    physics: false, interaction: {hover: true, tooltipDelay: 100000, navigationButtons: false, keyboard: true},
    nodes: {font: {strokeWidth: 3, strokeColor: "#ffffff"}},
    edges: {hoverWidth: 1.5, selectionWidth: 2}
  });
  window.graphlibKb = {network: network, data: data, nodes: nodes, edges: edges};

  function show(kind, attributes) {
    var details = document.getElementById("details");
    while (details.firstChild) { details.removeChild(details.firstChild); }
    document.getElementById("hint").textContent = kind;
    Object.keys(attributes).forEach(function (key) {
      var dt = document.createElement("dt"); dt.textContent = key;
      var dd = document.createElement("dd"); dd.textContent = String(attributes[key]);
      details.appendChild(dt); details.appendChild(dd);
    });
  }
  function showNode(id) { if (byNode[id]) { show("Actor", Object.assign({id: id}, byNode[id].attributes)); } }
  function showEdge(id) {
    if (!byEdge[id]) { return; }
    show("Relation", byEdge[id].attributes);
    var key = byEdge[id].attributes.document, source = key !== undefined ? data.sources[key] : null;
    if (!source) { return; }
    // the source by its title; a link only for http(s) addresses, any other scheme as plain text
    var dd = Array.from(document.querySelectorAll("#details dt")).filter(function (dt) {
      return dt.textContent === "document";
    })[0].nextSibling;
    dd.textContent = source.title + (source.date ? " (" + source.date + ")" : "");
    if (source.url && /^https?:\/\//i.test(source.url)) {
      var a = document.createElement("a");
      a.href = source.url; a.textContent = source.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      dd.appendChild(document.createElement("br")); dd.appendChild(a);
    } else if (source.text) {
      dd.appendChild(document.createTextNode(" — " + source.text));
    }
  }
  network.on("hoverNode", function (p) { showNode(p.node); });
  network.on("hoverEdge", function (p) { showEdge(p.edge); });
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); } else if (p.edges.length) { showEdge(p.edges[0]); }
  });

  var groupBox = document.getElementById("groups");
  data.groups.forEach(function (item) {
    var row = document.createElement("div"); row.className = "group";
    var dot = document.createElement("span"); dot.className = item.box ? "dot box" : "dot";
    dot.style.background = item.color;
    row.appendChild(dot); row.appendChild(document.createTextNode(item.label));
    groupBox.appendChild(row);
  });

  var enabled = {};
  var box = document.getElementById("categories");
  data.legend.forEach(function (item) {
    enabled[item.category] = true;
    var label = document.createElement("label");
    var input = document.createElement("input");
    input.type = "checkbox"; input.checked = true; input.value = item.category;
    input.addEventListener("change", function () { enabled[item.category] = input.checked; refilter(); });
    var swatch = document.createElement("span");
    swatch.className = "swatch"; swatch.style.background = item.color;
    label.appendChild(input); label.appendChild(swatch);
    label.appendChild(document.createTextNode(item.label));
    box.appendChild(label);
  });
  var current = null;  // the slider's window, which overrides the year boxes
  function refilter() {
    var from = document.getElementById("from").value, to = document.getElementById("to").value;
    var undated = document.getElementById("undated").checked;
    var lo = from ? String(from).padStart(4, "0") + "-01-01" : null;
    var hi = to ? String(to).padStart(4, "0") + "-12-31" : null;
    if (current) { lo = current.start; hi = current.end; }
    edges.update(data.edges.map(function (e) {
      var visible = enabled[e.category] !== false;
      if (visible && (lo || hi)) {
        if (!e.first && !e.last && e.attributes.date === undefined) { visible = undated; }
        else {
          if (hi && e.first && e.first > hi) { visible = false; }
          if (lo && e.last && e.last < lo) { visible = false; }
        }
      }
      return {id: e.id, hidden: !visible};
    }));
  }
  var slider = document.getElementById("window");
  slider.max = String(data.windows.length);
  slider.addEventListener("input", function () {
    var i = Number(slider.value);
    current = i ? data.windows[i - 1] : null;
    document.getElementById("window-label").textContent = current ? current.label : "all";
    refilter();
  });
  ["from", "to", "undated"].forEach(function (id) {
    document.getElementById(id).addEventListener("input", refilter);
    document.getElementById(id).addEventListener("change", refilter);
  });

  var list = document.getElementById("actor-names");
  data.nodes.slice().sort(function (a, b) { return a.label < b.label ? -1 : 1; }).forEach(function (n) {
    var option = document.createElement("option"); option.value = n.label; list.appendChild(option);
  });
  document.getElementById("search").addEventListener("keydown", function (event) {
    if (event.key !== "Enter") { return; }
    var query = event.target.value.toLowerCase();
    var hit = data.nodes.filter(function (n) {
      return n.label.toLowerCase() === query || n.id.toLowerCase() === query;
    })[0] || data.nodes.filter(function (n) { return n.label.toLowerCase().indexOf(query) >= 0; })[0];
    if (hit) {
      network.selectNodes([hit.id]);
      network.focus(hit.id, {scale: 1.2, animation: false});
      showNode(hit.id);
    }
  });
  // fit the drawing, labels included, inside the canvas (network.fit() sees the nodes only)
  function fitWithLabels() {
    var box = null;
    nodes.getIds().forEach(function (id) {
      var b = network.getBoundingBox(id);
      if (!b) { return; }
      box = box ? {left: Math.min(box.left, b.left), right: Math.max(box.right, b.right),
                   top: Math.min(box.top, b.top), bottom: Math.max(box.bottom, b.bottom)} : b;
    });
    var area = document.getElementById("network");
    if (!box || !area.clientWidth) { network.fit({animation: false}); return; }
    var margin = 24;
    var scale = Math.min((area.clientWidth - 2 * margin) / Math.max(box.right - box.left, 1),
                         (area.clientHeight - 2 * margin) / Math.max(box.bottom - box.top, 1));
    network.moveTo({position: {x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2},
                    scale: scale, animation: false});
  }
  network.once("afterDrawing", function () {
    fitWithLabels();
    network.redraw();
    document.body.setAttribute("data-ready", "1");
  });
  network.fit({animation: false});
  window.graphlibKb.fitWithLabels = fitWithLabels;
})();
</script>
</body>
</html>
"""


def html_text(G, *, seed: int = 0, title: str | None = None, color_by="camp") -> str:
    """The page :func:`to_html` writes, as text."""
    from .layers import without_rejected

    G = without_rejected(G)
    data = _graph_data(G, seed, color_by)
    if title is not None:
        data["title"] = str(title)
    vis = resources.files("graphlib_kb").joinpath("data", "vendor", "vis-network.min.js")
    script = vis.read_text(encoding="utf-8").replace("</script", "<\\/script")
    values = {"TITLE": escape(data["title"]), "DATA": _safe_json(data), "VIS": script}
    # one pass over the template: inserted text is never scanned for placeholders again
    return re.sub(r"__(TITLE|DATA|VIS)__", lambda m: values[m.group(1)], _PAGE)


def to_html(G, path, *, seed: int = 0, title: str | None = None, color_by="camp") -> Path:
    """Write a self-contained, offline, interactive view of the graph as one HTML file.

    The page needs no network: the vis-network library (dual Apache-2.0/MIT
    licence, vendored from npm) and the data are inlined, and a Content
    Security Policy forbids any request. It lets the reader pan, zoom and drag;
    hover or click an actor to see its attributes, or a relation to see its
    type, date, status and evidence; switch relation categories on and off;
    filter by year, or step through the data one window at a time with the time
    slider (years, or months or weeks for data within a year; a relation shows in
    the windows it is active, by the rule of :func:`graphlib_kb.windows`); and find
    an actor by name. Actors keep the positions of the ``camps`` layout of
    :func:`plot`; a graph without hand-coded camps (event data) is coloured and laid
    out by the camps inferred from its signs (:func:`graphlib_kb.with_camps`). Long
    names wrap, and the first view is fitted so that every label lies inside the
    canvas. A relation's source document shows by its title, with its address as a
    link only when it is an http(s) address (any other scheme is shown as text).
    Every string from the data is shown as
    text (never parsed as HTML), and the embedded JSON escapes ``<``, ``>``,
    ``&``, ``'`` and U+2028/U+2029.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    path : str or pathlib.Path
        The ``.html`` file to write (atomically).
    seed : int, default 0
        Layout seed.
    title : str, optional
        Page title (default: the graph's ``title``).
    color_by : str or mapping, default 'camp'
        What colours the actors, as in :func:`plot` (see
        :func:`graphlib_kb.plotting.color_groups`); the side panel's legend
        names every colour.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import os, tempfile, graphlib_kb as gk
    >>> path = gk.to_html(gk.load_dataset("karabakh-2023"), os.path.join(tempfile.mkdtemp(), "k.html"))
    >>> text = path.read_text(encoding="utf-8")
    >>> "Charles Michel" in text and 'src="http' not in text
    True
    """
    text = html_text(G, seed=seed, title=title, color_by=color_by)
    with AtomicWriter() as out:
        out.add(Path(path), text.encode("utf-8"))
    return Path(path)
