"""The coloured strip on top of a message: the one answer, the two questions, what to do now.

The headline, icon and colour show the verdict's banner state (clean, tracked, targeted, caution,
suspicious, dangerous), decided once by the core; the line below, with its own icon, answers "are
you being tracked?"; then two or three sentences say what to do. A tracked newsletter is calm (blue),
not alarming; a pixel that names you from the sender's own server is never green.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout

from .i18n import core_text
from .icons import icon, level_colour
from .widgets import Panel, plain_label

_TRACKING_ICON = {"none": "clean", "tracked": "info", "identified": "caution"}


class VerdictBanner(Panel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab lands on the verdict; a screen reader reads it
        self._report: Any = None
        self.icon = QLabel(self)
        self.icon.setFixedSize(QSize(40, 40))
        self.headline = plain_label(parent=self, select=False)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.headline.setFont(font)
        self.reason = plain_label(parent=self)
        self.tracking_icon = QLabel(self)
        self.tracking_icon.setFixedSize(QSize(20, 20))
        self.tracking_headline = plain_label(parent=self, select=False)
        bold = self.tracking_headline.font()
        bold.setBold(True)
        self.tracking_headline.setFont(bold)
        self.tracking_reason = plain_label(parent=self)
        self.advice = plain_label(parent=self)
        self.subject = plain_label(parent=self, wrap=False)
        self.subject.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        tracking_text = QVBoxLayout()
        tracking_text.setSpacing(0)
        tracking_text.addWidget(self.tracking_headline)
        tracking_text.addWidget(self.tracking_reason)
        tracking = QHBoxLayout()
        tracking.setContentsMargins(0, 6, 0, 2)
        tracking.addWidget(self.tracking_icon, 0, Qt.AlignmentFlag.AlignTop)
        tracking.addLayout(tracking_text, 1)
        text = QVBoxLayout()
        text.setSpacing(2)
        for widget in (self.headline, self.reason):
            text.addWidget(widget)
        text.addLayout(tracking)
        text.addWidget(self.advice)
        text.addWidget(self.subject)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 10, 14, 10)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

    def show_report(self, report: Any) -> None:
        self._report = report
        self.retranslate()

    def level(self) -> str:
        """The banner state: the overall level, or `targeted` for a pixel that names you from its own server."""
        if self._report is None:
            return ""
        verdict = self._report.verdict
        return verdict.banner or str(verdict.level)

    def headline_for(self, level: str) -> str:
        return {
            "clean": self.tr("Nothing suspicious found"),
            "tracked": self.tr("Nothing suspicious found, but opening it is recorded"),
            "targeted": self.tr("This message would tell its sender that you read it"),
            "caution": self.tr("Be careful with this message"),
            "suspicious": self.tr("This message looks suspicious"),
            "dangerous": self.tr("This message is dangerous"),
        }.get(level, level)

    def tracking_level(self) -> str:
        return str(self._report.verdict.tracking) if self._report is not None else ""

    def tracking_headline_for(self, level: str) -> str:
        return {
            "none": self.tr("Not tracked: opening it tells the sender nothing"),
            "tracked": self.tr("Tracked: opening it would tell the sender that you read it"),
            "identified": self.tr(
                "Tracked personally: opening it would tell the sender that you read it, and who you are"
            ),
        }.get(level, level)

    def reason_text(self) -> str:
        """The sentence under the headline: the threat answer, or the combined one when tracking raised it."""
        verdict = self._report.verdict
        # Tracked and targeted say their sentence on the tracking line below: not twice.
        raised = verdict.level != verdict.threat and verdict.banner not in ("tracked", "targeted")
        return core_text(verdict.reason if raised or not verdict.threat_reason else verdict.threat_reason)

    def retranslate(self) -> None:
        if self._report is None:
            return
        level = self.level()
        ratio = self.devicePixelRatioF()
        self.icon.setPixmap(icon(level).pixmap(QSize(40, 40), ratio))
        self.headline.setText(self.headline_for(level))
        self.reason.setText(self.reason_text())
        tracking = self.tracking_level()
        # A newsletter's known mailing service is the calm case: the banner's blue, not an amber mark.
        mark = "info" if level == "tracked" else _TRACKING_ICON.get(tracking, "info")
        self.tracking_icon.setPixmap(icon(mark).pixmap(QSize(20, 20), ratio))
        self.tracking_headline.setText(self.tracking_headline_for(tracking))
        self.tracking_reason.setText(core_text(self._report.verdict.tracking_reason))
        advice = [core_text(sentence) for sentence in self._report.verdict.advice]
        lines = "\n".join("• " + sentence for sentence in advice)
        self.advice.setText(self.tr("What to do now:") + "\n" + lines if advice else "")
        self.advice.setVisible(bool(advice))
        message = self._report.message
        self.subject.setText(self.tr("Subject: {subject}").format(subject=message.subject or self.tr("(none)")))
        self.setAccessibleName(self.tr("Verdict: {headline}").format(headline=self.headline.text()))
        self.setAccessibleDescription(
            " ".join((self.reason.text(), self.tracking_headline.text(), self.advice.text())).strip()
        )
        self._paint(level_colour(level))

    def _paint(self, colour: QColor) -> None:
        # A tint of the level colour over the system window colour: readable in light and dark themes.
        # The application's palette, not ours: our style sheet changes ours, and each language switch
        # would tint the tint again (the banner went darker on every switch).
        base = QApplication.palette().color(QPalette.ColorRole.Window)
        tint = QColor(
            round(base.red() * 0.8 + colour.red() * 0.2),
            round(base.green() * 0.8 + colour.green() * 0.2),
            round(base.blue() * 0.8 + colour.blue() * 0.2),
        )
        self.setStyleSheet(
            f"#verdictBanner {{ background: {tint.name()}; border-left: 6px solid {colour.name()};"
            " border-radius: 4px; }"
            f" #verdictBanner:focus {{ border: 2px solid palette(highlight); border-left: 6px solid {colour.name()}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        # A theme switch (Settings) changes the application's palette: the tint follows it.
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._report is not None:
            self._paint(level_colour(self.level()))
        super().changeEvent(event)
