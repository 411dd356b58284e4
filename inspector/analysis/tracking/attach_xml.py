"""XML attachments: a style sheet or DTD the XML prolog names elsewhere, fetched when the file is opened.

A browser (or Office, for an XML file it opens) fetches an `<?xml-stylesheet href?>`, and many XML
readers fetch an external DTD or entity (`<!DOCTYPE x SYSTEM "…">`, `<!ENTITY e SYSTEM "…">`). An HTML
document type (`<!DOCTYPE html …>`) is never fetched and is not reported.
"""

from __future__ import annotations

import re

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..common.urls import REMOTE, UNC, normalise
from .attach_common import load_finding, share_sentence

PROLOG_BYTES = 65_536
_STYLESHEET = re.compile(rb"<\?xml-stylesheet\b[^?<>]{0,2000}?\bhref\s*=\s*[\"']([^\"'<>]{1,2000})[\"']", re.IGNORECASE)
_DOCTYPE = re.compile(
    rb"<!DOCTYPE\s+([\w:.\-]{1,100})\s+(?:SYSTEM|PUBLIC\s+[\"'][^\"'<>]{0,500}[\"'])\s+[\"']([^\"'<>]{1,2000})[\"']",
    re.IGNORECASE,
)
_ENTITY = re.compile(
    rb"<!ENTITY\s+%?\s*[\w.\-]{1,100}\s+(?:SYSTEM|PUBLIC\s+[\"'][^\"'<>]{0,500}[\"'])\s+[\"']([^\"'<>]{1,2000})[\"']",
    re.IGNORECASE,
)


def has_prolog_refs(head: bytes) -> bool:
    """An XML document (by its first bytes, not its name) whose prolog may name something to fetch."""
    start = head[:64].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not start.startswith((b"<?xml", b"<!doctype", b"<!entity", b"<!--")):
        return False  # a JPEG's XMP packet or a text file quoting XML is not opened as XML
    prolog = head[:PROLOG_BYTES]
    return b"<?xml-stylesheet" in prolog or b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper()


def xml_findings(att: Attachment, head: bytes, label: str) -> list[Finding]:
    prolog = head[:PROLOG_BYTES]
    found = [("stylesheet", m.group(1)) for m in _STYLESHEET.finditer(prolog)]
    found += [("doctype", m.group(2)) for m in _DOCTYPE.finditer(prolog) if m.group(1).lower() != b"html"]
    found += [("entity", m.group(1)) for m in _ENTITY.finditer(prolog)]
    out = []
    for kind, value in found[:20]:
        raw = value.decode("utf-8", "replace")
        target = normalise(raw.replace("&amp;", "&"))
        if target.locality not in (REMOTE, UNC) or not target.host:
            continue
        unc = target.locality == UNC
        what = {"stylesheet": tr("a style sheet"), "doctype": tr("a document type definition (DTD)")}.get(
            kind, tr("an external entity")
        )
        out.append(
            load_finding(
                "UNC_PATH" if unc else "ATTACHMENT_REMOTE_REF",
                Severity.HIGH if unc else Severity.MEDIUM,
                tr("Attachment {name} loads remote content", name=label),
                tr(
                    "The attached XML file {name} names {what} at {where}. A browser or office program that opens "
                    "the file fetches it, telling that server the file was opened and from where.",
                    name=label,
                    what=what,
                    where=target.host,
                )
                + share_sentence(unc),
                target.url,
                target.host,
                att.part,
                f"xml:{kind}",
                {"attachment": str(label), "declaration": kind, "target": raw[:300]},
                ("open_time", "ip_address") + (("windows_credentials",) if unc else ()),
            )
        )
    return out
