"""Run benchmark cases in fresh child processes, so that each reports its own time and peak memory."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time


def peak_mib() -> float:
    """Peak resident memory of this process in MiB.

    Linux's VmHWM belongs to the process image, so it starts afresh at exec; ``ru_maxrss``
    would carry over the peak of the parent that forked us (it survives exec).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(fn):
    """Call fn() and return (result, seconds, peak RSS of this process in MiB)."""
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    return result, seconds, peak_mib()


def run_case(script: str, case: str, *args: str) -> dict:
    """Run ``python script --case case args`` and parse the JSON line it prints last."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        [sys.executable, script, "--case", case, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"case {case} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(**fields) -> None:
    print(json.dumps(fields))
