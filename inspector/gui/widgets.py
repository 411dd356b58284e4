"""Small shared pieces: a panel that retranslates itself, and labels and tooltips that never render markup."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QToolTip, QWidget


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
    looks like HTML (Qt::mightBeRichText), so a header holding `<img src=/path>` would be read from
    disk on hover (on Windows a `\\\\host\\share` path there is an SMB connection with the user's hash).
    Every tooltip that can carry message text goes through here."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def show_plain_tooltip(widget: QWidget, global_pos: QPoint, text: str) -> None:
    """Show `text` as a tooltip, as written; hide any tooltip when there is none."""
    if text:
        QToolTip.showText(global_pos, plain_tooltip(text), widget)
    else:
        QToolTip.hideText()


class PlainToolTips(QObject):
    """Keeps a widget's tooltip plain text, whoever sets it.

    QWebEngineView copies a page's `title=` (and an SVG `<title>`) into its own tooltip as written,
    where Qt would render it as rich text. Whenever the tooltip changes, it is put back as the
    plain-text form of what was set.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._safe = ""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTipChange and isinstance(watched, QWidget):
            raw = watched.toolTip()
            if raw and raw != self._safe:
                self._safe = plain_tooltip(raw)
                watched.setToolTip(self._safe)  # sends ToolTipChange again: then raw == self._safe
        return False


def elide_middle(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit // 2 - 1] + "…" + text[-(limit // 2 - 1) :]


def file_labels(paths: list[str]) -> list[str]:
    """What a list of recent files shows: each file's name, followed by its folder's name when two
    entries have the same name (`report.eml — Downloads`), so that they can be told apart."""
    names = [Path(p).name for p in paths]
    return [
        f"{name} — {Path(p).parent.name}" if names.count(name) > 1 else name
        for name, p in zip(names, paths, strict=True)
    ]


def menu_text(text: str) -> str:
    """`text` as a menu or button shows it: `&` would underline the next letter (a mnemonic) and vanish."""
    return text.replace("&", "&&")
