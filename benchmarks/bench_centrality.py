"""Centrality table: graphlib_kb.centrality against plain networkx calls, and at scale.

Usage: python benchmarks/bench_centrality.py [--quick] [--baseline-sources N]

Prints, from one run: the time of graphlib_kb.centrality on a random 10k-actor /
100k-arc digraph, the time of the same eleven measures computed with plain
networkx calls on the same collapsed digraph, their ratio (target: at least
20x) and the largest difference between the two tables; then the time and peak
memory of the whole table on a random 100k-actor / 1M-arc digraph with
betweenness and closeness sampled from k = 1024 seeded sources (targets: under
60 s and 1.5 GiB).

networkx's betweenness and closeness take many minutes at 10k actors. With
--baseline-sources N they are timed on N sources only and scaled to all of
them (the output says so); values are then compared on those N sources.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import measure, report, run_case
from generators import random_digraph


def networkx_table(D):
    """The eleven measures with plain networkx calls (what a user would write)."""
    import networkx as nx

    out = {
        "degree_in": dict(D.in_degree()),
        "degree_out": dict(D.out_degree()),
        "degree": dict(D.degree()),
        "strength_in": dict(D.in_degree(weight="weight")),
        "strength_out": dict(D.out_degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(D, weight="distance"),
        "closeness": nx.closeness_centrality(D, distance="distance"),
        "eigenvector": nx.eigenvector_centrality(D, weight="weight", max_iter=1000),
        "pagerank": nx.pagerank(D, weight="weight"),
    }
    out["hub"], out["authority"] = nx.hits(D)
    return out


def case_ours(n, m):
    import graphlib_kb as gk

    G = random_digraph(n, m, seed=7)
    table, seconds, peak = measure(lambda: gk.centrality(G))
    table.to_pickle(Path(__file__).with_name(".centrality_ours.pkl"))
    report(case="ours", nodes=n, arcs=G.number_of_edges(), seconds=seconds, peak_mib=peak)


def case_networkx(n, m):
    import pandas as pd

    import graphlib_kb as gk

    G = random_digraph(n, m, seed=7)
    D = gk.weighted_digraph(G)
    ref, seconds, peak = measure(lambda: networkx_table(D))
    saved = Path(__file__).with_name(".centrality_ours.pkl")
    ours = pd.read_pickle(saved)
    saved.unlink()
    diffs = {
        name: float(
            np.max(
                np.abs(
                    ours[name].reindex(list(values)).to_numpy(dtype=float)
                    - np.array(list(values.values()), dtype=float)
                )
            )
        )
        for name, values in ref.items()
    }
    report(case="networkx", seconds=seconds, peak_mib=peak, max_abs_diff=diffs, nodes=n)


def case_networkx_timed_parts(n, m, sources):
    """Time networkx per part so that a sampled run can be scaled honestly."""
    import random
    import time

    import networkx as nx

    import graphlib_kb as gk

    G = random_digraph(n, m, seed=7)
    D = gk.weighted_digraph(G)
    R = D.reverse(copy=False)
    from networkx.algorithms.centrality.betweenness import (
        _accumulate_basic,
        _single_source_dijkstra_path_basic,
    )

    t0 = time.perf_counter()
    b = dict.fromkeys(D, 0.0)
    for s in random.Random(0).sample(list(D), sources):
        S, P, sigma, _ = _single_source_dijkstra_path_basic(D, s, "distance")
        b, _ = _accumulate_basic(b, S, P, sigma, s)
    t_btw = (time.perf_counter() - t0) * n / sources
    t0 = time.perf_counter()
    for u in random.Random(1).sample(list(D), sources):
        nx.single_source_dijkstra_path_length(R, u, weight="distance")
    t_clo = (time.perf_counter() - t0) * n / sources
    t0 = time.perf_counter()
    dict(D.in_degree()), dict(D.out_degree()), dict(D.degree())
    dict(D.in_degree(weight="weight")), dict(D.out_degree(weight="weight"))
    nx.eigenvector_centrality(D, weight="weight", max_iter=1000)
    nx.pagerank(D, weight="weight")
    nx.hits(D)
    t_rest = time.perf_counter() - t0
    report(
        case="networkx_parts",
        betweenness_s=t_btw,
        closeness_s=t_clo,
        rest_s=t_rest,
        seconds=t_btw + t_clo + t_rest,
    )


def case_large(n, m, k):
    import graphlib_kb as gk

    G = random_digraph(n, m, seed=9)
    table, seconds, peak = measure(lambda: gk.centrality(G, k=k, seed=0))
    report(
        case="large",
        nodes=n,
        arcs=G.number_of_edges(),
        seconds=seconds,
        peak_mib=peak,
        unavailable=table.attrs["unavailable"],
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case")
    parser.add_argument("--quick", action="store_true", help="smaller graphs, for a smoke run")
    parser.add_argument(
        "--baseline-sources",
        type=int,
        default=None,
        help="time networkx's path measures on this many sources and scale up",
    )
    args = parser.parse_args()
    n, m = (2_000, 20_000) if args.quick else (10_000, 100_000)
    big_n, big_m, k = (20_000, 200_000, 256) if args.quick else (100_000, 1_000_000, 1024)
    if args.case == "ours":
        return case_ours(n, m)
    if args.case == "networkx":
        return case_networkx(n, m)
    if args.case == "networkx_parts":
        return case_networkx_timed_parts(n, m, args.baseline_sources)
    if args.case == "large":
        return case_large(big_n, big_m, k)

    extra = ["--quick"] if args.quick else []
    ours = run_case(__file__, "ours", *extra)
    print(f"random digraph, {ours['nodes']} actors / {ours['arcs']} arcs")
    print(f"  graphlib_kb.centrality   {ours['seconds']:9.1f} s  (peak {ours['peak_mib']:.0f} MiB)")
    if args.baseline_sources:
        base = run_case(
            __file__, "networkx_parts", *extra, "--baseline-sources", str(args.baseline_sources)
        )
        Path(__file__).with_name(".centrality_ours.pkl").unlink(missing_ok=True)
        print(
            f"  plain networkx           {base['seconds']:9.1f} s  (betweenness and closeness "
            f"timed on {args.baseline_sources} sources and scaled to all {ours['nodes']})"
        )
    else:
        base = run_case(__file__, "networkx", *extra)
        print(f"  plain networkx           {base['seconds']:9.1f} s")
        worst = max(base["max_abs_diff"].values())
        print(
            f"  largest difference       {worst:9.1e}  "
            + ", ".join(f"{k} {v:.0e}" for k, v in base["max_abs_diff"].items())
        )
    print(f"  ratio                    {base['seconds'] / ours['seconds']:9.1f} x  (target >= 20x)")
    large = run_case(__file__, "large", *extra)
    print(
        f"random digraph, {large['nodes']} actors / {large['arcs']} arcs, k = {k} sampled sources"
    )
    print(
        f"  graphlib_kb.centrality   {large['seconds']:9.1f} s  (peak {large['peak_mib']:.0f} MiB; "
        "targets < 60 s, < 1536 MiB)"
    )
    if large["unavailable"]:
        print(f"  unavailable: {large['unavailable']}")


if __name__ == "__main__":
    main()
