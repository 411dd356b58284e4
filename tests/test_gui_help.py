"""Help that helps: the help pages open with F1 in every language, and no two mnemonics clash.

A mnemonic (the underlined letter, Alt+letter) that two things share at one level reaches only one
of them: Alt+H went to the Headers tab, so the Help menu could not be opened by keyboard.
"""

from __future__ import annotations

import pytest
from gui_support import simple_message
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabBar, QTabWidget, QWidget

from inspector.gui.help_view import PAGES, help_html
from inspector.gui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("gui_isolated")]


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        return text[index + 1 : index + 2].lower() or None
    return None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        if (key := mnemonic(text)) is not None:
            seen.setdefault(key, []).append(text)
    return {key: names for key, names in seen.items() if len(names) > 1}


def menu_levels(menu: QMenu, path: str) -> dict[str, list[str]]:
    """Each menu's entries are one level; a submenu is a level of its own."""
    levels = {path: [a.text() for a in menu.actions() if not a.isSeparator()]}
    for action in menu.actions():
        if action.menu() is not None:
            levels.update(menu_levels(action.menu(), f"{path} › {action.text()}"))
    return levels


def window_level(win: MainWindow) -> list[str]:
    """The menu bar's titles plus every mnemonic the window shows at the same time (tabs, labels, buttons)."""
    texts = [a.text() for a in win.menuBar().actions()]
    for widget in win.findChildren(QWidget):
        if not widget.isVisibleTo(win):
            continue
        if isinstance(widget, QTabBar) and isinstance(widget.parent(), QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
    return texts


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_no_mnemonic_clashes_at_any_level(qtbot, window, tmp_path, language):
    path = tmp_path / "minutes.eml"
    path.write_bytes(simple_message())
    window.open_paths([str(path)])
    qtbot.waitUntil(window.all_ready, timeout=10000)
    if language != "en":
        window.choose_language(language)
        qtbot.waitUntil(lambda: window.menu_file.title() != "&File", timeout=2000)
    pages = window.current_tab().content.pages
    levels = {}
    for index in range(pages.count()):  # each page shows its own buttons beside the menus and tabs
        pages.setCurrentIndex(index)
        levels[f"window, page {index}"] = window_level(window)
    for action in window.menuBar().actions():
        levels.update(menu_levels(action.menu(), action.text()))
    found = {level: c for level, texts in levels.items() if (c := clashes(texts))}
    assert found == {}
    assert all(mnemonic(a.text()) for a in window.menuBar().actions())  # every menu opens with Alt+letter


def test_f1_opens_how_to_read_a_verdict(qtbot, window):
    QTest.keyClick(window, Qt.Key.Key_F1)
    help_window = window.help_window
    qtbot.waitUntil(help_window.isVisible, timeout=2000)
    page = help_window.tabs.currentWidget()
    assert page is help_window.pages["verdict"]
    text = page.toPlainText()
    assert "How to read a verdict" in text and "DKIM" in text and "Targeted" in text
    window.act_advice.trigger()
    assert help_window.tabs.currentWidget() is help_window.pages["advice"]
    assert "security contact" in help_window.pages["advice"].toPlainText()
    assert [a for a in window.menu_help.actions() if isinstance(a, QAction) and a is window.act_help]


def test_help_follows_the_language(qtbot, window):
    window.show_help("verdict")
    window.choose_language("fr")
    qtbot.waitUntil(lambda: window.help_window.windowTitle() != "Email Inspector Help", timeout=2000)
    assert "Comment lire un verdict" in window.help_window.pages["verdict"].toPlainText()
    window.choose_language("nl")
    qtbot.waitUntil(lambda: "oordeel" in window.help_window.pages["verdict"].toPlainText(), timeout=2000)
    assert "Wat moet ik doen" in window.help_window.pages["advice"].toPlainText()


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_every_help_page_exists_and_loads_nothing(language):
    for page in PAGES:
        html = help_html(page, language)
        assert "<h1>" in html
        lowered = html.lower()
        assert "src=" not in lowered and "http" not in lowered and "<link" not in lowered


def test_ctrl_p_prints_through_the_print_dialog(qtbot, window, tmp_path, monkeypatch):
    """Ctrl+P opens the system's print dialog and prints the case report; the PDF export keeps its entry."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from inspector.gui import print_report

    path = tmp_path / "minutes.eml"
    path.write_bytes(simple_message())
    window.open_paths([str(path)])
    qtbot.waitUntil(window.all_ready, timeout=10000)
    target = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def accept(dialog: QPrintDialog) -> int:  # the person picks "print to file" and presses Print
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        asked.append(printer)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.act_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    pages = {}
    real = print_report.print_dialog
    monkeypatch.setattr(print_report, "print_dialog", lambda *a, **k: pages.setdefault("n", real(*a, **k)))
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Print))
    assert asked and pages["n"] >= 1
    assert target.read_bytes().startswith(b"%PDF") and target.stat().st_size > 2000
    assert window.act_exports["pdf"].shortcut().toString() == "Ctrl+Shift+P"
    assert window.act_print in window.menu_file.actions()
