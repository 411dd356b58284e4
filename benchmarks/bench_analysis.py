"""Per-message analysis time over the corpus, next to bare `email.message_from_bytes`, in one run.

Run: .venv/bin/python benchmarks/bench_analysis.py [CORPUS]
"analysis" is `inspector.analysis.analyse` on an already loaded message (every registered
analyser); "load" is our loader; "stdlib" is `email.message_from_bytes(data, policy=default)`
plus walking its parts, on the same bytes. Nothing is fetched.
"""

from __future__ import annotations

import email
import statistics
import sys
import time
from email import policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inspector.analysis import analyse
from inspector.analysis.beacons import beacon_findings
from inspector.analysis.trackers import index
from inspector.parsing import LoadError, load_bytes

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _stats(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms   max {ordered[-1]:8.2f} ms"


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file())
    index()  # the tracker list loads once per process; not part of any one message
    stdlib, loading, analysis, beacons = [], [], [], []
    for path in files:
        data = path.read_bytes()
        t0 = time.perf_counter()
        parsed = email.message_from_bytes(data, policy=policy.default)
        for part in parsed.walk():
            part.get_content_type()
        t1 = time.perf_counter()
        try:
            message = load_bytes(data)
        except LoadError:
            continue
        t2 = time.perf_counter()
        analyse(message)
        t3 = time.perf_counter()
        list(beacon_findings(message, None))
        t4 = time.perf_counter()
        stdlib.append((t1 - t0) * 1000)
        loading.append((t2 - t1) * 1000)
        analysis.append((t3 - t2) * 1000)
        beacons.append((t4 - t3) * 1000)
    print(f"{len(analysis)} messages from {corpus}")
    print(f"stdlib message_from_bytes+walk: {_stats(stdlib)}")
    print(f"inspector load:                 {_stats(loading)}")
    print(f"analysis (all analysers):       {_stats(analysis)}")
    print(f"  of which beacons (re-run):    {_stats(beacons)}")
    ratio = statistics.median(analysis) / statistics.median(stdlib)
    print(f"ratio analysis/stdlib (medians): {ratio:.1f}x   total/stdlib: "
          f"{sum(analysis) / sum(stdlib):.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
