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
