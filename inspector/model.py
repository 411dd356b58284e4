"""The report contract: findings, verdict and report, shared by every analyser and output.

This module imports nothing else of ours, so the GUI, the CLI and the exporters can all
depend on it without pulling in parsing or analysis code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = "2.2"


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


@dataclass(frozen=True)
class DeliveryHop:
    """One Received header as the report shows it (`hop` counts from 1, the oldest first).

    `side` is "sender" or "recipient" (recorded inside the recipient's infrastructure); a rough chain
    read straight from the headers, before any analysis, leaves it "" (nobody decided).
    """

    hop: int
    raw: str
    from_: str | None = None
    from_rdns: str | None = None
    from_ip: str | None = None
    by: str | None = None
    with_: str | None = None
    id: str | None = None
    for_: str | None = None
    via: str | None = None
    envelope_from: str | None = None
    date: str | None = None  # ISO 8601 when the date parsed
    date_raw: str | None = None
    delay_seconds: float | None = None
    side: str = "sender"
    problems: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "hop": self.hop,
            "from": self.from_,
            "from_rdns": self.from_rdns,
            "from_ip": self.from_ip,
            "by": self.by,
            "with": self.with_,
            "id": self.id,
            "for": self.for_,
            "via": self.via,
            "envelope_from": self.envelope_from,
            "date": self.date,
            "date_raw": self.date_raw,
            "delay_seconds": self.delay_seconds,
            "side": self.side,
            "problems": list(self.problems),
            "raw": self.raw,
        }


@dataclass(frozen=True)
class AttachmentInfo:
    """One non-body part of the message or of a nested one, with what it claims and what it is."""

    part: str
    filename: str | None
    declared_type: str
    sniffed_type: str
    size: int
    sha256: str
    content_id: str | None
    inline: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "filename": self.filename,
            "declared_type": self.declared_type,
            "sniffed_type": self.sniffed_type,
            "size": self.size,
            "sha256": self.sha256,
            "content_id": self.content_id,
            "inline": self.inline,
        }


@dataclass(frozen=True)
class Fingerprints:
    """Values that group messages of one campaign (analysis/fingerprint.py)."""

    body_simhash: str | None  # 16 hex digits; None when the body has too few words

    def to_dict(self) -> dict[str, Any]:
        return {"body_simhash": self.body_simhash}


@dataclass(frozen=True)
class SenderAddress:
    """One parsed address of the From, Sender or Reply-To header."""

    display_name: str
    address: str
    domain: str
    registrable_domain: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "display_name": self.display_name,
            "address": self.address,
            "domain": self.domain,
            "registrable_domain": self.registrable_domain,
        }


@dataclass(frozen=True)
class Origin:
    """Where the message entered the recipient's side: the first hop recorded from outside."""

    hop: int
    ip: str | None = None
    helo: str | None = None
    rdns: str | None = None
    by: str | None = None
    time: str | None = None  # ISO 8601

    def to_dict(self) -> dict[str, Any]:
        return {"ip": self.ip, "helo": self.helo, "rdns": self.rdns, "by": self.by, "time": self.time, "hop": self.hop}


@dataclass(frozen=True)
class HopCount:
    total: int  # Received headers in the message
    analysed: int  # those parsed (the newest ones, up to a cap)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "analysed": self.analysed}


@dataclass(frozen=True)
class MailingList:
    """The list and bulk-mail headers, as sent, and what they make of the message."""

    list_id: str | None = None
    list_unsubscribe: str | None = None
    precedence: str | None = None
    is_list: bool = False
    is_bulk: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "list_id": self.list_id,
            "list_unsubscribe": self.list_unsubscribe,
            "precedence": self.precedence,
            "is_list": self.is_list,
            "is_bulk": self.is_bulk,
        }


@dataclass(frozen=True)
class HistoryCounts:
    """How many earlier messages came from this address and from its domain (opt-in history)."""

    address: int
    domain: int

    def to_dict(self) -> dict[str, Any]:
        return {"address": self.address, "domain": self.domain}


@dataclass(frozen=True)
class SenderSummary:
    """Who really sent this (docs/report-schema.md, Sender summary).

    `authentication`, `gateway` and each of `dkim_signatures` stay mappings: their keys follow what
    the headers hold (a gateway writes the fields it has, a DKIM signature the tags it carries), so a
    fixed type would either drop evidence or grow with every vendor. Their shapes are in the schema.
    """

    from_: SenderAddress | None
    from_header_count: int
    sender: SenderAddress | None
    reply_to: tuple[SenderAddress, ...]
    return_path: str | None  # the bare address; "" for the null sender <>; None when absent
    return_path_domain: str | None
    freemail: bool
    disposable: bool
    authentication: Mapping[str, Any]
    dkim_signatures: tuple[Mapping[str, Any], ...]
    origin: Origin | None
    receiving_domains: tuple[str, ...]
    hops: HopCount
    originating_ip: str | None
    mailer: str | None
    mailing_list: MailingList
    gateway: Mapping[str, Any]
    history: HistoryCounts | None = None
    dns_queries: tuple[str, ...] | None = None  # None unless the opt-in online checks ran
    failed_checks: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.from_.to_dict() if self.from_ else None,
            "from_header_count": self.from_header_count,
            "sender": self.sender.to_dict() if self.sender else None,
            "reply_to": [b.to_dict() for b in self.reply_to],
            "return_path": self.return_path,
            "return_path_domain": self.return_path_domain,
            "freemail": self.freemail,
            "disposable": self.disposable,
            "authentication": dict(self.authentication),
            "dkim_signatures": [dict(s) for s in self.dkim_signatures],
            "origin": self.origin.to_dict() if self.origin else None,
            "receiving_domains": list(self.receiving_domains),
            "hops": self.hops.to_dict(),
            "originating_ip": self.originating_ip,
            "mailer": self.mailer,
            "list": self.mailing_list.to_dict(),
            "gateway": dict(self.gateway),
            "history": self.history.to_dict() if self.history else None,
            "online": {"dns_queries": list(self.dns_queries)} if self.dns_queries is not None else None,
            "failed_checks": list(self.failed_checks),
        }


@dataclass
class Report:
    """Everything the analysis found about one message.

    `sender` and `received` are filled by the sender analysis (`sender` stays None, `{}` in the JSON,
    when it could not run); `attachments` lists every non-body part with its hashes.
    """

    message: MessageSummary
    findings: list[Finding] = field(default_factory=list)
    verdict: Verdict = field(default_factory=lambda: Verdict(VerdictLevel.CLEAN, ""))
    format: str = "eml"
    sender: SenderSummary | None = None
    received: list[DeliveryHop] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    fingerprints: Fingerprints | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "message": self.message.to_dict(),
            "verdict": self.verdict.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
            "sender": self.sender.to_dict() if self.sender else {},
            "received": [h.to_dict() for h in self.received],
            "attachments": [a.to_dict() for a in self.attachments],
            "fingerprints": self.fingerprints.to_dict() if self.fingerprints else {},
        }
