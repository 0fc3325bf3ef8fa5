"""Compiled shortest-path sweeps (numba): the searches of :mod:`graphlib_kb._paths_py`,
compiled and run on all cores. Imported only for graphs large enough to pay for the
compiler's start-up; the results equal the plain-Python sweep's to the last bit."""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from . import _paths_py
from ._paths_py import CHUNKS

_one_source = njit(cache=True)(_paths_py._one_source)


def sweep(sources, out_ptr, out_idx, out_w, in_ptr, in_idx, in_w, weighted, n):
    """As :func:`graphlib_kb._paths_py.sweep`, compiled and in parallel."""
    chunks = min(CHUNKS, max(len(sources), 1))
    return _sweep(sources, out_ptr, out_idx, out_w, in_ptr, in_idx, in_w, weighted, n, chunks)


@njit(cache=True, parallel=True)
def _sweep(sources, out_ptr, out_idx, out_w, in_ptr, in_idx, in_w, weighted, n, chunks):
    bc = np.zeros((chunks, n))
    tot = np.zeros((chunks, n))
    reach = np.zeros((chunks, n))
    for t in prange(chunks):
        dist = np.full(n, np.inf)
        sigma = np.zeros(n)
        delta = np.zeros(n)
        settled = np.zeros(n, dtype=np.bool_)
        order = np.empty(n, dtype=np.int64)
        queue = np.empty(n, dtype=np.int64)
        seen = np.full(n, np.inf)
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


@njit(cache=True)
def _chunk_sum(values):
    out = values[0].copy()
    for i in range(1, values.shape[0]):
        out += values[i]
    return out
