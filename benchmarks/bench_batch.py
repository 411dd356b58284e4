"""Batch throughput over the whole corpus with --jobs 1, --jobs 2 and local Dask, side by side.

Prints messages per second, wall time and peak memory (largest single process, which is what
bounds a batch), and the ratio of local Dask (2 workers) to --jobs 2 (issue 26 goal: within 10 %).
`--break-even` instead scans the first N corpus files (N = 10 ... 400) with --jobs 1 and 2, to
find where a second process starts to pay off (the default of --jobs, `SMALL_BATCH` in
inspector/cli/scan.py). Each figure is the best of `--repeat` runs, the variants interleaved.

    .venv/bin/python benchmarks/bench_batch.py [CORPUS] [--no-dask] [--break-even] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(targets: list[str], *options: str) -> dict[str, float]:
    """One scan in a fresh process, so its peak memory is measured alone."""
    argv = ["scan", "--format", "json", "--quiet", *options, *targets]
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        f"out = subprocess.run([sys.executable, '-m', 'inspector', *{argv!r}], capture_output=True, text=True)\n"
        "wall = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(wall, peak, len(out.stdout.splitlines()))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    wall, peak_kib, count = done.stdout.split()
    return {"wall_s": float(wall), "peak_mib": int(peak_kib) / 1024, "messages": int(count)}


def best(targets: list[str], variants: dict[str, list[str]], repeat: int) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for _ in range(repeat):
        for name, options in variants.items():
            r = run(targets, *options)
            if name not in results or r["wall_s"] < results[name]["wall_s"]:
                results[name] = r
    return results


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("corpus", nargs="?", type=Path, default=REPO.parent / "shared" / "corpus")
    args.add_argument("--no-dask", action="store_true", help="leave out the local Dask run")
    args.add_argument("--break-even", action="store_true", help="--jobs 1 vs 2 on the first N files")
    args.add_argument("--repeat", type=int, default=1, help="runs of each variant; the best is shown")
    opts = args.parse_args()
    cores = len(os.sched_getaffinity(0))
    print(f"corpus: {opts.corpus}  cores: {cores}  python: {sys.version.split()[0]}")
    if opts.break_even:
        files = sorted(str(p) for p in opts.corpus.rglob("*.eml") if p.is_file())
        print(f"{'files':>5}  {'jobs 1 s':>8}  {'jobs 2 s':>8}  {'1 / 2':>6}")
        for n in (10, 25, 50, 100, 200, 400):
            r = best(files[:n], {"1": ["--jobs", "1"], "2": ["--jobs", "2"]}, opts.repeat)
            one, two = r["1"]["wall_s"], r["2"]["wall_s"]
            print(f"{n:>5}  {one:>8.2f}  {two:>8.2f}  {one / two:>6.2f}")
        return
    variants = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"]}
    if not opts.no_dask:
        variants["--dask local --jobs 2"] = ["--dask", "local", "--jobs", "2"]
    results = best([str(opts.corpus)], variants, opts.repeat)
    print(f"{'variant':<22}  {'messages':>8}  {'wall s':>7}  {'msg/s':>7}  {'peak RSS MiB':>12}")
    for name, r in results.items():
        rate = r["messages"] / r["wall_s"]
        print(f"{name:<22}  {r['messages']:>8}  {r['wall_s']:>7.1f}  {rate:>7.1f}  {r['peak_mib']:>12.0f}")
    print(f"speed-up with 2 jobs: {results['--jobs 1']['wall_s'] / results['--jobs 2']['wall_s']:.2f}x")
    if "--dask local --jobs 2" in results:
        ratio = results["--dask local --jobs 2"]["wall_s"] / results["--jobs 2"]["wall_s"]
        print(f"local Dask / --jobs 2: {ratio:.2f}x (goal <= 1.10)")
    print(json.dumps({"ran_at": time.strftime("%Y-%m-%d %H:%M"), "results": results}))


if __name__ == "__main__":
    main()
