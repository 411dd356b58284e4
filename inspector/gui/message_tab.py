"""One message in one tab: busy while analysing, then banner, sender, findings and the pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.sources import Source

from .attachments_panel import AttachmentsPanel
from .body_view import BodyView
from .findings_panel import FindingsPanel
from .font_check import FontNotice
from .headers_panel import HeadersPanel
from .icons import icon
from .link_dialog import LinkDialog
from .raw_panel import RawPanel
from .sender_card import CardScroll, SenderCard, sender_view
from .settings import remember_splitter
from .verdict_banner import VerdictBanner
from .widgets import Panel, elide_middle, plain_label
from .worker import AnalysisJob, Failure, JobSignals, Outcome, SafeDocumentJob, submit

PAGES = ("message", "headers", "attachments", "source")
LEFT_MIN, LEFT_MAX = 300, 480
LEFT_SHARE = 0.38  # the findings bar ("Tous les constats", two buttons) fits at 1024 px in French
FINDINGS_MIN_HEIGHT = 140


def column_widths(window_width: int) -> list[int]:
    """Sender card and findings, then the message: a share of the window, within bounds, decided once."""
    left = max(LEFT_MIN, min(LEFT_MAX, round(window_width * LEFT_SHARE)))
    return [left, max(window_width - left, 300)]


class MessageTab(Panel):
    ready = Signal()  # analysed and the body view loaded, or failed: either way, nothing is pending
    title_changed = Signal(str)
    nested_requested = Signal(object)  # Source
    status_message = Signal(str)

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.outcome: Outcome | None = None
        self.failure: Failure | None = None
        self.is_ready = False
        self.content: _Content | None = None
        self.source_key: object = None  # set by the window: the same source again focuses this tab
        self._labels_language = ""  # the language of the safe view's placeholder labels
        self.stack = QStackedWidget(self)
        self.busy = _BusyPage(self)
        self.error = _ErrorPage(self)
        self.stack.addWidget(self.busy)
        self.stack.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.signals = JobSignals(self)
        self.signals.analysis_finished.connect(self._finished)
        self.signals.document_ready.connect(self._document_ready)
        self.signals.analysis_failed.connect(self._failed)

    def start(self) -> None:
        self.busy.show_label(self.source.label)
        submit(AnalysisJob(self.source, self.signals))

    def title(self) -> str:
        if self.source.origin in ("clipboard", "drop"):  # no file: the tab says so (issue 23)
            subject = self.outcome.report.message.subject if self.outcome is not None else ""
            pasted = self.tr("Pasted message")
            return elide_middle(f"{pasted}: {subject}" if subject else pasted, 40)
        if self.outcome is not None and self.outcome.report.message.subject:
            return elide_middle(self.outcome.report.message.subject, 40)
        return elide_middle(self.source.label, 40)

    def _finished(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.content = _Content(self)
        self.stack.addWidget(self.content)
        self.stack.setCurrentWidget(self.content)
        self.content.body.ready.connect(self._body_ready)
        self.content.show_outcome(outcome)
        self.title_changed.emit(self.title())
        for note in outcome.notes:
            self.status_message.emit(note)
        # After the paint that the widgets above queued: the safe document waits for it (worker.AnalysisJob).
        QTimer.singleShot(0, self.signals.verdict_shown.set)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._relabel_safe_view()

    def _relabel_safe_view(self) -> None:
        """The safe view's placeholders and badges carry words: make it again in the new language."""
        if self.outcome is None or self.outcome.document is None or self._labels_language == QLocale().name():
            return
        self._labels_language = QLocale().name()
        submit(SafeDocumentJob(self.outcome, self.signals))

    def _document_ready(self, made: tuple[Any, str]) -> None:
        document, note = made
        if self.outcome is None or self.content is None:
            return
        self._labels_language = QLocale().name()
        self.outcome.document = document
        if note:
            self.outcome.notes.append(note)
            self.status_message.emit(note)
        self.content.body.show_body(document, self.outcome.message)

    def _body_ready(self) -> None:
        if not self.is_ready:
            self.is_ready = True
            self.ready.emit()

    def _failed(self, failure: Failure) -> None:
        self.failure = failure
        self.error.show_failure(failure)
        self.stack.setCurrentWidget(self.error)
        self.is_ready = True
        self.ready.emit()

    def open_nested(self, attachment: Any) -> None:
        message = self.outcome.message if self.outcome else None
        inner = (
            next((m for m in message.walk_messages() if m.part_prefix == attachment.part), None) if message else None
        )
        label = attachment.filename or self.tr("message in part {part}").format(part=attachment.part)
        if inner is not None:
            self.nested_requested.emit(Source(label=label, message=inner))
        else:  # an embedded Outlook item or an attached .eml that was not parsed as a part
            self.nested_requested.emit(Source(label=label, data=attachment.data()))


class _BusyPage(Panel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = plain_label("", self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate: parsing gives no progress to report
        self.bar.setMaximumWidth(320)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._name = ""

    def show_label(self, name: str) -> None:
        self._name = name
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Analysing {name}…").format(name=self._name))
        self.bar.setAccessibleName(self.tr("Analysing"))


class _ErrorPage(Panel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.picture = QLabel(self)
        self.picture.setPixmap(icon("broken").pixmap(64, 64))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headline = plain_label("", self)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = plain_label("", self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.picture, self.headline, self.detail):
            layout.addWidget(widget)
        layout.addStretch(2)
        self.failure: Failure | None = None

    def show_failure(self, failure: Failure) -> None:
        self.failure = failure
        self.retranslate()

    def retranslate(self) -> None:
        if self.failure is None:
            return
        self.headline.setText(self.tr("{name} could not be opened").format(name=self.failure.source.label))
        text = self.reason(self.failure.code) or _sentence(self.failure.message)
        self.detail.setText(f"{text}\n({self.failure.code})")
        self.setAccessibleName(self.headline.text())

    def reason(self, code: str) -> str:
        """One plain, translated sentence per error code; the core's English text for the others."""
        return {
            "NOT_FOUND": self.tr("There is no such file."),
            "NOT_A_FILE": self.tr("This is a folder or a device, not a file."),
            "UNREADABLE": self.tr("The file could not be read (permissions or a disk problem)."),
            "EMPTY": self.tr("The file is empty."),
            "TOO_LARGE": self.tr("The file is larger than the 100 MB limit."),
            "NOT_A_MESSAGE": self.tr("This is not an email message (.eml or Outlook .msg)."),
            "MSG_UNREADABLE": self.tr("This Outlook file is too damaged to read."),
            "TOO_DEEP": self.tr("The message is nested too deeply to read."),
        }.get(code, "")


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", ")")) else text + "."


class _Content(Panel):
    """The analysed message: built once the outcome is there."""

    def __init__(self, tab: MessageTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.banner = VerdictBanner(self)
        self.font_notice = FontNotice(self)  # "no installed font draws this text", with the fix
        self.sender_card = SenderCard(self)
        self.findings = FindingsPanel(self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.body = BodyView(self)
        self.headers = HeadersPanel(self)
        self.attachments = AttachmentsPanel(self)
        self.raw = RawPanel(self)
        for page in (self.body, self.headers, self.attachments, self.raw):
            self.pages.addTab(page, "")
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(CardScroll(self.sender_card, left))  # scrolls in a small window, not squeezed
        column.addWidget(self.findings, 1)
        self.findings.setMinimumHeight(FINDINGS_MIN_HEIGHT)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("messageSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)  # a wider window widens the message, not the findings
        self.splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(LEFT_MIN)  # the card's long lines wrap instead of widening the column late
        self.splitter.setSizes(column_widths(tab.window().width()))
        for splitter in (self.splitter, self.findings.splitter, self.headers.splitter, self.raw.splitter):
            remember_splitter(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.font_notice)
        layout.addWidget(self.splitter, 1)
        self.findings.finding_selected.connect(self.go_to_finding)
        self.body.link_activated.connect(lambda url: LinkDialog(self, url).act())
        self.attachments.nested_requested.connect(tab.open_nested)
        self.attachments.saved.connect(lambda path: tab.status_message.emit(self.tr("Saved {path}").format(path=path)))
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self.tab.outcome.report.attachments) if self.tab.outcome else 0
        names = [
            self.tr("&Message"),
            self.tr("Hea&ders"),
            self.tr("&Attachments ({n})").format(n=count),
            self.tr("Sour&ce"),
        ]
        for index, name in enumerate(names):
            self.pages.setTabText(index, name)
        self.pages.setAccessibleName(self.tr("Message details"))
        self.font_notice.retranslate()

    def show_outcome(self, outcome: Outcome) -> None:
        message, report = outcome.message, outcome.report
        self.banner.show_report(report)
        self.sender_card.show_sender(sender_view(report, message))
        self.findings.show_findings(report.findings)
        self.font_notice.check(message)
        self.headers.show_headers(message, report)
        self.attachments.show_attachments([a for m in message.walk_messages() for a in m.attachments])
        self.raw.show_message(message)
        self.retranslate()
        if outcome.document is None:
            self.body.show_pending(message)  # the safe document follows (`document_ready`)
        else:
            self.body.show_body(outcome.document, message)

    def show_page(self, name: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(name))

    def go_to_finding(self, finding: Any) -> None:
        """Show where the finding sits: the element in the safe view, the header, or the part."""
        if finding is None:
            return
        evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
        element = finding.element_id or evidence.get("element_id")
        header = finding.header or evidence.get("header")
        part = finding.part or evidence.get("part")
        if element:
            self.show_page("message")
            self.body.scroll_to_element(str(element))
        elif header:
            self.show_page("headers")
            self.headers.select_header(str(header))
            self.raw.select_header(str(header))
        elif part and self.attachments.select_part(str(part)):
            self.show_page("attachments")
        elif part:
            self.show_page("source")
            self.raw.select_part(str(part))
