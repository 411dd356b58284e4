"""The window's speed, offscreen: cold start to a painted window, and file drop to verdict and view.

    .venv/bin/python benchmarks/bench_gui.py [--runs N] [--engine textbrowser|webengine|auto]

- start: a fresh process runs `python -m inspector` (the real entry point: argument parsing, the
  single-instance check is off, `gui.app.run`); time from just before the process is spawned until
  the main window's first paint event (the empty state). Median of N runs. A small wrapper only
  installs an event filter when the application starts its event loop, then quits on that paint.
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
import sys, time
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
gui_app.prewarm()  # as `run()` does after the first paint; a person takes longer than this to drop
settle = time.perf_counter()
while time.perf_counter() - settle < 2.0:
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
        files = [str(REPO / "resources" / "demo" / "demo-phish.eml")]
        corpus = Path(args.corpus)
        files += [str(corpus / name) for name in NEWSLETTERS if (corpus / name).is_file()]
        files.append(str(big_message(Path(home))))
        files = [f for f in files if not any(part in f for part in args.skip)]
        done = subprocess.run([sys.executable, "-c", _DROP, *files], env=env, cwd=REPO, capture_output=True, text=True)
        if len(done.stdout.splitlines()) < len(files):  # (PySide may crash at exit after printing: harmless)
            print(done.stderr, file=sys.stderr)
            return 1
        print("drop to: verdict painted / view loaded / view painted; longest event-loop stall (ms):")
        for line in done.stdout.splitlines():
            name, verdict, loaded, shown, stall, engine = line.split("\t")
            print(
                f"  {name[:48]:48} {ms(verdict)} {ms(loaded)} {ms(shown)}   stall {ms(stall)}  {engine} "
                f"({os.path.getsize(next(f for f in files if f.endswith(name))) / 1024:.0f} KB)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
