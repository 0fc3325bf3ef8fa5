"""From articles to graphs: actor relations extracted from news text, with evidence.

One module per concern: :mod:`.reader` (texts, header blocks, HTML), :mod:`.gazetteer` and
:mod:`.actors` (who is mentioned), :mod:`.lexicon` (trigger patterns, as data),
:mod:`.rules` (roles and statuses), :mod:`.assemble` (the graph), :mod:`.merge` and
:mod:`.review`.
"""

from __future__ import annotations

import os

from ..errors import DatasetError
from .merge import merge
from .reader import MAX_BYTES
from .review import apply_review, review_html

__all__ = ["extract", "ExtractionEmpty", "merge", "review_html", "apply_review"]


class ExtractionEmpty(DatasetError):
    """No actor or no relation was found (and an empty graph was not asked for)."""


def extract(
    texts,
    *,
    actors=None,
    date=None,
    source=None,
    lexicon=None,
    allow_empty: bool = False,
    min_confidence: float = 0.0,
    lemmatize: bool = True,
    cameo: bool = True,
    office_holders: bool = False,
    max_bytes: int = MAX_BYTES,
    name: str | None = None,
    n_process: int = 1,
):
    """Extract an actor-relationship graph from news articles, one relation per statement.

    Parameters
    ----------
    texts : str, path or list of them
        Article texts or files (``.txt``, ``.md``, ``.html``). A file may start with a header
        block of ``url:``, ``title:``, ``date:``, ``source:`` lines closed by ``---``.
        HTML is reduced to its article text by trafilatura (scripts and boilerplate dropped).
    actors : str, path or networkx.MultiDiGraph, optional
        A dataset (name, folder, file or graph) whose actors are matched first, by name and
        aliases, so that the result uses its ids and extends it (e.g. ``"karabakh-2023"``).
    date : str, optional
        The articles' date (ISO 8601) when their header gives none: weekdays ("on Tuesday")
        are resolved against it, and acts dated before it are ``historical``.
    source : str or dict, optional
        The publisher, or fields of the sources table, for every article.
    lexicon : path, optional
        A trigger lexicon CSV to use instead of the shipped one (see docs/extract.md).
    allow_empty : bool, default False
        Return an empty (valid) graph when nothing is found, instead of raising.
    min_confidence : float, default 0
        Leave out relations below this confidence.
    lemmatize, cameo : bool, default True
        Use the lookup lemmatizer; use the CAMEO state table in the gazetteer (switches for
        measuring what each contributes; see benchmarks/bench_extract.py).
    office_holders : bool, default False
        Read a state's office named without its holder's name ("the Armenian foreign
        minister", "Iran's top diplomat") as the person who held it in the text's year. By
        default it is the state, as the dev set's coders code the most specific actor the text
        names; a holder the text names ("Mirzoyan ... the Armenian foreign minister") and the
        officers of organisations ("the UN Secretary-General") are their holders either way.
    max_bytes : int
        Refuse larger files (default 5 MB).
    name : str, optional
        Name of the graph (default ``"extracted"``).
    n_process : int, default 1
        Read the articles on this many processes (``-1``: one per CPU), each taking a
        contiguous run of them (see :mod:`graphlib_kb.extract.parallel`). What an article
        names is then remembered only within its run: a person named in full in one run and
        by surname alone in another becomes two actors. The result is the same for the same
        input and ``n_process``. Workers are forked on Linux only (elsewhere, and inside a
        pool's worker, the articles are read in this process).

    Returns
    -------
    networkx.MultiDiGraph
        An :class:`ActorGraph` that passes :func:`graphlib_kb.validate`: actors (with an
        ``origin`` attribute: ``dataset``, ``gazetteer`` or ``text``), relations with
        ``evidence`` (the sentence), ``sentence``, ``confidence``, ``rule``, ``trigger``,
        ``spans`` and ``review`` = ``unreviewed``, and one source per article.

    Raises
    ------
    DatasetError
        For empty, binary, oversized or badly encoded input, naming the file; and
        (:class:`ExtractionEmpty`) when no actor or no relation is found.

    Examples
    --------
    >>> import graphlib_kb as gk
    >>> G = gk.extract("Russia offered to mediate between Armenia and Azerbaijan.")
    >>> sorted((u, v, d["type"], d["status"]) for u, v, d in G.edges(data=True))
    [('rus', 'arm', 'offer_mediation', 'offered'), ('rus', 'aze', 'offer_mediation', 'offered')]
    """
    from ..dates import is_valid_date
    from .assemble import assemble
    from .gazetteer import build_gazetteer
    from .lexicon import read_lexicon
    from .pipeline import get_pipeline
    from .reader import read_documents

    if date is not None and not is_valid_date(str(date)):
        from ..errors import UsageError

        raise UsageError(f"date: '{date}' is not an ISO 8601 date")
    n_process = _processes(n_process)
    documents = read_documents(texts, max_bytes=max_bytes)
    rules = tuple(read_lexicon(lexicon))
    gazetteer = build_gazetteer(actors, cameo=cameo)
    pipe = get_pipeline(gazetteer, rules, lemmatize=lemmatize)
    candidates, per_document, registry = _extract_all(
        pipe, gazetteer, documents, date, n_process, office_holders
    )
    totals = {"sentences": 0, "mentions": 0, "triggers": 0, "negated": 0}
    for doc, stats in zip(documents, per_document, strict=True):
        if date and not doc.date:
            doc.date = str(date)
        for key in totals:
            totals[key] += stats[key]
    found = sum(len(c) for c in candidates)
    if not found and not allow_empty:
        label = documents[0].label if len(documents) == 1 else f"{len(documents)} articles"
        if not totals["mentions"]:
            what = "no actor found"
        else:
            what = "no relation found"
        raise ExtractionEmpty(
            [
                (
                    label,
                    None,
                    None,
                    f"{what} ({totals['sentences']} sentences, {totals['mentions']} actor "
                    f"mentions, {totals['triggers']} trigger words, {totals['negated']} negated); "
                    "pass allow_empty=True (--allow-empty) for an empty dataset",
                )
            ]
        )
    G = assemble(
        documents, candidates, registry, name=name, source=source, min_confidence=min_confidence
    )
    G.graph["extraction"] = (
        f"{found} relations from {totals['sentences']} sentences; "
        f"{totals['negated']} negated triggers left out"
    )
    return G


def _processes(n_process) -> int:
    """The number of processes asked for: an int >= 1, or -1 for one per CPU."""
    if n_process == -1:
        return os.cpu_count() or 1
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process < 1:
        from ..errors import UsageError

        raise UsageError(f"n_process: {n_process!r} is not a number of processes (>= 1, or -1)")
    return n_process


def _extract_all(pipe, gazetteer, documents, date, n_process: int, office_holders=False):
    """Candidates and counts per document, and the registry of the actors found: on forked
    workers for ``n_process > 1`` (where the platform allows), else in this process."""
    from .actors import Registry
    from .rules import extract_document

    if n_process > 1 and len(documents) > 1:
        from .parallel import extract_runs

        runs = extract_runs(
            pipe, gazetteer, documents, date, min(n_process, len(documents)), office_holders
        )
        if runs is not None:
            return runs
    registry = Registry(gazetteer, office_holders=office_holders)
    candidates, per_document = [], []
    for doc in documents:
        cands, stats = extract_document(pipe, registry, doc, doc_date=doc.date or date)
        candidates.append(cands)
        per_document.append(stats)
    return candidates, per_document, registry
