"""Gould-Fernandez brokerage counting kernel, in plain Python.

:mod:`graphlib_kb._brokerage_kernel` compiles these very functions with numba for large
graphs; small graphs run them as they are, which spares the compiler's start-up (see
:data:`graphlib_kb.brokerage.COMPILE_ABOVE`). Both give the same integers.
"""

from __future__ import annotations

import numpy as np

# Role columns, in sna's order: coordinator (w_I), itinerant (w_O), representative (b_IO),
# gatekeeper (b_OI), liaison (b_O).


def brokerage_counts(out_ptr, out_idx, in_ptr, in_idx, groups, n_groups):
    """Per broker b: open two-paths a -> b -> c (a != c, no arc a -> c) by role.

    ``out_idx``/``in_idx`` are CSR neighbour lists sorted within each row, of a
    simple digraph without self-loops. For every arc a -> b the common
    out-neighbours of a and b (the closed triads) are found by scanning the
    shorter of the two lists, so the cost is that of triangle counting rather
    than of enumerating every two-path.
    """
    n = len(out_ptr) - 1
    counts = np.zeros((n, 5), dtype=np.int64)
    mark = np.full(n, -1, dtype=np.int64)
    out_by_group = np.zeros(n_groups, dtype=np.int64)
    for b in range(n):
        x = groups[b]
        ob0, ob1 = out_ptr[b], out_ptr[b + 1]
        outdeg = ob1 - ob0
        if outdeg == 0 or in_ptr[b + 1] == in_ptr[b]:
            continue
        for g in range(n_groups):
            out_by_group[g] = 0
        for p in range(ob0, ob1):
            c = out_idx[p]
            mark[c] = b
            out_by_group[groups[c]] += 1
        for q in range(in_ptr[b], in_ptr[b + 1]):
            a = in_idx[q]
            ga = groups[a]
            oa0, oa1 = out_ptr[a], out_ptr[a + 1]
            # common out-neighbours of a and b, tallied by the group of c
            common = 0
            common_x = 0
            common_ga = 0
            if oa1 - oa0 <= outdeg:
                for p in range(oa0, oa1):
                    c = out_idx[p]
                    if mark[c] == b:
                        common += 1
                        gc = groups[c]
                        if gc == x:
                            common_x += 1
                        if gc == ga:
                            common_ga += 1
            else:
                for p in range(ob0, ob1):
                    c = out_idx[p]
                    # binary search for c in a's sorted out-neighbours
                    lo, hi = oa0, oa1
                    while lo < hi:
                        mid = (lo + hi) >> 1
                        if out_idx[mid] < c:
                            lo = mid + 1
                        else:
                            hi = mid
                    if lo < oa1 and out_idx[lo] == c:
                        common += 1
                        gc = groups[c]
                        if gc == x:
                            common_x += 1
                        if gc == ga:
                            common_ga += 1
            recip = 1 if mark[a] == b else 0  # c == a is not a pair
            open_total = outdeg - common - recip
            if ga == x:
                open_x = out_by_group[x] - common_x - recip
                counts[b, 0] += open_x
                counts[b, 2] += open_total - open_x
            else:
                open_x = out_by_group[x] - common_x
                open_ga = out_by_group[ga] - common_ga - recip
                counts[b, 3] += open_x
                counts[b, 1] += open_ga
                counts[b, 4] += open_total - open_x - open_ga
    return counts
