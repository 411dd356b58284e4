"""The real window, offscreen: opening by drop, by mime data and from argv; broken files; languages."""

from __future__ import annotations

import pytest
from gui_support import drag_enter, drop, message_with_attachments, outlook_descriptor, simple_message
from PySide6.QtCore import QMimeData, QSettings, QUrl
from PySide6.QtGui import QKeySequence

from inspector.gui.main_window import MainWindow
from inspector.gui.message_tab import MessageTab

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_isolated")]


def wait_ready(qtbot, win: MainWindow) -> MessageTab:
    qtbot.waitUntil(win.all_ready, timeout=10000)
    return win.current_tab()


def test_empty_state_then_sample(qtbot, window):
    assert window.stack.currentWidget() is window.empty
    assert window.empty.headline.text() == "Drop a suspect email here"
    window.empty.sample.linkActivated.emit("sample")
    tab = wait_ready(qtbot, window)
    assert window.stack.currentWidget() is window.tabs
    assert tab.outcome is not None and "interview" in tab.outcome.report.message.subject


def test_drop_file_opens_a_tab(qtbot, window, tmp_path):
    path = tmp_path / "minutes.eml"
    path.write_bytes(simple_message())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert drag_enter(window, mime).isAccepted()
    assert window.drops.overlay.isVisible() and "inspect" in window.drops.overlay.text()
    drop(window, mime)
    tab = wait_ready(qtbot, window)
    assert not window.drops.overlay.isVisible()
    assert tab.outcome.report.message.subject == "Minutes of Tuesday"
    assert window.tabs.tabText(0) == "Minutes of Tuesday"


def test_drop_of_a_non_message_is_refused(qtbot, window, tmp_path):
    path = tmp_path / "holiday.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drag_enter(window, mime)
    assert "Not an email message" in window.drops.overlay.text()
    drop(window, mime)
    assert window.tabs.count() == 0
    assert "holiday.jpg" in window.statusBar().currentMessage()


def test_drop_rfc822_data(qtbot, window):
    mime = QMimeData()
    mime.setData("message/rfc822", simple_message(subject="Dragged from a mail program"))
    assert drag_enter(window, mime).isAccepted()
    drop(window, mime)
    tab = wait_ready(qtbot, window)
    assert tab.outcome.report.message.subject == "Dragged from a mail program"
    assert not tab.source.path and tab.source.data


def test_drop_outlook_virtual_file(qtbot, window):
    mime = QMimeData()
    mime.setData('application/x-qt-windows-mime;value="FileGroupDescriptorW"', outlook_descriptor("Agenda.msg"))
    mime.setData('application/x-qt-windows-mime;value="FileContents"', simple_message(subject="From Outlook"))
    assert drag_enter(window, mime).isAccepted()
    drop(window, mime)
    tab = wait_ready(qtbot, window)
    assert tab.source.label == "Agenda.msg"
    assert tab.outcome.report.message.subject == "From Outlook"


def test_broken_file_shows_a_message_in_its_tab(qtbot, window, tmp_path):
    path = tmp_path / "broken.eml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    missing = tmp_path / "gone.eml"
    window.open_paths([str(path), str(missing)])
    qtbot.waitUntil(window.all_ready, timeout=5000)
    first, second = window.message_tabs()
    assert first.failure.code == "NOT_A_MESSAGE"
    assert "broken.eml could not be opened" in first.error.headline.text()
    assert "This is not an email message" in first.error.detail.text()
    assert second.failure.code == "NOT_FOUND"
    assert window.isVisible()


def test_open_from_argv(qtbot, monkeypatch, tmp_path):
    """`email-inspector a.eml b.eml`: cli -> gui.app.run -> one tab per file."""
    from PySide6.QtWidgets import QApplication

    from inspector import cli
    from inspector.gui import app as gui_app

    paths = []
    for name in ("a.eml", "b.eml"):
        paths.append(tmp_path / name)
        paths[-1].write_bytes(simple_message(subject=f"Subject {name}"))
    seen = {}

    def fake_exec(app):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.tabs.count() == 2 and window.all_ready(), timeout=10000)
        seen["subjects"] = [t.outcome.report.message.subject for t in window.message_tabs()]
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert cli.main([str(p) for p in paths]) == 0
    assert seen["subjects"] == ["Subject a.eml", "Subject b.eml"]
    assert gui_app.sys.excepthook is not None


def test_switch_languages(qtbot, window):
    window.open_sources([])
    window.choose_language("fr")  # Qt posts LanguageChange to the windows: wait for it
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Fichier", timeout=2000)
    assert window.empty.headline.text() == "Déposez ici un e-mail suspect"
    window.choose_language("nl")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Bestand", timeout=2000)
    assert window.act_open.text() == "&Openen…"
    assert window.act_languages["nl"].isChecked()
    window.choose_language("en")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=2000)
    assert (
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "EmailInspector", "Email Inspector").value(
            "language"
        )
        == "en"
    )


def test_open_nested_message_in_new_tab(qtbot, window, tmp_path):
    path = tmp_path / "fwd.eml"
    path.write_bytes(message_with_attachments())
    window.open_paths([str(path)])
    tab = wait_ready(qtbot, window)
    panel = tab.content.attachments
    names = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert "invoice.pdf.exe   ← really a .exe file" in names
    row = next(r for r, a in enumerate(panel._attachments) if a.sniffed_type == "message/rfc822")
    panel.table.selectRow(row)
    assert panel.open_button.isEnabled()
    panel.open_button.click()
    qtbot.waitUntil(lambda: window.tabs.count() == 2 and window.all_ready(), timeout=5000)
    nested = window.current_tab()
    assert nested.outcome.report.message.subject == "The nested original"


def test_every_action_has_a_shortcut(window):
    without = [a.text() for a in window.actions() if a.shortcut().isEmpty() and not a.isCheckable()]
    # Reachable from File › Open Recent and from the Help menu (F1 opens the help pages instead).
    assert without == ["Clear the List", "&About Email Inspector"]
    assert window.act_help.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert window.act_open.shortcut().toString() == "Ctrl+O"


def test_findings_and_verdict_follow_the_language(qtbot, window):
    """The texts the core writes (finding titles, explanations, verdict) are shown translated."""
    window.empty.sample.linkActivated.emit("sample")
    tab = wait_ready(qtbot, window)
    report = tab.outcome.report
    panel, banner = tab.content.findings, tab.content.banner
    english_titles = {item.text(0) for item in panel.items()}
    assert english_titles == {f.title for f in report.findings}
    assert banner.reason.text() in (report.verdict.reason, report.verdict.threat_reason)
    panel.select_finding(report.findings[0])
    english_detail = panel.detail.toPlainText()
    assert report.findings[0].explanation in english_detail

    window.choose_language("fr")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Fichier", timeout=2000)
    french_titles = {item.text(0) for item in panel.items()}
    assert len(french_titles) == len(english_titles) and not french_titles & english_titles
    assert banner.reason.text() != report.verdict.reason
    assert "Ce message" in banner.tracking_reason.text() and "Suivi" in banner.tracking_headline.text()
    assert panel.detail.toPlainText() != english_detail  # the open explanation was redrawn
    assert report.findings[0].code in panel.detail.toPlainText()  # codes and evidence stay as they are
    body = tab.content.body  # the safe view is made again: its badge speaks French too
    qtbot.waitUntil(lambda: "pixel espion" in body.document.html, timeout=10000)
    assert "tracking pixel" not in body.document.html

    window.choose_language("nl")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Bestand", timeout=2000)
    dutch_titles = {item.text(0) for item in panel.items()}
    assert not dutch_titles & (english_titles | french_titles)
    assert "Dit bericht" in banner.tracking_reason.text()

    window.choose_language("en")
    qtbot.waitUntil(lambda: window.menu_file.title() == "&File", timeout=2000)
    assert {item.text(0) for item in panel.items()} == english_titles
    assert banner.reason.text() in (report.verdict.reason, report.verdict.threat_reason)
    qtbot.waitUntil(lambda: "tracking pixel" in body.document.html, timeout=10000)


def test_window_title_is_the_subject_and_status_says_the_view_in_words(qtbot, window, tmp_path):
    path = tmp_path / "minutes.eml"
    path.write_bytes(simple_message(subject="Budget [*] & <b>minutes</b>"))
    assert window.windowTitle() == "Email Inspector"
    window.open_paths([str(path)])
    wait_ready(qtbot, window)
    # "[*]" is Qt's modified mark: doubled so that it shows as the sender wrote it.
    assert window.windowTitle() == "Budget [*][*] & <b>minutes</b> — Email Inspector"
    assert window.engine_label.text() in ("Safe view: full", "Safe view: light")
    window.close_tab(0)
    assert window.windowTitle() == "Email Inspector"
