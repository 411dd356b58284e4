"""The window's speed, offscreen: cold start to first paint, and file drop to verdict.

    .venv/bin/python benchmarks/bench_gui.py [--runs N] [--engine textbrowser|webengine|auto]

- start: a fresh `python -m inspector` process; time from just before it is spawned until the
  main window's first paint event (the empty state), then the process quits. Median of N runs.
- drop: in one process, a file is dropped on the window (a real QDropEvent) and we time until
  the verdict banner shows (analysis done, off the GUI thread) and until the body view reports
  it has finished loading. Also the longest the event loop went without running a 10 ms timer
  while that happened (how "frozen" the window felt), for the demo and for a 30 MB message.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_FIRST_PAINT = """
import sys, time
t_import = time.time()
from PySide6.QtCore import QEvent, QObject, QTimer
from inspector.gui import app as gui_app
application, translations = gui_app.make_app()
from inspector.gui.main_window import MainWindow
window = MainWindow(translations)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "at"):
            self.at = time.time()
            QTimer.singleShot(0, application.quit)
        return False
watch = Painted()
window.installEventFilter(watch)
window.show()
QTimer.singleShot(5000, application.quit)
application.exec()
print(t_import, getattr(watch, "at", float("nan")))
"""

_DROP = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QElapsedTimer, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from inspector.gui import app as gui_app
application, translations = gui_app.make_app()
from inspector.gui.main_window import MainWindow
window = MainWindow(translations)
window.resize(1280, 820)
window.show()
gui_app.prewarm()  # as `run()` does after the first paint; a person takes longer than this to drop
settle = time.perf_counter()
while time.perf_counter() - settle < 2.0:
    application.processEvents()
    time.sleep(0.01)
results = []
for path in sys.argv[1:]:
    stall = [0.0]
    last = [time.perf_counter()]
    def tick():
        now = time.perf_counter()
        stall[0] = max(stall[0], now - last[0])
        last[0] = now
    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(10)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    args = (QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, QDragEnterEvent(*args))  # a real drag enters before it drops
    start = time.perf_counter()
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    tab = window.current_tab()
    verdict = None
    while not tab.is_ready and time.perf_counter() - start < 120:
        application.processEvents()
        if verdict is None and tab.outcome is not None:
            verdict = time.perf_counter() - start
        time.sleep(0.001)
    loaded = time.perf_counter() - start
    ticker.stop()
    engine = tab.content.body.engine_name() if tab.content else "-"
    results.append((Path(path).name, verdict or loaded, loaded, stall[0], engine))
    window.close_tab(0)
for row in results:
    print(*row, sep="\t")
"""


def big_message(folder: Path, megabytes: int = 30) -> Path:
    """A message with a large attachment (random bytes: nothing compresses or parses faster)."""
    from email.message import EmailMessage  # noqa: PLC0415

    msg = EmailMessage()
    msg["From"] = "Archive <archive@example.org>"
    msg["To"] = "a.dupont@parliament.example"
    msg["Subject"] = f"A {megabytes} MB message"
    msg.set_content("The scans are attached.")
    msg.add_attachment(os.urandom(megabytes * 1024 * 1024), maintype="application", subtype="pdf", filename="scans.pdf")
    path = folder / f"big-{megabytes}mb.eml"
    path.write_bytes(bytes(msg))
    return path


def environment(engine: str, home: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=str(Path(home) / "config"))
    env.update(EMAIL_INSPECTOR_NO_EXCEPTHOOK="1", LANG="C.UTF-8")
    if engine != "auto":
        env["EMAIL_INSPECTOR_ENGINE"] = engine
    return env


def first_paint(runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        spawned = time.time()
        done = subprocess.run([sys.executable, "-c", _FIRST_PAINT], env=env, cwd=REPO, capture_output=True, text=True)
        _, painted = (float(x) for x in done.stdout.split())
        times.append(painted - spawned)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--engine", default="auto", choices=("auto", "textbrowser", "webengine"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = environment(args.engine, home)
        starts = first_paint(args.runs, env)
        print(
            f"cold start to first paint: median {statistics.median(starts) * 1000:.0f} ms "
            f"(min {min(starts) * 1000:.0f}, max {max(starts) * 1000:.0f}, {args.runs} runs)"
        )
        files = [str(REPO / "resources" / "demo" / "demo-phish.eml"), str(big_message(Path(home)))]
        done = subprocess.run([sys.executable, "-c", _DROP, *files], env=env, cwd=REPO, capture_output=True, text=True)
        if done.returncode:
            print(done.stderr, file=sys.stderr)
            return 1
        print("drop to verdict / to body loaded / longest event-loop stall / engine:")
        for line in done.stdout.splitlines():
            name, verdict, loaded, stall, engine = line.split("\t")
            print(
                f"  {name}: verdict {float(verdict) * 1000:.0f} ms, loaded {float(loaded) * 1000:.0f} ms, "
                f"stall {float(stall) * 1000:.0f} ms ({engine})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
