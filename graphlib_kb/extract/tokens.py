"""A read-only view of a spaCy ``Doc`` whose tokens are built once and whose words are plain
attributes.

The rules read each sentence's words many times over (``doc[k].lower_`` in a hundred passes).
A spaCy ``Token`` is made afresh on each ``doc[k]``, and each of its string attributes is a
lookup in the string store; over a document that is most of the time the rules spend outside
their own logic. :class:`TokenDoc` makes each token once, as a :class:`CachedToken` whose
commonest attributes are slots, and slices into :class:`CachedSpan` views of the same tokens.
Everything else (``doc.text``, ``span.start_char``, ``token.ent_type_``) is read from the spaCy
object underneath, so the view answers as the ``Doc`` does. The matchers and ``nlp`` still
take the spaCy ``Doc`` (:attr:`TokenDoc.doc`).
"""

from __future__ import annotations

__all__ = ["TokenDoc", "CachedSpan", "CachedToken"]

#: The token attributes copied into slots (the ones the rules read most; `CachedToken.__init__`
#: copies them); others are read from the spaCy token.
_COPIED = (
    "text",
    "lower_",
    "norm_",
    "lemma_",
    "i",
    "idx",
    "whitespace_",
    "is_alpha",
    "is_lower",
    "is_upper",
    "is_title",
    "is_punct",
    "is_quote",
    "is_space",
    "is_stop",
    "is_digit",
    "like_num",
)


class CachedToken:
    """One token of a :class:`TokenDoc`: the spaCy token's words and flags as attributes.

    Examples
    --------
    >>> import spacy
    >>> view = TokenDoc(spacy.blank("en")("Baku accused Yerevan."))
    >>> view[1].lower_, view[1].i, view[1].doc is view
    ('accused', 1, True)
    """

    __slots__ = (*_COPIED, "doc")

    def __init__(self, view, token, words: dict):
        # (*words*: one string object per distinct word of the text, shared by its tokens)
        self.doc, self.i, self.idx = view, token.i, token.idx
        self.text, self.lower_, self.norm_, self.lemma_ = (
            words.setdefault(token.text, token.text),
            words.setdefault(token.lower_, token.lower_),
            words.setdefault(token.norm_, token.norm_),
            words.setdefault(token.lemma_, token.lemma_),
        )
        self.whitespace_, self.is_alpha, self.is_lower, self.is_upper, self.is_title = (
            token.whitespace_,
            token.is_alpha,
            token.is_lower,
            token.is_upper,
            token.is_title,
        )
        self.is_punct, self.is_quote, self.is_space, self.is_stop = (
            token.is_punct,
            token.is_quote,
            token.is_space,
            token.is_stop,
        )
        self.is_digit, self.like_num = token.is_digit, token.like_num

    @property
    def token(self):
        """The spaCy ``Token`` (made afresh, as spaCy makes it; not kept, to save memory)."""
        return self.doc.doc[self.i]

    def __getattr__(self, name):
        return getattr(self.doc.doc[self.i], name)

    def __len__(self):
        return len(self.text)

    def __str__(self):
        return self.text

    def __repr__(self):
        return self.text

    def nbor(self, i: int = 1):
        """The token ``i`` places on (as spaCy's ``Token.nbor``: an IndexError past either
        end)."""
        k = self.i + i
        if not 0 <= k < len(self.doc):
            raise IndexError(f"no token {i} places from token {self.i}")
        return self.doc[k]


class CachedSpan:
    """The tokens ``start`` to ``end`` of a :class:`TokenDoc`, as spaCy's ``Span``.

    Examples
    --------
    >>> import spacy
    >>> view = TokenDoc(spacy.blank("en")("Baku accused Yerevan of shelling."))
    >>> span = view[1:4]
    >>> [t.lower_ for t in span], span.text, span[-1].text
    (['accused', 'yerevan', 'of'], 'accused Yerevan of', 'of')
    """

    __slots__ = ("doc", "start", "end", "_span")

    def __init__(self, view, start: int, end: int, span=None):
        self.doc, self.start, self.end, self._span = view, start, end, span

    @property
    def span(self):
        """The spaCy ``Span`` underneath (made when first asked for)."""
        if self._span is None:
            self._span = self.doc.doc[self.start : self.end]
        return self._span

    def __getattr__(self, name):
        return getattr(self.span, name)

    def __len__(self):
        return self.end - self.start

    def __iter__(self):
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, i):
        if i.__class__ is slice:
            a, b = _normalize(self.end - self.start, i)
            return CachedSpan(self.doc, self.start + a, self.start + b)
        k = (self.end if i < 0 else self.start) + i
        if self.start <= k < self.end:
            return self.doc.tokens[k]
        raise IndexError(f"token {i} of a span of {self.end - self.start}")

    def __eq__(self, other):
        if isinstance(other, CachedSpan):
            return other.doc is self.doc and self.span == other.span
        return self.span == other

    def __hash__(self):
        return hash(self.span)

    def __str__(self):
        return self.span.text

    def __repr__(self):
        return self.span.text


class TokenDoc:
    """A spaCy ``Doc`` read through tokens made once (see the module's docstring).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The document; it is not changed.

    Examples
    --------
    >>> import spacy
    >>> view = TokenDoc(spacy.blank("en")("Baku accused Yerevan."))
    >>> len(view), view[0].text, view[-1].text, view[0:2].text
    (4, 'Baku', '.', 'Baku accused')
    """

    __slots__ = ("doc", "tokens", "_ents")

    def __init__(self, doc):
        self.doc = doc
        words: dict = {}
        self.tokens = [CachedToken(self, t, words) for t in doc]
        self._ents = None

    @property
    def ents(self) -> tuple:
        """The named spans, as :class:`CachedSpan` views keeping their labels."""
        if self._ents is None:
            self._ents = tuple(CachedSpan(self, e.start, e.end, e) for e in self.doc.ents)
        return self._ents

    def char_span(self, *args, **kwargs):
        """As spaCy's ``Doc.char_span``, as a :class:`CachedSpan` (None where spaCy's is)."""
        span = self.doc.char_span(*args, **kwargs)
        return None if span is None else CachedSpan(self, span.start, span.end, span)

    def __getattr__(self, name):
        return getattr(self.doc, name)

    def __len__(self):
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getitem__(self, i):
        if i.__class__ is slice:
            a, b = _normalize(len(self.tokens), i)
            return CachedSpan(self, a, b)
        return self.tokens[i]


def _normalize(length: int, i: slice) -> tuple:
    """A slice's bounds as spaCy normalises them (clamped, never reversed)."""
    start, stop = i.start, i.stop
    if (
        i.step is None
        and start.__class__ is int
        and stop.__class__ is int
        and 0 <= start <= stop <= length
    ):
        return start, stop  # (the common case)
    if i.step not in (None, 1):
        raise ValueError("spans must be contiguous")
    start = 0 if i.start is None else (i.start + length if i.start < 0 else i.start)
    start = min(length, max(0, start))
    stop = length if i.stop is None else (i.stop + length if i.stop < 0 else i.stop)
    return start, min(length, max(start, stop))
