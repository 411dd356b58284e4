"""The report contract: findings, verdict and report, shared by every analyser and output.

This module imports nothing else of ours, so the GUI, the CLI and the exporters can all
depend on it without pulling in parsing or analysis code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = "2.1"


class Category(StrEnum):
    BEACON = "beacon"
    TRACKED_LINK = "tracked_link"
    READ_RECEIPT = "read_receipt"
    SENDER = "sender"
    ATTACHMENT = "attachment"
    CONTENT = "content"
    PARSE = "parse"


class Severity(StrEnum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.LOW: 1, Severity.MEDIUM: 2, Severity.HIGH: 3}


class VerdictLevel(StrEnum):
    """The overall answer. `tracked` is only ever overall: nothing suggests an attack, but opening it is seen."""

    CLEAN = "clean"
    TRACKED = "tracked"
    CAUTION = "caution"
    SUSPICIOUS = "suspicious"
    DANGEROUS = "dangerous"

    @property
    def rank(self) -> int:
        return list(VerdictLevel).index(self)


class TrackingLevel(StrEnum):
    """The privacy answer: would opening this tell the sender that you read it (and that it was you)?"""

    NONE = "none"
    TRACKED = "tracked"  # opening it would be seen: when, from where, with which program
    IDENTIFIED = "identified"  # ...and the address carries a token naming you

    @property
    def rank(self) -> int:
        return list(TrackingLevel).index(self)


_TRACKING_CATEGORIES = frozenset({"beacon", "tracked_link", "read_receipt"})


def display_group(category: str, axis: str | None) -> str:
    """Where a person sees a finding: its category, but an attack found among the loads is an `attack`.

    A DDE field or a remote template is found by the code that reads attachments for remote loads; listed
    under "Tracking when you open it" it would read as a privacy matter, not as the attack it is.
    """
    return "attack" if axis == "threat" and category in _TRACKING_CATEGORIES else category


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One thing the analysis noticed, with enough evidence to check it by hand.

    `evidence` holds whatever an analyst needs to find the thing again (the MIME part,
    the HTML element, the raw header line...). The optional typed fields are the ones
    other tools filter on, so they are promoted out of `evidence` into the JSON record.
    """

    category: Category
    code: str
    severity: Severity
    title: str
    explanation: str
    evidence: dict[str, Any] = field(default_factory=dict)
    part: str | None = None
    header: str | None = None
    url: str | None = None
    host: str | None = None
    domain: str | None = None
    vector: str | None = None
    vendor: str | None = None
    recipient_token: dict[str, Any] | None = None
    reveals: tuple[str, ...] = ()
    element_id: str | None = None
    axis: str | None = None  # "threat" or "tracking": which answer it sets (analysis/axes.py)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "category": str(self.category),
            "code": self.code,
            "severity": str(self.severity),
            "title": self.title,
            "explanation": self.explanation,
            "evidence": self.evidence,
        }
        if self.axis is not None:
            out["axis"] = self.axis
        if self.part is not None:
            out["part"] = self.part
        if self.header is not None:
            out["header"] = self.header
        if self.url is not None:
            out["url"] = self.url
            out["host"] = self.host
            out["domain"] = self.domain
            out["vector"] = self.vector
            out["vendor"] = self.vendor
            out["recipient_token"] = self.recipient_token
        if self.reveals:
            out["reveals"] = list(self.reveals)
        if self.element_id is not None:
            out["element_id"] = self.element_id
        return out


@dataclass(frozen=True)
class Verdict:
    """Two answers and the overall one.

    `threat` says whether the sender is who it claims / whether this is phishing or malware;
    `tracking` whether opening it would be seen. `level` is the threat level, `tracked` when nothing
    but known tracking was found, and raised where tracking names the reader from the sender's own
    server or meets impersonation (rules in analysis/verdict.py). `banner` is the one state the
    window, the reports and the exit codes show. `legacy_level` is schema 1.0's level (the worst finding's
    severity, tracking included), kept for one schema version.
    """

    level: VerdictLevel
    reason: str
    threat: VerdictLevel = VerdictLevel.CLEAN
    threat_reason: str = ""
    tracking: TrackingLevel = TrackingLevel.NONE
    tracking_reason: str = ""
    banner: str = ""  # clean, tracked, targeted, caution, suspicious, dangerous: the colour and headline
    advice: tuple[str, ...] = ()  # what to do now, two or three sentences
    legacy_level: VerdictLevel | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": str(self.level),
            "reason": self.reason,
            "threat": {"level": str(self.threat), "reason": self.threat_reason},
            "tracking": {"level": str(self.tracking), "reason": self.tracking_reason},
            "banner": self.banner or str(self.level),
            "advice": list(self.advice),
            "legacy_level": str(self.legacy_level or self.level),
        }


@dataclass(frozen=True)
class MessageSummary:
    """The few header values a person recognises a message by."""

    subject: str = ""
    from_: str = ""
    to: str = ""
    date: str | None = None
    message_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "from": self.from_,
            "to": self.to,
            "date": self.date,
            "message_id": self.message_id,
        }


@dataclass
class Report:
    """Everything the analysis found about one message.

    `sender` and `received` are structured summaries filled by the sender analysis;
    `attachments` lists every non-body part with its hashes.
    """

    message: MessageSummary
    findings: list[Finding] = field(default_factory=list)
    verdict: Verdict = field(default_factory=lambda: Verdict(VerdictLevel.CLEAN, ""))
    format: str = "eml"
    sender: dict[str, Any] = field(default_factory=dict)
    received: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    fingerprints: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "message": self.message.to_dict(),
            "verdict": self.verdict.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "sender": self.sender,
            "received": self.received,
            "attachments": self.attachments,
            "fingerprints": self.fingerprints,
        }
