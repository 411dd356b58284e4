"""What a click on a link in the safe view does: show where it really goes; never navigate by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector.report.iocs import defang


class LinkDialog(QMessageBox):
    """Plain text (the URL is the sender's), with Copy, Copy defanged and Open in browser…"""

    def __init__(self, parent: QWidget | None, url: str) -> None:
        super().__init__(parent)
        self.url = url
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Link"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("This link leads to:") + "\n\n" + url)
        self.setInformativeText(
            self.tr(
                "It was not opened. Links in suspect messages often carry a code that tells the sender who clicked."
            )
        )
        self.copy_button = self.addButton(self.tr("Copy link"), QMessageBox.ButtonRole.ActionRole)
        self.copy_defanged = self.addButton(self.tr("Copy defanged"), QMessageBox.ButtonRole.ActionRole)
        self.open_button = self.addButton(self.tr("Open in browser…"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)

    def act(self) -> str:
        """Run the dialog and do what was chosen: "copied", "copied-defanged", "opened" or ""."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.copy_button:
            QGuiApplication.clipboard().setText(self.url)
            return "copied"
        if clicked is self.copy_defanged:
            QGuiApplication.clipboard().setText(defang(self.url))
            return "copied-defanged"
        if clicked is self.open_button and self.confirm_open():
            QDesktopServices.openUrl(QUrl(self.url))
            return "opened"
        return ""

    def confirm_open(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open in your browser?"), "", parent=self.parentWidget())
        box.setTextFormat(Qt.TextFormat.PlainText)  # the URL is the sender's text: never markup
        box.setText(
            self.tr(
                "Your browser will contact this site. The sender can then learn that you clicked, when, "
                "and your IP address. Open it only if you trust the message."
            )
            + "\n\n"
            + self.url
        )
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        return answer == QMessageBox.StandardButton.Open
