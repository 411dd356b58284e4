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
        assert banner_colour(tab) == first
