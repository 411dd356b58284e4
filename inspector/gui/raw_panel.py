"""The message as sent, next to its MIME structure as a tree; findings can point at a line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QHeaderView, QPlainTextEdit, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from .attachments_panel import human_size
from .savefile import visible_name
from .widgets import Panel

MAX_SHOWN = 4 * 1024 * 1024  # characters; a 50 MB message must not freeze the text widget
PART_ROLE = Qt.ItemDataRole.UserRole


def source_text(message: Any) -> tuple[str, bool]:
    """The raw text to show, and whether it was cut. An Outlook .msg is binary: its headers stand in."""
    raw = getattr(message, "raw", None) or b""
    if message is not None and (message.format == "msg" or not raw):
        text = "\n".join(f"{h.name}: {h.raw}" for h in message.headers)
        return text, False
    text = raw[:MAX_SHOWN].decode("utf-8", "replace").replace("\r\n", "\n")
    return text, len(raw) > MAX_SHOWN


def part_offsets(message: Any, text: str) -> dict[str, int]:
    """Where each part's header block starts in the source: searched in tree order, so repeats resolve."""
    offsets: dict[str, int] = {}
    position = 0
    for part in message.root.walk() if message is not None else []:
        if part is message.root or not part.headers:
            offsets.setdefault(part.id, 0 if part is message.root else position)
            continue
        first = part.headers[0]
        needle = f"{first.name}:"
        found = text.find(needle, position)
        if found >= 0:
            offsets[part.id] = found
            position = found + len(needle)
    return offsets


class RawPanel(Panel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._message: Any = None
        self._offsets: dict[str, int] = {}
        self._text = ""
        self._filled = True
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._part_changed)
        self.source = QPlainTextEdit(self)
        self.source.setReadOnly(True)
        self.source.setAcceptDrops(False)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("rawSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.source)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Part"), self.tr("Type"), self.tr("Name"), self.tr("Size")])
        self.tree.setAccessibleName(self.tr("MIME structure"))
        self.source.setAccessibleName(self.tr("Message source"))

    def show_message(self, message: Any) -> None:
        self._message = message
        text, cut = source_text(message)
        if cut:
            text += "\n\n" + self.tr("[… source cut at {size} for display; the analysis read all of it]").format(
                size=human_size(MAX_SHOWN)
            )
        # Filled when first shown: 4 MB of source cost the GUI thread 0.9 s on every open.
        self._text, self._filled = text, False
        if self.isVisible():
            self._fill()
        self._offsets = part_offsets(message, text)
        self.tree.clear()
        if message is not None:
            self.tree.addTopLevelItem(self._item(message.root))
            self.tree.expandAll()

    def _fill(self) -> None:
        if not self._filled:
            self._filled = True
            self.source.setPlainText(self._text)

    def showEvent(self, event) -> None:  # Qt calls it when the panel is first shown
        self._fill()
        super().showEvent(event)

    def _item(self, part: Any) -> QTreeWidgetItem:
        name = visible_name(part.filename) if part.filename else ""
        item = QTreeWidgetItem([part.id, part.content_type, name, human_size(part.size) if part.size else ""])
        item.setData(0, PART_ROLE, part.id)
        for child in part.children:
            item.addChild(self._item(child))
        return item

    def _part_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.scroll_to_offset(self._offsets.get(current.data(0, PART_ROLE), 0))

    def select_part(self, part_id: str) -> bool:
        for item in self._all_items():
            if item.data(0, PART_ROLE) == part_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def select_header(self, name: str, occurrence: int = 0) -> bool:
        """Highlight the n-th `Name:` line of the top header block."""
        text = self._text
        end = text.find("\n\n")
        block = text if end < 0 else text[: end + 1]
        needle = f"{name.lower()}:"
        seen = 0
        position = 0
        for line in block.splitlines(keepends=True):
            if line.lower().startswith(needle):
                if seen == occurrence:
                    self.scroll_to_offset(position, select_line=True)
                    return True
                seen += 1
            position += len(line)
        return False

    def scroll_to_offset(self, offset: int, *, select_line: bool = True) -> None:
        self._fill()
        cursor = self.source.textCursor()
        start = min(offset, len(self.source.toPlainText()))
        cursor.setPosition(start)
        if select_line:  # selected from its end back to its start: the view shows where the line begins
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        self.source.setTextCursor(cursor)
        self.source.centerCursor()
        self.source.horizontalScrollBar().setValue(0)

    def selected_line(self) -> str:
        return self.source.textCursor().selectedText()

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out
