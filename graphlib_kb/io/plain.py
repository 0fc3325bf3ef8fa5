"""Plain graphs in: a graph that is not in the project's schema gets the defaults it lacks.

A file or networkx graph is *plain* when a column the data model requires is
absent from every record: actors without ``kind`` (or ``name``), relations
without ``type``, ``evidence`` or ``id`` (edge lists and Kumu/Gephi workbooks are always
plain). Such a graph is completed; a file that is not plain is never touched (a
project dataset with one missing cell still fails, naming the row). In a plain
graph, empty cells get the defaults too:

- actor ``id``: the node id as text; one that is not a valid id (spaces, ``/``)
  becomes a slug (``"Mme Hucheloup"`` -> ``Mme_Hucheloup``) and keeps the
  original as its ``name``; ``name`` defaults to the node's ``label``, else its id;
- ``kind``: ``"other"`` (a ``kind`` column's values are lower-cased);
- relation ``id``: ``e1``, ``e2``, ... in file order (also when the file's ids
  are not unique);
- ``type``: ``tie`` (category ``unspecified``); a ``type`` column's values that
  are not in the vocabulary become relation types of the dataset, category
  ``unspecified``;
- ``sign``: the sign of ``weight`` where there is one, else 0 (the type's);
- ``evidence``: ``"imported from FILE"``;
- weights are kept as they are (relations of category ``unspecified`` are not
  held to the Goldstein range);
- self-loops are dropped (the data model has none) and counted;
- attributes whose names the file formats reserve (``label``, ``start``, ...)
  are kept as ``original_<name>``;
- an undirected graph is marked ``G.graph["directed"] = False``: every analysis
  then counts a tie as two arcs, one each way, as networkx does.

One :class:`ImportNotice` warning says what was filled in.
"""

from __future__ import annotations

import math
import re
import warnings
from pathlib import Path

from ..schema import RESERVED_ATTRIBUTES, UNSPECIFIED, Tables, graph_files, is_missing
from ..vocabulary import kind_names, relation_type_records

__all__ = ["ImportNotice", "complete", "from_networkx", "TIE"]

#: The relation type of an imported tie whose meaning the source does not say.
TIE = "tie"
_ID = re.compile(r"^[\w.:-]+$")
_SLUG = re.compile(r"[^\w.:-]+")


class ImportNotice(UserWarning):
    """A graph that is not in the project's schema was imported with defaults filled in.

    The message is one line saying what was filled in; the CLI prints it to stderr.
    Silence it with ``warnings.simplefilter("ignore", gk.ImportNotice)``, or pass
    ``strict=True`` to :func:`graphlib_kb.read` to refuse such files instead.
    """


def _present(records, name) -> bool:
    return any(not _missing(values.get(name)) for _, values in records)


def _missing(value) -> bool:
    return value is None or is_missing(value)


def plain_reasons(tables: Tables) -> list[str]:
    """What a full dataset would need that *tables* lack (empty when nothing is absent)."""
    needs = []
    if tables.actors and not _present(tables.actors, "kind"):
        needs.append("a 'kind' for every actor")
    if (
        tables.actors
        and not _present(tables.actors, "name")
        and not _present(tables.actors, "label")
    ):
        needs.append("a 'name' for every actor")
    if tables.relations:
        for column, what in (
            ("id", "an 'id'"),
            ("type", "a 'type' from the vocabulary"),
            ("evidence", "'evidence'"),
        ):
            if not _present(tables.relations, column):
                needs.append(f"{what} for every relation")
    return needs


def _scalar(value):
    """numpy scalars as Python values; NaN and None as missing (None)."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (TypeError, ValueError):
            return value
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _text_id(value) -> str | None:
    value = _scalar(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _slug(text: str) -> str:
    return _SLUG.sub("_", text).strip("_")


def _unique_ids(raw_ids: list[str]) -> dict:
    """Raw id -> valid, unique id (slugs for invalid ones, ``-2`` suffixes for clashes)."""
    mapping: dict = {}
    taken = {r for r in raw_ids if _ID.match(r)}
    used: set = set()
    for i, raw in enumerate(raw_ids, start=1):
        if raw in mapping:
            continue
        if _ID.match(raw):
            new = raw
        else:
            base = _slug(raw) or f"n{i}"
            new, n = base, 1
            while new in taken or new in used:
                n += 1
                new = f"{base}-{n}"
        mapping[raw] = new
        used.add(new)
    return mapping


def _rename_reserved(values: dict, keep: tuple) -> dict:
    out = {}
    for key, value in values.items():
        value = _scalar(value)
        if key in ("viz", "networkx_key"):
            continue
        if key in RESERVED_ATTRIBUTES and key not in keep:
            key = f"original_{key}"
        if value is None or (isinstance(value, str) and value == ""):
            continue
        out[key] = value
    return out


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _plain_actors(tables: Tables, kind, filled: list):
    """The actors of a plain graph with valid ids, names and kinds: ``(actors, ids, slugged)``,
    *ids* mapping each raw id to the one used; what was defaulted is added to *filled*."""
    kinds = set(kind_names())
    raw_ids = [_text_id(values.get("id")) or f"n{row}" for row, values in tables.actors]
    ids = _unique_ids(raw_ids)
    slugged = sum(1 for raw, new in ids.items() if raw != new)
    has_name = _present(tables.actors, "name")
    has_kind = _present(tables.actors, "kind")
    actors = []
    for (row, values), raw in zip(tables.actors, raw_ids, strict=True):
        rec = _rename_reserved({k: v for k, v in values.items() if k != "label"}, ("id",))
        label = _scalar(values.get("label"))
        if not has_name:
            rec["name"] = str(label) if not _missing(label) else raw
        elif not _missing(label):
            rec["original_label"] = label
        rec["id"] = ids[raw]
        actor_kind = rec.get("kind")
        if _missing(actor_kind):
            rec["kind"] = kind
        elif isinstance(actor_kind, str) and actor_kind.strip().lower() in kinds:
            rec["kind"] = actor_kind.strip().lower()
        actors.append((row, rec))
    if not has_name and not _present(tables.actors, "label"):
        filled.append("names")
    if not has_kind:
        filled.append("kinds")

    return actors, ids, slugged


def _plain_relations(tables: Tables, ids: dict, *, source, evidence, type, filled: list):
    """The relations of a plain graph, ends renamed to the actors' ids, ids generated where
    missing or repeated, unknown types added: ``(relations, added types, generated, loops)``."""
    vocab = relation_type_records()
    has_type = _present(tables.relations, "type")
    raw_rel_ids = [_text_id(values.get("id")) for _, values in tables.relations]
    generate = None in raw_rel_ids or len(set(raw_rel_ids)) != len(raw_rel_ids)
    added: dict = {}
    relations = []
    loops = 0
    for i, ((row, values), rid) in enumerate(zip(tables.relations, raw_rel_ids, strict=True), 1):
        rec = _rename_reserved(values, ("id", "source", "target"))
        for end in ("source", "target"):
            raw_end = _text_id(values.get(end))
            rec[end] = ids.get(raw_end, raw_end) if raw_end is not None else None
            if rec[end] is None:
                rec.pop(end)
        if rec.get("source") is not None and rec.get("source") == rec.get("target"):
            loops += 1
            continue
        rec["id"] = f"e{i}" if generate else rid
        rtype = rec.get("type")
        if _missing(rtype):
            rec["type"] = type
        elif isinstance(rtype, str) and rtype not in vocab:
            name = _slug(rtype.strip()) or type
            rec["type"] = name
            if name not in vocab and name not in added:
                category = rec.get("category")
                added[name] = {
                    "type": name,
                    "category": category if isinstance(category, str) and category else UNSPECIFIED,
                    "sign": 0,
                    "weight": 1.0,
                    "symmetric": False,
                    "definition": f"Relation type '{rtype}' as named in {source}; "
                    "not coded to the vocabulary.",
                }
        if "sign" not in rec and "weight" in rec:
            try:
                w = float(rec["weight"])
            except (TypeError, ValueError):
                w = math.nan
            if math.isfinite(w):
                rec["sign"] = (w > 0) - (w < 0)
        rec.setdefault("evidence", evidence)
        relations.append((row, rec))
    if tables.relations and not has_type:
        filled.append("types")
    if tables.relations and not _present(tables.relations, "evidence"):
        filled.append("evidence")
    return relations, added, generate, loops


def complete(tables: Tables, source: str, *, evidence: str | None = None, kind="other", type=TIE):
    """Fill in what a plain graph lacks: ``(tables, notice)``; *notice* is None when the tables
    are not plain (they are then returned unchanged, for the strict checks)."""
    needs = plain_reasons(tables)
    directed = tables.graph.get("directed") is not False
    # Edge lists and workbooks of other tools are always plain, even when complete, so that
    # their own relation types are kept as added types.
    if not needs and not getattr(tables, "foreign", False):
        return tables, None
    evidence = evidence or f"imported from {source}"
    filled: list = []

    actors, ids, slugged = _plain_actors(tables, kind, filled)
    relations, added, generate, loops = _plain_relations(
        tables, ids, source=source, evidence=evidence, type=type, filled=filled
    )

    out = Tables(
        actors=actors,
        relations=relations,
        sources=tables.sources,
        relation_types=[*tables.relation_types, *((i, r) for i, r in enumerate(added.values(), 1))],
        graph={k: v for k, v in tables.graph.items() if not _missing(_scalar(v))},
        files=dict(tables.files),
        problems=list(tables.problems),
    )
    notes = []
    if filled:
        notes.append(f"{_join(filled)} defaulted")
    if generate and relations:
        notes.append("relation ids generated")
    if slugged:
        notes.append(f"{slugged} actor ids made valid (names kept)")
    if added:
        shown = ", ".join(list(added)[:5]) + (", ..." if len(added) > 5 else "")
        notes.append(f"{len(added)} relation types added ({shown})")
    if loops:
        notes.append(f"{loops} self-loop{'s' if loops != 1 else ''} dropped")
    if not notes:
        notes.append("nothing defaulted")
    notice = (
        f"{source}: imported as a plain {'directed' if directed else 'undirected'} graph: "
        f"{_count(len(actors), 'actor')}, {_count(len(relations), 'tie')}; " + "; ".join(notes)
    )
    return out, notice


def tables_from_networkx(G, label: str) -> Tables:
    """Raw records of any networkx graph (no defaults yet)."""
    tables = Tables(files=graph_files(label))
    for i, (n, d) in enumerate(G.nodes(data=True), start=1):
        tables.actors.append((i, {**d, "id": n}))
    if G.is_multigraph():
        edges = G.edges(keys=True, data=True)
    else:
        edges = ((u, v, None, d) for u, v, d in G.edges(data=True))
    for i, (u, v, k, d) in enumerate(edges, start=1):
        values = {**d, "source": u, "target": v}
        if "id" not in d and isinstance(k, str):
            values["id"] = k
        tables.relations.append((i, values))
    graph = dict(G.graph)
    if not G.is_directed():
        graph["directed"] = False
    tables.set_graph(graph)
    return tables


def notify(notice: str | None, stacklevel: int = 3) -> None:
    if notice:
        warnings.warn(notice, ImportNotice, stacklevel=stacklevel)


def from_networkx(G, *, source: str = "a networkx graph", kind: str = "other", type: str = TIE):
    """An actor-relationship graph from any networkx graph, filling in what it lacks.

    Parameters
    ----------
    G : networkx.Graph, DiGraph, MultiGraph or MultiDiGraph
        Nodes become actors, edges relations; node and edge attributes are kept.
    source : str, default 'a networkx graph'
        Named in the notice and in the default evidence ("imported from SOURCE").
    kind : str, default 'other'
        Actor kind of nodes without a ``kind`` attribute (see :func:`actor_kinds`).
    type : str, default 'tie'
        Relation type of edges without a ``type`` attribute; ``tie`` has the
        category ``unspecified`` and sign 0; an edge's sign is that of its
        ``weight`` where it has one.

    Returns
    -------
    networkx.MultiDiGraph
        An :class:`ActorGraph`. An undirected ``G`` gives a graph marked
        ``graph["directed"] = False``, whose every analysis counts a tie in
        both directions, as networkx does for an undirected graph.

    Raises
    ------
    DatasetError
        If a value cannot be stored (a list attribute, an unknown ``kind``).

    Warns
    -----
    ImportNotice
        One line saying what was filled in, when anything was.

    Notes
    -----
    The defaults are those of :mod:`graphlib_kb.io.plain`; a graph that already
    has every required attribute is taken as it is, like :func:`from_tables`.

    Examples
    --------
    >>> import warnings, networkx as nx, graphlib_kb as gk
    >>> with warnings.catch_warnings(record=True) as notes:
    ...     warnings.simplefilter("always")
    ...     G = gk.from_networkx(nx.karate_club_graph(), source="karate")
    >>> print(notes[0].message)  # doctest: +NORMALIZE_WHITESPACE
    karate: imported as a plain undirected graph: 34 actors, 78 ties; names, kinds,
    types and evidence defaulted; relation ids generated
    >>> G.graph["directed"], G.nodes["0"]["kind"], G.edges["0", "1", "e1"]["type"]
    (False, 'other', 'tie')
    >>> round(float(gk.centrality(G).loc["0", "betweenness"]), 4)
    0.4376
    """
    import networkx as nx

    from ..model import load_tables

    if not isinstance(G, nx.Graph):
        raise TypeError(f"expected a networkx graph, got {G.__class__.__name__}")
    tables, notice = complete(tables_from_networkx(G, source), source, kind=kind, type=type)
    result = load_tables(tables)
    notify(notice)
    return result


def source_name(path) -> str:
    return Path(str(path)).name
