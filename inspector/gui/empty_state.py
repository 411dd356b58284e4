"""What the window shows with no message open: a friendly drop zone and a sample to try."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .icons import icon
from .widgets import Panel, file_labels, menu_text, plain_label, plain_tooltip


class EmptyState(Panel):
    open_requested = Signal()
    sample_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = QFrame(self)
        self.zone.setObjectName("dropZone")
        self.zone.setStyleSheet("#dropZone { border: 2px dashed palette(mid); border-radius: 18px; }")
        self.picture = QLabel(self.zone)
        self.picture.setPixmap(icon("drop").pixmap(QSize(96, 96), self.devicePixelRatioF()))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = plain_label("", self.zone, select=False)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.explain = plain_label("", self.zone, select=False)
        for label in (self.headline, self.explain):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QPushButton(self.zone)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_requested)
        self.sample = QLabel(self.zone)
        self.sample.setTextFormat(Qt.TextFormat.RichText)  # our own fixed text, never message content
        self.sample.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sample.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.sample.linkActivated.connect(lambda _link: self.sample_requested.emit())
        # A focused link inside a label shows no mark in most styles: the label shows it instead.
        self.sample.setStyleSheet("QLabel:focus { border: 2px solid palette(highlight); border-radius: 4px; }")
        self.recent_title = plain_label("", self.zone, select=False)
        self.recent_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recent_box = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.picture)
        column.addSpacing(8)
        column.addWidget(self.headline)
        column.addWidget(self.explain)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(6)
        column.addWidget(self.sample)
        column.addSpacing(20)
        column.addWidget(self.recent_title)
        column.addLayout(self.recent_box)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addLayout(column, 4)  # wrapped labels need a real width, not their minimum
        middle.addStretch(1)
        inner = QVBoxLayout(self.zone)
        inner.setContentsMargins(40, 40, 40, 40)
        inner.addStretch(1)
        inner.addLayout(middle)
        inner.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addWidget(self.zone)
        self._recent: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.headline.setText(self.tr("Drop a suspect email here"))
        self.explain.setText(
            self.tr(
                "A .eml or .msg file, a mailbox or a folder, a message dragged straight from your mail program, "
                "or its source pasted with Ctrl+V. "
                "Nothing in it is loaded from the internet, so the sender cannot tell you looked."
            )
        )
        self.open_button.setText(self.tr("Open a message…"))
        self.open_button.setToolTip(self.tr("Open a message file (Ctrl+O)"))
        self.sample.setText('<a href="sample">' + self.tr("Try a sample message") + "</a>")
        self.sample.setAccessibleName(self.tr("Try a sample message"))
        self.recent_title.setText(self.tr("Recently opened") if self._recent else "")
        self.setAccessibleName(self.tr("Drop zone"))

    def show_recent(self, paths: list[str]) -> None:
        self._recent = paths[:5]
        while self.recent_box.count():
            item = self.recent_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the layout it would sit at (0, 0) until it is deleted
                widget.deleteLater()
        for path, label in zip(self._recent, file_labels(self._recent), strict=True):
            button = QPushButton(menu_text(label), self.zone)
            button.setFlat(True)
            button.setToolTip(plain_tooltip(path))
            button.clicked.connect(lambda _checked=False, p=path: self.recent_requested.emit(p))
            self.recent_box.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.retranslate()
