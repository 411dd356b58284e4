"""RTF attachments (anything Word reads as RTF: it needs only `{\\rt` at the start): templates, fields, objects.

Field instructions and template names are read as Word reads them, with control words, hex escapes
and groups taken out (`attach_fields.rtf_group_text`). Embedded objects (`\\object`, `\\objdata`)
are the RTF exploit vector (Equation Editor CVE-2017-11882, OLE2Link CVE-2017-0199): their class
is read from the OLE1 header at the start of the object data.
"""

from __future__ import annotations

import itertools
import re

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..common.urls import REMOTE, UNC, normalise
from . import attach_fields, attach_ole, attach_threats
from .attach_common import RTF, load_finding

MAX_OBJECTS = 20
_TEMPLATE = re.compile(rb"\\template(?![a-zA-Z])")
_OBJECT = re.compile(rb"\\(object|objdata)(?![a-zA-Z])")
_OBJECT_KIND = re.compile(rb"\\obj(emb|link|autlink|sub|pub|icemb|html|ocx)(?![a-zA-Z])")
_OBJCLASS = re.compile(rb"\\\*\s*\\objclass\s+([^}\\]{1,100})")
_HEX_NOISE = re.compile(rb"\\[a-zA-Z]{1,32}-?\d{0,10} ?|[{}\s]|\\\*")
_HEX = re.compile(rb"^[0-9a-fA-F]+")


def rtf_findings(att: Attachment, data: bytes, label: str) -> list[Finding]:
    out = attach_fields.field_findings(att, attach_fields.rtf_instructions(data), "rtf", carrier="rtf")
    out += _templates(att, data, label)
    out += [attach_threats.object_finding(att, o, member="rtf", expected=RTF) for o in rtf_objects(data)]
    return out


def _templates(att: Attachment, data: bytes, label: str) -> list[Finding]:
    out = []
    for match in itertools.islice(_TEMPLATE.finditer(data), 10):
        raw = attach_fields.rtf_group_text(data, match.end(), 4000).strip()
        target = normalise(raw)  # RTF escapes are resolved: `\\\\host` in the file is `\\host` here
        if target.locality not in (REMOTE, UNC):
            continue
        out.append(
            load_finding(
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
                {"attachment": str(label), "template": raw[:300]},
                ("open_time", "ip_address", "mail_client")
                + (("windows_credentials",) if target.locality == UNC else ()),
            )
        )
    return out


def rtf_objects(data: bytes) -> list[dict]:
    """Each embedded object: kind (`objemb`, `objautlink`…), class, embedded file, auto-update."""
    starts: list[int] = []
    last_object = -(10**9)
    for match in _OBJECT.finditer(data):
        if match.group(1) == b"object":
            last_object = match.start()
            starts.append(match.start())
        elif match.start() - last_object > 4000:  # object data with no \object before it: still read by Word
            starts.append(match.start())
        if len(starts) >= MAX_OBJECTS:
            break
    return [_object(data, start) for start in starts]


def _object(data: bytes, start: int) -> dict:
    window = data[start : start + 4000]
    kind = _OBJECT_KIND.search(window)
    declared = _OBJCLASS.search(window)
    found = {
        "kind": "obj" + kind.group(1).decode() if kind else "",
        "class": declared.group(1).decode("latin-1").strip() if declared else "",
        "auto_update": b"\\objupdate" in window,
        "linked": bool(kind and kind.group(1) in (b"link", b"autlink")),
    }
    at = window.find(b"\\objdata")
    if at >= 0:
        header = ole1_header(data[start + at + 8 : start + at + 8 + 20000])
        found["class"] = header.get("class") or found["class"]
        found["embedded_file"] = header.get("embedded_file", "")
    if found["kind"] == "objocx":
        found["class"] = found["class"] or "ActiveX control"
    return found


def ole1_header(objdata: bytes) -> dict:
    """Class (and for a Package the file name) from the OLE1 EmbeddedObject header in hex object data."""
    digits = _HEX.match(_HEX_NOISE.sub(b"", objdata))
    raw = bytes.fromhex(digits.group(0)[: 4000 // 2 * 2].decode()) if digits else b""
    if len(raw) < 12:
        return {}
    size = int.from_bytes(raw[8:12], "little")
    if not 0 < size <= 256 or len(raw) < 12 + size:
        return {}
    found = {"class": raw[12 : 12 + size].split(b"\x00", 1)[0].decode("latin-1")}
    if found["class"].lower() == "package":
        pos = 12 + size
        for _ in range(2):  # topic and item names
            length = int.from_bytes(raw[pos : pos + 4], "little") if pos + 4 <= len(raw) else 0
            pos += 4 + min(length, 256)
        found["embedded_file"] = attach_ole.ole10native_name(raw[pos:])
    return found
