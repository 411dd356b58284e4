"""The selected finding, told as the case report tells it: title, explanation, then labelled evidence rows.

The rows come from the core (`inspector.report.evidence_rows.finding_rows`), so the window and the
printed report say the same thing. Everything the message wrote is shown as plain text (QLabel in
PlainText mode); addresses and tokens are in a monospace font with a button that copies them exactly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.report.evidence_rows import CODE, SEVERITY_WORDS, TOKEN, URL, Row, finding_rows
from inspector.report.iocs import defang

from .i18n import core_text
from .widgets import plain_label

COPYABLE = (URL, TOKEN)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: a tree's own size hint is one line, so long titles got "…"."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        tree = self.tree
        depth, parent = 0, QModelIndex(index.parent())
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        icon = tree.iconSize().width() if tree.iconSize().isValid() else 16
        width = tree.viewport().width() - tree.indentation() * (depth + 1) - icon - 16
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        bounds = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 60), 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


def wrap_titles(tree: QTreeWidget) -> None:
    """Let a tree's item texts wrap to its width (and re-measure the rows when it is resized)."""
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    tree.header().setStretchLastSection(True)
    tree.setItemDelegate(WrappingDelegate(tree))
    tree.viewport().installEventFilter(_Relayout(tree))


class _Relayout(QObject):
    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.tree.scheduleDelayedItemsLayout()
        return False


def row_value(row: Row) -> str:
    """What the pane shows for a row: URLs defanged (the copy button gives them exactly), words translated."""
    if row.kind == URL:
        return defang(row.value) if "://" in row.value else row.value
    if row.kind in (CODE, TOKEN):
        return row.value
    return core_text(row.value)


class FindingDetail(QScrollArea):
    """What the selected finding means and the evidence for it, as labelled rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.finding: Any = None
        self.copy_buttons: list[QToolButton] = []
        self._placeholder = ""
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # a short pane scrolls, never squashes
        self.setWidget(self._body)
        self.mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

    def sizeHint(self) -> QSize:
        return QSize(360, 320)  # room for the explanation and a few rows when the splitter first shares space

    def show_placeholder(self, text: str) -> None:
        self.finding, self._placeholder = None, text
        self._rebuild([plain_label(text)])

    def show_finding(self, finding: Any) -> None:
        """Show `finding` (a model Finding) in the window's language."""
        self.finding = finding
        record = finding.to_dict()
        severity = str(record.get("severity") or "info")
        title = plain_label(core_text(finding.title))
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        title.setObjectName("findingTitle")
        level = plain_label(core_text(SEVERITY_WORDS.get(severity, severity)).upper())
        level.setObjectName("findingSeverity")
        explanation = plain_label(core_text(finding.explanation))
        explanation.setObjectName("findingExplanation")
        self._rebuild([level, title, explanation, self._rows(finding_rows(record), record.get("code", ""))])

    def retranslate(self) -> None:
        if self.finding is not None:
            self.show_finding(self.finding)
        elif self._placeholder:
            self.show_placeholder(self._placeholder)

    def toPlainText(self) -> str:  # the name of the QPlainTextEdit it replaced, for callers
        """Everything the pane shows, as text (for tests and accessibility tools)."""
        return "\n".join(label.text() for label in self._body.findChildren(QLabel))

    def _rows(self, rows: list[Row], code: str) -> QWidget:
        grid_widget = QWidget(self._body)
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.copy_buttons = []
        rows = [*rows, Row(self.tr("Finding code"), code, CODE)]
        for index, row in enumerate(rows):
            label = plain_label(core_text(row.label), wrap=True, select=False)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
            label.setPalette(palette)
            value = plain_label(row_value(row))
            value.setObjectName(f"evidence-{row.kind}")
            if row.kind != "text":
                value.setFont(self.mono)
            grid.addWidget(label, index, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, index, 1, Qt.AlignmentFlag.AlignTop)
            if row.kind in COPYABLE and row.value:
                grid.addWidget(self._copy_button(row), index, 2, Qt.AlignmentFlag.AlignTop)
        return grid_widget

    def _copy_button(self, row: Row) -> QToolButton:
        button = QToolButton(self._body)
        button.setText(self.tr("Copy"))
        button.setToolTip(self.tr("Copy exactly as written in the message"))
        button.setAccessibleName(self.tr("Copy {label}").format(label=core_text(row.label)))
        exact = row.value
        button.clicked.connect(lambda: QApplication.clipboard().setText(exact))
        button.setProperty("exact_value", exact)
        self.copy_buttons.append(button)
        return button

    def _rebuild(self, widgets: list[QWidget]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the pane now, not at the next event loop turn
                widget.deleteLater()
        for widget in widgets:
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
