"""The relation vocabulary, relation statuses and actor kinds, shipped as data files."""

from __future__ import annotations

import csv
import functools
import io
from importlib import resources
from types import MappingProxyType

import pandas as pd

__all__ = ["vocabulary", "statuses", "actor_kinds"]


@functools.cache
def _read(name: str) -> tuple[dict[str, str], ...]:
    text = resources.files("graphlib_kb").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(csv.DictReader(io.StringIO(text)))


@functools.cache
def relation_type_table() -> MappingProxyType:
    """The base vocabulary as typed records keyed by type, parsed once (read-only; internal
    helper for hot paths such as the extraction rules)."""
    return MappingProxyType(relation_type_records())


def relation_type_records() -> dict[str, dict]:
    """The base vocabulary as typed records keyed by type (internal helper)."""
    out = {}
    for row in _read("relation_types.csv"):
        out[row["type"]] = {
            "category": row["category"],
            "sign": int(row["sign"]),
            "weight": float(row["weight"]),
            "cameo": row["cameo"],
            "plover_type": row["plover_type"],
            "plover_mode": row["plover_mode"],
            "symmetric": row["symmetric"] == "true",
            "definition": row["definition"],
        }
    return out


def vocabulary(G=None) -> pd.DataFrame:
    """The relation types: category, default sign and weight, CAMEO and PLOVER codes.

    Parameters
    ----------
    G : networkx.MultiDiGraph, optional
        A graph whose dataset adds relation types (``G.graph["relation_types"]``);
        they are appended after the base vocabulary, with ``source`` set to
        ``"dataset"``.

    Returns
    -------
    pandas.DataFrame
        One row per relation type, indexed by ``type``, with the columns

        ``category``
            The relation layer: ``mediation``, ``negotiation``, ``cooperation``,
            ``humanitarian``, ``accusation``, ``denial``, ``demand``,
            ``disapproval``, ``coercion``, ``conflict``, ``control``,
            ``membership``, ``geography`` or ``statement``; ``unspecified`` for
            ``tie``, the type of relations imported from plain graphs.
        ``sign``
            Default sign: +1 cooperative, -1 hostile, 0 structural.
        ``weight``
            Default weight on the Goldstein scale (-10 ... +10), from the CAMEO
            code where there is one; a project choice otherwise.
        ``cameo``
            CAMEO event code, as text with its leading zeros ("045"); empty if none.
        ``plover_type``, ``plover_mode``
            The PLOVER event type and mode (CAMEO2PLOVER conversion table); empty if none.
        ``symmetric``
            True when the relation holds in both directions (``negotiate``, ``war``).
        ``definition``
            One line saying what the relation means.
        ``source``
            ``"base"`` or ``"dataset"``.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> voc = gk.vocabulary()
    >>> voc.loc["mediate", ["category", "sign", "weight", "cameo", "plover_type"]].to_dict()
    {'category': 'mediation', 'sign': 1, 'weight': 5.0, 'cameo': '045', 'plover_type': 'CONSULT'}
    >>> sorted(voc.category.unique())[:4]
    ['accusation', 'coercion', 'conflict', 'control']
    """
    records = [{"type": t, **r, "source": "base"} for t, r in relation_type_records().items()]
    if G is not None:
        extra = G.graph.get("relation_types") or {}
        blank = {"cameo": "", "plover_type": "", "plover_mode": ""}
        records += [{"type": t, **blank, **r, "source": "dataset"} for t, r in extra.items()]
    frame = pd.DataFrame.from_records(records).set_index("type")
    frame["sign"] = frame["sign"].astype("int64")
    frame["weight"] = frame["weight"].astype("float64")
    frame["symmetric"] = frame["symmetric"].astype(bool)
    return frame


def statuses() -> pd.DataFrame:
    """The statuses a relation can have, with their definitions.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``status`` (``asserted``, ``alleged``, ``denied``, ``offered``,
        ``planned``, ``historical``) with a ``definition`` column.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> list(gk.statuses().index)
    ['asserted', 'alleged', 'denied', 'offered', 'planned', 'historical']
    """
    return pd.DataFrame.from_records(list(_read("statuses.csv"))).set_index("status")


def actor_kinds() -> pd.DataFrame:
    """The kinds of actor (node), with their definitions.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``kind`` with a ``definition`` column.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> "territory" in gk.actor_kinds().index
    True
    """
    return pd.DataFrame.from_records(list(_read("actor_kinds.csv"))).set_index("kind")


def status_names() -> tuple[str, ...]:
    return tuple(row["status"] for row in _read("statuses.csv"))


def kind_names() -> tuple[str, ...]:
    return tuple(row["kind"] for row in _read("actor_kinds.csv"))
