"""The finding detail pane: the report's labelled evidence rows, translated, with copy buttons for exact values."""

from __future__ import annotations

import pytest
from gui_support import DEMO
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from inspector.gui.findings_panel import FindingsPanel
from inspector.gui.i18n import Translations
from inspector.pipeline import scan
from inspector.sources import Source

PIXEL_URL = "https://track.press-updates.example/o/YS5kdXBvbnRAcGFybGlhbWVudC5leGFtcGxl.gif"


@pytest.fixture
def panel(qtbot, qapp, gui_isolated):
    translations = Translations(qapp)
    translations.apply("en")
    report = scan(Source(str(DEMO))).report
    widget = FindingsPanel()
    qtbot.addWidget(widget)
    widget.resize(520, 900)
    widget.show_findings(report.findings)
    widget.show()
    widget.select_finding(next(f for f in report.findings if f.code == "TRACKING_PIXEL"))
    widget.translations = translations  # one object, so that the language is reset for the next tests
    yield widget
    translations.apply("en")


def labels(panel: FindingsPanel) -> list[str]:
    return [label.text() for label in panel.detail.findChildren(QLabel)]


def test_detail_shows_labelled_rows_not_a_dump(panel: FindingsPanel) -> None:
    texts = labels(panel)
    for label in ("Address", "Token", "Decoded token", "Where it sits", "HTML element", "Found in"):
        assert label in texts
    assert "a.dupont@parliament.example" in texts  # the decoded token
    joined = "\n".join(texts)
    assert "element_ids" not in joined and "ei-ref" not in joined and '"items"' not in joined
    assert "[HIGH]" not in joined and "vector:" not in joined and "evidence:" not in joined


def test_message_text_reaches_the_pane_as_plain_text(panel: FindingsPanel) -> None:
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in panel.detail.findChildren(QLabel))


def test_copy_button_copies_the_exact_url(panel: FindingsPanel, qtbot) -> None:
    (button,) = [b for b in panel.detail.copy_buttons if b.property("exact_value") == PIXEL_URL]
    QApplication.clipboard().clear()
    panel.detail.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == PIXEL_URL  # not defanged, not shortened


def test_urls_and_tokens_are_monospace(panel: FindingsPanel) -> None:
    values = [
        label for label in panel.detail.findChildren(QLabel) if label.objectName() in ("evidence-url", "evidence-token")
    ]
    assert values and all(label.font() == panel.detail.mono for label in values)
    assert QFontInfo(panel.detail.mono).fixedPitch()


def test_tooltip_is_the_full_title(panel: FindingsPanel) -> None:
    item = panel.tree.currentItem()
    finding = panel.selected()
    assert finding.title in item.toolTip(0) and "TRACKING_PIXEL" not in item.toolTip(0)


def test_labels_follow_the_language(panel: FindingsPanel) -> None:
    panel.translations.apply("fr")
    panel.retranslate()
    texts = labels(panel)
    assert "Jeton décodé" in texts and "Adresse" in texts and "Decoded token" not in texts
    assert any(b.text() == "Copier" for b in panel.detail.copy_buttons)


def test_evidence_words_follow_the_language_too(panel: FindingsPanel) -> None:
    """The pixel's "Recognised by" row was English in every language: the signals were kept as plain
    strings (the JSON is unchanged: a Text is its English string)."""
    panel.translations.apply("fr")
    panel.retranslate()
    texts = " | ".join(labels(panel))
    assert "dernière image du message" in texts.lower() and "last image of the message" not in texts
