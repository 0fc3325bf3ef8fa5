"""Validation of datasets, files and graphs against the data model."""

from __future__ import annotations

import networkx as nx
import pandas as pd

from .errors import DatasetError, merge_missing_columns
from .model import tables_from_graph
from .schema import check, problems_frame

__all__ = ["validate"]


def validate(path_or_graph, format: str | None = None, *, encoding: str = "utf-8") -> pd.DataFrame:
    """Every problem of a dataset, file or graph, all at once.

    Parameters
    ----------
    path_or_graph : str, pathlib.Path or networkx.MultiDiGraph
        A bundled dataset name, a path that :func:`read` accepts, or a graph.
    format : str, optional
        Format of the file, if it cannot be told from the path.
    encoding : str, default 'utf-8'
        Text encoding of CSV/JSON input.

    Returns
    -------
    pandas.DataFrame
        One row per problem, empty when the input is valid, with columns

        ``file``
            The file (or ``<graph> nodes``/``<graph> edges`` for a graph).
        ``row``
            Line number in a CSV file (the header is line 1); position of the
            record (1-based) in other formats; missing for whole-file problems.
        ``field``
            The column or attribute at fault, or missing.
        ``message``
            What is wrong, in plain words.

    A graph from another tool that lacks whole columns (no kinds, types or
    evidence) gets a first row saying what a full dataset would need; it is
    still listed problem by problem, as :func:`read` with ``strict=True``
    refuses it.

    Checks cover unknown actors, relation types, statuses and kinds, duplicate
    or empty ids, bad dates, weights outside -10 ... 10 or not finite, missing
    evidence, control characters, unknown source documents and parent cycles.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> gk.validate("karabakh-2023").empty
    True
    >>> G = gk.load_dataset("karabakh-2023")
    >>> G.edges["aze", "lachin_corridor", "r05"]["weight"] = float("nan")
    >>> gk.validate(G)[["row", "field", "message"]].to_dict("records")
    [{'row': 5, 'field': 'weight', 'message': 'must be a finite number (not NaN or infinite)'}]
    """
    if isinstance(path_or_graph, nx.Graph):
        return problems_frame(check(tables_from_graph(path_or_graph)).problems)
    from .datasets import resolve_dataset
    from .io import guess_format, read_tables
    from .io.plain import plain_reasons

    try:
        path = resolve_dataset(path_or_graph)
        tables = read_tables(path, format, encoding)
    except DatasetError as err:
        return err.problems
    problems = check(tables).problems
    # a dataset folder is the project's own format: nothing in it is filled in on reading
    needs = [] if guess_format(path, format) == "dataset" else plain_reasons(tables)
    if needs:
        problems.insert(
            0,
            (
                str(path),
                None,
                None,
                f"not a full dataset: it needs {', '.join(needs)}; graphlib_kb.read imports "
                "it as a plain graph with defaults (kind 'other', type 'tie', evidence "
                "'imported from FILE')",
            ),
        )
    return merge_missing_columns(problems_frame(problems))
