"""Shared test setup: offscreen Qt, no network, and the shared corpus when it is there."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # CI and the dev machines run as root
# Windows opened by tests never hand their files to (or wait for) a window the developer has open.
os.environ.setdefault("EMAIL_INSPECTOR_NO_SINGLE_INSTANCE", "1")

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


class NetworkBlocked(OSError):
    """Raised instead of any connection or name lookup that leaves this machine."""


def _allowed(address: object) -> bool:
    if isinstance(address, tuple) and address:
        return str(address[0]) in _LOOPBACK
    return isinstance(address, (str, bytes))  # AF_UNIX paths are local


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _allowed(address):
        raise NetworkBlocked(f"test tried to connect to {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _allowed(address):
        raise NetworkBlocked(f"test tried to connect to {address!r}")
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
    if host is not None and str(host if not isinstance(host, bytes) else host.decode()) not in _LOOPBACK:
        raise NetworkBlocked(f"test tried to resolve {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    """The whole session runs with every non-loopback connection and DNS lookup refused."""
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]
    socket.gethostbyname = lambda host: _guarded_getaddrinfo(host) and host  # type: ignore[assignment]


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus; tests that need it are skipped (not failed) where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".eml", ".msg") and p.is_file())


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
