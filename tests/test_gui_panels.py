"""The window's panels on real messages: finding -> element, headers, saving attachments, plain text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from gui_support import DEMO, message_with_attachments, simple_message
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel

import inspector.pipeline
from inspector.gui import app as gui_app
from inspector.gui.i18n import Translations
from inspector.gui.main_window import MainWindow
from inspector.model import Category, Finding, Severity

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_isolated")]
REPO = Path(__file__).resolve().parent.parent


def open_one(qtbot, win, path):
    win.open_paths([str(path)])
    qtbot.waitUntil(win.all_ready, timeout=10000)
    return win.current_tab().content


@pytest.fixture
def with_pixel_finding(monkeypatch):
    """A beacon finding with an element id: the analyser's own, or (where it is absent) one made up."""
    from inspector.render import safe_document

    real = inspector.pipeline.analyse

    def analyse(message, context=None):
        report = real(message, context)
        if not any(f.element_id for f in report.findings):
            ids = safe_document(message, report).element_ids
            report.findings.append(
                Finding(
                    category=Category.BEACON,
                    code="TRACKING_PIXEL",
                    severity=Severity.HIGH,
                    title="Hidden tracking image",
                    explanation="A 1x1 image that reports when you open the message.",
                    url="https://track.press-updates.example/o/x.gif",
                    host="track.press-updates.example",
                    element_id=ids[-1],
                )
            )
        return report

    monkeypatch.setattr(inspector.pipeline, "analyse", analyse)  # where the window's pipeline looks it up


def test_selecting_a_beacon_scrolls_and_outlines_it(qtbot, window, with_pixel_finding):
    content = open_one(qtbot, window, DEMO)
    finding = next(f for f in content.tab.outcome.report.findings if f.element_id)
    content.show_page("headers")
    content.findings.select_finding(finding)
    assert content.pages.currentWidget() is content.body and content.body.mode == "rendered"
    browser = content.body.view.browser
    qtbot.waitUntil(lambda: bool(browser.extraSelections()), timeout=3000)  # the outline
    selections = browser.extraSelections()
    visible = browser.cursorRect(selections[0].cursor)
    assert browser.viewport().rect().intersects(visible)  # scrolled into view
    assert finding.title in content.findings.detail.toPlainText()
    assert "hxxps://track[.]press-updates[.]example" in content.findings.detail.toPlainText()


def test_header_finding_selects_the_header_and_the_raw_line(qtbot, window, monkeypatch):
    real = inspector.pipeline.analyse

    def analyse(message, context=None):
        report = real(message, context)
        report.findings.append(
            Finding(category=Category.SENDER, code="REPLY_TO_MISMATCH", severity=Severity.MEDIUM,
                    title="Replies go elsewhere", explanation="x", header="Reply-To")
        )  # fmt: skip
        return report

    monkeypatch.setattr(inspector.pipeline, "analyse", analyse)  # where the window's pipeline looks it up
    content = open_one(qtbot, window, DEMO)
    finding = next(f for f in content.tab.outcome.report.findings if f.code == "REPLY_TO_MISMATCH")
    content.findings.select_finding(finding)
    assert content.pages.currentWidget() is content.headers
    assert content.headers.selected_name() == "Reply-To"
    assert content.raw.selected_line().startswith("Reply-To:")


def test_severity_filter_and_next_finding(qtbot, window, with_pixel_finding):
    content = open_one(qtbot, window, DEMO)
    total = len(content.findings.items())
    content.findings.filter.setCurrentIndex(3)  # high only
    assert all(str(i.data(0, 256).severity) == "high" for i in content.findings.items())
    content.findings.filter.setCurrentIndex(0)
    assert len(content.findings.items()) == total
    window.act_next.trigger()
    assert content.findings.selected() is not None


def test_copy_iocs_defanged_and_plain(qtbot, window, with_pixel_finding):
    open_one(qtbot, window, DEMO)
    text = window.copy_iocs(defanged=True)
    assert "hxxps://track[.]press-updates[.]example" in text
    assert "https://" not in text
    assert QApplication.clipboard().text() == text
    assert "https://track.press-updates.example" in window.copy_iocs(defanged=False)


def test_save_attachment_never_overwrites_nor_escapes(qtbot, window, tmp_path):
    source = tmp_path / "fwd.eml"
    source.write_bytes(message_with_attachments())
    content = open_one(qtbot, window, source)
    panel = content.attachments
    target = tmp_path / "saved"
    target.mkdir()
    pdf = next(a for a in panel._attachments if a.filename == "agenda.pdf")
    first = panel.save_to(target, pdf)
    second = panel.save_to(target, pdf)
    assert first == target / "agenda.pdf" and second == target / "agenda (2).pdf"
    assert first.read_bytes() == second.read_bytes() == pdf.data()
    assert "already exists" in panel.note.text()
    evil = panel.save_to(target, pdf, name="../../../etc/cron.d/evil")
    assert evil.parent == target and evil.name == "evil"
    assert not os.access(evil, os.X_OK)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fwd.eml", "saved", "settings"]
    exe_row = next(r for r, a in enumerate(panel._attachments) if a.filename == "invoice.pdf.exe")
    assert "real extension" in panel.table.item(exe_row, 0).toolTip()


def test_attacker_text_is_plain(qtbot, window, tmp_path):
    path = tmp_path / "html-subject.eml"
    path.write_bytes(simple_message(subject="<b>bold</b><img src=https://x.example/p.gif>"))
    content = open_one(qtbot, window, path)
    assert "<b>bold</b>" in content.banner.subject.text()
    for label in content.findChildren(QLabel):
        if "<b>bold" in label.text():
            assert label.textFormat().name == "PlainText"


def test_splitters_are_remembered(qtbot, qapp, window, tmp_path):
    path = tmp_path / "a.eml"
    path.write_bytes(simple_message())
    content = open_one(qtbot, window, path)
    content.splitter.setSizes([640, 640])
    content.splitter.splitterMoved.emit(640, 1)
    again = MainWindow(Translations(qapp))
    qtbot.addWidget(again)
    again.show()
    restored = open_one(qtbot, again, path)
    left = restored.splitter.sizes()[0]
    assert abs(left - content.splitter.sizes()[0]) <= 20  # layout may nudge it; the default is 380
    assert left > 550


def test_excepthook_shows_one_dialog_and_cannot_recurse(monkeypatch, capsys):
    shown = []

    def exec_(box):
        shown.append(box.text())
        gui_app.excepthook(RuntimeError, RuntimeError("inside the dialog"), None)  # must not open a second one
        return 0

    monkeypatch.setattr(gui_app.QMessageBox, "exec", exec_)
    gui_app.excepthook(ValueError, ValueError("boom"), None)
    assert shown == ["Something went wrong inside Email Inspector."]
    assert "boom" in capsys.readouterr().err
    monkeypatch.setenv("EMAIL_INSPECTOR_NO_EXCEPTHOOK", "1")
    before = sys.excepthook
    gui_app.install_excepthook(True)
    assert sys.excepthook is before


_GUARD = """
import socket, sys
def _no(self, address, *a):
    if isinstance(address, tuple) and address and str(address[0]) not in ('127.0.0.1', '::1', 'localhost'):
        raise OSError('network blocked in test: %r' % (address,))
    return _real(self, address, *a)
_real = socket.socket.connect
socket.socket.connect = _no
socket.getaddrinfo = lambda host, *a, **k: (_ for _ in ()).throw(OSError('dns blocked'))
from inspector.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("target", ["demo", "broken"])
def test_screenshot_in_a_subprocess(tmp_path, target):
    out = tmp_path / "shot.png"
    path = DEMO
    if target == "broken":
        path = tmp_path / "broken.eml"
        path.write_bytes(b"GIF89a" + b"\x00" * 32)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EMAIL_INSPECTOR_ENGINE="textbrowser", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), EMAIL_INSPECTOR_NO_EXCEPTHOOK="1")  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", _GUARD, str(path), "--screenshot", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    image = QImage(str(out))
    assert image.width() == 1280 and image.height() >= 800
    if target == "demo":
        assert done.returncode == 0, done.stderr
    else:
        assert done.returncode == 1
        assert "broken.eml" in done.stderr and "not an email message" in done.stderr


def test_a_link_click_never_navigates_and_offers_copy(qtbot, window, monkeypatch):
    from inspector.gui import link_dialog

    opened = []
    monkeypatch.setattr(link_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url))
    seen = []

    def exec_(box):
        seen.append((box.textFormat().name, box.text()))
        box.copy_defanged.click()
        return 0

    monkeypatch.setattr(link_dialog.LinkDialog, "exec", exec_)
    content = open_one(qtbot, window, DEMO)
    content.body.link_activated.emit("https://lesoir-be.example/dossier?u=<b>x</b>")
    assert seen == [("PlainText", "This link leads to:\n\nhttps://lesoir-be.example/dossier?u=<b>x</b>")]
    assert QApplication.clipboard().text() == "hxxps://lesoir-be[.]example/dossier?u=<b>x</b>"
    assert opened == []


@pytest.mark.parametrize(
    ("ip", "host", "shown"),
    [
        ("192.0.2.7", "mail.example.org", "192.0.2.7 (mail.example.org) at 2025-11-25T09:00:03+01:00"),
        ("", "mail.example.org", "mail.example.org at 2025-11-25T09:00:03+01:00"),  # no "(host)" alone
        ("192.0.2.7", "", "192.0.2.7 at 2025-11-25T09:00:03+01:00"),
    ],
)
def test_sender_card_origin_line(qtbot, ip, host, shown):
    from inspector.gui.sender_card import SenderCard, SenderView

    card = SenderCard()
    qtbot.addWidget(card)
    view = SenderView(address="a@example.org", origin_ip=ip, origin_host=host, origin_time="2025-11-25T09:00:03+01:00")
    card.show_sender(view)
    texts = [w.text() for w in card.findChildren(QLabel)]
    assert shown in texts


def test_sender_view_reads_the_typed_summary_or_else_the_headers() -> None:
    from inspector.gui.sender_card import sender_view
    from inspector.model import Report
    from inspector.parsing import load_bytes

    message = load_bytes(DEMO.read_bytes())
    report = inspector.pipeline.scan_bytes(DEMO.read_bytes())
    view = sender_view(report, message)
    assert (view.display_name, view.address) == ("Le Soir – Rédaction", "redaction@lesoir-be.example")
    assert view.reply_to == ["lesoir.interviews@outlook-mail.example"]
    assert (view.origin_ip, view.origin_host) == ("203.0.113.45", "mailer.lesoir-be.example")  # the entry hop
    assert (view.auth["dmarc"].result, view.auth["dmarc"].trusted) == ("fail", True)
    # No sender summary (the sender analysis failed): the headers and the last hop outside, nothing trusted
    bare = sender_view(Report(message=report.message, received=report.received), message)
    assert bare.address == view.address and bare.reply_to == view.reply_to
    assert (bare.origin_ip, bare.origin_host) == ("198.51.100.77", "[10.8.0.14]")
    assert (bare.auth["dmarc"].result, bare.auth["dmarc"].trusted) == ("fail", None)
