"""The app's QSettings: splitter positions, window geometry, recent files, language."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter

ORGANIZATION = "EmailInspector"
APPLICATION = "Email Inspector"
MAX_RECENT = 10


def settings() -> QSettings:
    """INI files everywhere (tests point them at a temp dir with QSettings.setPath)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def remember_splitter(splitter: QSplitter) -> None:
    """Restore the splitter's last position and save every change (keyed by its objectName)."""
    key = f"splitters/{splitter.objectName()}"
    state = settings().value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: settings().setValue(key, splitter.saveState()))


def recent_files() -> list[str]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or []]


def add_recent(path: str) -> list[str]:
    files = [path] + [p for p in recent_files() if p != path]
    settings().setValue("recent", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def clear_recent() -> None:
    settings().setValue("recent", [])
