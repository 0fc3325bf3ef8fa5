"""The spaCy pipeline: a blank English pipeline with rules only, loaded offline.

tokenizer -> lookup lemmatizer (spacy-lookups-data) -> ``norm`` = lower-case lemma ->
EntityRuler (the gazetteer). The trigger lexicon runs as a ``Matcher`` over ``NORM``.
No statistical model is used or downloaded (see docs/extract.md for why).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

__all__ = ["Pipeline", "get_pipeline"]


@dataclass
class Pipeline:
    nlp: object
    matcher: object
    rules: dict  # matcher key -> (Trigger, head length)
    gazetteer: object
    lexicon: tuple
    head_norms: frozenset  # lemmas that start a trigger (for demonym agents)


def _set_norms(doc):
    for token in doc:
        token.norm_ = (token.lemma_ or token.text).lower()
    return doc


def _lower_norms(doc):
    for token in doc:
        token.norm_ = token.lower_
    return doc


@functools.lru_cache(maxsize=1)
def _register() -> None:
    from spacy.language import Language

    Language.component("graphlib_kb_norms")(_set_norms)
    Language.component("graphlib_kb_lower_norms")(_lower_norms)


def get_pipeline(gazetteer, lexicon: tuple, *, lemmatize: bool = True) -> Pipeline:
    """The pipeline for a gazetteer and lexicon (cached: building it takes about a second)."""
    return _pipeline(gazetteer.key, gazetteer, lexicon, lemmatize)


@functools.lru_cache(maxsize=8)
def _pipeline_cached(key, lexicon, lemmatize, gazetteer_ref):
    return _build(gazetteer_ref[0], lexicon, lemmatize)


def _pipeline(key, gazetteer, lexicon, lemmatize):
    if isinstance(key[0], int):  # a graph: not cached
        return _build(gazetteer, lexicon, lemmatize)
    return _pipeline_cached(key, lexicon, lemmatize, _Ref(gazetteer))


class _Ref(tuple):
    """Hashable by nothing but its class, so the cache keys on (key, lexicon, lemmatize)."""

    def __new__(cls, value):
        return super().__new__(cls, (value,))

    def __hash__(self):
        return 0

    def __eq__(self, other):
        return isinstance(other, _Ref)


def _build(gazetteer, lexicon, lemmatize) -> Pipeline:
    import spacy
    from spacy.matcher import Matcher

    from .gazetteer import ruler_patterns

    _register()
    nlp = spacy.blank("en")
    if lemmatize:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.add_pipe("graphlib_kb_norms")
    else:
        nlp.add_pipe("graphlib_kb_lower_norms")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": False})
    nlp.initialize()
    ruler.add_patterns(ruler_patterns(gazetteer, nlp.tokenizer))

    def tokenize(text: str) -> list[set]:
        """Each word of a pattern: as written, and as the lemmatizer would see it."""
        doc = nlp.make_doc(text)
        words = [{t.lower_} for t in doc]
        if lemmatize:
            doc = nlp.get_pipe("lemmatizer")(doc)
            for w, t in zip(words, doc, strict=True):
                w.add((t.lemma_ or t.text).lower())
        return words

    matcher = Matcher(nlp.vocab)
    rules = {}
    heads = set()
    for rule in lexicon:
        for k, (pattern, head) in enumerate(rule.token_patterns(tokenize)):
            key = f"{rule.id}#{k}"
            rules[key] = (rule, max(head, 1))
            matcher.add(key, [pattern])
            first = pattern[0].get("NORM")
            if isinstance(first, dict):
                heads.update(first["IN"])
            elif isinstance(first, str):
                heads.add(first)
    return Pipeline(nlp, matcher, rules, gazetteer, lexicon, frozenset(heads))
