"""Phone-home references outside the HTML body: read-receipt headers, attachments, Outlook properties.

Attachments are read as opaque bytes and never opened by anything but this code. This module picks
the reader by content (and declared type or name where content is ambiguous): SVG and HTML
attachments go through the same extractor as bodies; Office Open XML (`attach_ooxml`), RTF
(`attach_rtf`), PDF (`attach_pdf`) and calendar files (`attach_ics`) have a module each, sharing
the caps and finding builders of `attach_common`.
"""

from __future__ import annotations

import re
import zipfile

from ...model import Category, Finding, Severity
from ...parsing import Attachment, Message
from ...texts import Text, tr
from ..urls import REMOTE, UNC, normalise
from .attach_common import (
    MAX_ATTACHMENT_BYTES,
    MAX_INFLATED_BYTES,
    MAX_SCAN_BYTES,
    Scanned,
    label,
    load_finding,
    not_scanned,
)
from .attach_ics import ics_findings
from .attach_ooxml import ooxml_findings
from .attach_pdf import pdf_findings
from .attach_rtf import rtf_findings
from .references import find_references

__all__ = ["MAX_INFLATED_BYTES", "Scanned", "read_receipts", "reminder_sound", "scan"]

RECEIPT_HEADERS = (
    "disposition-notification-to",
    "return-receipt-to",
    "x-confirm-reading-to",
    "generate-delivery-report",
    "read-receipt-to",
    "x-read-receipt-to",
)
_OOXML_NAMES = (".docx", ".docm", ".dotx", ".dotm", ".xlsx", ".xlsm", ".xltx", ".xltm", ".pptx", ".pptm", ".potx")


def scan(msg: Message) -> Scanned:
    out = Scanned()
    out.findings += read_receipts(msg)
    out.findings += reminder_sound(msg)
    for att in msg.attachments:
        if att.size > MAX_ATTACHMENT_BYTES:
            out.findings.append(not_scanned(att, f"{att.size:,} bytes, more than the {MAX_ATTACHMENT_BYTES:,} scanned"))
            continue
        try:
            _scan_attachment(att, out)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
            continue  # a damaged attachment is the attachment analyser's business, not a beacon
    return out


def read_receipts(msg: Message) -> list[Finding]:
    sender = (msg.header("From") or "").lower()
    out = []
    for h in msg.headers:
        if h.name.lower() not in RECEIPT_HEADERS:
            continue
        target = h.value.strip()
        addresses = re.findall(r"[\w.+\-]+@[\w.\-]+", target.lower())
        elsewhere = bool(addresses) and not any(a in sender for a in addresses)
        out.append(
            Finding(
                category=Category.READ_RECEIPT,
                code="READ_RECEIPT_REQUESTED",
                severity=Severity.MEDIUM if elsewhere else Severity.LOW,
                title=tr("The sender asks for a read receipt to a different address")
                if elsewhere
                else tr("The sender asks for a read receipt"),
                explanation=_receipt_text(h.name, target[:120] if elsewhere else None),
                evidence={"header": h.raw[:300], "to": target[:300], "from": sender[:200]},
                part=msg.part_prefix or None,
                header=h.name,
                reveals=("read_confirmation", "open_time"),
            )
        )
    return out


def _receipt_text(header: str, elsewhere: str | None) -> Text:
    if elsewhere:
        return tr(
            "The header {header} asks your mail program to confirm that you read the message, to {target}, which "
            "is not the sender's address. Many programs ask you first; answering (even 'deny' in some) confirms "
            "your address is read.",
            header=header,
            target=elsewhere,
        )
    return tr(
        "The header {header} asks your mail program to confirm that you read the message. Many programs ask you "
        "first; answering (even 'deny' in some) confirms your address is read.",
        header=header,
    )


def reminder_sound(msg: Message) -> list[Finding]:
    """CVE-2023-23397: a UNC path in the Outlook reminder-sound property fires with no click at all."""
    value = msg.extra.get("reminder_file_parameter")
    if not value:
        return []
    target = normalise(str(value))
    if target.locality not in (UNC, REMOTE):
        return []
    return [
        load_finding(
            "UNC_PATH",
            Severity.HIGH,
            tr("Outlook reminder sound points to a network share"),
            tr(
                "This Outlook item sets its reminder sound to a file on a remote server. When the reminder fires, "
                "Outlook on Windows connects to that server and sends your Windows login name and a hash of your "
                "password (NTLM), with no click at all. This is the CVE-2023-23397 attack."
            ),
            target.url or str(value),
            target.host,
            msg.part_prefix or None,
            "msg:PidLidReminderFileParameter",
            {"property": "PidLidReminderFileParameter", "value": str(value)[:300]},
            ("windows_credentials", "ip_address"),
        )
    ]


def _scan_attachment(att: Attachment, out: Scanned) -> None:
    kind = f"{att.sniffed_type} {att.declared_type}".lower()
    name = (att.filename or "").lower()
    name_shown = label(att)
    if "html" in kind or name.endswith((".htm", ".html", ".xhtml", ".svg")) or "svg" in kind:
        text = att.data()[:MAX_SCAN_BYTES].decode("utf-8", "replace")
        out.references += [(r, name_shown) for r in find_references(text, part=att.part)]
    elif "calendar" in kind or name.endswith(".ics"):
        out.findings += ics_findings(att, name_shown)
    else:
        head = att.data()[:MAX_SCAN_BYTES]
        if head.startswith(b"PK") and (name.endswith(_OOXML_NAMES) or "officedocument" in kind or "ms-" in kind):
            out.findings += ooxml_findings(att, head, name_shown)
        elif head.lstrip()[:5] == b"{\\rtf":
            out.findings += rtf_findings(att, head, name_shown)
        elif b"%PDF-" in head[:1024]:
            out.findings += pdf_findings(att, head, name_shown)
