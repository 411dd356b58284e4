"""The offline checks a gateway filter runs on a phishing lure: links, hidden text, the From domain,
the recipient's own address used as bait, risky attachments.

Runs after the sender analysis (it reads `report.sender`), parses each HTML body once and hands the
tree to `phishing_links` and `hidden_content`. Every finding says what, why, and the innocent
explanations; nothing is fetched or looked up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bs4 import BeautifulSoup

from ...model import Category, Finding, Report, SenderSummary, Severity
from ...parsing import Message
from ...texts import tr
from ..common import domains
from ..common.brands import first_owner
from ..common.context import MessageContext
from ..common.references import Reference
from .brand_links import brand_link_findings, text_links
from .hidden_content import hidden_findings, image_only
from .phishing_links import Sender, free_host, link_findings
from .risky_attachments import risky_attachment_findings

MAX_HTML = 2_000_000
# Brand domains anyone can send from (cloud tenants, bulk-mail bounce domains): no claim to check.
_SHARED_DOMAINS = frozenset({"onmicrosoft.com", "amazonses.com", "sharepoint.com", "office365.com"})
_SYSTEM_SENDERS = frozenset({"mailer-daemon", "postmaster"})
# Top-level names reserved for tests and private networks (RFC 2606, 6761, 6762): odd, not hostile.
_RESERVED = frozenset({"test", "example", "invalid", "localhost", "local", "lan", "home", "internal", "corp"})
_UNSUBSCRIBE_HOST = re.compile(r"(?:https?://|mailto:[^@>\s]*@)([^/>\s:?]+)", re.IGNORECASE)
_ADDRESS = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}")
_GREETING = re.compile(
    r"^\W*(?:dear|hello|hi|hey|greetings|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|cher|chère|beste|"
    r"geachte|olá|ola|oi|prezad[oa]|car[oa]|estimad[oa]|hola|ciao)\b[\s,:]*",
    re.IGNORECASE,
)


def phishing_findings(message: Message, report: Report, context: MessageContext | None = None) -> Iterable[Finding]:
    """Analyser entry point (registered in `analysis.ANALYSERS`, after the sender analysis)."""
    context = context or MessageContext(message)
    sender = report.sender
    author = sender.from_ if sender else None
    from_domain = (author.domain if author else "").lower()
    from_address = (author.address if author else "").lower()
    display_name = author.display_name if author else ""
    who = Sender(
        from_domain,
        from_address,
        display_name,
        _from_proven(sender, from_domain),
        frozenset(_infrastructure(message, sender)),
    )
    findings: list[Finding] = []
    link_refs: list[Reference] = []
    first_text = ""
    for msg in message.walk_messages():
        texts = [b.text for b in msg.text_bodies]
        first_text = first_text or next((t for t in texts if t.strip()), "")
        for body in msg.html_bodies:
            if len(body.text) > MAX_HTML:
                continue
            soup, refs = context.html(msg, body)  # the tree the tracking engine read: parsed once
            link_refs += refs
            findings += link_findings(refs, who)
            findings += hidden_findings(soup, body.part)
            first_text = first_text or text_start(soup, 2000)
            found = image_only(soup, body.part, texts)
            if found:
                findings.append(found)
    doubles = {f.part for f in report.findings if f.code == "DOUBLE_EXTENSION"}
    findings += [f for f in risky_attachment_findings(message, report) if f.part not in doubles]
    findings += brand_link_findings(link_refs, text_links(message), display_name=display_name, subject=message.subject)
    findings += _from_domain(from_domain, author.address if author else "")
    findings += _recipient_bait(message, first_text)
    findings += _brand_domain_unverified(sender)
    return _merge(findings)


def text_start(soup: BeautifulSoup, limit: int) -> str:
    """`soup.get_text(" ", strip=True)[:limit]`, joining only as many of its strings as the limit needs."""
    parts: list[str] = []
    size = 0
    for text in soup.stripped_strings:  # the strings get_text(strip=True) joins
        parts.append(text)
        size += len(text) + 1
        if size > limit:
            break
    return " ".join(parts)[:limit]


def _infrastructure(message: Message, sender: SenderSummary | None) -> set[str]:
    """The sender's own domains: From, bounce address, DKIM signers, List-Unsubscribe (web and mail).

    Free-mail and big providers' domains are nobody's own (anyone has a Gmail address, and Google's
    sites are not the sender's), nor is free hosting."""
    author = sender.from_ if sender else None
    out = {author.registrable_domain if author else "", (sender.return_path_domain if sender else None) or ""}
    out |= {domains.registrable_domain(s.get("d") or "") for s in (sender.dkim_signatures if sender else ())}
    unsubscribe = message.header("List-Unsubscribe") or ""
    out |= {
        domains.registrable_domain(h) for h in re.findall(r"(?:https?://|mailto:[^@>\s]*@)([^/>\s:?]+)", unsubscribe)
    }
    return {d for d in out if d and not domains.is_freemail(d) and not domains.provider_family(d) and not free_host(d)}


def _from_proven(sender: SenderSummary | None, from_domain: str) -> bool:
    """The recipient's own servers found the From domain authentic: DMARC pass, or an aligned DKIM pass."""
    auth = sender.authentication if sender else {}
    dmarc = auth.get("dmarc") or {}
    if dmarc.get("result") == "pass" and domains.same_org(dmarc.get("header_from") or from_domain, from_domain):
        return True
    return any(
        d.get("result") == "pass" and domains.same_org(d.get("domain"), from_domain) for d in auth.get("dkim") or []
    )


def _merge(findings: list[Finding]) -> list[Finding]:
    """One finding per code and part (several HTML bodies of one message say the same thing once)."""
    seen: set[tuple[str, str | None, str | None]] = set()
    out = []
    for f in findings:
        key = (f.code, f.title, f.part if f.category == Category.ATTACHMENT else None)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def valid_domain(domain: str) -> tuple[bool, bool]:
    """(valid, reserved): a name made of LDH labels under a public suffix; reserved test/private names."""
    if not domain or domains.is_ip(domain.strip("[]")):
        return True, False
    try:
        ascii_name = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        return False, False
    labels = ascii_name.rstrip(".").split(".")
    if labels[-1].lower() in _RESERVED:
        return False, True
    if len(labels) < 2 or not all(
        re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", label, re.I) for label in labels
    ):
        return False, False
    suffix = domains._extractor()(ascii_name).suffix
    return bool(suffix), False


def _from_domain(domain: str, address: str) -> list[Finding]:
    if not address or "@" not in address:
        return []
    valid, reserved = valid_domain(domain)
    if valid:
        return []
    return [
        Finding(
            category=Category.SENDER,
            code="FROM_DOMAIN_INVALID",
            severity=Severity.INFO if reserved else Severity.MEDIUM,
            title=tr("The sender's address has no valid internet domain ({domain})", domain=domain or "?"),
            explanation=tr(
                "The part of the sender's address after the @ is not a name that can exist on the internet: it "
                "has no known ending such as .com or .be, or contains characters a domain cannot have. No real "
                "mail service sends from such an address, so it was written by hand or by a spam tool."
            )
            + " "
            + tr("Innocent explanations:")
            + " "
            + tr("test messages and internal company systems use made-up names such as .local or .test."),
            evidence={"from": address, "domain": domain, "reserved_name": reserved},
            header="From",
        )
    ]


def _brand_domain_unverified(sender: SenderSummary | None) -> list[Finding]:
    """From at a large organisation's own domain with nothing to back it: no signature, no passing check.

    Info only (issue 20): most large organisations sign their mail, but genuine dhl.de or dpd.de mail
    without DKIM is common, so on its own this is a fact for the analyst, not an alarm; a failed DMARC
    or a forged stamp says more. Free-mail domains are left to PROVIDER_TRACE_MISSING.
    """
    author = sender.from_ if sender else None
    if sender is None or author is None:
        return []
    domain = author.registrable_domain.lower()
    local = author.address.split("@")[0].lower()
    if not domain or domains.is_freemail(domain) or domain in _SHARED_DOMAINS or local in _SYSTEM_SENDERS:
        return []
    brand = first_owner(domain, "brand")
    if brand is None:
        return []
    signers = {domains.registrable_domain(s.get("d") or "") for s in sender.dkim_signatures}
    auth = sender.authentication
    passed = [auth.get("spf") or {}, *(auth.get("dkim") or []), auth.get("dmarc") or {}]
    if any(domains.same_org(d, domain) for d in signers if d) or any(r.get("result") == "pass" for r in passed):
        return []
    return [
        Finding(
            category=Category.SENDER,
            code="BRAND_DOMAIN_UNVERIFIED",
            severity=Severity.INFO,
            title=tr("The message claims to come from {brand}, but nothing confirms it", brand=brand.name),
            explanation=tr(
                "The sender's address is at {domain}, a domain of {brand}. Most such organisations sign their "
                "mail and publish the servers allowed to send for them, but this message carries no signature of "
                "{domain} and no passing check, so nothing shows that {brand} sent it. Anyone can type any sender "
                "address.",
                domain=domain,
                brand=brand.name,
            )
            + " "
            + tr("Innocent explanations:")
            + " "
            + tr(
                "some organisations, parcel services among them, send genuine mail without a signature; a saved "
                "copy or draft never went through the organisation's servers."
            ),
            evidence={
                "from": author.address,
                "domain": domain,
                "brand": brand.name,
                "dkim_signers": sorted(d for d in signers if d),
            },
            header="From",
        )
    ]


def _recipients(message: Message) -> list[str]:
    # A plain pattern, not email.utils: its parser recurses and a hostile To line overflows the stack.
    values = [h.value[:4000] for name in ("To", "Delivered-To", "X-Original-To") for h in message.all_headers(name)]
    return sorted({a.lower() for v in values for a in _ADDRESS.findall(v)})


def _recipient_bait(message: Message, first_text: str) -> list[Finding]:
    """Your own address written into the Subject or the greeting: mass mail pretending to know you."""
    subject = message.header("Subject") or ""
    greeting = first_text.strip()[:300]
    found: list[dict[str, str]] = []
    for address in _recipients(message)[:10]:
        local = address.split("@", 1)[0]
        if address in subject.lower():
            found.append({"where": "Subject", "shown": address})
        # The greeting is the address right after "Dear"/"Bonjour"…: a signature that shows the
        # writer's own address further down is not a greeting (a self-addressed .msg did that).
        start = _GREETING.match(greeting)
        after = greeting[start.end() :].lower() if start else ""
        if after.startswith(address):
            found.append({"where": "greeting", "shown": address})
        elif len(local) >= 4 and re.search(r"[\d._-]", local) and after.startswith(local):
            found.append({"where": "greeting", "shown": local})
    if not found:
        return []
    return [
        Finding(
            category=Category.SENDER,
            code="RECIPIENT_IN_SUBJECT",
            severity=Severity.LOW,
            title=tr("The subject contains your own e-mail address")
            if found[0]["where"] == "Subject"
            else tr("The message greets you with your e-mail address instead of your name"),
            explanation=tr(
                "The message greets you or names the subject with your e-mail address instead of your name. "
                "Mass phishing does this because it only knows your address; people and companies that know "
                "you use your name."
            )
            + " "
            + tr("Innocent explanations:")
            + " "
            + tr("automatic account messages sometimes quote the address they were sent to."),
            evidence={"found": found[:5]},
            header="Subject" if found[0]["where"] == "Subject" else None,
        )
    ]
