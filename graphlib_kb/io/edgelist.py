"""Edge lists (CSV/TSV with the headers people use), GML and Pajek: graphs from other tools.

An edge list needs a source and a target column; the names accepted (any
case) are in :data:`SOURCE_COLUMNS` and :data:`TARGET_COLUMNS`, so Gephi's
``Source``/``Target``, Kumu's ``From``/``To`` and ACLED-style ``actor1``/``actor2``
all work. ``weight``, ``sign``, ``type``, ``date``, ``label``, ``id`` and the
other relation fields are recognised in any case; other columns are kept as text
attributes. Gephi's edge ``Type`` column (``Directed``/``Undirected``) gives the
direction instead of a relation type. A nodes table beside the file
(``X.nodes.csv``, or ``nodes.csv`` beside ``edges.csv``, as Gephi names them)
gives the actors (``Id``, ``Label`` and any attributes); actors named only in the
edges are added.
"""

from __future__ import annotations

from pathlib import Path

from ..csvtables import parse_csv
from ..errors import DatasetError
from ..files import decode, read_bytes
from ..schema import ACTOR_FIELDS, RELATION_FIELDS, Tables

__all__ = ["read_edgelist", "read_gml", "read_pajek", "SOURCE_COLUMNS", "TARGET_COLUMNS"]

#: Header names (any case) read as the source of an edge.
SOURCE_COLUMNS = ("source", "from", "actor1", "actor_1", "node1", "src", "sender", "ego")
#: Header names (any case) read as the target of an edge.
TARGET_COLUMNS = ("target", "to", "actor2", "actor_2", "node2", "dst", "receiver", "alter")
_RELATION_NAMES = {f.name for f in RELATION_FIELDS} | {"label"}
_ACTOR_NAMES = {f.name for f in ACTOR_FIELDS} | {"label"}
_DIRECTIONS = {"directed", "undirected"}


def _nodes_file(path: Path) -> Path | None:
    candidates = [path.with_name(f"{path.stem}.nodes{path.suffix}")]
    if path.stem.lower() in ("edges", "edge"):
        candidates += [p for p in path.parent.glob(f"*{path.suffix}") if p.stem.lower() == "nodes"]
    return next((c for c in candidates if c.is_file()), None)


def _canonical(header: list, names: set) -> dict:
    """Column -> canonical name: the data model's own names in any case; others unchanged."""
    out = {}
    for column in header:
        lower = column.strip().lower()
        out[column] = lower if lower in names else column
    return out


def read_edgelist(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> Tables:
    """Raw tables of an edge list, with the nodes table beside it when there is one."""
    path = Path(path)
    label = str(path)
    tables = Tables(files={"relations": label, "actors": label})
    text = decode(read_bytes(path, label), label, encoding)
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    if delimiter == "," and "," not in first and ";" in first:
        delimiter = ";"  # Gephi's examples separate with semicolons
    header, records = _parse(text, label, delimiter, tables)
    nodes = None
    nodes_path = _nodes_file(path)
    if nodes_path is not None:
        nlabel = str(nodes_path)
        ntext = decode(read_bytes(nodes_path, nlabel), nlabel, encoding)
        nodes = (nlabel, *_parse(ntext, nlabel, delimiter, tables))
    return edgelist_tables(tables, label, header, records, nodes)


def _parse(text, label, delimiter, tables):
    header, records, problems = parse_csv(text, label, delimiter=delimiter)
    tables.problems.extend(problems)
    if problems and not header:
        raise DatasetError(problems)
    return header, records


def edgelist_tables(tables: Tables, label: str, header, records, nodes=None) -> Tables:
    """Fill *tables* from an edge table (``header``, ``records`` of text cells) and an optional
    nodes table ``(label, header, records)``."""
    tables.files.setdefault("relations", label)
    tables.files.setdefault("actors", label)
    tables.foreign = True
    lower = {c.strip().lower(): c for c in header}
    source = next((lower[n] for n in SOURCE_COLUMNS if n in lower), None)
    target = next((lower[n] for n in TARGET_COLUMNS if n in lower), None)
    if source is None or target is None:
        found = ", ".join(header) or "(none)"
        raise DatasetError(
            [
                (
                    label,
                    1,
                    None,
                    f"no {'source' if source is None else 'target'} column: the header has "
                    f"{found}; an edge list needs one of {'/'.join(SOURCE_COLUMNS)} and one of "
                    f"{'/'.join(TARGET_COLUMNS)} (any case)",
                )
            ]
        )
    names = _canonical(header, _RELATION_NAMES)
    names[source], names[target] = "source", "target"
    type_column = next((c for c, n in names.items() if n == "type"), None)
    directions = None
    if type_column is not None:
        values = {v.strip().lower() for _, rec in records if (v := rec[type_column]).strip()}
        if values and values <= _DIRECTIONS:
            directions = type_column
    relations = []
    undirected_rows = 0
    for line, rec in records:
        values = {}
        for column, value in rec.items():
            if column == directions:
                undirected_rows += value.strip().lower() == "undirected"
                continue
            if value != "":
                values[names[column]] = value
        relations.append((line, values))
    tables.relations = relations
    if directions is not None and relations and undirected_rows == len(relations):
        tables.graph["directed"] = False
    elif undirected_rows:
        tables.problems.append(
            (
                label,
                None,
                directions,
                f"{undirected_rows} of {len(relations)} edges are Undirected and the others "
                "Directed; a graph here is one or the other: make the column all one value",
            )
        )

    _add_actors(tables, relations, nodes)
    return tables


def _add_actors(tables: Tables, relations, nodes) -> None:
    """The actors: the nodes table's rows, if there is one, then every end of a relation that
    it does not list (as a bare id, at the relation's line)."""
    actors: list = []
    known: set = set()
    if nodes is not None:
        nlabel, nheader, nrecords = nodes
        tables.files["actors"] = nlabel
        nnames = _canonical(nheader, _ACTOR_NAMES)
        if "id" not in nnames.values():
            raise DatasetError(
                [
                    (
                        nlabel,
                        1,
                        None,
                        f"no id column: the header has {', '.join(nheader) or '(none)'}; a nodes "
                        "table needs Id (any case), as Gephi writes it",
                    )
                ]
            )
        for line, rec in nrecords:
            values = {nnames[c]: v for c, v in rec.items() if v != ""}
            actors.append((line, values))
            known.add(values.get("id"))
    for line, values in relations:
        for end in ("source", "target"):
            ident = values.get(end)
            if ident is not None and ident not in known:
                known.add(ident)
                actors.append((line, {"id": ident}))
    tables.actors = actors


def read_tsv(path: Path, encoding: str = "utf-8") -> Tables:
    return read_edgelist(path, encoding, delimiter="\t")


def _networkx_tables(parse, path: Path, what: str, encoding: str) -> Tables:
    import networkx as nx

    from .plain import tables_from_networkx

    label = str(path)
    text = decode(read_bytes(path, label), label, encoding)
    try:
        G = parse(text)
    except (nx.NetworkXError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise DatasetError([(label, None, None, f"not a readable {what} graph: {exc}")]) from None
    return tables_from_networkx(G, label)


def read_gml(path: Path, encoding: str = "utf-8") -> Tables:
    """Raw tables of a GML file: node ``id`` as actor id, ``label`` as name."""
    import networkx as nx

    return _networkx_tables(lambda text: nx.parse_gml(text, label="id"), path, "GML", encoding)


def read_pajek(path: Path, encoding: str = "utf-8") -> Tables:
    """Raw tables of a Pajek ``.net`` file: vertex labels as actor names."""
    import networkx as nx

    def parse(text):
        G = nx.parse_pajek(text.splitlines())
        for _, d in G.nodes(data=True):
            d.pop("id", None)
        return G

    return _networkx_tables(parse, path, "Pajek", encoding)
