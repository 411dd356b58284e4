"""One running window per user: a second launch hands its files to the first and exits.

A file manager starts a new process for every double-clicked message; users expect the open
window to get a new tab instead. The running window listens on a per-user local socket
(QLocalServer); a new process sends it the absolute paths as one JSON line and waits for "ok".
A socket left behind by a crashed instance is detected (nobody answers) and replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

NAME_ENV = "EMAIL_INSPECTOR_INSTANCE_NAME"
DISABLE_ENV = "EMAIL_INSPECTOR_NO_SINGLE_INSTANCE"
CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 3000
MAX_REQUEST_BYTES = 1 << 20


def server_name() -> str:
    """Per user (and per home folder), so two people on one machine never share a window."""
    override = os.environ.get(NAME_ENV)
    if override:
        return override
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{Path.home()}".encode()).hexdigest()[:16]
    return f"email-inspector-{digest}"


def enabled() -> bool:
    return os.environ.get(DISABLE_ENV) != "1"


def hand_over(files: list[str], *, name: str | None = None) -> bool:
    """Give the files to a running instance. True when it confirmed; False when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    payload = json.dumps({"files": [str(Path(f).absolute()) for f in files]}).encode() + b"\n"
    socket.write(payload)
    socket.waitForBytesWritten(REPLY_TIMEOUT_MS)
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for later launches; emits `files_received(list)` for each one (possibly empty)."""

    files_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a stale socket from a crashed instance is removed first."""
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            return self.server.listen(self.name)
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_REQUEST_BYTES:
            socket.abort()
            self._forget(socket)
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        try:
            files = [str(f) for f in json.loads(data.decode("utf-8")).get("files", [])]
        except (ValueError, AttributeError):
            socket.write(b"error\n")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.files_received.emit(files)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
