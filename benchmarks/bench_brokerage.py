"""Brokerage: the compiled count against a brute-force walk over two-paths, and at scale.

Usage: python benchmarks/bench_brokerage.py [--quick]

Prints, from one run: the brute-force and fast times on a hub-dominated 10k-actor
graph and their ratio (target: at least 30x, same counts), then the time and
peak memory of graphlib_kb.brokerage on a hub-dominated 100k-actor / 1M-arc graph
with over 10^9 two-paths (targets: under 5 s and 2 GiB).
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
    fast, t_fast, _ = measure(lambda: count_roles(len(nodes), src, dst, codes, compiled=True))
    table, t_api, peak = measure(lambda: gk.brokerage(G))
    same = bool((slow == fast).all()) and bool(
        (
            table[
                ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
            ].to_numpy()
            == fast
        ).all()
    )
    report(
        case="small",
        nodes=G.number_of_nodes(),
        arcs=G.number_of_edges(),
        two_paths=two_paths(G),
        brute_force_s=t_slow,
        fast_s=t_fast,
        api_s=t_api,
        same_counts=same,
        peak_mib=peak,
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
    parser.add_argument("--case", choices=["small", "large"])
    parser.add_argument("--quick", action="store_true", help="smaller graphs, for a smoke run")
    args = parser.parse_args()
    if args.case == "small":
        return case_small(args.quick)
    if args.case == "large":
        return case_large(args.quick)
    extra = ["--quick"] if args.quick else []
    small = run_case(__file__, "small", *extra)
    print(
        f"hub-dominated {small['nodes']} actors / {small['arcs']} arcs, "
        f"{small['two_paths']:.3g} two-paths"
    )
    print(f"  brute force   {small['brute_force_s']:8.2f} s")
    print(
        f"  compiled      {small['fast_s']:8.3f} s   (brokerage() end to end {small['api_s']:.3f} s)"
    )
    print(
        f"  ratio         {small['brute_force_s'] / small['fast_s']:8.1f} x   "
        f"(target >= 30x; same counts: {small['same_counts']})"
    )
    print(
        f"  end to end    {small['api_s'] / small['fast_s']:8.2f} x the kernel alone"
        " (target <= 2x: turning the MultiDiGraph into arcs costs no more than the count)"
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
