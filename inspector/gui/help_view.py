"""Help › "How to read a verdict" and "What should I do?": our own pages, offline, in the window's language.

The pages are ours (`resources/help/<language>/*.html`), never a message's text, so they may be rich
text; they still load nothing: the browser follows no link and reads no resource.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from inspector.resources import resource_path

from .i18n import LANGUAGES

PAGES = ("verdict", "advice")


def help_html(page: str, language: str) -> str:
    """The page in `language`, or in English when that language has none."""
    for code in (language, "en"):
        path = resource_path(f"help/{code}/{page}.html")
        if code in LANGUAGES and path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class _Page(QTextBrowser):
    """A help page: links are not followed and nothing is loaded from disk or network."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, rtype: int, url: QUrl | str) -> object:  # our pages need no resource
        return ""


class HelpWindow(QDialog):
    """One window for the help pages, reused: F1 again brings it to the front on the page asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.tabs = QTabWidget(self)
        self.pages = {name: _Page(self) for name in PAGES}
        for name, page in self.pages.items():
            page.setObjectName(f"help_{name}")
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.resize(720, 640)
        self.retranslate()

    def language(self) -> str:
        code = QLocale().name()[:2]
        return code if code in LANGUAGES else "en"

    def show_page(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.pages[name])
        self.show()
        self.raise_()
        self.activateWindow()
        self.pages[name].setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Email Inspector Help"))
        titles = {"verdict": self.tr("How to read a verdict"), "advice": self.tr("What should I do?")}
        for index, name in enumerate(PAGES):
            self.tabs.setTabText(index, titles[name])
            self.pages[name].setHtml(help_html(name, self.language()))
            self.pages[name].setAccessibleName(titles[name])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
