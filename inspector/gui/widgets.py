"""Small shared pieces: a panel that retranslates itself, and labels that never render markup."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget


class Panel(QFrame):
    """A widget whose visible texts are set in `retranslate()`, called again on a language switch."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every translatable text; subclasses override."""


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True, select: bool = True) -> QLabel:
    """A QLabel for attacker-controlled text: PlainText always (AutoText would render HTML)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if select:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows `text` as written. Qt renders a tooltip as rich text whenever it
    looks like HTML, so a header holding `<img src=file:...>` would be loaded on hover."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def elide_middle(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit // 2 - 1] + "…" + text[-(limit // 2 - 1) :]
