"""Gould-Fernandez brokerage roles, with the expectations and z-scores of R's sna::brokerage."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import UsageError
from .layers import arc_pairs, csr
from .model import gc_paused

__all__ = ["brokerage", "ROLES"]

#: Brokerage roles, in the column order of sna::brokerage (w_I, w_O, b_IO, b_OI, b_O).
ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")
#: Counts needing more steps than this (arcs, plus for each arc a -> b the smaller out-degree
#: of a and b; times the number of runs with permutations) run in the numba-compiled kernel;
#: smaller ones run the same kernel in plain Python (0.3-0.5 us a step), which is faster than
#: loading the compiled one (0.5-0.9 s; measured with benchmarks/bench_startup.py).
#: Both give the same counts.
COMPILE_ABOVE = 500_000
_ALL = (*ROLES, "total")


def _group_labels(G, nodes, groups, missing):
    if isinstance(groups, str):
        node_data = getattr(G, "_node", None)  # networkx's node attribute dicts
        if len(nodes) == len(G) and node_data is not None:  # all of them, in G's order
            labels = [d.get(groups) for d in node_data.values()]  # as G.nodes(data=groups)
        elif len(nodes) == len(G):
            labels = [label for _, label in G.nodes(data=groups)]
        else:
            labels = [G.nodes[n].get(groups) for n in nodes]
        what = f"attribute '{groups}'"
    elif hasattr(groups, "get"):
        labels = [groups.get(n) for n in nodes]
        what = "the groups mapping"
    else:
        raise TypeError("groups must be an actor attribute name or a mapping of actor -> group")
    absent = [n for n, g in zip(nodes, labels, strict=True) if g is None]
    if absent and missing == "error":
        raise UsageError(f"{len(absent)} actors have no {what}: {', '.join(map(str, absent[:10]))}")
    if missing not in ("drop", "error"):
        raise UsageError(f"missing must be 'drop' or 'error', got {missing!r}")
    return labels, absent


def simple_arcs(
    G, directed: bool = True, symmetric: bool = True, exclude=(), *, keep_rejected: bool = True
):
    """Node list and arcs (source and target positions) of the collapsed simple digraph (no
    self-loops), without the actors in *exclude* (and the rejected relations when
    ``keep_rejected=False``)."""
    nodes, src, dst = arc_pairs(
        G, symmetric=symmetric, directed=directed, keep_rejected=keep_rejected
    )
    if exclude:
        drop = set(exclude)
        keep_nodes = [n for n in nodes if n not in drop]
        position = {n: i for i, n in enumerate(keep_nodes)}
        remap = np.array([position.get(n, -1) for n in nodes], dtype=np.int64)
        if len(src):
            src, dst = remap[src], remap[dst]
            ok = (src >= 0) & (dst >= 0)
            src, dst = src[ok], dst[ok]
        nodes = keep_nodes
    return nodes, src, dst


def _csr(n, src, dst):
    out_ptr, out_idx, _, _ = csr(n, src, dst)
    in_ptr, in_idx, _, _ = csr(n, dst, src)
    return out_ptr, out_idx, in_ptr, in_idx


def count_roles(n, src, dst, group_codes, compiled: bool | None = None) -> np.ndarray:
    """Raw role counts per actor (n x 5, sna column order).

    *compiled* chooses the numba-compiled kernel (True) or the same kernel in plain Python
    (False); by default the compiled one runs above :data:`COMPILE_ABOVE` arcs.
    """
    if compiled is None:
        compiled = _steps(n, src, dst) > COMPILE_ABOVE
    if compiled:
        from ._brokerage_kernel import brokerage_counts
    else:
        from ._brokerage_py import brokerage_counts

    if n == 0:
        return np.zeros((0, 5), dtype=np.int64)
    out_ptr, out_idx, in_ptr, in_idx = _csr(n, src, dst)
    codes = np.asarray(group_codes, dtype=np.int64)
    if not compiled:  # plain Python is faster on lists than on numpy scalars
        return np.asarray(
            brokerage_counts(
                out_ptr.tolist(),
                out_idx.tolist(),
                in_ptr.tolist(),
                in_idx.tolist(),
                codes.tolist(),
                int(codes.max()) + 1,
            ),
            dtype=np.int64,
        )
    return brokerage_counts(out_ptr, out_idx, in_ptr, in_idx, codes, int(codes.max()) + 1)


def _steps(n, src, dst) -> int:
    """About how many inner steps the counting kernel takes."""
    if len(src) == 0:
        return 0
    outdeg = np.bincount(src, minlength=n)
    return int(np.minimum(outdeg[src], outdeg[dst]).sum()) + len(src)


def count_roles_bruteforce(n, src, dst, group_codes) -> np.ndarray:
    """Reference implementation: walk every two-path a -> b -> c (slow; for tests and benchmarks)."""
    out = [set() for _ in range(n)]
    inn = [set() for _ in range(n)]
    for a, c in zip(src.tolist(), dst.tolist(), strict=True):
        out[a].add(c)
        inn[c].add(a)
    g = list(group_codes)
    counts = np.zeros((n, 5), dtype=np.int64)
    for b in range(n):
        for a in inn[b]:
            for c in out[b]:
                if a == c or c in out[a]:
                    continue
                if g[a] == g[b]:
                    counts[b, 0 if g[c] == g[b] else 2] += 1
                elif g[c] == g[b]:
                    counts[b, 3] += 1
                elif g[a] == g[c]:
                    counts[b, 1] += 1
                else:
                    counts[b, 4] += 1
    return counts


def expected_moments(N: int, m: int, sizes: np.ndarray):
    """Expected role counts and standard deviations per group, as sna::brokerage computes them.

    Returns two arrays of shape (number of groups, 6): columns coordinator,
    itinerant, representative, gatekeeper, liaison, total.
    """
    N = float(N)
    n = np.asarray(sizes, dtype=float)
    d = m / (N * (N - 1)) if N > 1 else 0.0
    a = d * d * (1 - d)
    b3 = d**3 * (1 - d) ** 3
    exp = np.zeros((len(n), 6))
    var = np.zeros((len(n), 6))
    for i, ni in enumerate(n):
        rest = np.delete(n, i)
        exp[i, 0] = a * (ni - 1) * (ni - 2)
        var[i, 0] = exp[i, 0] * (1 - a) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * b3
        exp[i, 1] = a * np.sum(rest * (rest - 1))
        var[i, 1] = exp[i, 1] * (1 - a) + 2 * np.sum(rest * (rest - 1) * (rest - 2)) * b3
        exp[i, 2] = a * (N - ni) * (ni - 1)
        var[i, 2] = (
            exp[i, 2] * (1 - a)
            + 2 * ((ni - 1) * _choose2(N - ni) + (N - ni) * _choose2(ni - 1)) * b3
        )
        exp[i, 3], var[i, 3] = exp[i, 2], var[i, 2]
        exp[i, 4] = a * (np.sum(np.outer(rest, rest)) - np.sum(rest**2))
        var[i, 4] = exp[i, 4] * (1 - a) + 4 * np.sum(rest * _choose2(N - rest - ni) * b3)
        exp[i, 5] = a * (N - 1) * (N - 2)
        var[i, 5] = exp[i, 5] * (1 - a) + 2 * (N - 1) * (N - 2) * (N - 3) * b3
    return exp, np.sqrt(var)


def _choose2(x):
    """R's choose(x, 2), which is x (x - 1) / 2 for every real x."""
    x = np.asarray(x, dtype=float)
    return x * (x - 1) / 2


def brokerage(
    G,
    groups="camp",
    *,
    permutations: int = 0,
    seed=None,
    directed: bool = True,
    symmetric: bool = True,
    missing: str = "drop",
) -> pd.DataFrame:
    """Gould-Fernandez brokerage roles of every actor, with sna's expectations and z-scores.

    Actor b brokers the ordered pair (a, c) when a -> b -> c, a != c, and there
    is no arc a -> c. Each brokered pair is classified by the groups of a, b, c:
    coordinator (A A A), itinerant (A B A), representative (A A B), gatekeeper
    (A B B), liaison (A B C). The relations are first collapsed into a simple
    digraph (any number of relations from a to b is one arc); relations of
    symmetric types count in both directions.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    groups : str or mapping, default 'camp'
        An actor attribute, or a mapping from actor id to group; ``'inferred'`` uses the
        two camps inferred from the signs of the relations (:func:`graphlib_kb.camps`),
        for data without hand-coded camps.
    permutations : int, default 0
        Number of random relabellings of the groups (group sizes kept) for
        permutation p-values, which sna's documentation recommends over the
        normal approximation of the z-scores.
    seed : int, optional
        Seed for the permutations.
    directed : bool, default True
        Treat every relation as an undirected tie (two arcs) when False.
    symmetric : bool, default True
        Count relations of symmetric types in both directions.
    missing : {'drop', 'error'}, default 'drop'
        What to do with actors that have no group: leave them (and their
        relations) out, or raise ``ValueError``.

    Returns
    -------
    pandas.DataFrame
        Indexed by actor id, with the columns ``group``; the raw counts
        ``coordinator``, ``itinerant``, ``representative``, ``gatekeeper``,
        ``liaison``, ``total``; for each of those six ``<role>_expected``,
        ``<role>_sd`` and ``<role>_z`` exactly as ``sna::brokerage`` computes them
        (expectations under a random digraph of the same density and group
        sizes; z is NaN where the deviation is 0); and with ``permutations`` the
        one-sided ``<role>_p = (1 + #{permuted count >= observed}) / (1 + permutations)``.
        ``table.attrs`` records ``density``, ``arcs``, ``permutations`` and the
        ``dropped`` actors without a group.

    Examples
    --------
    >>> import networkx as nx, graphlib_kb as gk
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> groups = {"a": "A", "b": "B", "c": "C"}
    >>> gk.brokerage(G, groups)[["group", "liaison", "total"]]
          group  liaison  total
    actor
    a         A        0      0
    b         B        1      1
    c         C        0      0
    """
    inferred = isinstance(groups, str) and groups == "inferred"
    if inferred:
        from .balance import inferred_groups
        from .layers import without_rejected

        G = without_rejected(G)
        groups = inferred_groups(G)
    with gc_paused():  # a list or dict entry per actor and per relation (see layers._walk)
        all_nodes = list(G)
        labels, absent = _group_labels(G, all_nodes, groups, missing)
        # rejected relations are left out while the arcs are read (or G has none left)
        nodes, src, dst = simple_arcs(G, directed, symmetric, exclude=absent, keep_rejected=False)
        if absent:
            label_of = dict(zip(all_nodes, labels, strict=True))
            node_groups = [label_of[n] for n in nodes]
        else:  # every actor is kept, in G's order
            node_groups = labels
        classes = list(dict.fromkeys(node_groups))
        code_of = {c: i for i, c in enumerate(classes)}
        codes = np.fromiter(map(code_of.__getitem__, node_groups), dtype=np.int64, count=len(nodes))
    n = len(nodes)
    compiled = _steps(n, src, dst) * (1 + int(permutations)) > COMPILE_ABOVE
    raw = count_roles(n, src, dst, codes, compiled=compiled)
    raw = np.column_stack([raw, raw.sum(axis=1)]) if n else np.zeros((0, 6), dtype=np.int64)
    sizes = np.bincount(codes, minlength=len(classes)) if n else np.zeros(0)
    exp_g, sd_g = expected_moments(n, len(src), sizes) if n else (np.zeros((0, 6)),) * 2
    exp, sd = exp_g[codes], sd_g[codes]
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(sd > 0, (raw - exp) / np.where(sd > 0, sd, 1.0), np.nan)
    columns = {"group": node_groups}
    for j, role in enumerate(_ALL):
        columns[role] = raw[:, j].astype("int64")
    for j, role in enumerate(_ALL):
        columns[f"{role}_expected"] = exp[:, j]
        columns[f"{role}_sd"] = sd[:, j]
        columns[f"{role}_z"] = z[:, j]
    table = pd.DataFrame(columns, index=pd.Index(nodes, name="actor"))
    if permutations:
        rng = np.random.default_rng(seed)
        exceed = np.zeros((n, 6), dtype=np.int64)
        for _ in range(int(permutations)):
            perm = rng.permutation(codes)
            counts = count_roles(n, src, dst, perm, compiled=compiled)
            counts = np.column_stack([counts, counts.sum(axis=1)])
            exceed += counts >= raw
        p = (1 + exceed) / (1 + int(permutations))
        for j, role in enumerate(_ALL):
            table[f"{role}_p"] = p[:, j]
    density = len(src) / (n * (n - 1)) if n > 1 else float("nan")
    table.attrs = {
        "density": density,
        "arcs": int(len(src)),
        "permutations": int(permutations),
        "seed": seed,
        "dropped": list(absent),
        "groups": "inferred" if inferred else "given",
    }
    return table
