"""Qt-side pieces of the exports: a neutralised picture of the message and PDF output.

Both use Qt alone — the safe view for the picture (the same locked-down view the window shows,
light engine by default so an export never starts a browser engine) and Qt's own PDF writer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QMarginsF, QSizeF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from ..model import Report
from ..parsing import Message
from .safe_view import LockedDocument

THUMBNAIL_WIDTH = 820
THUMBNAIL_MAX_HEIGHT = 1100


def ensure_app() -> QApplication:
    """The running QApplication, or a new one; offscreen when there is no display (a server, CI)."""
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["email-inspector"])


def thumbnail_png(message: Message, report: Report, *, engine: str = "textbrowser") -> bytes | None:
    """A PNG of the safe view of the message (remote content blocked), or None if it has no body."""
    from ..render import safe_document  # noqa: PLC0415
    from .safe_view import create_safe_view  # noqa: PLC0415

    ensure_app()
    document = safe_document(message, report)
    html = document.html if message.html_bodies else document.text_html
    if not html:
        return None
    view = create_safe_view(engine=engine)
    view.resize(THUMBNAIL_WIDTH, THUMBNAIL_MAX_HEIGHT)
    for area in view.findChildren(QAbstractScrollArea):  # a picture has no use for scroll bars
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    loop = QEventLoop()
    view.load_finished.connect(lambda _ok: QTimer.singleShot(80, loop.quit))  # grab() right at load is blank
    QTimer.singleShot(15_000, loop.quit)  # never hang an export on a page that does not finish
    view.set_html(html)
    view.show()
    loop.exec()
    image = view.grab().toImage()
    view.close()
    view.deleteLater()
    buffer = QBuffer(data := QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_pdf(html: str, target: Path) -> Path:
    """Print the HTML report to an A4 PDF with Qt's writer (no browser engine involved)."""
    ensure_app()
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle("Email Inspector report")
    writer.setCreator("Email Inspector")
    writer.setResolution(96)
    document = LockedDocument()  # the report's own thumbnail is a data: image; nothing else loads
    document.setDefaultFont(QGuiApplication.font())
    document.setHtml(html)
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    return target


PNG_WIDTH = 1000
PNG_MAX_HEIGHT = 4000


def render_png(markup: str, png: str, *, engine: str = "auto", width: int = PNG_WIDTH) -> tuple[bool, str]:
    """Render `markup` in the real safe view offscreen and save a PNG of the whole page (capped).

    (saved, a line for the person): `email-inspector render --png` prints it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import shiboken6  # noqa: PLC0415 - only this command needs it

    from .safe_view import EngineUnavailable, create_safe_view  # noqa: PLC0415

    app = QApplication.instance() or QApplication([sys.argv[0]])
    try:
        view = create_safe_view(engine=engine)
    except EngineUnavailable as exc:
        return False, f"email-inspector: {exc}"
    view.resize(width, 900)
    view.show()
    outcome: dict[str, bool] = {}

    def save() -> None:
        outcome["saved"] = view.grab().save(png)
        app.quit()

    def fit(height: int) -> None:
        view.resize(width, max(400, min(PNG_MAX_HEIGHT, height + 24)))
        QTimer.singleShot(400, save)  # grab() right after a load or resize gives a blank page

    def loaded(ok: bool) -> None:
        outcome["loaded"] = ok
        QTimer.singleShot(150, lambda: _content_height(view, fit))

    view.load_finished.connect(loaded)
    QTimer.singleShot(30_000, app.quit)
    view.set_html(markup)
    app.exec()
    engine_name = view.engine_name
    view.close()
    shiboken6.delete(view)  # now, so the engine's page goes before its profile does
    if not outcome.get("saved"):
        return False, f"email-inspector: could not save {png} (loaded: {outcome.get('loaded')})"
    return True, f"{png}: rendered with {engine_name}"


def _content_height(view: object, callback: object) -> None:
    if hasattr(view, "content_height"):
        view.content_height(callback)
    else:
        callback(int(view.browser.document().size().height()))
