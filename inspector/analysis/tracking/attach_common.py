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
from ..urls import registrable_domain
from .references import Reference

MAX_ATTACHMENT_BYTES = 20_000_000
MAX_MEMBER_BYTES = 4_000_000
MAX_MEMBERS = 400
MAX_INFLATED_BYTES = 40_000_000  # per archive: ten members at their cap
MAX_SCAN_BYTES = 4_000_000


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
