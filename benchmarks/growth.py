"""No quadratic paths (issue 26 item 2): the time at size N and 2N for the shapes that used to grow badly.

    .venv/bin/python benchmarks/growth.py [--base N] [--parse-only]

For each shape, the HTML5 parse (`parse_html`) and the whole scan of a message holding it
(`scan_bytes`: load, every engine, the verdict) are timed at N and 2N units; a linear path doubles
(ratio ~2), a quadratic one quadruples. Goal: every ratio at most ~2.2. Then the message of the
issue: one 2 MB `<p>` of `word &amp; ` (goal: scanned well under 3 s; it took 23-25 s while bs4
rebuilt the text node for every token). Best of three runs for each figure, in this process, after
one warm-up scan (so the first-use set-up is not counted). Nothing is fetched.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from inspector.analysis.common.html_tree import parse_html  # noqa: E402
from inspector.pipeline import scan_bytes  # noqa: E402

SHAPES: dict[str, Callable[[int], str]] = {
    "text with entities": lambda n: "<p>" + "word &amp; " * n,
    "deep nesting": lambda n: "<div>" * (n // 10) + "x" + "</div>" * (n // 10),
    "nested formatting": lambda n: "<b><i><u>" * (n // 30) + "x",
    "many attributes": lambda n: "<p " + " ".join(f'data-a{i}="v{i}"' for i in range(n // 10)) + ">x</p>",
    "many tags": lambda n: '<p>x <a href="https://example.com/a">y</a></p>' * (n // 100),
    "many comments": lambda n: "<p>a<!-- c -->b</p>" * (n // 50),
    "values that open tags": lambda n: "<b x=" + "<b/x=" * (n // 5),  # the attribute count read each to the end
}


def message(html: str, cte: str = "base64") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sender <news@sender.example>"
    msg["To"] = "reader@reader.example"
    msg["Subject"] = "growth"
    msg.set_content(html, subtype="html", cte=cte)
    return msg.as_bytes()


def best(run: Callable[[str], object], html: str, times: int = 3) -> float:
    results = []
    for _ in range(times):
        start = time.perf_counter()
        run(html)
        results.append(time.perf_counter() - start)
    return min(results)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--base", type=int, default=200_000, help="N in characters-ish (default 200,000)")
    args.add_argument("--parse-only", action="store_true", help="time only the HTML5 parse")
    opts = args.parse_args()
    scan_bytes(message("<p>warm-up</p>"))
    print(f"{'shape':<20} {'what':<6} {'N chars':>9} {'t(N) s':>8} {'t(2N) s':>8} {'ratio':>6}")
    worst = 0.0
    for name, build in SHAPES.items():
        small, large = build(opts.base), build(2 * opts.base)
        steps = {"parse": lambda h: parse_html(h)}
        if not opts.parse_only:
            steps["scan"] = lambda h: scan_bytes(message(h))
        for what, step in steps.items():
            t1 = best(step, small)
            t2 = best(step, large)
            ratio = t2 / t1 if t1 else float("nan")
            worst = max(worst, ratio)
            print(f"{name:<20} {what:<6} {len(small):>9,} {t1:>8.3f} {t2:>8.3f} {ratio:>6.2f}")
    print(f"worst doubling ratio: {worst:.2f} (goal <= ~2.2)")
    two_mb = message("<p>" + "word &amp; " * 176_000, cte="quoted-printable")
    seconds = best(lambda _: scan_bytes(two_mb), "", times=1)
    size = len(two_mb) / 2**20
    print(f"2 MB paragraph of 'word &amp; ' ({size:.2f} MiB message): scanned in {seconds:.2f} s (goal < 3 s)")


if __name__ == "__main__":
    main()
