"""Small shared pieces: a panel that retranslates itself, and labels that never render markup."""

from __future__ import annotations

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


def elide_middle(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit // 2 - 1] + "…" + text[-(limit // 2 - 1) :]
