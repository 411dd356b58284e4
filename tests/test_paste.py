"""Pasted or dropped text and `scan -`: a header block or a whole message opens; other text is refused (issue 23)."""

from __future__ import annotations

import io
import json
import sys

import pytest
from gui_support import drag_enter, drop, simple_message
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inspector import parsing
from inspector.cli import main
from inspector.sources import stdin_source, text_message

HEADERS = (
    "Received: from mx.example.net (mx.example.net [192.0.2.7]) by mail.example.org; Tue, 25 Nov 2025 09:00:01 +0100\n"
    "Authentication-Results: mail.example.org; spf=fail smtp.mailfrom=example.net\n"
    "From: Bank Support <support@example.net>\n"
    "To: a.dupont@parliament.example\n"
    "Subject: Your account is blocked\n"
    "Date: Tue, 25 Nov 2025 09:00:00 +0100\n"
    "Message-ID: <header-block-1@example.net>\n"
)
PROSE = "Note: the meeting moved to Thursday.\nAgenda: budget, then questions.\n\nSee you there."


def test_text_message_takes_messages_and_header_blocks_only():
    assert text_message("\n\n" + HEADERS) == HEADERS.encode()  # a selection often starts with a blank line
    whole = simple_message().decode()
    assert text_message(whole) == whole.encode()
    assert text_message(PROSE) is None  # "Name: value" lines, but no mail header
    assert text_message("From: someone\nhello") is None  # one mail header is not enough
    assert text_message("just some words") is None
    assert text_message("") is None


def test_stdin_is_read_within_the_file_limit(monkeypatch):
    monkeypatch.setattr(parsing, "MAX_INPUT_BYTES", 10)
    stream = io.BytesIO(b"x" * 1000)
    source = stdin_source(stream)
    assert len(source.data) == 11 and stream.tell() == 11  # the limit and one byte: oversize shows, no more
    assert source.label == "<stdin>" and source.path == "" and source.origin == "stdin"


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_scan_dash_reads_one_message_from_standard_input(monkeypatch, capsys):
    _stdin(monkeypatch, HEADERS.encode())
    assert main(["scan", "--format", "json", "-"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert record["ok"] and record["file"] == "<stdin>"
    assert record["message"]["subject"] == "Your account is blocked"
    assert "AUTH_FAIL_SPF" in [f["code"] for f in record["findings"]]


def test_scan_dash_of_something_else_is_a_clear_error(monkeypatch, capsys):
    _stdin(monkeypatch, b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    assert main(["scan", "--format", "json", "-"]) == 1
    captured = capsys.readouterr()
    (record,) = [json.loads(line) for line in captured.out.splitlines() if line.strip()]
    assert record["error"]["code"] == "NOT_A_MESSAGE"
    assert "<stdin>: this is not an email message" in captured.err


def test_scan_help_mentions_standard_input(capsys):
    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    assert "standard input" in capsys.readouterr().out


# --- the window ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [HEADERS, simple_message(subject="Copied from Show original").decode()])
@pytest.mark.gui
@pytest.mark.usefixtures("gui_isolated")
def test_paste_opens_a_pasted_message(qtbot, window, text):
    from inspector.gui.export_menu import record_of

    QApplication.clipboard().setText(text)
    window.activateWindow()
    window.act_paste.trigger()
    qtbot.waitUntil(lambda: window.tabs.count() == 1 and window.all_ready(), timeout=10_000)
    tab = window.current_tab()
    assert tab.failure is None
    assert tab.source.path == "" and tab.source.origin == "clipboard"
    subject = tab.outcome.report.message.subject
    assert window.tabs.tabText(0).startswith("Pasted message")
    assert window.tabs.tabText(0) == f"Pasted message: {subject}"[:40] or "…" in window.tabs.tabText(0)
    assert "Pasted message (from the clipboard)" in window.tabs.tabToolTip(0)
    assert record_of(tab.outcome)["file"] == "Pasted message (from the clipboard)"  # what every export shows


@pytest.mark.gui
@pytest.mark.usefixtures("gui_isolated")
def test_ctrl_v_on_the_drop_screen_pastes(qtbot, window):
    QApplication.clipboard().setText(HEADERS)
    assert window.act_paste.shortcut().toString() == "Ctrl+V"
    assert window.act_paste in window.menu_edit.actions()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    QTest.keyClick(window.empty, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.count() == 1 and window.all_ready(), timeout=10_000)
    assert window.current_tab().source.origin == "clipboard"


@pytest.mark.gui
@pytest.mark.usefixtures("gui_isolated")
def test_paste_of_text_that_is_not_a_message_is_refused(qtbot, window):
    QApplication.clipboard().setText(PROSE)
    window.act_paste.trigger()
    assert window.tabs.count() == 0
    assert "This text is not an email message" in window.statusBar().currentMessage()


@pytest.mark.gui
@pytest.mark.usefixtures("gui_isolated")
def test_the_same_text_pasted_twice_opens_once(qtbot, window):
    QApplication.clipboard().setText(HEADERS)
    window.act_paste.trigger()
    qtbot.waitUntil(window.all_ready, timeout=10_000)
    window.act_paste.trigger()
    assert window.tabs.count() == 1


@pytest.mark.gui
@pytest.mark.usefixtures("gui_isolated")
def test_dropped_text_opens_or_is_refused_with_a_sentence(qtbot, window):
    prose = QMimeData()
    prose.setText(PROSE)
    assert drag_enter(window, prose).isAccepted()
    assert "This text is not an email message" in window.drops.overlay.text()
    drop(window, prose)
    assert window.tabs.count() == 0
    assert "This text is not an email message" in window.statusBar().currentMessage()
    headers = QMimeData()
    headers.setText(HEADERS)
    drag_enter(window, headers)
    assert "inspect" in window.drops.overlay.text()
    drop(window, headers)
    qtbot.waitUntil(lambda: window.tabs.count() == 1 and window.all_ready(), timeout=10_000)
    tab = window.current_tab()
    assert tab.source.origin == "drop" and tab.source.label == "Pasted message (dropped text)"
    assert tab.outcome.report.message.subject == "Your account is blocked"


@pytest.mark.gui
def test_pasted_text_is_held_to_the_file_limit(qapp, monkeypatch):
    from inspector.gui.paste import text_source

    source, why = text_source(HEADERS, "clipboard")
    assert source is not None and why == ""
    monkeypatch.setattr(parsing, "MAX_INPUT_BYTES", len(HEADERS) - 1)
    source, why = text_source(HEADERS, "clipboard")
    assert source is None and why == "The text is larger than the 100 MB limit."
