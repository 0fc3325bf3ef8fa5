"""Start-up: small commands on the bundled dataset against importing pandas and networkx.

Each command runs several times in a fresh process; the medians are compared with the median
of ``python -c "import pandas, networkx"`` measured in the same run (target: each within
1.3x). ``graphlib-kb --help`` is shown against ``python -c pass``.

    python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

COMMANDS = ("info", "centrality", "brokerage", "mediators")
TARGET = 1.3


def _cli() -> list[str]:
    script = os.path.join(os.path.dirname(sys.executable), "graphlib-kb")
    if os.path.exists(script):
        return [script]
    found = shutil.which("graphlib-kb")
    return [found] if found else [sys.executable, "-m", "graphlib_kb.cli"]


def _median(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dataset", default="karabakh-2023")
    args = parser.parse_args()
    cli = _cli()
    _median([*cli, "info", args.dataset], 1)  # warm the file cache and numba's, if any
    # interleave the baseline with the commands so that load changes hit both alike
    base = _median([sys.executable, "-c", "import pandas, networkx"], args.runs)
    bare = _median([sys.executable, "-c", "pass"], args.runs)
    print(f"start-up, medians of {args.runs} runs")
    print(f"  python -c 'import pandas, networkx'   {base:6.3f} s  (baseline)")
    worst = 0.0
    for command in COMMANDS:
        t = _median([*cli, command, args.dataset], args.runs)
        worst = max(worst, t / base)
        print(
            f"  graphlib-kb {command:<10} {args.dataset}  {t:6.3f} s  {t / base:5.2f} x"
            f"  (target <= {TARGET}x)"
        )
    t = _median([*cli, "--help"], args.runs)
    print(f"  graphlib-kb --help                    {t:6.3f} s  ({t / bare:4.2f} x python -c pass)")
    print(f"  worst ratio                           {worst:6.2f} x  (target <= {TARGET}x)")


if __name__ == "__main__":
    main()
