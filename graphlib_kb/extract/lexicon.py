"""The trigger lexicon: lemma patterns mapped onto the relation vocabulary, read from a CSV file.

Each row of ``data/extract/triggers.csv`` (or of a file the analyst passes) is one rule:

``id``
    The rule's name, recorded on every relation it produces (``rule``).
``pattern``
    Lemmas separated by spaces, one slot per token; ``a|b`` are alternatives for one slot,
    ``_`` joins the words of a multi-word alternative (``cut_off``), ``*`` skips up to
    six tokens, and ``+`` marks the end of the trigger with no gap (but a closing quotation
    mark: '"deeply concerned" by'). Only the slots before the
    first ``*`` or ``+`` are the trigger itself; the rest must follow it in the same sentence.
``type``
    The relation type (a type of :func:`graphlib_kb.vocabulary`); empty for ``report``.
``frame``
    How source and target are found: ``svo`` (subject -> object, passive ``by`` agent),
    ``mutual`` (the parties of a symmetric act), ``mediate`` (a third party between two),
    ``helper`` ("with the help of X": X mediates for the subject), ``accuse``, ``deny``,
    ``reverse`` (object -> subject: "X is part of Y"), ``report`` (a reporting verb) or
    ``doer`` (the sentence's subject or speaker judges the agent that follows the match:
    "X called for an inquiry into war crimes committed by Y": X -> Y).
``status``
    The status the rule gives (``alleged``, ``offered``, ...); empty for ``asserted``.
``context``
    Lemmas, ``|``-separated, one of which must occur in the sentence; empty for none.
``confidence``
    The rule's base confidence in [0, 1].

Rows are tried in file order: when two rules match the same words, the earlier one wins.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import DatasetError

__all__ = ["Trigger", "read_lexicon", "FRAMES"]

FRAMES = (
    "svo",
    "mutual",
    "mediate",
    "helper",
    "accuse",
    "deny",
    "reverse",
    "report",
    "act",
    "doer",
)
COLUMNS = ("id", "pattern", "type", "frame", "status", "context", "confidence")
#: The norms of quotation marks, which may stand between a trigger and the words after its "+".
QUOTE_NORMS = sorted(['"', "'", "“", "”", "‘", "’", "«", "»", "``", "''"])


@dataclass(frozen=True)
class Trigger:
    """One rule of the lexicon."""

    id: str
    pattern: str
    type: str
    frame: str
    status: str
    context: tuple
    confidence: float
    order: int

    def token_patterns(self, tokenize) -> list[tuple[list[dict], int]]:
        """spaCy Matcher patterns, each with the number of tokens that form the trigger."""
        slots = self.pattern.split()
        marks = [k for k, slot in enumerate(slots) if slot in ("*", "+")]
        head_slots = marks[0] if marks else len(slots)
        out: list[tuple[list[dict], int]] = [([], 0)]
        for n, slot in enumerate(slots):
            if slot == "*":
                out = [(p + [{"OP": "{,6}"}], h) for p, h in out]
                continue
            if slot == "+":
                # a closing quote may end the trigger ('"deeply concerned" by')
                out = [(p + [{"NORM": {"IN": QUOTE_NORMS}, "OP": "?"}], h) for p, h in out]
                continue
            alternatives = [tokenize(a.replace("_", " ")) for a in slot.split("|")]
            singles = sorted({w for a in alternatives if len(a) == 1 for w in a[0]})
            multis = [a for a in alternatives if len(a) > 1]
            grown = []
            for p, h in out:
                if singles:
                    grown.append((p + [{"NORM": {"IN": singles}}], h + (n < head_slots)))
                for words in multis:
                    grown.append(
                        (
                            p + [{"NORM": {"IN": sorted(w)}} for w in words],
                            h + (len(words) if n < head_slots else 0),
                        )
                    )
            out = grown
        return out


def read_lexicon(path=None) -> list[Trigger]:
    """Read a trigger lexicon (the shipped one when *path* is None); bad rows are errors
    naming the file, row and field.

    Examples
    --------
    >>> from graphlib_kb.extract.lexicon import read_lexicon
    >>> rule = next(r for r in read_lexicon() if r.id == "offer_mediation")
    >>> rule.type, rule.frame, rule.status
    ('offer_mediation', 'mediate', 'offered')
    """
    if path is None:
        label = "graphlib_kb/data/extract/triggers.csv"
        text = _shipped_text()
    else:
        from ..files import decode, read_bytes

        label = str(path)
        text = decode(read_bytes(Path(path), label), label)
    return list(_parse(text, label))


@functools.lru_cache(maxsize=1)
def _shipped_text() -> str:
    """The shipped lexicon's text, read once per process (a package resource does not change
    while the process runs)."""
    return (
        resources.files("graphlib_kb")
        .joinpath("data", "extract", "triggers.csv")
        .read_text("utf-8")
    )


@functools.lru_cache(maxsize=8)
def _parse(text: str, label: str) -> tuple:
    """The rules of a lexicon's text (cached: one ``extract()`` per article reads the shipped
    lexicon once, not once a call)."""
    from ..vocabulary import relation_type_records, status_names

    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise DatasetError([(label, 1, None, f"missing columns: {', '.join(missing)}")])
    types = relation_type_records()
    statuses = set(status_names())
    problems = []
    rules = []
    seen = set()
    for order, row in enumerate(reader):
        line = order + 2
        ident, pattern = (row["id"] or "").strip(), (row["pattern"] or "").strip()
        frame, typ = (row["frame"] or "").strip(), (row["type"] or "").strip()
        status = (row["status"] or "").strip()
        if not ident or ident in seen:
            problems.append((label, line, "id", "missing or repeated rule id"))
        seen.add(ident)
        if not pattern or pattern.split()[0] == "*":
            problems.append((label, line, "pattern", "must start with a lemma"))
        if frame not in FRAMES:
            problems.append((label, line, "frame", f"'{frame}' is not one of {', '.join(FRAMES)}"))
        if frame != "report" and typ not in types:
            problems.append((label, line, "type", f"unknown relation type '{typ}'"))
        if status and status not in statuses:
            problems.append((label, line, "status", f"unknown status '{status}'"))
        try:
            confidence = float(row["confidence"] or 0.7)
        except ValueError:
            confidence = -1.0
        if not 0.0 <= confidence <= 1.0:
            problems.append((label, line, "confidence", "must be a number from 0 to 1"))
        context = tuple(c.strip().lower() for c in (row["context"] or "").split("|") if c.strip())
        rules.append(Trigger(ident, pattern, typ, frame, status, context, confidence, order))
    if problems:
        raise DatasetError(problems)
    return tuple(rules)
