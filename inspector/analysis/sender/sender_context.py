"""Everything the sender checks need, parsed once per message, and the one way to make a finding."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...model import Category, Finding, Severity
from ...parsing import Message
from ...texts import Text, tr
from ..common.domains import is_disposable, is_freemail, registrable_domain, same_org
from .addresses import Mailbox, ParsedAddressHeader, address_domain, bare_address, headers_of, real_mailboxes
from .auth_results import AuthView, read_auth
from .dkim_body import Signature, read_signatures
from .received import Chain, parse_chain
from .settings import SenderSettings

_LIST_HEADERS = ("list-id", "list-post", "list-archive", "mailing-list", "x-mailman-version", "x-beenthere")
_BULK_HEADERS = (
    "list-unsubscribe",
    "feedback-id",
    "x-campaign",
    "x-mailgun-tag",
    "x-sg-eid",
    "x-mc-user",
    "x-csa-complaints",
)
_RECIPIENT_HEADERS = ("delivered-to", "x-original-to", "envelope-to", "x-envelope-to", "x-rcpt-to", "x-apparently-to")
INNOCENT = tr("Innocent explanations:")


def finding(
    code: str,
    severity: Severity,
    title: str,
    why: str,
    innocent: str = "",
    *,
    header: str | None = None,
    evidence: dict[str, Any] | None = None,
    category: Category = Category.SENDER,
    part: str | None = None,
    domain: str | None = None,
) -> Finding:
    """A sender finding: `why` it is suspicious, then the innocent explanations, in plain words."""
    explanation = why if not innocent else why + " " + INNOCENT + " " + innocent
    return Finding(
        category=category,
        code=code,
        severity=severity,
        title=title,
        explanation=explanation,
        evidence=evidence or {},
        header=header,
        part=part,
        domain=domain,
    )


def raise_to(severity: Severity, minimum: Severity) -> Severity:
    return severity if severity.rank >= minimum.rank else minimum


def step_up(severity: Severity) -> Severity:
    order = [Severity.INFO, Severity.LOW, Severity.MEDIUM, Severity.HIGH]
    return order[min(order.index(severity) + 1, 3)]


@dataclass
class SenderContext:
    message: Message
    settings: SenderSettings
    from_headers: list[ParsedAddressHeader]
    author: Mailbox | None
    sender: list[ParsedAddressHeader]
    reply_to: list[Mailbox]
    reply_to_headers: list[ParsedAddressHeader]
    return_path: str | None  # the bare address; "" for the null sender <>; None when absent
    to: list[Mailbox]
    cc: list[Mailbox]
    recipients: set[str]  # envelope recipient addresses we know of
    recipient_domains: set[str]
    chain: Chain
    auth: AuthView
    signatures: list[Signature]
    list_mail: bool
    bulk: bool
    facts: dict[str, Any] = field(default_factory=dict)  # filled by checks for later ones (lookalike…)

    @property
    def from_org(self) -> str:
        return self.author.org if self.author else ""

    @property
    def from_domain(self) -> str:
        return self.author.domain if self.author else ""

    @property
    def freemail_from(self) -> bool:
        return is_freemail(self.from_domain)

    @property
    def disposable_from(self) -> bool:
        return is_disposable(self.from_domain)

    def header_raw(self, name: str) -> str | None:
        for h in self.message.headers:
            if h.name.lower() == name.lower():
                return h.raw
        return None

    def trusted_result(self, method: str) -> str | None:
        results = self.auth.trusted_results(method)
        return results[0].result if results else None

    @property
    def dmarc_failed(self) -> bool:
        return self.trusted_result("dmarc") == "fail"

    @property
    def aggravations(self) -> dict[str, Text]:
        """Facts that turn an ordinary mismatch into a likely impersonation (severity by combination)."""
        out: dict[str, Text] = {}
        if self.freemail_from:
            out["freemail"] = tr("the sender uses a free-mail address")
        if self.disposable_from:
            out["disposable"] = tr("the sender uses a throw-away address")
        if self.facts.get("lookalike"):
            out["lookalike"] = tr("the sender's domain imitates another one")
        if self.facts.get("hidden_characters"):
            out["hidden_characters"] = tr("the sender's name contains hidden characters")
        if self.dmarc_failed:
            out["dmarc"] = tr(
                "your mail server found that the sender's domain did not authorise this message (DMARC fail)"
            )
        if self.facts.get("brand"):
            out["brand"] = tr("the display name claims to be {brand}", brand=self.facts["brand"])
        if self.facts.get("first_time"):
            out["first_time"] = tr("this sender has not written to you before")
        return out


def build_context(message: Message, settings: SenderSettings) -> SenderContext:
    from_headers = headers_of(message, "From")
    author = next((m for h in from_headers for m in real_mailboxes(h)), None)
    if author is None and from_headers and from_headers[0].mailboxes:
        author = from_headers[0].mailboxes[0]
    reply_headers = headers_of(message, "Reply-To")
    to = [m for h in headers_of(message, "To") for m in real_mailboxes(h)]
    cc = [m for h in headers_of(message, "Cc") for m in real_mailboxes(h)]
    recipients = {bare_address(h.raw) for n in _RECIPIENT_HEADERS for h in message.all_headers(n)} - {""}
    recipient_domains = {address_domain(r) for r in recipients} | set(settings.own_domains)
    domains = tuple(sorted(d for d in recipient_domains if d))
    chain = parse_chain(
        message, settings.own_domains, domains, settings.trusted_authserv_ids, exact=settings.exact_own_domains
    )
    for hop in chain.trusted:
        if hop.for_ and "@" in hop.for_:
            recipients.add(hop.for_.lower())
            recipient_domains.add(address_domain(hop.for_))
    if not recipients and len(to) == 1:
        recipient_domains.add(to[0].domain)  # a single visible recipient is very likely the reader
    rp_headers = message.all_headers("Return-Path")
    names = {h.name.lower() for h in message.headers}
    signatures = read_signatures(message)
    precedence = (message.header("Precedence") or "").strip().lower()
    return SenderContext(
        message=message,
        settings=settings,
        from_headers=from_headers,
        author=author,
        sender=headers_of(message, "Sender"),
        reply_to=list({m.address.lower(): m for h in reply_headers for m in real_mailboxes(h)}.values()),
        reply_to_headers=reply_headers,
        return_path=bare_address(rp_headers[0].raw).strip("<>") if rp_headers else None,
        to=to,
        cc=cc,
        recipients=recipients,
        recipient_domains={d for d in recipient_domains if d},
        chain=chain,
        auth=read_auth(message, chain, settings.trusted_authserv_ids, {s.org for s in signatures}),
        signatures=signatures,
        list_mail=bool(names & set(_LIST_HEADERS)) or precedence == "list",
        bulk=bool(names & set(_BULK_HEADERS)) or precedence in ("bulk", "junk"),
    )


def unrelated(a: str | None, b: str | None) -> bool:
    """Both known and not the same organisation (registrable domain or provider family)."""
    return bool(a) and bool(b) and not same_org(a, b)


_LIST_LOCAL = re.compile(r"(?:^owner-|-owner$|-bounces?(?:\+|$)|-request$|^listserv$|^majordomo$|^mailman$)", re.I)


def is_list_address(mailbox: Mailbox | None, ctx: SenderContext) -> bool:
    if mailbox is None:
        return False
    if _LIST_LOCAL.search(mailbox.local):
        return True
    post = ctx.message.header("List-Post") or ctx.message.header("List-Id") or ""
    return bool(post) and registrable_domain(mailbox.domain) in post.lower()
