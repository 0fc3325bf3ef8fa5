"""A token matcher for the lexicon's patterns with gaps, indexed by their first word.

The lexicon's gap patterns are sequences of word sets (a token's ``norm`` in a set) and gaps
of up to *n* arbitrary tokens (``*``). spaCy's :class:`~spacy.matcher.Matcher` finds them
with a state machine that tests every pattern's first slot at every token, which was half of
the extractor's time; this matcher looks only at the tokens whose ``norm`` begins some
pattern (a few in a hundred) and follows each such pattern from there. It returns the same
matches as the Matcher: every ``(key, start, end)`` at which the pattern matches, once
(``benchmarks/bench_extract.py`` times both; ``tests/test_extract.py`` compares them).
"""

from __future__ import annotations

__all__ = ["GapMatcher"]


class GapMatcher:
    """Match patterns of word sets and bounded gaps against a Doc's ``norm`` attribute.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
        The vocabulary whose string store gives each key its hash (the match id).

    Examples
    --------
    >>> import spacy
    >>> from graphlib_kb.extract.gapmatcher import GapMatcher
    >>> nlp = spacy.blank("en")
    >>> m = GapMatcher(nlp.vocab)
    >>> m.add("accuse", [[{"NORM": {"IN": ["accused"]}}, {"OP": "{,6}"}, {"NORM": "of"}]])
    >>> [(nlp.vocab.strings[k], s, e) for k, s, e in m(nlp("Baku accused Yerevan of it"))]
    [('accuse', 1, 4)]
    """

    def __init__(self, vocab):
        self.vocab = vocab
        self.by_head: dict = {}  # first word -> [(match id, the other slots)]
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        """Add patterns under *key*, as ``Matcher.add`` does: slots ``{"NORM": {"IN": [...]}}``
        or ``{"NORM": word}``, and gaps ``{"OP": "{,n}"}``; the first slot must be words."""
        for pattern in patterns:
            self._add(key, pattern)

    def _add(self, key: str, pattern: list[dict]) -> None:
        slots = []
        for spec in pattern:
            if spec.get("OP") == "?" and set(spec) == {"OP", "NORM"}:
                slots.append(("?", frozenset(spec["NORM"]["IN"])))  # an optional word
            elif "OP" in spec:
                if spec["OP"][:2] != "{," or set(spec) != {"OP"}:
                    raise ValueError(f"{key}: unsupported slot {spec}")
                slots.append(int(spec["OP"][2:-1]))
            else:
                norm = spec["NORM"]
                slots.append(frozenset(norm["IN"] if isinstance(norm, dict) else [norm]))
        if not slots or not isinstance(slots[0], frozenset):
            raise ValueError(f"{key}: a pattern must start with words")
        ident = self.vocab.strings.add(key)
        rest = tuple(slots[1:])
        for word in slots[0]:
            self.by_head.setdefault(word, []).append((ident, rest))
        self.count += 1

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        norms = [t.norm_ for t in doc]
        n = len(norms)
        out = []
        for i, norm in enumerate(norms):
            for ident, rest in self.by_head.get(norm, ()):
                for end in sorted(_ends(rest, norms, i + 1, n)):
                    out.append((ident, i, end))
        return out


def _ends(slots: tuple, norms: list, start: int, n: int) -> set:
    """The positions where *slots* can end, matched from *start*."""
    states = {start}
    for slot in slots:
        if isinstance(slot, int):
            states = {p + k for p in states for k in range(slot + 1) if p + k <= n}
        elif isinstance(slot, tuple):
            states = states | {p + 1 for p in states if p < n and norms[p] in slot[1]}
        else:
            states = {p + 1 for p in states if p < n and norms[p] in slot}
        if not states:
            break
    return states
