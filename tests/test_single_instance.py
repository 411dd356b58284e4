"""One instance per user: hand-over between two real processes, and recovery from a stale socket."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
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


def test_name_is_per_user_and_stable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(NAME_ENV, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # a fallback folder, if needed, goes here
    mine = server_name()
    assert mine == server_name() and Path(mine).name.startswith("email-inspector-")
    monkeypatch.setenv("HOME", "/tmp/someone-else")
    assert server_name() != mine


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX folders and owners")
def test_socket_lives_in_a_folder_only_this_user_can_write(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Not in the shared /tmp, where another user could create it first (issue 21 item 5)."""
    monkeypatch.delenv(NAME_ENV, raising=False)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name()).parent == runtime
    runtime.chmod(0o777)  # not private: not used; a folder of our own under the temp folder is
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    fallback = Path(server_name()).parent
    assert fallback.parent == tmp_path and fallback.stat().st_uid == os.geteuid()
    assert stat.S_IMODE(fallback.stat().st_mode) == 0o700
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    fallback.chmod(0o755)  # made by someone else, or opened up: no hand-over at all rather than a shared one
    assert server_name() is None
    assert hand_over(["x.eml"]) is False and InstanceServer().listen() is False


NOBODY = 65534


def as_nobody(body: Callable[[], bytes]) -> tuple[int, int]:
    """Fork a child that becomes user `nobody` and runs `body`; returns (pid, fd of what it reports)."""
    report_r, report_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: no Qt, no pytest, only sockets, then _exit
        code = 1
        try:
            os.close(report_r)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(report_w, body())
            code = 0
        finally:
            os._exit(code)
    os.close(report_w)
    return pid, report_r


def read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder any user may create sockets in, as /tmp is (tmp_path is root's own)."""
    folder = Path(tempfile.mkdtemp(prefix="ei-shared-", dir="/tmp"))
    folder.chmod(0o1777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


needs_root = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() != 0, reason="needs root to run a process as another user"
)


@needs_root
def test_client_hands_nothing_to_a_socket_another_user_listens_on(qapp, shared_folder: Path) -> None:
    """User `nobody` listens first where we would connect: it must get no path and we open our own window."""
    path = shared_folder / "instance"
    ready_r, ready_w = os.pipe()

    def squat() -> bytes:
        with socket.socket(socket.AF_UNIX) as server:
            server.bind(str(path))
            server.listen(1)
            server.settimeout(30)
            os.write(ready_w, b"r")
            conn, _ = server.accept()
            got = b""
            with conn, contextlib.suppress(OSError):  # the client may have gone already
                conn.sendall(b"ok\n")  # a squatter says "ok" to everything
                conn.settimeout(5)
                while chunk := conn.recv(65536):
                    got += chunk
            return got or b"<nothing>"

    pid, report = as_nobody(squat)
    os.close(ready_w)
    try:
        assert os.read(ready_r, 1) == b"r" and path.stat().st_uid == NOBODY
        assert hand_over([str(FIXTURES / "parsing" / "mime_tree_nested.eml")], name=str(path)) is False
        assert read_all(report) == b"<nothing>"  # it was connected to, and was sent nothing
    finally:
        os.close(ready_r)
        os.waitpid(pid, 0)


@needs_root
def test_server_takes_nothing_from_another_user(qapp, qtbot, shared_folder: Path) -> None:
    """Even where the socket file lets another user in (root, a shared name), the server checks who it is."""
    path = shared_folder / "instance"
    server = InstanceServer(str(path))
    received: list[list[str]] = []
    server.files_received.connect(received.append)
    try:
        assert server.listen()
        path.chmod(0o777)  # the file mode is the first guard; this test is about the second

        def send() -> bytes:
            with socket.socket(socket.AF_UNIX) as client:
                client.settimeout(10)
                client.connect(str(path))
                reply = b""
                # The server may hang up before the paths are written (it checked who we are): a
                # broken pipe here is the server refusing, which is what this test wants.
                with contextlib.suppress(OSError):
                    client.sendall(json.dumps({"files": ["/etc/passwd"]}).encode() + b"\n")
                    while chunk := client.recv(64):
                        reply += chunk
                return reply or b"<nothing>"

        pid, report = as_nobody(send)
        try:
            qtbot.waitUntil(lambda: os.waitpid(pid, os.WNOHANG)[0] == pid, timeout=20000)
        except BaseException:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise
        assert read_all(report) == b"<nothing>" and received == []
    finally:
        server.close()


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
    crashed.communicate(timeout=10)  # waits, and closes its pipes
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
