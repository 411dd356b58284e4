"""Verdicts the recipient's own mail gateway already stamped: Microsoft 365, SpamAssassin, rspamd.

Read only inside the trust boundary: a sender can write any of these headers itself. Microsoft
renames an earlier tenant's copies to `…-Untrusted`, so the plain headers are the recipient
tenant's own when the receiving servers are Microsoft's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ...model import Finding, Severity
from ...texts import Text, tr
from ..common.domains import provider_family
from .auth_results import boundary_index

if TYPE_CHECKING:
    from .sender_context import SenderContext

_CAT = {
    "PHSH": (tr("phishing"), Severity.HIGH),
    "HPHSH": (tr("high-confidence phishing"), Severity.HIGH),
    "HPHISH": (tr("high-confidence phishing"), Severity.HIGH),
    "AMP": (tr("malware"), Severity.HIGH),
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
# SFV: what the spam filter did. SKB/SKS: blocked by the recipient's (or tenant's) rules, or marked
# as spam before filtering by a mail-flow rule. NSPM/SKN/SKA/SKI are "not spam" or bypasses.
_SFV = {
    "SPM": tr("spam"),
    "BLK": tr("mail from a blocked sender"),
    "SKB": tr("mail from a blocked sender"),
    "SKS": tr("spam (marked by a rule of your organisation)"),
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
    """The recipient-side gateway fields, for the summary and the checks ({} when none can be trusted).

    Microsoft's `X-MS-Exchange-Organization-*` and `X-Forefront-*` headers are removed at the
    tenant's edge when a message arrives, so the ones present were written by the receiving tenant
    when the receiving servers are Microsoft's. SpamAssassin and rspamd headers count only above
    the trust boundary (written after the message entered the recipient's side).
    """
    out: dict[str, Any] = {}
    if any(provider_family(o) == "outlook" for o in ctx.chain.receiving_orgs):
        raw = ctx.message.header("X-Forefront-Antispam-Report")
        if raw:
            out["forefront"] = parse_forefront(raw)
            out["forefront_raw"] = raw
        ms = ctx.message.header("X-Microsoft-Antispam") or ""
        if bcl := re.search(r"BCL:(\d)", ms):
            out["bcl"] = int(bcl.group(1))
        scl = (ctx.message.header("X-MS-Exchange-Organization-SCL") or "").strip()
        if re.fullmatch(r"-?\d", scl):
            out["scl"] = int(scl)
        delivery = ctx.message.header("X-Microsoft-Antispam-Mailbox-Delivery")
        if delivery:
            out["mailbox_delivery"] = parse_forefront(re.sub(r"\s+", "", delivery))
    limit = boundary_index(ctx.chain, len(ctx.message.headers))
    for i, h in enumerate(ctx.message.headers):
        name = h.name.lower()
        if i >= limit:
            break
        if name == "x-spam-status" and "spam_status" not in out:
            out["spam_status"] = h.raw
        elif name == "x-spamd-result" and "rspamd" not in out:
            out["rspamd"] = h.raw
    return out


def gateway_findings(ctx: SenderContext) -> Iterator[Finding]:
    gw = read_gateway(ctx)
    ctx.facts["gateway"] = gw
    fields = gw.get("forefront", {})
    sfty = fields.get("SFTY", "")
    if sfty.startswith("9.25"):
        ctx.facts["first_time"] = True
    microsoft = _microsoft_verdict(gw)
    if microsoft:
        severity, label, header, evidence = microsoft
        yield _finding(severity, tr("Your mail service flagged this as {label}", label=label), header, evidence)
    status = gw.get("spam_status", "")
    if status.strip().lower().startswith("yes"):
        yield _finding(
            Severity.MEDIUM,
            tr("Your mail server's spam filter marked this as spam"),
            "X-Spam-Status",
            {"source": "spamassassin", "raw": status},
        )
    rspamd = rspamd_verdict(gw.get("rspamd", ""))
    if rspamd:
        yield _finding(
            Severity.MEDIUM,
            tr("Your mail server's spam filter marked this as spam"),
            "X-Spamd-Result",
            {"source": "rspamd", **rspamd, "raw": gw["rspamd"][:500]},
        )


def _microsoft_verdict(gw: dict[str, Any]) -> tuple[Severity, Text, str, dict[str, Any]] | None:
    """The strongest of Microsoft's stamps: Forefront CAT/SFTY/SFV/SCL, the SCL header, the Junk folder."""
    fields = gw.get("forefront", {})
    cat, sfv, sfty = fields.get("CAT", "").upper(), fields.get("SFV", "").upper(), fields.get("SFTY", "")[:4]
    evidence: dict[str, Any] = {"source": "microsoft", "fields": fields, "raw": gw.get("forefront_raw")}
    if sfty in _SFTY:
        return Severity.HIGH, _SFTY[sfty], "X-Forefront-Antispam-Report", evidence
    if cat in _CAT and _CAT[cat][1] != Severity.INFO:
        label, severity = _CAT[cat]
        return severity, label, "X-Forefront-Antispam-Report", evidence
    if sfv in _SFV:
        return Severity.MEDIUM, _SFV[sfv], "X-Forefront-Antispam-Report", evidence
    if _scl(fields) >= 5:
        return Severity.MEDIUM, _CAT["SPM"][0], "X-Forefront-Antispam-Report", evidence
    if gw.get("scl", -1) >= 5:
        return (
            Severity.MEDIUM,
            _CAT["SPM"][0],
            "X-MS-Exchange-Organization-SCL",
            {"source": "microsoft", "scl": gw["scl"]},
        )
    delivery = gw.get("mailbox_delivery", {})
    if delivery.get("DEST", "").upper() == "J":
        return Severity.MEDIUM, tr("junk (it was put in your Junk folder)"), "X-Microsoft-Antispam-Mailbox-Delivery", {
            "source": "microsoft", "fields": delivery}  # fmt: skip
    if cat == "BULK":
        return Severity.INFO, _CAT["BULK"][0], "X-Forefront-Antispam-Report", evidence
    return None


_RSPAMD = re.compile(r"default:\s*(true|false)\s*\[\s*(-?[\d.]+)\s*/\s*(-?[\d.]+)\s*\]", re.IGNORECASE)
RSPAMD_ADD_HEADER = 6.0  # rspamd's default score for the "add header" (spam) action


def rspamd_verdict(raw: str) -> dict[str, Any] | None:
    """`default: False [8.61 / 25.00]; SYMBOL(1.0)[…]` -> {score, reject_at} when rspamd judged it spam."""
    match = _RSPAMD.search(raw or "")
    if not match:
        return None
    rejected, score, reject_at = match.group(1).lower() == "true", float(match.group(2)), float(match.group(3))
    if rejected or score >= min(RSPAMD_ADD_HEADER, reject_at):
        return {"score": score, "reject_at": reject_at, "action_reject": rejected}
    return None


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
