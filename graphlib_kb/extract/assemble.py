"""Graph assembly: extracted relations and their actors as a graph of the project's model."""

from __future__ import annotations

import re

__all__ = ["assemble"]

_CODE = re.compile(r"^[A-Za-z0-9]+$")
NOTE = (
    "Relations extracted by graphlib_kb.extract; sentences are numbered as "
    "graphlib_kb.split_sentences numbers them (sentence 1 is the first line after the header), "
    "except that abbreviations such as 'U.S.' or 'Oct.' do not end a sentence and the lines "
    "of a hard-wrapped text are joined where they break a sentence."
)


def _with_parents(ids, registry) -> list:
    keep: list = []
    for ident in ids:
        while ident and ident not in keep:
            d = registry.get(ident)
            if d is None:
                break
            keep.append(ident)
            ident = d.get("parent")
    return keep


#: An accusation joins an actor to another side, never to its own state ("Armenia's prime
#: minister accused ... of leaving his country in the cold": not an accusation of Armenia).
ACCUSATIONS = frozenset(["accuse", "accuse_aggression", "accuse_war_crimes", "accuse_crime"])
#: The endings of the ids of a state's own critics (the gazetteer's role groups), whose charges
#: against its government are relations ("arm_opposition", "aze_protesters").
DOMESTIC_CRITICS = ("_opposition", "_protesters")


def _inward_types() -> frozenset:
    """Types that never join an actor to its own state or organisation: the symmetric ones
    (meeting, talks, agreements, cooperation, war, dispute), mediation, consultation,
    promises and recognition ("Aliyev vowed to restore Azerbaijan's sovereignty" is no promise
    made to Azerbaijan)."""
    from ..vocabulary import relation_type_records

    return (
        frozenset(
            t
            for t, r in relation_type_records().items()
            if r["symmetric"] or r["category"] == "mediation"
        )
        | {"consult", "intend_cooperation", "recognize"}
        | ACCUSATIONS
    )


def _domestic_charge(c, registry) -> bool:
    """Whether an accusation inside one state is a relation, not a title's artefact: a
    domestic group's charge against its government or the government's against it ("the
    Armenian opposition accused the government of betrayal", "Armenia accused the opposition
    of plotting a coup")."""
    # (not a ministry's report of what protesters did: "police detained 150 of them, the
    # Interior Ministry said" charges no one)
    critics = (c.source,) if c.rule == "reported_accusation" else (c.source, c.target)
    return c.type in ACCUSATIONS and any(
        (registry.get(x) or {}).get("kind") == "other" and x.endswith(DOMESTIC_CRITICS)
        for x in critics
    )


def _actor_row(ident: str, d: dict, origin: str) -> dict:
    row = {"id": ident, "name": d.get("name", ident), "kind": d.get("kind", "other")}
    aliases = [
        a
        for a in dict.fromkeys(d.get("aliases") or [])
        if a and a != row["name"] and "|" not in a and "\n" not in a
    ]
    if aliases:
        row["aliases"] = aliases
    for key in ("parent", "camp", "description"):
        if d.get(key):
            row[key] = d[key]
    if d.get("cameo") and _CODE.match(str(d["cameo"])):
        row["cameo"] = d["cameo"]
    row["origin"] = origin
    return row


def _source_rows(documents, source) -> list:
    """One source record per document, with the caller's publisher or fields."""
    sources = []
    for doc in documents:
        rec = {
            "id": doc.id,
            "title": doc.title or doc.id,
            "language": doc.language,
            "notes": NOTE,
        }
        from .reader import sentence_spans

        rec["sentences"] = len(sentence_spans(doc.text))
        for key in ("url", "date", "publisher", "file", "sha256"):
            value = getattr(doc, key)
            if value:
                rec[key] = value
        if isinstance(source, str):
            rec["publisher"] = source
        elif isinstance(source, dict):
            rec.update({k: v for k, v in source.items() if k != "id"})
        sources.append(rec)
    return sources


def assemble(documents, candidates, registry, *, name=None, source=None, min_confidence=0.0):
    """Build the graph: one relation per candidate, actors with their parents, one source
    per document. Raises :class:`DatasetError` if the records do not form a valid graph."""
    from ..model import from_tables

    relations = []
    used: list = []
    inward = _inward_types()
    for doc, cands in zip(documents, candidates, strict=True):
        seen = set()
        n = 0
        for c in sorted(cands, key=lambda c: (c.sentence, c.head, c.source, c.target)):
            if c.confidence < min_confidence or c.source == c.target:
                continue  # (an actor paired with itself by a rule is never a relation)
            key = (c.source, c.target, c.type, c.status, c.sentence)
            if key in seen:
                continue
            # "the U.S. Secretary of State X" is one actor, not the US meeting its own minister:
            # a symmetric or mediation relation between an actor and its own parent (at any
            # level) is an artefact of a title's modifier or a speaker, never a fact
            if (
                c.type in inward
                and (
                    c.target in registry.lineage(c.source)[1:]
                    or c.source in registry.lineage(c.target)[1:]
                )
                and not _domestic_charge(c, registry)
            ):
                continue
            seen.add(key)
            n += 1
            rec = {
                "id": f"{doc.id}-r{n}",
                "source": c.source,
                "target": c.target,
                "type": c.type,
                "status": c.status,
                "evidence": c.evidence,
                "document": doc.id,
                "sentence": c.sentence,
                "confidence": round(min(max(c.confidence, 0.0), 1.0), 2),
                "rule": c.rule,
                "review": "unreviewed",
                "trigger": c.trigger,
                "spans": c.spans,
            }
            if c.date:
                rec["date"] = c.date
            if c.between and len(set(c.between)) >= 2:
                rec["between"] = list(dict.fromkeys(c.between))
                used.extend(rec["between"])
            if c.location:
                rec["location"] = c.location
            if c.reported_by:
                rec["reported_by"] = c.reported_by
                used.append(c.reported_by)
            relations.append(rec)
            used.extend([c.source, c.target])
    ids = _with_parents(list(dict.fromkeys(used)), registry)
    gz = registry.gazetteer
    actors = []
    for ident in ids:
        origin = "text" if ident in registry.new else gz.origin.get(ident, "gazetteer")
        actors.append(_actor_row(ident, registry.get(ident), origin))
    sources = _source_rows(documents, source)
    title = (
        f"Relations extracted from {documents[0].title}"
        if len(documents) == 1
        else f"Relations extracted from {len(documents)} articles"
    )
    return from_tables(actors, relations, sources=sources, name=name or "extracted", title=title)
