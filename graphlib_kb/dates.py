"""ISO 8601 dates and intervals as used on relations: day, month, year or ``start/end``."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .errors import UsageError

__all__ = ["OPEN_START", "active_bounds", "date_bounds", "is_valid_date"]

#: What an open start (``../2023-07``) means when asking whether a relation is active:
#: ``"end"`` (known only to hold by its end: active in the end's own period) or ``"always"``.
OPEN_START = ("end", "always")

_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
OPEN = ".."


def _point(text: str) -> tuple[date, date]:
    match = _POINT.match(text)
    if not match:
        raise UsageError(f"'{text}' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = match.groups()
    y = int(year)
    if y < 1:
        raise UsageError(f"'{text}': year must be 0001 or later")
    if month is None:
        return date(y, 1, 1), date(y, 12, 31)
    m = int(month)
    if not 1 <= m <= 12:
        raise UsageError(f"'{text}': month {month} does not exist")
    last = calendar.monthrange(y, m)[1]
    if day is None:
        return date(y, m, 1), date(y, m, last)
    d = int(day)
    if not 1 <= d <= last:
        raise UsageError(f"'{text}': day {day} does not exist in {year}-{month}")
    return date(y, m, d), date(y, m, d)


def date_bounds(value: str) -> tuple[date | None, date | None]:
    """First and last day covered by an ISO 8601 date or interval.

    Parameters
    ----------
    value : str
        ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, or an interval ``start/end`` whose
        sides are any of those or ``..`` for an open end (ISO 8601-2).

    Returns
    -------
    tuple of (datetime.date or None, datetime.date or None)
        The first and the last day covered; ``None`` for an open side.

    Raises
    ------
    ValueError
        If the value is not a valid date or interval, or the interval ends
        before it starts.

    Examples
    --------
    >>> from graphlib_kb import date_bounds
    >>> date_bounds("2023-07")
    (datetime.date(2023, 7, 1), datetime.date(2023, 7, 31))
    >>> date_bounds("../2020")
    (None, datetime.date(2020, 12, 31))
    """
    if not isinstance(value, str):
        raise UsageError(f"a date must be text, not {type(value).__name__}")
    if "/" not in value:
        return _point(value)
    parts = value.split("/")
    if len(parts) != 2:
        raise UsageError(f"'{value}' is not an ISO 8601 date (YYYY-MM-DD) or interval (start/end)")
    left, right = parts
    if left == OPEN and right == OPEN:
        raise UsageError(f"'{value}': an interval needs at least one bounded side")
    start = None if left == OPEN else _point(left)[0]
    end = None if right == OPEN else _point(right)[1]
    if start is not None and end is not None and start > end:
        raise UsageError(f"'{value}': the interval ends before it starts")
    return start, end


def active_bounds(value: str, open_start: str = "end") -> tuple[date | None, date | None]:
    """The days on which a dated relation counts as active (see docs/analysis.md, "Time").

    A day, month or year is active over the days it covers; a closed interval
    ``1991/1993`` from its first to its last day. An open end (``2020/..``) means the
    relation still holds: active from its start on, with no last day. An open start
    (``../2023-07``) says only that the relation held *no later than* its end, not that it
    always did: it is active over its end's own period (July 2023), unless
    ``open_start="always"``, which makes it active at every day up to its end.

    Parameters
    ----------
    value : str
        An ISO 8601 date or interval (see :func:`date_bounds`).
    open_start : {'end', 'always'}, default 'end'

    Returns
    -------
    tuple of (datetime.date or None, datetime.date or None)
        First and last active day; ``None`` for no bound.

    Examples
    --------
    >>> from graphlib_kb.dates import active_bounds
    >>> active_bounds("../2023-07")
    (datetime.date(2023, 7, 1), datetime.date(2023, 7, 31))
    >>> active_bounds("../2023-07", open_start="always")
    (None, datetime.date(2023, 7, 31))
    >>> active_bounds("2020/..")
    (datetime.date(2020, 1, 1), None)
    """
    if open_start not in OPEN_START:
        raise UsageError(f"open_start must be one of {OPEN_START}, got {open_start!r}")
    first, last = date_bounds(value)
    if first is None and open_start == "end":
        first = _point(value.split("/")[1])[0]
    return first, last


def is_valid_date(value: str) -> bool:
    """Whether *value* is a date or interval that :func:`date_bounds` accepts.

    Examples
    --------
    >>> from graphlib_kb import is_valid_date
    >>> is_valid_date("2023-07-15"), is_valid_date("2023-02-30")
    (True, False)
    """
    try:
        date_bounds(value)
    except ValueError:
        return False
    return True


def date_ends(value) -> tuple[str | None, str | None]:
    """The start and end of a date or interval as written, at their own precision.

    ``None`` stands for an open side (``..``) or a missing date. Used to show
    dates without false precision: ``2020`` stays ``2020`` (not 2020-01-01).

    Examples
    --------
    >>> from graphlib_kb.dates import date_ends
    >>> date_ends("2020"), date_ends("../2023-07"), date_ends("1991/1993")
    (('2020', '2020'), (None, '2023-07'), ('1991', '1993'))
    """
    if not isinstance(value, str) or not value:
        return None, None
    if "/" not in value:
        return value, value
    left, right = value.split("/", 1)
    return (None if left == OPEN else left), (None if right == OPEN else right)


def date_phrase(value) -> str:
    """A date or interval in words, at its own precision (empty for no date).

    Examples
    --------
    >>> from graphlib_kb.dates import date_phrase
    >>> [date_phrase(v) for v in ("2023-07-15", "2020", "../2023-07", "2020/..", "1991/1993")]
    ['on 2023-07-15', 'in 2020', 'up to 2023-07', 'since 2020', 'from 1991 to 1993']
    """
    start, end = date_ends(value)
    if start is None and end is None:
        return ""
    if start == end:
        return f"on {start}" if len(start) == 10 else f"in {start}"
    if start is None:
        return f"up to {end}"
    if end is None:
        return f"since {start}"
    return f"from {start} to {end}"
