"""One running window per user: a second launch hands its files to the first and exits.

A file manager starts a new process for every double-clicked message; users expect the open
window to get a new tab instead. The running window listens on a per-user local socket
(QLocalServer); a new process sends it the absolute paths as one JSON line and waits for "ok".
A socket left behind by a crashed instance is detected (nobody answers) and replaced.

The paths of the messages a user opens are private, and a window that never opens is a denial of
service, so the socket is not put where another user can create it first: it lives in a folder
only this user can write ($XDG_RUNTIME_DIR, the per-user temp folder on macOS, else a 0700 folder
of our own), and both ends check the other's user id (SO_PEERCRED, getpeereid) before trusting
it. Without such a folder there is no hand-over: each launch opens its own window.
"""

from __future__ import annotations

import ctypes
import getpass
import hashlib
import json
import logging
import os
import socket as pysocket
import stat
import struct
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

NAME_ENV = "EMAIL_INSPECTOR_INSTANCE_NAME"
DISABLE_ENV = "EMAIL_INSPECTOR_NO_SINGLE_INSTANCE"
CONNECT_TIMEOUT_MS = 500
REPLY_TIMEOUT_MS = 3000
MAX_REQUEST_BYTES = 1 << 20
_log = logging.getLogger(__name__)


def server_name() -> str | None:
    """Per user (and per home folder), so two people on one machine never share a window.

    On Windows a pipe name (the pipe is made for this user only); elsewhere the path of a socket in
    a folder only this user can write, or None when there is no such folder.
    """
    override = os.environ.get(NAME_ENV)
    if override:
        return override
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    digest = hashlib.sha256(f"{user}\0{Path.home()}".encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return f"email-inspector-{digest}"
    folder = private_folder()
    return str(folder / f"email-inspector-{digest}") if folder else None


def private_folder() -> Path | None:
    """A folder only this user can write, for the socket; None when none can be had."""
    candidates = [os.environ.get("XDG_RUNTIME_DIR")]
    if sys.platform == "darwin":
        candidates.append(os.environ.get("TMPDIR"))  # /var/folders/…/T/, made per user by the system
    for candidate in candidates:
        if candidate and _private(Path(candidate)):
            return Path(candidate)
    fallback = Path(tempfile.gettempdir()) / f"email-inspector-{os.geteuid()}"
    try:
        fallback.mkdir(mode=0o700)
    except FileExistsError:
        pass  # ours from an earlier run, or someone else's: _private tells
    except OSError as exc:
        _log.warning("no private folder for the single-instance socket: %s", exc)
        return None
    if _private(fallback):
        return fallback
    _log.warning("%s is not this user's private folder; each launch opens its own window", fallback)
    return None


def _private(folder: Path) -> bool:
    """A real folder (not a link), owned by this user, that nobody else may read or write."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid() and not info.st_mode & 0o077


def peer_uid(fd: int) -> int | None:
    """The user id of the process at the other end of a connected local socket; None if unknown."""
    try:
        if hasattr(pysocket, "SO_PEERCRED"):  # Linux: (pid, uid, gid) of the peer
            with pysocket.fromfd(fd, pysocket.AF_UNIX, pysocket.SOCK_STREAM) as sock:
                creds = sock.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, struct.calcsize("3i"))
            return struct.unpack("3i", creds)[1]
        libc = ctypes.CDLL(None, use_errno=True)  # macOS and the BSDs
        uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
        if libc.getpeereid(fd, ctypes.byref(uid), ctypes.byref(gid)) == 0:
            return uid.value
    except (OSError, AttributeError) as exc:
        _log.warning("cannot tell who is at the other end of the instance socket: %s", exc)
    return None


def same_user(socket: QLocalSocket) -> bool:
    """The other end runs as this user. Windows: the pipe Qt makes admits this user only."""
    if sys.platform == "win32":
        return True
    uid = peer_uid(int(socket.socketDescriptor()))
    if uid != os.geteuid():
        _log.warning("instance socket: the other end is user %s, not this user; nothing exchanged", uid)
        return False
    return True


def enabled() -> bool:
    return os.environ.get(DISABLE_ENV) != "1"


def hand_over(files: list[str], *, name: str | None = None) -> bool:
    """Give the files to a running instance. True when it confirmed; False when none is running
    (or the one listening is not this user's: then nothing is sent, and this launch opens its own)."""
    name = name or server_name()
    if not name:
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    if not same_user(socket):
        socket.abort()
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
        if not self.name:
            return False
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
            if not same_user(socket):  # never read what another user sends, nor answer it
                socket.abort()
                socket.deleteLater()
                continue
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
