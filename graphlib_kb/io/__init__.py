"""Reading and writing actor-relationship graphs: dataset folders, CSV, GraphML, GEXF, JSON."""

from __future__ import annotations

from pathlib import Path

from ..errors import DatasetError
from ..model import load_tables, tables_from_graph
from ..schema import Tables, check
from .dataset import DESCRIPTOR, read_dataset, read_flat_csv, write_dataset, write_flat_csv
from .exports import write_dot, write_kumu, write_mermaid
from .gexf import read_gexf, write_gexf
from .graphml import read_graphml, write_graphml
from .nodelink import read_nodelink, write_nodelink

__all__ = ["read", "write", "guess_format", "FORMATS", "EXPORT_FORMATS"]

_READERS = {
    "dataset": read_dataset,
    "csv": read_flat_csv,
    "graphml": read_graphml,
    "gexf": read_gexf,
    "json": read_nodelink,
}
_WRITERS = {
    "dataset": write_dataset,
    "csv": write_flat_csv,
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_nodelink,
    "dot": write_dot,
    "mermaid": write_mermaid,
    "kumu": write_kumu,
}
#: Formats that :func:`read` understands (and :func:`write` writes, losslessly).
FORMATS = tuple(_READERS)
#: Formats that :func:`write` also exports, for other tools (not read back).
EXPORT_FORMATS = ("dot", "mermaid", "kumu")
_SUFFIXES = {
    ".csv": "csv",
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".json": "json",
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
        if format not in _WRITERS:
            raise ValueError(
                f"unknown format '{format}'; choose one of: {', '.join(FORMATS + EXPORT_FORMATS)}"
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
    raise ValueError(
        f"cannot tell the format of '{path}' from its suffix '{suffix}' (known: "
        f"{', '.join(dict.fromkeys([*_SUFFIXES, '.kumu.json']))}, or a folder); pass format= one"
        f" of: {', '.join(FORMATS + EXPORT_FORMATS)}"
    )


def read_tables(path, format: str | None = None, encoding: str = "utf-8") -> Tables:
    """Raw, unchecked tables of a file or folder (raises DatasetError if it cannot be parsed)."""
    path = Path(path)
    fmt = guess_format(path, format)
    if fmt in EXPORT_FORMATS:
        raise ValueError(f"{fmt} is an export format that graphlib_kb writes but does not read")
    if not path.exists():
        raise DatasetError([(str(path), None, None, "no such file or folder")])
    return _READERS[fmt](path, encoding=encoding)


def read(path, format: str | None = None, *, encoding: str = "utf-8"):
    """Read an actor-relationship graph from a file or dataset folder.

    Parameters
    ----------
    path : str or pathlib.Path
        A dataset folder (or its ``datapackage.json``), a relations ``.csv``
        with ``<name>.actors.csv`` beside it, a ``.graphml``, ``.gexf`` or
        node-link ``.json`` file.
    format : {'dataset', 'csv', 'graphml', 'gexf', 'json'}, optional
        Overrides the format guessed from the path.
    encoding : str, default 'utf-8'
        Text encoding of CSV and JSON files (a UTF-8 BOM is always accepted).

    Returns
    -------
    networkx.MultiDiGraph

    Raises
    ------
    DatasetError
        If the input cannot be parsed or breaks the data model; the message
        lists every problem with its file, row and field. Nothing is returned
        half-loaded.

    See Also
    --------
    write, load_dataset, validate

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
    return load_tables(read_tables(path, format, encoding))


def write(G, path, format: str | None = None):
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
    format : {'dataset', 'csv', 'graphml', 'gexf', 'json', 'dot', 'mermaid', 'kumu'}, optional
        Overrides the format guessed from the path.

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
    return _WRITERS[fmt](G, path)
