"""The per-process tables are built once and shared (issue 26, warm start)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from inspector import warm
from inspector.analysis.common import brands, domains, trackers, urls

REPO = Path(__file__).resolve().parent.parent


def test_one_suffix_list_for_urls_and_domains() -> None:
    """The issue measured the suffix list built twice (~0.1 s each): both modules use one reader."""
    assert urls._extractor() is domains.suffix_extractor()
    assert urls.registrable_domain("news.example.co.uk") == domains.registrable_domain("news.example.co.uk")


def test_prewarm_builds_the_shared_tables_once() -> None:
    warm.prewarm()
    index, matchers = trackers.index(), brands._matchers()
    assert warm.prewarm() == 0.0  # done: a second call does nothing
    warm.wait_for_prewarm()  # and an analysis does not wait
    assert trackers.index() is index and brands._matchers() is matchers
    assert trackers.index.cache_info().currsize == 1


def test_the_window_paints_before_it_imports_the_message_view(tmp_path: Path) -> None:
    """`email-inspector FILE`: the first paint comes before `message_tab` and the analysis are imported."""
    eml = tmp_path / "a.eml"
    eml.write_bytes(b"From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nHello.\r\n")
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        class Watch(QObject):
            seen = None
            def eventFilter(self, obj, event):
                if self.seen is None and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                    self.seen = "inspector.gui.message_tab" in sys.modules
                    print("message_tab imported at first paint:", self.seen, flush=True)
                    print("analysis imported at first paint:", "inspector.analysis" in sys.modules, flush=True)
                    QTimer.singleShot(0, QApplication.instance().quit)
                return False

        watch = Watch()
        _show = QMainWindow.show
        def show(self):
            self.installEventFilter(watch)
            return _show(self)
        QMainWindow.show = show
        _exec = QApplication.exec
        def exec_(self=None):
            QTimer.singleShot(20000, QApplication.instance().quit)
            return _exec()
        QApplication.exec = exec_
        from inspector.gui import app
        app.run([sys.argv[1]], excepthook=False)
        """
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "EMAIL_INSPECTOR_NO_SINGLE_INSTANCE": "1",
        "EMAIL_INSPECTOR_NO_EXCEPTHOOK": "1",
        "EMAIL_INSPECTOR_ENGINE": "textbrowser",
    }
    done = subprocess.run(
        [sys.executable, "-c", script, str(eml)], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert "message_tab imported at first paint: False" in done.stdout, done.stderr
    # The window's saved settings reach the analysis without importing it first (inspector/overrides.py).
    assert "analysis imported at first paint: False" in done.stdout, done.stderr


def test_files_open_even_if_the_window_never_paints(qtbot) -> None:
    """A window started hidden or minimised gets no paint: the files still open, after a short wait."""
    from PySide6.QtWidgets import QWidget

    from inspector.gui import app as gui_app

    hidden = QWidget()
    qtbot.addWidget(hidden)
    calls = []
    gui_app.after_first_paint(hidden, lambda: calls.append("opened"))
    qtbot.waitUntil(lambda: calls == ["opened"], timeout=gui_app.FIRST_PAINT_WAIT_MS + 3000)
    qtbot.wait(200)
    assert calls == ["opened"]  # once


def test_after_first_paint_runs_once_on_paint(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from inspector.gui import app as gui_app

    monkeypatch.setattr(gui_app, "FIRST_PAINT_WAIT_MS", 600_000)  # only the paint can run it
    shown = QWidget()
    qtbot.addWidget(shown)
    calls = []
    gui_app.after_first_paint(shown, lambda: calls.append("opened"))
    shown.show()
    qtbot.waitUntil(lambda: calls == ["opened"], timeout=10000)
    shown.update()
    qtbot.wait(100)
    assert calls == ["opened"]
