"""Sum the findings up for a person: two answers (threat, tracking), one overall level, plain sentences.

The overall level, its banner, its sentence and its advice come from one decision (`decide`), so a
red findings list can never sit under a green banner. The rules, in the order they apply (the
analyst's page is `docs/verdict.md`):

1. Each code answers one question (`axes.py`). Threat findings: high → dangerous, medium → suspicious.
   Low findings add up, as SpamAssassin scores do: a weak signal that genuine mail often shows
   (undisclosed recipients, "Re:" without a thread…) is worth 1, another low finding 2; 2 points make
   caution, 4 suspicious (two signs of a lure, or one with two weak signals). A weak signal alone is
   shown as info: it does not move the verdict.
2. Tracking: opening would be seen (tracked), and would say who opened it (identified).
3. Targeted: identified by a tracker that no known mailing service runs — the sender's own server, as
   in the campaigns this program was built against — is at least caution; with any sign of
   impersonation, a free-mail sender, a first contact, another low finding, or a tracker on instant
   hosting it is suspicious.
4. An impostor (suspicious through impersonation) that also identifies the reader is dangerous.
5. A message with nothing but tracking by a known service is "tracked": neither green nor amber.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..model import Category, Finding, Severity, TrackingLevel, Verdict, VerdictLevel
from ..texts import Text, join, tr
from .axes import TRACKING, axis_of
from .traps.phishing_links import free_host
from .verdict_text import advice, tracking_reason

_SEEN_ON_OPENING = {Category.BEACON, Category.READ_RECEIPT}
# Findings that say the sender pretends to be someone else: where identifying tracking makes it worse.
IMPERSONATION_CODES = frozenset(
    {
        "DISPLAY_NAME_BRAND",
        "BRAND_IN_LINK_DOMAIN",
        "COUSIN_DOMAIN",
        "IDN_LOOKALIKE",
        "HOMOGLYPH",
        "DISPLAY_NAME_ADDRESS",
        "ENCODED_DISPLAY_NAME_TRICK",
        "AUTH_FAIL_DMARC",
        "FORGED_AUTH_RESULTS",
        "MULTIPLE_FROM",
    }
)
# Signs that turn a targeted pixel from "be careful" into "suspicious" (rule 3).
TARGETING_SIGNS = IMPERSONATION_CODES | {"FREEMAIL_SENDER", "FIRST_TIME_SENDER", "DISPOSABLE_SENDER"}
# Low findings common on genuine mail: they count only in combination (rule 1).
WEAK_CODES = frozenset(
    {
        "RECIPIENT_IN_SUBJECT",
        "UNDISCLOSED_RECIPIENTS",
        "FAKE_REPLY",
        "FORM_REMOTE_ACTION",
        "MAILER_FORGED",
        "MAILER_SUSPICIOUS",
        "REPLY_TO_MISMATCH",
        "RETURN_PATH_MISMATCH",
        "DKIM_NOT_ALIGNED",
        "PUNYCODE_LINK",
    }
)
# Low findings about the form of a message (damaged MIME, a bad date): enough for caution, but however
# many there are they never make "suspicious": old mail programs and parser tests are full of them.
FORM_CODES = frozenset(
    {
        "FROM_MALFORMED",
        "DATE_INVALID",
        "DATE_FUTURE",
        "MESSAGE_ID_INVALID",
        "RECEIVED_TIME_TRAVEL",
        "RECEIVED_UNPARSEABLE",
        "HELO_ANOMALY",
        "REPLY_TO_INVALID",
    }
)
CAUTION_POINTS = 2
SUSPICIOUS_POINTS = 4
_BY_SEVERITY = {Severity.HIGH: VerdictLevel.DANGEROUS, Severity.MEDIUM: VerdictLevel.SUSPICIOUS}


def settle(findings: Iterable[Finding]) -> list[Finding]:
    """Stamp each finding with its axis and show a lone weak signal as info (rule 1), before `decide`."""
    stamped = [replace(f, axis=axis_of(f.code)) for f in findings]
    if _points(stamped) >= CAUTION_POINTS or _targeted(stamped):
        return stamped  # not alone: with another sign, or with a tracker that names the reader
    return [_alone(f) if _is_weak(f) else f for f in stamped]


def decide(findings: list[Finding]) -> Verdict:
    """The one decision every front end shows: level, banner state, sentences and advice."""
    threats = [f for f in findings if axis_of(f.code) != TRACKING]
    trackers = [f for f in findings if _seen_on_opening(f)]
    threat = threat_level(threats)
    tracking = tracking_level(trackers)
    threat_reason = _threat_reason(threat, threats)
    own = _own_server(trackers)  # hosts that name you, run by no known mailing service (rule 3)
    track_reason = tracking_reason(trackers, identified=tracking == TrackingLevel.IDENTIFIED, own=own)
    level, banner, reason = threat, str(threat), threat_reason
    codes = {f.code for f in threats if f.severity.rank >= Severity.LOW.rank or f.code in TARGETING_SIGNS}
    impostor = any(f.code in IMPERSONATION_CODES and f.severity.rank >= Severity.MEDIUM.rank for f in threats)
    targeted = bool(own)
    if threat == VerdictLevel.SUSPICIOUS and tracking == TrackingLevel.IDENTIFIED and impostor:
        level, banner = VerdictLevel.DANGEROUS, "dangerous"
        reason = tr(
            "{threat} It also carries a tracker that would tell this impostor that it was you who opened it.",
            threat=threat_reason,
        )
    elif (
        targeted
        and threat.rank < VerdictLevel.SUSPICIOUS.rank
        and (codes & TARGETING_SIGNS or _points(threats) or _throwaway(own))
    ):
        level, banner = VerdictLevel.SUSPICIOUS, "suspicious"
        reason = tr(
            "It is built to tell its sender that you, personally, opened it, and something about the sender "
            "or the message is not as it seems."
        )
    elif targeted and threat.rank <= VerdictLevel.CAUTION.rank:
        level, banner = VerdictLevel.CAUTION, "targeted"
        reason = track_reason
    elif threat == VerdictLevel.CLEAN and tracking != TrackingLevel.NONE:
        level, banner, reason = VerdictLevel.TRACKED, "tracked", track_reason
    return Verdict(
        level,
        reason,
        threat=threat,
        threat_reason=threat_reason,
        tracking=tracking,
        tracking_reason=track_reason,
        banner=banner,
        advice=tuple(advice(banner, tracking=str(tracking))),
        legacy_level=_legacy(findings),
    )


def threat_level(threats: list[Finding]) -> VerdictLevel:
    worst = max((f.severity.rank for f in threats), default=0)
    if worst >= Severity.MEDIUM.rank:
        return _BY_SEVERITY[Severity.HIGH if worst == Severity.HIGH.rank else Severity.MEDIUM]
    points = _points(threats)
    if _points(f for f in threats if f.code not in FORM_CODES and f.category != Category.PARSE) >= SUSPICIOUS_POINTS:
        return VerdictLevel.SUSPICIOUS
    return VerdictLevel.CAUTION if points >= CAUTION_POINTS else VerdictLevel.CLEAN


def tracking_level(trackers: list[Finding]) -> TrackingLevel:
    """Tracked when opening would be seen; identified when the address also names the reader."""
    if not trackers:
        return TrackingLevel.NONE
    if any(names_you(f) for f in trackers):
        return TrackingLevel.IDENTIFIED
    return TrackingLevel.TRACKED


def names_you(finding: Finding) -> bool:
    kind = (finding.recipient_token or {}).get("kind")
    # A "likely id" is a guess; it counts only where the beacon analysis already trusted it.
    return kind in ("identity", "subscriber_id", "name") or (kind == "likely_id" and finding.severity.rank >= 2)


def _targeted(findings: list[Finding]) -> bool:
    """Rule 3: a tracker names the reader, and no known mailing service runs it."""
    return bool(_own_server([f for f in findings if _seen_on_opening(f)]))


def _own_server(trackers: list[Finding]) -> list[str]:
    """Hosts that identify the reader with no known mailing service behind them (rule 3)."""
    return sorted({f.host or "?" for f in trackers if names_you(f) and not f.vendor})


def _throwaway(hosts: list[str]) -> bool:
    """A tracker naming you served from instant hosting (workers.dev, web.app…): no mailing service does that."""
    return any(free_host(host) for host in hosts)


def _seen_on_opening(finding: Finding) -> bool:
    """A load the sender sees when the message is opened; an attack that loads nothing is not tracking."""
    if finding.category not in _SEEN_ON_OPENING or finding.severity == Severity.INFO:
        return False
    return axis_of(finding.code) == TRACKING or "open_time" in finding.reveals


def _points(threats: Iterable[Finding]) -> int:
    codes: dict[str, int] = {}
    for f in threats:
        if f.severity == Severity.LOW and axis_of(f.code) != TRACKING:
            codes[f.code] = 1 if f.code in WEAK_CODES else 2
    return sum(codes.values())


def _is_weak(finding: Finding) -> bool:
    return finding.code in WEAK_CODES and finding.severity == Severity.LOW


def _alone(finding: Finding) -> Finding:
    note = tr("On its own this is common in genuine mail, so it does not change the verdict.")
    return replace(finding, severity=Severity.INFO, explanation=join(" ", [finding.explanation, note]))


def _threat_reason(level: VerdictLevel, threats: list[Finding]) -> Text:
    if level == VerdictLevel.CLEAN:
        return tr("Nothing suggests that the sender is not who they claim to be.")
    top = max(threats, key=lambda f: f.severity.rank)
    if top.severity == Severity.LOW and len({f.code for f in threats if f.severity == Severity.LOW}) > 1:
        return tr("Several small signs together: {first}.", first=top.title)
    if level == VerdictLevel.CAUTION and top.category == Category.PARSE:
        return tr("This message is damaged or unusual in form; it was analysed as far as possible.")
    return join("", [top.title, "."])


def _legacy(findings: list[Finding]) -> VerdictLevel:
    worst = max((f.severity.rank for f in findings), default=0)
    return [VerdictLevel.CLEAN, VerdictLevel.CAUTION, VerdictLevel.SUSPICIOUS, VerdictLevel.DANGEROUS][worst]
