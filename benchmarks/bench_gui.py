"""The window's speed, offscreen: cold start to a painted window, and file drop to verdict and view.

    .venv/bin/python benchmarks/bench_gui.py [--runs N] [--engine textbrowser|webengine|auto]

- start: a fresh process runs `python -m inspector` (the real entry point: argument parsing, the
  single-instance check is off, `gui.app.run`); time from just before the process is spawned until
  the main window's first paint event (the empty state). Median of N runs. A small wrapper only
  installs an event filter when the application starts its event loop, then quits on that paint.
- first message (issue 26): `python -m inspector NEWSLETTER` in a fresh process, spawn to the first paint
  and to the verdict banner's first paint; and a fresh window that gets a drop right after its first
  paint (the prewarm still under way): drop to verdict painted for the first three newsletters.
- drop: in one process, each file is dropped on the window (a real QDropEvent) and we time
  until the verdict banner is first painted (analysis done off the GUI thread, banner on screen)
  and until the safe view is first painted with the message (the body view reported "loaded", then
  its paint target got a paint event). Also the longest the event loop went without running a
  10 ms timer (how "frozen" the window felt). Files: the demo, typical corpus newsletters (small
  to large), and a generated 30 MB message.
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
CORPUS = REPO.parent / "shared" / "corpus"
NEWSLETTERS = [  # typical newsletters from the corpus, smallest to largest safe document
    "unspy_newsletters/mailchimp__2023-01-17-schreibsuchti.u1.eml",
    "unspy_newsletters/klaviyo__2023-01-25-katjes-u1.eml",
    "unspy_newsletters/sendinblue__2023-01-06-trusted-shops.u1.eml",
    "unspy_newsletters/inxmail__2023-02-17-rp-online-u1.eml",
    "unspy_newsletters/optimizely__2023-01-04-wwf.u1.eml",
]

_COLD_START = """
import runpy, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    at = None
    def eventFilter(self, obj, event):
        if self.at is None and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.at = time.time()
            print("painted", self.at, flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

watch = Painted()
_exec = QApplication.exec
def exec_(self=None):
    app = QApplication.instance()
    app.installEventFilter(watch)
    QTimer.singleShot(10000, app.quit)
    return _exec()
QApplication.exec = exec_
sys.argv = ["email-inspector"]
runpy.run_module("inspector", run_name="__main__")
"""

_DROP = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QMimeData, QObject, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from inspector.gui import app as gui_app
application, translations = gui_app.make_app()
from inspector.gui.main_window import MainWindow
from inspector.gui.verdict_banner import VerdictBanner
window = MainWindow(translations)
window.resize(1280, 820)
window.show()
class FirstPaint(QObject):
    at = None
    def eventFilter(self, obj, event):
        if self.at is None and event.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
        return False
first_paint = FirstPaint()
window.installEventFilter(first_paint)
while first_paint.at is None:
    application.processEvents()
    time.sleep(0.001)
gui_app.prewarm()  # as `run()` does after the first paint
SETTLE = float(os.environ.get("BENCH_SETTLE", "2.0"))  # 0: drop at once, in a fresh window
import threading
settle = time.perf_counter()
def prewarming():
    return any(t.name == "prewarm" and t.is_alive() for t in threading.enumerate())
# a person takes longer than this to drop; on a loaded machine the prewarm may take longer still: "warm"
# means it is done (at most 60 s)
while time.perf_counter() - settle < SETTLE or (SETTLE and prewarming() and time.perf_counter() - settle < 60):
    application.processEvents()
    time.sleep(0.01)


class Paints(QObject):
    # Paint events of the banner and of the safe view's paint target, for the tab being timed.
    def reset(self):
        self.banner = self.view = None
        self.target = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            now = time.perf_counter()
            if self.banner is None and isinstance(obj, VerdictBanner):
                self.banner = now
            elif self.view is None and self.target is not None and obj is self.target:
                self.view = now
        return False


def paint_target(tab):
    view = tab.content.body.view
    if getattr(view, "engine_name", "") == "webengine":
        return view.view.focusProxy() or view.view
    return view.browser.viewport() if hasattr(view, "browser") else view.viewport()


paints = Paints()
_banner_init = VerdictBanner.__init__
def banner_init(self, *args, **kwargs):  # filters on the two widgets only: an application-wide
    _banner_init(self, *args, **kwargs)  # Python event filter crashes WebEngine (SIGSEGV)
    self.installEventFilter(paints)
VerdictBanner.__init__ = banner_init
results = []
for path in sys.argv[1:]:
    paints.reset()
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
    QApplication.sendEvent(window, QDropEvent(*args))
    tab = window.current_tab()
    ready = None
    while time.perf_counter() - start < 300:
        application.processEvents()
        if ready is None and tab.is_ready:
            ready = time.perf_counter()
            if tab.content is not None:
                paints.target = paint_target(tab)
                paints.target.installEventFilter(paints)
                paints.target.update()
        if ready is not None and (paints.view is not None or time.perf_counter() - ready > 3):
            break
        time.sleep(0.001)
    ticker.stop()
    engine = tab.content.body.engine_name() if tab.content else "-"
    verdict = (paints.banner or float("nan")) - start
    shown = (paints.view or float("nan")) - start
    results.append((Path(path).name, verdict, (ready or float("nan")) - start, shown, stall[0], engine))
    window.close_tab(0)
    settle = time.perf_counter()
    while time.perf_counter() - settle < 0.5:
        application.processEvents()
        time.sleep(0.01)
for row in results:
    print(*row, sep="\t")
"""


_WITH_FILE = """
import runpy, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    window = banner = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if self.window is None and isinstance(obj, QMainWindow):
                self.window = time.time()
                print("window", self.window, flush=True)
            elif self.banner is None and type(obj).__name__ == "VerdictBanner":
                self.banner = time.time()
                print("verdict", self.banner, flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
        return False

watch = Painted()
_show = QMainWindow.show
def show(self):
    self.installEventFilter(watch)
    return _show(self)
QMainWindow.show = show
_exec = QApplication.exec
def exec_(self=None):
    QTimer.singleShot(30000, QApplication.instance().quit)
    return _exec()
QApplication.exec = exec_

from inspector.gui import verdict_banner  # noqa: E402 - only to watch its paints (the window imports it later anyway)
_init = verdict_banner.VerdictBanner.__init__
def init(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.installEventFilter(watch)
verdict_banner.VerdictBanner.__init__ = init
sys.argv = ["email-inspector", sys.argv[1]]
runpy.run_module("inspector", run_name="__main__")
"""


def with_file(path: str, runs: int, env: dict[str, str]) -> list[tuple[float, float]]:
    """`python -m inspector FILE` in a fresh process: spawn to the window's first paint, and to the
    verdict banner's first paint (imports, prewarm and the first analysis all included)."""
    times = []
    for _ in range(runs):
        spawned = time.time()
        done = subprocess.run(
            [sys.executable, "-c", _WITH_FILE, path], env=env, cwd=REPO, capture_output=True, text=True
        )
        marks = dict(line.split() for line in done.stdout.splitlines() if line.startswith(("window ", "verdict ")))
        if "window" not in marks or "verdict" not in marks:
            raise SystemExit(f"no window or no verdict painted:\n{done.stderr}")
        times.append((float(marks["window"]) - spawned, float(marks["verdict"]) - spawned))
    return times


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
    env.update(EMAIL_INSPECTOR_NO_EXCEPTHOOK="1", EMAIL_INSPECTOR_NO_SINGLE_INSTANCE="1", LANG="C.UTF-8")
    if engine != "auto":
        env["EMAIL_INSPECTOR_ENGINE"] = engine
    return env


def cold_start(runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(runs):
        spawned = time.time()
        done = subprocess.run([sys.executable, "-c", _COLD_START], env=env, cwd=REPO, capture_output=True, text=True)
        painted = [float(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("painted ")]
        if not painted:
            raise SystemExit(f"the window never painted:\n{done.stderr}")
        times.append(painted[0] - spawned)
    return times


def fresh(newsletters: list[str], runs: int, env: dict[str, str]) -> None:
    """The first message of a process: opened from the command line, and dropped at once on a fresh window."""
    first = newsletters[0]
    size = os.path.getsize(first) / 1024
    opened = with_file(first, runs, env)
    paint = statistics.median(t[0] for t in opened)
    verdict = statistics.median(t[1] for t in opened)
    print(f"`python -m inspector FILE` ({Path(first).name}, {size:.0f} KB), median of {runs}:")
    print(f"  spawn to first paint {paint * 1000:.0f} ms, to verdict painted {verdict * 1000:.0f} ms")
    for settle, label in (
        ("0", "dropped right after its first paint (prewarm under way)"),
        ("1", "dropped once the prewarm is done (at least 1 s after the first paint)"),
    ):
        rows: list[list[float]] = []
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, "-c", _DROP, first, *newsletters[1:3]],
                env=dict(env, BENCH_SETTLE=settle),
                cwd=REPO,
                capture_output=True,
                text=True,
            )
            lines = done.stdout.splitlines()
            if len(lines) < 3:
                print(done.stderr, file=sys.stderr)
                raise SystemExit("the fresh-window drop failed")
            rows.append([float(line.split("\t")[1]) for line in lines[:3]])
        first_ms, second_ms, third_ms = (statistics.median(r[i] for r in rows) * 1000 for i in range(3))
        print(
            f"fresh window, {label}, drop to verdict painted, median of {runs}: "
            f"first ({size:.0f} KB) {first_ms:.0f} ms, then {second_ms:.0f} and {third_ms:.0f} ms"
        )


def ms(seconds: str | float) -> str:
    value = float(seconds)
    return "   n/a" if value != value else f"{value * 1000:6.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--engine", default="auto", choices=("auto", "textbrowser", "webengine"))
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--skip", action="append", default=[], help="leave out files whose name contains this")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = environment(args.engine, home)
        starts = cold_start(args.runs, env)
        print(
            f"cold start of `python -m inspector` to the window's first paint: "
            f"median {statistics.median(starts) * 1000:.0f} ms "
            f"(min {min(starts) * 1000:.0f}, max {max(starts) * 1000:.0f}, {args.runs} runs)"
        )
        corpus = Path(args.corpus)
        newsletters = [str(corpus / name) for name in NEWSLETTERS if (corpus / name).is_file()]
        if newsletters:
            fresh(newsletters, args.runs, env)
        files = [str(REPO / "resources" / "demo" / "demo-phish.eml"), *newsletters]
        files.append(str(big_message(Path(home))))
        files = [f for f in files if not any(part in f for part in args.skip)]
        done = subprocess.run([sys.executable, "-c", _DROP, *files], env=env, cwd=REPO, capture_output=True, text=True)
        if len(done.stdout.splitlines()) < len(files):  # (PySide may crash at exit after printing: harmless)
            print(done.stderr, file=sys.stderr)
            return 1
        print("warm window (settled 2 s after its first paint), drop to: verdict painted / view loaded / view painted;")
        print("longest event-loop stall (ms):")
        for line in done.stdout.splitlines():
            name, verdict, loaded, shown, stall, engine = line.split("\t")
            print(
                f"  {name[:48]:48} {ms(verdict)} {ms(loaded)} {ms(shown)}   stall {ms(stall)}  {engine} "
                f"({os.path.getsize(next(f for f in files if f.endswith(name))) / 1024:.0f} KB)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
