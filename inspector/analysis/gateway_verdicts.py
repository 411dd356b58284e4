"""Verdicts the recipient's own mail gateway already stamped: Microsoft Forefront, SpamAssassin.

Read only inside the trust boundary: a sender can write any of these headers itself. Microsoft
renames an earlier tenant's copies to `…-Untrusted`, so the plain headers are the recipient
tenant's own when the receiving servers are Microsoft's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..model import Finding, Severity
from ..texts import Text, tr
from .auth_results import boundary_index
from .domains import provider_family

if TYPE_CHECKING:
    from .sender_context import SenderContext

_CAT = {
    "PHSH": (tr("phishing"), Severity.HIGH),
    "HPHSH": (tr("high-confidence phishing"), Severity.HIGH),
    "MALW": (tr("malware"), Severity.HIGH),
    "SPOOF": (tr("spoofing"), Severity.HIGH),
    "UIMP": (tr("impersonation of a person"), Severity.HIGH),
    "DIMP": (tr("impersonation of a domain"), Severity.HIGH),
    "GIMP": (tr("impersonation (mailbox intelligence)"), Severity.HIGH),
    "HSPM": (tr("high-confidence spam"), Severity.MEDIUM),
    "SPM": (tr("spam"), Severity.MEDIUM),
    "BULK": (tr("bulk mail"), Severity.INFO),
    "OSPM": (tr("outbound spam"), Severity.LOW),
}
_SFTY = {"9.19": tr("domain impersonation"), "9.20": tr("user impersonation"), "9.25": tr("first contact")}


def parse_forefront(raw: str) -> dict[str, str]:
    """`CIP:1.2.3.4;CTRY:NL;…;SFTY:9.25` -> dict; values as written."""
    out = {}
    for part in raw.split(";"):
        key, sep, value = part.partition(":")
        if sep:
            out[key.strip().upper()] = value.strip()
    return out


def read_gateway(ctx: SenderContext) -> dict[str, Any]:
    """The recipient-side gateway fields, for the summary and the checks ({} when none can be trusted)."""
    out: dict[str, Any] = {}
    if any(provider_family(o) == "outlook" for o in ctx.chain.receiving_orgs):
        raw = ctx.message.header("X-Forefront-Antispam-Report")
        if raw:
            out["forefront"] = parse_forefront(raw)
            out["forefront_raw"] = raw
        ms = ctx.message.header("X-Microsoft-Antispam") or ""
        if bcl := re.search(r"BCL:(\d)", ms):
            out["bcl"] = int(bcl.group(1))
    limit = boundary_index(ctx.chain, len(ctx.message.headers))
    for i, h in enumerate(ctx.message.headers):
        if i < limit and h.name.lower() == "x-spam-status" and "spam_status" not in out:
            out["spam_status"] = h.raw
    return out


def gateway_findings(ctx: SenderContext) -> Iterator[Finding]:
    gw = read_gateway(ctx)
    ctx.facts["gateway"] = gw
    fields = gw.get("forefront", {})
    cat = fields.get("CAT", "").upper()
    sfty = fields.get("SFTY", "")
    if sfty.startswith("9.25"):
        ctx.facts["first_time"] = True
    if (
        cat in _CAT
        or fields.get("SFV", "").upper() in ("SPM", "BLK")
        or _scl(fields) >= 5
        or sfty[:4] in ("9.19", "9.20")
    ):
        label, severity = _CAT.get(cat, _CAT["SPM"])
        if sfty[:4] in ("9.19", "9.20"):
            label, severity = _SFTY[sfty[:4]], Severity.HIGH
        yield _finding(
            severity,
            tr("Your mail service flagged this as {label}", label=label),
            "X-Forefront-Antispam-Report",
            {"fields": fields, "raw": gw.get("forefront_raw")},
        )
    status = gw.get("spam_status", "")
    if status.strip().lower().startswith("yes"):
        yield _finding(
            Severity.MEDIUM,
            tr("Your mail server's spam filter marked this as spam"),
            "X-Spam-Status",
            {"raw": status},
        )


def _scl(fields: dict[str, str]) -> int:
    try:
        return int(fields.get("SCL", "-1"))
    except ValueError:
        return -1


def _finding(severity: Severity, title: Text, header: str, evidence: dict[str, Any]) -> Finding:
    from .sender_context import finding  # noqa: PLC0415 - avoids an import cycle through sender_context

    return finding(
        "GATEWAY_VERDICT",
        severity,
        title,
        tr(
            "The filter of your own mail service looked at this message on arrival and recorded this verdict in "
            "its headers. It had information this tool lacks, such as the sender's reputation."
        ),
        tr("filters make mistakes, and messages moved out of the junk folder keep the stamp."),
        header=header,
        evidence=evidence,
    )
