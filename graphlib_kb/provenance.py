"""Provenance helpers: numbering the sentences of a source document."""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

# A sentence ends at '.', '!' or '?' (optionally followed by a closing quote or bracket)
# followed by whitespace, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")


def split_sentences(text: str) -> list[str]:
    """Split a document into the sentences that relation ``sentence`` numbers refer to.

    Sentence 1 is the first sentence of the text (a first line without final
    punctuation, such as a lead, counts as a sentence of its own). The rule is
    deliberately simple so that a reader can number sentences by hand the same
    way: a sentence ends at a full stop, question or exclamation mark followed
    by white space, or at a line break.

    Parameters
    ----------
    text : str

    Returns
    -------
    list of str
        The sentences, stripped, without empty ones.

    Examples
    --------
    >>> from graphlib_kb import split_sentences
    >>> split_sentences("Talks began on Saturday. About 6,000 people gathered.\\n\\nThey left.")
    ['Talks began on Saturday.', 'About 6,000 people gathered.', 'They left.']
    """
    return [part.strip() for part in _BOUNDARY.split(text) if part and part.strip()]
