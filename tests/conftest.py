"""Shared test setup: offscreen Qt, no network, and the shared corpus when it is there."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # CI and the dev machines run as root
# Windows opened by tests never hand their files to (or wait for) a window the developer has open.
os.environ.setdefault("EMAIL_INSPECTOR_NO_SINGLE_INSTANCE", "1")

pytest_plugins = ("pytester",)  # test_network_guard runs the guard on a test of its own

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


class NetworkBlocked(OSError):
    """Raised instead of any connection, datagram or name lookup that leaves this machine."""


def _loopback(host: object) -> bool:
    """127.0.0.0/8, ::1 (also IPv4-mapped) and the name `localhost`; nothing else."""
    text = host.decode(errors="replace") if isinstance(host, bytes) else str(host)
    if text.lower() == "localhost":
        return True
    try:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return ip.is_loopback or (mapped is not None and mapped.is_loopback)


def _allowed(address: object) -> bool:
    if isinstance(address, tuple) and address:
        return _loopback(address[0])
    return isinstance(address, (str, bytes))  # AF_UNIX paths (and abstract names) are local


REFUSED: list[str] = []  # every refusal of the session, also those the code under test swallowed


def _refuse(what: str, target: object) -> NoReturn:
    REFUSED.append(f"{what} {target!r}")
    raise NetworkBlocked(f"test tried to {what} {target!r}")


_real = {name: getattr(socket.socket, name) for name in ("connect", "connect_ex", "sendto", "sendmsg")}
_real_lookup = {
    name: getattr(socket, name)
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo")
}


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _allowed(address):
        _refuse("connect to", address)
    return _real["connect"](self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _allowed(address):
        _refuse("connect to", address)
    return _real["connect_ex"](self, address)


def _guarded_sendto(self: socket.socket, data: bytes, *flags_and_address: object) -> int:
    """`sendto(data, address)` or `sendto(data, flags, address)`: a UDP DNS query goes this way."""
    if not flags_and_address or not _allowed(flags_and_address[-1]):
        _refuse("send a datagram to", flags_and_address[-1:] or None)
    return _real["sendto"](self, data, *flags_and_address)


def _guarded_sendmsg(self: socket.socket, buffers: object, *rest: object, **kwargs: object) -> int:
    """`sendmsg(buffers, ancdata, flags, address)`; without an address the socket is connected (guarded)."""
    address = rest[2] if len(rest) > 2 else kwargs.get("address")
    if address is not None and not _allowed(address):
        _refuse("send a message to", address)
    return _real["sendmsg"](self, buffers, *rest, **kwargs)


def _guarded_lookup(name: str) -> Callable[..., object]:
    real = _real_lookup[name]

    def lookup(host: object, *args: object, **kwargs: object) -> object:
        target = host[0] if name == "getnameinfo" and isinstance(host, tuple) else host
        if target is not None and not _loopback(target):  # None: a passive (bind) address, no lookup
            _refuse(f"look up ({name})", target)
        return real(host, *args, **kwargs)

    return lookup


def pytest_configure(config: pytest.Config) -> None:
    """The whole session runs with every non-loopback connection, datagram and DNS lookup refused.

    `socket.socket` is the class every Python socket is made from (dnspython, http.client,
    asyncio), so its methods are the one place to guard; send()/sendall() need a connected
    socket, and connecting is guarded.
    """
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = _guarded_sendto  # type: ignore[method-assign, assignment]
    socket.socket.sendmsg = _guarded_sendmsg  # type: ignore[method-assign, assignment]
    for name in _real_lookup:
        setattr(socket, name, _guarded_lookup(name))


@pytest.fixture(autouse=True)
def _no_network_attempt(request: pytest.FixtureRequest) -> Iterator[None]:
    """A refused call fails the test even when the code swallowed the error (dnspython and the DKIM
    check both turn a failed query into "no key"): a refusal means the code tried to leave the machine."""
    before = len(REFUSED)
    yield
    tried = REFUSED[before:]
    if tried and request.node.get_closest_marker("network_refused") is None:
        pytest.fail(f"the code tried to reach the network (refused by the test guard): {tried}")


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus; tests that need it are skipped (not failed) where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file())


def corpus_html_bodies(corpus: Path) -> list[tuple[str, str]]:
    """("file#n", HTML) for every HTML body of every corpus message, nested messages included."""
    from inspector.parsing import LoadError, load

    out = []
    for path in corpus_files(corpus):
        try:
            message = load(path)
        except LoadError:
            continue
        for inner in message.walk_messages():
            out += [(f"{path.name}#{n}", body.text) for n, body in enumerate(inner.html_bodies)]
    return out


@pytest.fixture(scope="session")
def qapp_cls():
    from inspector.gui.app import InspectorApplication

    return InspectorApplication


@pytest.fixture
def gui_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Window tests: settings in a temp dir, jobs inline, the light engine (WebEngine has its own tests)."""
    from PySide6.QtCore import QSettings

    from inspector.gui import worker

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)
    monkeypatch.setenv("EMAIL_INSPECTOR_ENGINE", "textbrowser")


@pytest.fixture
def window(qtbot, qapp, gui_isolated):
    """The real main window in English, shown offscreen; the language is reset afterwards."""
    from inspector.gui.i18n import Translations
    from inspector.gui.main_window import MainWindow

    translations = Translations(qapp)
    translations.apply("en")
    win = MainWindow(translations)
    qtbot.addWidget(win)
    win.show()
    yield win
    translations.apply("en")
