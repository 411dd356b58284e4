"""Find in the message (Ctrl+F): rendered and plain-text views in both engines, the HTML source (issue 23)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector.gui.find_bar import find_in_document

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_isolated")]


def _engines() -> list[str]:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return ["textbrowser"]
    return ["textbrowser", "webengine"]


def newsletter() -> bytes:
    """An HTML part that says "budget" three times, a plain part that says it twice."""
    msg = EmailMessage()
    msg["From"] = "Town hall <news@example.org>"
    msg["To"] = "a.dupont@parliament.example"
    msg["Subject"] = "This week"
    msg["Date"] = "Tue, 25 Nov 2025 09:00:00 +0100"
    msg["Message-ID"] = "<week-1@example.org>"
    msg.set_content("The budget is out.\nRead the budget online.\n")
    msg.add_alternative(
        "<html><body><h1>This week</h1><p>The <b>budget</b> is out.</p>"
        "<p>Questions about the Budget?</p><p>Read the budget online.</p></body></html>",
        subtype="html",
    )
    return bytes(msg)


def open_newsletter(qtbot, window, tmp_path, monkeypatch, engine: str):
    monkeypatch.setenv("EMAIL_INSPECTOR_ENGINE", engine)
    path = tmp_path / "week.eml"
    path.write_bytes(newsletter())
    window.open_paths([str(path)])
    qtbot.waitUntil(lambda: window.tabs.count() == 1 and window.all_ready(), timeout=20_000)
    return window.current_content()


def type_search(qtbot, bar, text: str, expected: str) -> None:
    QTest.keyClicks(bar.edit, text)
    qtbot.waitUntil(lambda: bar.count.text() == expected, timeout=10_000)


@pytest.mark.parametrize("engine", _engines())
def test_ctrl_f_finds_text_in_the_rendered_message(qtbot, window, tmp_path, monkeypatch, engine):
    content = open_newsletter(qtbot, window, tmp_path, monkeypatch, engine)
    content.show_page("headers")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = content.body.find_bar
    assert content.pages.currentWidget() is content.body  # Ctrl+F shows the message, not the headers
    assert bar.isVisible() and bar.edit.hasFocus()
    type_search(qtbot, bar, "budget", "1 of 3")  # case ignored: "Budget" counts
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.count.text() == "2 of 3", timeout=10_000)
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    QTest.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.count.text() == "1 of 3", timeout=10_000)  # wraps round
    QTest.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bar.count.text() == "3 of 3", timeout=10_000)  # and backwards
    if engine == "textbrowser":
        browser = content.body.view.browser
        assert len(browser.extraSelections()) == 3  # every match highlighted
        assert browser.textCursor().selectedText().lower() == "budget"
    bar.edit.clear()
    type_search(qtbot, bar, "no such words", "No matches")
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.isHidden()
    if engine == "textbrowser":
        assert content.body.view.browser.extraSelections() == []  # closing clears the highlighting


@pytest.mark.parametrize("engine", _engines())
def test_find_in_the_plain_text_view(qtbot, window, tmp_path, monkeypatch, engine):
    content = open_newsletter(qtbot, window, tmp_path, monkeypatch, engine)
    with qtbot.waitSignal(content.body.ready, timeout=20_000):
        window.act_modes[1].trigger()  # Ctrl+2: the plain-text part
    window.find_in_message()
    type_search(qtbot, content.body.find_bar, "budget", "1 of 2")


def test_find_in_the_html_source(qtbot, window, tmp_path, monkeypatch):
    content = open_newsletter(qtbot, window, tmp_path, monkeypatch, "textbrowser")
    window.act_modes[2].trigger()  # Ctrl+3: the HTML source, where the tags are text too
    window.find_in_message()
    bar = content.body.find_bar
    type_search(qtbot, bar, "<b>budget</b>", "1 of 1")
    assert content.body.source.textCursor().selectedText() == "<b>budget</b>"


def test_find_in_headers_keeps_its_own_shortcut(qtbot, window, tmp_path, monkeypatch):
    content = open_newsletter(qtbot, window, tmp_path, monkeypatch, "textbrowser")
    assert window.act_find_headers.shortcut().toString() == "Ctrl+Shift+F"
    window.act_find_headers.trigger()
    assert content.pages.currentWidget() is content.headers
    assert content.body.find_bar.isHidden()


def test_find_in_document_steps_and_wraps(qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("one cat, two cats, three CATS")
    assert find_in_document(edit, "cat") == (1, 3)
    assert find_in_document(edit, "cats") == (1, 2)  # typing on keeps the place when it still matches
    assert find_in_document(edit, "cats", again=True) == (2, 2)
    assert find_in_document(edit, "cats", again=True) == (1, 2)
    assert find_in_document(edit, "cats", backward=True) == (2, 2)
    assert find_in_document(edit, "dog") == (0, 0)
    assert edit.extraSelections() == [] and not edit.textCursor().hasSelection()


def test_invisible_characters_between_letters_do_not_hide_a_word(qtbot):
    """Phishing text splits words with zero-width characters to evade filters; the reader still finds them."""
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.setPlainText("Your pass\u200cword exp\u200b\u200bires; reset the p\u00adassword. (a+b)*c")
    assert find_in_document(browser, "password") == (1, 2)
    assert find_in_document(browser, "expires") == (1, 1)
    assert find_in_document(browser, "(a+b)*c") == (1, 1)  # typed text is literal, not a pattern
    assert find_in_document(browser, "pass word") == (0, 0)


def test_ctrl_v_in_the_find_box_pastes_into_it_not_a_new_message(qtbot, window, tmp_path, monkeypatch):
    content = open_newsletter(qtbot, window, tmp_path, monkeypatch, "textbrowser")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.find_in_message()
    bar = content.body.find_bar
    qtbot.waitUntil(bar.edit.hasFocus, timeout=5000)
    QApplication.clipboard().setText(
        "From: a@example.org\nTo: b@example.org\nSubject: would open as a message if pasted on the window\n"
    )
    QTest.keyClick(bar.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert bar.edit.text().startswith("From: a@example.org")  # a line edit takes the first line of the text
    assert window.tabs.count() == 1
