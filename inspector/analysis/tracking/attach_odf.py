"""OpenDocument attachments (.odt, .ods, .odp…): macros, remote templates and other remote loads.

LibreOffice keeps Basic macros under `Basic/` and script macros under `Scripts/`; an
`office:event-listener` on the document's load event runs one on opening. A `meta:template` with a
remote `xlink:href` is the ODF remote template. Images, linked sections and objects with a remote
`xlink:href` are fetched when the document opens; `text:a` links only on a click. Members are read
through the same caps as Office Open XML.
"""

from __future__ import annotations

import re
import zipfile

from ...model import Finding, Severity
from ...parsing import Attachment
from ...parsing.sniff import OLE2_MAGIC
from ...texts import tr
from ..common.urls import REMOTE, UNC, Url, normalise
from . import attach_ole, attach_threats
from .attach_common import (
    MAX_INFLATED_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    ODF,
    extension,
    load_finding,
    share_sentence,
)

_MACRO = re.compile(r"^(Basic/[^/]+/(?!script-lb\.xml$|dialog-lb\.xml$)[^/]+\.xml|Scripts/.+[^/])$")
_XML_PARTS = frozenset({"content.xml", "styles.xml", "meta.xml", "settings.xml"})
_HREF = re.compile(rb'<([\w.\-]+:[\w.\-]+)\b[^<>]*?\bxlink:href="([^"<>]{1,4000})"', re.IGNORECASE)
_LOAD_EVENT = re.compile(rb'<script:event-listener\b[^<>]*?event-name="(?:office|dom):load"', re.IGNORECASE)
_CLICK_ONLY = frozenset({"text:a", "draw:a", "office:event-listener", "script:event-listener", "presentation:sound"})
_OBJECTS = frozenset({"draw:object", "draw:object-ole", "draw:plugin", "draw:applet"})


def is_odf(archive: zipfile.ZipFile, names: set[str], filename: str | None) -> bool:
    if "mimetype" in names:
        with archive.open("mimetype") as handle:
            if handle.read(64).startswith(b"application/vnd.oasis.opendocument"):
                return True
    return extension(filename) in ODF and "content.xml" in names


def odf_findings(att: Attachment, archive: zipfile.ZipFile, label: str) -> list[Finding]:
    infos = archive.infolist()[:MAX_MEMBERS]
    macros = [i.filename for i in infos if _MACRO.match(i.filename)]
    out: list[Finding] = []
    auto_run: list[str] = []
    budget = MAX_INFLATED_BYTES
    for info in infos:
        inner_object = info.filename.startswith("Object ") and "/" not in info.filename.rstrip("/")
        if (info.filename not in _XML_PARTS and not inner_object) or budget <= 0:
            continue
        with archive.open(info) as handle:
            content = handle.read(min(MAX_MEMBER_BYTES, budget))
        budget -= len(content)
        if inner_object:
            if content.startswith(OLE2_MAGIC):
                objects = (attach_ole.read_ole(content, is_object=True) or attach_ole.OleFacts()).objects or [
                    {"class": ""}
                ]
                out += [attach_threats.object_finding(att, o, member=info.filename, expected=ODF) for o in objects]
            continue
        if _LOAD_EVENT.search(content):
            auto_run.append("office:load")
        out += _hrefs(att, label, info.filename, content)
    if macros:
        facts = attach_ole.OleFacts(macros=macros[:20], auto_run=auto_run)
        out.insert(0, attach_threats.macro_finding(att, facts, container="OpenDocument", expected=ODF))
    return out


def _hrefs(att: Attachment, label: str, member: str, content: bytes) -> list[Finding]:
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for element, href in _HREF.findall(content):
        tag = element.decode().lower()
        raw = href.decode("utf-8", "replace").replace("&amp;", "&")
        target = normalise(raw)
        if target.locality not in (REMOTE, UNC) or (tag in _CLICK_ONLY and target.locality != UNC):
            continue
        if (tag, target.url) in seen:
            continue
        seen.add((tag, target.url))
        if tag in _OBJECTS and target.locality == REMOTE:
            obj = {"class": tag, "linked": True, "target": raw[:300]}
            out.append(attach_threats.object_finding(att, obj, member=member, url=target.url, expected=ODF))
        else:
            out.append(_load(att, label, member, tag, target, raw))
        if len(out) >= 50:
            break
    return out


def _load(att: Attachment, label: str, member: str, tag: str, target: Url, raw: str) -> Finding:
    unc = target.locality == UNC
    template = tag == "meta:template"
    code = "UNC_PATH" if unc else "REMOTE_TEMPLATE" if template else "ATTACHMENT_REMOTE_REF"
    what = (
        tr("a remote template (a known way to load macros into a harmless-looking document)")
        if template
        else tr("an external resource ({kind})", kind=tag)
    )
    args = {"name": label, "what": what, "where": target.host or target.url}
    return load_finding(
        code,
        Severity.HIGH if code != "ATTACHMENT_REMOTE_REF" else Severity.MEDIUM,
        tr("Attachment {name} loads a remote template", name=label)
        if template
        else tr("Attachment {name} loads remote content", name=label),
        tr(
            "The attached document {name} refers to {what} at {where}. Its office program fetches it when the "
            "document is opened, telling that server the document was opened, from where and by which program.",
            **args,
        )
        + share_sentence(unc),
        target.url,
        target.host,
        att.part,
        f"odf:{member}[{tag}]",
        {"attachment": str(label), "member": member, "element": tag, "target": raw[:300]},
        ("open_time", "ip_address", "mail_client") + (("windows_credentials",) if unc else ()),
    )
