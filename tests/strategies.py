"""Hypothesis strategies for valid actor-relationship graphs."""

import networkx as nx
from hypothesis import strategies as st

import graphlib_kb as gk

KINDS = list(gk.actor_kinds().index)
TYPES = list(gk.vocabulary().index)
STATUSES = list(gk.statuses().index)
DATES = ["2023", "2023-07", "2023-07-15", "../2020", "2020/2023-07", "1990/1999", "2024-02-29"]

# Text without control characters; includes quotes, commas, '|', formula triggers and non-ASCII.
_chars = st.characters(blacklist_categories=("Cc", "Cs"), max_codepoint=0x2FFF)
line_text = st.text(_chars, min_size=1, max_size=12)
free_text = st.text(st.one_of(_chars, st.sampled_from("\n\t")), min_size=1, max_size=20)
ids = st.one_of(
    st.sampled_from(["045", "NA", "aze", "laçın", "r-1", "x.y", "a:b", "00", "0871"]),
    st.text(st.sampled_from("abcçıXYZ0123_-.:"), min_size=1, max_size=6),
)
names = st.one_of(st.sampled_from(["Laçın", "NA", "045", "=1+1", "'quoted'", "a, b"]), line_text)
aliases = st.lists(line_text.filter(lambda s: "|" not in s), min_size=1, max_size=3)

EXTRA_NODE = {
    "power": st.integers(-(2**53), 2**53),
    "share": st.floats(allow_nan=False, allow_infinity=False),
    "active": st.booleans(),
    "remark": free_text,
}
EXTRA_TEXT_ONLY = {"remark": free_text, "region": line_text}


@st.composite
def graphs(draw, text_only_extras=False):
    extras = EXTRA_TEXT_ONLY if text_only_extras else EXTRA_NODE
    actor_ids = draw(st.lists(ids, min_size=2, max_size=6, unique=True))
    G = nx.MultiDiGraph()
    if draw(st.booleans()):
        G.graph["title"] = draw(line_text)
    if draw(st.booleans()):
        G.graph["description"] = draw(free_text)
    if not text_only_extras and draw(st.booleans()):
        G.graph["year"] = draw(st.integers(1900, 2100))
    with_doc = draw(st.booleans())
    if with_doc:
        G.graph["sources"] = {
            "doc-1": {"title": draw(line_text), "language": "en", "sentences": 30}
        }
    added_type = draw(st.booleans())
    if added_type:
        G.graph["relation_types"] = {
            "host_talks": {
                "category": "mediation",
                "sign": 1,
                "weight": 4.5,
                "cameo": "043",
                "symmetric": False,
                "definition": draw(free_text),
            }
        }
    for i, ident in enumerate(actor_ids):
        attrs = {"name": draw(names), "kind": draw(st.sampled_from(KINDS))}
        if draw(st.booleans()):
            attrs["aliases"] = draw(aliases)
        if i > 0 and draw(st.booleans()):
            attrs["parent"] = actor_ids[0]
        if draw(st.booleans()):
            attrs["camp"] = draw(line_text)
        if draw(st.booleans()):
            attrs["cameo"] = draw(st.sampled_from(["AZE", "NA", "IGOEUREEC", "045"]))
        for name, strategy in extras.items():
            if draw(st.booleans()):
                attrs[name] = draw(strategy)
        G.add_node(ident, **attrs)
    n_edges = draw(st.integers(0, 8))
    types = TYPES + (["host_talks"] if added_type else [])
    vocab = gk.vocabulary()
    for j in range(n_edges):
        u, v = draw(st.lists(st.sampled_from(actor_ids), min_size=2, max_size=2, unique=True))
        rtype = draw(st.sampled_from(types))
        spec = vocab.loc[rtype] if rtype in vocab.index else {"category": "mediation", "sign": 1}
        attrs = {
            "type": rtype,
            "category": spec["category"],
            "sign": int(draw(st.sampled_from([-1, 0, 1]))),
            "weight": draw(st.floats(-10, 10, allow_nan=False)),
            "status": draw(st.sampled_from(STATUSES)),
            "evidence": draw(free_text),
        }
        if draw(st.booleans()):
            attrs["date"] = draw(st.sampled_from(DATES))
        if draw(st.booleans()):
            attrs["between"] = draw(
                st.lists(st.sampled_from(actor_ids), min_size=2, max_size=3, unique=True)
            )
        if draw(st.booleans()):
            attrs["location"] = draw(line_text)
        if with_doc and draw(st.booleans()):
            attrs["document"] = "doc-1"
            attrs["sentence"] = draw(st.integers(1, 30))
        if draw(st.booleans()):
            attrs["notes"] = draw(free_text)
        if draw(st.booleans()):
            name = "remark"
            attrs[name] = draw(free_text)
        key = draw(
            st.one_of(
                st.just(f"r{j}"), st.sampled_from(["045", "NA"]).map(lambda s, j=j: f"{s}{j}")
            )
        )
        G.add_edge(u, v, key=key, **attrs)
    return G
