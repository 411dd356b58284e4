"""The verdict does not wait for the safe document: the report comes first, the body after it."""

from __future__ import annotations

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.gui

DEMO = REPO / "resources" / "demo" / "demo-phish.eml"


def test_report_is_shown_before_the_safe_document_is_made(qtbot, qapp, gui_isolated) -> None:
    from inspector.gui.message_tab import MessageTab
    from inspector.gui.worker import Source

    tab = MessageTab(Source(label="demo", path=str(DEMO)))
    qtbot.addWidget(tab)
    seen: list[tuple] = []
    # Connected after the tab's own slots, so each sees the tab as the user would at that moment.
    tab.signals.analysis_finished.connect(
        lambda outcome: seen.append(("report", outcome.document, tab.content.body.pending, tab.is_ready))
    )
    tab.signals.document_ready.connect(lambda made: seen.append(("document", made[0] is tab.outcome.document)))
    tab.start()
    qtbot.waitUntil(lambda: tab.is_ready, timeout=10_000)
    assert seen == [("report", None, True, False), ("document", True)]
    assert tab.content.banner.isVisibleTo(tab) and tab.outcome.report.verdict is not None
    body = tab.content.body
    assert not body.pending and body.mode == "rendered"
    assert "interview" in body.view.browser.toPlainText().lower()


def test_a_finding_chosen_while_the_body_is_pending_is_scrolled_to_once_shown(qtbot, qapp, gui_isolated) -> None:
    from inspector.gui.message_tab import MessageTab
    from inspector.gui.worker import Source

    tab = MessageTab(Source(label="demo", path=str(DEMO)))
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()

    def choose(outcome) -> None:
        pixel = next(f for f in outcome.report.findings if f.element_id)
        tab.content.go_to_finding(pixel)
        assert tab.content.body._pending_element == pixel.element_id

    tab.signals.analysis_finished.connect(choose)
    tab.start()
    qtbot.waitUntil(lambda: tab.is_ready, timeout=10_000)
    assert tab.content.body._pending_element is None  # scrolled once the document was there
    assert tab.content.body.view.browser.extraSelections()


def test_the_safe_document_is_made_once_the_verdict_is_on_screen(qtbot, qapp, gui_isolated, monkeypatch) -> None:
    """In a real worker thread the safe document waits for the tab's signal: made at the same time,
    its Python held the GIL while the GUI thread built and painted the verdict."""
    from inspector.gui import worker
    from inspector.gui.message_tab import MessageTab

    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    monkeypatch.setattr(worker, "VERDICT_FIRST_S", 30.0)  # a missed signal would show as a 30 s wait
    tab = MessageTab(worker.Source(label="demo", path=str(DEMO)))
    qtbot.addWidget(tab)
    tab.show()
    when_made: list[tuple[bool, bool]] = []
    make_safe = worker.make_safe

    def watched(message, report):
        when_made.append((tab.signals.verdict_shown.is_set(), tab.content is not None))
        return make_safe(message, report)

    monkeypatch.setattr(worker, "make_safe", watched)
    tab.start()
    qtbot.waitUntil(lambda: tab.is_ready, timeout=10_000)
    assert when_made == [(True, True)]
    assert not tab.content.body.pending


def test_the_safe_document_is_made_even_if_no_tab_says_the_verdict_is_shown(qtbot, qapp, monkeypatch) -> None:
    from inspector.gui import worker

    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    monkeypatch.setattr(worker, "VERDICT_FIRST_S", 0.05)
    signals = worker.JobSignals()
    reports: list[object] = []
    documents: list[object] = []
    signals.analysis_finished.connect(reports.append)  # nobody sets verdict_shown (a closed tab)
    signals.document_ready.connect(documents.append)
    worker.submit(worker.AnalysisJob(worker.Source(label="demo", path=str(DEMO)), signals))
    qtbot.waitUntil(lambda: bool(documents), timeout=10_000)
    assert len(reports) == 1 and not signals.verdict_shown.is_set()
    assert documents[0][0] is not None
