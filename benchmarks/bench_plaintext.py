"""Time and peak memory of a huge plain-text body (issue 17): scan, render and the window.

    .venv/bin/python benchmarks/bench_plaintext.py [--links N] [--timeout S] [--engine E]

The message is generated (never committed): one text/plain part of N lines of about 29 bytes, each
holding a link (default 1,000,000 links, 28 MB). Each step runs in a fresh process, with a 4 GB
address-space limit so a runaway fails instead of swapping:

- scan: `email-inspector scan --format html` (load, analyse, safe view, the HTML report with its
  thumbnail made in the light engine, offscreen);
- render: `email-inspector render --html OUT --png OUT --text` (the safe view as a file and a
  screenshot of the plain-text view);
- window: the main window opens the file and shows it (offscreen); time until the tab is ready
  (verdict and safe view loaded) and the view has painted, plus the longest the event loop went
  without running a 10 ms timer.

Time is the child's wall time from spawn to exit; peak memory is its VmHWM (resident high-water
mark), read by the child just before it exits.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ADDRESS_LIMIT = 4 << 30

_PEAK = """
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("peak_mb", int(line.split()[1]) / 1024, flush=True)
import atexit
atexit.register(_peak)
"""

_CLI = (
    _PEAK
    + """
import sys
from inspector.cli import main
code = main(sys.argv[1:])
print("exit", code, flush=True)
"""
)

_WINDOW = (
    _PEAK
    + r"""
import sys, time
from PySide6.QtCore import QTimer
from inspector.gui import app as gui_app
application, translations = gui_app.make_app()
from inspector.gui.main_window import MainWindow
window = MainWindow(translations)
window.resize(1280, 820)
window.show()
start = time.perf_counter()
stall, last = [0.0], [start]
def tick():
    now = time.perf_counter()
    stall[0] = max(stall[0], now - last[0])
    last[0] = now
ticker = QTimer()
ticker.timeout.connect(tick)
ticker.start(10)
window.open_paths([sys.argv[1]])
tab = window.current_tab()
while not tab.is_ready and time.perf_counter() - start < float(sys.argv[2]):
    application.processEvents()
    time.sleep(0.001)
ready = time.perf_counter() - start
window.grab()  # one full paint of the window with the message shown
shown = time.perf_counter() - start
print("ready", tab.is_ready, f"{ready:.2f}", "shown", f"{shown:.2f}", "stall", f"{stall[0]:.2f}", flush=True)
"""
)


def make_message(folder: Path, links: int) -> Path:
    path = folder / f"plain-{links}-links.eml"
    with path.open("w", encoding="ascii") as out:
        out.write("From: Sender <sender@example.com>\nTo: someone@example.org\nSubject: links\n")
        out.write("Date: Thu, 03 Dec 2026 10:00:00 +0000\nMessage-ID: <bench@example.com>\n")
        out.write("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n")
        for start in range(0, links, 10_000):
            out.write("".join(f"http://e.example/{i:07d}?a=1\n" for i in range(start, min(links, start + 10_000))))
    return path


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))


def run(code: str, args: list[str], env: dict[str, str], timeout: float) -> tuple[float, str, str]:
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limit,
        )
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, "timed out", ""
    elapsed = time.perf_counter() - start
    peak = next((line.split()[1] for line in done.stdout.splitlines() if line.startswith("peak_mb")), "?")
    notes = " ".join(line for line in done.stdout.splitlines() if line.startswith(("ready", "exit")))
    if done.returncode:
        notes += f" rc={done.returncode} {done.stderr.strip().splitlines()[-1:] if done.stderr.strip() else ''}"
    return elapsed, peak, notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--engine", default="textbrowser", choices=("textbrowser", "webengine", "auto"))
    parser.add_argument("--steps", default="scan,render,window")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        message = make_message(folder, args.links)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=str(folder / "config"))
        env.update(EMAIL_INSPECTOR_NO_EXCEPTHOOK="1", EMAIL_INSPECTOR_NO_SINGLE_INSTANCE="1", LANG="C.UTF-8")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
        if args.engine != "auto":
            env["EMAIL_INSPECTOR_ENGINE"] = args.engine
        steps = {
            "scan": (_CLI, ["scan", "--format", "html", "--quiet", "--out", str(folder / "out"), str(message)]),
            "render": (
                _CLI,
                [
                    "render",
                    str(message),
                    "--text",
                    "--html",
                    str(folder / "safe.html"),
                    "--png",
                    str(folder / "safe.png"),
                ],
            ),
            "window": (_WINDOW, [str(message), str(args.timeout)]),
        }
        size = message.stat().st_size / 1e6
        print(f"{args.links:,} links, {size:.1f} MB, engine {args.engine}")
        print("step\tseconds\tpeak MB\tnotes")
        for name in args.steps.split(","):
            code, argv = steps[name]
            elapsed, peak, notes = run(code, argv, env, args.timeout)
            print(f"{name}\t{elapsed:.1f}\t{peak}\t{notes}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
