"""Attachment types that gateways quarantine: pages, disk images, shortcuts, macros, hidden programs.

Judged from the file name and the sniffed content, never by opening or running anything. Zip
archives are listed (names only, from the central directory), never extracted.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import replace

from ...model import Category, Finding, Report, Severity
from ...parsing import Attachment, Message
from ...texts import Text, tr
from ..common.shortcuts import extension, shortcut_targets
from ..common.urls import UNC, registrable_domain

MAX_LISTED_BYTES = 20_000_000  # larger archives are not listed
_EXECUTABLE = frozenset(
    [
        "exe",
        "scr",
        "com",
        "pif",
        "bat",
        "cmd",
        "js",
        "jse",
        "vbs",
        "vbe",
        "wsf",
        "wsh",
        "hta",
        "ps1",
        "psm1",
        "msi",
        "msp",
        "jar",
        "lnk",
        "url",
        "scf",
        "cpl",
        "dll",
        "reg",
        "iso",
        "img",
        "vhd",
        "vhdx",
        "appx",
        "msix",
        "application",
        "gadget",
        "inf",
        "sct",
        "chm",
    ]
)
_PROGRAM_TYPES = frozenset({"application/x-msdownload", "application/x-dosexec", "application/x-executable"})
_DISK_IMAGE = frozenset({"iso", "img", "vhd", "vhdx"})
_SHORTCUT = frozenset(
    {
        "lnk",
        "url",
        "website",
        "scf",
        "library-ms",
        "search-ms",
        "searchconnector-ms",
        "settingcontent-ms",
        "desktop",
        "webloc",
    }
)
_MACRO = frozenset({"docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm", "xlsb"})
_PAGE = frozenset({"html", "htm", "shtml", "xhtml", "mht", "mhtml", "svg", "svgz", "hta"})
_ARCHIVE = frozenset({"zip", "rar", "7z", "gz", "tgz", "cab", "arj", "ace", "xz", "bz2", "z", "lzh", "tar"})
# HTML smuggling: the page builds a file in the browser instead of downloading it.
_SMUGGLING = re.compile(
    rb"(?:new\s+Blob\s*\(|msSaveOrOpenBlob|createObjectURL|\.download\s*=|atob\s*\(|"
    rb"data:application/(?:octet-stream|x-msdownload|zip)[^\"']{0,40}base64)",
    re.IGNORECASE,
)
_SCRIPT = re.compile(rb"<script|javascript:|\bon(?:load|error)\s*=", re.IGNORECASE)


def risky_attachment_findings(message: Message, report: Report | None) -> Iterable[Finding]:
    """Analyser entry point (registered in `analysis.ANALYSERS`)."""
    # The content check (MACRO_DOCUMENT, from the beacon analyser's attachment scan) says more than the name.
    macros = {f.part for f in (report.findings if report else []) if f.code == "MACRO_DOCUMENT"}
    for msg in message.walk_messages():
        for att in msg.attachments:
            found = _judge(att)
            if found and not (found.evidence.get("kind") == "macro document" and att.part in macros):
                yield found


def _judge(att: Attachment) -> Finding | None:
    ext = extension(att.filename)
    sniffed = (att.sniffed_type or "").lower()
    if ext in _PAGE or (not att.inline and sniffed in ("text/html", "image/svg+xml") and ext not in ("txt", "")):
        return _page(att, ext or sniffed)
    if ext in _DISK_IMAGE:
        return _make(att, Severity.HIGH, tr("Disk image attached ({name})", name=_name(att)), tr(
            "Opening a disk image (.iso, .img, .vhd) on Windows mounts it like a USB stick, and the programs "
            "inside it run without the usual warnings about files from the internet. Attackers use them to "
            "deliver malware past mail filters."), tr("software vendors rarely send installation images by mail."),
            kind="disk image")  # fmt: skip
    if ext in _SHORTCUT:
        return _shortcut(att)
    if ext == "one":
        return _make(att, Severity.HIGH, tr("OneNote file attached ({name})", name=_name(att)), tr(
            "OneNote files can hide a program behind a fake \"click to view\" button; they were widely used to "
            "deliver malware."), tr("colleagues do share notebooks, usually through a link rather than a file."),
            kind="onenote")  # fmt: skip
    if ext in _MACRO:
        return _make(att, Severity.MEDIUM, tr("Office document with macros attached ({name})", name=_name(att)), tr(
            "This document type can carry macros: small programs that run if you press \"Enable content\". "
            "Macros are a common way to install malware."),
            tr("some companies use macro spreadsheets for forms and reports."), kind="macro document")  # fmt: skip
    if ext in _EXECUTABLE or sniffed in _PROGRAM_TYPES:
        return _make(att, Severity.HIGH, tr("Program attached ({name})", name=_name(att)), tr(
            "This attachment is a program or script: opening it runs it, with your rights on this computer."),
            tr("almost none by e-mail; genuine software comes from the vendor's site."), kind="program")  # fmt: skip
    if ext in _ARCHIVE or sniffed == "application/zip":
        return _archive(att)
    return None


def _shortcut(att: Attachment) -> Finding:
    targets = shortcut_targets(att)
    why = tr(
        "A shortcut file runs a command or opens an address when clicked; it looks like an ordinary "
        "document but can start a program."
    )
    if targets:
        why = why + " " + tr("This one points to {where}.", where=", ".join(sorted({t.url.host for t in targets})))
    title = (
        tr("Shortcut attached ({name})", name=_name(att))
        if extension(att.filename) in ("desktop", "webloc")
        else tr("Windows shortcut attached ({name})", name=_name(att))
    )
    found = _make(att, Severity.HIGH, title, why,
                  tr("almost none: people do not mail shortcuts to each other."), kind="shortcut",
                  extra={"targets": [{"field": t.field, "value": t.raw[:300]} for t in targets]})  # fmt: skip
    if not targets:
        return found
    first = min(targets, key=lambda t: (t.url.locality != UNC, not t.auto)).url  # the share, else what loads unasked
    return replace(found, url=first.url, host=first.host, domain=registrable_domain(first.host), vector="shortcut")


def _page(att: Attachment, ext: str) -> Finding:
    head = att.data()[:2_000_000]
    smuggling = bool(_SMUGGLING.search(head))
    script = smuggling or bool(_SCRIPT.search(head))
    if smuggling:
        severity = Severity.HIGH
        title = tr("Web page attached that builds a file on your computer ({name})", name=_name(att))
    else:
        severity = Severity.MEDIUM
        title = tr("Web page attached ({name})", name=_name(att))
    why = tr(
        "An attached web page (.html, .svg) opens in your browser, outside the protection of your mail "
        "program. Phishing pages are sent this way to show a fake sign-in form without a link a filter could "
        "check."
    )
    if smuggling:
        why = why + " " + tr("This one contains code that assembles a download inside the browser (HTML smuggling).")
    evidence = {"script": script, "html_smuggling": smuggling}
    return _make(att, severity, title, why, tr("some services send receipts or reports as web pages."),
                 kind="web page", extra=evidence)  # fmt: skip


def _archive(att: Attachment) -> Finding | None:
    data = att.data()
    if len(data) > MAX_LISTED_BYTES or not data.startswith(b"PK"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [i.filename for i in archive.infolist()[:2000]]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        return None
    inside = [n for n in names if extension(n) in _EXECUTABLE | _DISK_IMAGE | _SHORTCUT | {"one"} | _MACRO]
    if not inside:
        return None
    return _make(att, Severity.HIGH, tr("Archive attached that holds a program ({name})", name=_name(att)), tr(
        "The archive contains {inside}: a program or script packed so that mail filters do not see it. "
        "Opening the file inside runs it.", inside=", ".join(inside[:5])),
        tr("developers sometimes exchange tools this way; confirm with the sender by another channel."),
        kind="archive with program", extra={"members": inside[:50]})  # fmt: skip


def _name(att: Attachment) -> str:
    return (att.filename or att.part)[:80]


def _make(att: Attachment, severity: Severity, title: Text, why: Text, innocent: Text, *, kind: str,
          extra: dict | None = None) -> Finding:  # fmt: skip
    return Finding(
        category=Category.ATTACHMENT,
        code="RISKY_ATTACHMENT",
        severity=severity,
        title=title,
        explanation=why + " " + tr("Innocent explanations:") + " " + innocent,
        evidence={
            "filename": att.filename,
            "kind": kind,
            "declared_type": att.declared_type,
            "sniffed_type": att.sniffed_type,
            "size": att.size,
            **(extra or {}),
        },
        part=att.part,
    )
