"""Hovering a hostile message reads no local file, in both engines (issue 21, item 1).

Qt shows a tooltip as rich text when it looks like HTML, and rich text loads `<img src>` from
disk (on Windows a `\\\\host\\share` path is an SMB connection that sends the user's password hash).
The message below puts that markup in link targets, titles, headers, attachment names and the names
of forwarded messages (which become tab tooltips), and names the file it opens on disk the same
way. Every widget, item, tab and titled element of every tab is hovered; the canary file must never
be opened or read, and the hostile tooltips must have been shown (as text).
"""

from __future__ import annotations

import base64

import pytest
from file_watch import FileWatch, available
from hostile_titles import hostile_message
from hover import Hover, open_and_hover
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not available(), reason="the canary is watched with inotify (Linux)"),
]
GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")


def _engines() -> list[str]:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return ["textbrowser"]
    return ["textbrowser", "webengine"]


@pytest.fixture(params=_engines())
def engine(request, gui_isolated, monkeypatch) -> str:
    monkeypatch.setenv("EMAIL_INSPECTOR_ENGINE", request.param)
    return request.param


def test_hovering_a_hostile_message_reads_no_file(qtbot, window, engine, tmp_path, monkeypatch):
    canary = tmp_path / "canary.png"
    canary.write_bytes(GIF)
    monkeypatch.chdir(tmp_path)  # a bare name in rich text is read from the working directory
    path = tmp_path / '<img src="canary.png">.eml'  # the tab's tooltip is the file's path
    path.write_bytes(hostile_message(str(canary), "canary.png"))
    hover = Hover()
    with FileWatch(str(canary)) as watch:
        titled = open_and_hover(window, str(path), engine, hover)
        reads = watch.events()
    assert window.tabs.count() == 0
    assert reads == [], f"the canary was opened or read on hover ({engine})"
    hostile = hover.hostile("canary.png")
    assert titled >= 8, "the safe view's titled elements were not found"
    assert sum(where == "view" for where, _ in hostile) >= 8, hover.shown  # titles and link targets, as text
    assert any(where == "item" for where, _ in hostile), hover.shown  # the headers' values
    tabs = {text for where, text in hostile if where == "tab"}
    for name in ('canary.png"&gt;.eml', "canary.png'&gt;.eml", "&gt; 2231.eml", "&gt; ct.eml"):
        assert any(name in text for text in tabs), (name, tabs)  # the file's path, then each forwarded name
    for where, text in hover.shown:
        assert not (QtGui.mightBeRichText(text) and "<img" in text), (where, text)


def test_the_saved_note_shows_an_attachment_name_as_text(qtbot, tmp_path):
    """The note names the file written; `safe_basename` already replaces `<`, and the label is plain anyway."""
    from inspector.gui.attachments_panel import AttachmentsPanel
    from inspector.parsing import load_bytes

    message = load_bytes(hostile_message(str(tmp_path / "canary.png"), "canary.png"))
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.show_attachments(message.attachments)
    assert panel.save_to(tmp_path, message.attachments[0]) is not None
    assert "canary.png" in panel.note.text()
    assert panel.note.textFormat() == Qt.TextFormat.PlainText
