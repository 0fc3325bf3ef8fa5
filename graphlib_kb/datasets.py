"""Bundled datasets: find them by name, list them, load them."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pandas as pd

from .errors import DatasetError
from .io.dataset import DESCRIPTOR

__all__ = ["load_dataset", "list_datasets", "dataset_path"]


def _bundled_root() -> Path:
    installed = resources.files("graphlib_kb").joinpath("_datasets")
    if installed.is_dir():
        return Path(str(installed))
    # Source checkout or editable install: the repository's top-level datasets/ folder.
    return Path(__file__).resolve().parent.parent / "datasets"


def _names() -> list[str]:
    root = _bundled_root()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / DESCRIPTOR).is_file())


def dataset_path(name: str) -> Path:
    """The folder of a bundled dataset.

    Raises
    ------
    DatasetError
        If there is no bundled dataset of that name; the message lists the valid ones.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> gk.dataset_path("karabakh-2023").name
    'karabakh-2023'
    """
    names = _names()
    if name not in names:
        import difflib

        close = difflib.get_close_matches(str(name), names, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise DatasetError(
            [
                (
                    str(name),
                    None,
                    None,
                    f"unknown dataset; {hint}bundled datasets: {', '.join(names) or '(none)'}",
                )
            ],
            summary=f"unknown dataset '{name}'",
        )
    return _bundled_root() / name


def resolve_dataset(name_or_path) -> Path:
    """A path for a bundled name or an existing path; unknown bare names list the valid ones."""
    if isinstance(name_or_path, Path):
        return name_or_path
    text = str(name_or_path)
    if Path(text).exists() or any(c in text for c in "/\\") or Path(text).suffix:
        return Path(text)
    return dataset_path(text)


def load_dataset(name_or_path, *, encoding: str = "utf-8", strict: bool = False):
    """Load a bundled dataset by name, or a dataset from a path.

    Parameters
    ----------
    name_or_path : str or pathlib.Path
        The name of a bundled dataset (see :func:`list_datasets`) or any path
        that :func:`read` accepts.
    encoding : str, default 'utf-8'
        Text encoding of the CSV files.
    strict : bool, default False
        Refuse a file that is not in the project's schema instead of importing
        it as a plain graph (see :func:`read`).

    Returns
    -------
    networkx.MultiDiGraph
        Actors as nodes (with ``name``, ``kind``, ``camp``, ...), relations as
        edges keyed by relation id (with ``type``, ``category``, ``sign``,
        ``weight``, ``date``, ``status``, ``evidence``, ...), and the graph
        attributes ``name``, ``title``, ``description``, ``citation``,
        ``license`` and ``sources``.

    Raises
    ------
    DatasetError
        For an unknown name (listing the valid ones) or an invalid dataset
        (listing every problem).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.load_dataset("karabakh-2023")
    >>> G.graph["name"], G.nodes["eu"]["name"]
    ('karabakh-2023', 'European Union')
    """
    from .io import read

    return read(resolve_dataset(name_or_path), encoding=encoding, strict=strict)


def _count_rows(path: Path) -> int:
    import csv
    import io

    with open(path, encoding="utf-8-sig", newline="") as fh:
        return max(sum(1 for row in csv.reader(io.StringIO(fh.read())) if row) - 1, 0)


def list_datasets() -> pd.DataFrame:
    """The bundled datasets.

    Returns
    -------
    pandas.DataFrame
        One row per dataset with the columns ``name``, ``title``, ``actors``
        (number of actors), ``relations`` (number of relations),
        ``description`` and ``citation``.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> row = gk.list_datasets().set_index("name").loc["karabakh-2023"]
    >>> G = gk.load_dataset("karabakh-2023")
    >>> (row["actors"], row["relations"]) == (G.number_of_nodes(), G.number_of_edges())
    True
    """
    rows = []
    for name in _names():
        folder = _bundled_root() / name
        desc = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
        paths = {r["name"]: r["path"] for r in desc.get("resources", [])}
        rows.append(
            {
                "name": name,
                "title": desc.get("title", ""),
                "actors": _count_rows(folder / paths.get("actors", "actors.csv")),
                "relations": _count_rows(folder / paths.get("relations", "relations.csv")),
                "description": desc.get("description", ""),
                "citation": desc.get("citation", ""),
            }
        )
    columns = ["name", "title", "actors", "relations", "description", "citation"]
    return pd.DataFrame.from_records(rows, columns=columns)
