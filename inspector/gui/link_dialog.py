"""What a click on a link in the safe view does: show where it really goes; never navigate by itself.

Only web links (http, https) can be handed to the browser. Any other scheme would be handed by the
operating system to whatever program claims it: `file:` and `smb:` open a share (on Windows that
sends the user's password hash), `search-ms:` and `ms-msdt:` have run code, `mailto:` can fill in
a message (some mail programs even attach files). Those are offered for copying only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector.report.iocs import defang

WEB_SCHEMES = frozenset({"http", "https"})


def web_url(url: str) -> QUrl | None:
    """The URL to hand to the browser, or None when it is not an http(s) link with a host."""
    parsed = QUrl(url)
    if parsed.isValid() and parsed.scheme().lower() in WEB_SCHEMES and parsed.host():
        return parsed
    return None


class LinkDialog(QMessageBox):
    """Plain text (the URL is the sender's), with Copy, Copy defanged and, for web links, Open in browser…"""

    def __init__(self, parent: QWidget | None, url: str) -> None:
        super().__init__(parent)
        self.url = url
        self.web = web_url(url)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Link"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("This link leads to:") + "\n\n" + url)
        why = self.tr(
            "It was not opened. Links in suspect messages often carry a code that tells the sender who clicked."
        )
        if self.web is None:
            why += "\n\n" + self.not_web_reason()
        self.setInformativeText(why)
        self.copy_button = self.addButton(self.tr("Copy link"), QMessageBox.ButtonRole.ActionRole)
        self.copy_defanged = self.addButton(self.tr("Copy defanged"), QMessageBox.ButtonRole.ActionRole)
        self.open_button = None
        if self.web is not None:
            self.open_button = self.addButton(self.tr("Open in browser…"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Close)

    def not_web_reason(self) -> str:
        """Why there is no Open button: one plain sentence for the link's kind."""
        scheme = QUrl(self.url).scheme().lower()
        if scheme == "mailto":
            return self.tr(
                "This is an email address, not a web page. It cannot be opened from here: a mail program "
                "would start a message the sender prepared (some even attach files). Copy the address if you "
                "need it."
            )
        return self.tr(
            "Only web links (http and https) can be opened from here. Your computer would hand this one to "
            "another program, which could open a file share, send your Windows password hash or run a tool. "
            "Copy it if you need it."
        )

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
        if self.web is not None and clicked is self.open_button and self.confirm_open():
            QDesktopServices.openUrl(self.web)
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
