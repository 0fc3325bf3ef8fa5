"""Compiled counting kernel for Gould-Fernandez brokerage (numba): the plain-Python kernel of
:mod:`graphlib_kb._brokerage_py`, compiled. Imported only for graphs large enough to pay for
the compiler's start-up."""

from __future__ import annotations

from numba import njit

from . import _brokerage_py

brokerage_counts = njit(cache=True)(_brokerage_py.brokerage_counts)
