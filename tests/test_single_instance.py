"""One instance per user: hand-over between two real processes, and recovery from a stale socket."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO

from inspector.gui.single_instance import NAME_ENV, InstanceServer, hand_over, server_name

SERVER_SCRIPT = """
import json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from inspector.gui.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer()
print("ready" if server.listen() else "failed", flush=True)
server.files_received.connect(lambda files: (print(json.dumps(files), flush=True), app.quit()))
QTimer.singleShot(30000, app.quit)
app.exec()
"""

STALE_SCRIPT = """
import os
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalServer
app = QCoreApplication([])
server = QLocalServer()
print("ready" if server.listen(os.environ["EMAIL_INSPECTOR_INSTANCE_NAME"]) else "failed", flush=True)
app.exec()
"""


@pytest.fixture
def instance_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env[NAME_ENV] = f"email-inspector-test-{uuid.uuid4().hex[:12]}"
    return env


def start(script: str, env: dict[str, str]) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def test_name_is_per_user_and_stable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(NAME_ENV, raising=False)
    assert server_name() == server_name()
    assert server_name().startswith("email-inspector-")
    monkeypatch.setenv("HOME", "/tmp/someone-else")
    other = server_name()
    monkeypatch.undo()
    assert other != server_name()


def test_second_process_hands_its_files_to_the_first(instance_env: dict[str, str]) -> None:
    first = start(SERVER_SCRIPT, instance_env)
    try:
        target = FIXTURES / "parsing" / "mime_tree_nested.eml"
        code = f"from inspector.gui.single_instance import hand_over; print(hand_over([{str(target)!r}]))"
        second = subprocess.run(
            [sys.executable, "-c", code], cwd=REPO, env=instance_env, capture_output=True, text=True, timeout=30
        )
        assert second.stdout.strip() == "True"
        out, _ = first.communicate(timeout=30)
        assert json.loads(out.strip()) == [str(target)]
    finally:
        first.kill()


def test_stale_socket_of_a_crashed_instance_is_recovered(qapp, instance_env: dict[str, str]) -> None:
    crashed = start(STALE_SCRIPT, instance_env)
    os.kill(crashed.pid, signal.SIGKILL)  # no clean-up: the socket file stays behind
    crashed.wait(timeout=10)
    name = instance_env[NAME_ENV]
    if sys.platform != "win32":
        assert any(p.name == name for p in Path("/tmp").iterdir())
    assert hand_over(["x.eml"], name=name) is False  # nobody answers on the stale socket
    server = InstanceServer(name)
    try:
        assert server.listen() is True
        assert server.server.isListening()
    finally:
        server.close()


def test_running_window_opens_what_a_second_launch_hands_over(qtbot, monkeypatch, tmp_path: Path) -> None:
    """The real window with its real server; the second launch is `python -m inspector FILE`."""
    from PySide6.QtCore import QSettings

    from inspector.gui.app import make_app, serve_other_launches
    from inspector.gui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    name = f"email-inspector-test-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv(NAME_ENV, name)
    _, translations = make_app()
    window = MainWindow(translations)
    qtbot.addWidget(window)
    server = serve_other_launches(window)
    assert server is not None
    target = FIXTURES / "parsing" / "mime_tree_nested.eml"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{NAME_ENV: name})
    env.pop("EMAIL_INSPECTOR_NO_SINGLE_INSTANCE", None)
    second = subprocess.Popen([sys.executable, "-m", "inspector", str(target)], cwd=REPO, env=env)
    try:
        qtbot.waitUntil(lambda: any(t.source.path == str(target) for t in window.message_tabs()), timeout=20000)
        assert second.wait(timeout=20) == 0  # it handed over and left; no second window
    finally:
        second.kill()
        server.close()


def test_finder_open_events_reach_the_app(qapp, qtbot) -> None:
    """macOS delivers files opened from Finder as QFileOpenEvent to the application object."""
    from PySide6.QtGui import QFileOpenEvent

    from inspector.gui.app import InspectorApplication

    assert isinstance(qapp, InspectorApplication)
    target = str(FIXTURES / "parsing" / "mime_tree_nested.eml")
    with qtbot.waitSignal(qapp.file_opened, timeout=2000) as blocker:
        qapp.sendEvent(qapp, QFileOpenEvent(target))
    assert blocker.args == [target]


def test_a_name_in_use_is_taken_over_rather_than_failing(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the system reports the name in use (a stale socket), it is removed and listened on again. The
    check compared with QLocalSocket's error enum, which has no AddressInUseError: AttributeError instead."""
    from PySide6.QtNetwork import QAbstractSocket, QLocalServer

    class Busy:  # listening fails once with "address in use", as after a crash on some systems
        tries = 0

        def listen(self, _name: str) -> bool:
            self.tries += 1
            return self.tries > 1

        def serverError(self) -> QAbstractSocket.SocketError:
            return QAbstractSocket.SocketError.AddressInUseError

    removed: list[str] = []
    monkeypatch.setattr(QLocalServer, "removeServer", lambda name: removed.append(name) or True)
    server = InstanceServer(f"inspector-test-{uuid.uuid4().hex[:8]}")
    monkeypatch.setattr(server, "server", Busy())
    assert server.listen() is True
    assert removed == [server.name]
