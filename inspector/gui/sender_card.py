"""Who really sent this: display name against real address, authentication badges, origin."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import getaddresses, parseaddr
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..model import DeliveryHop, Report
from ..parsing import Message
from .icons import LEVEL_COLOUR
from .widgets import Panel, plain_label, plain_tooltip

_AUTH_RE = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)
_PASS = {"pass"}
_FAIL = {"fail", "softfail", "permerror", "hardfail"}


@dataclass
class Auth:
    result: str = "none"
    domain: str = ""
    trusted: bool | None = None  # None: nobody decided whether to believe it


@dataclass
class SenderView:
    display_name: str = ""
    address: str = ""
    reply_to: list[str] = field(default_factory=list)
    return_path: str = ""
    auth: dict[str, Auth] = field(default_factory=dict)
    origin_ip: str = ""
    origin_host: str = ""
    origin_time: str = ""


def sender_view(report: Report, message: Message | None = None) -> SenderView:
    """Read `report.sender`; fall back to the raw headers where the sender analysis left nothing."""
    summary = report.sender
    header = message.header if message is not None else (lambda _name: None)
    view = SenderView()
    author = summary.from_ if summary else None
    if author is not None:
        view.display_name, view.address = author.display_name, author.address
    else:
        view.display_name, view.address = parseaddr(report.message.from_)
    reply_to = [b.address for b in summary.reply_to if b.address] if summary else []
    view.reply_to = reply_to or [a for _, a in getaddresses([header("Reply-To") or ""]) if a]
    return_path = (summary.return_path if summary else None) or header("Return-Path") or ""
    view.return_path = parseaddr(return_path)[1] or return_path.strip("<> ")
    view.auth = _auth_from_summary(summary.authentication if summary else {}) or _auth_from_header(
        header("Authentication-Results") or ""
    )
    _set_origin(view, report)
    return view


def _set_origin(view: SenderView, report: Report) -> None:
    """Where the message came in from: the sender analysis's origin, else the last hop outside."""
    origin = report.sender.origin if report.sender else None
    if origin is not None:
        view.origin_ip, view.origin_time = origin.ip or "", origin.time or ""
        view.origin_host = origin.helo or origin.rdns or ""
    elif hop := _last_outside_hop(report.received):
        view.origin_ip, view.origin_host, view.origin_time = hop.from_ip or "", hop.from_ or "", hop.date or ""


def _auth_from_summary(block: Mapping[str, Any]) -> dict[str, Auth]:
    """Trusted results first (`authentication.spf/dkim/dmarc`); else the topmost claimed header's.

    `block` is the summary's open-ended authentication mapping (docs/report-schema.md)."""
    out: dict[str, Auth] = {}
    for method in ("spf", "dkim", "dmarc"):
        value = block.get(method)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict) and value.get("result"):
            trusted = value.get("trusted", True)  # the top-level results are the trusted ones
            out[method] = Auth(str(value["result"]), _auth_domain(value), trusted)
    for header in block.get("claimed") or []:
        for result in header.get("results") or [] if isinstance(header, dict) else []:
            method = str(result.get("method", "")).lower()
            if method in ("spf", "dkim", "dmarc") and method not in out:
                out[method] = Auth(
                    str(result.get("result") or "none"), _auth_domain(result), header.get("trusted", False)
                )
    return out


def _auth_domain(value: dict[str, Any]) -> str:
    props = value.get("props")
    if not isinstance(props, dict):
        props = {}
    for key in ("domain", "header.d", "header.from", "smtp.mailfrom", "header.i"):
        found = value.get(key) or props.get(key)
        if found:
            return str(found).rpartition("@")[2]
    return ""


def _auth_from_header(value: str) -> dict[str, Auth]:
    return {m.group(1).lower(): Auth(m.group(2).lower(), "", None) for m in reversed(list(_AUTH_RE.finditer(value)))}


def _last_outside_hop(hops: list[DeliveryHop]) -> DeliveryHop | None:
    """The last hop on the sender's side (the one that handed the message to the recipient's servers)."""
    outside = [h for h in hops if h.from_ip and hop_trusted(h) is not True]
    return outside[-1] if outside else None


def hop_trusted(hop: DeliveryHop) -> bool | None:
    """True inside the recipient's own infrastructure, False outside, None when nobody decided."""
    return True if hop.side == "recipient" else False if hop.side == "sender" else None


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


class SenderCard(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("senderCard")
        self.setFrameShape(Panel.Shape.StyledPanel)
        self._view: SenderView | None = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 8, 12, 8)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)

    def show_sender(self, view: SenderView) -> None:
        self._view = view
        self.retranslate()

    def retranslate(self) -> None:
        if self._view is None:
            return
        _clear(self.grid)
        view = self._view
        rows: list[tuple[str, str]] = [
            (self.tr("Shown name"), view.display_name or self.tr("(no name)")),
            (self.tr("Real address"), view.address or self.tr("(none)")),
        ]
        from_domain = _domain(view.address)
        for address in view.reply_to:
            if address.lower() != view.address.lower():
                rows.append((self.tr("Replies go to"), address))
        if view.return_path and _domain(view.return_path) != from_domain:
            rows.append((self.tr("Bounces go to"), view.return_path))
        if view.origin_ip or view.origin_host:
            host = f"({view.origin_host})" if view.origin_host and view.origin_ip else view.origin_host
            where = " ".join(p for p in (view.origin_ip, host) if p)
            when = self.tr(" at {time}").format(time=view.origin_time) if view.origin_time else ""
            rows.append((self.tr("Sent from"), where + when))
        for row, (name, value) in enumerate(rows):
            key = plain_label(name, self, wrap=False, select=False)
            key.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(plain_label(value, self), row, 1)
        badge_row = QWidget(self)
        badges = QVBoxLayout(badge_row) if self._claimed(view) else QHBoxLayout(badge_row)
        badges.setContentsMargins(0, 2, 0, 0)
        badges.setSpacing(3)
        for method in ("spf", "dkim", "dmarc"):
            badges.addWidget(self._badge(method, view.auth.get(method, Auth())), 0, Qt.AlignmentFlag.AlignLeft)
        auth_label = plain_label(self.tr("Authentication"), self, wrap=False, select=False)
        self.grid.addWidget(auth_label, len(rows), 0, Qt.AlignmentFlag.AlignTop)
        auth_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.grid.addWidget(badge_row, len(rows), 1)
        self.setAccessibleName(
            self.tr("Sender: {name} <{address}>").format(name=view.display_name, address=view.address)
        )

    def _badge(self, method: str, auth: Auth) -> QLabel:
        result = auth.result.lower()
        good, bad, grey = LEVEL_COLOUR["clean"], LEVEL_COLOUR["dangerous"], "#80868b"
        colour = good if result in _PASS else bad if result in _FAIL else grey
        text = f"{method.upper()} {result}"
        if auth.trusted is False:
            text += " · " + self.tr("claimed by sender")
        elif auth.trusted is None and result != "none":
            text += " · " + self.tr("not verified")
        badge = plain_label(text, self, wrap=False, select=False)
        style = "dashed" if auth.trusted is not True else "solid"
        badge.setStyleSheet(f"border: 1px {style} {colour}; color: {colour}; border-radius: 8px; padding: 1px 6px;")
        badge.setToolTip(plain_tooltip(text + (f"\n{auth.domain}" if auth.domain else "")))
        badge.setAccessibleName(text)
        return badge

    @staticmethod
    def _claimed(view: SenderView) -> bool:
        """Long badges ("… · claimed by sender") go one per line so the card stays narrow."""
        return any(a.trusted is not True and a.result != "none" for a in view.auth.values())


def _clear(layout: QGridLayout) -> None:
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.deleteLater()
