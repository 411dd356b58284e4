"""A mailbox, Maildir or folder as a list of its messages: one row each, sortable, filterable, opened by row.

One table model over small rows (no widget per row), a sort/filter proxy in front of it, and a tab
that shows them with a filter box and the progress of the analysis (`list_worker` does that off the
GUI thread). Every text a message wrote reaches Qt as plain text: the table's delegate paints text
as written, and tooltips go through `plain_tooltip`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector.sources import Source

from .icons import icon
from .list_worker import ListSignals, ListWorker
from .message_list_model import (
    CAMPAIGN,
    DATE,
    FILTERS,
    LEVEL_RANK,
    MAX_OPEN_AT_ONCE,
    NUMBER,
    SENDER,
    SUBJECT,
    THREAT,
    TRACKING,
    TRACKING_RANK,
    VERDICT,
    MessageListFilter,
    MessageListModel,
    message_label,
)
from .widgets import Panel, menu_text, plain_label, plain_tooltip


class MessageListTab(Panel):
    """A tab that lists a mailbox. Duck-types the few things the window asks a message tab
    (`source`, `outcome`, `failure`, `content`, `is_ready`, `ready`), holding no report itself."""

    ready = Signal()  # every message analysed (or the path held none)
    open_requested = Signal(list)  # list[Source]: rows to open as message tabs
    status_message = Signal(str)
    source_key: object = None  # set by the window: opening the same mailbox again focuses this tab

    def __init__(self, source: Source, parent: QWidget | None = None, *, jobs: int | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.outcome = None
        self.failure = None
        self.content = None
        self.is_ready = False
        self.problem = ""
        self.jobs = jobs
        self.model = MessageListModel(self)
        self.proxy = MessageListFilter(self)
        self.proxy.setSourceModel(self.model)
        self._make_widgets()
        self.signals = ListSignals(self)
        self.signals.sources_found.connect(self._sources_found)
        self.signals.rows_ready.connect(self._rows_ready)
        self.signals.campaigns_ready.connect(self.model.set_campaigns)
        self.signals.finished.connect(self._finished)
        self.worker: ListWorker | None = None
        self.retranslate()

    def _make_widgets(self) -> None:
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.level = QComboBox(self)
        self.level.addItems([""] * len(FILTERS))
        self.summary = plain_label(parent=self, wrap=False, select=False)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.notice = plain_label(parent=self)
        self.notice.hide()
        self._refilter = QTimer(self)  # typing in the filter box refilters once it pauses, not on every key
        self._refilter.setSingleShot(True)
        self._refilter.setInterval(150)
        self._refilter.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._refilter.start())
        self.level.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column, chars in ((NUMBER, 5), (DATE, 16), (SENDER, 30)):  # the answers' columns: `_fit_columns`
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * chars + 24)
        header.resizeSection(CAMPAIGN, self.fontMetrics().averageCharWidth() * 18)
        self.table.activated.connect(self._activated)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.level)
        bar.addWidget(self.progress)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

    def start(self) -> None:
        self.progress.setRange(0, 0)  # busy until the messages are counted
        self.worker = worker = ListWorker(self.source.path, self.signals, jobs=self.jobs)
        # Closing the tab (deleting it) or quitting ends the analysis and its worker processes.
        self.destroyed.connect(worker.stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(worker.stop)
        worker.start()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    def title(self) -> str:
        return self.source.label or Path(self.source.path).name

    # --- rows arriving ---------------------------------------------------------------------------
    def _sources_found(self, sources: list[Source]) -> None:
        self.model.add_sources(sources)
        self._show_progress()

    def _rows_ready(self, batch: list[tuple[int, Any]]) -> None:
        self.model.set_rows(batch)
        self._show_progress()

    def _finished(self, problem: str) -> None:
        self.problem = problem
        self.is_ready = True
        self.model.resort()
        self.progress.hide()
        self._show_progress()
        if problem:
            self.notice.setText(self._problem_text(problem))
            self.notice.show()
        self.ready.emit()

    def _show_progress(self) -> None:
        total, done = self.model.rowCount(), self.model.analysed
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("%v of %m analysed"))
            widest = self.progress.format().replace("%v", str(total)).replace("%m", str(total))
            self.progress.setMinimumWidth(self.progress.fontMetrics().horizontalAdvance(widest) + 40)
        self.summary.setText(self.summary_text())

    def summary_text(self) -> str:
        total = self.model.rowCount()
        if not total:
            return ""
        counts = self.model.counts()
        parts = [
            f"{counts[level]} {self.model.level_name(level).lower()}"
            for level in ("dangerous", "suspicious", "caution", "targeted", "tracked", "clean")
            if counts[level]
        ]
        if counts["failed"]:
            parts.append(self.tr("{n} not analysed").format(n=counts["failed"]))
        if self.model.campaigns:
            ids = {campaign["id"] for campaign in self.model.campaigns.values()}
            parts.append(self.tr("{n} campaigns").format(n=len(ids)))
        shown = self.proxy.rowCount()
        head = (
            self.tr("{n} messages").format(n=total)
            if shown == total
            else self.tr("{shown} of {n} messages shown").format(shown=shown, n=total)
        )
        return head + (": " + ", ".join(parts) if parts else "")

    def _problem_text(self, code: str) -> str:
        return {
            "NO_MESSAGES": self.tr(
                "There are no messages here: no .eml, .msg, mbox or Maildir messages in this folder."
            ),
            "NOT_FOUND": self.tr("This folder or file does not exist (any more)."),
        }.get(code, self.tr("The list could not be completed; the messages shown can still be opened."))

    def _fit_columns(self) -> None:
        """The verdict, threat and tracking columns as wide as their longest word in this language."""
        model, metrics = self.model, self.table.fontMetrics()
        icon_room = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8
        words = {
            VERDICT: [model.level_name(level) for level in LEVEL_RANK]
            + [model.tr("Not analysed"), model.tr("Waiting…")],
            THREAT: [model.threat_name(level) for level in ("clean", "caution", "suspicious", "dangerous")],
            TRACKING: [model.tracking_name(level) for level in TRACKING_RANK],
        }
        for column, texts in words.items():
            texts.append(model.headerData(column, Qt.Orientation.Horizontal))
            room = 24 + (icon_room if column == VERDICT else 0)  # margins and the sort arrow; the icon
            self.table.horizontalHeader().resizeSection(column, max(map(metrics.horizontalAdvance, texts)) + room)

    # --- filtering and opening ---------------------------------------------------------------------
    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.filter.text(), FILTERS[max(0, self.level.currentIndex())])
        self.summary.setText(self.summary_text())

    def _activated(self, index: QModelIndex) -> None:
        selected = {i.row() for i in self.table.selectionModel().selectedRows()}
        rows = sorted(selected)[:MAX_OPEN_AT_ONCE] if index.row() in selected else [index.row()]
        self.open_requested.emit([self.source_at(row) for row in rows])

    def source_at(self, proxy_row: int) -> Source:
        """The message of a row as the table shows it (sorted and filtered), labelled for its tab."""
        number = self.model.order[self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row()]
        source = self.model.sources[number]
        return Source(
            path=source.path,
            index=source.index,
            offset=source.offset,
            length=source.length,
            label=message_label(source),
        )

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by sender, subject, date or campaign"))
        self.filter.setAccessibleName(self.tr("Filter the messages"))
        labels = (
            self.tr("All messages"),
            self.tr("Dangerous"),
            self.tr("Suspicious or worse"),
            self.tr("Caution or worse"),
            self.tr("Tracked"),
            self.tr("Clean"),
            self.tr("Not analysed"),
        )
        for number, text in enumerate(labels):
            self.level.setItemText(number, text)
        self.level.setAccessibleName(self.tr("Show messages with this verdict"))
        self.table.setAccessibleName(self.tr("Messages in {name}").format(name=self.title()))
        self.model.retranslate()
        self._fit_columns()
        self._show_progress()
        if self.problem:
            self.notice.setText(self._problem_text(self.problem))


def open_list_tab(window: Any, source: Source) -> MessageListTab:
    """Add a list tab for a mailbox or folder to the main window and start listing it."""
    tab = MessageListTab(source, window.tabs)
    tab.ready.connect(window._tab_ready)
    tab.ready.connect(lambda: _show_worst(window, tab))
    tab.open_requested.connect(window.open_sources)
    tab.status_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    index = window.tabs.addTab(tab, icon("drop"), menu_text(tab.title()))
    window.tabs.setTabToolTip(index, plain_tooltip(source.path))
    window.tabs.setCurrentIndex(index)
    tab.start()
    return tab


def _show_worst(window: Any, tab: MessageListTab) -> None:
    """Once analysed, the list's tab shows the worst verdict among its messages."""
    index = window.tabs.indexOf(tab)
    counts = tab.model.counts()
    worst = max((level for level in LEVEL_RANK if counts[level]), key=lambda level: LEVEL_RANK[level], default="")
    if index >= 0 and worst:
        window.tabs.setTabIcon(index, icon(worst))
