"""Every header in order, decoded and as sent, searchable; the Received chain underneath."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from .received_timeline import ReceivedTimeline, hops_from_headers
from .savefile import visible_name
from .widgets import Panel, plain_tooltip

ROLE_NAME = Qt.ItemDataRole.UserRole + 1


class HeadersPanel(Panel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setAcceptDrops(False)
        self.model = QStandardItemModel(0, 4, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAcceptDrops(False)
        self.timeline = ReceivedTimeline(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("headersSplitter")
        for widget, stretch in ((self.table, 5), (self.detail, 1), (scroll, 4)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([330, 90, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search headers (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search headers"))
        self.model.setHorizontalHeaderLabels(["#", self.tr("Name"), self.tr("Decoded value"), self.tr("As sent")])
        self.table.setAccessibleName(self.tr("Headers"))
        self.detail.setAccessibleName(self.tr("Selected header"))
        self.timeline.setAccessibleName(self.tr("Received chain"))

    def show_headers(self, message: Any, report: Any) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for index, header in enumerate(getattr(message, "headers", []) or [], start=1):
            cells = [str(index), header.name, _one_line(header.value), _one_line(header.raw)]
            row = [QStandardItem(text) for text in cells]
            for item in row:
                item.setEditable(False)
            row[0].setData(header.name.lower(), ROLE_NAME)
            row[2].setToolTip(plain_tooltip(header.value[:2000]))
            row[0].setData((header.value, header.raw), Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        hops = getattr(report, "received", None) or []
        if not hops and message is not None:
            hops = hops_from_headers([h.raw for h in message.all_headers("Received")])
        self.timeline.set_hops(hops)

    def select_header(self, name: str, occurrence: int = 0) -> bool:
        """Select the n-th header called `name` (search cleared so it is visible); False if absent."""
        self.search.clear()
        seen = 0
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROLE_NAME) == name.lower():
                if seen == occurrence:
                    self.table.selectionModel().setCurrentIndex(
                        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                    )
                    self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                    return True
                seen += 1
        return False

    def selected_name(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.index(index.row(), 1).data() if index.isValid() else None

    def _row_changed(self, current, _previous) -> None:
        data = self.proxy.index(current.row(), 0).data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if data:
            value, raw = data
            name = self.proxy.index(current.row(), 1).data()
            shown = " ".join(value.split())
            self.detail.setPlainText(f"{name}: {shown}\n\n{self.tr('As sent:')}\n{name}: {raw}")


def _one_line(text: str) -> str:
    """One row per header; invisible and bidi characters spelled out so they cannot reorder the text."""
    flat = visible_name(" ".join(text.split()))
    return flat if len(flat) <= 500 else flat[:500] + "…"
