"""Exceptions raised by graphlib_kb.

Every error the library raises on purpose derives from :class:`GraphlibError`:

- :class:`DatasetError` -- an input (file, folder or graph) that breaks the data model;
- :class:`UsageError` -- an argument the library cannot use (an unknown measure, layout,
  format or option value).

Both are also :class:`ValueError` subclasses, so code written against earlier versions
(``except ValueError``) keeps working. The CLI turns a :class:`GraphlibError` into a clean
message and a non-zero exit; any other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

__all__ = ["GraphlibError", "DatasetError", "UsageError"]


class GraphlibError(Exception):
    """The base of the errors graphlib_kb raises on purpose (not a bug).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> from graphlib_kb.errors import GraphlibError
    >>> try:
    ...     gk.layout_positions(gk.load_dataset("karabakh-2023"), "no-such-layout")
    ... except GraphlibError as err:
    ...     print(type(err).__name__, isinstance(err, ValueError))
    UsageError True
    """


class UsageError(GraphlibError, ValueError):
    """An argument the library cannot use: an unknown measure, layout, format or option value.

    Examples
    --------
    >>> from graphlib_kb.tabular import table_format
    >>> try:
    ...     table_format("out.doc")
    ... except UsageError as err:
    ...     print("usage error:", isinstance(err, ValueError))
    usage error: True
    """


class DatasetError(GraphlibError, ValueError):
    """An input (file, folder or graph) that does not satisfy the data model.

    The message lists every problem found, one per line, each naming the file,
    the row (line number in a CSV file, position of the record in other formats)
    and the field.  The same problems are available as a DataFrame in
    :attr:`problems`, with the columns of :func:`graphlib_kb.validate`.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> try:
    ...     gk.read("no/such/folder")
    ... except gk.DatasetError as err:
    ...     print(err.problems.loc[0, "message"])
    no such file or folder
    """

    def __init__(self, problems, summary: str | None = None):
        import pandas as pd

        from .schema import PROBLEM_COLUMNS, problems_frame

        if not isinstance(problems, pd.DataFrame):
            problems = problems_frame(problems)
        problems = merge_missing_columns(problems)
        self.problems = problems[list(PROBLEM_COLUMNS)].reset_index(drop=True)
        lines = [format_problem(rec) for rec in self.problems.itertuples(index=False)]
        if len(lines) == 1:
            # one problem, one line: the file, row and field say where, the message says what
            super().__init__(lines[0])
            return
        head = summary or f"{len(lines)} problem{'s' if len(lines) != 1 else ''} found"
        super().__init__(head + ":\n" + "\n".join(f"  {line}" for line in lines))


def format_problem(problem) -> str:
    """Render one problem as ``file, row N, field F: message``."""
    import pandas as pd

    file, row, field, message = problem
    parts = [str(file)]
    if row is not None and not pd.isna(row):
        parts.append(f"row {int(row)}")
    if isinstance(field, str) and field:
        parts.append(f"field '{field}'")
    return ", ".join(parts) + f": {message}"


#: The message of a required column absent from a file's header.
MISSING_COLUMN = "required column is missing"


def merge_missing_columns(problems):
    """Drop the per-row "required value is missing" problems of a column that a file lacks.

    The file's one "required column is missing" problem says it once. Takes and
    returns a problems DataFrame (columns ``file``, ``row``, ``field``, ``message``).
    """
    import numpy as np

    missing = problems["message"] == MISSING_COLUMN
    if not missing.any():
        return problems
    lacking = set(zip(problems.loc[missing, "file"], problems.loc[missing, "field"], strict=True))
    lacks = [(f, c) in lacking for f, c in zip(problems["file"], problems["field"], strict=True)]
    drop = (problems["message"] == "required value is missing").to_numpy() & np.array(lacks)
    return problems[~drop].reset_index(drop=True)
