"""The Received chain as a picture: one node per hop, oldest on top, delays and the trust boundary."""

from __future__ import annotations

import email.utils
import re

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..model import DeliveryHop
from .dates import local_date
from .icons import LEVEL_COLOUR
from .sender_facts import hop_trusted
from .widgets import plain_tooltip

ROW = 58
_IP = re.compile(r"\[?((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]*:[0-9a-f:]+)\]?", re.IGNORECASE)


def hops_from_headers(received: list[str]) -> list[DeliveryHop]:
    """A rough chain straight from the headers, used only until the sender analysis provides one.

    Nobody decided which side recorded each hop, so `side` stays "" (drawn as not trusted)."""
    hops: list[DeliveryHop] = []
    previous = None
    for raw in reversed(received):
        body, _, date = raw.rpartition(";")
        sender = re.search(r"\bfrom\s+(\S+)", body or raw, re.IGNORECASE)
        by = re.search(r"\bby\s+(\S+)", body or raw, re.IGNORECASE)
        ip = _IP.search((body or raw)[sender.end() :] if sender else "")
        when = None
        try:
            when = email.utils.parsedate_to_datetime(date.strip()) if date.strip() else None
        except (TypeError, ValueError, IndexError):
            when = None
        hop = DeliveryHop(
            hop=len(hops) + 1,
            raw=raw,
            from_=sender.group(1) if sender else None,
            by=by.group(1) if by else None,
            from_ip=ip.group(1) if ip else None,
            date=when.isoformat() if when else None,
            date_raw=date.strip() or None,
            delay_seconds=(when - previous).total_seconds()
            if when and previous and when.tzinfo and previous.tzinfo
            else None,
            side="",
        )
        previous = when or previous
        hops.append(hop)
    return hops


def format_delay(seconds: float | None) -> str:
    if seconds is None:
        return ""
    sign = "−" if seconds < 0 else "+"
    value = abs(seconds)
    if value < 120:
        return f"{sign}{value:.0f} s"
    if value < 7200:
        return f"{sign}{value / 60:.0f} min"
    if value < 172800:
        return f"{sign}{value / 3600:.1f} h"
    return f"{sign}{value / 86400:.1f} d"


class ReceivedTimeline(QWidget):
    """Drawn, not laid out: a vertical line of hops, so long chains scroll instead of squeezing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hops: list[DeliveryHop] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Received chain"))

    def set_hops(self, hops: list[DeliveryHop]) -> None:
        self.hops = list(hops)
        lines = [self.describe(i, h) for i, h in enumerate(self.hops)]
        self.setAccessibleDescription("\n".join(lines))
        self.setToolTip(plain_tooltip("\n".join(lines)))
        self.updateGeometry()
        self.update()

    def describe(self, index: int, hop: DeliveryHop) -> str:
        where = f"{hop.from_ or ''} [{hop.from_ip or ''}] → {hop.by or ''}"
        return f"{index + 1}. {where} {local_date(hop.date or '') or hop.date_raw or ''}"

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.hops)) * ROW + 24)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if not self.hops:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No Received headers"))
            return
        x = 28
        top = 20
        boundary_drawn = False
        metrics = QFontMetrics(self.font())
        for index, hop in enumerate(self.hops):
            y = top + index * ROW
            trusted = hop_trusted(hop)
            if trusted is True and not boundary_drawn and index > 0:
                self._boundary(painter, y - ROW / 2, muted)
                boundary_drawn = True
            if index + 1 < len(self.hops):
                painter.setPen(QPen(muted, 2))
                painter.drawLine(QPointF(x, y), QPointF(x, y + ROW))
            colour = QColor(LEVEL_COLOUR["clean"] if trusted is True else LEVEL_COLOUR["info"])
            if hop.problems:
                colour = QColor(LEVEL_COLOUR["suspicious"])
            painter.setPen(QPen(colour, 2))
            painter.setBrush(colour.lighter(170))
            painter.drawEllipse(QPointF(x, y), 7, 7)
            host = hop.from_ or self.tr("(unknown host)")
            ip = hop.from_ip or ""
            if host.strip("[]") == ip:  # "from [10.0.0.1]": the name is the address
                ip = ""
            painter.setPen(text)
            title = metrics.elidedText(f"{host}  {ip}".strip(), Qt.TextElideMode.ElideMiddle, self.width() - x - 130)
            painter.drawText(QPointF(x + 18, y + 5), title)
            painter.setPen(muted)
            by = hop.by or ""
            sub = (self.tr("→ {by}").format(by=by) + "   " if by else "") + (
                local_date(hop.date or "") or hop.date_raw or ""
            )
            painter.drawText(
                QPointF(x + 18, y + 5 + metrics.height()),
                metrics.elidedText(sub, Qt.TextElideMode.ElideRight, self.width() - x - 30),
            )
            delay = hop.delay_seconds
            if delay is not None and index > 0:
                self._delay(painter, QRectF(self.width() - 100, y - metrics.height(), 92, metrics.height() + 4), delay)
        painter.end()

    def _boundary(self, painter: QPainter, y: float, colour: QColor) -> None:
        pen = QPen(colour, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(8, y), QPointF(self.width() - 8, y))
        painter.drawText(QPointF(48, y + 14), self.tr("below: the recipient's own servers"))

    def _delay(self, painter: QPainter, rect: QRectF, seconds: float) -> None:
        bad = seconds < -300 or seconds > 3600
        colour = QColor(LEVEL_COLOUR["dangerous" if seconds < -300 else "suspicious" if bad else "clean"])
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, format_delay(seconds))
