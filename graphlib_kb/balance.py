"""Signed networks: the signed collapse, structural balance, the frustration index and camps
inferred from the signs of the relations."""

from __future__ import annotations

import math
import warnings

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from .errors import UsageError

__all__ = [
    "BalanceWarning",
    "SIGNED_METHODS",
    "balance",
    "camps",
    "inferred_groups",
    "signed_graph",
    "with_camps",
]

#: Ways to give an actor pair one sign (see :func:`signed_graph`).
SIGNED_METHODS = ("sum", "majority")
#: Default size (signed ties) up to which the frustration index is solved exactly; see
#: docs/analysis.md for the measurements behind it.
EXACT_TIES = 400
#: Largest number of actors for which the walk balance is computed (dense eigenvalues).
WALK_ACTORS = 3000


class BalanceWarning(UserWarning):
    """The frustration solver stopped at its time limit: the result is a bound and the best
    partition found, not a proven optimum."""


# --------------------------------------------------------------------------- signed collapse


def _signed_pairs(G, method: str = "sum", filters: dict | None = None):
    """Columnar signed collapse: ``(H, nodes, a, b, sign, total, relations)`` with a < b."""
    if method not in SIGNED_METHODS:
        raise UsageError(f"method must be one of {SIGNED_METHODS}, got {method!r}")
    if filters:
        from .layers import layer

        H = layer(G, **filters)
    else:
        H = G
    nodes = list(H)
    index = {n: i for i, n in enumerate(nodes)}
    data = H.edges(data=True)
    ends = np.array([(index[u], index[v]) for u, v, _ in data], dtype=np.int64).reshape(-1, 2)
    signs = pd.to_numeric(pd.Series([d.get("sign") for *_, d in data], dtype=object))
    weights = pd.to_numeric(pd.Series([d.get("weight") for *_, d in data], dtype=object))
    signs = signs.astype(float).to_numpy()
    weights = weights.astype(float).to_numpy()
    if method == "sum":
        value = np.where(np.isfinite(weights), weights, np.nan_to_num(signs))
    else:
        value = np.sign(np.where(np.isfinite(signs), signs, np.nan_to_num(weights)))
    n = len(nodes)
    a, b = ends.min(axis=1), ends.max(axis=1)
    keep = a != b
    a, b, value = a[keep], b[keep], value[keep]
    codes = a * max(n, 1) + b
    uniq, inverse = np.unique(codes, return_inverse=True)
    total = np.bincount(inverse, weights=value, minlength=len(uniq))
    relations = np.bincount(inverse, minlength=len(uniq))
    sign = np.sign(np.round(total, 9)).astype(np.int64)
    ok = sign != 0
    ua, ub = uniq // max(n, 1), uniq % max(n, 1)
    return H, nodes, ua[ok], ub[ok], sign[ok], total[ok], relations[ok]


def signed_graph(G, method: str = "sum", **filters) -> nx.Graph:
    """Collapse an actor-relationship multigraph into a simple signed graph, one sign per pair.

    Direction is ignored: all relations between two actors, either way, are pooled. With
    ``method='sum'`` the pair's sign is the sign of the summed Goldstein ``weight`` of its
    relations (a relation without a weight counts its ``sign``); with ``'majority'`` it is
    the sign of the sum of the relations' signs (more hostile than friendly relations is
    negative). Pairs whose sum is zero (a tie, or only neutral relations such as
    ``connects``) get no signed tie. Layer filters apply first.

    Parameters
    ----------
    G : networkx graph
        An actor-relationship graph (any networkx graph with ``sign``/``weight`` edge data).
    method : {'sum', 'majority'}, default 'sum'
    **filters
        Keyword arguments of :func:`graphlib_kb.layer` (``category=``, ``start=``,
        ``collapse=True``, ...), applied before the collapse.

    Returns
    -------
    networkx.Graph
        Every actor (with its attributes); one edge per signed pair with ``sign`` (+1/-1),
        ``weight`` (the summed value the sign comes from) and ``relations`` (how many
        relation records were pooled, neutral ones included).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> S = gk.signed_graph(gk.load_dataset("karabakh-2023"))
    >>> S.edges["aze", "arm"]["sign"], S.edges["aze", "arm"]["relations"]
    (-1, 6)
    >>> M = gk.signed_graph(gk.load_dataset("karabakh-2023"), "majority")
    >>> M.has_edge("aze", "arm")  # three friendly and three hostile relations: a tie
    False
    """
    H, nodes, a, b, sign, total, relations = _signed_pairs(G, method, filters)
    S = nx.Graph()
    S.graph.update({k: v for k, v in getattr(H, "graph", {}).items() if k != "sources"})
    S.add_nodes_from(H.nodes(data=True))
    S.add_edges_from(
        (nodes[i], nodes[j], {"sign": int(s), "weight": float(w), "relations": int(r)})
        for i, j, s, w, r in zip(
            a.tolist(), b.tolist(), sign.tolist(), total.tolist(), relations.tolist(), strict=True
        )
    )
    return S


# --------------------------------------------------------------------------- measures


def _adjacency(n, a, b, s):
    M = sp.csr_array(
        (np.concatenate([s, s]).astype(np.int64), (np.concatenate([a, b]), np.concatenate([b, a]))),
        shape=(n, n),
    )
    M.sort_indices()
    return M


def _census(M) -> dict:
    """Signed triangles by the number of negative ties: +++, ++-, +--, ---."""
    P = (M > 0).astype(np.int64)
    N = (M < 0).astype(np.int64)
    PP, NN = P @ P, N @ N
    ppp = int((PP * P).sum()) // 6
    ppn = int((PP * N).sum()) // 2
    pnn = int((NN * P).sum()) // 2
    nnn = int((NN * N).sum()) // 6
    return {"+++": ppp, "++-": ppn, "+--": pnn, "---": nnn}


def _walk_balance(M) -> float:
    from scipy.special import logsumexp

    A = M.toarray().astype(float)
    lam = np.linalg.eigvalsh(A)
    mu = np.linalg.eigvalsh(np.abs(A))
    return float(math.exp(logsumexp(lam) - logsumexp(mu)))


def _frustration(a, b, s, labels) -> int:
    same = labels[a] == labels[b]
    return int(np.count_nonzero((s > 0) & ~same) + np.count_nonzero((s < 0) & same))


def _unbalanced_packing(n, a, b, s, limit: int = 300_000) -> int:
    """A proven lower bound on L (any k): a greedy set of edge-disjoint unbalanced triangles
    (each needs at least one of its own ties changed); 0 (still a bound) when the graph has
    more than ``limit`` triangles, to keep the scan short."""
    if len(a) == 0:
        return 0
    U = sp.csr_array((s.astype(np.int64), (a, b)), shape=(n, n))
    U.sort_indices()
    Uabs = abs(U)
    closing = (Uabs @ Uabs) * Uabs  # (i, k): number of j with i < j < k closing a triangle
    closing = closing.tocoo()
    if closing.data.sum() > limit:
        return 0
    ptr, idx, sgn = U.indptr, U.indices, U.data
    used = set()
    count = 0
    for i, k in zip(closing.row.tolist(), closing.col.tolist(), strict=True):
        row_i = idx[ptr[i] : ptr[i + 1]]
        for j in row_i[(row_i > i) & (row_i < k)].tolist():
            lo, hi = ptr[j], ptr[j + 1]
            pos = lo + np.searchsorted(idx[lo:hi], k)
            if pos >= hi or idx[pos] != k:
                continue
            s_ij = sgn[ptr[i] + np.searchsorted(row_i, j)]
            s_ik = sgn[ptr[i] + np.searchsorted(row_i, k)]
            if s_ij * s_ik * sgn[pos] > 0:
                continue
            key = ((i, j), (i, k), (j, k))
            if any(e in used for e in key):
                continue
            used.update(key)
            count += 1
    return count


# --------------------------------------------------------------------------- solvers


def _components(n, a, b):
    from scipy.sparse.csgraph import connected_components

    A = sp.csr_array((np.ones(len(a)), (a, b)), shape=(n, n))
    return connected_components(A, directed=False)[1]


# Just over 80 lines: the whole integer program (variables, the constraints for k = 2 and
# for k labels, the solve) in one place, so that it can be read against the paper.
def _exact(n, a, b, s, k, comp, time_limit):
    """The binary program of Aref, Mason & Wilson (2018) (k = 2) or its k-label form, by
    HiGHS through scipy.optimize.milp. Returns (labels or None, bound, optimal)."""
    from scipy.optimize import Bounds, LinearConstraint, milp

    m = len(a)
    nx_ = n * k if k > 2 else n
    c = np.concatenate([np.zeros(nx_), np.ones(m)])
    integrality = np.concatenate([np.ones(nx_), np.zeros(m)])
    lb, ub = np.zeros(nx_ + m), np.ones(nx_ + m)
    # one actor per component fixed (to camp 0): the camps are otherwise interchangeable
    _, first = np.unique(comp, return_index=True)
    rows, cols, vals, lo = [], [], [], []
    r = 0
    e = nx_ + np.arange(m)
    pos, neg = s > 0, s < 0
    if k == 2:
        ub[first] = 0
        # positive: f - x_a + x_b >= 0 and f + x_a - x_b >= 0
        for sa, sb in ((-1, 1), (1, -1)):
            idx = np.flatnonzero(pos)
            q = r + np.arange(len(idx))
            rows += [q, q, q]
            cols += [e[idx], a[idx], b[idx]]
            vals += [np.ones(len(idx)), np.full(len(idx), sa), np.full(len(idx), sb)]
            lo.append(np.zeros(len(idx)))
            r += len(idx)
        # negative: f - x_a - x_b >= -1 and f + x_a + x_b >= 1
        for sx, bound in ((-1, -1.0), (1, 1.0)):
            idx = np.flatnonzero(neg)
            q = r + np.arange(len(idx))
            rows += [q, q, q]
            cols += [e[idx], a[idx], b[idx]]
            vals += [np.ones(len(idx)), np.full(len(idx), sx), np.full(len(idx), sx)]
            lo.append(np.full(len(idx), bound))
            r += len(idx)
        hi_extra = None
    else:
        lb[first * k] = 1  # the fixed actor is in camp 0
        # each actor in exactly one camp
        q = r + np.repeat(np.arange(n), k)
        rows.append(q)
        cols.append(np.arange(n * k))
        vals.append(np.ones(n * k))
        lo.append(np.ones(n))
        r += n
        for cc in range(k):
            idx = np.flatnonzero(pos)  # f - x_ac + x_bc >= 0
            q = r + np.arange(len(idx))
            rows += [q, q, q]
            cols += [e[idx], a[idx] * k + cc, b[idx] * k + cc]
            vals += [np.ones(len(idx)), -np.ones(len(idx)), np.ones(len(idx))]
            lo.append(np.zeros(len(idx)))
            r += len(idx)
            idx = np.flatnonzero(neg)  # f - x_ac - x_bc >= -1
            q = r + np.arange(len(idx))
            rows += [q, q, q]
            cols += [e[idx], a[idx] * k + cc, b[idx] * k + cc]
            vals += [np.ones(len(idx)), -np.ones(len(idx)), -np.ones(len(idx))]
            lo.append(np.full(len(idx), -1.0))
            r += len(idx)
        hi_extra = n
    A = sp.csr_array(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(r, nx_ + m)
    )
    lower = np.concatenate(lo)
    upper = np.full(r, np.inf)
    if hi_extra:
        upper[:hi_extra] = 1.0
    res = milp(
        c,
        constraints=LinearConstraint(A, lower, upper),
        integrality=integrality,
        bounds=Bounds(lb, ub),
        options={"time_limit": float(time_limit), "disp": False},
    )
    bound = getattr(res, "mip_dual_bound", None)
    bound = 0 if bound is None or not np.isfinite(bound) else int(math.ceil(bound - 1e-6))
    if res.x is None:
        return None, bound, False
    x = np.round(res.x[:nx_]).astype(np.int64)
    labels = x if k == 2 else x.reshape(n, k).argmax(axis=1)
    optimal = res.status == 0
    if optimal:
        bound = _frustration(a, b, s, labels)
    return labels, bound, optimal


def _spectral_start(M, k):
    n = M.shape[0]
    if n < 3:
        return np.zeros(n, dtype=np.int64)
    A = M.astype(float)
    if n <= 64:
        _, vec = np.linalg.eigh(A.toarray())
        v = vec[:, -1]
    else:
        from scipy.sparse.linalg import ArpackNoConvergence, eigsh

        try:
            _, vec = eigsh(A, k=1, which="LA", v0=np.ones(n) / math.sqrt(n), tol=1e-6)
        except ArpackNoConvergence:
            return np.zeros(n, dtype=np.int64)  # the random starts still run
        v = vec[:, 0]
    return (v < 0).astype(np.int64) % k


def _heuristic(M, a, b, s, k, seed, restarts, iterations, start=None):
    """Local search from a spectral start (k = 2), from ``start`` and from ``restarts`` random
    starts, then iterated local search (perturb 1% of the actors of the best partition,
    search again, keep it when no worse). Returns (best, frustration, pool of (F, labels))."""
    from ._signed_kernel import local_search

    n = M.shape[0]
    ptr, idx, sgn = M.indptr.astype(np.int64), M.indices.astype(np.int64), M.data.astype(np.int64)
    rng = np.random.default_rng(seed)
    starts = []
    if start is not None:
        starts.append(np.asarray(start, dtype=np.int64).copy())
    if k == 2:
        starts.append(_spectral_start(M, k))
    starts += [rng.integers(0, k, n).astype(np.int64) for _ in range(restarts)]
    pool = []
    for labels in starts:
        local_search(ptr, idx, sgn, labels, k, rng.permutation(n).astype(np.int64))
        pool.append((_frustration(a, b, s, labels), labels))
    best_f, best = min(pool, key=lambda t: t[0])
    step = max(1, n // 100)
    for _ in range(iterations if n > 1 else 0):
        cand = best.copy()
        moved = rng.choice(n, size=min(step, n), replace=False)
        cand[moved] = rng.integers(0, k, len(moved))
        local_search(ptr, idx, sgn, cand, k, rng.permutation(n).astype(np.int64))
        f = _frustration(a, b, s, cand)
        pool.append((f, cand))
        if f <= best_f:
            best_f, best = f, cand
    return best, best_f, pool


def _align(reference, labels, comp, k):
    """Relabel ``labels`` camp by camp, component by component, to agree most with
    ``reference`` (the camps of a partition are interchangeable)."""
    from scipy.optimize import linear_sum_assignment

    out = labels.copy()
    ncomp = int(comp.max()) + 1 if len(comp) else 0
    conf = np.zeros((ncomp, k, k), dtype=np.int64)
    np.add.at(conf, (comp, labels, reference), 1)
    if k == 2:
        flip = conf[:, 0, 1] + conf[:, 1, 0] > conf[:, 0, 0] + conf[:, 1, 1]
        out = np.where(flip[comp], 1 - labels, labels)
        return out
    maps = np.tile(np.arange(k), (ncomp, 1))
    for c in np.flatnonzero(conf.sum(axis=(1, 2)) > 0):
        row, col = linear_sum_assignment(-conf[c])
        maps[c, row] = col
    return maps[comp, labels]


def _number(labels, comp, k):
    """Camps numbered 1..k within each component, largest first (ties: first actor)."""
    n = len(labels)
    ncomp = int(comp.max()) + 1 if n else 0
    sizes = np.zeros((ncomp, k), dtype=np.int64)
    np.add.at(sizes, (comp, labels), 1)
    first = np.full((ncomp, k), n, dtype=np.int64)
    np.minimum.at(first, (comp, labels), np.arange(n))
    order = np.lexsort((first, -sizes), axis=-1)  # per component, camps by size then first
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.arange(k)[None, :].repeat(ncomp, axis=0), axis=-1)
    return rank[comp, labels] + 1


def _solve(n, a, b, s, k, *, exact, time_limit, seed, restarts, iterations, near, with_bound=True):
    """Best partition of the signed ties into at most k camps, with a proven lower bound."""
    M = _adjacency(n, a, b, s)
    comp = _components(n, a, b) if n else np.zeros(0, dtype=np.int64)
    m = len(a)
    note = ""
    if not np.any(s < 0):
        labels = np.zeros(n, dtype=np.int64)
        return {
            "labels": labels,
            "frustration": 0,
            "bound": 0,
            "method": "balanced (no negative ties)",
            "pool": [(0, labels)],
            "comp": comp,
            "note": "no negative ties: balanced by definition",
        }
    use_exact = exact is True or (exact == "auto" and m <= EXACT_TIES)
    labels, bound, optimal = None, 0, False
    if use_exact:
        labels, bound, optimal = _exact(n, a, b, s, k, comp, time_limit)
    best, best_f, pool = _heuristic(
        M, a, b, s, k, seed, restarts, iterations, start=labels if labels is not None else None
    )
    packing = _unbalanced_packing(n, a, b, s) if with_bound or use_exact else 0
    if optimal:
        method = "exact (HiGHS milp)"
        best_f = bound
        best = labels
    elif use_exact:
        method = "best found (HiGHS time limit)"
        bound = max(bound, packing)
        note = (
            f"solver stopped at its {time_limit:g} s time limit: L is between {bound} and {best_f}"
        )
        warnings.warn(note, BalanceWarning, stacklevel=3)
    else:
        method = "local search"
        bound = packing
        note = f"{m} ties, above the exact limit of {EXACT_TIES}: L is between {bound} and {best_f}"
    near_pool = [lab for f, lab in pool if f <= best_f + near]
    if not any(np.array_equal(best, lab) for lab in near_pool):
        near_pool.append(best)
    aligned = np.array([_align(best, lab, comp, k) for lab in near_pool])
    stable = (aligned == best[None, :]).all(axis=0)
    return {
        "labels": best,
        "frustration": int(best_f),
        "bound": int(bound),
        "method": method,
        "pool": near_pool,
        "stable": stable,
        "comp": comp,
        "note": note,
    }


def _check_k(k):
    if not isinstance(k, (int, np.integer)) or k < 2:
        raise UsageError(f"k must be an integer of at least 2, got {k!r}")


def balance(
    G,
    *,
    method: str = "sum",
    exact="auto",
    time_limit: float = 10.0,
    seed: int = 0,
    restarts: int = 20,
    iterations: int = 50,
    **filters,
) -> pd.DataFrame:
    """Structural balance of the signed ties: triangles, walks and the frustration index.

    The relations are first collapsed into one signed, undirected tie per actor pair
    (:func:`signed_graph`, after the layer ``filters``).

    Parameters
    ----------
    G : networkx graph
    method : {'sum', 'majority'}, default 'sum'
        The signed collapse (see :func:`signed_graph`).
    exact : 'auto', True or False, default 'auto'
        Solve the frustration index exactly (HiGHS through ``scipy.optimize.milp``, the binary
        program of Aref, Mason & Wilson 2018); ``'auto'`` does so up to 400 signed ties.
    time_limit : float, default 10
        Seconds for the exact solver; when it stops early the table reports the best
        partition found and the solver's proven bound, with a :class:`BalanceWarning`.
    seed, restarts, iterations : int
        The seeded local search used above the exact size (and to start the solver).
    **filters
        Keyword arguments of :func:`graphlib_kb.layer`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``measure``, with columns ``value`` and ``method`` (how it was computed)
        and ``note``. Measures: ``actors`` (with at least one signed tie), ``ties``,
        ``positive``, ``negative``; ``triangles`` and the census ``triangles +++``,
        ``triangles ++-``, ``triangles +--``, ``triangles ---`` (signs of the three ties);
        ``triangle balance`` (balanced triangles, +++ and +--, over all; NaN without
        triangles); ``walk balance`` (Estrada & Benzi 2014: Σ exp λ(A) / Σ exp λ(|A|), up to
        3000 actors); ``frustration`` L (the fewest ties to delete or flip for two camps
        with friendly ties inside and hostile across); ``frustration lower bound`` (equal
        to L when exact); ``normalised frustration`` 1 − 2L/m (1 = balanced).

    Raises
    ------
    ValueError
        If the graph (after the filters) has no signed tie.

    Examples
    --------
    >>> import networkx as nx, graphlib_kb as gk
    >>> G = nx.Graph()
    >>> G.add_edges_from([("a", "b", {"sign": 1}), ("b", "c", {"sign": 1}), ("a", "c", {"sign": -1})])
    >>> gk.balance(G).loc[["triangles ++-", "triangle balance", "frustration"], "value"].tolist()
    [1.0, 0.0, 1.0]
    """
    H, nodes, a, b, s, *_ = _signed_pairs(G, method, filters)
    if len(a) == 0:
        raise UsageError("no signed ties: every actor pair is neutral or has no relation")
    used = np.unique(np.concatenate([a, b]))
    remap = np.full(len(nodes), -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    a, b = remap[a], remap[b]
    n, m = len(used), len(a)
    M = _adjacency(n, a, b, s)
    rows = []

    def add(measure, value, how="", note=""):
        rows.append((measure, float(value), how, note))

    add("actors", n, "count", "actors with at least one signed tie")
    add("ties", m, f"signed collapse ({method})")
    add("positive", int(np.count_nonzero(s > 0)), "count")
    add("negative", int(np.count_nonzero(s < 0)), "count")
    census = _census(M)
    total = sum(census.values())
    add("triangles", total, "count")
    for key, value in census.items():
        add(f"triangles {key}", value, "count")
    small = "fewer than three actors" if n < 3 else "no triangles"
    add(
        "triangle balance",
        (census["+++"] + census["+--"]) / total if total else float("nan"),
        "balanced triangles / triangles",
        "" if total else small,
    )
    if n <= WALK_ACTORS:
        add("walk balance", _walk_balance(M), "Estrada & Benzi (eigenvalues)")
    else:
        add("walk balance", float("nan"), "not computed", f"more than {WALK_ACTORS} actors")
    solved = _solve(
        n,
        a,
        b,
        s,
        2,
        exact=exact,
        time_limit=time_limit,
        seed=seed,
        restarts=restarts,
        iterations=iterations,
        near=0,
    )
    L = solved["frustration"]
    add("frustration", L, solved["method"], solved["note"])
    add("frustration lower bound", solved["bound"], "proven bound", solved["note"])
    add("normalised frustration", 1 - 2 * L / m, "1 - 2L/m")
    table = pd.DataFrame(rows, columns=["measure", "value", "method", "note"]).set_index("measure")
    table.attrs = {"signed": method, "exact": solved["method"].startswith("exact")}
    return table


def camps(
    G,
    k: int = 2,
    *,
    method: str = "sum",
    exact="auto",
    time_limit: float = 10.0,
    seed: int = 0,
    restarts: int = 20,
    iterations: int = 50,
    near: int = 0,
    **filters,
) -> pd.DataFrame:
    """Camps inferred from the signs of the relations: the partition into at most ``k`` camps
    that leaves the fewest frustrated ties (hostile inside a camp, friendly across).

    With ``k=2`` this is structural balance (the frustration index); with ``k>2`` Davis's
    generalised balance (clusterability). The partition is exact (HiGHS) up to 400 signed
    ties and found by seeded local search above (see :func:`balance`).

    Parameters
    ----------
    G : networkx graph
    k : int, default 2
        The largest number of camps.
    method, exact, time_limit, seed, restarts, iterations
        As in :func:`balance`.
    near : int, default 0
        Partitions found whose frustration is at most ``near`` above the best count as
        near-optimal for ``stable``.
    **filters
        Keyword arguments of :func:`graphlib_kb.layer`.

    Returns
    -------
    pandas.DataFrame
        Indexed by actor (every actor of the graph, in graph order): ``camp`` (1..k, the
        largest camp of each connected part of the signed graph is 1; missing for actors
        without a signed tie), ``frustrated`` (the actor's frustrated ties in the best
        partition), ``positive``/``negative`` (its signed ties), ``stable`` (in the same
        camp, relative to the others, in every optimal or near-optimal partition found),
        ``bridge`` (positive ties into more than one camp) and ``component`` (the connected
        part of the signed graph; camps of different parts are not related). ``attrs``
        hold ``frustration``, ``lower_bound``, ``method``, ``k`` and ``partitions`` (how many
        optimal or near-optimal partitions were compared).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> C = gk.camps(gk.load_dataset("karabakh-2023"))
    >>> C.loc[["aze", "arm", "nk_separatists"], ["camp", "frustrated"]]
                    camp  frustrated
    actor
    aze                1           2
    arm                1           1
    nk_separatists     2           0
    >>> C.attrs["frustration"], C.attrs["method"]
    (3, 'exact (HiGHS milp)')
    """
    _check_k(k)
    H, nodes, a, b, s, *_ = _signed_pairs(G, method, filters)
    if len(a) == 0:
        raise UsageError("no signed ties: every actor pair is neutral or has no relation")
    n_all = len(nodes)
    used = np.unique(np.concatenate([a, b]))
    remap = np.full(n_all, -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    la, lb = remap[a], remap[b]
    n = len(used)
    solved = _solve(
        n,
        la,
        lb,
        s,
        k,
        exact=exact,
        time_limit=time_limit,
        seed=seed,
        restarts=restarts,
        iterations=iterations,
        near=near,
    )
    comp = solved["comp"]
    labels = solved["labels"]
    camp = _number(labels, comp, k)
    M = _adjacency(n, la, lb, s)
    from ._signed_kernel import frustrated_per_node

    frustrated = frustrated_per_node(
        M.indptr.astype(np.int64), M.indices.astype(np.int64), M.data.astype(np.int64), labels
    )
    pos_deg, neg_deg, bridge = _tie_counts(n, la, lb, s, camp, k)
    stable = solved.get("stable", np.ones(n, dtype=bool))
    table = pd.DataFrame(index=pd.Index(nodes, name="actor"))
    full = np.full(n_all, -1, dtype=np.int64)
    full[used] = camp
    table["camp"] = pd.array(np.where(full > 0, full, 0), dtype="Int64")
    table.loc[full < 0, "camp"] = pd.NA

    def spread(values, fill, dtype):
        out = np.full(n_all, fill, dtype=dtype)
        out[used] = values
        return out

    table["frustrated"] = spread(frustrated, 0, np.int64)
    table["positive"] = spread(pos_deg, 0, np.int64)
    table["negative"] = spread(neg_deg, 0, np.int64)
    table["stable"] = spread(stable, False, bool)
    table["bridge"] = spread(bridge, False, bool)
    comp_full = spread(comp, -1, np.int64)
    table["component"] = pd.array(np.where(comp_full >= 0, comp_full, 0), dtype="Int64")
    table.loc[comp_full < 0, "component"] = pd.NA
    table.attrs = {
        "frustration": solved["frustration"],
        "lower_bound": solved["bound"],
        "method": solved["method"],
        "k": int(k),
        "partitions": len(solved["pool"]),
        "signed": method,
        "note": solved["note"],
    }
    return table


def _tie_counts(n, la, lb, s, camp, k):
    """Per actor: positive ties, negative ties, and whether it bridges camps (its positive
    ties, with its own camp, reach more than one camp)."""
    pos_deg = np.bincount(np.concatenate([la, lb])[np.concatenate([s, s]) > 0], minlength=n)
    neg_deg = np.bincount(np.concatenate([la, lb])[np.concatenate([s, s]) < 0], minlength=n)
    # bridge: the camps reached by positive ties (and the actor's own) are more than one
    src = np.concatenate([la, lb])
    dst = np.concatenate([lb, la])
    sg = np.concatenate([s, s]) > 0
    pairs = np.unique(
        np.concatenate([src[sg] * (k + 1) + camp[dst[sg]], np.arange(n) * (k + 1) + camp])
    )
    bridge = np.bincount(pairs // (k + 1), minlength=n) > 1
    return pos_deg, neg_deg, bridge


def inferred_groups(G, **options) -> dict:
    """Actor -> ``"camp 1"``, ``"camp 2"``, ... from :func:`camps` (actors without a signed
    tie are left out): what ``groups="inferred"`` means in :func:`graphlib_kb.brokerage` and
    :func:`graphlib_kb.mediators`.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> gk.inferred_groups(gk.load_dataset("karabakh-2023"))["nk_separatists"]
    'camp 2'
    """
    table = camps(G, **options)
    return {n: f"camp {int(c)}" for n, c in table["camp"].items() if c is not pd.NA}


def with_camps(G, **options):
    """``G`` itself when any actor has a hand-coded ``camp``; otherwise a copy whose actors
    carry the camps inferred by :func:`camps` (``"camp 1"``, ``"camp 2"``; none for actors
    without a signed tie), with ``graph["camps"] = "inferred"``. This is how diagrams,
    exports, the HTML view, the report and brokerage get camps for event data. A graph with
    no hostile tie gets no inferred camps (every actor would share one).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> gk.with_camps(G) is G
    True
    >>> for n in G:
    ...     _ = G.nodes[n].pop("camp", None)
    >>> H = gk.with_camps(G)
    >>> H.graph["camps"], H.nodes["nk_separatists"]["camp"], H.nodes["aze"]["camp"]
    ('inferred', 'camp 2', 'camp 1')
    """
    if any(G.nodes[n].get("camp") for n in G):
        return G
    H = G.copy()
    H.graph["camps"] = "inferred"
    try:
        table = camps(G, **options)
    except ValueError:  # no signed tie
        return H
    if table["negative"].sum() == 0:  # no hostile tie: nothing separates the actors
        return H
    for n, c in table["camp"].items():
        if c is not pd.NA:
            H.nodes[n]["camp"] = f"camp {int(c)}"
    return H
