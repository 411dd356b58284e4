"""Sum the findings up for a person: two answers (tracking, threat), one overall level, plain sentences.

Tracking and impersonation are different questions. A real newsletter with a pixel is *tracked*
but not suspicious; folding both into one scale made every newsletter look like phishing, and a
reader who sees "suspicious" on every newsletter learns to ignore the word. So the overall level
is the threat level, raised only where the two meet: an impostor that also knows who opened it.
"""

from __future__ import annotations

from ..model import Category, Finding, Severity, TrackingLevel, Verdict, VerdictLevel
from ..texts import Text, tr

TRACKING_CATEGORIES = frozenset({Category.BEACON, Category.TRACKED_LINK, Category.READ_RECEIPT})
_WATCHING = {Category.BEACON, Category.READ_RECEIPT}  # seen on opening, without a click
# Findings that say the sender pretends to be someone else: where tracking makes it worse.
IMPERSONATION_CODES = frozenset(
    {
        "DISPLAY_NAME_BRAND",
        "BRAND_DOMAIN_UNVERIFIED",
        "COUSIN_DOMAIN",
        "IDN_LOOKALIKE",
        "HOMOGLYPH",
        "DISPLAY_NAME_ADDRESS",
        "ENCODED_DISPLAY_NAME_TRICK",
        "AUTH_FAIL_DMARC",
        "LINK_TEXT_MISMATCH",
    }
)
_BY_SEVERITY = {
    Severity.HIGH: VerdictLevel.DANGEROUS,
    Severity.MEDIUM: VerdictLevel.SUSPICIOUS,
    Severity.LOW: VerdictLevel.CAUTION,
    Severity.INFO: VerdictLevel.CLEAN,
}


def is_tracking(finding: Finding) -> bool:
    return finding.category in TRACKING_CATEGORIES


def decide(findings: list[Finding]) -> Verdict:
    threats = [f for f in findings if not is_tracking(f)]
    trackers = [f for f in findings if f.category in _WATCHING and f.severity.rank >= Severity.LOW.rank]
    threat = _level(threats)
    tracking = tracking_level(trackers)
    threat_reason = _threat_reason(threat, threats)
    tracking_reason = _tracking_reason(trackers)
    level, reason = threat, threat_reason
    impostor = [f for f in threats if f.code in IMPERSONATION_CODES and f.severity.rank >= Severity.MEDIUM.rank]
    if threat == VerdictLevel.SUSPICIOUS and tracking == TrackingLevel.IDENTIFIED and impostor:
        level = VerdictLevel.DANGEROUS
        reason = tr(
            "{threat} It also carries a tracker that would tell this impostor that it was you who opened it.",
            threat=threat_reason,
        )
    elif threat == VerdictLevel.CLEAN and tracking != TrackingLevel.NONE:
        reason = tracking_reason
    return Verdict(
        level,
        reason,
        threat=threat,
        threat_reason=threat_reason,
        tracking=tracking,
        tracking_reason=tracking_reason,
        legacy_level=_level(findings),
    )


def _level(findings: list[Finding]) -> VerdictLevel:
    worst = max(findings, key=lambda f: f.severity.rank, default=None)
    return _BY_SEVERITY[worst.severity] if worst else VerdictLevel.CLEAN


def tracking_level(trackers: list[Finding]) -> TrackingLevel:
    """Tracked when opening would be seen; identified when the address also names the reader."""
    if not trackers:
        return TrackingLevel.NONE
    if any(_names_you(f) for f in trackers):
        return TrackingLevel.IDENTIFIED
    return TrackingLevel.TRACKED


def _names_you(finding: Finding) -> bool:
    kind = (finding.recipient_token or {}).get("kind")
    # A "likely id" is a guess; it counts only where the beacon analysis already trusted it.
    return kind in ("identity", "subscriber_id") or (kind == "likely_id" and finding.severity.rank >= 2)


def _threat_reason(level: VerdictLevel, threats: list[Finding]) -> Text:
    if level == VerdictLevel.CLEAN:
        return tr("Nothing suggests that the sender is not who they claim to be.")
    top = max(threats, key=lambda f: f.severity.rank)
    if level == VerdictLevel.CAUTION and top.category == Category.PARSE:
        return tr("This message is damaged or unusual in form; it was analysed as far as possible.")
    return top.title + "."


def _tracking_reason(trackers: list[Finding]) -> Text:
    if not trackers:
        return tr("Nothing in this message would tell the sender that you opened it.")
    hosts = sorted({f.host for f in trackers if f.host})
    shown = ", ".join(hosts[:3]) + (", …" if len(hosts) > 3 else "")
    if len(trackers) == 1:
        text = (
            tr("This message contains a tracking element ({hosts}) that would tell the sender when you opened it "
               "and from where", hosts=shown)
            if hosts
            else tr("This message contains a tracking element that would tell the sender when you opened it "
                    "and from where")
        )  # fmt: skip
    else:
        text = (
            tr("This message contains {count} tracking elements ({hosts}) that would tell the sender when you "
               "opened it and from where", count=len(trackers), hosts=shown)
            if hosts
            else tr("This message contains {count} tracking elements that would tell the sender when you "
                    "opened it and from where", count=len(trackers))
        )  # fmt: skip
    return text + (tr(", and that it was you.") if tracking_level(trackers) == TrackingLevel.IDENTIFIED else ".")
