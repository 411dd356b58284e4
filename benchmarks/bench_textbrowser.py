"""How long the light engine (QTextBrowser) takes to show each corpus message, worst first.

    .venv/bin/python benchmarks/bench_textbrowser.py [CORPUS] [--timeout S] [--worst N] [--match TEXT]

For each message a worker process (offscreen) loads, analyses and sanitises it (not timed: that
runs off the GUI thread in the window), then times what the GUI thread does: `set_html` on a
shown `TextBrowserView` of 900 x 700 (document preparation and parsing), the layout at that
width, and the first paint of the viewport. A message that takes longer than the timeout is
killed and listed as "> timeout"; the worker restarts at the next message. Nothing is fetched:
`loadResource` answers `data:` URLs only. `--match rp-online` times only the messages whose path
holds that text (here the newsletter whose 48 nested tables once froze the window for minutes).
"""

from __future__ import annotations

import argparse
import os
import selectors
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_WORKER = r"""
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from inspector.analysis import analyse
from inspector.gui.safe_view import TextBrowserView
from inspector.parsing import LoadError, load
from inspector.render import safe_document
view = TextBrowserView()
view.resize(900, 700)
view.show()
app.processEvents()
print("ready", flush=True)
for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        message = load(path)
        html = safe_document(message, analyse(message)).html
    except LoadError:
        print("skip", flush=True)
        continue
    print("start", flush=True)
    t0 = time.perf_counter()
    view.set_html(html)
    t1 = time.perf_counter()
    view.browser.document().size()  # the layout at the viewport's width
    t2 = time.perf_counter()
    view.browser.viewport().grab()  # a paint of what is on screen
    t3 = time.perf_counter()
    app.processEvents()
    print("done", t1 - t0, t2 - t1, t3 - t2, len(html), flush=True)
"""


class Worker:
    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # Qt's warnings about the messages' CSS
        )
        self.buffer = b""
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.proc.stdout, selectors.EVENT_READ)
        assert self.readline(120) == "ready"

    def send(self, path: Path) -> None:
        self.proc.stdin.write(f"{path}\n".encode())
        self.proc.stdin.flush()

    def readline(self, timeout: float) -> str | None:
        """One line, or None after `timeout` s (own buffer: a buffered reader hides lines from select)."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self.sel.select(remaining):
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode().strip()

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


def measure(files: list[Path], timeout: float) -> list[tuple[str, float | None, tuple[float, ...], int]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EMAIL_INSPECTOR_ENGINE="textbrowser")
    rows = []
    worker = Worker(env)
    for path in files:
        worker.send(path)
        line = worker.readline(120)
        if line != "start":
            continue  # not a message
        line = worker.readline(timeout)
        if line is None:
            rows.append((str(path), None, (), 0))
            worker.stop()
            worker = Worker(env)
            continue
        _, *times, size = line.split()
        parts = tuple(float(t) for t in times)
        rows.append((str(path), sum(parts), parts, int(size)))
    worker.stop()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--match", default="", help="only the messages whose path contains this text")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file())
    files = [p for p in files if args.match in str(p.relative_to(corpus))]
    started = time.perf_counter()
    rows = measure(files, args.timeout)
    timed = [r[1] for r in rows if r[1] is not None]
    over = [r for r in rows if r[1] is None]
    print(f"{len(rows)} messages shown with QTextBrowser in {time.perf_counter() - started:.0f} s")
    print(
        f"set_html + layout + first paint: median {statistics.median(timed) * 1000:.0f} ms, "
        f"max {max(timed) * 1000:.0f} ms; over {args.timeout:.0f} s: {len(over)}"
    )
    print(f"worst {args.worst} (total s = set_html + layout + paint, safe document KB):")
    worst = sorted(rows, key=lambda r: -(r[1] if r[1] is not None else float("inf")))[: args.worst]
    for path, total, parts, size in worst:
        name = os.path.relpath(path, corpus)
        if total is None:
            print(f"  > {args.timeout:.0f} s (killed)  {name}")
        else:
            detail = " + ".join(f"{p:.2f}" for p in parts)
            print(f"  {total:7.2f} s ({detail})  {size / 1024:6.0f} KB  {name}")


if __name__ == "__main__":
    main()
