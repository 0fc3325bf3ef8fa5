"""Time: relations active in a window, one graph per window, and actors' roles over windows."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .errors import UsageError

__all__ = ["FREQUENCIES", "ROLE_ORDER", "role_changes", "roles", "windows"]

#: Calendar windows of :func:`windows` and the pandas period each stands for.
FREQUENCIES = {"year": "Y", "quarter": "Q", "month": "M", "week": "W-SUN"}
#: Roles of :func:`roles`, in the order the rule tries them.
ROLE_ORDER = ("mediator", "offered mediator", "party", "broker", "target", "bystander")
_MEDIATION = ("mediate", "offer_mediation")
_NO_END = date.max.toordinal()
_NO_START = date.min.toordinal()


def _relations(G, open_start):
    """One pass over the relations: ends, ids and active days as arrays."""
    from .dates import active_bounds

    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    multi = G.is_multigraph()
    edges = list(G.edges(keys=True, data=True)) if multi else list(G.edges(data=True))
    if not multi:
        edges = [(u, v, i, d) for i, (u, v, d) in enumerate(edges)]
    frame = pd.DataFrame(
        {
            "u": [index[e[0]] for e in edges],
            "v": [index[e[1]] for e in edges],
            "id": [e[3].get("id", e[2]) for e in edges],
            "date": [e[3].get("date") for e in edges],
            "type": [e[3].get("type") for e in edges],
            "status": [e[3].get("status", "asserted") for e in edges],
            "sign": pd.to_numeric(pd.Series([e[3].get("sign") for e in edges], dtype=object)),
            "weight": pd.to_numeric(pd.Series([e[3].get("weight") for e in edges], dtype=object)),
        }
    )
    first = np.full(len(frame), _NO_START, dtype=np.int64)
    last = np.full(len(frame), _NO_END, dtype=np.int64)
    dated = frame["date"].notna().to_numpy()
    bounds = {}
    for text in pd.unique(frame.loc[dated, "date"].astype(str)):
        try:
            lo, hi = active_bounds(text, open_start)
        except ValueError as exc:
            bad = frame.loc[frame["date"].astype(str) == text, "id"].iloc[0]
            raise UsageError(f"relation {bad}: date {exc}") from None
        bounds[text] = (
            lo.toordinal() if lo is not None else _NO_START,
            hi.toordinal() if hi is not None else _NO_END,
        )
    if dated.any():
        pairs = frame.loc[dated, "date"].astype(str).map(bounds)
        first[dated] = [p[0] for p in pairs]
        last[dated] = [p[1] for p in pairs]
    frame["first"], frame["last"], frame["dated"] = first, last, dated
    return nodes, edges, frame


def _periods(frame, freq):
    """(labels, window starts, window ends) as day ordinals."""
    if isinstance(freq, str):
        if freq not in FREQUENCIES:
            raise UsageError(
                f"freq must be one of {', '.join(FREQUENCIES)} or a list of periods, got {freq!r}"
            )
        days = np.concatenate(
            [
                frame.loc[frame["dated"] & (frame["first"] > _NO_START), "first"].to_numpy(),
                frame.loc[frame["dated"] & (frame["last"] < _NO_END), "last"].to_numpy(),
            ]
        )
        if len(days) == 0:
            raise UsageError("no dated relations: nothing to cut into windows")
        lo, hi = date.fromordinal(int(days.min())), date.fromordinal(int(days.max()))
        periods = pd.period_range(lo, hi, freq=FREQUENCIES[freq])
        starts = np.array([p.start_time.date().toordinal() for p in periods], dtype=np.int64)
        ends = np.array([p.end_time.date().toordinal() for p in periods], dtype=np.int64)
        return [str(p) for p in periods], starts, ends
    from .dates import date_bounds

    labels, starts, ends = [], [], []
    for period in freq:
        text = "/".join(map(str, period)) if isinstance(period, (tuple, list)) else str(period)
        try:
            lo, hi = date_bounds(text)
        except ValueError as exc:
            raise UsageError(f"window {text!r}: {exc}") from None
        labels.append(text)
        starts.append(lo.toordinal() if lo is not None else _NO_START)
        ends.append(hi.toordinal() if hi is not None else _NO_END)
    if not labels:
        raise UsageError("freq: the list of periods is empty")
    return labels, np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64)


def _masks(frame, starts, ends, cumulative, keep_undated):
    """Boolean matrix windows x relations: which relations are active in which window."""
    lo = np.full_like(starts, _NO_START) if cumulative else starts
    first, last = frame["first"].to_numpy(), frame["last"].to_numpy()
    active = (first[None, :] <= ends[:, None]) & (last[None, :] >= lo[:, None])
    if not keep_undated:
        active &= frame["dated"].to_numpy()[None, :]
    return active


def windows(
    G,
    freq="year",
    *,
    cumulative: bool = False,
    open_start: str = "end",
    keep_undated: bool = False,
) -> dict:
    """One graph per time window: the relations active in it, with every actor.

    A relation is active in a window when the days it covers overlap the window
    (:func:`graphlib_kb.dates.active_bounds`): ``2020`` in every window of 2020,
    ``1991/1993`` in every window from 1991 to 1993, ``2020/..`` (still holding) in
    every window from 2020 on, and ``../2023-07`` (held *no later than* July 2023) only in
    the window of July 2023 — not in a window ending in 2021 — unless
    ``open_start="always"``. :func:`graphlib_kb.layer`'s ``start``/``end`` use the same rule.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    freq : {'year', 'quarter', 'month', 'week'} or list of periods, default 'year'
        Calendar windows from the first to the last dated day, or the given periods (ISO
        dates or intervals such as ``"2020"``, ``"2021/2022"``, ``("2023-07-01",
        "2023-07-15")``).
    cumulative : bool, default False
        Each window holds everything active up to its end.
    open_start : {'end', 'always'}, default 'end'
    keep_undated : bool, default False
        Put relations without a date in every window.

    Returns
    -------
    dict
        Window label (``'2020'``, ``'2023Q3'``, ``'2023-07'``, ``'2023-07-10/2023-07-16'``,
        or the period as given) -> graph of the same class with all actors; in time order.
        Windows with no relation hold no relations. ``graph["window"]`` is the label,
        ``graph["window_start"]``/``graph["window_end"]`` its days.

    Raises
    ------
    ValueError
        A date that cannot be read or an interval that ends before it starts (naming the
        relation), an unknown ``freq``, or a graph without dated relations.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> W = gk.windows(gk.load_dataset("karabakh-2023"), ["2020", "2021", "2023-07"])
    >>> {w: g.number_of_edges() for w, g in W.items()}
    {'2020': 7, '2021': 2, '2023-07': 32}
    >>> "r16" in {k for *_, k in W["2021"].edges(keys=True)}  # dated ../2023-07
    False
    """
    nodes, edges, frame = _relations(G, open_start)
    labels, starts, ends = _periods(frame, freq)
    active = _masks(frame, starts, ends, cumulative, keep_undated)
    out = {}
    for w, label in enumerate(labels):
        H = G.__class__()
        H.graph.update(G.graph)
        H.graph["window"] = label
        H.graph["window_start"] = date.fromordinal(int(starts[w])) if starts[w] > 1 else None
        H.graph["window_end"] = date.fromordinal(int(ends[w])) if ends[w] < _NO_END else None
        H.add_nodes_from(G.nodes(data=True))
        chosen = np.flatnonzero(active[w])
        if G.is_multigraph():
            H.add_edges_from(
                (edges[i][0], edges[i][1], edges[i][2], edges[i][3]) for i in chosen.tolist()
            )
        else:
            H.add_edges_from((edges[i][0], edges[i][1], edges[i][3]) for i in chosen.tolist())
        out[label] = H
    return out


def _betweenness(n, u, v, active_nodes):
    """networkx's normalised betweenness of the undirected simple graph on the active actors."""
    from ._paths_kernel import sweep

    k = len(active_nodes)
    if k <= 2 or len(u) == 0:
        return np.zeros(n)
    keep = u != v
    u, v = u[keep], v[keep]
    A = sp.csr_array(
        (np.ones(2 * len(u)), (np.concatenate([u, v]), np.concatenate([v, u]))), shape=(n, n)
    )
    A.data[:] = 1.0
    A.sum_duplicates()
    A.data[:] = 1.0
    A.sort_indices()
    ptr, idx = A.indptr.astype(np.int64), A.indices.astype(np.int64)
    w = np.ones(len(idx))
    raw = sweep(active_nodes.astype(np.int64), ptr, idx, w, ptr, idx, w, False, n)[0]
    return raw / ((k - 1) * (k - 2))


def roles(
    G,
    freq="year",
    *,
    cumulative: bool = False,
    open_start: str = "end",
    keep_undated: bool = False,
    hostility: float = -4.0,
    camps: bool = True,
    seed: int = 0,
) -> pd.DataFrame:
    """Each actor's role in each time window (see :func:`windows` for the windows).

    Role rule, first match wins, on the relations active in the window:

    1. ``mediator``: source of a ``mediate`` relation that is not offered or denied;
    2. ``offered mediator``: source of an ``offer_mediation`` relation or of an offered
       mediation;
    3. ``party``: target of a mediation relation, or at either end of a hostile relation
       (sign −1, Goldstein weight at most ``hostility``);
    4. ``broker``: betweenness above 0 (on the window's relations as undirected ties);
    5. ``target``: receives relations but sends none;
    6. ``bystander``: none of these (``relations`` is 0 when the actor is not active).

    Parameters
    ----------
    G : networkx.MultiDiGraph
    freq, cumulative, open_start, keep_undated
        As in :func:`windows`.
    hostility : float, default -4.0
        As in :func:`graphlib_kb.mediators`.
    camps : bool, default True
        Add each actor's camp: the hand-coded ``camp`` when the graph has any, otherwise
        the camps inferred from the signs of the window's relations (seeded local search,
        :func:`graphlib_kb.camps`).
    seed : int, default 0

    Returns
    -------
    pandas.DataFrame
        One row per (window, actor), windows in time order and actors in graph order, with
        ``window``, ``start``, ``end`` (the window's days), ``actor``, ``role``,
        ``relations`` (records at the actor), ``degree`` (distinct partners),
        ``betweenness`` (normalised, as networkx), ``mediation`` (mediation records it is
        the source of), ``offered`` (offers to mediate) and, with ``camps``, ``camp`` and
        ``camp_source`` (``'coded'`` or ``'inferred'``).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> R = gk.roles(gk.load_dataset("karabakh-2023"), freq=["2020", "2023-07"])
    >>> R[R["actor"] == "rus"][["window", "role", "mediation", "offered"]]
         window              role  mediation  offered
    11     2020          mediator          2        0
    32  2023-07  offered mediator          0        2
    """
    nodes, _, frame = _relations(G, open_start)
    labels, starts, ends = _periods(frame, freq)
    active = _masks(frame, starts, ends, cumulative, keep_undated)
    n, W = len(nodes), len(labels)
    u, v = frame["u"].to_numpy(), frame["v"].to_numpy()
    sign = frame["sign"].astype(float).fillna(0).to_numpy()
    weight = frame["weight"].astype(float).fillna(0).to_numpy()
    out_deg, in_deg, mediation, offered, mediated, hostile_n = _window_counts(
        frame, active, n, hostility
    )
    relations = out_deg + in_deg
    coded = any(G.nodes[x].get("camp") for x in G)
    degree, betweenness, camp = _window_structure(
        nodes, active, u, v, sign, weight, relations, camps and not coded, seed
    )
    if camps and coded:
        camp[:] = np.array([G.nodes[x].get("camp") for x in nodes], dtype=object)[None, :]
    role = np.full((W, n), "bystander", dtype=object)
    rules = [
        ("target", (in_deg > 0) & (out_deg == 0)),
        ("broker", betweenness > 0),
        ("party", (mediated > 0) | (hostile_n > 0)),
        ("offered mediator", offered > 0),
        ("mediator", mediation > 0),
    ]
    for name, mask in rules:  # lowest priority first; later rules overwrite
        role[mask] = name
    table = pd.DataFrame(
        {
            "window": np.repeat(labels, n),
            "start": np.repeat([date.fromordinal(int(s)) if s > 1 else None for s in starts], n),
            "end": np.repeat([date.fromordinal(int(e)) if e < _NO_END else None for e in ends], n),
            "actor": np.tile(np.array(nodes, dtype=object), W),
            "role": role.ravel(),
            "relations": relations.ravel().astype(np.int64),
            "degree": degree.ravel().astype(np.int64),
            "betweenness": betweenness.ravel(),
            "mediation": mediation.ravel().astype(np.int64),
            "offered": offered.ravel().astype(np.int64),
        }
    )
    if camps:
        table["camp"] = camp.ravel()
        table["camp_source"] = "coded" if coded else "inferred"
    table.attrs = {"windows": labels, "freq": freq if isinstance(freq, str) else "periods"}
    return table


def _window_counts(frame, active, n, hostility):
    """Windows x actors counts: relations out and in, mediation done, mediation offered,
    mediation received and hostile relations (each a ``(windows, actors)`` array)."""
    u, v = frame["u"].to_numpy(), frame["v"].to_numpy()
    typ, status = frame["type"].to_numpy(dtype=object), frame["status"].to_numpy(dtype=object)
    sign = frame["sign"].astype(float).fillna(0).to_numpy()
    weight = frame["weight"].astype(float).fillna(0).to_numpy()
    is_mediate = (typ == "mediate") & ~np.isin(status, ["offered", "denied"])
    is_offer = ((typ == "offer_mediation") | (np.isin(typ, _MEDIATION) & (status == "offered"))) & (
        status != "denied"
    )
    is_med_any = np.isin(typ, _MEDIATION)
    hostile = (sign < 0) & (weight <= hostility)

    # windows x actors counts, by sparse products of the window masks with incidence matrices
    M = sp.csr_array(active.astype(np.float64))
    m = len(frame)
    rows = np.arange(m)

    def incidence(ends_, mask=None):
        keep = np.ones(m, dtype=bool) if mask is None else mask
        return sp.csr_array((np.ones(keep.sum()), (rows[keep], ends_[keep])), shape=(m, n))

    out_deg = (M @ incidence(u)).toarray()
    in_deg = (M @ incidence(v)).toarray()
    mediation = (M @ incidence(u, is_mediate)).toarray()
    offered = (M @ incidence(u, is_offer & ~is_mediate)).toarray()
    mediated = (M @ incidence(v, is_med_any)).toarray()
    hostile_n = (M @ incidence(u, hostile)).toarray() + (M @ incidence(v, hostile)).toarray()
    return out_deg, in_deg, mediation, offered, mediated, hostile_n


def _window_structure(nodes, active, u, v, sign, weight, relations, infer_camps, seed):
    """Per window: distinct neighbours, betweenness among the active actors and, with
    *infer_camps*, the camps inferred from that window's signs (else None)."""
    W, n = len(relations), len(nodes)
    degree = np.zeros((W, n))
    betweenness = np.zeros((W, n))
    camp = np.full((W, n), None, dtype=object)
    for w in range(W):
        chosen = np.flatnonzero(active[w])
        cu, cv = u[chosen], v[chosen]
        ok = cu != cv
        a, b = np.minimum(cu[ok], cv[ok]), np.maximum(cu[ok], cv[ok])
        pairs = np.unique(a * max(n, 1) + b)
        degree[w] = np.bincount(
            np.concatenate([pairs // max(n, 1), pairs % max(n, 1)]), minlength=n
        )
        act = np.flatnonzero(relations[w] > 0)
        betweenness[w] = _betweenness(n, cu, cv, act)
        if infer_camps:
            camp[w] = _window_camps(n, cu, cv, sign[chosen], weight[chosen], seed)
    return degree, betweenness, camp


def _window_camps(n, u, v, sign, weight, seed):
    """Inferred camps ('camp 1', 'camp 2') from one window's relations (sum collapse)."""
    from .balance import _number, _solve

    value = np.where(np.isfinite(weight) & (weight != 0), weight, sign)
    ok = u != v
    a, b, value = np.minimum(u[ok], v[ok]), np.maximum(u[ok], v[ok]), value[ok]
    out = np.full(n, None, dtype=object)
    if len(a) == 0:
        return out
    codes = a * n + b
    uniq, inverse = np.unique(codes, return_inverse=True)
    s = np.sign(np.round(np.bincount(inverse, weights=value), 9)).astype(np.int64)
    keep = s != 0
    if not keep.any():
        return out
    pa, pb, s = uniq[keep] // n, uniq[keep] % n, s[keep]
    used = np.unique(np.concatenate([pa, pb]))
    remap = np.full(n, -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    solved = _solve(
        len(used),
        remap[pa],
        remap[pb],
        s,
        2,
        exact=False,
        time_limit=0,
        seed=seed,
        restarts=5,
        iterations=10,
        near=0,
        with_bound=False,
    )
    numbered = _number(solved["labels"], solved["comp"], 2)
    out[used] = [f"camp {c}" for c in numbered.tolist()]
    return out


def role_changes(table, **options) -> pd.DataFrame:
    """Changes of role from one active window to the actor's next active window.

    Parameters
    ----------
    table : pandas.DataFrame or networkx graph
        A :func:`roles` table, or a graph (then ``roles(table, **options)`` is computed).
    **options
        Passed to :func:`roles` when a graph is given.

    Returns
    -------
    pandas.DataFrame
        One row per change: ``actor``, ``from_window``, ``to_window``, ``from_role``,
        ``to_role``; windows where the actor has no relation are skipped (Russia goes from
        mediator in 2020 to offered mediator in 2023, whatever it did not do in between).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> changes = gk.role_changes(gk.load_dataset("karabakh-2023"))
    >>> changes[changes["actor"] == "rus"].to_string(index=False)
    'actor from_window to_window from_role          to_role\\n  rus        2020      2023  mediator offered mediator'
    """
    if not isinstance(table, pd.DataFrame):
        table = roles(table, **options)
    columns = ["actor", "from_window", "to_window", "from_role", "to_role"]
    active = table[table["relations"] > 0]
    if active.empty:
        return pd.DataFrame(columns=columns)
    order = {w: i for i, w in enumerate(table["window"].drop_duplicates())}
    active = active.assign(_order=active["window"].map(order)).sort_values(
        ["actor", "_order"], kind="stable"
    )
    prev_actor = active["actor"].shift()
    prev_role = active["role"].shift()
    prev_window = active["window"].shift()
    change = (active["actor"] == prev_actor) & (active["role"] != prev_role)
    out = pd.DataFrame(
        {
            "actor": active["actor"][change],
            "from_window": prev_window[change],
            "to_window": active["window"][change],
            "from_role": prev_role[change],
            "to_role": active["role"][change],
        }
    )
    actor_order = {a: i for i, a in enumerate(table["actor"].drop_duplicates())}
    out = out.assign(_a=out["actor"].map(actor_order), _w=out["to_window"].map(order))
    return out.sort_values(["_a", "_w"], kind="stable")[columns].reset_index(drop=True)
