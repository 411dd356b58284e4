"""The message body: the safe view (rendered HTML or the plain-text part) or the HTML source.

The safe view itself is the safe-rendering work (inspector.render + gui.safe_view). Until that is
installed, a placeholder shows the text only, escaped, and never loads anything.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFontDatabase, QImage, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .find_bar import FindBar
from .widgets import Panel, show_plain_tooltip

try:
    from .safe_view import create_safe_view
except ImportError:  # the safe-rendering widget is not there yet: text only
    create_safe_view = None

MODES = ("rendered", "plain", "source")


class PlaceholderView(QTextBrowser):
    """Text only, escaped; `loadResource` returns nothing so no file or URL is ever read."""

    load_finished = Signal(bool)
    link_activated = Signal(str)
    engine_name = "text only"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))
        self.last_element: str | None = None

    def loadResource(self, rtype: int, _name: QUrl) -> Any:
        # An empty value, not None: on None, QTextDocument reads file: URLs from disk itself.
        return QImage() if rtype == QTextDocument.ResourceType.ImageResource.value else ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # a title is the sender's text: never rich text
            tip = self.cursorForPosition(event.pos()).charFormat().toolTip()
            show_plain_tooltip(self.viewport(), event.globalPos(), tip)
            return True
        return super().viewportEvent(event)

    def set_html(self, markup: str) -> None:
        self.setHtml(markup)
        QTimer.singleShot(0, lambda: self.load_finished.emit(True))

    def scroll_to_element(self, element_id: str) -> None:
        self.last_element = element_id
        self.scrollToAnchor(element_id)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, _attrs: object) -> None:
        self._skip += tag in ("script", "style", "head", "title")
        if tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style", "head", "title") and self._skip > 0

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - the stdlib parser is lenient; this is belt and braces
        return markup
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return "\n".join(line for line in lines if line)


def escaped_page(text: str) -> str:
    return f"<pre style='white-space: pre-wrap'>{html.escape(text)}</pre>"


class BodyView(Panel):
    ready = Signal()  # the current content finished loading in the view
    link_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: Any = None
        self.message: Any = None
        self.mode = "rendered"
        self._pending_element: str | None = None
        self._loading = False
        self.pending = False  # the report is shown, the safe document is still being made
        self.view = create_safe_view(self) if create_safe_view is not None else PlaceholderView(self)
        self.view.setAcceptDrops(False)
        self.view.load_finished.connect(self._loaded)
        self.view.link_activated.connect(self.link_activated)
        self.source = QPlainTextEdit(self)
        self.source.setReadOnly(True)
        self.source.setAcceptDrops(False)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.source)
        # A plain list, not a QButtonGroup: Qt takes only the checked button of a group into the Tab order
        # (QAbstractButtonPrivate::fixFocusPolicy), and each view switch must be reachable with Tab.
        self.mode_buttons: list[QToolButton] = []
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(0)
        for mode in MODES:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.setObjectName(f"mode_{mode}")
            button.setStyleSheet("QToolButton:focus { border: 2px solid palette(highlight); padding: 2px 6px; }")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # in the Tab order, not only Ctrl+1/2/3
            self.mode_buttons.append(button)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            bar.addWidget(button)
        bar.addStretch(1)
        self.note = QLabel(self)
        bar.addWidget(self.note)
        self.find_bar = FindBar(self.find_target, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def find_target(self) -> QWidget:
        """What Find searches: the HTML source when it is shown, else the safe view (rendered or plain)."""
        return self.source if self.stack.currentWidget() is self.source else self.view

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def engine_name(self) -> str:
        return str(getattr(self.view, "engine_name", "text only"))

    def retranslate(self) -> None:
        labels = {
            "rendered": (self.tr("Rendered"), self.tr("The message as it looks, with remote content blocked (Ctrl+1)")),
            "plain": (self.tr("Plain text"), self.tr("The plain-text part of the message (Ctrl+2)")),
            "source": (self.tr("HTML source"), self.tr("The HTML as the sender wrote it, not rendered (Ctrl+3)")),
        }
        for button, mode in zip(self.mode_buttons, MODES, strict=True):
            button.setText(labels[mode][0])
            button.setToolTip(labels[mode][1])
            button.setAccessibleName(labels[mode][0])
        self.view.setAccessibleName(self.tr("Message body (safe view)"))
        self._name_inner_widgets()
        self.source.setAccessibleName(self.tr("HTML source"))
        if create_safe_view is None:
            self.note.setText(self.tr("Text only: the safe HTML view is not installed"))

    def show_pending(self, message: Any) -> None:
        """The verdict is on screen; the body is shown by `show_body` when its safe document is made."""
        self.document = None
        self.message = message
        self.pending = True

    def show_body(self, document: Any, message: Any) -> None:
        self.document = document
        self.message = message
        self.pending = False
        has_html = bool(document.html) if document is not None else bool(getattr(message, "html_bodies", None))
        self.set_mode("rendered" if has_html else "plain")

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        for button, name in zip(self.mode_buttons, MODES, strict=True):
            button.setChecked(name == mode)
        if self.pending:
            return  # `show_body` shows it
        if mode == "source":
            self.source.setPlainText(self._source())
            self.stack.setCurrentWidget(self.source)
            self.find_bar.refresh()
            return
        self.stack.setCurrentWidget(self.view)
        self._loading = True
        self.view.set_html(self._page(mode))

    def _page(self, mode: str) -> str:
        doc = self.document
        if doc is not None:
            return (doc.html if mode == "rendered" else doc.text_html) or doc.text_html or doc.html or ""
        message = self.message
        texts = [b.text for b in getattr(message, "text_bodies", [])]
        if mode == "rendered" or not texts:
            texts = texts if mode == "plain" else [html_to_text(b.text) for b in getattr(message, "html_bodies", [])]
            texts = texts or [b.text for b in getattr(message, "text_bodies", [])]
        return escaped_page("\n\n".join(texts) or self.tr("(this message has no text)"))

    def _source(self) -> str:
        if self.document is not None and self.document.source:
            return self.document.source
        bodies = getattr(self.message, "html_bodies", [])
        return "\n\n".join(b.text for b in bodies) or self.tr("(this message has no HTML part)")

    def scroll_to_element(self, element_id: str) -> None:
        if self.pending:
            self._pending_element = element_id
        elif self.mode != "rendered":
            self._pending_element = element_id
            self.set_mode("rendered")
        elif self._loading:
            self._pending_element = element_id
        else:
            self.view.scroll_to_element(element_id)

    def _name_inner_widgets(self) -> None:
        """The engine's own focusable widgets (the text browser, WebEngine's render widget) carry the view's
        name, so Tab never lands on an unnamed stop; WebEngine makes its widget on the first load."""
        for inner in self.view.findChildren(QWidget):
            if inner.focusPolicy() != Qt.FocusPolicy.NoFocus and not inner.accessibleName():
                inner.setAccessibleName(self.view.accessibleName())

    def _loaded(self, _ok: bool) -> None:
        self._loading = False
        self._name_inner_widgets()
        if self._pending_element:
            element, self._pending_element = self._pending_element, None
            self.view.scroll_to_element(element)
        self.find_bar.refresh()
        self.ready.emit()
