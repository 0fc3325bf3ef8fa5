"""Scoring extracted relations against hand coding: precision and recall of
(source actor, target actor, category), per category and overall."""

from __future__ import annotations

import pandas as pd

__all__ = ["actor_mapping", "relation_keys", "score", "resolve_levels"]

#: Kinds an actor is resolved to: a state, an organisation, a person, a group, a territory.
#: Ministries, armed forces and other bodies of a state (``government``) roll up to it.
RESOLVED_KINDS = frozenset(
    {
        "state",
        "igo",
        "ngo",
        "armed_group",
        "political_group",
        "coalition",
        "population",
        "person",
        "company",
        "media",
        "territory",
        "other",
    }
)


#: Kinds that the state-level reading (``top=True``) also rolls up to their parent.
ROLLED_UP_AT_TOP = frozenset({"person", "igo", "ngo"})


def resolve_levels(kinds: dict, parents: dict, *, top: bool = False) -> dict:
    """Map each actor to itself, or a state body (kind ``government``) to the first parent
    that is a state, organisation or person: the level the issue's target is stated at.

    With ``top=True`` persons, state bodies and bodies of organisations roll up along
    ``parent`` as far as it goes (a minister to their state, the UN Security Council to the
    UN): the lenient, state-level reading in which ``aze`` matches a relation coded to
    ``bayramov`` or ``aze_mfa``. Groups, populations and territories stay themselves.

    Examples
    --------
    >>> kinds = {"aze": "state", "aze_mfa": "government", "bayramov": "person"}
    >>> parents = {"aze": "", "aze_mfa": "aze", "bayramov": "aze_mfa"}
    >>> resolve_levels(kinds, parents)
    {'aze': 'aze', 'aze_mfa': 'aze', 'bayramov': 'bayramov'}
    >>> resolve_levels(kinds, parents, top=True)["bayramov"]
    'aze'
    """
    out = {}
    for key in kinds:
        current, seen = key, set()
        while (
            (
                kinds.get(current) not in RESOLVED_KINDS
                or (top and kinds.get(current) in ROLLED_UP_AT_TOP)
            )
            and parents.get(current)
            and current not in seen
        ):
            seen.add(current)
            current = parents[current]
        out[key] = current
    return out


def _symmetric_types() -> set:
    from ..vocabulary import relation_type_records

    return {t for t, r in relation_type_records().items() if r["symmetric"]}


def _initial(name: str) -> str:
    """A first name's initial, the Azerbaijani and Turkish "C" read as "J"."""
    first = name[:1].lower()
    return "j" if first == "c" else first


def actor_mapping(G, coded: pd.DataFrame) -> dict:
    """Map each actor of *G* to a coded actor key: by name or alias, then by id, persons also by
    surname, and otherwise through their ``parent`` (so a body rolls up to its state)."""
    names: dict = {}
    surnames: dict = {}
    keys = set(coded["key"])
    for rec in coded.itertuples(index=False):
        for text in [
            rec.name,
            *str(rec.aliases if isinstance(rec.aliases, str) else "").split("|"),
        ]:
            if text:
                names.setdefault(text.strip().lower(), rec.key)
        if rec.kind == "person" and isinstance(rec.name, str):
            surnames.setdefault(rec.name.split()[-1].lower(), (rec.key, rec.name.split()[0]))

    def direct(node):
        d = G.nodes[node]
        # the name first: an id made from a surname ("harutyunyan") may be another person's key
        for text in [d.get("name", ""), *(d.get("aliases") or [])]:
            key = names.get(str(text).lower())
            if key:
                return key
        if node in keys:
            return node
        if d.get("kind") == "person" and d.get("name"):
            words = d["name"].split()
            key, first = surnames.get(words[-1].lower(), (None, ""))
            # (a surname alone, or after a first name with the coded one's initial: "Heydar
            # Aliyev" is not the coded Ilham Aliyev, and rolls up to his state; "Ceyhun" is
            # "Jeyhun" spelt the Azerbaijani way)
            if key and (len(words) == 1 or _initial(words[0]) == _initial(first)):
                return key
        return None

    out = {}
    for node in G:
        seen = set()
        current = node
        key = None
        while current is not None and current not in seen and current in G:
            seen.add(current)
            key = direct(current)
            if key:
                break
            current = G.nodes[current].get("parent")
        out[node] = key or f"?{node}"
    return out


def relation_keys(frame: pd.DataFrame) -> set:
    """Keys ``(doc, source, target, category)``; symmetric types give both directions."""
    sym = _symmetric_types()
    out = set()
    for rec in frame.itertuples(index=False):
        out.add((rec.doc, rec.source, rec.target, rec.category))
        if rec.type in sym:
            out.add((rec.doc, rec.target, rec.source, rec.category))
    return out


def _unique(frame: pd.DataFrame) -> list:
    """One key per relation, a symmetric one counted once whatever its direction."""
    sym = _symmetric_types()
    keys = set()
    for rec in frame.itertuples(index=False):
        if rec.type in sym:
            a, b = sorted([rec.source, rec.target])
            keys.add((rec.doc, a, b, rec.category, True))
        else:
            keys.add((rec.doc, rec.source, rec.target, rec.category, False))
    return sorted(keys)


def score(predicted: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall per category and overall.

    Both frames have the columns ``doc``, ``source``, ``target``, ``category``, ``type``.
    A relation of a symmetric type matches in either direction.

    Returns
    -------
    pandas.DataFrame
        One row per category and an ``all`` row: ``gold``, ``predicted``, ``correct_predicted``,
        ``recalled``, ``precision``, ``recall``, ``f1``.

    Examples
    --------
    >>> import pandas as pd
    >>> from graphlib_kb.extract.evaluate import score
    >>> cols = ["doc", "source", "target", "category", "type"]
    >>> gold = pd.DataFrame([["d", "a", "b", "negotiation", "negotiate"],
    ...                      ["d", "c", "a", "mediation", "mediate"]], columns=cols)
    >>> pred = pd.DataFrame([["d", "b", "a", "negotiation", "negotiate"],
    ...                      ["d", "a", "c", "mediation", "mediate"]], columns=cols)
    >>> score(pred, gold).set_index("category").loc["all", ["precision", "recall"]].tolist()
    [0.5, 0.5]
    """
    gold_keys, pred_keys = relation_keys(gold), relation_keys(predicted)
    rows = []
    pred_u, gold_u = _unique(predicted), _unique(gold)
    categories = sorted({k[3] for k in pred_u} | {k[3] for k in gold_u})
    for category in [*categories, "all"]:
        p = [k for k in pred_u if category in ("all", k[3])]
        g = [k for k in gold_u if category in ("all", k[3])]
        tp_p = sum(1 for k in p if k[:4] in gold_keys)
        tp_g = sum(1 for k in g if k[:4] in pred_keys)
        precision = tp_p / len(p) if p else float("nan")
        recall = tp_g / len(g) if g else float("nan")
        f1 = (
            2 * precision * recall / (precision + recall)
            if p and g and precision + recall > 0
            else float("nan")
        )
        rows.append(
            {
                "category": category,
                "gold": len(g),
                "predicted": len(p),
                "correct_predicted": tp_p,
                "recalled": tp_g,
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
            }
        )
    return pd.DataFrame(rows)
