"""Hover everything a window shows, the way Qt asks for tooltips when the mouse rests; keep what was shown.

Used by test_gui_tooltips.py and the netns leak proof (leak_child.py) with `hostile_titles.py`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTabBar, QToolTip, QWidget

PAGES = ("message", "headers", "attachments", "source")


def wait(seconds: float, until: Callable[[], bool] = lambda: False) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if until():
            return True
        QApplication.processEvents()
        time.sleep(0.01)
    return until()


class Hover:
    """Sends tooltip requests and keeps each tooltip shown, with where it was asked for."""

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
        """Every visible widget at its centre, every item of every item view, every tab."""
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

    def text_browser(self, browser) -> int:
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
                    self.at(browser.viewport(), QPoint(rect.center().x() + 2, rect.center().y()), "view")
                    count += 1
                it += 1
            block = block.next()
        return count

    def web_engine(self, view) -> int:
        """Every element with a title (and each SVG, whose <title> is a tooltip) in WebEngine."""
        from PySide6.QtWebEngineCore import QWebEngineScript

        def run(script: str):
            box: list = []
            view.page.runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld, box.append)
            if not wait(5, lambda: bool(box)):
                raise TimeoutError("WebEngine did not run the script")
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
            wait(2, lambda b=before: view.view.toolTip() not in ("", b))
            self.at(target, point.toPoint(), "view")
        return total

    def hostile(self, marker: str) -> list[tuple[str, str]]:
        return [(where, text) for where, text in self.shown if marker in text]


def open_and_hover(window, path: str, engine: str, hover: Hover) -> int:
    """Open `path` and every forwarded message in it, hover every page of every tab, then the empty
    window (its recent files). Returns how many titled elements the safe views held."""
    window.open_paths([path])
    if not wait(60, window.all_ready):
        raise TimeoutError(f"{path} was not shown")
    outer = window.current_tab()
    for attachment in list(outer.content.attachments._attachments):
        if attachment.declared_type == "message/rfc822":
            outer.open_nested(attachment)
    if not wait(60, window.all_ready):
        raise TimeoutError("the forwarded messages were not shown")
    titled = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        content = window.current_content()
        for page in PAGES:
            content.show_page(page)
            wait(0.05)
            if page == "message":
                view = content.body.view
                titled += hover.web_engine(view) if engine == "webengine" else hover.text_browser(view.browser)
            hover.everything(window)
    for index in reversed(range(window.tabs.count())):
        window.close_tab(index)
    wait(0.1)
    hover.everything(window)  # the empty state lists the file among the recent ones
    wait(0.2)
    return titled
