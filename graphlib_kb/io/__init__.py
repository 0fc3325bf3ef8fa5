"""Reading and writing actor-relationship graphs: dataset folders, CSV, GraphML, GEXF, JSON."""

from __future__ import annotations

from pathlib import Path

from ..errors import DatasetError, UsageError
from ..files import MAX_XML_BYTES
from ..model import load_tables, tables_from_graph
from ..schema import Tables, check
from .dataset import DESCRIPTOR, read_dataset, read_flat_csv, write_dataset, write_flat_csv
from .edgelist import read_gml, read_pajek, read_tsv
from .exports import write_dot, write_kumu, write_mermaid
from .gexf import read_gexf, write_gexf
from .graphml import read_graphml, write_graphml
from .nodelink import read_nodelink, write_d3, write_nodelink
from .plain import ImportNotice, complete, from_networkx, notify, plain_reasons
from .xlsx import read_xlsx, write_xlsx

__all__ = [
    "read",
    "write",
    "guess_format",
    "from_networkx",
    "ImportNotice",
    "FORMATS",
    "IMPORT_FORMATS",
    "MAX_XML_BYTES",
    "EXPORT_FORMATS",
]

_READERS = {
    "dataset": read_dataset,
    "csv": read_flat_csv,
    "graphml": read_graphml,
    "gexf": read_gexf,
    "json": read_nodelink,
    "tsv": read_tsv,
    "gml": read_gml,
    "pajek": read_pajek,
    "xlsx": read_xlsx,
}
_WRITERS = {
    "dataset": write_dataset,
    "csv": write_flat_csv,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_nodelink,
    "xlsx": write_xlsx,
    "d3": write_d3,
    "dot": write_dot,
    "mermaid": write_mermaid,
    "kumu": write_kumu,
}
#: Formats that :func:`read` understands and :func:`write` writes, losslessly.
FORMATS = ("dataset", "csv", "graphml", "gexf", "json", "xlsx")
#: Formats of other tools that :func:`read` imports but :func:`write` does not write.
IMPORT_FORMATS = ("tsv", "gml", "pajek")
#: Formats that :func:`write` also exports, for other tools (not read back).
EXPORT_FORMATS = ("dot", "mermaid", "kumu", "d3")
_SUFFIXES = {
    ".csv": "csv",
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".json": "json",
    ".xlsx": "xlsx",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".gml": "gml",
    ".net": "pajek",
    ".pajek": "pajek",
    ".dot": "dot",
    ".gv": "dot",
    ".mmd": "mermaid",
}


def guess_format(path, format: str | None = None) -> str:
    """The format for *path*: given, or from its suffix; a folder or no suffix is a dataset.

    Examples
    --------
    >>> from graphlib_kb.io import guess_format
    >>> guess_format("out/karabakh.gexf"), guess_format("out/karabakh"), guess_format("x.csv")
    ('gexf', 'dataset', 'csv')
    """
    if format is not None:
        if format not in _WRITERS and format not in _READERS:
            raise UsageError(
                f"unknown format '{format}'; choose one of: "
                + ", ".join(FORMATS + IMPORT_FORMATS + EXPORT_FORMATS)
            )
        return format
    path = Path(path)
    if path.name == DESCRIPTOR or path.is_dir():
        return "dataset"
    if path.name.lower().endswith(".kumu.json"):
        return "kumu"
    suffix = path.suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if suffix == "":
        return "dataset"
    raise UsageError(
        f"cannot tell the format of '{path}' from its suffix '{suffix}' (known: "
        f"{', '.join(dict.fromkeys([*_SUFFIXES, '.kumu.json']))}, or a folder); pass format= one"
        f" of: {', '.join(FORMATS + IMPORT_FORMATS + EXPORT_FORMATS)}"
    )


def read_tables(path, format: str | None = None, encoding: str = "utf-8") -> Tables:
    """Raw, unchecked tables of a file or folder (raises DatasetError if it cannot be parsed)."""
    path = Path(path)
    fmt = guess_format(path, format)
    if fmt in EXPORT_FORMATS:
        raise UsageError(f"{fmt} is an export format that graphlib_kb writes but does not read")
    if not path.exists():
        raise DatasetError([(str(path), None, None, "no such file or folder")])
    return _READERS[fmt](path, encoding=encoding)


def read(path, format: str | None = None, *, encoding: str = "utf-8", strict: bool = False):
    """Read an actor-relationship graph from a file or dataset folder.

    Parameters
    ----------
    path : str or pathlib.Path
        A dataset folder (or its ``datapackage.json``), a relations ``.csv``
        with ``<name>.actors.csv`` beside it, a ``.graphml``, ``.gexf`` or
        node-link ``.json`` file; or a graph from another tool: an edge list
        (``.csv``/``.tsv`` with source/target, from/to or actor1/actor2
        columns, and optionally ``<name>.nodes.csv`` beside it), ``.gml`` or
        Pajek ``.net``.
    format : {'dataset', 'csv', 'graphml', 'gexf', 'json', 'tsv', 'gml', 'pajek'}, optional
        Overrides the format guessed from the path.
    encoding : str, default 'utf-8'
        Text encoding of CSV and JSON files (a UTF-8 BOM is always accepted).
    strict : bool, default False
        Refuse a file that is not in the project's schema, instead of
        importing it as a plain graph (see Notes).

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    DatasetError
        If the input cannot be parsed or breaks the data model; the message
        lists every problem with its file, row and field. Nothing is returned
        half-loaded.

    Warns
    -----
    ImportNotice
        When a plain graph was imported: one line saying what was filled in.

    Notes
    -----
    A file in which a required column is absent altogether (actors without
    ``kind``, relations without ``type`` or ``evidence``: a graph from
    networkx, igraph, Gephi or a spreadsheet) is imported as a plain graph,
    with the defaults of :func:`from_networkx`: kind ``other``, relation type
    ``tie``, evidence "imported from FILE", generated relation ids; an
    undirected graph is marked ``graph["directed"] = False``. A file that has
    the columns but a bad or missing value is an error, as with ``strict``.
    :func:`validate` always checks against the full data model.

    See Also
    --------
    write, load_dataset, validate, from_networkx

    Examples
    --------
    >>> import tempfile, os, graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> path = os.path.join(tempfile.mkdtemp(), "karabakh.graphml")
    >>> _ = gk.write(G, path)
    >>> H = gk.read(path)
    >>> sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    True
    """
    tables = read_tables(path, format, encoding)
    if guess_format(path, format) == "dataset":
        # A dataset folder is the project's own format: a missing column is an error, not
        # something to fill in.
        return load_tables(tables)
    if strict:
        needs = plain_reasons(tables)
        if needs:
            problems = check(tables).problems or [(str(path), None, None, "not a full dataset")]
            path = Path(path)
            hint = (
                f"; a relations CSV needs {path.stem}.actors.csv beside it"
                if guess_format(path, format) == "csv"
                else ""
            )
            raise DatasetError(
                problems,
                summary=f"{path} is not a full dataset: it needs {', '.join(needs)}{hint} "
                "(read it without strict to import it as a plain graph)",
            )
        return load_tables(tables)
    tables, notice = complete(tables, Path(path).name)
    G = load_tables(tables)
    notify(notice)
    return G


def write(G, path, format: str | None = None, *, edges: str = "edges"):
    """Write an actor-relationship graph; the format is chosen from the path.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph that :func:`validate` accepts.
    path : str or pathlib.Path
        Target: a folder for a dataset, or a file ending in ``.csv``,
        ``.graphml`` (Cytoscape, yEd), ``.gexf`` (Gephi, styled with colours,
        sizes and positions), ``.json`` (node-link, D3), and for export only
        ``.dot``/``.gv`` (Graphviz), ``.mmd`` (Mermaid, for Markdown) or
        ``.kumu.json`` (Kumu).
    format : {'dataset', 'csv', 'graphml', 'gexf', 'json', 'xlsx', 'dot', 'mermaid', 'kumu', 'd3'}, optional
        Overrides the format guessed from the path. ``'xlsx'`` is the three
        tables as sheets of one workbook (read back losslessly); ``'d3'`` is
        node-link JSON with the relations under ``links``.
    edges : {'edges', 'links'}, default 'edges'
        For node-link JSON: the key of the relations. networkx (3.4 and later)
        writes ``edges``; D3's force layout examples bind ``data.links``
        (``d3.forceLink(data.links).id(d => d.id)``), so pass ``'links'`` (or
        use the ``d3`` format) for D3. :func:`read` accepts either.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    DatasetError
        If the graph is not valid, or holds values the format cannot store;
        nothing is written then.

    Notes
    -----
    Files are written to a temporary file beside the target and moved into
    place at the end, so an interrupted write leaves any old file intact.
    A flat CSV ``X.csv`` is written with ``X.actors.csv`` beside it, plus
    ``X.sources.csv``, ``X.relation_types.csv`` and ``X.graph.csv`` (graph
    attributes) when the graph has any; its extra attribute columns must hold
    text.

    Examples
    --------
    >>> import tempfile, os, graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> folder = gk.write(G, os.path.join(tempfile.mkdtemp(), "copy"))
    >>> sorted(p.name for p in folder.iterdir())
    ['actors.csv', 'datapackage.json', 'relations.csv', 'sources.csv']
    """
    path = Path(path)
    fmt = guess_format(path, format) if format or not path.is_dir() else "dataset"
    problems = check(tables_from_graph(G)).problems
    if problems:
        raise DatasetError(problems, summary=f"cannot write {path}: the graph is not valid")
    if fmt == "json":
        return _WRITERS[fmt](G, path, edges=edges)
    if edges != "edges":
        raise UsageError("edges= applies to node-link JSON only (format 'json')")
    return _WRITERS[fmt](G, path)
