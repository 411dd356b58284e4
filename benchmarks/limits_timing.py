"""The times the tests used to assert (issue 27: no timing assertion in a test), printed instead.

    .venv/bin/python benchmarks/limits_timing.py [hostile] [received] [sender] [fuzz] [--examples N]

With no section named, all four run. The tests keep asserting the behaviour (capped work, the
result, peak memory); how long it takes depends on the machine and its load, so it is measured here:

- hostile: each generated hostile message of `tests/test_limits.py` (CASES) through the whole
  pipeline in a fresh process (`tests/limits_child.py`): seconds per step and peak RSS. The test
  had "total < 120 s"; the slowest took about 6 s on the 2-core CI machine.
- received: the sender analysis of a message with 50,000 Received headers (`tests/test_received.py`
  had "< 10 s"; it asserts the chain is capped at `MAX_HOPS` parses).
- sender: the sender analysis of each corpus message, median / p95 / max (`tests/test_sender_corpus.py`
  had "median < 15 ms").
- fuzz: `check_invariants` (load, analyse, safe view, exports) on the fuzz seed messages and on the
  fixed, derandomized examples of the fuzz strategies, slowest first (`tests/fuzz_strategies.py` had
  "< 30 s per message").
- regex: every tracker and core pattern against inputs built to make it backtrack, slowest first
  (`tests/test_limits.py` had "no pattern over 1 s"; it keeps the sweep as a hang guard).

Elsewhere: the huge plain-text body is `benchmarks/bench_plaintext.py`, and the rp-online newsletter
in QTextBrowser (`tests/test_textbrowser_layout.py` had "< 30 s") is
`benchmarks/bench_textbrowser.py --match rp-online`. Nothing is fetched.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
sys.path[:0] = [str(REPO), str(TESTS)]

from fuzz_strategies import check_invariants, html_documents, messages, mutated, seed_messages  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from sender_builders import build, run  # noqa: E402
from test_limits import CASES  # noqa: E402

from inspector.analysis.sender.received import MAX_HOPS  # noqa: E402
from inspector.analysis.sender.sender import sender_analysis  # noqa: E402
from inspector.analysis.sender.settings import SenderSettings  # noqa: E402
from inspector.model import MessageSummary, Report  # noqa: E402
from inspector.parsing import LoadError, load  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
SECTIONS = ["hostile", "received", "sender", "fuzz", "regex"]
HANG_GUARD = 600  # seconds: a case that runs longer is killed and reported, not waited for


def spread(label: str, seconds: list[float]) -> None:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(
        f"{label}: {len(ordered)} messages, median {statistics.median(ordered) * 1000:.2f} ms, "
        f"p95 {p95 * 1000:.2f} ms, max {ordered[-1] * 1000:.1f} ms"
    )


def hostile() -> None:
    print("hostile messages, whole pipeline in a fresh process (seconds per step, peak RSS):")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = str(TESTS / "limits_child.py")
    with tempfile.TemporaryDirectory() as tmp:
        for case, arg, _codes in CASES:
            path = Path(tmp) / f"{case}.eml"
            write = [sys.executable, child, "write", case, str(path)] + ([arg] if arg else [])
            subprocess.run(write, check=True, timeout=HANG_GUARD, env=env)
            try:
                done = subprocess.run(
                    [sys.executable, child, "run", str(path)],
                    capture_output=True,
                    text=True,
                    timeout=HANG_GUARD,
                    env=env,
                )
            except subprocess.TimeoutExpired:
                print(f"  {case:24} killed after {HANG_GUARD} s")
                continue
            finally:
                path.unlink(missing_ok=True)
            if done.returncode:
                print(f"  {case:24} failed: {done.stderr.strip().splitlines()[-1:]}")
                continue
            result = json.loads(done.stdout)
            steps = " ".join(f"{k} {v:.2f}" for k, v in result["seconds"].items())
            print(f"  {case:24} {result['input_mb']:7.2f} MB  peak {result['rss_peak_mb']:6.0f} MB  {steps}")


def received() -> None:
    hop = "from a.example.net ([198.51.100.1]) by b.example.net; Mon, 6 Jan 2025 10:00:00 +0000"
    data = build(middle=[("Received", hop)] * 50_000)
    start = time.perf_counter()
    _, report = run(data)
    took = time.perf_counter() - start
    print(f"50,000 Received headers (load + sender analysis, {MAX_HOPS} hops parsed): {took:.2f} s")
    assert report.sender["hops"]["analysed"] == MAX_HOPS


def sender() -> None:
    if not CORPUS.is_dir():
        print(f"sender: {CORPUS} is absent")
        return
    times = []
    for path in sorted(p for p in CORPUS.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file()):
        try:
            message = load(path)
        except LoadError:
            continue
        start = time.perf_counter()
        sender_analysis(message, Report(message=MessageSummary()), settings=SenderSettings())
        times.append(time.perf_counter() - start)
    spread("sender analysis per corpus message", times)


def _timed_examples(strategy: object, examples: int, check: Callable[[bytes], object]) -> list[float]:
    times: list[float] = []

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def one(data: bytes) -> None:
        start = time.perf_counter()
        check(data)
        times.append(time.perf_counter() - start)

    one()
    return times


def fuzz(examples: int) -> None:
    seeds = seed_messages(CORPUS if CORPUS.is_dir() else None, TESTS / "fixtures")
    timed = []
    for data in seeds:
        start = time.perf_counter()
        check_invariants(data)
        timed.append(time.perf_counter() - start)
    spread("fuzz seed messages, check_invariants", timed)
    head = b"From: a@example.org\r\nTo: b@example.org\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"

    def html(text: str) -> object:
        return check_invariants(head + text.encode("utf-8", "surrogatepass"))

    spread("fuzz random MIME trees", _timed_examples(messages(), examples, check_invariants))
    spread("fuzz random HTML and CSS", _timed_examples(html_documents(), examples, html))
    spread("fuzz mutated real messages", _timed_examples(mutated(seeds), examples, check_invariants))


def regexes() -> None:
    """Every tracker and core pattern against inputs built to make it backtrack (tests/regex_sweep.py)."""
    for which in ("trackers", "modules"):
        done = subprocess.run(
            [sys.executable, str(REPO / "tests" / "regex_sweep.py"), which],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        result = json.loads(done.stdout)
        slow = [r for r in result["slowest"] if r["seconds"] > 1.0]
        print(f"regex sweep {which}: {result['patterns']} patterns; slowest (5,000 characters):")
        for row in result["slowest"][:3]:
            print(f"  {row['seconds']:7.3f} s  {row['pattern']}")
        # A linear pattern takes < 0.01 s here, a quadratic one about 0.1 s, a cubic one seconds.
        print(f"  over 1 s: {len(slow)}" + ("  <- backtracking" if slow else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", help=f"any of {', '.join(SECTIONS)} (default: all)")
    parser.add_argument("--examples", type=int, default=100, help="generated examples per fuzz strategy")
    args = parser.parse_args()
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section {', '.join(sorted(unknown))}")
    sections = args.sections or SECTIONS
    if "hostile" in sections:
        hostile()
    if "received" in sections:
        received()
    if "sender" in sections:
        sender()
    if "fuzz" in sections:
        fuzz(args.examples)
    if "regex" in sections:
        regexes()


if __name__ == "__main__":
    main()
