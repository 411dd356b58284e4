"""Attachments: real names made visible, declared against sniffed type, hashes; save or open nested.

Nothing here opens or runs an attachment. "Save as…" writes a new file (see savefile.py);
a nested message is handed to the window to analyse in a tab of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from .icons import LEVEL_COLOUR, icon
from .savefile import extensions, has_hidden_extension, safe_basename, save_into, visible_name
from .widgets import Panel, plain_label, plain_tooltip

NESTED_TYPES = {"message/rfc822", "application/x-ole-storage", "application/vnd.ms-outlook"}


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


class AttachmentsPanel(Panel):
    nested_requested = Signal(object)  # inspector.parsing.Attachment
    saved = Signal(str)  # path written

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._attachments: list[Any] = []  # parsing.Attachment objects, same order as report.attachments
        self.last_folder = ""
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_nested())
        self.empty = plain_label("", self)
        self.save_button = QPushButton(self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_selected)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_nested)
        self.hash_button = QPushButton(self)
        self.hash_button.clicked.connect(self.copy_hash)
        self.note = plain_label("", self)  # shows saved file names: the sender's text
        buttons = QHBoxLayout()
        for button in (self.save_button, self.open_button, self.hash_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Declared type"), self.tr("Real type"), self.tr("Size"), self.tr("SHA-256")]
        )
        self.table.setAccessibleName(self.tr("Attachments"))
        self.save_button.setText(self.tr("&Save as…"))
        self.save_button.setToolTip(
            self.tr("Save a copy (Ctrl+S). It is never opened or run, and no file is replaced.")
        )
        self.open_button.setText(self.tr("Open as message in a new tab"))
        self.hash_button.setText(self.tr("Copy SHA-256"))
        self.note.setText(self.tr("Attachments are never opened here. Scan a saved copy before opening it anywhere."))
        self.empty.setText(self.tr("This message has no attachments."))
        self._fill()

    def show_attachments(self, attachments: list[Any]) -> None:
        self._attachments = list(attachments)
        self._fill()

    def _fill(self) -> None:
        self.empty.setVisible(not self._attachments)
        self.table.setVisible(bool(self._attachments))
        self.table.setRowCount(len(self._attachments))
        warn = QBrush(QColor(LEVEL_COLOUR["dangerous"]))
        for row, attachment in enumerate(self._attachments):
            name = attachment.filename or self.tr("(no name) part {part}").format(part=attachment.part)
            shown = visible_name(name)
            name_item = QTableWidgetItem(shown)
            tip = [self.tr("Part {part}").format(part=attachment.part)]
            if attachment.filename and has_hidden_extension(attachment.filename):
                real = extensions(attachment.filename)[-1]
                name_item.setText(shown + "   ← " + self.tr("really a .{ext} file").format(ext=real))
                name_item.setIcon(icon("dangerous"))
                name_item.setForeground(warn)
                tip.append(self.tr("The name hides its real extension (double extension or reversed text)."))
            elif attachment.inline:
                tip.append(self.tr("Shown inside the message (inline)"))
            name_item.setToolTip(plain_tooltip("\n".join(tip)))
            declared = QTableWidgetItem(attachment.declared_type)
            sniffed = QTableWidgetItem(attachment.sniffed_type)
            if _types_disagree(attachment.declared_type, attachment.sniffed_type):
                sniffed.setForeground(warn)
                sniffed.setToolTip(self.tr("The content does not match the declared type."))
            size = QTableWidgetItem(human_size(attachment.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            digest = QTableWidgetItem(f"{attachment.sha256[:12]}…{attachment.sha256[-4:]}")
            digest.setToolTip(plain_tooltip(attachment.sha256))
            for column, item in enumerate((name_item, declared, sniffed, size, digest)):
                self.table.setItem(row, column, item)
        if self._attachments and not self.table.selectedItems():
            self.table.selectRow(0)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._attachments[rows[0].row()] if rows and rows[0].row() < len(self._attachments) else None

    def _selection_changed(self) -> None:
        current = self.selected()
        self.save_button.setEnabled(current is not None)
        self.hash_button.setEnabled(current is not None)
        self.open_button.setEnabled(current is not None and is_nested_message(current))

    def select_part(self, part: str) -> bool:
        for row, attachment in enumerate(self._attachments):
            if attachment.part == part:
                self.table.selectRow(row)
                return True
        return False

    def save_selected(self) -> Path | None:
        attachment = self.selected()
        if attachment is None:
            return None
        suggested = str(Path(self.last_folder or str(Path.home())) / safe_basename(attachment.filename))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save attachment"), suggested, options=QFileDialog.Option.DontConfirmOverwrite
        )
        if not chosen:
            return None
        chosen_path = Path(chosen)
        return self.save_to(chosen_path.parent, attachment, name=chosen_path.name)

    def save_to(self, folder: str | Path, attachment: Any, *, name: str | None = None) -> Path | None:
        """Save into `folder`; an existing file is never replaced, a new name is picked and shown."""
        wanted = safe_basename(name or attachment.filename)
        try:
            written = save_into(folder, wanted, attachment.data())
        except OSError as exc:
            self.note.setText(self.tr("Could not save: {error}").format(error=exc.strerror or str(exc)))
            return None
        self.last_folder = str(written.parent)
        if written.name != wanted:
            text = self.tr("A file called {wanted} already exists; saved as {name} instead.")
        else:
            text = self.tr("Saved as {name}. It has not been opened.")
        self.note.setText(text.format(wanted=wanted, name=written.name))
        self.saved.emit(str(written))
        return written

    def open_nested(self) -> None:
        attachment = self.selected()
        if attachment is not None and is_nested_message(attachment):
            self.nested_requested.emit(attachment)

    def copy_hash(self) -> None:
        attachment = self.selected()
        if attachment is not None:
            QApplication.clipboard().setText(attachment.sha256)


def is_nested_message(attachment: Any) -> bool:
    return attachment.sniffed_type in NESTED_TYPES or attachment.declared_type in NESTED_TYPES


def _types_disagree(declared: str, sniffed: str) -> bool:
    if not sniffed or sniffed == "application/octet-stream" or declared == sniffed:
        return False
    both_text = declared.split("/")[0] == sniffed.split("/")[0] == "text"
    return declared not in ("application/octet-stream", "") and not both_text
