"""The window exits cleanly (issue 21, item 9).

PySide6 6.12 on Python 3.11 loses a reference to None on every call of a C++ method that returns
nothing, and one to True on every signal emit (see inspector/gui/refcounts.py). A message with
5,000 attachments, a few such calls per row, took None's count to zero: the window aborted at exit
with "Fatal Python error: none_dealloc" (exit code 134); long GUI test runs ended with bool_dealloc.
Both run in a child process here, so that an abort shows as its exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
REPO = Path(__file__).resolve().parent.parent

WINDOW = """
import sys
from PySide6.QtCore import QTimer
from inspector.gui.app import make_app
from inspector.gui.main_window import MainWindow

app, translations = make_app()
window = MainWindow(translations)
window.show()
done = []

def loaded():
    if done:
        return
    done.append(window.current_tab().outcome is not None and len(window.current_tab().outcome.report.attachments))
    print("ATTACHMENTS", done[0], flush=True)
    window.close_tab(0)
    QTimer.singleShot(300, window.close)  # closing the last window quits

window.all_loaded.connect(loaded)
window.open_paths([sys.argv[1]])
sys.exit(app.exec())
"""

CALLS = """
import sys
import inspector.gui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QTableWidgetItem

class Emitter(QObject):
    fired = Signal(str)

app = QApplication([])
emitter, item = Emitter(), QTableWidgetItem("x")
emitter.fired.connect(lambda _text: None)
for _ in range(200_000):
    item.setToolTip("x")  # returns None
    emitter.fired.emit("x")  # returns True
print("DONE", flush=True)
"""


def many_attachments(count: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Archive <archive@example.org>"
    msg["To"] = "a.dupont@parliament.example"
    msg["Subject"] = f"{count} scans"
    msg.set_content("Every scan of the year.")
    for number in range(count):
        msg.add_attachment(f"scan {number}".encode(), maintype="application", subtype="octet-stream",
                           filename=f"scan-{number:05}.bin")  # fmt: skip
    return bytes(msg)


def _run(code: str, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", EMAIL_INSPECTOR_ENGINE="textbrowser",
        EMAIL_INSPECTOR_NO_SINGLE_INSTANCE="1", EMAIL_INSPECTOR_NO_EXCEPTHOOK="1",
        XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )  # fmt: skip
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=600
    )


def test_the_window_exits_cleanly_after_a_message_with_5000_attachments(tmp_path):
    path = tmp_path / "scans.eml"
    path.write_bytes(many_attachments(5000))
    done = _run(WINDOW, str(path), tmp_path=tmp_path)
    shown = [int(line.split()[1]) for line in done.stdout.splitlines() if line.startswith("ATTACHMENTS ")]
    assert shown and shown[0] >= 4990, done.stderr[-3000:]  # the parser keeps the first 5,000 parts
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Fatal Python error" not in done.stderr


def test_qt_calls_and_signals_do_not_use_up_none_or_true(tmp_path):
    """What ended the GUI test process: 200,000 void calls and emits are far more than None and True hold."""
    done = _run(CALLS, tmp_path=tmp_path)
    assert "DONE" in done.stdout, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Fatal Python error" not in done.stderr
