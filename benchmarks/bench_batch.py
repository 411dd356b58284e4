"""Batch throughput over the whole corpus with --jobs 1 and --jobs 2, side by side.

Prints messages per second, wall time and peak memory (largest single process, which is what
bounds a batch). Run: `.venv/bin/python benchmarks/bench_batch.py [CORPUS]`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(corpus: Path, jobs: int) -> dict[str, float]:
    """One scan in a fresh process, so its peak memory is measured alone."""
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        f"out = subprocess.run([sys.executable, '-m', 'inspector', 'scan', '--format', 'json', '--quiet',"
        f" '--jobs', '{jobs}', {str(corpus)!r}], capture_output=True, text=True)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(wall, peak, len(out.stdout.splitlines()))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    wall, peak_kib, count = done.stdout.split()
    return {"wall_s": float(wall), "peak_mib": int(peak_kib) / 1024, "messages": int(count)}


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    cores = len(os.sched_getaffinity(0))
    print(f"corpus: {corpus}  cores: {cores}  python: {sys.version.split()[0]}")
    print(f"{'jobs':>4}  {'messages':>8}  {'wall s':>7}  {'msg/s':>7}  {'peak RSS MiB':>12}")
    results = {}
    for jobs in (1, 2):
        r = run(corpus, jobs)
        results[jobs] = r
        rate = r["messages"] / r["wall_s"]
        print(f"{jobs:>4}  {r['messages']:>8}  {r['wall_s']:>7.1f}  {rate:>7.1f}  {r['peak_mib']:>12.0f}")
    print(f"speed-up with 2 jobs: {results[1]['wall_s'] / results[2]['wall_s']:.2f}x")
    print(json.dumps({"ran_at": time.strftime("%Y-%m-%d %H:%M"), "results": results}))


if __name__ == "__main__":
    main()
