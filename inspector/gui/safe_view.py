"""The safe view: shows a sanitised document in a locked-down engine. Embed it; never navigate it.

Interface (the window embeds exactly this):

    create_safe_view(parent=None, *, engine="auto") -> SafeView

`SafeView` is a QWidget with
  - `set_html(html: str) -> None`: show a document from `inspector.render.safe_document` (its
    `html` or `text_html`). Loads nothing else, whatever the document says.
  - `scroll_to_element(element_id: str) -> None`: scroll to the element whose `data-ei-refs`
    holds the id (a finding's `element_id`) and outline it.
  - `engine_name: str`: "webengine" or "textbrowser" (say it in the status bar);
    `fallback_reason: str`: why WebEngine is not in use ("" when it is).
  - signals `load_finished(bool)` (once per `set_html`) and `link_activated(str)`: a click on a link
    never navigates; it emits the link's real target as written in the message.
  - `selected_text() -> str`, `select_all()`, `copy()`: selection and copy work in both engines.

Engine choice: `engine="auto"` uses Qt WebEngine when it is installed and starts, else QTextBrowser;
`engine="textbrowser"` or `EMAIL_INSPECTOR_ENGINE=textbrowser` forces the light engine;
`engine="webengine"` raises `EngineUnavailable` instead of falling back. As root, WebEngine
needs `QTWEBENGINE_DISABLE_SANDBOX=1`; `webengine_view` sets it only when running as root.
"""

from __future__ import annotations

import base64
import html as html_text
import os
from urllib.parse import unquote_to_bytes

from bs4 import BeautifulSoup
from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from ..render.inline import image_type
from ..render.placeholders import is_placeholder_svg
from ..render.simplify import MAX_TABLE_DEPTH, for_text_browser
from .safe_view_base import EngineUnavailable, SafeView
from .widgets import show_plain_tooltip

__all__ = ["EngineUnavailable", "SafeView", "TextBrowserView", "create_safe_view"]
ENGINE_ENV = "EMAIL_INSPECTOR_ENGINE"
ENGINES = ("webengine", "textbrowser")
OUTLINE_COLOUR = "#1a73e8"


def create_safe_view(parent: QWidget | None = None, *, engine: str = "auto") -> SafeView:
    wanted = engine if engine != "auto" else os.environ.get(ENGINE_ENV, "auto").strip().lower() or "auto"
    if wanted not in (*ENGINES, "auto"):
        raise ValueError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)} or 'auto'")
    if wanted == "textbrowser":
        return TextBrowserView(parent)
    try:
        from .webengine_view import WebEngineView  # noqa: PLC0415 - optional, heavy, and may be absent

        return WebEngineView(parent)
    except Exception as exc:
        if wanted == "webengine":
            raise EngineUnavailable(f"Qt WebEngine is not available: {exc}") from exc
        view = TextBrowserView(parent)
        view.fallback_reason = f"{type(exc).__name__}: {exc}"
        return view


class _LockedBrowser(QTextBrowser):
    """A QTextBrowser that loads `data:` images and nothing else: no file, no network, no cid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: dict[str, QImage] = {}
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def loadResource(self, rtype: int, url: QUrl) -> object:
        return locked_resource(rtype, url, self._images)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            # Qt would show an element's `title` (a link's real target, the sender's own titles) as
            # rich text, reading any `<img src=/path>` in it from disk: shown as written instead.
            tip = self.cursorForPosition(event.pos()).charFormat().toolTip()
            show_plain_tooltip(self.viewport(), event.globalPos(), tip)
            return True
        return super().viewportEvent(event)


class LockedDocument(QTextDocument):
    """A QTextDocument (for printing, say) that reads no file and no URL: `data:` images only."""

    def __init__(self) -> None:
        super().__init__()
        self._images: dict[str, QImage] = {}

    def loadResource(self, rtype: int, url: QUrl) -> object:
        return locked_resource(rtype, url, self._images)


def locked_resource(rtype: int, url: QUrl, cache: dict[str, QImage]) -> object:
    """What a locked Qt document gets for a resource: a decoded `data:` image, else an empty value.

    An empty value, not None: on None, QTextDocument reads `file:` URLs from disk itself.
    """
    image = rtype == QTextDocument.ResourceType.ImageResource.value
    if not image or url.scheme() != "data":
        return QImage() if image else ""
    key = url.toString()
    if key not in cache:
        try:
            cache[key] = _decode_data_image(key)
        except Exception:  # noqa: BLE001 - an exception escaping a Qt override kills the process
            cache[key] = QImage()
    return cache[key]


def _decode_data_image(url: str) -> QImage:
    header, _, payload = url.partition(",")
    raw = payload.encode("ascii", "ignore")
    try:
        data = base64.b64decode(unquote_to_bytes(raw)) if header.endswith(";base64") else unquote_to_bytes(raw)
    except ValueError:
        return QImage()
    # Judged by the bytes with an explicit format: left to sniff, Qt's reader opens an SVG labelled
    # image/png and reads the files its <image href> names. SVG only for our own placeholders.
    image = QImage()
    if is_placeholder_svg(data):
        image.loadFromData(data, "SVG")
    elif (kind := image_type(data[:32])) is not None:
        image.loadFromData(data, kind.removeprefix("image/").upper())
    return image


class TextBrowserView(SafeView):
    """The light engine: Qt's rich-text browser, about 50 ms to render, limited CSS."""

    engine_name = "textbrowser"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = _LockedBrowser(self)
        self.browser.anchorClicked.connect(self._anchor_clicked)
        self.browser.setAcceptDrops(False)  # a dropped file belongs to the window, not the view
        self.layout().addWidget(self.browser)

    def set_html(self, html: str) -> None:
        self.browser._images.clear()
        self.browser.setHtml(prepare_for_text_browser(html))
        # Asynchronous, like WebEngine; `self` as context drops the call when the view is gone meanwhile.
        QTimer.singleShot(0, self, lambda: self.load_finished.emit(True))

    def scroll_to_element(self, element_id: str) -> None:
        self.browser.scrollToAnchor(element_id)
        cursor = self._anchor_cursor(element_id)
        if cursor is None:
            self.browser.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(OUTLINE_COLOUR).lighter(170))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(OUTLINE_COLOUR))
        selection.format = fmt
        self.browser.setExtraSelections([selection])

    def _anchor_cursor(self, element_id: str) -> QTextCursor | None:
        block = self.browser.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if element_id in fragment.charFormat().anchorNames():
                    cursor = QTextCursor(self.browser.document())
                    cursor.setPosition(fragment.position())
                    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                    return cursor
                it += 1
            block = block.next()
        return None

    def selected_text(self) -> str:
        return self.browser.textCursor().selectedText().replace("\u2029", "\n")

    def select_all(self) -> None:
        self.browser.selectAll()

    def copy(self) -> None:
        self.browser.copy()

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        self._emit_link(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def prepare_for_text_browser(html: str) -> str:
    """The document reshaped so Qt lays it out in bounded time (see `render.simplify`).

    The reshaped document is parsed by Qt once, without layout, to count how deep its tables
    really nest: Qt's HTML parser is not a browser's, and each level doubles the layout time.
    Too deep, and the tables go; still too deep, and the text is shown alone.
    """
    for max_depth in (MAX_TABLE_DEPTH, 0):
        page = for_text_browser(html, max_table_depth=max_depth)
        # No table, no frame to count: a plain-text view of 500,000 characters saves 0.4 s.
        if "<table" not in page.lower() or qt_table_depth(page) <= MAX_TABLE_DEPTH:
            return page
    text = BeautifulSoup(html, "html.parser").get_text("\n")
    return f"<pre style='white-space: pre-wrap'>{html_text.escape(text)}</pre>"


class _InertDocument(QTextDocument):
    """A document parsed only to be measured: it loads no resource at all."""

    def loadResource(self, _rtype: int, _url: QUrl) -> object:
        return QImage()


def qt_table_depth(html: str) -> int:
    """How deep tables nest once Qt has parsed `html` (tables are the only frames it makes)."""
    document = _InertDocument()
    document.setHtml(html)
    deepest, stack = 0, [(document.rootFrame(), 0)]
    while stack:
        frame, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in frame.childFrames())
    return deepest
