"""The token view the rules read (graphlib_kb.extract.tokens) answers as spaCy's Doc does, and
a text longer than spaCy's default limit of a million characters is read."""

from __future__ import annotations

import pytest

from graphlib_kb.extract import extract
from graphlib_kb.extract.gazetteer import build_gazetteer
from graphlib_kb.extract.lexicon import read_lexicon
from graphlib_kb.extract.pipeline import get_pipeline
from graphlib_kb.extract.reader import MAX_BYTES
from graphlib_kb.extract.tokens import CachedSpan, CachedToken, TokenDoc

TEXT = (
    "On Monday, Azerbaijan accused Armenia of shelling Tovuz. "
    "The European Union's Charles Michel urged both sides to return to talks in Brussels."
)


@pytest.fixture(scope="module")
def docs():
    pipe = get_pipeline(build_gazetteer(None), tuple(read_lexicon()))
    doc = pipe.nlp(TEXT)
    return doc, TokenDoc(doc)


ATTRIBUTES = ["text", "lower_", "norm_", "lemma_", "i", "idx", "whitespace_", "is_alpha"]
ATTRIBUTES += ["is_lower", "is_upper", "is_title", "is_punct", "is_quote", "is_space"]
ATTRIBUTES += ["is_stop", "is_digit", "like_num", "ent_type_", "shape_", "text_with_ws"]


def test_each_token_reads_as_spacy_reads_it(docs):
    doc, view = docs
    assert len(view) == len(doc) == 26
    for k in range(-len(doc), len(doc)):
        for name in ATTRIBUTES:
            assert getattr(view[k], name) == getattr(doc[k], name), (k, name)
    assert [t.text for t in view] == [t.text for t in doc]
    assert view[4].norm_ == "accuse" and view[4].lower_ == "accused"
    with pytest.raises(IndexError):
        view[len(doc)]


def test_a_token_is_made_once_and_knows_its_view(docs):
    _, view = docs
    assert view[3] is view[3] is view[0:5][3] is list(view)[3]
    assert isinstance(view[3], CachedToken) and view[3].doc is view
    assert view[3].nbor().text == "accused" and view[3].nbor(-1).text == ","
    with pytest.raises(IndexError):
        view[0].nbor(-1)  # (as spaCy's: not the last token)
    assert view[3].token.text == "Azerbaijan"  # the spaCy token underneath


SLICES = [(0, 5), (3, 3), (5, 2), (-4, None), (None, 3), (-100, 4), (10, 1000), (28, -1)]


@pytest.mark.parametrize("a, b", SLICES)
def test_slices_are_spacy_s_spans(docs, a, b):
    doc, view = docs
    span, ours = doc[a:b], view[a:b]
    assert isinstance(ours, CachedSpan)
    assert (ours.start, ours.end, len(ours)) == (span.start, span.end, len(span))
    assert ours.text == span.text and [t.i for t in ours] == [t.i for t in span]
    assert ours == span and ours.start_char == span.start_char


@pytest.mark.parametrize("a, b", [(0, 3), (-2, None), (1, 100), (2, 1), (None, -1)])
def test_a_span_slices_and_indexes_as_spacy_s(docs, a, b):
    doc, view = docs
    span, ours = doc[9:20], view[9:20]
    assert (ours[a:b].start, ours[a:b].end) == (span[a:b].start, span[a:b].end)
    for k in range(-len(span), len(span)):
        assert ours[k].i == span[k].i
    with pytest.raises(IndexError):
        ours[len(span)]
    with pytest.raises(IndexError):
        ours[-len(span) - 1]
    assert ours[2:5].doc is view and ours[2:5][0] is view[11]


def test_named_entities_keep_their_labels_and_ids(docs):
    doc, view = docs
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in view.ents] == [
        (e.start, e.end, e.label_, e.ent_id_) for e in doc.ents
    ]
    assert [e.ent_id_ for e in view.ents][:2] == ["aze", "arm"]
    assert all(isinstance(e, CachedSpan) and e.doc is view for e in view.ents)
    assert [t.text for t in view.ents[0]] == ["Azerbaijan"]


def test_char_span_and_the_rest_of_the_doc(docs):
    doc, view = docs
    span = view.char_span(11, 21)  # "Azerbaijan"
    assert (span.start, span.end, span.doc) == (3, 4, view)
    assert view.char_span(12, 15) is None  # inside a word, strict alignment
    assert view.char_span(12, 15, alignment_mode="expand").text == "Azerbaijan"
    assert view.text == doc.text and view.vocab is doc.vocab


def test_stepped_slices_are_refused_as_spacy_refuses_them(docs):
    doc, view = docs
    with pytest.raises(ValueError):
        doc[0:6:2]
    with pytest.raises(ValueError):
        view[0:6:2]


def test_a_text_longer_than_a_million_characters_is_read():
    # spaCy refuses such a text unless told its pipeline has no parser; the reader's limit is
    # MAX_BYTES (before, a 1.2 MB text failed with spaCy's error E088)
    assert get_pipeline(build_gazetteer(None), tuple(read_lexicon())).nlp.max_length > MAX_BYTES
    text = "Azerbaijan accused Armenia of shelling Tovuz.\n\n" + "x" * 1_000_050 + "."
    G = extract([text])
    found = {(u, v, d["category"]) for u, v, d in G.edges(data=True)}
    assert ("aze", "arm", "accusation") in found
