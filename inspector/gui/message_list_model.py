"""The message list's data: one small row per message in a table model, and the sort/filter proxy.

Kept apart from the tab (`message_list`) so that each stays a module of one job; no widget here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
)

from inspector.sources import MESSAGE_SUFFIXES, Source, is_mbox

from .i18n import core_text
from .icons import icon
from .widgets import plain_tooltip

NUMBER, VERDICT, THREAT, TRACKING, DATE, SENDER, SUBJECT, CAMPAIGN = range(8)
COLUMNS = 8
LEVEL_RANK = {"clean": 0, "tracked": 1, "targeted": 2, "caution": 3, "suspicious": 4, "dangerous": 5}
TRACKING_RANK = {"none": 0, "tracked": 1, "identified": 2}
PENDING_RANK, FAILED_RANK = -2, -1
FILTERS = ("all", "dangerous", "suspicious", "caution", "tracked", "clean", "failed")
MAX_OPEN_AT_ONCE = 20  # Enter on a selection opens its messages, up to this many tabs
_Index = QModelIndex | QPersistentModelIndex


def is_mailbox(path: str) -> bool:
    """A folder (Maildir or not) or an mbox file: something the window lists instead of opening.

    A file named `.eml` or `.msg` is one message whatever it holds: a saved message may start with
    an mbox `From ` line and quote one in its text, which the content sniff alone takes for an mbox.
    """
    target = Path(path)
    if target.is_dir():
        return True
    return target.suffix.lower() not in MESSAGE_SUFFIXES and target.is_file() and is_mbox(target)


def lists_instead(source: Source) -> bool:
    """Whether the window opens `source` as a message list: a whole mailbox or folder given by its path."""
    whole = source.index is None and source.data is None and source.message is None
    return bool(source.path) and whole and is_mailbox(source.path)


def message_label(source: Source) -> str:
    """What a person calls a message of the list: its file, or its mailbox and number in it."""
    name = Path(source.path).name
    return f"{name} #{source.index + 1}" if source.index is not None else name


def row_matches(row: Any, choice: str) -> bool:
    """Whether a row (a `ListRow`, or None while it waits) passes the verdict filter `choice`."""
    if choice == "all":
        return True
    if row is None:
        return False
    if choice == "failed":
        return not row.ok
    if not row.ok:
        return False
    if choice == "tracked":
        return row.tracking != "none"
    if choice == "clean":
        return row.level == "clean"
    return LEVEL_RANK.get(row.level, 0) >= LEVEL_RANK[choice]


class MessageListModel(QAbstractTableModel):
    """The messages of one mailbox: their sources (to reopen them) and their rows once analysed.

    A message is known by its `number` (its place in the mailbox); the table shows them in `order`.
    The model sorts itself, in Python over one key per row (a few ms for 5,000 rows): a sorting
    proxy would call back into Python for every comparison, half a second at that size. Rows keep
    their place while their verdicts arrive, so the one under the pointer does not jump away; the
    end of the analysis, or a click on a header, sorts again.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sources: list[Source] = []
        self.rows: list[Any] = []  # by number: ListRow, or None until analysed
        self.order: list[int] = []  # the numbers in the order shown
        self.position: list[int] = []  # number -> where it is shown
        self.campaigns: dict[int, dict[str, Any]] = {}
        self._search: dict[int, str] = {}  # number -> what the filter looks in, made on first use
        self.analysed = 0
        self.sort_column = NUMBER
        self.sort_order = Qt.SortOrder.AscendingOrder

    # --- filling ---------------------------------------------------------------------------------
    def add_sources(self, sources: list[Source]) -> None:
        if not sources:
            return
        first = len(self.sources)
        self.beginInsertRows(QModelIndex(), first, first + len(sources) - 1)
        self.sources.extend(sources)
        self.rows.extend([None] * len(sources))
        self.order.extend(range(first, first + len(sources)))
        self.position.extend(range(first, first + len(sources)))
        self.endInsertRows()

    def set_rows(self, batch: list[tuple[int, Any]]) -> None:
        for number, row in batch:
            self.analysed += self.rows[number] is None
            self.rows[number] = row
            self._search.pop(number, None)
        self._changed(sorted(self.position[number] for number, _row in batch), 0, COLUMNS - 1)

    def _changed(self, positions: list[int], first: int, last: int) -> None:
        """One dataChanged per run of neighbouring rows: a range from the first to the last changed
        row would make the filter look at every row between them again."""
        start = 0
        for i in range(1, len(positions) + 1):
            if i == len(positions) or positions[i] != positions[i - 1] + 1:
                self.dataChanged.emit(self.index(positions[start], first), self.index(positions[i - 1], last))
                start = i

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self.order[index.row()], index.column()) for index in persistent]
        keys = [self._sort_key(number, column, row) for number, row in enumerate(self.rows)]
        descending = order == Qt.SortOrder.DescendingOrder
        self.order = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)  # stable: ties by number
        for place, number in enumerate(self.order):
            self.position[number] = place
        self.changePersistentIndexList(persistent, [self.index(self.position[n], c) for n, c in held])
        self.layoutChanged.emit()

    def resort(self) -> None:
        if self.sort_column != NUMBER or self.sort_order != Qt.SortOrder.AscendingOrder:
            self.sort(self.sort_column, self.sort_order)

    def set_campaigns(self, campaigns: dict[int, dict[str, Any]]) -> None:
        self.campaigns = campaigns
        self._search.clear()
        if self.sources:
            self.dataChanged.emit(self.index(0, CAMPAIGN), self.index(len(self.sources) - 1, CAMPAIGN))

    def retranslate(self) -> None:
        self._search.clear()  # it holds the campaign column's words
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.sources:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.sources) - 1, COLUMNS - 1))

    def counts(self) -> Counter[str]:
        """How many rows have each level (and `failed`, `tracking`): the summary above the list."""
        counts: Counter[str] = Counter()
        for row in self.rows:
            if row is not None:
                counts[row.level if row.ok else "failed"] += 1
                counts["tracking"] += row.ok and row.tracking != "none"
        return counts

    # --- the model ---------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.sources)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            "#",
            self.tr("Verdict"),
            self.tr("Threat"),
            self.tr("Tracking"),
            self.tr("Date"),
            self.tr("From"),
            self.tr("Subject"),
            self.tr("Campaign"),
        )
        return names[section] if 0 <= section < COLUMNS else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, column = self.order[index.row()], index.column()
        row = self.rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(number, column, row)
        if role == Qt.ItemDataRole.DecorationRole and column == VERDICT and row is not None:
            return icon(row.level if row.ok else "broken")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(number, column, row)
        if role == Qt.ItemDataRole.ForegroundRole and row is None:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _text(self, number: int, column: int, row: Any) -> str:
        if column == NUMBER:
            return str(number + 1)
        if column == CAMPAIGN:
            campaign = self.campaigns.get(number)
            return self.tr("{id} ({size} messages)").format(**campaign) if campaign else ""
        if row is None:
            return self.tr("Waiting…") if column == VERDICT else ""
        if not row.ok:  # why, where the subject would be
            return {VERDICT: self.tr("Not analysed"), SUBJECT: core_text(row.reason)}.get(column, "")
        if column == VERDICT:
            return self.level_name(row.level)
        if column == THREAT:
            return self.threat_name(row.threat)
        if column == TRACKING:
            return self.tracking_name(row.tracking)
        if column == DATE:  # as the message gave it, to the minute; a date that is not one, as written
            return row.date[:16].replace("T", " ") if row.timestamp else row.date[:40]
        return row.sender if column == SENDER else row.subject

    def _sort_key(self, number: int, column: int, row: Any) -> Any:
        if column == NUMBER:
            return number
        if column == CAMPAIGN:
            campaign = self.campaigns.get(number)
            return int(campaign["id"][1:]) if campaign else 1 << 30  # C1, C2… first; alone last
        if column in (VERDICT, THREAT, TRACKING):
            if row is None or not row.ok:
                return PENDING_RANK if row is None else FAILED_RANK
            ranks = TRACKING_RANK if column == TRACKING else LEVEL_RANK
            return ranks.get((row.level, row.threat, row.tracking)[column - VERDICT], 0)
        if row is None:
            return 0.0 if column == DATE else ""
        if column == DATE:
            return row.timestamp
        return self._text(number, column, row).casefold()

    def _tooltip(self, number: int, column: int, row: Any) -> str | None:
        if column == CAMPAIGN and (campaign := self.campaigns.get(number)):
            shared = ", ".join(campaign.get("shared") or [])
            return plain_tooltip(
                self.tr("Shares with the other messages of {id}: {shared}").format(id=campaign["id"], shared=shared)
            )
        if column == NUMBER:
            return plain_tooltip(message_label(self.sources[number]))
        if row is None:
            return None
        if column in (VERDICT, THREAT, TRACKING):
            return plain_tooltip(core_text(row.reason)) if row.reason else None
        text = self._text(number, column, row)
        return plain_tooltip(text) if text and column in (SENDER, SUBJECT) else None

    def level_name(self, level: str) -> str:
        return {
            "clean": self.tr("Clean"),
            "tracked": self.tr("Tracked"),
            "targeted": self.tr("Targeted"),
            "caution": self.tr("Caution"),
            "suspicious": self.tr("Suspicious"),
            "dangerous": self.tr("Dangerous"),
        }.get(level, level)

    def threat_name(self, level: str) -> str:
        return self.tr("None found") if level == "clean" else self.level_name(level)

    def tracking_name(self, level: str) -> str:
        return {
            "none": self.tr("Not tracked"),
            "tracked": self.tr("Tracked"),
            "identified": self.tr("Tracked personally"),
        }.get(level, level)

    def search_text(self, number: int) -> str:
        """What the filter box looks in: sender, subject, date, campaign and the message's name."""
        if (text := self._search.get(number)) is not None:
            return text
        row = self.rows[number]
        parts = [message_label(self.sources[number]), self._text(number, CAMPAIGN, row)]
        if row is not None:
            parts += [row.sender, row.subject, row.date]
        self._search[number] = text = " ".join(parts).casefold()
        return text


class MessageListFilter(QSortFilterProxyModel):
    """Keeps the rows that match the filter box and the verdict filter; sorting is the model's own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)  # a row whose verdict arrives is filtered again
        self.words: list[str] = []
        self.choice = "all"

    def set_filter(self, text: str, choice: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.choice = choice
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        cast(MessageListModel, self.sourceModel()).sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.choice == "all" and not self.words:
            return True
        model = cast(MessageListModel, self.sourceModel())
        number = model.order[source_row]
        if not row_matches(model.rows[number], self.choice):
            return False
        text = model.search_text(number) if self.words else ""
        return all(word in text for word in self.words)
