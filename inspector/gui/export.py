"""Qt-side pieces of the exports: a neutralised picture of the message and PDF output.

Both use Qt alone — the safe view for the picture (the same locked-down view the window shows,
light engine by default so an export never starts a browser engine) and Qt's own PDF writer.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QMessageLogContext,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
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
    if not os.environ.get("QT_LOGGING_RULES"):  # someone debugging Qt gets everything
        qInstallMessageHandler(_only_errors)
    return QApplication(["email-inspector"])


def _only_errors(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    """Qt's own chatter stays out of a headless command's output. Drawing a message's HTML makes
    Qt warn about that HTML ("QFont::setPixelSize: Pixel size <= 0" for each `font-size:0` of a
    newsletter, "Unknown color name"), and the offscreen platform about what it lacks: a hundred
    lines on stderr for one PDF, which said nothing to the person. Critical errors still show."""
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        print(text, file=sys.stderr)


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
    image = _trim_bottom(view.grab().toImage())
    view.close()
    view.deleteLater()
    buffer = QBuffer(data := QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _trim_bottom(image: QImage) -> QImage:
    """The picture without the empty area below a short message (rows the colour of the bottom one)."""
    width = image.width()
    xs = range(4, width - 4, max(1, width // 64))  # a few pixels in from the edges: the view may draw a frame
    background = image.pixel(width // 2, image.height() - 4)
    bottom = image.height() - 4
    while bottom > 200 and all(image.pixel(x, bottom - 1) == background for x in xs):
        bottom -= 1
    return image.copy(0, 0, width, min(image.height(), bottom + 16))


def write_case_pdf(
    record: dict,
    target: Path,
    *,
    thumbnail_png: bytes | None = None,
    lang: str = "en",
    paper: str = "a4",
    include_path: bool = False,
) -> Path:
    """The case report of `record` as a PDF: subject and date in each page's header, numbered pages."""
    html, title, today, label = case_report(record, thumbnail_png=thumbnail_png, lang=lang, include_path=include_path)
    return write_pdf(html, target, paper=paper, title=title, date=today, page_label=label)


def case_report(
    record: dict, *, thumbnail_png: bytes | None = None, lang: str = "en", include_path: bool = False
) -> tuple[str, str, str, str]:
    """(HTML, page title, date, page label) of the case report: what the PDF and the printer both draw."""
    from ..report.html_report import page_label, render_html, report_title  # noqa: PLC0415

    today = datetime.now(UTC).strftime("%Y-%m-%d")
    html = render_html(record, thumbnail_png=thumbnail_png, lang=lang, include_path=include_path, today=today)
    return html, report_title(record, lang), today, page_label(lang)


PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
HEADER_HEIGHT = 28  # px at 96 dpi: the subject and date above the text, the page number below it
FOOTER_HEIGHT = 22


def write_pdf(
    html: str,
    target: Path,
    *,
    paper: str = "a4",
    title: str = "",
    date: str = "",
    page_label: str = "{page} / {pages}",
) -> Path:
    """Print the HTML report to a PDF with Qt's writer (no browser engine), page by page.

    Each page carries `title` (the message's subject) and `date` in its header and `page_label`
    ("Page {page} of {pages}", already in the report's language) in its footer."""
    ensure_app()
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)))
    writer.setPageMargins(QMarginsF(13, 8, 13, 8), QPageLayout.Unit.Millimeter)
    writer.setTitle(title or "Email Inspector report")
    writer.setCreator("Email Inspector")
    writer.setResolution(96)
    draw_pages(writer, html, title=title, date=date, page_label=page_label)
    return target


def draw_pages(device: QPagedPaintDevice, html: str, *, title: str, date: str, page_label: str) -> int:
    """Lay the report out on `device` (a PDF writer or a printer at 96 dpi) page by page; the page count."""
    document = LockedDocument()  # the report's own thumbnail is a data: image; nothing else loads
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setDocumentMargin(0)  # the page margins are the device's
    document.setHtml(html)
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    body = QSizeF(page.width(), page.height() - HEADER_HEIGHT - FOOTER_HEIGHT)
    document.setPageSize(body)
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            _page_frame(
                painter, page.width(), page.height(), title, date, page_label.format(page=index + 1, pages=pages)
            )
            painter.save()
            painter.translate(0, HEADER_HEIGHT - index * body.height())
            document.drawContents(painter, QRectF(0, index * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def _page_frame(painter: QPainter, width: float, height: float, title: str, date: str, number: str) -> None:
    """The header (subject left, date right, a rule) and the footer (page number, centred) of one page."""
    painter.save()
    font = QFont("DejaVu Sans", 8)
    painter.setFont(font)
    painter.setPen(QColor("#5f6368"))
    metrics = QFontMetrics(font)
    date_width = metrics.horizontalAdvance(date) + 12
    subject = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(width - date_width))
    top = QRectF(0, 0, width, HEADER_HEIGHT - 10)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, subject)
    painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date)
    painter.drawLine(QPointF(0, HEADER_HEIGHT - 8), QPointF(width, HEADER_HEIGHT - 8))
    bottom = QRectF(0, height - FOOTER_HEIGHT + 8, width, FOOTER_HEIGHT - 8)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, number)
    painter.restore()


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
