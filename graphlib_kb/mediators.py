"""Mediator roles: who mediates, offers to mediate or brokers between whom, ranked and explained."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import networkx as nx
import numpy as np
import pandas as pd

from .brokerage import brokerage, simple_arcs
from .centrality import centrality
from .dates import date_bounds, date_ends, date_phrase
from .errors import UsageError
from .holes import structural_holes
from .layers import layer

__all__ = ["mediators", "mediated_dyads", "RANK_WEIGHTS", "STATUS_WEIGHTS", "COLLECTIVE_KINDS"]

#: Default weights of the five components of the mediator score.
RANK_WEIGHTS = {
    "records": 0.5,
    "rounds": 0.2,
    "brokerage": 0.15,
    "betweenness": 0.075,
    "openness": 0.075,
}
#: Default weight of a mediation record by its status: an asserted (current)
#: record outweighs an offer, which outweighs a historical record.
STATUS_WEIGHTS = {
    "asserted": 1.0,
    "offered": 0.5,
    "planned": 0.5,
    "historical": 0.25,
    "alleged": 0.25,
    "denied": 0.0,
}
#: Actor kinds that name a collective rather than an actor who can be held to a record.
COLLECTIVE_KINDS = ("coalition",)
MEDIATION_TYPES = ("mediate", "offer_mediation")


def _name(G, node) -> str:
    return str(G.nodes[node].get("name", node)) if node in G else str(node)


def mediated_dyads(G, *, collapse: bool = False, types=MEDIATION_TYPES) -> pd.DataFrame:
    """One row per mediator and pair of parties it mediates (or offers to mediate) between.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    collapse : bool, default False
        Attribute people and bodies to their top-level organisation first (see :func:`layer`).
    types : tuple of str
        Relation types that make their source a mediator.

    Returns
    -------
    pandas.DataFrame
        One row per mediator, pair of parties and relation type, with the
        columns ``mediator``, ``parties`` (tuple of actor ids: the ``between``
        of the records, or their targets), ``dyad`` (the parties' names joined
        by an en dash), ``types``, ``statuses``, ``records``, ``first``,
        ``last`` (the earliest start and the latest end of the records'
        dates, at their own precision: ``2020``, not 2020-01-01; None if
        open or undated), ``dates`` (the records' dates as written),
        ``locations`` and ``relations`` (record ids).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> dyads = gk.mediated_dyads(gk.load_dataset("karabakh-2023"))
    >>> dyads.loc[dyads.mediator == "rus", ["dyad", "statuses", "first", "last"]]
    ... # doctest: +NORMALIZE_WHITESPACE
                     dyad    statuses       first        last
    2  Azerbaijan–Armenia  historical        2020        2020
    3  Azerbaijan–Armenia     offered  2023-07-15  2023-07-15
    """
    from .layers import without_rejected

    G = without_rejected(G)
    H = layer(G, collapse=True) if collapse else G
    groups: dict = {}
    for u, v, k, d in H.edges(keys=True, data=True):
        if d.get("type") not in types:
            continue
        parties = tuple(d["between"]) if d.get("between") else (v,)
        key = (u, parties, d["type"])
        rec = groups.setdefault(
            key,
            {
                "types": [],
                "statuses": [],
                "ids": [],
                "firsts": [],
                "lasts": [],
                "locations": [],
                "targets": [],
                "dates": [],
            },
        )
        rec["types"].append(d["type"])
        rec["statuses"].append(d.get("status", "asserted"))
        rec["ids"].append(k)
        rec["targets"].append(v)
        if d.get("location"):
            rec["locations"].append(d["location"])
        if d.get("date"):
            rec["dates"].append(d["date"])
            first, last = date_bounds(d["date"])
            first_text, last_text = date_ends(d["date"])
            if first is not None:
                rec["firsts"].append((first, first_text))
            if last is not None:
                rec["lasts"].append((last, last_text))
    rows = []
    for (mediator, parties, _), rec in groups.items():
        if len(parties) == 1:
            parties = tuple(dict.fromkeys(rec["targets"]))
        rows.append(
            {
                "mediator": mediator,
                "parties": parties,
                "dyad": "–".join(_name(H, p) for p in parties),
                "types": ", ".join(sorted(set(rec["types"]))),
                "statuses": ", ".join(sorted(set(rec["statuses"]))),
                "records": len(rec["ids"]),
                "first": min(rec["firsts"])[1] if rec["firsts"] else None,
                "last": max(rec["lasts"])[1] if rec["lasts"] else None,
                "_start": min(rec["firsts"])[0] if rec["firsts"] else None,
                "dates": ", ".join(dict.fromkeys(rec["dates"])),
                "locations": ", ".join(sorted(set(rec["locations"]))),
                "relations": ", ".join(sorted(rec["ids"])),
            }
        )
    columns = [
        "mediator",
        "parties",
        "dyad",
        "types",
        "statuses",
        "records",
        "first",
        "last",
        "dates",
        "locations",
        "relations",
    ]
    table = pd.DataFrame(rows, columns=[*columns, "_start"])
    table = table.sort_values(["mediator", "_start"], na_position="first", kind="stable")
    return table[columns].reset_index(drop=True)


def _conflict_pairs(C, actor, groups, hostile) -> list:
    """Pairs {a, c} of adversaries that the actor brokers on the undirected cooperative layer.

    The actor is tied to both, they are not tied to each other, the actor's
    group differs from both of theirs (a liaison or itinerant position), and
    a and c have at least one hostile relation (sign -1) between them.
    """
    nbrs = sorted(set(C.successors(actor)) | set(C.predecessors(actor)), key=str)
    gb = groups.get(actor)
    out = []
    for i, a in enumerate(nbrs):
        for c in nbrs[i + 1 :]:
            if frozenset((a, c)) not in hostile or C.has_edge(a, c) or C.has_edge(c, a):
                continue
            ga, gc = groups.get(a), groups.get(c)
            if None in (ga, gb, gc) or gb in (ga, gc):
                continue
            out.append((a, c))
    return out


def mediators(
    G,
    groups="camp",
    *,
    collapse: bool = False,
    weights: dict | None = None,
    status_weights: dict | None = None,
    types=MEDIATION_TYPES,
    hostility: float = -4.0,
    half_life: float = 5.0,
    as_of=None,
    collective: float = 0.5,
) -> pd.DataFrame:
    """Actors that mediate, offer to mediate or broker between camps, ranked and explained.

    Two kinds of evidence are combined. **Records**: relations of a mediation
    type (``mediate``, ``offer_mediation``) whose source is the actor, grouped
    by the pair of parties (``between``). **Structure**, on the cooperative
    layer (relations with sign +1, each taken as a tie in both directions,
    since mediation and cooperation are ties rather than flows): Gould–Fernandez
    liaison and itinerant brokerage between the ``groups`` (:func:`brokerage`),
    the pairs of adversaries that the actor connects from a liaison or
    itinerant position (two actors are adversaries when a relation between
    them has sign -1 and a weight of at most ``hostility``),
    betweenness (:func:`centrality`) and Burt's constraint (:func:`structural_holes`).
    Candidates are the actors with mediation records or with at least one such
    pair of adversaries.

    Ranking rule: ``score = w_records * R + w_rounds * M + w_brokerage * B
    + w_betweenness * C + w_openness * (1 - constraint)``, where

    - R is the weighted number of mediation records. Each record weighs
      ``status_weights[status] * 0.5 ** (age / half_life)``, times
      ``collective`` if the actor's kind is in :data:`COLLECTIVE_KINDS`.
      Status weights: asserted 1, offered 0.5, planned 0.5, historical 0.25,
      alleged 0.25, denied 0, so that a current record outweighs an offer,
      which outweighs a historical record. ``age`` is the number of whole
      years from the end of the record's date to ``as_of`` (0 for a record
      that is open-ended or undated). A collective term ("Western countries")
      names no one who can be held to the record, so with the default
      ``collective`` of 0.5 it ranks below its named members when they
      carry the same records.
    - M is the number of documented rounds the actor mediated: distinct
      (day, location) of its asserted ``mediate`` records dated to a day
      that name the parties (``between``), that is reported meetings rather
      than a general statement of a role ("the EU helps them negotiate") or
      a one-way event-data record. On karabakh-2023 this is what puts
      Charles Michel, chair of the Brussels talks of 15 July 2023, ahead
      of the EU and the United States, whose records are as current but
      not tied to a meeting.
    - B is the number of pairs of adversaries brokered, C is betweenness.

    R, M, B and C are divided by their maximum over the candidates so that
    each lies in [0, 1]. Default weights (:data:`RANK_WEIGHTS`): records
    0.5, rounds 0.2, brokerage 0.15, betweenness 0.075, openness 0.075.
    ``rank`` 1 is the highest score; ties are broken by name.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    groups : str or mapping, default 'camp'
        Actor attribute (or mapping) that defines the camps for brokerage; ``'inferred'``
        uses the camps inferred from the signs (:func:`graphlib_kb.inferred_groups`).
    collapse : bool, default False
        Attribute people and bodies to their top-level organisation first
        (Charles Michel's mediation becomes the EU's).
    weights, status_weights : dict, optional
        Override :data:`RANK_WEIGHTS` and :data:`STATUS_WEIGHTS` (missing keys keep their default).
    types : tuple of str
        Relation types that make their source a mediator.
    hostility : float, default -4.0
        The Goldstein weight at or below which a hostile relation makes its two
        actors adversaries. The default counts demands, rejections, threats,
        protests, coercion and fighting, and leaves out verbal disapproval,
        accusations and denials (-2), which do not by themselves call for a broker.
    half_life : float, default 5.0
        Years after which a record's weight halves; ``math.inf`` turns recency off.
    as_of : str or datetime.date, optional
        The date ages are measured to (default: the last day covered by any
        dated relation of ``G``).
    collective : float, default 0.5
        Weight of the records of a collective actor (kind in :data:`COLLECTIVE_KINDS`).

    Returns
    -------
    pandas.DataFrame
        One row per candidate, indexed by actor id, sorted by rank, with the
        columns ``name``, ``kind``, ``camp``, ``dyads`` (the pairs mediated,
        by name, separated by ``;``), ``records`` (mediation records),
        ``asserted``, ``offered``, ``historical`` (records by status),
        ``weighted_records`` (R above), ``rounds`` (M above),
        ``first``, ``last`` (dates covered, at their own precision), ``liaison``, ``itinerant``
        (brokerage on the cooperative layer), ``conflict_pairs`` (pairs of
        adversaries brokered), ``betweenness``, ``constraint``,
        ``score``, ``rank`` and ``explanation`` (plain language).
        ``table.attrs["components"]`` holds the five weighted parts of each
        score (``mediation records``, ``documented rounds``, ``adversaries connected``,
        ``betweenness``, ``low constraint``), which :func:`plot_mediators` charts.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> table = gk.mediators(gk.load_dataset("karabakh-2023"))
    >>> table[["records", "weighted_records", "rounds", "rank"]].head(5).round(2)
    ... # doctest: +NORMALIZE_WHITESPACE
            records  weighted_records  rounds  rank
    actor
    michel        2              2.00       1     1
    eu            2              2.00       0     2
    usa           2              2.00       0     3
    rus           4              1.38       0     4
    west          4              1.25       0     5
    """
    from .layers import without_rejected

    G = without_rejected(G)
    w = {**RANK_WEIGHTS, **(weights or {})}
    unknown = set(w) - set(RANK_WEIGHTS)
    if unknown:
        raise UsageError(f"unknown weights {sorted(unknown)}; use {', '.join(RANK_WEIGHTS)}")
    sw = {**STATUS_WEIGHTS, **(status_weights or {})}
    if half_life <= 0:
        raise UsageError(f"half_life must be positive, got {half_life!r}")
    H = layer(G, collapse=True) if collapse else G
    as_of = _as_of(H, as_of)
    dyads = mediated_dyads(H, types=types)

    inferred = isinstance(groups, str) and groups == "inferred"
    if inferred:
        from .balance import inferred_groups

        groups = inferred_groups(H)
    labels = (
        {n: d.get(groups) for n, d in H.nodes(data=True)}
        if isinstance(groups, str)
        else dict(groups)
    )
    C, brok, btw, holes = _cooperative_structure(H, labels)
    records = _mediation_records(
        H,
        types=types,
        status_weights=sw,
        as_of=as_of,
        half_life=half_life,
        collective=collective,
        hostility=hostility,
    )
    pairs = {n: _conflict_pairs(C, n, labels, records.hostile) for n in C}
    candidates = [n for n in H if n in records.statuses or pairs.get(n)]
    rows = [
        _candidate_row(H, n, records, dyads, labels, inferred, brok, btw, holes, pairs)
        for n in candidates
    ]
    if not rows:
        return pd.DataFrame(columns=_COLUMNS, index=pd.Index([], name="actor"))
    table, components = _ranked(pd.DataFrame(rows).set_index("actor"), w)
    table["explanation"] = [
        _explain(H, C, n, table.loc[n], dyads[dyads["mediator"] == n], pairs.get(n, []))
        for n in table.index
    ]
    table.attrs = {
        "weights": w,
        "status_weights": sw,
        "half_life": half_life,
        "as_of": as_of.isoformat() if as_of else None,
        "collective": collective,
        "collapse": collapse,
        "components": {name: values.to_dict() for name, values in components.items()},
    }
    return table[_COLUMNS]


_COLUMNS = [
    "name",
    "kind",
    "camp",
    "dyads",
    "records",
    "asserted",
    "offered",
    "historical",
    "weighted_records",
    "rounds",
    "first",
    "last",
    "liaison",
    "itinerant",
    "conflict_pairs",
    "betweenness",
    "constraint",
    "score",
    "rank",
    "explanation",
]


def _cooperative_structure(H, labels):
    """The structural evidence, on the cooperative layer (sign +1, ties both ways).

    Returns ``(C, brokerage, betweenness, holes)``: the collapsed cooperative digraph, the
    brokerage table between the groups in ``labels``, betweenness and Burt's constraint.
    """
    coop = layer(H, sign=1)
    undirected = coop.to_undirected()
    brok = brokerage(coop, labels, directed=False)
    btw = centrality(undirected, measures=["betweenness"])["betweenness"]
    holes = structural_holes(undirected)
    nodes, src, dst = simple_arcs(coop, directed=False)
    C = nx.DiGraph()
    C.add_nodes_from((n, H.nodes[n]) for n in nodes)
    C.add_edges_from((nodes[a], nodes[b]) for a, b in zip(src.tolist(), dst.tolist(), strict=True))
    return C, brok, btw, holes


class _Records(NamedTuple):
    statuses: dict  # actor -> statuses of its mediation records
    weight: dict  # actor -> weighted number of records (R)
    rounds: dict  # actor -> {(day, location)} of documented rounds (M)
    hostile: set  # {frozenset((u, v))} of adversaries


def _mediation_records(H, *, types, status_weights, as_of, half_life, collective, hostility):
    """The record evidence, in one pass over the relations: see :class:`_Records`."""
    record_rows, record_weight, rounds = {}, {}, {}
    hostile = set()
    for u, v, d in H.edges(data=True):
        if d.get("type") in types:
            status = d.get("status", "asserted")
            record_rows.setdefault(u, []).append(status)
            end = date_bounds(d["date"])[1] if d.get("date") else None
            age = max((as_of - end).days // 365, 0) if end is not None and as_of else 0
            weight = status_weights.get(status, 0.0) * 0.5 ** (age / half_life)
            if H.nodes[u].get("kind") in COLLECTIVE_KINDS:
                weight *= collective
            record_weight[u] = record_weight.get(u, 0.0) + weight
            day, last_day = date_ends(d.get("date"))
            if (
                d["type"] == "mediate"
                and status == "asserted"
                and len(d.get("between") or ()) >= 2
                and day
                and day == last_day
                and len(day) == 10
            ):
                rounds.setdefault(u, set()).add((d["date"], d.get("location") or ""))
        if d.get("sign", 0) < 0 and d.get("weight", 0.0) <= hostility:
            hostile.add(frozenset((u, v)))
    return _Records(record_rows, record_weight, rounds, hostile)


def _candidate_row(H, n, records, dyads, labels, inferred, brok, btw, holes, pairs) -> dict:
    """One candidate's evidence, before scoring: the table's columns up to ``constraint``."""
    statuses = records.statuses.get(n, [])
    mine = dyads[dyads["mediator"] == n]
    firsts = [f for f in mine["first"] if isinstance(f, str)]
    lasts = [x for x in mine["last"] if isinstance(x, str)]
    return {
        "actor": n,
        "name": _name(H, n),
        "kind": H.nodes[n].get("kind"),
        "camp": labels.get(n) if inferred else H.nodes[n].get("camp"),
        "dyads": "; ".join(dict.fromkeys(mine["dyad"])),
        "records": len(statuses),
        "asserted": statuses.count("asserted"),
        "offered": statuses.count("offered"),
        "historical": statuses.count("historical"),
        "weighted_records": round(records.weight.get(n, 0.0), 12),
        "rounds": len(records.rounds.get(n, ())),
        "first": min(firsts, key=_start) if firsts else None,
        "last": max(lasts, key=_end) if lasts else None,
        "liaison": int(brok["liaison"].get(n, 0)),
        "itinerant": int(brok["itinerant"].get(n, 0)),
        "conflict_pairs": len(pairs.get(n, ())),
        "betweenness": float(btw.get(n, 0.0)),
        "constraint": float(holes["constraint"].get(n, np.nan)),
    }


def _ranked(table, w):
    """Score and rank the candidates (the ranking rule of :func:`mediators`).

    Returns ``(table, components)``: the table sorted by score (ties by name) with ``score``
    and ``rank``, and the five weighted parts of each score.
    """

    def normalised(col):
        top = col.max()
        return col / top if top > 0 else col * 0.0

    openness = (1 - table["constraint"]).fillna(0.0).clip(lower=0.0)
    components = {
        "mediation records": w["records"] * normalised(table["weighted_records"]),
        "documented rounds": w["rounds"] * normalised(table["rounds"].astype(float)),
        "adversaries connected": w["brokerage"] * normalised(table["conflict_pairs"].astype(float)),
        "betweenness": w["betweenness"] * normalised(table["betweenness"]),
        "low constraint": w["openness"] * openness,
    }
    table["score"] = sum(components.values()).round(12)
    table = table.assign(_name=table["name"]).sort_values(
        ["score", "_name"], ascending=[False, True], kind="stable"
    )
    table["rank"] = np.arange(1, len(table) + 1)
    return table, components


def _between(G, parties) -> str:
    """'between A and B', or 'with A (one party named)' for a one-way record (event data)."""
    names = [_name(G, p) for p in parties]
    if len(names) == 1:
        return f"with {names[0]} (one party named)"
    return "between " + " and ".join(names)


def _start(text):
    return date_bounds(text)[0]


def _end(text):
    return date_bounds(text)[1]


def _as_of(G, as_of):
    """The date record ages are measured to: given, or the last day any dated relation covers."""
    if as_of is not None:
        return as_of if isinstance(as_of, date) else date_bounds(str(as_of))[1]
    ends = [date_bounds(d["date"])[1] for *_, d in G.edges(data=True) if d.get("date")]
    ends = [e for e in ends if e is not None]
    return max(ends) if ends else None


def _explain(H, C, actor, row, mine, pairs) -> str:
    parts = []
    for rec in mine.itertuples():
        verb = "offered to mediate" if rec.types == "offer_mediation" else "mediated"
        when = [", ".join(date_phrase(x) for x in rec.dates.split(", "))] if rec.dates else []
        if rec.locations:
            when.append(f"in {rec.locations}")
        detail = f"{rec.statuses}; {', '.join(when)}" if when else rec.statuses
        parts.append(f"{verb} {_between(H, rec.parties)} ({detail}) [{rec.relations}]")
    if row["rounds"]:
        plural = "s" if row["rounds"] > 1 else ""
        parts.append(f"mediated {row['rounds']} reported meeting{plural} (dated to the day)")
    if H.nodes[actor].get("kind") in COLLECTIVE_KINDS and len(mine):
        parts.append("a collective term: its records count at a reduced weight")
    if pairs:
        named = []
        for a, c in pairs[:3]:
            common = (set(C.successors(a)) | set(C.predecessors(a))) & (
                set(C.successors(c)) | set(C.predecessors(c))
            )
            only = "the only" if len(common) == 1 else f"one of {len(common)}"
            keys = sorted(
                k
                for x in (a, c)
                for u, v, k, d in [
                    *H.edges(actor, keys=True, data=True),
                    *H.in_edges(actor, keys=True, data=True),
                ]
                if x in (u, v) and d.get("sign", 0) > 0
            )
            named.append(
                f"{only} cooperative links between adversaries {_name(H, a)} and {_name(H, c)}"
                + (f" [{', '.join(keys)}]" if keys else "")
            )
        more = f" and {len(pairs) - 3} more pairs" if len(pairs) > 3 else ""
        parts.append(
            "; ".join(named).replace("the only cooperative links", "the only cooperative link")
            + more
            + f" (liaison {row['liaison']}, itinerant {row['itinerant']} brokered pairs in all)"
        )
    elif len(mine):
        direct = []
        for rec in mine.itertuples():
            ps = [p for p in rec.parties if p in C]
            if len(ps) >= 2 and all(
                C.has_edge(a, b) for i, a in enumerate(ps) for b in ps[i + 1 :]
            ):
                direct.append(rec.dyad)
        if direct:
            parts.append(
                "not a structural broker: the parties ("
                + "; ".join(dict.fromkeys(direct))
                + ") also cooperate or negotiate directly"
            )
        else:
            parts.append("not a structural broker between adversaries on the cooperative layer")
    if row["betweenness"] > 0:
        parts.append(f"betweenness {row['betweenness']:.3f} on the cooperative layer")
    return "; ".join(parts) + "."
