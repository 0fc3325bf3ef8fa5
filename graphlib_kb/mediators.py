"""Mediator roles: who mediates, offers to mediate or brokers between whom, ranked and explained."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from .brokerage import brokerage, simple_arcs
from .centrality import centrality
from .dates import date_bounds
from .holes import structural_holes
from .layers import layer

__all__ = ["mediators", "mediated_dyads", "RANK_WEIGHTS", "STATUS_WEIGHTS"]

#: Default weights of the four components of the mediator score.
RANK_WEIGHTS = {"records": 0.6, "brokerage": 0.2, "betweenness": 0.1, "openness": 0.1}
#: Default weight of a mediation record by its status.
STATUS_WEIGHTS = {
    "asserted": 1.0,
    "historical": 0.5,
    "offered": 0.5,
    "planned": 0.5,
    "alleged": 0.25,
    "denied": 0.0,
}
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
        ``last`` (first and last day covered by the records' dates; None if
        open or undated), ``dates`` (the records' dates as written),
        ``locations`` and ``relations`` (record ids).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> dyads = gk.mediated_dyads(gk.load_dataset("karabakh-2023"))
    >>> dyads.loc[dyads.mediator == "rus", ["dyad", "statuses", "first", "last"]]
    ... # doctest: +NORMALIZE_WHITESPACE
                     dyad    statuses       first        last
    2  Azerbaijan–Armenia  historical  2020-01-01  2020-12-31
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
            rec["firsts"].append(first)
            rec["lasts"].append(last)
    rows = []
    for (mediator, parties, _), rec in groups.items():
        if len(parties) == 1:
            parties = tuple(dict.fromkeys(rec["targets"]))
        firsts = [f for f in rec["firsts"] if f is not None]
        lasts = [x for x in rec["lasts"] if x is not None]
        rows.append(
            {
                "mediator": mediator,
                "parties": parties,
                "dyad": "–".join(_name(H, p) for p in parties),
                "types": ", ".join(sorted(set(rec["types"]))),
                "statuses": ", ".join(sorted(set(rec["statuses"]))),
                "records": len(rec["ids"]),
                "first": min(firsts).isoformat() if firsts else None,
                "last": max(lasts).isoformat() if lasts else None,
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
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["mediator", "first"], na_position="first", kind="stable").reset_index(
        drop=True
    )


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

    Ranking rule: ``score = w_records * R + w_brokerage * B + w_betweenness * C
    + w_openness * (1 - constraint)``, where R is the status-weighted number of
    mediation records (``status_weights``: asserted 1, historical 0.5, offered
    0.5, planned 0.5, alleged 0.25, denied 0), B is the number of pairs of
    adversaries brokered, C is betweenness, and R, B and C are divided by their maximum
    over the candidates so that each lies in [0, 1]. Default weights:
    records 0.6, brokerage 0.2, betweenness 0.1, openness 0.1. ``rank`` 1 is
    the highest score; ties are broken by name.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    groups : str or mapping, default 'camp'
        Actor attribute (or mapping) that defines the camps for brokerage.
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

    Returns
    -------
    pandas.DataFrame
        One row per candidate, indexed by actor id, sorted by rank, with the
        columns ``name``, ``kind``, ``camp``, ``dyads`` (the pairs mediated,
        by name, separated by ``;``), ``records`` (mediation records),
        ``asserted``, ``offered``, ``historical`` (records by status),
        ``first``, ``last`` (dates covered), ``liaison``, ``itinerant``
        (brokerage on the cooperative layer), ``conflict_pairs`` (pairs of
        adversaries brokered), ``betweenness``, ``constraint``,
        ``score``, ``rank`` and ``explanation`` (plain language).
        ``table.attrs["components"]`` holds the four weighted parts of each
        score (``mediation records``, ``adversaries connected``,
        ``betweenness``, ``low constraint``), which :func:`plot_mediators` charts.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> table = gk.mediators(gk.load_dataset("karabakh-2023"), collapse=True)
    >>> table[["records", "liaison", "rank"]].head(4)
    ... # doctest: +NORMALIZE_WHITESPACE
           records  liaison  rank
    actor
    eu           4        0     1
    west         4        0     2
    rus          4        0     3
    usa          2        0     4
    """
    from .layers import without_rejected

    G = without_rejected(G)
    w = {**RANK_WEIGHTS, **(weights or {})}
    unknown = set(w) - set(RANK_WEIGHTS)
    if unknown:
        raise ValueError(f"unknown weights {sorted(unknown)}; use {', '.join(RANK_WEIGHTS)}")
    sw = {**STATUS_WEIGHTS, **(status_weights or {})}
    H = layer(G, collapse=True) if collapse else G
    dyads = mediated_dyads(H, types=types)

    coop = layer(H, sign=1)
    undirected = coop.to_undirected()
    labels = (
        {n: d.get(groups) for n, d in H.nodes(data=True)}
        if isinstance(groups, str)
        else dict(groups)
    )
    brok = brokerage(coop, labels, directed=False)
    btw = centrality(undirected, measures=["betweenness"])["betweenness"]
    holes = structural_holes(undirected)
    nodes, src, dst = simple_arcs(coop, directed=False)
    C = nx.DiGraph()
    C.add_nodes_from((n, H.nodes[n]) for n in nodes)
    C.add_edges_from((nodes[a], nodes[b]) for a, b in zip(src.tolist(), dst.tolist(), strict=True))

    record_rows = {}
    hostile = set()
    for u, v, d in H.edges(data=True):
        if d.get("type") in types:
            record_rows.setdefault(u, []).append(d.get("status", "asserted"))
        if d.get("sign", 0) < 0 and d.get("weight", 0.0) <= hostility:
            hostile.add(frozenset((u, v)))
    pairs = {n: _conflict_pairs(C, n, labels, hostile) for n in C}
    candidates = [n for n in H if n in record_rows or pairs.get(n)]

    rows = []
    for n in candidates:
        statuses = record_rows.get(n, [])
        mine = dyads[dyads["mediator"] == n]
        firsts = [f for f in mine["first"] if isinstance(f, str)]
        lasts = [x for x in mine["last"] if isinstance(x, str)]
        rows.append(
            {
                "actor": n,
                "name": _name(H, n),
                "kind": H.nodes[n].get("kind"),
                "camp": H.nodes[n].get("camp"),
                "dyads": "; ".join(dict.fromkeys(mine["dyad"])),
                "records": len(statuses),
                "asserted": statuses.count("asserted"),
                "offered": statuses.count("offered"),
                "historical": statuses.count("historical"),
                "first": min(firsts) if firsts else None,
                "last": max(lasts) if lasts else None,
                "liaison": int(brok["liaison"].get(n, 0)),
                "itinerant": int(brok["itinerant"].get(n, 0)),
                "conflict_pairs": len(pairs.get(n, ())),
                "betweenness": float(btw.get(n, 0.0)),
                "constraint": float(holes["constraint"].get(n, np.nan)),
                "_record_score": sum(sw.get(s, 0.0) for s in statuses),
            }
        )
    columns = [
        "name",
        "kind",
        "camp",
        "dyads",
        "records",
        "asserted",
        "offered",
        "historical",
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
    if not rows:
        return pd.DataFrame(columns=columns, index=pd.Index([], name="actor"))
    table = pd.DataFrame(rows).set_index("actor")

    def normalised(col):
        top = col.max()
        return col / top if top > 0 else col * 0.0

    openness = (1 - table["constraint"]).fillna(0.0).clip(lower=0.0)
    components = {
        "mediation records": w["records"] * normalised(table["_record_score"]),
        "adversaries connected": w["brokerage"] * normalised(table["conflict_pairs"].astype(float)),
        "betweenness": w["betweenness"] * normalised(table["betweenness"]),
        "low constraint": w["openness"] * openness,
    }
    table["score"] = sum(components.values()).round(12)
    table = table.assign(_name=table["name"]).sort_values(
        ["score", "_name"], ascending=[False, True], kind="stable"
    )
    table["rank"] = np.arange(1, len(table) + 1)
    table["explanation"] = [
        _explain(H, C, n, table.loc[n], dyads[dyads["mediator"] == n], pairs.get(n, []))
        for n in table.index
    ]
    table.attrs = {
        "weights": w,
        "status_weights": sw,
        "collapse": collapse,
        "components": {name: values.to_dict() for name, values in components.items()},
    }
    return table[columns]


def _explain(H, C, actor, row, mine, pairs) -> str:
    parts = []
    for rec in mine.itertuples():
        verb = "offered to mediate" if rec.types == "offer_mediation" else "mediated"
        when = [rec.dates] if rec.dates else []
        if rec.locations:
            when.append(f"in {rec.locations}")
        detail = f"{rec.statuses}; {', '.join(when)}" if when else rec.statuses
        between = " and ".join(_name(H, p) for p in rec.parties)
        parts.append(f"{verb} between {between} ({detail}) [{rec.relations}]")
    if pairs:
        named = []
        for a, c in pairs[:3]:
            common = (set(C.successors(a)) | set(C.predecessors(a))) & (
                set(C.successors(c)) | set(C.predecessors(c))
            )
            only = "the only" if len(common) == 1 else f"one of {len(common)}"
            named.append(
                f"{only} cooperative links between adversaries {_name(H, a)} and {_name(H, c)}"
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
