"""The window's steady look: banner tint across language switches, panel widths, the Source view's start."""

from __future__ import annotations

import pytest
from gui_support import simple_message

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
