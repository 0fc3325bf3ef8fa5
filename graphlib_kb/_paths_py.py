"""Shortest-path sweeps: Brandes betweenness and closeness in one pass, in plain Python.

:mod:`graphlib_kb._paths_kernel` compiles :func:`_one_source` with numba and runs the sources
on all cores for large graphs; small graphs run it as it is here, which spares the compiler's
start-up (see :data:`graphlib_kb.centrality.COMPILE_ABOVE`). Both add the same numbers in the
same order, so their results are equal to the last bit.

The searches mirror networkx's ``_single_source_shortest_path_basic`` (BFS) and
``_single_source_dijkstra_path_basic`` (Dijkstra, with the same float
comparisons for ties), so that the results equal networkx's; the sources are
split over the available cores.
"""

from __future__ import annotations

import heapq

import numpy as np

#: Sources are split into this many chunks whatever the number of cores (reproducible sums).
CHUNKS = 8


# Longer than 80 lines: numba compiles this function as one kernel (_paths_kernel), and it
# mirrors networkx's BFS and Dijkstra step by step so that the sums agree to the last bit;
# splitting it would add calls inside the compiled inner loop.
def _one_source(
    s,
    out_ptr,
    out_idx,
    out_w,
    in_ptr,
    in_idx,
    in_w,
    weighted,
    dist,
    sigma,
    delta,
    settled,
    order,
    queue,
    seen,
    bc,
    tot,
    reach,
):
    count = 0
    sigma[s] = 1.0
    dist[s] = 0.0
    if not weighted:
        settled[s] = True
        queue[0] = s
        head, tail = 0, 1
        while head < tail:
            v = queue[head]
            head += 1
            order[count] = v
            count += 1
            dv = dist[v]
            for p in range(out_ptr[v], out_ptr[v + 1]):
                w = out_idx[p]
                if not settled[w]:
                    settled[w] = True
                    dist[w] = dv + 1.0
                    queue[tail] = w
                    tail += 1
                if dist[w] == dv + 1.0:
                    sigma[w] += sigma[v]
    else:
        seen[s] = 0.0  # tentative distances (inf when not yet seen)
        heap = [(0.0, 0, s, s)]
        c = 1
        while len(heap) > 0:
            d, _, pred, v = heapq.heappop(heap)
            if settled[v]:
                continue
            if v != s:
                sigma[v] += sigma[pred]
            settled[v] = True
            dist[v] = d
            order[count] = v
            count += 1
            for p in range(out_ptr[v], out_ptr[v + 1]):
                w = out_idx[p]
                vw = d + out_w[p]
                if not settled[w] and (seen[w] == np.inf or vw < seen[w]):
                    seen[w] = vw
                    heapq.heappush(heap, (vw, c, v, w))
                    c += 1
                    sigma[w] = 0.0
                elif vw == seen[w]:
                    sigma[w] += sigma[v]
    # Brandes accumulation in reverse order of discovery; predecessors are found
    # again from the in-arcs with the same comparison the search made.
    for i in range(count - 1, -1, -1):
        w = order[i]
        coeff = (1.0 + delta[w]) / sigma[w]
        dw = dist[w]
        for p in range(in_ptr[w], in_ptr[w + 1]):
            v = in_idx[p]
            if not settled[v] or v == w:
                continue
            if weighted:
                is_pred = dist[v] + in_w[p] == dw and dist[v] < dw
            else:
                is_pred = dist[v] + 1.0 == dw
            if is_pred:
                delta[v] += sigma[v] * coeff
        if w != s:
            bc[w] += delta[w]
            tot[w] += dw
            reach[w] += 1.0
    for i in range(count):
        v = order[i]
        dist[v] = np.inf
        sigma[v] = 0.0
        delta[v] = 0.0
        settled[v] = False
        seen[v] = np.inf


def sweep(sources, out_ptr, out_idx, out_w, in_ptr, in_idx, in_w, weighted, n):
    """Betweenness (raw Brandes sums) and, per target, summed distance and number of
    sources reaching it, over the given sources.

    The sources are dealt into a fixed number of chunks, summed in a fixed order, so that
    the floating-point result does not depend on how many cores run them (nor on whether the
    compiled kernel runs them).
    """
    chunks = min(CHUNKS, max(len(sources), 1))
    bc = np.zeros((chunks, n))
    tot = np.zeros((chunks, n))
    reach = np.zeros((chunks, n))
    dist = np.full(n, np.inf)
    sigma = np.zeros(n)
    delta = np.zeros(n)
    settled = np.zeros(n, dtype=np.bool_)
    order = np.empty(n, dtype=np.int64)
    queue = np.empty(n, dtype=np.int64)
    seen = np.full(n, np.inf)
    for t in range(chunks):
        for j in range(t, len(sources), chunks):
            _one_source(
                sources[j],
                out_ptr,
                out_idx,
                out_w,
                in_ptr,
                in_idx,
                in_w,
                weighted,
                dist,
                sigma,
                delta,
                settled,
                order,
                queue,
                seen,
                bc[t],
                tot[t],
                reach[t],
            )
    return _chunk_sum(bc), _chunk_sum(tot), _chunk_sum(reach)


def _chunk_sum(values):
    """Row after row, as the compiled kernel adds them."""
    out = values[0].copy()
    for row in values[1:]:
        out += row
    return out
