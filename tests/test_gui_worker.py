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
