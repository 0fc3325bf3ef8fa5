"""The cyclic garbage collector is paused while graphs are turned into arrays, and its state is
always restored: after a normal return, after an exception, and left off when it was off."""

import contextlib
import gc

import networkx as nx
import pytest

import graphlib_kb as gk
from graphlib_kb.errors import UsageError
from graphlib_kb.layers import arc_pairs, arcs, weighted_digraph, without_rejected
from graphlib_kb.model import gc_paused


@pytest.fixture
def collector_on():
    """The collector on for the test, and as it was afterwards (pytest runs with it on)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_gc_paused_restores_the_state_it_found(collector_on):
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), gc_paused():
        assert not gc.isenabled()
        raise KeyError("inside")
    assert gc.isenabled()
    gc.disable()
    with gc_paused():  # an outer pause (or a caller's gc.disable) is not undone
        assert not gc.isenabled()
    assert not gc.isenabled()
    with gc_paused(), gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def hub_graph(kind=nx.MultiDiGraph, edges=3000):
    G = kind()
    G.add_nodes_from((i, {"camp": "ab"[i % 2]}) for i in range(300))
    G.add_edges_from(
        (i % 300, (7 * i + 1) % 300, {"type": "negotiate" if i % 3 else "accuse"})
        for i in range(edges)
    )
    return G


CALLS = {
    "arcs": arcs,
    "arc_pairs": arc_pairs,
    "weighted_digraph": weighted_digraph,
    "without_rejected": without_rejected,
    "brokerage": gk.brokerage,
}


def collections_during(call, G) -> int:
    """How many collections start during ``call(G)`` when every new container would start
    one if the collector were on (threshold 1)."""
    started = []

    def count(phase, info):
        if phase == "start":
            started.append(info["generation"])

    threshold = gc.get_threshold()
    gc.set_threshold(1)
    gc.callbacks.append(count)
    try:
        call(G)
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
    return len(started)


@pytest.mark.parametrize("name", ["arcs", "arc_pairs", "weighted_digraph", "without_rejected"])
@pytest.mark.parametrize("kind", [nx.MultiDiGraph, nx.DiGraph, nx.Graph])
def test_no_collection_runs_while_the_relations_are_read(collector_on, name, kind, monkeypatch):
    G = hub_graph(kind)
    paused = collections_during(CALLS[name], G)
    assert gc.isenabled()
    # a few containers are made outside the pause (the result, the context manager); without
    # the pause, reading 3000 relations starts hundreds of collections
    assert paused < 100
    if name == "without_rejected" and kind is not nx.MultiDiGraph:
        return  # nothing to read: only multigraphs can hold rejected relations
    monkeypatch.setattr("graphlib_kb.layers.gc_paused", contextlib.nullcontext)
    assert collections_during(CALLS[name], G) > 300


def test_an_exception_inside_the_pause_restores_the_collector(collector_on):
    G = hub_graph()
    with pytest.raises(UsageError, match="no attribute 'side'"):
        gk.brokerage(G, "side", missing="error")  # raised while the collector is paused
    assert gc.isenabled()
    G.add_edge(0, 1, type=["negotiate"])  # an unhashable type: raised inside the walk
    with pytest.raises(TypeError):
        arcs(G)
    assert gc.isenabled()
    gc.disable()
    with pytest.raises(TypeError):
        arcs(G)
    assert not gc.isenabled()  # left off, as the caller had it


def test_a_caller_that_turned_the_collector_off_keeps_it_off(collector_on):
    gc.disable()
    G = hub_graph()
    for call in CALLS.values():
        call(G)
        assert not gc.isenabled()
