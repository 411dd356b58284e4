"""What the sender card shows, read from the report: who claims to send it, who really did, and how we know.

No Qt here: the card (sender_card.py) only lays these facts out. Everything comes from the core's sender
summary and findings (docs/report-schema.md); the raw headers stand in only when the sender analysis left
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import getaddresses
from typing import Any

from ..analysis.common.domains import is_sending_service, org_label, registrable_domain, same_org
from ..model import DeliveryHop, Report
from ..parsing import Message

_AUTH_RE = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)
PASS = {"pass"}
FAIL = {"fail", "softfail", "permerror", "hardfail"}


@dataclass
class Auth:
    result: str = "none"
    domain: str = ""
    trusted: bool | None = None  # None: nobody decided whether to believe it
    aligned: bool | None = None  # the domain it vouches for is the From domain's organisation; None: unknown

    def good(self) -> bool:
        """Green only when your own server says pass, for the very organisation the From line names."""
        return self.result.lower() in PASS and self.trusted is True and self.aligned is True


@dataclass
class Story:
    """ "Claims to be … — really sent by …": `through` is True when the real sender is a mailing list or a
    known sending service (a newsletter's normal set-up), not an impersonation."""

    claimed: str
    real: str
    server: str = ""
    through: bool = False


@dataclass
class SenderView:
    display_name: str = ""
    address: str = ""
    from_lines: list[str] = field(default_factory=list)  # every From line, when there are several
    lookalike: str = ""  # the domain the From (or Reply-To) domain imitates
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    reply_to: list[str] = field(default_factory=list)
    return_path: str = ""
    auth: dict[str, Auth] = field(default_factory=dict)
    origin_ip: str = ""
    origin_host: str = ""
    origin_time: str = ""
    story: Story | None = None


def sender_view(report: Report, message: Message | None = None) -> SenderView:
    """Read `report.sender`; fall back to the raw headers where the sender analysis left nothing."""
    summary = report.sender
    header = message.header if message is not None else (lambda _name: None)
    view = SenderView()
    author = summary.from_ if summary else None
    if author is not None:
        view.display_name, view.address = author.display_name, author.address
    else:
        view.display_name, view.address = _parse_one(report.message.from_ or "")
    view.from_lines = _from_lines(report, message)
    view.lookalike = _imitated(report)
    view.to = _addresses(report.message.to or header("To") or "")
    view.cc = _addresses(header("Cc") or "")
    reply_to = [b.address for b in summary.reply_to if b.address] if summary else []
    view.reply_to = reply_to or [a for _, a in _pairs(header("Reply-To") or "") if a]
    return_path = (summary.return_path if summary else None) or header("Return-Path") or ""
    view.return_path = _parse_one(return_path)[1] or return_path.strip("<> ")
    view.auth = _auth_from_summary(summary.authentication if summary else {}) or _auth_from_header(
        header("Authentication-Results") or ""
    )
    _align(view)
    _set_origin(view, report)
    is_list = bool(summary and summary.mailing_list.is_list)
    signers = [str(sig.get("d") or "") for sig in summary.dkim_signatures] if summary else []
    view.story = story(view, is_list=is_list, signers=signers)
    return view


def _from_lines(report: Report, message: Message | None) -> list[str]:
    """Every From line, as the MULTIPLE_FROM finding recorded them (else as the headers hold them)."""
    for finding in report.findings:
        evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
        if finding.code == "MULTIPLE_FROM" and isinstance(evidence.get("from_headers"), list):
            return [str(v) for v in evidence["from_headers"]]
    heads = message.all_headers("From") if message is not None else []
    return [h.value for h in heads] if len(heads) > 1 else []


def _imitated(report: Report) -> str:
    """The name a look-alike sender domain imitates (COUSIN_DOMAIN, IDN_LOOKALIKE findings)."""
    for finding in report.findings:
        evidence = finding.evidence if isinstance(finding.evidence, dict) else {}
        if finding.code == "COUSIN_DOMAIN" and finding.header == "From" and evidence.get("resembles"):
            return str(evidence["resembles"])
        if finding.code == "IDN_LOOKALIKE" and evidence.get("looks_like"):
            return str(evidence["looks_like"])
    return ""


MAX_ADDRESS_TEXT = 20_000  # a campaign's To line is long; a hostile one is built to exhaust the parser


def _pairs(value: str) -> list[tuple[str, str]]:
    """(name, address) pairs; Python's parser recurses once per word of some hostile lines (RecursionError
    on a corpus message), so it gets a bounded text and a plain comma split when it gives up."""
    value = value[:MAX_ADDRESS_TEXT]
    try:
        return getaddresses([value])
    except (RecursionError, ValueError, IndexError, TypeError):
        return [("", part.strip()) for part in value.split(",") if part.strip()]


def _parse_one(value: str) -> tuple[str, str]:
    pairs = _pairs(value)
    return pairs[0] if pairs else ("", "")


def _addresses(value: str) -> list[str]:
    out = []
    for name, address in _pairs(value):
        if address or name:
            out.append(f"{name} <{address}>" if name and address else address or name)
    return out


def _set_origin(view: SenderView, report: Report) -> None:
    """Where the message came in from: the sender analysis's origin, else the last hop outside."""
    origin = report.sender.origin if report.sender else None
    if origin is not None:
        view.origin_ip, view.origin_time = origin.ip or "", origin.time or ""
        view.origin_host = origin.helo or origin.rdns or ""
    elif hop := _last_outside_hop(report.received):
        view.origin_ip, view.origin_host, view.origin_time = hop.from_ip or "", hop.from_ or "", hop.date or ""


def _auth_from_summary(block: Mapping[str, Any]) -> dict[str, Auth]:
    """Trusted results first (`authentication.spf/dkim/dmarc`); else the topmost claimed header's.

    `block` is the summary's open-ended authentication mapping (docs/report-schema.md)."""
    out: dict[str, Auth] = {}
    for method in ("spf", "dkim", "dmarc"):
        value = block.get(method)
        if isinstance(value, list):  # several DKIM results: the passing one speaks for the message
            value = next((v for v in value if isinstance(v, dict) and v.get("result") == "pass"), None) or (
                value[0] if value else None
            )
        if isinstance(value, dict) and value.get("result"):
            trusted = value.get("trusted", True)  # the top-level results are the trusted ones
            out[method] = Auth(str(value["result"]), _auth_domain(value), trusted)
    for header in block.get("claimed") or []:
        for result in header.get("results") or [] if isinstance(header, dict) else []:
            method = str(result.get("method", "")).lower()
            if method in ("spf", "dkim", "dmarc") and method not in out:
                out[method] = Auth(
                    str(result.get("result") or "none"), _auth_domain(result), header.get("trusted", False)
                )
    return out


def _auth_domain(value: dict[str, Any]) -> str:
    props = value.get("props")
    if not isinstance(props, dict):
        props = {}
    for key in ("domain", "header_from", "header.d", "header.from", "smtp.mailfrom", "header.i"):
        found = value.get(key) or props.get(key)
        if found:
            return str(found).rpartition("@")[2].lower()
    return ""


def _auth_from_header(value: str) -> dict[str, Auth]:
    return {m.group(1).lower(): Auth(m.group(2).lower(), "", None) for m in reversed(list(_AUTH_RE.finditer(value)))}


def _align(view: SenderView) -> None:
    """Does each result vouch for the From line's organisation? (DMARC without a domain: it checked From.)"""
    from_domain = domain_of(view.address)
    for method, auth in view.auth.items():
        if not auth.domain:
            auth.aligned = True if method == "dmarc" and auth.result in PASS else None
        else:
            auth.aligned = bool(from_domain) and same_org(auth.domain, from_domain)


def story(view: SenderView, *, is_list: bool = False, signers: list[str] | None = None) -> Story | None:
    """Who really sent it, when your server's passing checks vouch for another organisation than From's."""
    from_domain = domain_of(view.address)
    if not from_domain:
        return None
    vouched = [a for m, a in view.auth.items() if m in ("dkim", "spf") and a.result in PASS and a.trusted is True]
    if not vouched or any(a.aligned for a in vouched):
        return None  # nothing verified, or the From organisation itself is vouched for
    real = registrable_domain(vouched[0].domain) or vouched[0].domain
    if not real:
        return None
    server = view.origin_host if view.origin_host and not view.origin_host.startswith("[") else view.origin_ip
    # A list, a sending service, the same name under another ending (casida.de signed by casida.com,
    # seen on the corpus's newsletters), or Google Workspace signing for the From domain itself: a
    # set-up to mention, not an impersonation to shout about.
    dkim = view.auth.get("dkim")  # its registrable domain; `signers` are the signatures' whole d= tags
    workspace = dkim is not None and dkim in vouched and any(workspace_signs_for(d, from_domain) for d in signers or [])
    through = is_list or is_sending_service(real) or org_label(real) == org_label(from_domain) or workspace
    return Story(claimed=view.address, real=real, server=server, through=through and len(view.from_lines) < 2)


def workspace_signs_for(signer: str, from_domain: str) -> bool:
    """Whether `signer` is the DKIM domain Google Workspace signs with for `from_domain`'s organisation
    when it has no key of its own: `example-org.20230601.gappssmtp.com` for example.org (the date is
    the key's). The corpus's phishing from such domains named itself this way, and the card said it
    was "really sent by gappssmtp.com", a story about someone else that was not true."""
    name, _, rest = signer.lower().partition(".")
    if registrable_domain(rest) != "gappssmtp.com":
        return False
    own = registrable_domain(from_domain) or from_domain
    return name == own.lower().replace(".", "-")


def _last_outside_hop(hops: list[DeliveryHop]) -> DeliveryHop | None:
    """The last hop on the sender's side (the one that handed the message to the recipient's servers)."""
    outside = [h for h in hops if h.from_ip and hop_trusted(h) is not True]
    return outside[-1] if outside else None


def hop_trusted(hop: DeliveryHop) -> bool | None:
    """True inside the recipient's own infrastructure, False outside, None when nobody decided."""
    return True if hop.side == "recipient" else False if hop.side == "sender" else None


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].lower()
