"""Phone-home references outside the HTML body: read-receipt headers, attachments, Outlook properties.

Attachments are read as opaque bytes and never opened by anything but this code: Office Open XML
relationship files with `TargetMode="External"` (remote templates, images, OLE links) and field
codes, RTF templates and fields, SVG and HTML attachments (their references go through the same
extractor as bodies), `.ics` ATTACH/URL, and PDF actions found by a cheap scan of the raw bytes.
Zip members are read through caps, so a zip bomb costs at most `MAX_MEMBER_BYTES` per member and
`MAX_INFLATED_BYTES` per archive; what a cap left unread is said in a `parse` finding.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from ...model import Category, Finding, Severity
from ...parsing import Attachment, Message
from ...texts import Text, tr
from ..common.references import Reference, find_references
from ..common.urls import REMOTE, UNC, normalise, registrable_domain

MAX_ATTACHMENT_BYTES = 20_000_000
MAX_MEMBER_BYTES = 4_000_000
MAX_MEMBERS = 400
MAX_INFLATED_BYTES = 40_000_000  # per archive: ten members at their cap
MAX_SCAN_BYTES = 4_000_000
RECEIPT_HEADERS = (
    "disposition-notification-to",
    "return-receipt-to",
    "x-confirm-reading-to",
    "generate-delivery-report",
    "read-receipt-to",
    "x-read-receipt-to",
)
_REL = re.compile(rb"<Relationship\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(rb'(?<!\w)(\w++)\s*=\s*"([^"]*)"')  # one try per word: linear on a 4 MB tag
_FIELD = re.compile(rb"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDEAUTO|DDE)\b[^\"<]{0,40}\"([^\"]{1,2000})\"", re.IGNORECASE)
_RTF_TEMPLATE = re.compile(rb"\\\*\s*\\template\s+([^}\s]+)", re.IGNORECASE)
_PDF_ACTION = re.compile(rb"/(Launch|GoToR|GoToE|SubmitForm|ImportData|JavaScript|OpenAction|URI)\b")
_PDF_URI = re.compile(rb"/URI\s*\(([^)]{1,2000})\)")
_ICS_LINE = re.compile(r"^(ATTACH|URL|IMAGE)[;:]([^\r\n]*)", re.IGNORECASE | re.MULTILINE)
_OOXML_NAMES = (".docx", ".docm", ".dotx", ".dotm", ".xlsx", ".xlsm", ".xltx", ".xltm", ".pptx", ".pptm", ".potx")


@dataclass
class Scanned:
    references: list[tuple[Reference, str | None]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def scan(msg: Message) -> Scanned:
    out = Scanned()
    out.findings += read_receipts(msg)
    out.findings += reminder_sound(msg)
    for att in msg.attachments:
        if att.size > MAX_ATTACHMENT_BYTES:
            out.findings.append(
                _not_scanned(att, f"{att.size:,} bytes, more than the {MAX_ATTACHMENT_BYTES:,} scanned")
            )
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
        _finding(
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
    label = _label(att)
    if "html" in kind or name.endswith((".htm", ".html", ".xhtml", ".svg")) or "svg" in kind:
        text = att.data()[:MAX_SCAN_BYTES].decode("utf-8", "replace")
        out.references += [(r, label) for r in find_references(text, part=att.part)]
    elif "calendar" in kind or name.endswith(".ics"):
        out.findings += _ics(att, label)
    else:
        head = att.data()[:MAX_SCAN_BYTES]
        if head.startswith(b"PK") and (name.endswith(_OOXML_NAMES) or "officedocument" in kind or "ms-" in kind):
            out.findings += _ooxml(att, head, label)
        elif head.lstrip()[:5] == b"{\\rtf":
            out.findings += _rtf(att, head, label)
        elif b"%PDF-" in head[:1024]:
            out.findings += _pdf(att, head, label)


def _ooxml(att: Attachment, data: bytes, label: str) -> list[Finding]:
    if len(data) >= MAX_SCAN_BYTES:
        data = att.data()
    out: list[Finding] = []
    budget = MAX_INFLATED_BYTES
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [i for i in archive.infolist()[:MAX_MEMBERS] if _ooxml_member(i.filename)]
        members.sort(key=lambda i: not i.filename.endswith(".rels"))  # relationships first: small, telling
        for number, info in enumerate(members):
            if budget <= 0:
                left = len(members) - number
                out.append(
                    _not_scanned(
                        att, f"{left} parts not read: the document inflates to more than {MAX_INFLATED_BYTES:,} bytes"
                    )
                )
                break
            with archive.open(info) as handle:
                content = handle.read(min(MAX_MEMBER_BYTES, budget))  # never inflate past the caps
            budget -= len(content)
            scan_member = _rels if info.filename.endswith(".rels") else _fields
            out += scan_member(content, att, label, info.filename)
    return out


def _ooxml_member(name: str) -> bool:
    return name.endswith(".rels") or re.search(r"(document|header\d*|footer\d*|sheet\d*)\.xml$", name) is not None


def _label(att: Attachment) -> str:
    """The attachment's file name, or "part 1.2" (translatable) when it has none."""
    return att.filename or tr("part {part}", part=att.part)


def _not_scanned(att: Attachment, why: str) -> Finding:
    label = _label(att)
    return Finding(
        category=Category.PARSE,
        code="ATTACHMENT_NOT_SCANNED",
        severity=Severity.LOW,
        title=tr("Attachment {name} was only partly checked for remote references", name=label),
        explanation=tr(
            "This attachment is too large (or inflates to too much) to scan in full for content it would load from "
            "the internet when opened. Part of it was skipped, so it may hold references this report does not list."
        ),
        evidence={"attachment": str(label), "detail": why},
        part=att.part,
    )


def _rels(content: bytes, att: Attachment, label: str, member: str) -> list[Finding]:
    out = []
    for rel in _REL.findall(content):
        attrs = {k.decode().lower(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(rel)}
        if attrs.get("targetmode", "").lower() != "external":
            continue
        rel_type = attrs.get("type", "").rsplit("/", 1)[-1]
        target = normalise(attrs.get("target", ""))
        if target.locality not in (REMOTE, UNC):
            continue  # mailto: and document-internal targets do not load anything
        if rel_type == "hyperlink":
            continue  # a link in the document: fires only on click
        template = rel_type in ("attachedTemplate", "frame", "subDocument")
        code = "UNC_PATH" if target.locality == UNC else "REMOTE_TEMPLATE" if template else "ATTACHMENT_REMOTE_REF"
        what = tr("an external resource ({kind})", kind=rel_type) if rel_type else tr("an external resource")
        if template:
            what = tr("a remote template (a known way to load macros into a harmless-looking document)")
        args = {"name": label, "what": what, "where": target.host or target.url}
        out.append(
            _finding(
                code,
                Severity.HIGH if code != "ATTACHMENT_REMOTE_REF" else Severity.MEDIUM,
                tr("Attachment {name} loads a remote template", name=label)
                if template
                else tr("Attachment {name} loads remote content", name=label),
                tr(
                    "The attached document {name} refers to {what} at {where}. Office fetches it when the document "
                    "is opened, telling that server the document was opened, from where and by which program, and "
                    "on Windows a file-share address also leaks your login hash.",
                    **args,
                )
                if code == "UNC_PATH"
                else tr(
                    "The attached document {name} refers to {what} at {where}. Office fetches it when the document "
                    "is opened, telling that server the document was opened, from where and by which program.",
                    **args,
                ),
                target.url,
                target.host,
                att.part,
                f"ooxml:{member}[{rel_type}]",
                {"attachment": str(label), "member": member, "relationship": rel_type, "target": attrs.get("target")},
                ("open_time", "ip_address", "mail_client") + (("windows_credentials",) if code == "UNC_PATH" else ()),
            )
        )
    return out


def _fields(content: bytes, att: Attachment, label: str, member: str) -> list[Finding]:
    out = []
    for name, arg in _FIELD.findall(content):
        field_name = name.decode().upper()
        target = normalise(arg.decode("utf-8", "replace").replace("\\\\", "\\"))
        dde = field_name.startswith("DDE")
        if not dde and target.locality not in (REMOTE, UNC):
            continue
        out.append(
            _finding(
                "DDE_FIELD" if dde else "OFFICE_FIELD",
                Severity.HIGH if dde or target.locality == UNC else Severity.MEDIUM,
                tr("Attachment {name} has a {field} field", name=label, field=field_name),
                tr(
                    "The attached document {name} contains a {field} field, which can start programs on the "
                    "computer when the document is updated.",
                    name=label,
                    field=field_name,
                )
                if dde
                else tr(
                    "The attached document {name} contains a {field} field that fetches content from {where} when "
                    "the document is opened.",
                    name=label,
                    field=field_name,
                    where=target.host or target.url,
                ),
                target.url or None,
                target.host or None,
                att.part,
                f"ooxml-field:{field_name}",
                {"attachment": str(label), "member": member, "field": arg.decode("utf-8", "replace")[:300]},
                ("open_time", "ip_address") if not dde else (),
            )
        )
    return out


def _rtf(att: Attachment, data: bytes, label: str) -> list[Finding]:
    out = _fields(data, att, label, "rtf")
    for match in _RTF_TEMPLATE.finditer(data):
        target = normalise(match.group(1).decode("latin-1"))
        if target.locality in (REMOTE, UNC):
            out.append(
                _finding(
                    "UNC_PATH" if target.locality == UNC else "REMOTE_TEMPLATE",
                    Severity.HIGH,
                    tr("Attachment {name} loads a remote template", name=label),
                    tr(
                        "The attached RTF document {name} names a template at {host}. Word fetches it when the "
                        "document is opened; remote templates are a known way to slip macros into a harmless-looking "
                        "file.",
                        name=label,
                        host=target.host,
                    ),
                    target.url,
                    target.host,
                    att.part,
                    "rtf:\\*\\template",
                    {"attachment": str(label), "template": match.group(1).decode("latin-1")[:300]},
                    ("open_time", "ip_address", "mail_client"),
                )
            )
    return out


def _pdf(att: Attachment, data: bytes, label: str) -> list[Finding]:
    actions = sorted({m.decode() for m in _PDF_ACTION.findall(data)})
    risky = [a for a in actions if a in ("Launch", "GoToR", "GoToE", "SubmitForm", "ImportData")]
    auto = "OpenAction" in actions and ("URI" in actions or "JavaScript" in actions)
    if not risky and not auto:
        return []
    uris = [u.decode("latin-1")[:300] for u in _PDF_URI.findall(data)[:20]]
    return [
        _finding(
            "PDF_ACTION",
            Severity.MEDIUM,
            tr("PDF attachment {name} has actions that reach outside the file", name=label),
            tr(
                "The attached PDF {name} contains {actions} actions (found in the uncompressed parts of the file). "
                "PDF readers can use these to open web addresses, other files or programs when the PDF is opened or "
                "a button is pressed.",
                name=label,
                actions=", ".join(actions),
            ),
            normalise(uris[0]).url if uris else None,
            normalise(uris[0]).host if uris else None,
            att.part,
            "pdf:action",
            {"attachment": str(label), "actions": actions, "uris": uris},
            ("open_time", "ip_address"),
        )
    ]


def _ics(att: Attachment, label: str) -> list[Finding]:
    text = att.data()[:MAX_SCAN_BYTES].decode("utf-8", "replace").replace("\r\n ", "").replace("\n ", "")
    out = []
    for prop, rest in _ICS_LINE.findall(text):
        value = rest.split(":", 1)[-1] if ";" in rest.split(":", 1)[0] or prop.upper() != "URL" else rest
        target = normalise(value.strip())
        if target.locality not in (REMOTE, UNC):
            continue
        unc = target.locality == UNC
        out.append(
            _finding(
                "UNC_PATH" if unc else "ICS_REMOTE",
                Severity.HIGH if unc else Severity.LOW,
                tr("Calendar invitation {name} points to a network share", name=label)
                if unc
                else tr("Calendar invitation {name} points to a remote file", name=label),
                tr(
                    "The calendar item {name} has a {prop} pointing to {host}. Some calendar programs fetch "
                    "attachments or show linked pages when the invitation is opened.",
                    name=label,
                    prop=prop.upper(),
                    host=target.host,
                ),
                target.url,
                target.host,
                att.part,
                f"ics:{prop.upper()}",
                {"attachment": str(label), "line": f"{prop}:{rest}"[:300]},
                ("open_time", "ip_address") + (("windows_credentials",) if unc else ()),
            )
        )
    return out


def _finding(code: str, severity: Severity, title: Text, explanation: Text, url: str | None, host: str | None,
             part: str | None, vector: str, evidence: dict, reveals: tuple[str, ...]) -> Finding:  # fmt: skip
    return Finding(
        category=Category.BEACON,
        code=code,
        severity=severity,
        title=title,
        explanation=explanation,
        evidence=evidence,
        part=part,
        url=url,
        host=host if url else None,
        domain=registrable_domain(host) if url and host else None,
        vector=vector,
        reveals=reveals,
    )
