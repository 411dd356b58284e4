"""Many messages at once: every tab shows its own message, in both engines; one picture per tab (issue 23)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, REPO
from gui_support import drag_enter, drop, simple_message
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage

from inspector.gui.safe_view import create_safe_view

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_isolated")]
CORPUS_MESSAGES = ("phishing_pot/sample-1004.eml", "phishing_pot/sample-1038.eml", "phishing_pot/sample-1086.eml")


def _engines() -> list[str]:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return ["textbrowser"]
    return ["textbrowser", "webengine"]


def made_up(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for number in range(1, count + 1):
        path = tmp_path / f"made-up-{number}.eml"
        body = f"Message number {number}: the minutes of meeting {number} are below.\n" * (number * 3)
        path.write_bytes(simple_message(subject=f"Made-up message {number}", body=body))
        paths.append(path)
    return paths


def five_messages(kind: str, tmp_path: Path) -> list[Path]:
    if kind == "made-up":
        return made_up(tmp_path, 5)
    real = [CORPUS / name for name in CORPUS_MESSAGES]
    if not all(path.is_file() for path in real):
        pytest.skip("the shared corpus is not here")
    return [*real, *made_up(tmp_path, 2)]


def blank_grab(engine: str, size, qtbot) -> QImage:
    """What an empty page looks like in this engine, at this size: a tab showing nothing grabs as this."""
    blank = create_safe_view(engine=engine)
    qtbot.addWidget(blank)
    blank.resize(size)
    blank.show()
    with qtbot.waitSignal(blank.load_finished, timeout=20_000):
        blank.set_html("<!DOCTYPE html><html><body></body></html>")
    images: list[QImage] = []
    qtbot.waitUntil(lambda: images.append(blank.grab().toImage()) or len(images) > 3, timeout=10_000)
    return images[-1]


def differs(one: QImage, other: QImage) -> bool:
    """Whether two grabs show different things: a few hundred sampled pixels of another colour (not the format)."""
    if one.size() != other.size():
        return True
    points = ((x, y) for x in range(0, one.width(), 4) for y in range(0, one.height(), 4))
    return sum(one.pixel(x, y) & 0xFFFFFF != other.pixel(x, y) & 0xFFFFFF for x, y in points) > 200


@pytest.mark.parametrize("kind", ["made-up", "corpus"])
@pytest.mark.parametrize("engine", _engines())
def test_five_messages_in_one_drop_each_tab_shows_its_message(qtbot, window, monkeypatch, tmp_path, engine, kind):
    monkeypatch.setenv("EMAIL_INSPECTOR_ENGINE", engine)
    paths = five_messages(kind, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    drag_enter(window, mime)
    drop(window, mime)
    qtbot.waitUntil(lambda: window.tabs.count() == 5 and window.all_ready(), timeout=30_000)
    tabs = window.message_tabs()
    assert [tab.source.path for tab in tabs] == [str(path) for path in paths]
    assert all(tab.failure is None and tab.content.body.view.engine_name == engine for tab in tabs)
    blank = None
    grabs: list[QImage] = []
    for index, tab in enumerate(tabs):
        window.tabs.setCurrentIndex(index)
        view = tab.content.body.view
        blank = blank if blank is not None and blank.size() == view.size() else blank_grab(engine, view.size(), qtbot)
        seen: list[QImage] = []
        # A view that never loaded its document grabs as the blank page for ever: this fails then.
        shown = lambda v=view, s=seen, b=blank: s.append(v.grab().toImage()) or differs(s[-1], b)  # noqa: E731
        qtbot.waitUntil(shown, timeout=20_000)
        grabs.append(seen[-1])
        if index < 2:
            seen[-1].save(f"/tmp/tabs-{engine}-{kind}-{index + 1}.png")
    assert all(differs(grabs[i], grabs[j]) for i in range(5) for j in range(i + 1, 5))  # each shows its own
    if engine == "textbrowser":
        for tab, path in zip(tabs[-2:], paths[-2:], strict=True):
            number = path.stem.rsplit("-", 1)[1]
            assert f"Message number {number}:" in tab.content.body.view.browser.toPlainText()


def test_screenshot_paths():
    from inspector.gui.app import screenshot_paths

    assert screenshot_paths("out/x.png", 1) == [Path("out/x.png")]
    assert screenshot_paths("out/x.png", 3) == [Path("out/x-1.png"), Path("out/x-2.png"), Path("out/x-3.png")]
    assert screenshot_paths("shot", 2) == [Path("shot-1.png"), Path("shot-2.png")]


@pytest.mark.parametrize("engine", _engines())
def test_screenshot_of_several_files_writes_one_picture_per_tab(tmp_path, engine):
    paths = made_up(tmp_path, 2)
    out = tmp_path / "shots" / "x.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EMAIL_INSPECTOR_ENGINE=engine, HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), EMAIL_INSPECTOR_NO_EXCEPTHOOK="1",
               EMAIL_INSPECTOR_SCREENSHOT_TIMEOUT_MS="60000")  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "inspector", *map(str, paths), "--screenshot", str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    first, second = QImage(str(out.with_name("x-1.png"))), QImage(str(out.with_name("x-2.png")))
    assert not out.exists()
    assert first.width() == 1280 and second.width() == 1280
    assert first != second  # the second tab's picture shows the second tab
    assert "one picture per tab" in done.stderr and "x-2.png" in done.stderr


# --- item 3: Outlook drags of several items; the same file again -------------------------------------------------
OUTLOOK = 'application/x-qt-windows-mime;value="{}"'


def outlook_group(*names: str) -> bytes:
    """A FILEGROUPDESCRIPTORW with one 592-byte FILEDESCRIPTORW per name (the name at offset 72)."""
    records = b""
    for name in names:
        record = bytearray(592)
        encoded = name.encode("utf-16-le")[:518]
        record[72 : 72 + len(encoded)] = encoded
        records += bytes(record)
    return len(names).to_bytes(4, "little") + records


def test_outlook_drag_of_two_items_opens_both(qtbot, window):
    mime = QMimeData()
    mime.setData(OUTLOOK.format("FileGroupDescriptorW"), outlook_group("Invoice.msg", "Reminder.msg"))
    mime.setData(OUTLOOK.format("FileContents") + ";index=0", simple_message(subject="The invoice"))
    mime.setData(OUTLOOK.format("FileContents") + ";index=1", simple_message(subject="The reminder"))
    assert drag_enter(window, mime).isAccepted()
    assert "inspect" in window.drops.overlay.text()
    drop(window, mime)
    qtbot.waitUntil(lambda: window.tabs.count() == 2 and window.all_ready(), timeout=10_000)
    tabs = window.message_tabs()
    assert [t.source.label for t in tabs] == ["Invoice.msg", "Reminder.msg"]
    assert [t.outcome.report.message.subject for t in tabs] == ["The invoice", "The reminder"]


def test_outlook_drag_without_the_other_items_contents_says_so(qtbot, window):
    """Qt on Windows asks only for the first item's FileContents: the others are named, not lost silently."""
    mime = QMimeData()
    mime.setData(OUTLOOK.format("FileGroupDescriptorW"), outlook_group("Invoice.msg", "Reminder.msg"))
    mime.setData(OUTLOOK.format("FileContents"), simple_message(subject="The invoice"))
    drag_enter(window, mime)
    drop(window, mime)
    qtbot.waitUntil(lambda: window.tabs.count() == 1 and window.all_ready(), timeout=10_000)
    assert window.current_tab().source.label == "Invoice.msg"
    status = window.statusBar().currentMessage()
    assert "Reminder.msg" in status and "one at a time" in status


def test_the_same_file_again_focuses_its_tab(qtbot, window, tmp_path):
    first, second = made_up(tmp_path, 2)
    window.open_paths([str(first), str(second)])
    qtbot.waitUntil(lambda: window.tabs.count() == 2 and window.all_ready(), timeout=10_000)
    assert window.tabs.currentIndex() == 1
    link = tmp_path / "link.eml"
    link.symlink_to(first)
    window.open_paths([str(tmp_path / "." / first.name)])  # another spelling of the same file
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 0
    window.tabs.setCurrentIndex(1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(link))])  # a link to it, dropped
    drag_enter(window, mime)
    drop(window, mime)
    assert window.tabs.count() == 2 and window.tabs.currentIndex() == 0
    assert "Already open" in window.statusBar().currentMessage()


def test_the_same_dropped_bytes_again_focus_their_tab(qtbot, window):
    for subject in ("Dragged once", "Something else", "Dragged once"):
        mime = QMimeData()
        mime.setData("message/rfc822", simple_message(subject=subject))
        drag_enter(window, mime)
        drop(window, mime)
        qtbot.waitUntil(window.all_ready, timeout=10_000)
    assert window.tabs.count() == 2
    assert window.current_tab().outcome.report.message.subject == "Dragged once"


def test_a_file_that_failed_is_tried_again(qtbot, window, tmp_path):
    path = tmp_path / "later.eml"
    window.open_paths([str(path)])  # not there yet
    qtbot.waitUntil(window.all_ready, timeout=10_000)
    path.write_bytes(simple_message(subject="Here now"))
    window.open_paths([str(path)])
    qtbot.waitUntil(lambda: window.tabs.count() == 2 and window.all_ready(), timeout=10_000)
    assert window.current_tab().outcome.report.message.subject == "Here now"
