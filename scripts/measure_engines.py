"""Measure what each safe-view engine costs: start to first page, RSS of the process tree, install size.

    .venv/bin/python scripts/measure_engines.py [MESSAGE] [--runs 3]

Each run is a fresh process (offscreen) that creates the view, shows the message's safe document
and reports the time to `load_finished` and the summed RSS of itself and its children.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / "tests" / "fixtures" / "render" / "all_vectors.eml"

CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from inspector.gui.safe_view import create_safe_view
from inspector.analysis import analyse
from inspector.parsing import load
from inspector.render import safe_document
message = load(sys.argv[1]); doc = safe_document(message, analyse(message))
t_ready = time.perf_counter()
view = create_safe_view(engine=sys.argv[2]); view.resize(1000, 800); view.show()
out = {}
def rss_tree():
    pids, total = [os.getpid()], 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                if int(stat[1]) in pids or int(pid) in pids:
                    pids.append(int(pid))
            except OSError:
                pass
    for pid in set(pids):
        try:
            for line in open(f"/proc/{pid}/status"):
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024, len(set(pids))
def loaded(ok):
    out["load_s"] = time.perf_counter() - t_ready
    QTimer.singleShot(500, finish)
def finish():
    out["rss_mb"], out["processes"] = rss_tree()
    app.quit()
view.load_finished.connect(loaded)
view.set_html(doc.html)
app.exec()
out["total_s"] = time.perf_counter() - t0
print(json.dumps(out))
"""


def installed_mb(distribution: str) -> float:
    from importlib import metadata  # noqa: PLC0415

    try:
        files = metadata.distribution(distribution).files or []
    except metadata.PackageNotFoundError:
        return 0.0
    return sum(f.locate().stat().st_size for f in files if f.locate().exists()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    for engine in ("textbrowser", "webengine"):
        runs = []
        for _ in range(args.runs):
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", CHILD, args.message, engine], cwd=REPO, env=env,
                                  capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
            result = json.loads(done.stdout.strip().splitlines()[-1])
            result["wall_s"] = time.perf_counter() - started
            runs.append(result)
        summary = {k: round(statistics.median(r[k] for r in runs), 3) for k in runs[0]}
        print(engine, json.dumps(summary), "runs:", [round(r["wall_s"], 2) for r in runs])
    for name in ("PySide6_Essentials", "PySide6_Addons", "PySide6_WebEngine"):
        print(f"installed {name}: {installed_mb(name):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
