"""The spaCy pipeline: a blank English pipeline with rules only, loaded offline.

tokenizer -> lookup lemmatizer (spacy-lookups-data) -> ``norm`` = lower-case lemma ->
EntityRuler (the gazetteer). The trigger lexicon runs over ``NORM``: fixed words through a
``PhraseMatcher``, patterns with gaps through :class:`.gapmatcher.GapMatcher`.
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


#: The matcher of the lexicon's patterns with gaps: ``"index"`` (:class:`.gapmatcher.GapMatcher`,
#: indexed by each pattern's first word) or ``"spacy"`` (spaCy's ``Matcher``, which finds the
#: same matches more slowly; kept for the benchmark's comparison). Clear the pipeline cache
#: (``_pipeline_cached.cache_clear()``) after changing it.
GAP_MATCHER = "index"

#: The lookup table of lemmas (a spaCy ``Table``, keyed by string hashes), for capitalised
#: words that the case-sensitive lookup misses.
_LEMMAS: list = []


#: Plurals in "-ings" that name something else than the act of their verb ("dealings",
#: "findings", "proceedings"): their lemma stays the noun's.
ING_PLURALS_KEPT = frozenset(
    ["dealings", "findings", "proceedings", "holdings", "surroundings", "savings", "earnings"]
    + ["belongings", "feelings", "buildings", "beings", "writings", "teachings", "leanings"]
    + ["hearings", "listings", "rulings", "filings", "sittings", "openings", "outings"]
)


def _set_norms(doc):
    for token in doc:
        if token.lower_ == "'s":
            token.norm_ = "'s"  # (a possessive, as "’s" is: never "have" or "be")
            continue
        lemma = token.lemma_ or token.text
        if lemma == token.text and not token.is_lower:
            # "Talks between ...", a headline's "Accuses": the lemma of the lower-case word
            lemma = _LEMMAS[0].get(token.lower_, lemma) if _LEMMAS else lemma
        if _LEMMAS and token.lower_.endswith("ings") and token.lower_ not in ING_PLURALS_KEPT:
            # "killings", "bombings", "shellings": the lemma of the singular ("killing" ->
            # "kill"), as the table has no verb for the plural noun
            singular = lemma.lower() if lemma.lower().endswith("ing") else token.lower_[:-1]
            lemma = _LEMMAS[0].get(singular, lemma)
        token.norm_ = lemma.lower()
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


class _Both:
    """The token Matcher (patterns with gaps) and the PhraseMatcher (fixed words) as one."""

    def __init__(self, matcher, phrases):
        self.matcher, self.phrases = matcher, phrases

    def __call__(self, doc):
        found = list(self.phrases(doc))
        if len(self.matcher):
            found += self.matcher(doc)
        return found


def _blank_english():
    """spaCy's blank English pipeline with this tokenizer's one change, for texts of any
    length the reader lets through."""
    import spacy

    nlp = spacy.blank("en")
    # spaCy refuses texts over a million characters for the memory its parser and NER need;
    # this pipeline has neither, and the reader's byte limit (`MAX_BYTES`) bounds a text
    nlp.max_length = 2**31 - 1
    # "U.S.-brokered", "U.N.-backed": spaCy splits a hyphen only after a letter or digit, so
    # a dotted abbreviation and the word it qualifies stayed one token and neither was read
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    # "S.Lavrov:", "I.Aliyev said": an initial written without a space is a token of its own,
    # so that the surname is read (not "U.S.", "e.g." or "A.B.", no lower-case letter after)
    infixes.append(r"(?<=^[A-Z]\.)(?=[A-Z][a-z]{2})|(?<=^[A-Z]\.[A-Z]\.)(?=[A-Z][a-zğ]{2})")
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


def _build(gazetteer, lexicon, lemmatize) -> Pipeline:
    import itertools

    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

    from .gapmatcher import GapMatcher
    from .gazetteer import ruler_patterns

    _register()
    nlp = _blank_english()
    if lemmatize:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.add_pipe("graphlib_kb_norms")
    else:
        nlp.add_pipe("graphlib_kb_lower_norms")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": False, "phrase_matcher_attr": "LOWER"})
    exact_ruler = nlp.add_pipe(
        "entity_ruler",
        name="exact_ruler",
        config={"validate": False, "phrase_matcher_attr": "ORTH", "overwrite_ents": False},
    )
    nlp.initialize()
    if lemmatize and not _LEMMAS:
        _LEMMAS.append(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup"))
    any_case, as_written = ruler_patterns(gazetteer, nlp.tokenizer)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(any_case)
        exact_ruler.add_patterns(as_written)

    def tokenize(text: str) -> list[set]:
        """Each word of a pattern: as written, and as the lemmatizer would see it."""
        doc = nlp.make_doc(text)
        words = [{t.lower_} for t in doc]
        if lemmatize:
            doc = nlp.get_pipe("lemmatizer")(doc)
            for w, t in zip(words, doc, strict=True):
                w.add((t.lemma_ or t.text).lower())
        return words

    matcher = Matcher(nlp.vocab) if GAP_MATCHER == "spacy" else GapMatcher(nlp.vocab)
    phrases = PhraseMatcher(nlp.vocab, attr="NORM")
    rules = {}
    heads = set()
    for rule in lexicon:
        for k, (pattern, head) in enumerate(rule.token_patterns(tokenize)):
            key = f"{rule.id}#{k}"
            rules[key] = (rule, max(head, 1))
            slots = [p.get("NORM") for p in pattern]
            if all(isinstance(v, dict) and len(v["IN"]) <= 3 for v in slots) and len(slots) <= 3:
                # fixed words: the (much faster) phrase matcher, one phrase per combination
                docs = []
                for combo in itertools.product(*(sorted(v["IN"]) for v in slots)):
                    doc = Doc(nlp.vocab, words=list(combo))
                    for token, word in zip(doc, combo, strict=True):
                        token.norm_ = word
                    docs.append(doc)
                phrases.add(key, docs)
            elif len(slots) == 1 and isinstance(slots[0], dict):
                words = sorted(slots[0]["IN"])
                docs = []
                for word in words:
                    doc = Doc(nlp.vocab, words=[word])
                    doc[0].norm_ = word
                    docs.append(doc)
                phrases.add(key, docs)
            else:
                matcher.add(key, [pattern])
            first = pattern[0].get("NORM")
            if isinstance(first, dict):
                heads.update(first["IN"])
            elif isinstance(first, str):
                heads.add(first)
    matcher = _Both(matcher, phrases)
    return Pipeline(nlp, matcher, rules, gazetteer, lexicon, frozenset(heads - VERB_ONLY_HEADS))


#: Trigger words read only as verbs ("the alliance groups Russia, Armenia, ..."), whose noun
#: makes no demonym before it the agent of an act ("Armenian-American groups" are no state).
VERB_ONLY_HEADS = frozenset(["group"])
