"""Findings grouped by category with severity icons; the selected one's explanation and evidence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from inspector.model import display_group
from inspector.report.evidence_rows import SEVERITY_WORDS, URL, finding_rows
from inspector.report.iocs import defang_text

from .finding_detail import FindingDetail, row_value, wrap_titles
from .i18n import core_text
from .icons import severity_icon
from .widgets import Panel, plain_tooltip

_RANK = {"info": 0, "low": 1, "medium": 2, "high": 3}
# Who sent it and what it carries first (the overall answer), then the tracking answer.
# Info-level notes (they never decide the verdict) come last, folded: "the text changed after it was signed"
# on a mailing list is normal, and must not read as "your mail was tampered with".
NOTES = "notes"
_ORDER = ["attack", "sender", "attachment", "content", "parse", "beacon", "read_receipt", "tracked_link", NOTES]
FINDING_ROLE = Qt.ItemDataRole.UserRole


def finding_text(finding: Any, *, defanged: bool = True) -> str:
    """A finding as plain text for a ticket or a chat: the pane's labelled rows, URLs defanged unless asked.

    In the window's language; the finding code comes last, for finding it in the JSON report.
    """
    record = finding.to_dict()
    severity = core_text(SEVERITY_WORDS.get(record["severity"], record["severity"])).upper()
    lines = [f"{severity}: {core_text(finding.title)}", "", core_text(finding.explanation), ""]
    for row in finding_rows(record):
        value = row_value(row) if defanged or row.kind != URL else row.value
        lines.append(f"{core_text(row.label)}: {value}" if row.label else value)
    lines.append(f"{QCoreApplication.translate('FindingsPanel', 'Finding code')}: {record['code']}")
    text = "\n".join(lines).rstrip() + "\n"
    return defang_text(text) if defanged else text


class FindingsPanel(Panel):
    finding_selected = Signal(object)  # Finding, or None when the selection is cleared
    iocs_requested = Signal(bool)  # defanged?

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._findings: list[Any] = []
        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._refill)
        self.copy_button = QToolButton(self)
        self.copy_button.clicked.connect(self.copy_selected)
        self.iocs_button = QToolButton(self)
        self.iocs_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.iocs_button.clicked.connect(lambda: self.iocs_requested.emit(True))
        self.iocs_plain = QAction(self)
        self.iocs_plain.triggered.connect(lambda: self.iocs_requested.emit(False))
        self.iocs_button.addAction(self.iocs_plain)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.filter_label, self.filter):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.iocs_button)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        wrap_titles(self.tree)  # long titles wrap instead of being cut with "…"
        self.tree.currentItemChanged.connect(self._current_changed)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.tree.addAction(self.copy_action)
        self.detail = FindingDetail(self)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("findingsSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("Sho&w:"))
        current = max(self.filter.currentIndex(), 0)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItems(
            [self.tr("All findings"), self.tr("Low and above"), self.tr("Medium and above"), self.tr("High only")]
        )
        self.filter.setCurrentIndex(current)
        self.filter.blockSignals(False)
        self.filter.setAccessibleName(self.tr("Severity filter"))
        self.copy_button.setText(self.tr("Copy finding"))
        self.copy_button.setToolTip(self.tr("Copy the selected finding as text (Ctrl+C)"))
        self.iocs_button.setText(self.tr("Copy IOCs"))
        self.iocs_button.setToolTip(self.tr("Copy every URL, domain, IP and address, defanged (Ctrl+Shift+C)"))
        self.iocs_plain.setText(self.tr("Copy IOCs without defanging"))
        self.copy_action.setText(self.tr("Copy finding"))
        self.tree.setAccessibleName(self.tr("Findings"))
        self.detail.setAccessibleName(self.tr("Finding details"))
        if self._findings:
            self._refill()  # category names and finding titles follow the language too
            if self.selected() is not None:
                self.detail.show_finding(self.selected())
        self._refill()

    def category_name(self, category: str) -> str:
        return {
            "attack": self.tr("Attacks: could run code or steal your password"),
            "beacon": self.tr("Tracking when you open it"),
            "tracked_link": self.tr("Tracked links"),
            "read_receipt": self.tr("Read receipts"),
            "sender": self.tr("Sender"),
            "attachment": self.tr("Attachments"),
            "content": self.tr("Content"),
            "parse": self.tr("Message structure"),
            NOTES: self.tr("Technical notes (normal on most mail)"),
        }.get(category, category)

    def show_findings(self, findings: list[Any]) -> None:
        self._findings = list(findings)
        self._refill()

    def minimum_rank(self) -> int:
        return max(self.filter.currentIndex(), 0)

    def _refill(self) -> None:
        selected = self.selected()
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, list[Any]] = {}
        for finding in self._findings:
            if _RANK.get(str(finding.severity), 0) >= self.minimum_rank():
                group = NOTES if str(finding.severity) == "info" else display_group(str(finding.category), finding.axis)
                groups.setdefault(group, []).append(finding)
        for category in sorted(groups, key=lambda c: _ORDER.index(c) if c in _ORDER else len(_ORDER)):
            items = sorted(groups[category], key=lambda f: -_RANK.get(str(f.severity), 0))
            top = QTreeWidgetItem([f"{self.category_name(category)} ({len(items)})"])
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            worst = str(items[0].severity)
            top.setIcon(0, severity_icon(worst))
            for finding in items:
                child = QTreeWidgetItem([core_text(finding.title)])
                child.setIcon(0, severity_icon(str(finding.severity)))
                child.setData(0, FINDING_ROLE, finding)
                severity = core_text(SEVERITY_WORDS.get(str(finding.severity), str(finding.severity)))
                child.setToolTip(0, plain_tooltip(f"{core_text(finding.title)}\n({severity})"))
                top.addChild(child)
                if finding is selected:
                    self.tree.setCurrentItem(child)
            self.tree.addTopLevelItem(top)
            # Technical notes (a signature that no longer matches a list's footer, ...) wait in the details.
            top.setExpanded(category != NOTES or any(f is selected for f in items))
        self.tree.blockSignals(False)
        if not self._findings:
            self.detail.show_placeholder(
                self.tr("No findings: nothing in this message tracks you or hides its sender.")
            )
        elif self.selected() is None:
            self.detail.show_placeholder(self.tr("Select a finding to see what it means and the evidence."))

    def items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.extend(top.child(j) for j in range(top.childCount()))
        return out

    def selected(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def select_finding(self, finding: Any) -> None:
        for item in self.items():
            if item.data(0, FINDING_ROLE) is finding:
                self.tree.setCurrentItem(item)
                return

    def select_next(self, step: int = 1) -> None:
        items = self.items()
        if not items:
            return
        current = self.tree.currentItem()
        index = items.index(current) + step if current in items else (0 if step > 0 else -1)
        self.tree.setCurrentItem(items[index % len(items)])

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        finding = current.data(0, FINDING_ROLE) if current is not None else None
        if finding is not None:
            self.detail.show_finding(finding)
        self.finding_selected.emit(finding)

    def copy_selected(self) -> None:
        finding = self.selected()
        if finding is not None:
            QApplication.clipboard().setText(finding_text(finding, defanged=True))
