"""What every safe-view engine offers the window (see `safe_view` for the interface).

Its own module so that `webengine_view` and `safe_view` both build on it without importing each
other (`safe_view` picks an engine; `webengine_view` is one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..render import link_target


class EngineUnavailable(RuntimeError):
    """WebEngine was asked for explicitly but is not installed or cannot start."""


class SafeView(QWidget):
    """What both engines offer the window. See the module docstring."""

    load_finished = Signal(bool)
    link_activated = Signal(str)
    engine_name = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fallback_reason = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def set_html(self, html: str) -> None:
        raise NotImplementedError

    def scroll_to_element(self, element_id: str) -> None:
        raise NotImplementedError

    def selected_text(self) -> str:
        raise NotImplementedError

    def select_all(self) -> None:
        raise NotImplementedError

    def copy(self) -> None:
        raise NotImplementedError

    def find_text(self, text: str, *, backward: bool = False, again: bool = False, done: Callable) -> None:
        """Select and highlight the next (previous) match of `text`; "" clears. `done(current, total)`
        follows, maybe later (see `find_bar`)."""
        raise NotImplementedError

    def _emit_link(self, url: str) -> None:
        target = link_target(url)
        self.link_activated.emit(url if target is None else target)
