"""Loads and attacks outside the HTML body: read-receipt headers, the .msg reminder sound, share paths in
plain text, and every attachment.

Attachments are read as opaque bytes and never opened by anything but this code. The reader is picked
by content (OLE2, zip, RAR/7-Zip, `{\\rt`, `%PDF-`), so a file whose name hides its type is still read
as what it is; the name or declared type decides only for text formats (HTML/SVG through the same
extractor as bodies, calendars, CSV). Each carrier has a module (`attach_*`); they share the caps and
finding builders of `attach_common`.
"""

from __future__ import annotations

import re
import zipfile

from ...model import Category, Finding, Severity
from ...parsing import Attachment, Message
from ...parsing.sniff import OLE2_MAGIC
from ...texts import Text, tr
from ..common.references import find_references
from ..common.shortcuts import extension, is_shortcut
from ..common.urls import REMOTE, UNC, normalise
from .attach_archive import RAR4, RAR5, SEVEN_ZIP, archive_findings, zip_findings
from .attach_common import (
    MAX_ATTACHMENT_BYTES,
    MAX_INFLATED_BYTES,
    MAX_SCAN_BYTES,
    OLE2_OFFICE,
    Scanned,
    label,
    load_finding,
    not_scanned,
)
from .attach_fields import dde_finding, dde_formulas
from .attach_ics import ics_findings, ics_html
from .attach_ole import activemime_macros
from .attach_pdf import pdf_findings
from .attach_rtf import rtf_findings
from .attach_shortcut import shortcut_findings
from .attach_threats import macro_finding, ole_findings
from .attach_xml import has_prolog_refs, xml_findings
from .text_refs import (
    other_reading_references,
    password_hint,
    text_share_references,
    uuencoded_references,
    with_hint,
)

EMPTY: frozenset[str] = frozenset()
__all__ = ["MAX_INFLATED_BYTES", "Scanned", "read_receipts", "reminder_sound", "scan"]

RECEIPT_HEADERS = (
    "disposition-notification-to",
    "return-receipt-to",
    "x-confirm-reading-to",
    "generate-delivery-report",
    "read-receipt-to",
    "x-read-receipt-to",
)


def scan(msg: Message) -> Scanned:
    out = Scanned()
    out.findings += read_receipts(msg)
    out.findings += reminder_sound(msg)
    out.references += [(r, None) for r in text_share_references(msg)]
    out.references += uuencoded_references(msg)
    out.references += [(r, None) for r in other_reading_references(msg)]
    for att in msg.attachments:
        if att.size > MAX_ATTACHMENT_BYTES:
            out.findings.append(not_scanned(att, f"{att.size:,} bytes, more than the {MAX_ATTACHMENT_BYTES:,} scanned"))
            continue
        try:
            _scan_attachment(att, out)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
            continue  # a damaged attachment is the attachment analyser's business, not a beacon
    if any(f.code == "ENCRYPTED_ATTACHMENT" for f in out.findings):
        hint = password_hint(msg)
        out.findings = [with_hint(f, hint) if hint and f.code == "ENCRYPTED_ATTACHMENT" else f for f in out.findings]
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
    """Pick the reader by content: a name or declared type only decides where the bytes are ambiguous."""
    kind = f"{att.sniffed_type} {att.declared_type}".lower()
    ext = extension(att.filename)
    name_shown = label(att)
    head = att.data()[:MAX_SCAN_BYTES]
    if head.startswith(OLE2_MAGIC):
        data = head if att.size <= len(head) else att.data()
        out.findings += ole_findings(att, data, container="OLE2 (legacy Office)", expected=OLE2_OFFICE | {"msg"})
    elif head.startswith(b"PK"):
        out.findings += zip_findings(att, head, name_shown)
    elif head.startswith((RAR4, RAR5, SEVEN_ZIP)):
        out.findings += archive_findings(att, head)
    elif head.lstrip()[:4] == b"{\\rt":  # Word reads anything that starts so as RTF, whatever follows
        out.findings += rtf_findings(att, head, name_shown)
    elif b"%PDF-" in head[:1024]:
        out.findings += pdf_findings(att, head, name_shown)
    elif is_shortcut(att, head):
        out.findings += shortcut_findings(att, name_shown)
    elif "calendar" in kind or ext == "ics":
        out.findings += ics_findings(att, name_shown)
        html = ics_html(att)
        out.references += [(r, name_shown) for r in find_references(html, part=att.part)] if html else []
    else:
        _scan_text(att, head, kind, ext, name_shown, out)


def _scan_text(att: Attachment, head: bytes, kind: str, ext: str, name_shown: str, out: Scanned) -> None:
    if head.startswith(b"ActiveMime") or b"QWN0aXZlTWltZQ" in head:  # Word 2003 XML or MHT carrying macros
        facts = activemime_macros(head)
        if facts and facts.macros:
            out.findings.append(macro_finding(att, facts, container="ActiveMime (Word XML or MHT)", expected=EMPTY))
    if has_prolog_refs(head) and not ("html" in kind or ext in ("htm", "html")):
        out.findings += xml_findings(att, head, name_shown)
    if "html" in kind or ext in ("htm", "html", "xhtml", "svg") or "svg" in kind:
        text = head.decode("utf-8", "replace")
        out.references += [(r, name_shown) for r in find_references(text, part=att.part)]
    elif ext in ("csv", "tsv") or "csv" in kind or "tab-separated" in kind:
        calls = dde_formulas(_text(head))
        out.findings += [dde_finding(att, "DDE", f"DDE {call}", "csv", carrier="csv") for call in calls]


def _text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    return data.decode("utf-8", "replace")
