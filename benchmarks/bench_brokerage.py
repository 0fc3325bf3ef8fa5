"""Brokerage: the compiled count against a brute-force walk over two-paths, and at scale.

Usage: python benchmarks/bench_brokerage.py [--quick]

Prints, from one run: the brute-force and fast times on a hub-dominated 10k-actor
graph and their ratio (target: at least 30x, same counts); ``gk.brokerage`` end to end
on the same graph built from actor and relation tables (``gk.from_tables``, as
``gk.read`` builds a dataset folder, whose arcs come from the relation table; target:
at most 2x the kernel alone) and built in networkx (its dicts walked; the same target),
each the first call on a freshly built graph; for comparison (no target), the same arcs
as a typed and weighted MultiDiGraph with string ids built in networkx, against the kernel
alone on its own arcs; then the time and peak memory of
graphlib_kb.brokerage on a hub-dominated 100k-actor / 1M-arc graph with over 10^9
two-paths (targets: under 5 s and 2 GiB).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import measure, report, run_case
from generators import hub_digraph, two_paths


def case_small(quick: bool):
    import graphlib_kb as gk
    from graphlib_kb.brokerage import count_roles, count_roles_bruteforce, simple_arcs

    G = hub_digraph(10_000, 100_000, hubs=10, hub_degree=1_000 if quick else 2_000, seed=1)
    nodes, src, dst = simple_arcs(G)
    codes = np.array([int(G.nodes[n]["camp"][1:]) for n in nodes])
    count_roles(3, np.array([0, 1]), np.array([1, 2]), np.array([0, 1, 2]), compiled=True)  # load
    slow, t_slow, _ = measure(lambda: count_roles_bruteforce(len(nodes), src, dst, codes))
    # medians of five runs each (the machine is shared): the kernel alone; brokerage() of
    # the same graph built in networkx (by the same seeded generator); brokerage() of the
    # same graph built from actor and relation tables by gk.from_tables (as gk.read builds
    # a dataset folder), whose arcs come from the relation table: each run on a freshly
    # built graph, so that the first call is timed
    tables = actor_tables(G)
    t_fast, t_api, t_table = [], [], []
    for _ in range(5):
        fast, seconds, _ = measure(lambda: count_roles(len(nodes), src, dst, codes, compiled=True))
        t_fast.append(seconds)
        F = hub_digraph(10_000, 100_000, hubs=10, hub_degree=1_000 if quick else 2_000, seed=1)
        table, seconds, peak = measure(lambda: gk.brokerage(F))  # noqa: B023
        t_api.append(seconds)
        H = gk.from_tables(*tables)
        from_table, seconds, _ = measure(lambda: gk.brokerage(H))  # noqa: B023
        t_table.append(seconds)
    t_fast, t_api, t_table = (float(np.median(t)) for t in (t_fast, t_api, t_table))
    from_table.index = [int(a[1:]) for a in from_table.index]
    roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
    same = (
        bool((slow == fast).all())
        and bool((table[roles].to_numpy() == fast).all())
        and bool((from_table.loc[table.index, roles].to_numpy() == fast).all())
    )
    report(
        case="small",
        nodes=G.number_of_nodes(),
        arcs=G.number_of_edges(),
        two_paths=two_paths(G),
        brute_force_s=t_slow,
        fast_s=t_fast,
        api_s=t_api,
        table_s=t_table,
        same_counts=same,
        peak_mib=peak,
    )


def actor_tables(G):
    """The actors and relations of the hub digraph *G* as DataFrames (relation type
    ``support``, not symmetric, so that each relation is one arc as in *G*)."""
    import pandas as pd

    actors = pd.DataFrame(
        {
            "id": [f"a{n}" for n in G],
            "name": [f"actor {n}" for n in G],
            "kind": "other",
            "camp": [G.nodes[n]["camp"] for n in G],
        }
    )
    src, dst = zip(*G.edges(), strict=True)
    relations = pd.DataFrame(
        {
            "id": [f"r{i}" for i in range(len(src))],
            "source": [f"a{u}" for u in src],
            "target": [f"a{v}" for v in dst],
            "type": "support",
            "evidence": "synthetic",
        }
    )
    return actors, relations


def typed_multigraph(G):
    """*G* as actors see it: a MultiDiGraph with string ids, one relation per arc with a type
    (every fourth ``negotiate``, which counts both ways) and a weight."""
    import networkx as nx

    types = ["accuse", "support", "negotiate", "threaten"]
    M = nx.MultiDiGraph()
    M.add_nodes_from((f"a{n}", d) for n, d in G.nodes(data=True))
    M.add_edges_from(
        (f"a{u}", f"a{v}", f"r{i}", {"type": types[i % 4], "weight": float(i % 7 - 3)})
        for i, (u, v) in enumerate(G.edges())
    )
    return M


def case_typed(quick: bool):
    """brokerage() of a typed MultiDiGraph built in networkx against the kernel alone on
    its own arcs (more than the hub graph's: symmetric relations count both ways)."""
    import graphlib_kb as gk
    from graphlib_kb.brokerage import count_roles, simple_arcs

    def build():
        G = hub_digraph(10_000, 100_000, hubs=10, hub_degree=1_000 if quick else 2_000, seed=1)
        return typed_multigraph(G)

    M = build()
    nodes, src, dst = simple_arcs(M)
    codes = np.array([int(M.nodes[n]["camp"][1:]) for n in nodes])
    del M
    count_roles(3, np.array([0, 1]), np.array([1, 2]), np.array([0, 1, 2]), compiled=True)  # load
    t_fast, t_api = [], []
    for _ in range(5):
        fast, seconds, _ = measure(lambda: count_roles(len(nodes), src, dst, codes, compiled=True))
        t_fast.append(seconds)
        M = build()
        table, seconds, _ = measure(lambda: gk.brokerage(M))  # noqa: B023
        t_api.append(seconds)
    roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
    report(
        case="typed",
        arcs=len(src),
        fast_s=float(np.median(t_fast)),
        api_s=float(np.median(t_api)),
        same_counts=bool((table.loc[nodes, roles].to_numpy() == fast).all()),
    )


def case_large(quick: bool):
    import graphlib_kb as gk
    from graphlib_kb.brokerage import count_roles

    n, m = (20_000, 200_000) if quick else (100_000, 1_000_000)
    G = hub_digraph(n, m, hubs=10, hub_degree=m // 50, seed=2)
    count_roles(3, np.array([0, 1]), np.array([1, 2]), np.array([0, 1, 2]), compiled=True)  # load
    table, seconds, peak = measure(lambda: gk.brokerage(G))
    report(
        case="large",
        nodes=G.number_of_nodes(),
        arcs=G.number_of_edges(),
        two_paths=two_paths(G),
        seconds=seconds,
        peak_mib=peak,
        brokered=int(table["total"].sum()),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=["small", "typed", "large"])
    parser.add_argument("--quick", action="store_true", help="smaller graphs, for a smoke run")
    args = parser.parse_args()
    if args.case == "small":
        return case_small(args.quick)
    if args.case == "typed":
        return case_typed(args.quick)
    if args.case == "large":
        return case_large(args.quick)
    extra = ["--quick"] if args.quick else []
    small = run_case(__file__, "small", *extra)
    print(
        f"hub-dominated {small['nodes']} actors / {small['arcs']} arcs, "
        f"{small['two_paths']:.3g} two-paths"
    )
    print(f"  brute force   {small['brute_force_s']:8.2f} s")
    print(f"  compiled      {small['fast_s']:8.3f} s   (the kernel alone; medians of 5 runs)")
    print(
        f"  ratio         {small['brute_force_s'] / small['fast_s']:8.1f} x   "
        f"(target >= 30x; same counts: {small['same_counts']})"
    )
    kernel = small["fast_s"]
    print(
        f"  brokerage(), graph from a relation table  {small['table_s']:6.3f} s"
        f"  {small['table_s'] / kernel:5.2f} x the kernel (target <= 2x)"
    )
    print(
        f"  brokerage(), graph built in networkx      {small['api_s']:6.3f} s"
        f"  {small['api_s'] / kernel:5.2f} x the kernel (target <= 2x)"
    )
    typed = run_case(__file__, "typed", *extra)
    print(
        f"  brokerage(), typed MultiDiGraph in networkx {typed['api_s']:6.3f} s"
        f"  {typed['api_s'] / typed['fast_s']:5.2f} x its kernel ({typed['fast_s']:.3f} s, "
        f"{typed['arcs']} arcs; for comparison, no target; same counts: {typed['same_counts']})"
    )
    large = run_case(__file__, "large", *extra)
    print(
        f"hub-dominated {large['nodes']} actors / {large['arcs']} arcs, "
        f"{large['two_paths']:.3g} two-paths"
    )
    print(
        f"  brokerage()   {large['seconds']:8.2f} s, peak {large['peak_mib']:.0f} MiB "
        f"(targets < 5 s, < 2048 MiB)"
    )


if __name__ == "__main__":
    main()
