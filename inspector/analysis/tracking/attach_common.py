"""What the attachment scanners share: the caps, the attachment's label and the finding builders.

Two kinds of finding come out of an attachment: a load it makes when opened (category `beacon`,
built by `load_finding`) and content that can run code or hides what it is (category
`attachment`, built by `content_finding`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Category, Finding, Severity
from ...parsing import Attachment
from ...texts import Text, tr
from ..common.references import Reference
from ..common.shortcuts import extension
from ..common.urls import normalise, registrable_domain

MAX_ATTACHMENT_BYTES = 20_000_000
MAX_MEMBER_BYTES = 4_000_000
MAX_MEMBERS = 400
MAX_INFLATED_BYTES = 40_000_000  # per archive: ten members at their cap
MAX_SCAN_BYTES = 4_000_000

# What a file of each kind is called, to tell when a name hides what the content is.
WORD = frozenset({"docx", "docm", "dotx", "dotm"})
EXCEL = frozenset({"xlsx", "xlsm", "xltx", "xltm", "xlam", "xlsb"})
POWERPOINT = frozenset({"pptx", "pptm", "potx", "potm", "ppsx", "ppsm", "ppam", "sldx", "sldm"})
OOXML = WORD | EXCEL | POWERPOINT
OLE2_OFFICE = frozenset({"doc", "dot", "xls", "xlt", "xla", "ppt", "pps", "pot", "vsd", "pub", "mpp", "wiz"})
ODF = frozenset({"odt", "ods", "odp", "odg", "odf", "ott", "ots", "otp", "otg", "fodt", "fods", "fodp"})
RTF = frozenset({"rtf"})
PDF = frozenset({"pdf"})


@dataclass
class Scanned:
    references: list[tuple[Reference, str | None]] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def label(att: Attachment) -> str:
    """The attachment's file name, or "part 1.2" (translatable) when it has none."""
    return att.filename or tr("part {part}", part=att.part)


def not_scanned(att: Attachment, why: str) -> Finding:
    name = label(att)
    return Finding(
        category=Category.PARSE,
        code="ATTACHMENT_NOT_SCANNED",
        severity=Severity.LOW,
        title=tr("Attachment {name} was only partly checked for remote references", name=name),
        explanation=tr(
            "This attachment is too large (or inflates to too much) to scan in full for content it would load from "
            "the internet when opened. Part of it was skipped, so it may hold references this report does not list."
        ),
        evidence={"attachment": str(name), "detail": why},
        part=att.part,
    )


def load_finding(code: str, severity: Severity, title: Text, explanation: Text, url: str | None, host: str | None,
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


def disguised(att: Attachment, expected: frozenset[str]) -> bool:
    """The file has a name, and its extension is not one this content is known by."""
    return bool(expected) and bool(att.filename) and extension(att.filename) not in expected


def disguise_sentence(att: Attachment, expected: frozenset[str]) -> Text | None:
    if not disguised(att, expected):
        return None
    return tr(
        "Its name ({name}) does not say what it is; it was recognised by its content. Files are renamed this way "
        "to slip past filters that judge them by their name.",
        name=att.filename,
    )


def content_finding(att: Attachment, code: str, severity: Severity, title: Text, explanation: Text, seen: dict,
                    *, expected: frozenset[str] = frozenset(), url: str | None = None) -> Finding:  # fmt: skip
    """An `attachment` finding: content that can run code, fetch a payload or hides from inspection."""
    evidence = {
        "attachment": str(label(att)),
        "filename": att.filename,
        "declared_type": att.declared_type,
        "sniffed_type": att.sniffed_type,
        **seen,
    }
    if disguised(att, expected):
        evidence["name_hides_type"] = True
    target = normalise(url) if url else None
    return Finding(
        category=Category.ATTACHMENT,
        code=code,
        severity=severity,
        title=title,
        explanation=explanation,
        evidence=evidence,
        part=att.part,
        url=(target.url or url) if target else None,
        host=target.host if target else None,
        domain=registrable_domain(target.host) if target and target.host else None,
        vector=seen.get("vector") if target else None,
    )


def share_sentence(unc: bool) -> str:
    """The sentence added when a load goes to a Windows file share ("" otherwise), with its leading space."""
    if not unc:
        return ""
    return " " + tr("On Windows, fetching from a file share also sends your login name and password hash.")
