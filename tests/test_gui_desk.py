"""The window's steady look: banner tint across language switches, panel widths, the Source view's start."""

from __future__ import annotations

import pytest
from gui_support import DEMO, simple_message
from PySide6.QtWidgets import QPushButton

from inspector.gui.main_window import MainWindow
from inspector.gui.message_tab import MessageTab

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_isolated")]


def open_message(qtbot, win: MainWindow, tmp_path, data: bytes, name: str = "m.eml") -> MessageTab:
    path = tmp_path / name
    path.write_bytes(data)
    win.open_paths([str(path)])
    qtbot.waitUntil(win.all_ready, timeout=10000)
    return win.current_tab()


def banner_colour(tab: MessageTab) -> tuple[int, int, int]:
    banner = tab.content.banner
    image = banner.grab().toImage()
    colour = image.pixelColor(image.width() - 4, image.height() - 4)  # inside the tint, clear of any text
    return colour.red(), colour.green(), colour.blue()


def test_banner_tint_survives_language_switches(qtbot, window, tmp_path):
    tab = open_message(qtbot, window, tmp_path, simple_message())
    first = banner_colour(tab)
    switches = [("fr", "&Fichier"), ("nl", "&Bestand"), ("en", "&File"), ("fr", "&Fichier"), ("nl", "&Bestand")]
    for code, title in switches:
        window.choose_language(code)
        qtbot.waitUntil(lambda t=title: window.menu_file.title() == t, timeout=2000)
        qtbot.waitUntil(lambda: not tab.content.body._loading, timeout=5000)  # the relabelled safe view is in
        assert banner_colour(tab) == first


def accessible_name(widget) -> str:
    from PySide6.QtGui import QAccessible

    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def tab_chain(qtbot, win: MainWindow, stops: int = 60) -> list:
    """Press Tab until the focus comes back where it started; every widget it visited, in order."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win.activateWindow()
    seen: list = []
    for _ in range(stops):
        QTest.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or (seen and widget is seen[0]):
            break
        seen.append(widget)
    return seen


def test_tab_reaches_banner_card_and_view_switches_and_every_stop_has_a_name(qtbot, window, tmp_path):
    tab = open_message(qtbot, window, tmp_path, simple_message())
    tab.content.pages.setCurrentIndex(0)
    chain = tab_chain(qtbot, window)
    content = tab.content
    assert content.banner in chain and content.sender_card in chain
    assert chain.index(content.banner) < chain.index(content.sender_card)
    for button in content.body.mode_buttons:
        assert button in chain
    unnamed = [type(w).__name__ + ":" + w.objectName() for w in chain if not accessible_name(w)]
    assert unnamed == []
    assert "Nothing suspicious" in accessible_name(content.banner)
    assert content.banner.accessibleDescription()  # the verdict sentence
    assert "jan.peeters@example.org" in content.sender_card.accessibleDescription()


def test_start_screen_focus_is_visible_on_the_second_tab(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused in (window.empty.open_button, window.empty.sample)
    with_focus = focused.grab().toImage()
    focused.clearFocus()
    without = focused.grab().toImage()
    assert with_focus != without  # something is drawn to show where the focus is


@pytest.mark.parametrize("size", [(1024, 640), (1920, 1080)])
def test_panel_widths_are_decided_once_per_window_size(qtbot, window, tmp_path, size):
    from inspector.gui.message_tab import column_widths

    window.resize(*size)
    widths: list[list[int]] = []

    def watch(index: int) -> None:  # the new tab, before its analysis starts (jobs run inline in tests)
        tab = window.tabs.widget(index)
        tab.title_changed.connect(lambda _t: widths.append(tab.content.splitter.sizes()))  # analysed, no body yet

    window.tabs.currentChanged.connect(watch)
    window.choose_language("fr")  # the longest banner and labels
    qtbot.waitUntil(lambda: window.menu_file.title() == "&Fichier", timeout=2000)
    window.open_paths([str(DEMO)])
    tab = window.current_tab()
    qtbot.waitUntil(window.all_ready, timeout=10000)
    qtbot.waitUntil(lambda: not tab.content.body._loading, timeout=5000)
    settled = tab.content.splitter.sizes()
    assert widths and widths[0][0] == settled[0]  # the findings column did not move once the body came in
    assert settled[0] == column_widths(window.width())[0]
    assert (window.width(), window.height()) == size  # nothing in the open message forces the window larger


def long_line_message() -> bytes:
    received = "from " + ".".join(["relay-host-with-a-long-name"] * 12) + " by mx.example.org; Tue, 25 Nov 2025"
    return f"Received: {received}\r\n".encode() + simple_message()


def test_source_view_opens_at_its_start(qtbot, window, tmp_path):
    window.resize(1024, 640)
    tab = open_message(qtbot, window, tmp_path, long_line_message())
    tab.content.show_page("source")
    source = tab.content.raw.source
    qtbot.waitUntil(lambda: bool(source.toPlainText()), timeout=2000)
    assert source.horizontalScrollBar().maximum() > 0  # the first line is wider than the view
    assert source.horizontalScrollBar().value() == 0
    assert source.verticalScrollBar().value() == 0


@pytest.mark.parametrize(("code", "shown"), [("en", "2025-11-25T09:00:03+01:00"), ("fr", "25/11"), ("nl", "25/11")])
def test_dates_follow_the_window_language(qapp, code, shown):
    from PySide6.QtCore import QLocale

    from inspector.gui.dates import local_date

    before = QLocale()
    QLocale.setDefault(QLocale(code))
    try:
        text = local_date("2025-11-25T09:00:03+01:00")
        assert shown in text and "09:00" in text
        assert code == "en" or "T09" not in text
        assert local_date("not a date") == "not a date"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800), (1920, 1080)])
def test_in_a_short_window_the_sender_card_leaves_room_for_the_findings(qtbot, window, size):
    """At 1024 x 640 the card took two thirds of the column and the findings list showed two rows."""
    from inspector.gui.sender_card import CARD_SHARE, FINDINGS_ROOM

    window.resize(*size)
    window.open_paths([str(DEMO)])
    tab = window.current_tab()
    qtbot.waitUntil(window.all_ready, timeout=10000)
    card = tab.content.sender_card
    scroll = card.parentWidget().parentWidget()  # the card sits in the CardScroll's viewport
    qtbot.waitUntil(lambda: scroll.height() > 60, timeout=2000)  # laid out
    column = scroll.parentWidget().height()
    needed = card.heightForWidth(scroll.viewport().width())
    if size == (1024, 640):
        assert scroll.height() <= max(round(column * CARD_SHARE), column - FINDINGS_ROOM) < needed  # it scrolls
        assert tab.content.findings.tree.height() >= 4 * tab.content.findings.tree.sizeHintForRow(0)
    else:  # room for both: all of the card, no scrolling
        assert column - needed >= FINDINGS_ROOM and scroll.height() >= needed


def test_recent_files_of_the_same_name_are_told_apart_and_an_ampersand_stays(qtbot, window, tmp_path):
    """Two `invoice.eml` from two folders read the same in File › Open Recent and on the drop screen;
    `Q&A.eml` lost its `&` (Qt read it as the mnemonic of the next letter)."""
    paths = []
    for folder, name in (("Downloads", "invoice.eml"), ("Archive", "invoice.eml"), ("Inbox", "Q&A.eml")):
        (tmp_path / folder).mkdir()
        paths.append(tmp_path / folder / name)
        paths[-1].write_bytes(simple_message())
    window.open_paths([str(p) for p in paths])
    qtbot.waitUntil(window.all_ready, timeout=10000)
    window.menu_recent.aboutToShow.emit()
    shown = {a.text(): a.toolTip() for a in window.menu_recent.actions() if a.text()}
    menu = [text.split(" ", 1)[1] for text in shown if text.startswith("&")]
    assert {"invoice.eml — Downloads", "invoice.eml — Archive", "Q&&A.eml"} <= set(menu)
    assert any(str(paths[0]) in tip for tip in shown.values())  # the whole path on hover
    assert window.menu_recent.toolTipsVisible()
    window.close_tab(0)
    window.close_tab(0)
    window.close_tab(0)
    zone = window.empty.zone
    wanted = {"invoice.eml — Downloads", "invoice.eml — Archive", "Q&&A.eml"}

    def shown() -> list[str]:
        return [b.text() for b in zone.findChildren(QPushButton) if b.isFlat() and not b.isHidden()]

    qtbot.waitUntil(lambda: wanted <= set(shown()), timeout=2000)  # a layout shows new buttons queued
    buttons = shown()
    assert len(buttons) == len(set(buttons))  # the buttons of the earlier lists are gone, not left at (0, 0)
