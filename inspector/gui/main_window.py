"""The main window: menus and shortcuts, tabs of messages, the empty state, drops."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QTabWidget

from inspector import __version__
from inspector.report.iocs import collect, format_iocs
from inspector.resources import resource_path
from inspector.sources import Source

from . import settings as prefs
from .drop import DropHandler, clipboard_contents, refuse_drops_below
from .empty_state import EmptyState
from .export_menu import KINDS, export_dialog
from .i18n import LANGUAGES, Translations, chosen_language
from .icons import icon
from .tab_keys import source_key
from .widgets import file_labels, menu_text, plain_tooltip

if TYPE_CHECKING:
    from .message_tab import MessageTab

SAMPLE = "demo/demo-phish.eml"


class MainWindow(QMainWindow):
    all_loaded = Signal()  # every open tab is analysed and shown (or failed)

    def __init__(self, translations: Translations | None = None) -> None:
        super().__init__()
        self.translations = translations or Translations(QApplication.instance())
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.empty = EmptyState(self)
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.engine_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.engine_label)
        self.empty.open_requested.connect(self.open_dialog)
        self.empty.sample_requested.connect(self.open_sample)
        self.empty.recent_requested.connect(lambda path: self.open_paths([path]))
        self.drops = DropHandler(self)
        refuse_drops_below(self.centralWidget())
        self.drops.sources_dropped.connect(self.open_sources)
        self.drops.drop_refused.connect(self._refused)
        self._make_actions()
        self._make_menus()
        self.retranslate()
        self._restore_geometry()
        self._update_actions()

    # --- actions and menus -------------------------------------------------------------------
    def _action(
        self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot, *, checkable: bool = False
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _make_actions(self) -> None:
        a = self._action
        self.act_open = a(QKeySequence.StandardKey.Open, self.open_dialog)
        self.act_open_folder = a("Ctrl+Alt+O", self.open_folder_dialog)
        self.act_sample = a("Ctrl+Shift+O", self.open_sample)
        self.act_close = a(QKeySequence.StandardKey.Close, lambda: self.close_tab(self.tabs.currentIndex()))
        self.act_quit = a("Ctrl+Q", self.close)  # StandardKey.Quit is empty on some platforms
        self.act_clear_recent = a(None, self._clear_recent)
        self.act_iocs = a("Ctrl+Shift+C", lambda: self.copy_iocs(defanged=True))
        self.act_iocs_plain = a("Ctrl+Alt+Shift+C", lambda: self.copy_iocs(defanged=False))
        self.act_paste = a(QKeySequence(QKeySequence.StandardKey.Paste), self.paste)
        self.act_find = a(QKeySequence.StandardKey.Find, self.find_in_message)
        self.act_find_headers = a("Ctrl+Shift+F", self.find_in_headers)
        self.act_settings = a("Ctrl+,", self.open_settings)
        self.act_next = a("F8", lambda: self._findings_step(1))
        self.act_prev = a("Shift+F8", lambda: self._findings_step(-1))
        self.act_next_tab = a("Ctrl+PgDown", lambda: self._tab_step(1))
        self.act_prev_tab = a("Ctrl+PgUp", lambda: self._tab_step(-1))
        self.act_modes = [
            a(f"Ctrl+{i + 1}", lambda _c=False, m=m: self._body_mode(m))
            for i, m in enumerate(("rendered", "plain", "source"))
        ]
        self.act_pages = [
            a(f"Alt+{i + 1}", lambda _c=False, p=p: self._page(p))
            for i, p in enumerate(("message", "headers", "attachments", "source"))
        ]
        self.act_help = a(QKeySequence.StandardKey.HelpContents, lambda: self.show_help("verdict"))  # F1
        self.act_advice = a("Shift+F1", lambda: self.show_help("advice"))
        self.act_about = a(None, self.about)
        self.act_print = a(QKeySequence.StandardKey.Print, self.print_report)  # Ctrl+P: the system's dialog
        keys = ("Ctrl+E", "Ctrl+Shift+P", "Ctrl+Shift+E", "Ctrl+Alt+I", "Ctrl+Alt+X", "Ctrl+Alt+M")
        self.act_exports = {
            kind: a(key, lambda _c=False, k=kind: self.export(k)) for kind, key in zip(KINDS, keys, strict=True)
        }
        self.language_group = QActionGroup(self)
        self.act_languages: dict[str, QAction] = {}
        for code in ("", *LANGUAGES):
            action = a(None, lambda _c=False, code=code: self.choose_language(code), checkable=True)
            self.language_group.addAction(action)
            self.act_languages[code] = action
        self.act_languages[chosen_language()].setChecked(True)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_recent.setToolTipsVisible(True)
        self.menu_file.insertAction(self.menu_recent.menuAction(), self.act_open)
        self.menu_file.insertAction(self.menu_recent.menuAction(), self.act_open_folder)
        self.menu_file.insertAction(self.menu_recent.menuAction(), self.act_sample)
        self.menu_file.addSeparator()
        self.menu_export = self.menu_file.addMenu("")
        self.menu_export.addActions(list(self.act_exports.values()))
        self.menu_file.addAction(self.act_print)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_close, self.act_quit])
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_paste, self.act_iocs, self.act_iocs_plain, self.act_find])
        self.menu_edit.addAction(self.act_find_headers)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_settings)
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions(self.act_pages)
        self.menu_view.addSeparator()
        self.menu_view.addActions(self.act_modes)
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_next, self.act_prev, self.act_next_tab, self.act_prev_tab])
        self.menu_language = bar.addMenu("")
        self.menu_language.addActions(list(self.act_languages.values()))
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_help, self.act_advice])
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        self._update_title()
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &Recent"))
        self.menu_export.setTitle(self.tr("&Export"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        texts = {
            self.act_open: self.tr("&Open…"),
            self.act_open_folder: self.tr("Open a &Folder or Maildir…"),
            self.act_sample: self.tr("Open the &Sample Message"),
            self.act_close: self.tr("&Close Tab"),
            self.act_quit: self.tr("&Quit"),
            self.act_clear_recent: self.tr("Clear the List"),
            self.act_iocs: self.tr("Copy &IOCs (Defanged)"),
            self.act_iocs_plain: self.tr("Copy IOCs (P&lain)"),
            self.act_paste: self.tr("&Paste Message"),
            self.act_find: self.tr("&Find in Message…"),
            self.act_find_headers: self.tr("Find in &Headers"),
            self.act_settings: self.tr("&Settings…"),
            self.act_next: self.tr("&Next Finding"),
            self.act_prev: self.tr("&Previous Finding"),
            self.act_next_tab: self.tr("Next Ta&b"),
            self.act_prev_tab: self.tr("Pre&vious Tab"),
            self.act_help: self.tr("How to &Read a Verdict"),
            self.act_advice: self.tr("&What Should I Do?"),
            self.act_about: self.tr("&About Email Inspector"),
            self.act_print: self.tr("&Print…"),
            self.act_languages[""]: self.tr("&System Language"),
            self.act_exports["html"]: self.tr("Report as &HTML…"),
            self.act_exports["pdf"]: self.tr("Report as &PDF…"),
            self.act_exports["bundle"]: self.tr("&Evidence Bundle (zip)…"),
            self.act_exports["iocs"]: self.tr("&Indicators (defanged text)…"),
            self.act_exports["stix"]: self.tr("Indicators as &STIX 2.1…"),
            self.act_exports["misp"]: self.tr("Indicators as &MISP Event…"),
        }
        for action, mode in zip(
            self.act_modes, (self.tr("&Rendered"), self.tr("Plain &Text"), self.tr("HTML &Source")), strict=True
        ):
            texts[action] = mode
        # Whole sentences, not "Show {page}": each language places its own mnemonics (no clash in the menu).
        pages = (
            self.tr("Show &Message"),
            self.tr("Show &Headers"),
            self.tr("Show &Attachments"),
            self.tr("Show Message S&ource"),
        )
        for action, page in zip(self.act_pages, pages, strict=True):
            texts[action] = page
        for action, text in texts.items():
            action.setText(text)
        for code, name in LANGUAGES.items():
            self.act_languages[code].setText(name)  # each language in its own name
        self.tabs.setAccessibleName(self.tr("Open messages"))
        self._update_engine_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- opening -----------------------------------------------------------------------------
    def open_dialog(self) -> None:
        start = prefs.settings().value("last_folder", str(Path.home()))
        kinds = self.tr(
            "Messages and mailboxes (*.eml *.msg *.mbox *.mbx mbox);;Mailboxes (*.mbox *.mbx mbox);;All files (*)"
        )
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open messages"), str(start), kinds)
        if paths:
            prefs.settings().setValue("last_folder", str(Path(paths[0]).parent))
            self.open_paths(paths)

    def open_folder_dialog(self) -> None:
        """A folder of messages or a Maildir opens as a list (a file dialog cannot choose folders)."""
        start = prefs.settings().value("last_folder", str(Path.home()))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of messages or a Maildir"), str(start))
        if folder:
            prefs.settings().setValue("last_folder", str(Path(folder).parent))
            self.open_paths([folder])

    def open_sample(self) -> None:
        self.open_sources([Source(label=self.tr("Sample message"), path=str(resource_path(SAMPLE)))])

    def open_paths(self, paths: list[str]) -> None:
        sources = []
        for path in paths:
            resolved = str(Path(path).expanduser().absolute())
            sources.append(Source(label=Path(path).name or path, path=resolved))
            if Path(resolved).is_file():
                self.empty.show_recent(prefs.add_recent(resolved))
        self.open_sources(sources)

    def open_sources(self, sources: list[Source]) -> None:
        from .message_list import open_list_tab  # noqa: PLC0415
        from .message_list_model import lists_instead  # noqa: PLC0415
        from .message_tab import MessageTab  # noqa: PLC0415 - panels and the safe view load after first paint

        tab = None
        for source in sources:
            key = source_key(source)
            if (tab := self._tab_showing(key)) is not None:  # the same file again: its tab, not a copy
                self.statusBar().showMessage(self.tr("Already open: {name}").format(name=source.name), 6000)
                continue
            if lists_instead(source):  # a mailbox or folder: a list of its messages, shown at once
                open_list_tab(self, source).source_key = key
                tab = None
                continue
            tab = MessageTab(source, self.tabs)
            tab.source_key = key
            tab.ready.connect(self._tab_ready)
            tab.title_changed.connect(lambda title, t=tab: self._retitle(t, title))
            tab.nested_requested.connect(lambda src: self.open_sources([src]))
            tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            index = self.tabs.addTab(tab, menu_text(tab.title()))
            # A nested message is labelled with its attachment name: the sender's text.
            self.tabs.setTabToolTip(index, plain_tooltip(source.path or source.label))
            tab.start()
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
        self._update_actions()

    def _tab_showing(self, key: object) -> MessageTab | None:
        """The open tab of this source (a failed one does not count: opening again retries)."""
        if key is None:
            return None
        found = (t for t in self.message_tabs() if getattr(t, "source_key", None) == key and t.failure is None)
        return next(found, None)

    def paste(self) -> list:
        """Edit › Paste Message: open what the clipboard holds (message text, a copied file or item)."""
        contents = clipboard_contents()
        if contents.sources:
            self.open_sources(contents.sources)
        if contents.problems():
            self._refused(contents)
        return contents.sources

    def _retitle(self, tab: MessageTab, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, menu_text(title))
            if tab.outcome is not None:
                verdict = tab.outcome.report.verdict
                self.tabs.setTabIcon(index, icon(verdict.banner or str(verdict.level)))
            if tab is self.current_tab():
                self._update_title()

    def _current_changed(self, _index: int) -> None:
        self._update_actions()
        self._update_title()

    def _update_title(self) -> None:
        """The current message's subject, then the program: the task bar shows which message is open."""
        tab = self.current_tab()
        subject = ""
        if tab is not None:
            outcome = tab.outcome
            subject = (outcome.report.message.subject if outcome is not None else "") or tab.source.label
            subject = " ".join(subject.split())[:120]  # one line, bounded: a subject can be anything
        # Qt reads "[*]" in a window title as the modified mark; doubled, it shows as written.
        shown = subject.replace("[*]", "[*][*]")
        self.setWindowTitle(f"{shown} — Email Inspector" if shown else self.tr("Email Inspector"))

    def _tab_ready(self) -> None:
        for tab in self.message_tabs():
            if tab.failure is not None:
                self.tabs.setTabIcon(self.tabs.indexOf(tab), icon("broken"))
            refuse_drops_below(tab)  # views create their inner widgets late (WebEngine on first load)
        self._update_actions()
        tab = self.current_tab()
        if tab is not None and tab.failure is not None and tab.failure.details:
            self.statusBar().showMessage(tab.failure.message, 10000)
        if self.all_ready():
            self.all_loaded.emit()

    def all_ready(self) -> bool:
        return all(tab.is_ready for tab in self.message_tabs())

    def _refused(self, contents) -> None:
        self.statusBar().showMessage(contents.problems(), 10000)  # DropContents: what was not opened, and why

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is not None:
            self.tabs.removeTab(index)
            widget.deleteLater()
        self._update_actions()

    # --- helpers for the current tab -----------------------------------------------------------
    def message_tabs(self) -> list[MessageTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def export(self, kind: str) -> Path | None:
        tab = self.current_tab()
        return export_dialog(self, tab.outcome if tab is not None else None, kind)

    def current_tab(self) -> MessageTab | None:
        return self.tabs.currentWidget()  # every tab is a MessageTab

    def current_content(self):
        tab = self.current_tab()
        return tab.content if tab is not None else None

    def _update_actions(self) -> None:
        has_tabs = self.tabs.count() > 0
        self.stack.setCurrentWidget(self.tabs if has_tabs else self.empty)
        if not has_tabs:
            self.empty.show_recent(prefs.recent_files())
        for action in (self.act_close, self.act_iocs, self.act_iocs_plain, self.act_find, self.act_next, self.act_prev):
            action.setEnabled(has_tabs)
        self.act_find_headers.setEnabled(has_tabs)
        tab = self.current_tab()
        for action in (*self.act_exports.values(), self.act_print):
            action.setEnabled(tab is not None and tab.outcome is not None)
        self._update_engine_label()

    def _update_engine_label(self) -> None:
        content = self.current_content()
        engine = content.body.engine_name() if content is not None else ""
        words = {
            "webengine": (self.tr("full"), self.tr("The message is shown by a locked-down browser engine")),
            "textbrowser": (
                self.tr("light"),
                self.tr("The message is shown by Qt's simple text view: some layouts look plainer"),
            ),
        }
        word, why = words.get(engine, (self.tr("text only"), self.tr("Only the message's text is shown")))
        self.engine_label.setText(self.tr("Safe view: {engine}").format(engine=word) if engine else "")
        self.engine_label.setToolTip(why if engine else "")

    def _findings_step(self, step: int) -> None:
        if content := self.current_content():
            content.findings.select_next(step)
            content.findings.tree.setFocus()

    def _tab_step(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _body_mode(self, mode: str) -> None:
        if content := self.current_content():
            content.show_page("message")
            content.body.set_mode(mode)

    def _page(self, page: str) -> None:
        if content := self.current_content():
            content.show_page(page)

    def find_in_message(self) -> None:
        if content := self.current_content():
            content.show_page("message")
            content.body.open_find()

    def find_in_headers(self) -> None:
        if content := self.current_content():
            content.show_page("headers")
            content.headers.search.setFocus()
            content.headers.search.selectAll()

    def copy_iocs(self, *, defanged: bool = True) -> str:
        tab = self.current_tab()
        if tab is None or tab.outcome is None:
            return ""
        headings = (
            ("urls", self.tr("URLs")),
            ("domains", self.tr("Domains")),
            ("ips", self.tr("IP addresses")),
            ("emails", self.tr("Email addresses")),
        )
        from inspector.report.record import message_indicators  # noqa: PLC0415 - built when asked

        iocs = collect({"indicators": message_indicators(tab.outcome.message, tab.outcome.report)})
        text = format_iocs(iocs, defanged=defanged, headings=headings)
        QGuiApplication.clipboard().setText(text)
        count = sum(len(getattr(iocs, k)) for k in ("urls", "domains", "ips", "emails", "sha256"))
        self.statusBar().showMessage(self.tr("Copied {n} indicators").format(n=count), 6000)
        return text

    # --- recent files, language, about, geometry -----------------------------------------------
    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        paths = prefs.recent_files()
        for number, (path, label) in enumerate(zip(paths, file_labels(paths), strict=True), start=1):
            action = self.menu_recent.addAction(f"&{number % 10} {menu_text(label)}")
            action.setToolTip(plain_tooltip(path))  # the whole path (the menu shows tooltips)
            action.triggered.connect(lambda _c=False, p=path: self.open_paths([p]))
        self.menu_recent.addSeparator()
        self.menu_recent.addAction(self.act_clear_recent)

    def _clear_recent(self) -> None:
        prefs.clear_recent()
        self.empty.show_recent([])

    def choose_language(self, code: str) -> None:
        self.translations.choose(code)
        self.act_languages[code].setChecked(True)

    def print_report(self) -> int:
        """Ctrl+P: the report through the system's print dialog (File › Export › PDF saves a file)."""
        from .print_report import print_dialog  # noqa: PLC0415 - Qt's print support loads when asked for

        tab = self.current_tab()
        return print_dialog(self, tab.outcome if tab is not None else None)

    def show_help(self, page: str) -> None:
        """The help pages, in a window of their own that stays open beside the message."""
        from .help_view import HelpWindow  # noqa: PLC0415 - loaded when first asked for

        if getattr(self, "help_window", None) is None:
            self.help_window = HelpWindow(self)
        self.help_window.show_page(page)

    def open_settings(self) -> bool:
        from .settings_dialog import open_settings  # noqa: PLC0415 - a dialog seldom opened

        return open_settings(self)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Email Inspector"),
            self.tr("Email Inspector {version}\nOpen suspect emails safely: nothing they contain is fetched.").format(
                version=__version__
            ),
        )

    def _restore_geometry(self) -> None:
        state = prefs.settings().value("window/geometry")
        if isinstance(state, QByteArray) and not state.isEmpty() and self.restoreGeometry(state):
            return
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        if available is None or available.width() < 1100:  # unknown or tiny (offscreen): a laptop size
            self.resize(1280, 820)
        else:
            self.resize(min(1400, int(available.width() * 0.85)), min(900, int(available.height() * 0.85)))

    def closeEvent(self, event) -> None:
        prefs.settings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.drops.overlay.isVisible():
            self.drops.overlay.setGeometry(self.rect())
