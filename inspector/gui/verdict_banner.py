"""The coloured strip on top of a message: level, icon and one plain sentence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from .i18n import core_text
from .icons import icon, level_colour
from .widgets import Panel, plain_label


class VerdictBanner(Panel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self._report: Any = None
        self.icon = QLabel(self)
        self.icon.setFixedSize(QSize(40, 40))
        self.headline = plain_label(parent=self, select=False)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)
        self.reason = plain_label(parent=self)
        self.subject = plain_label(parent=self, wrap=False)
        self.subject.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        text = QVBoxLayout()
        text.setSpacing(2)
        for widget in (self.headline, self.reason, self.subject):
            text.addWidget(widget)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

    def show_report(self, report: Any) -> None:
        self._report = report
        self.retranslate()

    def level(self) -> str:
        return str(self._report.verdict.level) if self._report is not None else ""

    def headline_for(self, level: str) -> str:
        return {
            "clean": self.tr("Nothing suspicious found"),
            "caution": self.tr("Be careful with this message"),
            "suspicious": self.tr("This message looks suspicious"),
            "dangerous": self.tr("This message is dangerous"),
        }.get(level, level)

    def retranslate(self) -> None:
        if self._report is None:
            return
        level = self.level()
        self.icon.setPixmap(icon(level).pixmap(QSize(40, 40), self.devicePixelRatioF()))
        self.headline.setText(self.headline_for(level))
        self.reason.setText(core_text(self._report.verdict.reason))
        message = self._report.message
        self.subject.setText(self.tr("Subject: {subject}").format(subject=message.subject or self.tr("(none)")))
        self.setAccessibleName(self.tr("Verdict: {headline}").format(headline=self.headline.text()))
        self.setAccessibleDescription(self.reason.text())
        self._paint(level_colour(level))

    def _paint(self, colour: QColor) -> None:
        # A tint of the level colour over the system window colour: readable in light and dark themes.
        base = self.palette().color(QPalette.ColorRole.Window)
        tint = QColor(
            round(base.red() * 0.8 + colour.red() * 0.2),
            round(base.green() * 0.8 + colour.green() * 0.2),
            round(base.blue() * 0.8 + colour.blue() * 0.2),
        )
        self.setStyleSheet(
            f"#verdictBanner {{ background: {tint.name()}; border-left: 6px solid {colour.name()};"
            " border-radius: 4px; }"
        )
