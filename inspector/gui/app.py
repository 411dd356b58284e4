"""Start the window: QApplication, translations, the last-resort error dialog, and --screenshot."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inspector import __version__

from . import single_instance
from .i18n import Translations, chosen_language, system_language
from .preferences import Preferences
from .settings import APPLICATION, ORGANIZATION
from .theme import apply_theme

EXIT_OK = 0
EXIT_NOT_ANALYSED = 1
EXIT_SCREENSHOT_FAILED = 2
SCREENSHOT_TIMEOUT_MS = int(os.environ.get("EMAIL_INSPECTOR_SCREENSHOT_TIMEOUT_MS", "120000"))
FIRST_PAINT_WAIT_MS = 2000  # files open after the first paint, or after this if none comes
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


class InspectorApplication(QApplication):
    """Emits `file_opened` for macOS Finder opens (QFileOpenEvent), at launch or while running.

    Handled in `event()`, which sees only events sent to the application object itself; an
    application-wide event filter would see every event of every widget.
    """

    file_opened = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.file_opened.emit(event.file())
            return True
        return super().event(event)


def make_app() -> tuple[QApplication, Translations]:
    app = QApplication.instance() or InspectorApplication([sys.argv[0] if sys.argv else "email-inspector"])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("email-inspector")
    translations = Translations(app)
    translations.apply(chosen_language() or system_language())
    preferences = Preferences.load()
    preferences.apply()  # the Settings dialog's own domains, trusted servers and history, over the environment
    if isinstance(app, QApplication):
        apply_theme(app, preferences.theme)
    return app, translations


def prewarm() -> None:
    """After the first paint, load the panels and build what every analysis shares (`inspector.warm`:
    suffix list, tracker index, brand patterns...) in the background, so the first message does not
    wait for them (the window is already on screen). The first analysis waits for it to finish."""
    from inspector import warm  # noqa: PLC0415 - small; the work is in the thread

    warm.prewarm_in_background(("inspector.gui.message_tab",), window=True)


class _FirstPaint(QObject):
    """Runs `then` once, after `window`'s first paint event (a zero timer may fire before it), or after
    FIRST_PAINT_WAIT_MS if no paint comes (a window started minimised or hidden must still open files)."""

    def __init__(self, window: QWidget, then) -> None:
        super().__init__(window)
        self.window = window
        self.then = then
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        if self.then is not None:
            then, self.then = self.then, None
            self.window.removeEventFilter(self)
            then()


def after_first_paint(window: QWidget, then) -> None:
    _FirstPaint(window, then)


def bring_forward(window: QWidget, paths: list[str]) -> None:
    """Open what another launch (or Finder) handed us, and raise the window so the user sees it."""
    if paths:
        window.open_paths(paths)  # type: ignore[attr-defined]
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


class _FileOpener(QObject):
    """Receives Finder opens for one window; as its child, the connection ends with the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    @Slot(str)
    def open(self, path: str) -> None:
        bring_forward(self.window, [path])


def serve_other_launches(window: QWidget) -> single_instance.InstanceServer | None:
    """Listen for later launches of the app; their files open here as new tabs."""
    server = single_instance.InstanceServer(parent=window)
    if not server.listen():
        return None
    server.files_received.connect(lambda paths: bring_forward(window, paths))
    return server


def run(files: list[str], *, screenshot: str | None = None, excepthook: bool = True) -> int:
    one_instance = screenshot is None and single_instance.enabled()
    if one_instance and single_instance.hand_over(files):
        return EXIT_OK  # the window that is already open shows them
    app, translations = make_app()
    install_excepthook(excepthook)
    from .main_window import MainWindow  # noqa: PLC0415 - after QApplication, so translators are in place

    window = MainWindow(translations)
    if screenshot:
        window.resize(1280, 820)  # the same picture whatever the last session left in the settings
    window.show()
    if isinstance(app, InspectorApplication):
        app.file_opened.connect(_FileOpener(window).open)
    if one_instance:
        serve_other_launches(window)
    if screenshot:  # (no prewarm: the one analysis of a screenshot would only wait for it)
        return _screenshot(app, window, files, screenshot)
    after_first_paint(window, lambda: _started(window, files))
    return app.exec()


def _started(window, files: list[str]) -> None:
    """After the first paint: the prewarm thread first, then the files (opening imports the message
    view, ~0.5 s), so the two overlap."""
    prewarm()
    if files:
        window.open_paths(files)


def screenshot_paths(out: str, count: int) -> list[Path]:
    """Where the pictures go: `out` itself for one tab; `NAME-1.png`, `NAME-2.png`… for several."""
    path = Path(out)
    if count <= 1:
        return [path]
    return [path.with_name(f"{path.stem}-{n}{path.suffix or '.png'}") for n in range(1, count + 1)]


def _body_painted(tab: QWidget | None) -> bool:
    """Whether the tab's message view shows something (a view not painted yet grabs as one colour)."""
    content = getattr(tab, "content", None)
    if content is None:  # still busy, or the error page: nothing to wait for
        return True
    image = content.body.view.grab().toImage()
    step = max(1, min(image.width(), image.height()) // 40)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    return len(colours) > 1


def _screenshot(app: QApplication, window, files: list[str], out: str) -> int:
    """Open the files, wait until every tab is analysed and shown, save one picture per tab, quit."""
    state = {"code": EXIT_SCREENSHOT_FAILED, "done": False, "tries": 0}
    queue: list[tuple[int, Path]] = []

    def start() -> None:
        if state["done"] or queue:
            return
        queue.extend(enumerate(screenshot_paths(out, window.tabs.count())))
        show_next()

    def show_next() -> None:
        if not queue:
            finish()
            return
        index, _path = queue[0]
        if index < window.tabs.count():
            window.tabs.setCurrentIndex(index)  # a hidden tab paints nothing: each is shown, then grabbed
        state["tries"] = 0
        QTimer.singleShot(SETTLE_MS, save_one)

    def save_one() -> None:
        if state["done"]:
            return
        # WebEngine composites a tab shown again a little later: wait (up to 3 s) for its first paint.
        if not _body_painted(window.current_tab()) and state["tries"] < 20:
            state["tries"] += 1
            QTimer.singleShot(SETTLE_MS, save_one)
            return
        _index, path = queue.pop(0)
        image = window.grab()
        if image.isNull() or not image.save(str(path), "PNG"):
            print(f"email-inspector: could not write the screenshot to {path}", file=sys.stderr)
            state["done"] = True
            app.quit()
            return
        show_next()

    def finish() -> None:
        state["done"] = True
        pictures = screenshot_paths(out, window.tabs.count())
        if len(pictures) > 1:
            print(f"email-inspector: one picture per tab: {', '.join(str(p) for p in pictures)}", file=sys.stderr)
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
    window.all_loaded.connect(lambda: QTimer.singleShot(SETTLE_MS, start))
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timed_out)
    if files:
        QTimer.singleShot(0, lambda: window.open_paths(files))
    else:
        QTimer.singleShot(SETTLE_MS, start)
    app.exec()
    return int(state["code"])
