"""Compiled local search for signed partitions (numba): move one actor at a time to the camp
that leaves it the fewest frustrated ties, until no move helps."""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True)
def local_search(ptr, idx, sgn, labels, k, order):
    """Improve ``labels`` (in place) by single-actor moves; returns the number of moves.

    ``ptr``/``idx``/``sgn`` are the symmetric CSR adjacency of the signed graph (sign +1 or -1
    per entry). Actor i in camp c has ``pos_i - score[i, c]`` frustrated ties, where
    ``score[i, c]`` is the sum of the signs of its ties into c, so the best camp maximises
    the score. Every move lowers the frustration by at least one, so the search ends.
    """
    n = len(ptr) - 1
    score = np.zeros((n, k), dtype=np.int64)
    for i in range(n):
        for e in range(ptr[i], ptr[i + 1]):
            score[i, labels[idx[e]]] += sgn[e]
    moves = 0
    improved = True
    while improved:
        improved = False
        for t in range(n):
            i = order[t]
            cur = labels[i]
            best = cur
            value = score[i, cur]
            for c in range(k):
                if score[i, c] > value:
                    best = c
                    value = score[i, c]
            if best != cur:
                labels[i] = best
                moves += 1
                improved = True
                for e in range(ptr[i], ptr[i + 1]):
                    j = idx[e]
                    score[j, cur] -= sgn[e]
                    score[j, best] += sgn[e]
    return moves


@njit(cache=True)
def frustrated_per_node(ptr, idx, sgn, labels):
    """Frustrated ties at each actor: negative inside its camp, positive across."""
    n = len(ptr) - 1
    out = np.zeros(n, dtype=np.int64)
    for i in range(n):
        for e in range(ptr[i], ptr[i + 1]):
            same = labels[idx[e]] == labels[i]
            if (sgn[e] > 0 and not same) or (sgn[e] < 0 and same):
                out[i] += 1
    return out
