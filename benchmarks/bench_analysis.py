"""Per-message analysis time over the corpus, next to a bare parse, and peak memory, in one run.

Run: .venv/bin/python benchmarks/bench_analysis.py [CORPUS] [--no-memory]

- "bare parse": `email.message_from_bytes(data, policy=default)`, walking its parts, plus one HTML
  parse (BeautifulSoup with html.parser, as the analysis uses) of the first text/html part: the
  least any tool that reads the message and looks at its HTML does. For an Outlook `.msg` the
  stdlib sees OLE2 bytes, not a message, so the ratio is given for `.eml` alone too.
- "load": our loader (`.eml` through the stdlib parser, `.msg` through extract-msg).
- "analyse": `inspector.analysis.analyse` on the loaded message (every registered analyser).
- "analysis": load + analyse, what the window waits for before the verdict (the safe document is
  made after it, also off the GUI thread).
- peak memory: for each of the 3 largest messages, a fresh process imports everything, analyses a
  small message, reads the file, resets the peak (`/proc/self/clear_refs`, Linux) and notes its
  RSS, then loads, analyses and makes the safe document; the growth of the peak (VmHWM) over that
  RSS is compared with the message's size.
Nothing is fetched.
"""

from __future__ import annotations

import argparse
import email
import statistics
import subprocess
import sys
import time
from email import policy
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bs4 import BeautifulSoup  # noqa: E402

from inspector.analysis import analyse  # noqa: E402
from inspector.analysis.common.trackers import index  # noqa: E402
from inspector.parsing import LoadError, load_bytes  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"

_PEAK = """
import sys
from pathlib import Path
from inspector.analysis import analyse
from inspector.parsing import load_bytes
from inspector.render import safe_document
def status(key):
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith(key + ":"))
small = load_bytes(Path(sys.argv[2]).read_bytes())
safe_document(small, analyse(small))
data = Path(sys.argv[1]).read_bytes()
open("/proc/self/clear_refs", "w").write("5")  # resets VmHWM (the peak) to the current RSS
base = status("VmRSS")
message = load_bytes(data)
safe_document(message, analyse(message))
print(base, status("VmHWM"))
"""


def percentiles(values: list[float]) -> tuple[float, float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return statistics.median(ordered), p95, ordered[-1]


def line(label: str, values: list[float]) -> str:
    median, p95, top = percentiles(values)
    return f"{label:32} median {median:7.2f} ms   p95 {p95:7.2f} ms   max {top:8.2f} ms"


def bare_parse(data: bytes) -> None:
    parsed = email.message_from_bytes(data, policy=policy.default)
    html = None
    for part in parsed.walk():
        if html is None and part.get_content_type() == "text/html":
            try:
                html = part.get_content()
            except Exception:  # noqa: BLE001 - a broken charset: the bare parse just skips it
                html = ""
    if html:
        BeautifulSoup(html, "html.parser")


def peak_memory(files: list[Path]) -> None:
    small = REPO / "resources" / "demo" / "demo-phish.eml"
    print("peak memory (fresh process; peak RSS growth while loading, analysing, making the safe view):")
    for path in sorted(files, key=lambda p: p.stat().st_size)[-3:]:
        done = subprocess.run(
            [sys.executable, "-c", _PEAK, str(path), str(small)], cwd=REPO, capture_output=True, text=True, check=True
        )
        base, peak = (int(x) for x in done.stdout.split())
        size_mb = path.stat().st_size / 1e6
        grown = (peak - base) * 1024 / 1e6
        print(
            f"  {path.name[:44]:44} {size_mb:5.2f} MB: baseline {base / 1024:5.0f} MiB, peak {peak / 1024:5.0f} MiB, "
            f"growth {grown:6.1f} MB = {grown / size_mb:4.1f}x the message"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file())
    index()  # the tracker list loads once per process; not part of any one message
    bare, loading, analysing, total, eml_bare, eml_total = [], [], [], [], [], []
    for path in files:
        data = path.read_bytes()
        t0 = time.perf_counter()
        bare_parse(data)
        t1 = time.perf_counter()
        try:
            message = load_bytes(data)
        except LoadError:
            continue
        t2 = time.perf_counter()
        analyse(message)
        t3 = time.perf_counter()
        bare.append((t1 - t0) * 1000)
        loading.append((t2 - t1) * 1000)
        analysing.append((t3 - t2) * 1000)
        total.append((t3 - t1) * 1000)
        if path.suffix == ".eml":
            eml_bare.append(bare[-1])
            eml_total.append(total[-1])
    print(f"{len(total)} messages from {corpus} ({len(eml_total)} .eml)")
    print(line("bare parse (stdlib + 1 HTML):", bare))
    print(line("inspector load:", loading))
    print(line("inspector analyse:", analysing))
    print(line("analysis = load + analyse:", total))
    print(line("  .eml only, bare parse:", eml_bare))
    print(line("  .eml only, analysis:", eml_total))
    for label, mine, theirs in (("all", total, bare), (".eml", eml_total, eml_bare)):
        medians = statistics.median(mine) / statistics.median(theirs)
        print(
            f"ratio analysis / bare parse, {label:4}: medians {medians:.1f}x, "
            f"p95 {percentiles(mine)[1] / percentiles(theirs)[1]:.1f}x, totals {sum(mine) / sum(theirs):.1f}x"
        )
    if not args.no_memory:
        peak_memory(files)


if __name__ == "__main__":
    main()
