"""Office Open XML attachments (.docx, .xlsx, .pptx and their macro twins): external relationships and field codes.

Members are read through caps, so a zip bomb costs at most `MAX_MEMBER_BYTES` per member and
`MAX_INFLATED_BYTES` per document; what a cap left unread is said in a `parse` finding.
"""

from __future__ import annotations

import io
import re
import zipfile

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..urls import REMOTE, UNC, normalise
from .attach_common import MAX_INFLATED_BYTES, MAX_MEMBER_BYTES, MAX_MEMBERS, MAX_SCAN_BYTES, load_finding, not_scanned

_REL = re.compile(rb"<Relationship\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(rb'(?<!\w)(\w++)\s*=\s*"([^"]*)"')  # one try per word: linear on a 4 MB tag
_FIELD = re.compile(rb"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDEAUTO|DDE)\b[^\"<]{0,40}\"([^\"]{1,2000})\"", re.IGNORECASE)


def ooxml_findings(att: Attachment, data: bytes, label: str) -> list[Finding]:
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
                    not_scanned(
                        att, f"{left} parts not read: the document inflates to more than {MAX_INFLATED_BYTES:,} bytes"
                    )
                )
                break
            with archive.open(info) as handle:
                content = handle.read(min(MAX_MEMBER_BYTES, budget))  # never inflate past the caps
            budget -= len(content)
            scan_member = _rels if info.filename.endswith(".rels") else field_findings
            out += scan_member(content, att, label, info.filename)
    return out


def _ooxml_member(name: str) -> bool:
    return name.endswith(".rels") or re.search(r"(document|header\d*|footer\d*|sheet\d*)\.xml$", name) is not None


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
            load_finding(
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


def field_findings(content: bytes, att: Attachment, label: str, member: str) -> list[Finding]:
    out = []
    for name, arg in _FIELD.findall(content):
        field_name = name.decode().upper()
        target = normalise(arg.decode("utf-8", "replace").replace("\\\\", "\\"))
        dde = field_name.startswith("DDE")
        if not dde and target.locality not in (REMOTE, UNC):
            continue
        out.append(
            load_finding(
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
