"""Find in the message: a small bar under the body's mode buttons (Ctrl+F; Enter, Shift+Enter, Esc).

It searches what the reader sees: the safe view in either engine (the rendered message or its
plain text) and the HTML source. WebEngine finds, highlights and counts by itself; Qt's text
widgets are searched here (`find_in_document`): every match highlighted, the current one selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

MAX_MATCHES = 10_000  # enough to count what a reader can step through; a huge page stops here
HIGHLIGHT = QColor("#ffe066")
# Zero-width spaces and joiners, word joiner, BOM, soft hyphen, combining grapheme joiner, Mongolian vowel separator.
INVISIBLE = "[\\x{200B}-\\x{200F}\\x{2060}-\\x{2064}\\x{FEFF}\\x{00AD}\\x{034F}\\x{180E}]*"

Done = Callable[[int, int], None]  # (current match from 1, number of matches); (0, 0) when none


def find_in_document(widget: Any, text: str, *, backward: bool = False, again: bool = False) -> tuple[int, int]:
    """Select the next (or previous) match of `text` in a QTextEdit or QPlainTextEdit and highlight all.

    A new search (`again=False`) starts at the current selection, so typing more letters keeps the
    match in place; `again=True` steps past it, wrapping at either end. Case is ignored, and so are
    invisible characters between letters (phishing text is often "t\u200ch\u200ce" to evade filters;
    the reader sees "the", and Chromium's find matches it too).
    """
    document = widget.document()
    matches: list[QTextCursor] = []
    cursor = QTextCursor(document)
    pattern = _pattern(text)
    while text and len(matches) < MAX_MATCHES:
        cursor = document.find(pattern, cursor)
        if cursor.isNull():
            break
        matches.append(cursor)
    widget.setExtraSelections([_highlight(match) for match in matches])
    if not matches:
        here = widget.textCursor()
        here.clearSelection()
        widget.setTextCursor(here)
        return 0, 0
    here = widget.textCursor()
    start = here.selectionStart() if here.hasSelection() else here.position()
    starts = [match.selectionStart() for match in matches]
    if backward:
        before = [i for i, s in enumerate(starts) if s < start]
        index = before[-1] if before else len(matches) - 1
    else:
        after = [i for i, s in enumerate(starts) if (s > start if again else s >= start)]
        index = after[0] if after else 0
    widget.setTextCursor(matches[index])
    widget.ensureCursorVisible()
    return index + 1, len(matches)


def _pattern(text: str) -> QRegularExpression:
    """`text` as typed, any case, with any run of invisible characters allowed between its letters."""
    letters = [QRegularExpression.escape(letter) for letter in text]
    option = QRegularExpression.PatternOption.CaseInsensitiveOption
    return QRegularExpression(INVISIBLE.join(letters), option)


def _highlight(cursor: QTextCursor) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(HIGHLIGHT)
    selection.format = fmt
    return selection


class FindBar(QWidget):
    """Search box, "3 of 12", previous, next, close. `target()` says which widget to search."""

    closed = Signal()

    def __init__(self, target: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.current, self.total = 0, 0
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _text: self.search(again=False))
        self.edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.UpArrow)
        self.previous.clicked.connect(lambda: self.search(backward=True))
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.DownArrow)
        self.next.clicked.connect(lambda: self.search())
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_bar)
        steps = ((QKeySequence.StandardKey.FindNext, False), (QKeySequence.StandardKey.FindPrevious, True))
        for keys, backward in steps:
            shortcut = QShortcut(QKeySequence(keys), parent or self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda b=backward: self.search(backward=b))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        for button in (self.previous, self.next, self.close_button):
            layout.addWidget(button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find in the message"))
        self.edit.setAccessibleName(self.tr("Find in the message"))
        self.previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.next.setToolTip(self.tr("Next match (Enter)"))
        self.next.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_bar(self) -> None:
        """Show the bar with the selected text of the view, or the last search, ready to type over."""
        selected = _selected_text(self.target())
        self.show()
        if selected and not {"\n", "\u2029"} & set(selected) and len(selected) < 200:
            self.edit.setText(selected)
        self.edit.setFocus()
        self.edit.selectAll()
        self.search(again=False)

    def close_bar(self) -> None:
        if not self.isHidden():
            self.hide()
            _find(self.target(), "", backward=False, again=False, done=lambda _c, _t: None)
            target = self.target()
            if target is not None:
                target.setFocus()
            self.closed.emit()

    def search(self, *, backward: bool = False, again: bool = True) -> None:
        """Find the text again in the target (next, or previous with `backward`)."""
        if self.isHidden():  # closed (a tab in the background is not hidden, only not visible)
            return
        _find(self.target(), self.edit.text(), backward=backward, again=again, done=self._found)

    def refresh(self) -> None:
        """The target changed (another mode, a new document): search it from the top."""
        self.search(again=False)

    def _found(self, current: int, total: int) -> None:
        self.current, self.total = current, total
        self._show_count()

    def _show_count(self) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif self.total == 0:
            self.count.setText(self.tr("No matches"))
        elif self.current == 0:
            self.count.setText(self.tr("{total} matches").format(total=self.total))
        else:
            self.count.setText(self.tr("{current} of {total}").format(current=self.current, total=self.total))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search(backward=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)


def _find(target: Any, text: str, *, backward: bool, again: bool, done: Done) -> None:
    """A safe view searches itself (`find_text`); a text widget is searched here."""
    if target is None:
        done(0, 0)
    elif hasattr(target, "find_text"):
        target.find_text(text, backward=backward, again=again, done=done)
    else:
        done(*find_in_document(target, text, backward=backward, again=again))


def _selected_text(target: Any) -> str:
    if target is None:
        return ""
    if hasattr(target, "selected_text"):
        return target.selected_text()
    return target.textCursor().selectedText()
