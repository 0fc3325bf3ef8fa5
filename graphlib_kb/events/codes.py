"""Event codes (CAMEO, PLOVER, ACLED) mapped onto the relation vocabulary, and CAMEO actor codes."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

import pandas as pd

from ..errors import UsageError

__all__ = ["event_codes", "actor_codes", "describe_actor_code", "country_lookup"]

SCHEMES = ("cameo", "plover", "acled")


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("graphlib_kb").joinpath("data", "events", name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _event_code_records() -> tuple[dict, ...]:
    from ..vocabulary import relation_type_records

    types = relation_type_records()
    out = []
    for r in _rows("cameo_events.csv"):
        out.append(
            {
                "scheme": "cameo",
                "key": r["code"],
                "name": r["name"],
                "root": r["root"],
                "type": r["type"],
                "goldstein": float(r["goldstein"]),
                "quad_class": int(r["quad_class"]),
            }
        )
    for scheme, file, major, minor in (
        ("plover", "plover_events.csv", "event_type", "mode"),
        ("acled", "acled_events.csv", "event_type", "sub_event_type"),
    ):
        for r in _rows(file):
            typ = r["type"] or None
            out.append(
                {
                    "scheme": scheme,
                    "key": f"{r[major]}:{r[minor]}",
                    "name": r["definition"],
                    "root": None,
                    "type": typ,
                    "goldstein": float(types[typ]["weight"]) if typ else None,
                    "quad_class": int(r["quad_class"]) if r["quad_class"] else None,
                }
            )
    return tuple(out)


def event_codes(scheme: str | None = None) -> pd.DataFrame:
    """The event codes that become relations, and the relation type each one becomes.

    Parameters
    ----------
    scheme : {"cameo", "plover", "acled"}, optional
        Only this coding scheme; all three by default.

    Returns
    -------
    pandas.DataFrame
        One row per code, columns:

        ``scheme``
            ``cameo`` (GDELT, ICEWS), ``plover`` (POLECAT) or ``acled``.
        ``key``
            The code as it is looked up: a CAMEO event code as text (``"045"``), a PLOVER
            ``TYPE:mode`` (``ACCUSE:disapprove``; ``ACCUSE:`` for any other mode) or an ACLED
            ``event type:sub-event type`` (``Battles:`` for any other sub-event type).
        ``name``
            What the code means.
        ``root``
            CAMEO root code (``"01"`` to ``"20"``); missing for the other schemes.
        ``type``
            The relation type in :func:`graphlib_kb.vocabulary`; missing where the code is
            not a relation between two actors (ACLED "Strategic developments: Other"...).
        ``goldstein``
            Goldstein weight: the CAMEO/GDELT table's value, or the type's default weight.
        ``quad_class``
            1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> codes = gk.event_codes("cameo").set_index("key")
    >>> codes.loc["045", ["type", "goldstein", "quad_class"]].to_dict()
    {'type': 'mediate', 'goldstein': 5.0, 'quad_class': 1}
    >>> codes.loc["191", "type"], codes.loc["1124", "type"]
    ('blockade', 'accuse_war_crimes')
    """
    if scheme is not None and scheme not in SCHEMES:
        raise UsageError(f"unknown scheme {scheme!r}; expected one of {', '.join(SCHEMES)}")
    frame = pd.DataFrame(list(_event_code_records()))
    if scheme is not None:
        frame = frame[frame["scheme"] == scheme].reset_index(drop=True)
    frame["quad_class"] = frame["quad_class"].astype("Int64")
    return frame


@lru_cache(maxsize=1)
def _actor_code_records() -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in _rows("cameo_actors.csv")}


def actor_codes() -> pd.DataFrame:
    """CAMEO actor codes: countries, regions and the role codes that follow them.

    Returns
    -------
    pandas.DataFrame
        Columns ``code`` (three letters), ``name``, ``level`` (``country``, ``region`` or
        ``role``), ``kind`` (the :func:`graphlib_kb.actor_kinds` kind an actor with this code
        gets) and ``aliases`` (other names of the country, ``|``-separated).

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> codes = gk.actor_codes().set_index("code")
    >>> codes.loc[["AZE", "GOV", "CAU"], ["name", "level"]].values.tolist()
    [['Azerbaijan', 'country'], ['government', 'role'], ['Caucasus', 'region']]
    """
    return pd.DataFrame(list(_actor_code_records().values()))


def describe_actor_code(code: str) -> dict[str, str | None]:
    """Name, kind and parent of a CAMEO actor code such as ``AZEGOV``.

    The code is read in three-letter parts: a country or region first (its parent), then
    roles. The kind comes from the first role, or is ``state`` for a bare country.

    Examples
    --------
    >>> from graphlib_kb.events.codes import describe_actor_code
    >>> describe_actor_code("AZEGOV")
    {'name': 'Azerbaijan government', 'kind': 'government', 'parent': 'AZE'}
    >>> describe_actor_code("NA")
    {'name': 'NA', 'kind': 'other', 'parent': None}
    >>> describe_actor_code("ARM")
    {'name': 'Armenia', 'kind': 'state', 'parent': None}
    """
    table = _actor_code_records()
    parts = [code[i : i + 3] for i in range(0, len(code), 3)] if len(code) % 3 == 0 else []
    if not parts or any(p not in table for p in parts[:2]):
        return {"name": code, "kind": "other", "parent": None}
    first = table[parts[0]]
    names = [table[p]["name"] if p in table else p for p in parts]
    if first["level"] in ("country", "region"):
        kind = table[parts[1]]["kind"] if len(parts) > 1 else first["kind"]
        parent = parts[0] if len(parts) > 1 else None
    else:
        kind, parent = first["kind"], None
        names[0] = names[0][0].upper() + names[0][1:]
    return {"name": " ".join(names), "kind": kind, "parent": parent}


@lru_cache(maxsize=1)
def country_lookup() -> dict[str, str]:
    """Country and region names (lower case, with aliases) and codes -> CAMEO code."""
    out: dict[str, str] = {}
    for code, r in _actor_code_records().items():
        if r["level"] == "role":
            continue
        out[code.lower()] = code
        for name in [r["name"], *filter(None, r["aliases"].split("|"))]:
            out.setdefault(name.lower(), code)
    return out


_NOT_ID = re.compile(r"[^\w.-]+")


def actor_id(name: str) -> str:
    """An actor id made from a name: runs of characters other than letters, digits, ``.``,
    ``-`` and ``_`` become ``_`` (ids in this project are ``[\\w.:-]+``; ``:`` is kept out so
    that relation ids stay unambiguous).

    Examples
    --------
    >>> from graphlib_kb.events.codes import actor_id
    >>> actor_id("Military Forces of Azerbaijan (2003-)")
    'Military_Forces_of_Azerbaijan_2003-'
    """
    return _NOT_ID.sub("_", name).strip("_") or "_"
