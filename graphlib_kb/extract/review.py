"""The review loop: a self-contained page to accept or reject extracted relations, and the
decisions applied back to the dataset."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from ..errors import DatasetError

__all__ = ["review_html", "review_page", "apply_review", "read_decisions"]

_SPAN = re.compile(r"(sentence|trigger|source|target) (\d+)-(\d+)")


def _marks(rel: dict) -> list:
    """Trigger and actor spans relative to the start of the evidence sentence."""
    spans = {k: (int(a), int(b)) for k, a, b in _SPAN.findall(str(rel.get("spans") or ""))}
    if "sentence" not in spans:
        return []
    base = spans["sentence"][0]
    first = str(rel.get("evidence") or "").split("\n", 1)[0]
    out = []
    for kind in ("source", "target", "trigger"):
        if kind in spans:
            a, b = spans[kind][0] - base, spans[kind][1] - base
            if 0 <= a < b <= len(first):
                out.append([a, b, kind])
    out.sort()
    clean = []
    for m in out:
        if clean and m[0] < clean[-1][1]:
            continue
        clean.append(m)
    return clean


def _rows(G) -> list:
    from ..model import ordered_edges

    rows = []
    for u, v, k, d in ordered_edges(G):
        rows.append(
            {
                "id": str(k),
                "source": str(G.nodes[u].get("name", u)),
                "target": str(G.nodes[v].get("name", v)),
                "type": str(d.get("type", "")),
                "category": str(d.get("category", "")),
                "status": str(d.get("status", "asserted")),
                "confidence": float(d.get("confidence", 1.0)),
                "review": str(d.get("review", "unreviewed")),
                "document": str(d.get("document", "")),
                "sentence": int(d["sentence"]) if d.get("sentence") is not None else None,
                "rule": str(d.get("rule", "")),
                "evidence": str(d.get("evidence", "")),
                "marks": _marks(d),
            }
        )
    return rows


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
  body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 1.5em; color: #1a1a1a; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top; }
  th.sortable { cursor: pointer; text-decoration: underline; }
  mark.source { background: #cfe3ff; } mark.target { background: #ffd9c7; }
  mark.trigger { background: #fff3a6; font-weight: 600; }
  tr.rejected td { color: #999; text-decoration: line-through; }
  tr.accepted td.decision { background: #e3f5e1; }
  .bar { margin: 0.8em 0; display: flex; gap: 1em; align-items: center; flex-wrap: wrap; }
  textarea { width: 100%; height: 8em; font-family: monospace; }
</style>
</head>
<body>
<h1>__TITLE__</h1>
<p>Each relation beside its sentence: <mark class="source">source</mark>,
<mark class="target">target</mark>, <mark class="trigger">trigger</mark>. Accept or reject
each one, then <em>Save decisions</em> and apply the file with
<code>graphlib-kb review DATASET --apply decisions.csv</code>.</p>
<div class="bar">
  <label>Category <select id="category"><option value="">all</option></select></label>
  <label>Status <select id="status"><option value="">all</option></select></label>
  <span id="count"></span>
  <button id="save" type="button">Save decisions</button>
</div>
<table>
  <thead><tr><th>id</th><th class="sortable" id="sort-confidence">confidence</th><th>relation</th>
  <th>status</th><th>sentence</th><th>decision</th></tr></thead>
  <tbody id="rows"></tbody>
</table>
<h2>Decisions (CSV)</h2>
<textarea id="decisions" readonly></textarea>
<script type="application/json" id="review-data">__DATA__</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var rows = data.relations, tbody = document.getElementById("rows");
  var order = 0;  // 0: as written, 1: confidence ascending, -1: descending
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }
  function fill(select, values) {
    values.forEach(function (v) { var o = el("option", v); o.value = v; select.appendChild(o); });
  }
  function unique(key) {
    var seen = {}, out = [];
    rows.forEach(function (r) { if (!seen[r[key]]) { seen[r[key]] = 1; out.push(r[key]); } });
    return out.sort();
  }
  fill(document.getElementById("category"), unique("category"));
  fill(document.getElementById("status"), unique("status"));
  function sentence(r) {
    var td = el("td"), text = r.evidence.split("\\n")[0], at = 0;
    r.marks.forEach(function (m) {
      if (m[0] > at) { td.appendChild(document.createTextNode(text.slice(at, m[0]))); }
      td.appendChild(el("mark", text.slice(m[0], m[1]), m[2]));
      at = m[1];
    });
    td.appendChild(document.createTextNode(text.slice(at)));
    var rest = r.evidence.split("\\n").slice(1);
    rest.forEach(function (line) { td.appendChild(el("br")); td.appendChild(document.createTextNode(line)); });
    var ref = el("small", " (" + r.document + (r.sentence ? ", sentence " + r.sentence : "") + "; rule " + r.rule + ")");
    td.appendChild(ref);
    return td;
  }
  function render() {
    var cat = document.getElementById("category").value, st = document.getElementById("status").value;
    var list = rows.filter(function (r) { return (!cat || r.category === cat) && (!st || r.status === st); });
    if (order) { list = list.slice().sort(function (a, b) { return order * (a.confidence - b.confidence) || (a.id < b.id ? -1 : 1); }); }
    while (tbody.firstChild) { tbody.removeChild(tbody.firstChild); }
    list.forEach(function (r) {
      var tr = el("tr", null, r.review);
      tr.setAttribute("data-id", r.id);
      tr.appendChild(el("td", r.id));
      tr.appendChild(el("td", r.confidence.toFixed(2)));
      tr.appendChild(el("td", r.source + " \\u2192 " + r.target + " (" + r.type + ", " + r.category + ")"));
      tr.appendChild(el("td", r.status));
      tr.appendChild(sentence(r));
      var td = el("td", null, "decision"), sel = el("select");
      ["unreviewed", "accepted", "rejected"].forEach(function (v) {
        var o = el("option", v); o.value = v; if (v === r.review) { o.selected = true; } sel.appendChild(o);
      });
      sel.addEventListener("change", function () { r.review = sel.value; tr.className = r.review; save(false); });
      td.appendChild(sel); tr.appendChild(td); tbody.appendChild(tr);
    });
    document.getElementById("count").textContent = list.length + " of " + rows.length + " relations";
  }
  function csv() {
    return "id,review\\n" + rows.map(function (r) { return r.id + "," + r.review; }).join("\\n") + "\\n";
  }
  function save(download) {
    var text = csv();
    document.getElementById("decisions").value = text;
    if (download) {
      var a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([text], {type: "text/csv"}));
      a.download = "decisions.csv";
      document.body.appendChild(a); a.click(); document.body.removeChild(a);
    }
  }
  document.getElementById("category").addEventListener("change", render);
  document.getElementById("status").addEventListener("change", render);
  document.getElementById("sort-confidence").addEventListener("click", function () {
    order = order === -1 ? 1 : -1; render();
  });
  document.getElementById("save").addEventListener("click", function () { save(true); });
  window.graphlibKbReview = {rows: rows, csv: csv};
  render(); save(false);
  document.body.setAttribute("data-ready", "1");
})();
</script>
</body>
</html>
"""


def review_page(G, *, title: str | None = None) -> str:
    """The review page of *G* as HTML text (see :func:`review_html`)."""
    from ..html import _safe_json

    title = title or f"Review: {G.graph.get('title') or G.graph.get('name') or 'relations'}"
    data = _safe_json({"relations": _rows(G)})
    return _PAGE.replace("__TITLE__", escape(str(title))).replace("__DATA__", data)


def review_html(G, path, *, title: str | None = None) -> Path:
    """Write a self-contained page to review extracted relations.

    Each relation is shown beside its sentence with the source, the target and the trigger
    marked; the table sorts by confidence and filters by category and status; each
    relation can be accepted or rejected, and *Save decisions* downloads ``decisions.csv``
    (``id,review``), which :func:`apply_review` or ``graphlib-kb review DATASET --apply``
    applies. The page loads nothing from the network and shows every text as text.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph, usually from :func:`graphlib_kb.extract`.
    path : str or path
        The ``.html`` file to write (atomically).
    title : str, optional

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile, pathlib, graphlib_kb as gk
    >>> G = gk.extract("Turkey criticized France on Monday.")
    >>> out = gk.review_html(G, pathlib.Path(tempfile.mkdtemp()) / "review.html")
    >>> "Save decisions" in out.read_text(encoding="utf-8")
    True
    """
    from ..files import AtomicWriter

    path = Path(path)
    with AtomicWriter() as out:
        out.add(path, review_page(G, title=title).encode("utf-8"))
    return path


def read_decisions(path) -> dict:
    """``{relation id: review}`` from a decisions CSV (``id,review``)."""
    from ..csvtables import parse_csv
    from ..files import decode, read_bytes
    from ..schema import REVIEW_VALUES

    label = str(path)
    header, records, problems = parse_csv(decode(read_bytes(Path(path), label), label), label)
    if problems:
        raise DatasetError(problems)
    if not header or "id" not in header or "review" not in header:
        raise DatasetError([(label, 1, None, "expected the columns id,review")])
    out = {}
    bad = []
    for line, rec in records:
        if rec.get("review") not in REVIEW_VALUES:
            bad.append(
                (
                    label,
                    line,
                    "review",
                    f"'{rec.get('review')}' is not one of {', '.join(REVIEW_VALUES)}",
                )
            )
        out[rec["id"]] = rec["review"]
    if bad:
        raise DatasetError(bad)
    return out


def apply_review(G, decisions):
    """A copy of *G* with the reviewer's decisions in the ``review`` column.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    decisions : dict, path or pandas.DataFrame
        ``{relation id: "accepted" | "rejected" | "unreviewed"}``, a decisions CSV, or a frame
        with ``id`` and ``review`` columns. An id that is not a relation of *G* is an error.

    Returns
    -------
    networkx.MultiDiGraph

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.extract("Turkey criticized France. Russia criticized Turkey.")
    >>> first = sorted(k for *_, k in G.edges(keys=True))[0]
    >>> H = gk.apply_review(G, {first: "rejected"})
    >>> len(gk.layer(H).edges), len(gk.layer(H, include_rejected=True).edges)
    (1, 2)
    """
    import pandas as pd

    from ..schema import REVIEW_VALUES

    label = "decisions"
    if isinstance(decisions, (str, Path)):
        label = str(decisions)
        decisions = read_decisions(decisions)
    elif isinstance(decisions, pd.DataFrame):
        decisions = dict(zip(decisions["id"].astype(str), decisions["review"], strict=True))
    keys = {str(k): (u, v, k) for u, v, k in G.edges(keys=True)}
    problems = []
    for row, (ident, value) in enumerate(decisions.items(), start=2):
        if str(ident) not in keys:
            problems.append((label, row, "id", f"no relation '{ident}' in the dataset"))
        elif value not in REVIEW_VALUES:
            problems.append(
                (label, row, "review", f"'{value}' is not one of {', '.join(REVIEW_VALUES)}")
            )
    if problems:
        raise DatasetError(problems)
    H = G.copy()
    for ident, value in decisions.items():
        u, v, k = keys[str(ident)]
        H.edges[u, v, k]["review"] = value
    return H
