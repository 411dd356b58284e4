"""Hovering a hostile message reads no local file, in both engines (issue 21, item 1).

Qt shows a tooltip as rich text when it looks like HTML, and rich text loads `<img src>` from
disk (on Windows a `\\\\host\\share` path is an SMB connection that sends the user's password hash).
The message below puts that markup in link targets, titles, headers, attachment names and the names
of forwarded messages (which become tab tooltips), and names the file it opens on disk the same
way. Every widget, item, tab and titled element of every tab is hovered; the canary file must never
be opened or read, and the hostile tooltips must have been shown (as text).
"""

from __future__ import annotations

import base64
import json
import time

import pytest
import shiboken6
from file_watch import FileWatch, available
from hostile_titles import hostile_message
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCursor
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTabBar, QToolTip, QWidget

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not available(), reason="the canary is watched with inotify (Linux)"),
]
GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
PAGES = ("message", "headers", "attachments", "source")


def _engines() -> list[str]:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return ["textbrowser"]
    return ["textbrowser", "webengine"]


@pytest.fixture(params=_engines())
def engine(request, gui_isolated, monkeypatch) -> str:
    monkeypatch.setenv("EMAIL_INSPECTOR_ENGINE", request.param)
    return request.param


class Hover:
    """Sends tooltip requests the way Qt does after the mouse rests, and keeps what was shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def at(self, widget: QWidget, point: QPoint, where: str = "") -> None:
        for label in QApplication.topLevelWidgets():  # hideText() would leave it up for 300 ms
            if label.objectName() == "qtooltip_label":
                label.hide()
        QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
        QApplication.processEvents()
        if QToolTip.isVisible() and QToolTip.text():
            self.shown.append((where or type(widget).__name__, QToolTip.text()))

    def everything(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            if not shiboken6.isValid(widget) or not widget.isVisible():
                continue
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
                self.items(widget)
            elif isinstance(widget, QTabBar):
                for index in range(widget.count()):
                    self.at(widget, widget.tabRect(index).center(), "tab")
            self.at(widget, widget.rect().center())

    def items(self, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                for column in range(model.columnCount(parent)):
                    index = model.index(row, column, parent)
                    view.scrollTo(index)
                    rect = view.visualRect(index)
                    if rect.isValid():
                        self.at(view.viewport(), rect.center(), "item")
                stack.append(model.index(row, 0, parent))

    def hostile(self) -> list[tuple[str, str]]:
        return [(where, text) for where, text in self.shown if "canary.png" in text]


def hover_text_browser(hover: Hover, browser) -> int:
    """Every fragment with a tooltip (a title, a link's target) in the light engine."""
    count, block = 0, browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().toolTip():
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + min(1, fragment.length() - 1))
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                hover.at(browser.viewport(), QPoint(rect.center().x() + 2, rect.center().y()), "view")
                count += 1
            it += 1
        block = block.next()
    return count


def hover_web_engine(hover: Hover, qtbot, view) -> int:
    """Every element with a title (and each SVG, whose <title> is a tooltip) in WebEngine."""
    from PySide6.QtWebEngineCore import QWebEngineScript

    def run(script: str):
        box: list = []
        view.page.runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld, box.append)
        qtbot.waitUntil(lambda: bool(box), timeout=5000)
        return json.loads(box[0])

    selector = "[title], svg"
    total = run(f"JSON.stringify(document.querySelectorAll('{selector}').length)")
    target = view.view.focusProxy()
    for index in range(total):
        rect = run(
            f"(function() {{ const e = document.querySelectorAll('{selector}')[{index}];"
            "e.scrollIntoView({block: 'center'}); return JSON.stringify(e.getBoundingClientRect()); })()"
        )
        point = QPointF(rect["x"] + min(rect["width"] / 2, 40), rect["y"] + rect["height"] / 2)
        before = view.view.toolTip()
        for step in (QPointF(1, 1), point):  # leave, then come back: Chromium sets the tooltip on entry
            move = QMouseEvent(
                QEvent.Type.MouseMove, step, target.mapToGlobal(step),
                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            )  # fmt: skip
            QApplication.sendEvent(target, move)
        end = time.monotonic() + 2
        while time.monotonic() < end and view.view.toolTip() in ("", before):
            qtbot.wait(20)
        hover.at(target, point.toPoint(), "view")
    return total


def test_hovering_a_hostile_message_reads_no_file(qtbot, window, engine, tmp_path, monkeypatch):
    canary = tmp_path / "canary.png"
    canary.write_bytes(GIF)
    monkeypatch.chdir(tmp_path)  # a bare name in rich text is read from the working directory
    path = tmp_path / '<img src="canary.png">.eml'  # the tab's tooltip is the file's path
    path.write_bytes(hostile_message(str(canary), "canary.png"))
    hover = Hover()
    titled = 0
    with FileWatch(str(canary)) as watch:
        window.open_paths([str(path)])
        qtbot.waitUntil(window.all_ready, timeout=30_000)
        outer = window.current_tab()
        nested = [a for a in outer.content.attachments._attachments if a.declared_type == "message/rfc822"]
        assert len(nested) == 3
        for attachment in nested:
            outer.open_nested(attachment)
        qtbot.waitUntil(lambda: window.tabs.count() == 4 and window.all_ready(), timeout=30_000)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            content = window.current_content()
            for page in PAGES:
                content.show_page(page)
                qtbot.wait(50)
                if page == "message":
                    view = content.body.view
                    if engine == "webengine":
                        titled += hover_web_engine(hover, qtbot, view)
                    else:
                        titled += hover_text_browser(hover, view.browser)
                hover.everything(window)
        for index in reversed(range(window.tabs.count())):
            window.close_tab(index)
        qtbot.wait(100)
        hover.everything(window)  # the empty state lists the file among the recent ones
        qtbot.wait(200)
        reads = watch.events()
    assert reads == [], f"the canary was opened or read on hover ({engine})"
    hostile = hover.hostile()
    assert titled >= 8, "the safe view's titled elements were not found"
    assert sum(where == "view" for where, _ in hostile) >= 8, hover.shown  # titles and link targets, as text
    assert any(where == "item" for where, _ in hostile), hover.shown  # the headers' values
    tabs = {text for where, text in hostile if where == "tab"}
    for name in ('canary.png"&gt;.eml', "canary.png'&gt;.eml", "&gt; 2231.eml", "&gt; ct.eml"):
        assert any(name in text for text in tabs), (name, tabs)  # the file's path, then each forwarded name
    for where, text in hover.shown:
        assert not (QtGui.mightBeRichText(text) and "<img" in text), (where, text)


def test_the_saved_note_shows_an_attachment_name_as_text(qtbot, tmp_path):
    """The note names the file written; `safe_basename` already replaces `<`, and the label is plain anyway."""
    from inspector.gui.attachments_panel import AttachmentsPanel
    from inspector.parsing import load_bytes

    message = load_bytes(hostile_message(str(tmp_path / "canary.png"), "canary.png"))
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.show_attachments(message.attachments)
    assert panel.save_to(tmp_path, message.attachments[0]) is not None
    assert "canary.png" in panel.note.text()
    assert panel.note.textFormat() == Qt.TextFormat.PlainText
