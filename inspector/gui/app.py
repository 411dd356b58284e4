"""Start the window: QApplication, translations, the last-resort error dialog, and --screenshot."""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from inspector import __version__

from .i18n import Translations, chosen_language, system_language
from .settings import APPLICATION, ORGANIZATION

EXIT_OK = 0
EXIT_NOT_ANALYSED = 1
EXIT_SCREENSHOT_FAILED = 2
SCREENSHOT_TIMEOUT_MS = int(os.environ.get("EMAIL_INSPECTOR_SCREENSHOT_TIMEOUT_MS", "120000"))
SETTLE_MS = 150  # a view that reported "loaded" may still need a paint (WebEngine grabs blank otherwise)

_in_hook = False


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Show one dialog for an unexpected error and keep running. A failure inside it cannot recurse."""
    global _in_hook
    details = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(details)
    if _in_hook or QApplication.instance() is None:
        return
    _in_hook = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, "")
        box.setText(QApplication.translate("app", "Something went wrong inside Email Inspector."))
        box.setInformativeText(
            QApplication.translate("app", "The window stays open; the message you were looking at is unchanged.")
        )
        box.setDetailedText(details)
        box.exec()
    except Exception:  # noqa: BLE001 - the dialog itself failed: stderr already has the details
        pass
    finally:
        _in_hook = False


def install_excepthook(enabled: bool) -> None:
    """Tests turn it off (EMAIL_INSPECTOR_NO_EXCEPTHOOK=1) so errors fail loudly instead of opening dialogs."""
    if enabled and os.environ.get("EMAIL_INSPECTOR_NO_EXCEPTHOOK") != "1":
        sys.excepthook = excepthook


def make_app() -> tuple[QApplication, Translations]:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "email-inspector"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("email-inspector")
    translations = Translations(app)
    translations.apply(chosen_language() or system_language())
    return app, translations


def prewarm() -> None:
    """After the first paint, load the panels, the parser and the analysers in the background,
    so the first drop does not wait for imports (the window is already on screen)."""

    def load() -> None:
        for name in ("inspector.gui.message_tab", "inspector.parsing", "inspector.analysis"):
            with contextlib.suppress(Exception):  # the real import later reports any problem
                importlib.import_module(name)

    threading.Thread(target=load, name="prewarm", daemon=True).start()


def run(files: list[str], *, screenshot: str | None = None, excepthook: bool = True) -> int:
    app, translations = make_app()
    install_excepthook(excepthook)
    from .main_window import MainWindow  # noqa: PLC0415 - after QApplication, so translators are in place

    window = MainWindow(translations)
    if screenshot:
        window.resize(1280, 820)  # the same picture whatever the last session left in the settings
    window.show()
    QTimer.singleShot(0, prewarm)
    if screenshot:
        return _screenshot(app, window, files, screenshot)
    if files:
        QTimer.singleShot(0, lambda: window.open_paths(files))
    return app.exec()


def _screenshot(app: QApplication, window, files: list[str], out: str) -> int:
    """Open the files, wait until every tab is analysed and shown, save the window, quit."""
    state = {"code": EXIT_SCREENSHOT_FAILED, "done": False}

    def save() -> None:
        if state["done"]:
            return
        state["done"] = True
        image = window.grab()
        if image.isNull() or not image.save(out, "PNG"):
            print(f"email-inspector: could not write the screenshot to {out}", file=sys.stderr)
            state["code"] = EXIT_SCREENSHOT_FAILED
        else:
            failed = [t for t in window.message_tabs() if t.failure is not None]
            for tab in failed:
                print(f"email-inspector: {tab.source.label}: {tab.failure.message}", file=sys.stderr)
            state["code"] = EXIT_NOT_ANALYSED if failed else EXIT_OK
        app.quit()

    def timed_out() -> None:
        if not state["done"]:
            state["done"] = True
            print(
                f"email-inspector: gave up waiting for the analysis after {SCREENSHOT_TIMEOUT_MS / 1000:.0f} s",
                file=sys.stderr,
            )
            app.quit()

    Path(out).absolute().parent.mkdir(parents=True, exist_ok=True)
    window.all_loaded.connect(lambda: QTimer.singleShot(SETTLE_MS, save))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timed_out)
    if files:
        QTimer.singleShot(0, lambda: window.open_paths(files))
    else:
        QTimer.singleShot(SETTLE_MS, save)
    app.exec()
    return int(state["code"])
