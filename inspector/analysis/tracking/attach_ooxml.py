"""Office Open XML attachments (.docx, .xlsx, .pptx and their macro twins, renamed or not).

What it reports: external relationships (remote templates, images, OLE links), field codes and
Excel DDE (`attach_fields`), VBA projects, Excel 4.0 macro sheets, embedded OLE objects and
ActiveX controls (`attach_ole`). Members are read through caps, so a zip bomb costs at most
`MAX_MEMBER_BYTES` per member and `MAX_INFLATED_BYTES` per document; what a cap left unread is
said in a `parse` finding.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from ...model import Finding, Severity
from ...parsing import Attachment
from ...parsing.sniff import OLE2_MAGIC
from ...texts import tr
from ..common.urls import REMOTE, UNC, Url, normalise
from . import attach_fields, attach_ole, attach_threats
from .attach_common import (
    EXCEL,
    MAX_INFLATED_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_SCAN_BYTES,
    OOXML,
    POWERPOINT,
    WORD,
    load_finding,
    not_scanned,
)

_REL = re.compile(rb"<(?:\w+:)?Relationship\b[^<>]*>", re.IGNORECASE)
_ATTR = re.compile(rb'(?<!\w)(\w++)\s*=\s*"([^"]*)"')  # one try per word: linear on a 4 MB tag
_WORD_TEXT = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments|glossary/document)\.xml$")
_SHEET = re.compile(r"^xl/(worksheets|macrosheets|dialogsheets)/[^/]+\.xml$")
_MACRO_SHEET = re.compile(r"^xl/macrosheets/", re.IGNORECASE)
_EMBEDDED_OLE = re.compile(r"/(embeddings/[^/]+\.bin|activeX/activeX\d*\.bin)$", re.IGNORECASE)
_ACTIVEX_CLASS = re.compile(rb'classid="\{?([0-9A-Fa-f-]{36})\}?"')
_AUTO_NAME = re.compile(rb'name="_xlnm\.(Auto_(?:Open|Close|Activate|Deactivate))', re.IGNORECASE)
_INSIDE_URL = re.compile(r"(?:https?://|\\\\|file:)[^\s!\"<>]{1,2000}", re.IGNORECASE)
_TEMPLATE_TYPES = frozenset({"attachedTemplate", "frame", "subDocument"})
_OBJECT_TYPES = frozenset({"oleObject", "package", "control", "aFChunk"})


@dataclass
class _Found:
    """What the walk over the members saw; findings are built once at the end."""

    macros: list[str] = field(default_factory=list)
    auto_run: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def ooxml_findings(att: Attachment, data: bytes, label: str) -> list[Finding]:
    if len(data) >= MAX_SCAN_BYTES:
        data = att.data()
    found = _Found()
    budget = MAX_INFLATED_BYTES
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()[:MAX_MEMBERS]
        expected = _expected(infos)
        members = [i for i in infos if _wanted(i.filename)]
        found.macros += [i.filename for i in infos if _MACRO_SHEET.match(i.filename)]
        members.sort(key=_order)  # relationships first: small, telling; then the binary parts
        for number, info in enumerate(members):
            if budget <= 0:
                left = len(members) - number
                found.findings.append(
                    not_scanned(
                        att, f"{left} parts not read: the document inflates to more than {MAX_INFLATED_BYTES:,} bytes"
                    )
                )
                break
            with archive.open(info) as handle:
                content = handle.read(min(MAX_MEMBER_BYTES, budget))  # never inflate past the caps
            budget -= len(content)
            _member(content, att, label, info.filename, found)
    if found.macros:
        facts = attach_ole.OleFacts(macros=found.macros, auto_run=found.auto_run, calls=found.calls)
        finding = attach_threats.macro_finding(att, facts, container="Office Open XML", expected=expected)
        found.findings.insert(0, finding)
    return found.findings


def _expected(infos: list[zipfile.ZipInfo]) -> frozenset[str]:
    names = {i.filename.split("/", 1)[0] for i in infos}
    for folder, extensions in (("word", WORD), ("xl", EXCEL), ("ppt", POWERPOINT)):
        if folder in names:
            return extensions
    return OOXML


def _wanted(name: str) -> bool:
    return (
        name.endswith(".rels")
        or name.lower().endswith("vbaproject.bin")
        or name == "xl/workbook.xml"
        or _WORD_TEXT.match(name) is not None
        or _SHEET.match(name) is not None
        or name.startswith("xl/externalLinks/")
        or _EMBEDDED_OLE.search(name) is not None
        or re.search(r"/activeX/activeX\d*\.xml$", name) is not None
    )


def _order(info: zipfile.ZipInfo) -> int:
    name = info.filename
    return 0 if name.endswith(".rels") else 1 if name.lower().endswith(".bin") else 2


def _member(content: bytes, att: Attachment, label: str, name: str, found: _Found) -> None:
    lower = name.lower()
    if name.endswith(".rels"):
        found.findings += _rels(content, att, label, name, found)
    elif lower.endswith("vbaproject.bin"):
        _vba(content, name, found)
    elif _EMBEDDED_OLE.search(name):
        _embedded(content, att, name, found)
    elif lower.endswith(".xml") and "/activex/" in lower:
        classes = [c.decode().upper() for c in _ACTIVEX_CLASS.findall(content)[:1]]
        obj = {"class": "ActiveX control", "clsid": classes[0] if classes else None}
        found.findings.append(attach_threats.object_finding(att, obj, member=name))
    elif name == "xl/workbook.xml":
        found.auto_run += [m.decode() for m in _AUTO_NAME.findall(content)[:5]]
    elif name.startswith("xl/externalLinks/"):
        found.findings += _dde(att, [f"DDE {link}" for link in attach_fields.dde_links(content)], name)
    elif _SHEET.match(name):
        found.findings += _dde(att, [f"DDE {call}" for call in attach_fields.sheet_formulas(content)], name)
    else:
        instructions = attach_fields.wordml_instructions(content)
        found.findings += attach_fields.field_findings(att, instructions, name, carrier="ooxml")


def _dde(att: Attachment, calls: list[str], member: str) -> list[Finding]:
    return [attach_fields.dde_finding(att, "DDE", call, member, carrier="ooxml") for call in calls]


def _vba(content: bytes, name: str, found: _Found) -> None:
    facts = attach_ole.read_ole(content)
    found.macros.append(name)
    if facts:
        found.auto_run += [a for a in facts.auto_run if a not in found.auto_run]
        found.calls += [c for c in facts.calls if c not in found.calls]


def _embedded(content: bytes, att: Attachment, name: str, found: _Found) -> None:
    if not content.startswith(OLE2_MAGIC) or "/activex/" in name.lower():
        return  # a package (.xlsx chart data), a raw binary, or an ActiveX control its activeX*.xml names
    facts = attach_ole.read_ole(content, is_object=True)
    if facts is None:
        return
    objects = facts.objects or [{"class": "", "storage": "root"}]
    found.findings += [attach_threats.object_finding(att, o, member=name) for o in objects]
    if facts.macros:
        found.macros += [f"{name}: {m}" for m in facts.macros]


def _rels(content: bytes, att: Attachment, label: str, member: str, found: _Found) -> list[Finding]:
    out = []
    for rel in _REL.findall(content):
        attrs = {k.decode().lower(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(rel)}
        rel_type = attrs.get("type", "").rsplit("/", 1)[-1]
        if rel_type == "vbaProject" and attrs.get("targetmode", "").lower() != "external":
            found.macros.append(f"{member}: relationship to {attrs.get('target', '')[:100]}")
            continue
        if attrs.get("targetmode", "").lower() != "external":
            continue
        target = external_target(attrs.get("target", ""))
        if target.locality not in (REMOTE, UNC):
            continue  # mailto: and document-internal targets do not load anything
        if rel_type == "hyperlink":
            continue  # a link in the document: fires only on click
        if rel_type in _OBJECT_TYPES:
            obj = {"class": rel_type, "linked": True, "target": attrs.get("target", "")[:300]}
            out.append(attach_threats.object_finding(att, obj, member=member, url=target.url))
            continue
        out.append(_rel_finding(att, label, member, rel_type, target, attrs.get("target", "")))
    return out


def external_target(raw: str) -> Url:
    """Where an external target really goes: `mhtml:http://x/!x-usc:…` (CVE-2021-40444) goes to x."""
    target = normalise(raw)
    if target.locality in (REMOTE, UNC):
        return target
    inside = _INSIDE_URL.search(raw)
    return normalise(inside.group(0)) if inside else target


def _rel_finding(att: Attachment, label: str, member: str, rel_type: str, target: Url, raw: str) -> Finding:
    template = rel_type in _TEMPLATE_TYPES
    code = "UNC_PATH" if target.locality == UNC else "REMOTE_TEMPLATE" if template else "ATTACHMENT_REMOTE_REF"
    what = tr("an external resource ({kind})", kind=rel_type) if rel_type else tr("an external resource")
    if template:
        what = tr("a remote template (a known way to load macros into a harmless-looking document)")
    args = {"name": label, "what": what, "where": target.host or target.url}
    return load_finding(
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
        {"attachment": str(label), "member": member, "relationship": rel_type, "target": raw},
        ("open_time", "ip_address", "mail_client") + (("windows_credentials",) if code == "UNC_PATH" else ()),
    )
