"""Load, analyse and make safe off the GUI thread; the result or the error comes back by signal.

Picard's pattern: a QRunnable runs the pure functions, a QObject owned by the GUI thread carries
the outcome back (queued across threads). Tests set `SYNCHRONOUS = True` to run jobs inline.
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from inspector.sources import Source

from .i18n import core_text

SYNCHRONOUS = False
# How long the safe document waits for the verdict to be on screen (see AnalysisJob.run).
VERDICT_FIRST_S = 0.5


@dataclass
class Outcome:
    source: Source
    message: Any
    report: Any
    document: Any = None  # inspector.render.SafeDocument, when the safe renderer is there
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


@dataclass
class Failure:
    source: Source
    code: str
    message: str
    details: str = ""


class JobSignals(QObject):
    analysis_finished = Signal(object)  # Outcome, its `document` still None: the verdict shows first
    document_ready = Signal(object)  # (SafeDocument or None, note): the safe view of that outcome
    analysis_failed = Signal(object)  # Failure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.verdict_shown = threading.Event()  # set by the tab once the verdict is painted


class AnalysisJob(QRunnable):
    def __init__(self, source: Source, signals: JobSignals) -> None:
        super().__init__()
        self.source = source
        self.signals = signals
        self.verdict_shown = signals.verdict_shown  # held here: the tab (and its signals) may close first

    def run(self) -> None:
        try:
            outcome = analyse_source(self.source, safe=False)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence in the tab
            self.signals.analysis_failed.emit(_failure(self.source, exc))
            return
        # The report goes out before the safe document is made: that takes 2-3 times as long as
        # the analysis on a newsletter, and the verdict need not wait for it.
        self.signals.analysis_finished.emit(outcome)
        if not SYNCHRONOUS:
            # Made at once, the safe document's Python held the GIL while the GUI thread built and
            # painted the verdict: every Qt call that let the GIL go waited for it to come back, and
            # the 268 KB newsletter's verdict took 65-380 ms to build and paint instead of 30-45. It
            # starts once the verdict is on screen, or after VERDICT_FIRST_S (a closed tab never says).
            self.verdict_shown.wait(VERDICT_FIRST_S)
        send_safe_document(outcome, self.signals)


class SafeDocumentJob(QRunnable):
    """The safe document again for a message already shown: its labels follow a language switch."""

    def __init__(self, outcome: Outcome, signals: JobSignals) -> None:
        super().__init__()
        self.outcome = outcome
        self.signals = signals

    def run(self) -> None:
        send_safe_document(self.outcome, self.signals)


def send_safe_document(outcome: Outcome, signals: JobSignals) -> None:
    made = make_safe(outcome.message, outcome.report)
    with contextlib.suppress(RuntimeError):  # the tab was closed meanwhile
        signals.document_ready.emit(made)


def analyse_source(source: Source, *, safe: bool = True) -> Outcome:
    """The pipeline for one message (`safe=False`: without the safe document); raises on failure.

    Imports here so the window shows before they load.
    """
    from inspector.pipeline import scan  # noqa: PLC0415 - heavy; loaded off the GUI thread
    from inspector.warm import wait_for_prewarm  # noqa: PLC0415

    wait_for_prewarm()  # the window's prewarm, if under way, is building what this analysis needs
    scanned = scan(source, indicators=False)  # built when an export or "Copy IOCs" asks (record_of)
    if scanned.message is None or scanned.report is None:
        raise ScanFailed(source, scanned.error_code, scanned.error_message, scanned.details)
    outcome = Outcome(source, scanned.message, scanned.report, seconds=scanned.seconds)
    if safe:
        started = time.perf_counter()
        outcome.document, note = make_safe(scanned.message, scanned.report)
        if note:
            outcome.notes.append(note)
        outcome.seconds += time.perf_counter() - started
    return outcome


def make_safe(message: Any, report: Any) -> tuple[Any, str]:
    """The safe document in the window's language; (None, why) when it cannot be made, and the view falls back."""
    from inspector.pipeline import safe_document  # noqa: PLC0415

    return safe_document(message, report, words=core_text)


class ScanFailed(Exception):
    """The pipeline's error as an exception, for the job to turn into a `Failure`."""

    def __init__(self, source: Source, code: str, message: str, details: str) -> None:
        super().__init__(message)
        self.failure = (
            Failure(source, code, message)
            if code != "ANALYSIS_FAILED"
            else Failure(source, code, f"the analysis failed unexpectedly ({message.partition(':')[0]})", details)
        )


def _failure(source: Source, exc: Exception) -> Failure:
    if isinstance(exc, ScanFailed):
        return exc.failure
    details = "".join(traceback.format_exception(exc))
    return Failure(source, "ANALYSIS_FAILED", f"the analysis failed unexpectedly ({type(exc).__name__})", details)


def submit(job: QRunnable) -> None:
    if SYNCHRONOUS:
        job.setAutoDelete(False)
        job.run()
    else:
        QThreadPool.globalInstance().start(job)
