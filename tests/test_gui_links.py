"""A link click in the safe view: only web links can go to the browser; every other scheme is copy-only.

The operating system hands a URL to whatever program claims its scheme: `file:` and `smb:` open a
share (on Windows, with the user's password hash), `search-ms:` and `ms-msdt:` have run code.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from inspector.gui import link_dialog
from inspector.gui.link_dialog import LinkDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch):
    """Every URL handed to the operating system; dialogs answer by clicking Open wherever it exists."""
    handed: list[str] = []
    monkeypatch.setattr(link_dialog.QDesktopServices, "openUrl", lambda url: handed.append(url.toString()) or True)

    def click_open(box: LinkDialog) -> int:
        box.shown_buttons = [b.text() for b in box.buttons()]
        (box.open_button or box.copy_button).click()
        return 0

    monkeypatch.setattr(LinkDialog, "exec", click_open)
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Open)  # the confirmation
    return handed


@pytest.mark.parametrize("url", ["https://bank.example/login?id=7", "http://news.example/a", "HTTPS://Upper.example/"])
def test_web_links_open_in_the_browser_after_confirmation(qtbot, opened, url):
    dialog = LinkDialog(None, url)
    qtbot.addWidget(dialog)
    assert dialog.act() == "opened"
    assert [u.lower() for u in opened] == [url.lower()]


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://attacker.example/share/x.png",
        "smb://attacker.example/share",
        "search-ms:query=invoice&crumb=location:\\\\attacker.example\\share",
        "ms-msdt:/id PCWDiagnostic /skip force /param",
        "ftp://files.example/x.exe",
        "webcal://calendar.example/feed.ics",
        "mailto:boss@example.org?subject=hi&attach=/etc/passwd",
        "tel:+3225551234",
        "javascript:alert(1)",
        "https:///no-host",
        "not a url at all",
    ],
)
def test_other_schemes_are_copy_only_and_say_why(qtbot, opened, url):
    dialog = LinkDialog(None, url)
    qtbot.addWidget(dialog)
    assert dialog.open_button is None
    assert dialog.act() == "copied"
    assert opened == []
    assert not any("Open" in text for text in dialog.shown_buttons), dialog.shown_buttons
    why = dialog.informativeText()
    if url.startswith("mailto:"):
        assert "email address" in why and "mail program" in why
    else:
        assert "Only web links (http and https) can be opened from here" in why


def test_the_browser_warning_is_shown_for_web_links_only(qtbot):
    web, share = LinkDialog(None, "https://a.example/"), LinkDialog(None, "file://host/share")
    for dialog in (web, share):
        qtbot.addWidget(dialog)
    assert web.open_button is not None and "Only web links" not in web.informativeText()
    assert share.open_button is None
