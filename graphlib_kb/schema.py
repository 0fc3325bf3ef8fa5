"""The data model: fields of actors, relations, sources and added relation types, and their checks.

Every reader turns its input into :class:`Tables` of raw records; :func:`check`
coerces and checks them all at once and returns every problem found, so that a
reader either builds a whole graph or raises one error listing everything wrong.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .dates import date_bounds
from .vocabulary import kind_names, relation_type_records, status_names

__all__ = [
    "ACTOR_FIELDS",
    "RELATION_FIELDS",
    "EXTRACTION_FIELDS",
    "REVIEW_VALUES",
    "SOURCE_FIELDS",
    "TYPE_FIELDS",
    "LIST_SEPARATOR",
    "RESERVED_ATTRIBUTES",
    "PROBLEM_COLUMNS",
    "Field",
    "Tables",
    "Checked",
    "check",
    "problems_frame",
]

PROBLEM_COLUMNS = ("file", "row", "field", "message")
LIST_SEPARATOR = "|"
#: Attribute names that a file format uses for itself and so cannot be extra attributes.
RESERVED_ATTRIBUTES = frozenset(
    {
        "id",
        "key",
        "source",
        "target",
        "label",
        "viz",
        "start",
        "end",
        "spells",
        "networkx_key",
        "relation_type",
        "sources",
        "relation_types",
    }
)
GRAPH_TEXT_ATTRIBUTES = ("name", "title", "description", "citation", "license")
WEIGHT_RANGE = (-10.0, 10.0)
#: The category of relations imported from plain graphs (type ``tie`` and types a plain file
#: names); their weights are the source graph's own, not Goldstein values, so any finite
#: weight is kept.
UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class Field:
    """One column of a table: its name, value kind, whether it is required, and what it means."""

    name: str
    kind: str  # id, ref, line, text, code, int, float, bool, list, date
    required: bool = False
    description: str = ""

    @property
    def table_type(self) -> str:
        """The Frictionless Table Schema type of the column."""
        return {"int": "integer", "float": "number", "bool": "boolean"}.get(self.kind, "string")


ACTOR_FIELDS = (
    Field("id", "id", True, "Short stable identifier of the actor."),
    Field("name", "line", True, "Name of the actor as commonly written."),
    Field("kind", "line", True, "Kind of actor (see graphlib_kb.actor_kinds())."),
    Field("aliases", "list", False, "Other names, separated by '|' in CSV files."),
    Field("parent", "ref", False, "Id of the organisation or state this actor belongs to."),
    Field("camp", "line", False, "Side of the conflict the actor is coded to."),
    Field("cameo", "code", False, "CAMEO actor code (e.g. AZE, AZEGOV, IGOEUREEC)."),
    Field("description", "text", False, "One or two sentences on who the actor is."),
)
RELATION_FIELDS = (
    Field("id", "id", True, "Stable identifier of the relation record (the edge key)."),
    Field("source", "ref", True, "Id of the actor the relation goes from."),
    Field("target", "ref", True, "Id of the actor or territory the relation goes to."),
    Field("type", "line", True, "Relation type (see graphlib_kb.vocabulary())."),
    Field("category", "line", False, "Category of the type; filled in from the vocabulary."),
    Field("sign", "int", False, "+1 cooperative, -1 hostile, 0 structural; default from the type."),
    Field(
        "weight", "float", False, "Weight on the Goldstein scale, -10 to 10; default from the type."
    ),
    Field("date", "date", False, "ISO 8601 day, month, year or interval start/end ('..' = open)."),
    Field(
        "status",
        "line",
        False,
        "asserted (default), alleged, denied, offered, planned, historical.",
    ),
    Field(
        "between",
        "list",
        False,
        "For mediation: ids of the parties mediated between, '|'-separated.",
    ),
    Field("location", "line", False, "Where the relation took place, if stated."),
    Field(
        "evidence", "text", True, "Short paraphrase of what the source says, in the coder's words."
    ),
    Field("document", "ref", False, "Id of the source document (sources table)."),
    Field("sentence", "int", False, "Number of the sentence in the document (1 = first)."),
    Field("notes", "text", False, "Coding notes."),
)
#: Optional relation columns written by graphlib_kb.extract (absent from hand-coded datasets).
EXTRACTION_FIELDS = (
    Field("confidence", "float", False, "Extractor's confidence in the relation, 0 to 1."),
    Field("rule", "line", False, "Lexicon rule (or other component) that produced the relation."),
    Field(
        "review",
        "line",
        False,
        "unreviewed, accepted or rejected; rejected relations are left out of analyses.",
    ),
    Field("trigger", "line", False, "The words of the sentence that triggered the relation."),
    Field(
        "spans",
        "line",
        False,
        "Character spans of trigger, source and target in the document ('trigger 10-16;...').",
    ),
)
REVIEW_VALUES = ("unreviewed", "accepted", "rejected")
SOURCE_FIELDS = (
    Field("id", "id", True, "Identifier of the source document."),
    Field("title", "line", True, "Title or short description of the document."),
    Field("publisher", "line", False, "Who published it."),
    Field("date", "date", False, "Publication date (ISO 8601)."),
    Field("url", "line", False, "Where it can be found."),
    Field("language", "code", False, "Language code (ISO 639-1)."),
    Field("file", "line", False, "File name of the text the sentence numbers refer to."),
    Field("sha256", "code", False, "SHA-256 of that file, to check the numbering applies."),
    Field("sentences", "int", False, "Number of sentences in the document."),
    Field("notes", "text", False, "Notes on the source and on how its sentences are numbered."),
)
TYPE_FIELDS = (
    Field("type", "id", True, "Name of the added relation type."),
    Field("category", "id", True, "Its category (an existing one or a new one)."),
    Field("sign", "int", True, "+1, -1 or 0."),
    Field("weight", "float", True, "Default weight on the Goldstein scale."),
    Field("cameo", "code", False, "CAMEO event code, if any."),
    Field("plover_type", "code", False, "PLOVER event type, if any."),
    Field("plover_mode", "line", False, "PLOVER mode, if any."),
    Field("symmetric", "bool", True, "Whether the relation holds in both directions."),
    Field("definition", "text", True, "One line saying what it means."),
)

_ID = re.compile(r"^[\w.:-]+$")
_CODE = re.compile(r"^[A-Za-z0-9]+$")
_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_MISSING = object()


@dataclass
class Tables:
    """Raw records as a reader found them, before any check.

    Each record is ``(row, values)``: *row* is the line number in a CSV file or
    the 1-based position of the record in other formats, *values* maps column
    names to raw values (strings from CSV, typed values from graph formats).
    """

    actors: list = field(default_factory=list)
    relations: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    relation_types: list = field(default_factory=list)
    graph: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    #: True for an in-memory graph: empty values (None, "", [], NaN) are then problems,
    #: because no file format can store them; in files an empty cell means "missing".
    in_memory: bool = False
    #: The relations as a DataFrame (instead of ``relations`` records): checked over whole
    #: columns, and row by row only when a column holds something to look at closer.
    relation_frame: Any = None
    #: For a ``relation_frame`` read from a file: parses the file row by row when the
    #: columnar check finds something to look at; returns ``(records, parse problems,
    #: position of those problems among the reader's)``.
    relation_rows: Any = None

    def file(self, table: str) -> str:
        return self.files.get(table, table)

    def set_graph(self, graph: dict, decode=None) -> None:
        """Take the graph attributes; ``sources`` and ``relation_types`` become tables.

        *decode* turns their stored form (JSON text in XML formats) back into a
        mapping of id -> fields; a value that is not such a mapping is a problem.
        """
        graph = dict(graph)
        for name, keyname in (("sources", "id"), ("relation_types", "type")):
            value = graph.pop(name, None)
            if value is None:
                continue
            if decode is not None:
                value = decode(value)
            if not isinstance(value, dict) or not all(isinstance(r, dict) for r in value.values()):
                self.problems.append(
                    (self.file("graph"), None, name, "must map each id to a set of fields")
                )
                continue
            table = getattr(self, name)
            for i, (ident, rec) in enumerate(value.items(), start=1):
                table.append((i, {**rec, keyname: ident}))
        self.graph = graph


@dataclass
class Checked:
    """Coerced records, ready to become a graph (only when there are no problems)."""

    actors: list  # (id, attrs)
    relations: list  # (source, target, key, attrs)
    sources: dict
    relation_types: dict
    graph: dict
    problems: list
    #: The coerced relations as a DataFrame, when they were checked over whole columns.
    relation_frame: Any = None


def graph_files(label: str, graph: str = "graph attributes") -> dict:
    """The :attr:`Tables.files` labels of a graph's tables, for messages: its nodes, edges, ...

    One rule for graphs in memory and graph files (GraphML, node-link JSON, networkx);
    *graph* names the graph's own attributes (``"graph"`` in a file's messages).

    Examples
    --------
    >>> graph_files("g.graphml", graph="graph")["actors"]
    'g.graphml nodes'
    """
    return {
        "actors": f"{label} nodes",
        "relations": f"{label} edges",
        "sources": f"{label} sources",
        "relation_types": f"{label} relation_types",
        "graph": f"{label} {graph}",
    }


def problems_frame(problems) -> pd.DataFrame:
    """Problems as a DataFrame with the columns ``file``, ``row``, ``field``, ``message``."""
    frame = pd.DataFrame.from_records(list(problems), columns=list(PROBLEM_COLUMNS))
    frame["file"] = frame["file"].astype(object)
    frame["row"] = pd.array(
        [None if r is None or r != r else int(r) for r in frame["row"]], dtype="Int64"
    )
    frame["field"] = frame["field"].astype(object).where(frame["field"].notna(), None)
    frame["message"] = frame["message"].astype(object)
    return frame


def parent_chain(node, parent_of) -> tuple[list, object]:
    """Walk up ``parent`` from *node*: the one rule for the chain of parents.

    ``parent_of(n)`` gives *n*'s parent, or None where the walk stops (no parent, or one
    that is not an actor). Returns ``(chain, repeated)``: *node* and its ancestors in order,
    each once, and the ancestor at which the walk came back onto the chain (a cycle), or
    None when the chain ended.

    Examples
    --------
    >>> parents = {"michel": "eu", "eu": None}
    >>> parent_chain("michel", parents.get)
    (['michel', 'eu'], None)
    >>> parent_chain("a", {"a": "b", "b": "a"}.get)
    (['a', 'b'], 'a')
    """
    chain, seen = [node], {node}
    while True:
        parent = parent_of(node)
        if parent is None:
            return chain, None
        if parent in seen:
            return chain, parent
        chain.append(parent)
        seen.add(parent)
        node = parent


def is_missing(value) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and value == "":
        return True
    return isinstance(value, (list, tuple)) and len(value) == 0


#: Control characters: Unicode categories Cc (C0, DEL, C1) and Cs (lone surrogates), the
#: characters ``unicodedata.category`` puts there; one compiled pattern, searched in C.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
#: The same, allowing tab and newline (free text).
CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _control_char(text: str, allow: str = "") -> str | None:
    """The first control character of *text* (tab and newline allowed with ``allow="\\n\\t"``)."""
    if allow not in ("", "\n\t"):
        raise ValueError(f"allow must be '' or tab and newline, not {allow!r}")
    found = (CONTROL_IN_TEXT if allow else CONTROL).search(text)
    return found.group() if found else None


def _text_error(text: str, allow: str = "") -> str | None:
    bad = _control_char(text, allow)
    if bad is not None:
        return f"contains the control character U+{ord(bad):04X}"
    return None


def coerce(f: Field, value: Any) -> tuple[Any, str | None]:
    """Coerce one raw value to the kind of field *f*: ``(value, None)`` or ``(None, error)``."""
    kind = f.kind
    if kind == "list":
        if isinstance(value, str):
            items = value.split(LIST_SEPARATOR)
        elif isinstance(value, (list, tuple)):
            items = list(value)
        else:
            return None, f"expected a list of ids or names, got {type(value).__name__}"
        out = []
        for item in items:
            if not isinstance(item, str):
                return None, f"list items must be text, got {type(item).__name__}"
            if item == "":
                return None, "contains an empty item (check for a doubled or trailing '|')"
            if LIST_SEPARATOR in item:
                return None, f"item '{item}' contains '{LIST_SEPARATOR}', the list separator"
            err = _text_error(item)
            if err:
                return None, err
            out.append(item)
        return out, None
    if kind == "int":
        if isinstance(value, bool):
            return None, "expected an integer, got a boolean"
        if isinstance(value, int):
            return value, None
        if isinstance(value, float) and value.is_integer():
            # igraph and other tools write every number as a double ("1.0").
            return int(value), None
        if isinstance(value, str) and _INT.match(value):
            try:
                return int(value), None
            except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
                return None, f"an integer of {len(value.lstrip('+-'))} digits is too long"
        return None, f"expected an integer, got {value!r}"
    if kind == "float":
        if isinstance(value, bool):
            return None, "expected a number, got a boolean"
        if (
            isinstance(value, (int, float))
            or isinstance(value, str)
            and _FLOAT.match(value.strip())
            and value == value.strip()
        ):
            number = float(value)
        else:
            return None, f"expected a number, got {value!r}"
        if not math.isfinite(number):
            return None, "must be a finite number (not NaN or infinite)"
        return number, None
    if kind == "bool":
        if isinstance(value, bool):
            return value, None
        if isinstance(value, str) and value in ("true", "false"):
            return value == "true", None
        return None, f"expected true or false, got {value!r}"
    if not isinstance(value, str):
        return None, f"expected text, got {type(value).__name__} {value!r}"
    if kind == "text":
        err = _text_error(value, allow="\n\t")
        return (None, err) if err else (value, None)
    err = _text_error(value)
    if err:
        return None, err
    if kind in ("id", "ref") and not _ID.match(value):
        return None, (
            f"'{value}' is not a valid id: use letters, digits, '_', '-', '.' or ':', no spaces"
        )
    if kind == "code" and not _CODE.match(value):
        return None, f"'{value}' is not a valid code: letters and digits only"
    if kind == "date":
        try:
            date_bounds(value)
        except ValueError as exc:
            return None, str(exc)
    return value, None


def _suggest(value: str, choices) -> str:
    choices = sorted(choices)
    close = difflib.get_close_matches(value, choices, n=1)
    if not close:
        close = [c for c in choices if c.startswith(value) or value.startswith(c)][:1]
    return f"; did you mean '{close[0]}'?" if close else ""


class _Sink:
    def __init__(self, tables: Tables):
        self.tables = tables
        self.problems: list = list(tables.problems)

    def add(self, table: str, row, fld, message: str) -> None:
        self.problems.append((self.tables.file(table), row, fld, message))


_EMPTY = "holds an empty value ({!r}) that no file format can store; delete the attribute instead"


def _attribute_name_problem(name, reserved: str):
    """What is wrong with an extra attribute's name, as ``(field, message)``, or None.

    The one rule for records and for the graph's own attributes; *reserved* is the clause
    after "'name' is reserved" (the two tables word it differently).
    """
    if not isinstance(name, str) or not name or _control_char(name):
        return None, f"invalid attribute name {name!r}"
    if name in RESERVED_ATTRIBUTES:
        return name, f"'{name}' is reserved{reserved}; rename it"
    return None


def _attribute_value_problem(value, unstorable: str) -> str | None:
    """What is wrong with an extra attribute's (present) value, or None if it can be stored.

    *unstorable* is appended to "<type> values cannot be stored".
    """
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number (not NaN or infinite)"
    if not isinstance(value, (str, bool, int, float)):
        return f"{type(value).__name__} values cannot be stored{unstorable}"
    if isinstance(value, str):
        return _text_error(value, allow="\n\t")
    return None


def _check_record(sink: _Sink, table: str, row, values: dict, fields, extras_types: dict):
    """Coerce one record: returns ``(schema values, extra values)`` with missing ones left out."""
    known = {f.name: f for f in fields}
    strict = sink.tables.in_memory
    out: dict = {}
    extra: dict = {}
    for f in fields:
        raw = values.get(f.name, _MISSING)
        if raw is _MISSING or (is_missing(raw) and not isinstance(raw, float)):
            if f.required:
                sink.add(table, row, f.name, "required value is missing")
            elif strict and raw is not _MISSING:
                sink.add(table, row, f.name, _EMPTY.format(raw))
            continue
        value, err = coerce(f, raw)
        if err:
            sink.add(table, row, f.name, err)
        else:
            out[f.name] = value
    for name, raw in values.items():
        if name in known:
            continue
        problem = _attribute_name_problem(name, " by the file formats")
        if problem:
            sink.add(table, row, *problem)
            continue
        if is_missing(raw) and not isinstance(raw, float):
            if strict:
                sink.add(table, row, name, _EMPTY.format(raw))
            continue
        err = _attribute_value_problem(raw, "; use text, a number or true/false")
        if err:
            sink.add(table, row, name, err)
            continue
        kind = type(raw)
        seen = extras_types.setdefault(name, (kind, row))
        if seen[0] is not kind:
            sink.add(
                table,
                row,
                name,
                f"holds a {kind.__name__} here but a {seen[0].__name__} in row {seen[1]}; "
                "an attribute has one type",
            )
            continue
        extra[name] = raw
    return out, extra


def _check_unique(sink, table, rows_ids) -> set:
    first: dict = {}
    for row, ident in rows_ids:
        if ident in first:
            sink.add(table, row, "id", f"duplicate id '{ident}' (first in row {first[ident]})")
        else:
            first[ident] = row
    return set(first)


def frame_records(frame, what: str) -> list:
    """``(row, values)`` records of a DataFrame or of an iterable of mappings; missing values
    (None, NaN, "", []) are left out."""
    if frame is None:
        return []
    if isinstance(frame, pd.DataFrame):
        if not frame.index.equals(pd.RangeIndex(len(frame))) and frame.index.name:
            frame = frame.reset_index()
        rows = frame.to_dict(orient="records")
    else:
        rows = list(frame)
    out = []
    for i, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise TypeError(f"{what}: row {i} is a {type(row).__name__}, expected a mapping")
        out.append((i, {k: v for k, v in row.items() if not is_missing(v)}))
    return out


def _check_relation_types(sink, tables, base_types) -> dict:
    """The added relation types: ``{type: record}`` of those complete enough to use."""
    rtypes: dict = {}
    ext: dict = {}
    for row, values in tables.relation_types:
        rec, extra = _check_record(sink, "relation_types", row, values, TYPE_FIELDS, ext)
        if extra:
            sink.add("relation_types", row, next(iter(extra)), "unknown column")
        name = rec.get("type")
        if name is None:
            continue
        if name in base_types:
            sink.add("relation_types", row, "type", f"'{name}' is already in the base vocabulary")
            continue
        if name in rtypes:
            sink.add("relation_types", row, "type", f"duplicate relation type '{name}'")
            continue
        if "sign" in rec and rec["sign"] not in (-1, 0, 1):
            sink.add("relation_types", row, "sign", "must be -1, 0 or 1")
        if (
            "weight" in rec
            and rec.get("category") != UNSPECIFIED
            and not WEIGHT_RANGE[0] <= rec["weight"] <= WEIGHT_RANGE[1]
        ):
            sink.add("relation_types", row, "weight", "must be between -10 and 10")
        if set(f.name for f in TYPE_FIELDS if f.required) - {"type"} <= set(rec):
            rtypes[name] = {k: v for k, v in rec.items() if k != "type"}
    return rtypes


def _check_sources(sink, tables) -> dict:
    """The source documents: ``{id: record}``."""
    sources: dict = {}
    ext: dict = {}
    for row, values in tables.sources:
        rec, extra = _check_record(sink, "sources", row, values, SOURCE_FIELDS, ext)
        ident = rec.pop("id", None)
        if ident is None:
            continue
        if ident in sources:
            sink.add("sources", row, "id", f"duplicate id '{ident}'")
            continue
        if "sha256" in rec and not re.fullmatch(r"[0-9a-f]{64}", rec["sha256"]):
            sink.add("sources", row, "sha256", "must be 64 lowercase hexadecimal digits")
        if "sentences" in rec and rec["sentences"] < 1:
            sink.add("sources", row, "sentences", "must be 1 or more")
        sources[ident] = {**rec, **extra}
    return sources


def _check_actors(sink, tables):
    """The actors: ``([(row, record, extra)], set of ids)``; parents checked, cycles named."""
    kinds = kind_names()
    actors: list = []
    ext: dict = {}
    ids_rows = []
    for row, values in tables.actors:
        rec, extra = _check_record(sink, "actors", row, values, ACTOR_FIELDS, ext)
        if "kind" in rec and rec["kind"] not in kinds:
            sink.add(
                "actors",
                row,
                "kind",
                f"unknown actor kind '{rec['kind']}'{_suggest(rec['kind'], kinds)} "
                f"(valid: {', '.join(kinds)})",
            )
        if "id" in rec:
            ids_rows.append((row, rec["id"]))
            actors.append((row, rec, extra))
    actor_ids = _check_unique(sink, "actors", ids_rows)
    _check_parents(sink, actors, actor_ids)
    return actors, actor_ids


def _check_parents(sink, actors, actor_ids) -> None:
    """Each ``parent`` names another known actor, and no chain of parents forms a cycle."""
    parents = {}
    for row, rec, _ in actors:
        parent = rec.get("parent")
        if parent is None:
            continue
        if parent == rec["id"]:
            sink.add("actors", row, "parent", "an actor cannot be its own parent")
        elif parent not in actor_ids:
            sink.add("actors", row, "parent", f"unknown actor '{parent}'")
        else:
            parents[rec["id"]] = (parent, row)
    reported: set = set()
    for start in parents:
        seen, node = parent_chain(start, lambda n: parents[n][0] if n in parents else None)
        if node is not None and node not in reported:
            cycle = seen[seen.index(node) :]
            reported.update(cycle)
            sink.add(
                "actors",
                parents[node][1],
                "parent",
                "parent chain forms a cycle: " + " -> ".join([*cycle, node]),
            )


def _check_relations(sink, tables, actor_ids, all_types, sources):
    """The relations: ``([(row, record, extra)], clean frame or None)``.

    A relation frame that the column checks pass comes back as the clean frame (and no
    records); otherwise every row is checked, in the order the file gives them.
    """
    statuses = status_names()
    relations: list = []
    ext: dict = {}
    ids_rows = []
    clean = None
    relation_rows = tables.relations
    if tables.relation_frame is not None:
        from ._columns import clean_relations

        frame = tables.relation_frame
        if frame.index.name and not frame.index.equals(pd.RangeIndex(len(frame))):
            frame = frame.reset_index()
        clean = clean_relations(frame, actor_ids, all_types, statuses, sources)
        if clean is not None:
            relation_rows = []
        elif tables.relation_rows is not None:
            # the parser's problems go where reading the file row by row would have put them
            relation_rows, parsed, position = tables.relation_rows()
            sink.problems[position:position] = parsed
        else:
            relation_rows = frame_records(frame, "relations")
    for row, values in relation_rows:
        rec, extra = _check_record(
            sink, "relations", row, values, RELATION_FIELDS + EXTRACTION_FIELDS, ext
        )
        _check_relation_ends(sink, row, rec, actor_ids)
        _check_relation_type(sink, row, rec, all_types, statuses)
        _check_relation_evidence(sink, row, rec, values, actor_ids, sources)
        if "id" in rec:
            ids_rows.append((row, rec["id"]))
            relations.append((row, rec, extra))
    _check_unique(sink, "relations", ids_rows)
    return relations, clean


def _check_relation_ends(sink, row, rec, actor_ids) -> None:
    """Review and confidence values, and the two ends: known actors, not the same one."""
    if "review" in rec and rec["review"] not in REVIEW_VALUES:
        sink.add(
            "relations",
            row,
            "review",
            f"unknown review '{rec['review']}' (valid: {', '.join(REVIEW_VALUES)})",
        )
    if "confidence" in rec and not 0.0 <= rec["confidence"] <= 1.0:
        sink.add("relations", row, "confidence", f"{rec['confidence']} is outside 0 ... 1")
    for end in ("source", "target"):
        if end in rec and rec[end] not in actor_ids:
            sink.add(
                "relations",
                row,
                end,
                f"unknown actor '{rec[end]}'{_suggest(rec[end], actor_ids)}",
            )
    if rec.get("source") is not None and rec.get("source") == rec.get("target"):
        sink.add("relations", row, "target", "source and target are the same actor")


def _check_relation_type(sink, row, rec, all_types, statuses) -> None:
    """The type is known (its category, sign and weight fill gaps), sign, weight, status."""
    rtype = rec.get("type")
    spec = all_types.get(rtype) if rtype is not None else None
    if rtype is not None and spec is None:
        in_category = [t for t, r in all_types.items() if r["category"] == rtype]
        hint = (
            f"; '{rtype}' is a category, its types are: {', '.join(in_category)}"
            if in_category
            else _suggest(rtype, all_types)
        )
        sink.add(
            "relations",
            row,
            "type",
            f"unknown relation type '{rtype}'{hint} (see graphlib_kb.vocabulary())",
        )
    if spec is not None:
        if "category" in rec and rec["category"] != spec["category"]:
            sink.add(
                "relations",
                row,
                "category",
                f"'{rec['category']}' does not match type '{rtype}', "
                f"whose category is '{spec['category']}'",
            )
        rec.setdefault("category", spec["category"])
        rec.setdefault("sign", spec["sign"])
        rec.setdefault("weight", spec["weight"])
    if "sign" in rec and rec["sign"] not in (-1, 0, 1):
        sink.add("relations", row, "sign", f"must be -1, 0 or 1, got {rec['sign']}")
    if (
        "weight" in rec
        and rec.get("category") != UNSPECIFIED
        and not WEIGHT_RANGE[0] <= rec["weight"] <= WEIGHT_RANGE[1]
    ):
        sink.add("relations", row, "weight", f"{rec['weight']} is outside -10 ... 10")
    rec.setdefault("status", "asserted")
    if rec["status"] not in statuses:
        sink.add(
            "relations",
            row,
            "status",
            f"unknown status '{rec['status']}'{_suggest(rec['status'], statuses)} "
            f"(valid: {', '.join(statuses)})",
        )


def _check_relation_evidence(sink, row, rec, values, actor_ids, sources) -> None:
    """The parties ``between``, and the source document and sentence the relation cites."""
    between = rec.get("between")
    if between is not None:
        if len(set(between)) < 2:
            sink.add("relations", row, "between", "needs at least two different parties")
        for party in between:
            if party not in actor_ids:
                sink.add("relations", row, "between", f"unknown actor '{party}'")
    doc = rec.get("document")
    if doc is not None and doc not in sources:
        sink.add("relations", row, "document", f"unknown source document '{doc}'")
    if "sentence" in rec:
        if rec["sentence"] < 1:
            sink.add("relations", row, "sentence", "must be 1 or more")
        elif doc is None and "document" not in values:
            sink.add("relations", row, "sentence", "a sentence number needs a document")
        elif doc in sources and rec["sentence"] > sources[doc].get("sentences", math.inf):
            sink.add(
                "relations",
                row,
                "sentence",
                f"document '{doc}' has only {sources[doc]['sentences']} sentences",
            )


def _check_graph(sink, tables) -> dict:
    """The graph's own attributes (title, description, ... and extra ones)."""
    graph: dict = {}
    for name in GRAPH_TEXT_ATTRIBUTES:
        if name in tables.graph and not is_missing(tables.graph[name]):
            value = tables.graph[name]
            if not isinstance(value, str):
                sink.add("graph", None, name, f"expected text, got {type(value).__name__}")
                continue
            err = _text_error(value, allow="\n\t")
            if err:
                sink.add("graph", None, name, err)
                continue
            graph[name] = value
    for name, value in tables.graph.items():
        if is_missing(value) and not isinstance(value, float):
            if sink.tables.in_memory:
                sink.add("graph", None, name, _EMPTY.format(value))
            continue
        if name in GRAPH_TEXT_ATTRIBUTES:
            continue
        problem = _attribute_name_problem(name, "")
        err = None if problem else _attribute_value_problem(value, "")
        if problem:
            sink.add("graph", None, *problem)
        elif err:
            sink.add("graph", None, name, err)
        else:
            graph[name] = value
    return graph


def check(tables: Tables, records: bool = True) -> Checked:
    """Coerce and check every record of *tables*; collect every problem.

    Relations given as ``tables.relation_frame`` are checked over whole columns first; only
    when that finds something to look at are they checked row by row (the messages are
    always the row-by-row ones). With ``records=False`` the relations of a clean frame are
    left as ``Checked.relation_frame`` and not made into records.
    """
    sink = _Sink(tables)
    base_types = relation_type_records()
    rtypes = _check_relation_types(sink, tables, base_types)
    all_types = {**base_types, **rtypes}
    sources = _check_sources(sink, tables)
    actors, actor_ids = _check_actors(sink, tables)
    relations, clean = _check_relations(sink, tables, actor_ids, all_types, sources)
    graph = _check_graph(sink, tables)
    if clean is not None:
        from ._columns import row_dicts

        relation_records = []
        if records:
            relation_records = list(
                zip(
                    clean["source"].tolist(),
                    clean["target"].tolist(),
                    clean["id"].tolist(),
                    row_dicts(clean, skip=("id", "source", "target")),
                    strict=True,
                )
            )
    else:
        relation_records = [
            (rec.pop("source", None), rec.pop("target", None), rec.pop("id"), {**rec, **extra})
            for _, rec, extra in relations
        ]
    return Checked(
        actors=[(rec.pop("id"), {**rec, **extra}) for _, rec, extra in actors],
        relations=relation_records,
        relation_frame=clean,
        sources=sources,
        relation_types=rtypes,
        graph=graph,
        problems=sink.problems,
    )
