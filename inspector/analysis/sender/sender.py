"""Who really sent this, and where the story does not add up: the sender analyser and its summary.

Checks run in a fixed order because severity is decided by combination: the brand, look-alike
and gateway facts are gathered first, so that a Reply-To mismatch, say, can become high only
when one of them makes it an impersonation rather than a newsletter's normal set-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from ...model import Finding, HistoryCounts, HopCount, MailingList, Origin, Report, SenderAddress, SenderSummary
from ...parsing import Message
from ..common.domains import is_disposable, is_freemail, registrable_domain
from ..common.lookalike import strip_invisible
from . import auth_checks, identity_checks, lookalike_checks, name_checks, recipient_checks, route_checks
from .addresses import Mailbox
from .auth_results import summary_of
from .dkim_body import verify_online
from .gateway_verdicts import read_gateway
from .history import SenderHistory
from .received import Hop
from .sender_context import SenderContext, build_context
from .settings import SenderSettings, current_settings

log = logging.getLogger(__name__)
Check = Callable[[SenderContext], Iterable[Finding]]

# Fact-gathering checks first (brand, look-alikes, gateway), then those that combine with them.
CHECKS: list[Check] = [
    lookalike_checks.check_cousins,
    lookalike_checks.check_homoglyphs,
    lookalike_checks.check_invisible,
    name_checks.check_brand,
    auth_checks.check_gateway,
    identity_checks.check_from,
    name_checks.check_display_name,
    auth_checks.check_auth_failures,
    auth_checks.check_forged,
    auth_checks.check_dkim,
    auth_checks.check_arc,
    identity_checks.check_reply_to,
    identity_checks.check_sender_header,
    identity_checks.check_return_path,
    identity_checks.check_other_senders,
    recipient_checks.check_recipients,
    recipient_checks.check_fake_reply,
    recipient_checks.check_first_time,
    name_checks.check_freemail,
    route_checks.check_message_id,
    route_checks.check_received,
    route_checks.check_date,
    route_checks.check_mailer,
    name_checks.check_attachment_names,
]


def sender_analysis(
    message: Message, report: Report, context: object = None, *, settings: SenderSettings | None = None
) -> list[Finding]:
    """The registered analyser: fills `report.sender` and `report.received`, returns the findings."""
    settings = settings or current_settings()
    ctx = build_context(message, settings)
    if settings.online:
        ctx.facts["dns_queries"] = []
        verify_online(message, ctx.signatures, dns_log=ctx.facts["dns_queries"])
    _history(ctx)
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(_run(check, ctx))
    report.received = [h.summary() for h in ctx.chain.hops]
    report.sender = summarise(ctx)
    return _ordered(findings)


def _run(check: Check, ctx: SenderContext) -> list[Finding]:
    """One failing check costs its own findings only; the rest of the report stands."""
    try:
        return list(check(ctx))
    except Exception:
        log.exception("sender check %s failed", getattr(check, "__name__", check))
        ctx.facts.setdefault("failed_checks", []).append(getattr(check, "__name__", str(check)))
        return []


def _ordered(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: -f.severity.rank)


def _history(ctx: SenderContext) -> None:
    if ctx.settings.history_dir is None or ctx.author is None:
        return
    try:
        history = SenderHistory(ctx.settings.history_dir)
        seen = history.seen(ctx.author.address, ctx.author.org)
        ctx.facts["history"] = seen
        if seen["address"] == 0:
            ctx.facts["first_time"] = True
        history.record(ctx.author.address, ctx.author.org, ctx.message.header("Message-ID") or "")
        history.save()
    except OSError as exc:
        log.warning("sender history unavailable: %s", exc)


def summarise(ctx: SenderContext) -> SenderSummary:
    """The "who really sent this" summary (docs/report-schema.md, Sender summary)."""
    msg = ctx.message
    gateway = ctx.facts.get("gateway") or read_gateway(ctx)
    history = ctx.facts.get("history")
    queries = ctx.facts.get("dns_queries")
    return SenderSummary(
        from_=_box(ctx.author) if ctx.author else None,
        from_header_count=len(ctx.from_headers),
        sender=_box(first) if ctx.sender and (first := ctx.sender[0].first) else None,
        reply_to=tuple(_box(b) for b in ctx.reply_to),
        return_path=ctx.return_path,
        return_path_domain=registrable_domain(ctx.return_path.rpartition("@")[2]) if ctx.return_path else None,
        freemail=is_freemail(ctx.from_domain),
        disposable=is_disposable(ctx.from_domain),
        authentication=summary_of(ctx.auth, ctx.from_org),
        dkim_signatures=tuple(s.to_dict() for s in ctx.signatures[:10]),
        origin=_origin(ctx.chain.entry),
        receiving_domains=tuple(sorted(ctx.chain.receiving_orgs)),
        hops=HopCount(total=ctx.chain.total, analysed=len(ctx.chain.hops)),
        originating_ip=(msg.header("X-Originating-IP") or "").strip("[] ") or None,
        mailer=msg.header("X-Mailer") or msg.header("User-Agent"),
        mailing_list=MailingList(
            list_id=msg.header("List-Id"),
            list_unsubscribe=msg.header("List-Unsubscribe"),
            precedence=msg.header("Precedence"),
            is_list=ctx.list_mail,
            is_bulk=ctx.bulk,
        ),
        gateway={k: v for k, v in gateway.items() if not k.endswith("_raw")},
        history=HistoryCounts(address=history["address"], domain=history["domain"]) if history else None,
        dns_queries=tuple(queries) if queries is not None else None,
        failed_checks=tuple(ctx.facts.get("failed_checks", [])),
    )


def _origin(entry: Hop | None) -> Origin | None:
    if entry is None:
        return None
    return Origin(
        ip=entry.from_ip or None,
        helo=entry.from_host or None,
        rdns=entry.from_rdns or None,
        by=entry.by or None,
        time=entry.date.isoformat() if entry.date else None,
        hop=entry.index + 1,
    )


def _box(box: Mailbox) -> SenderAddress:
    return SenderAddress(
        display_name=strip_invisible(box.display_name),
        address=box.address,
        domain=box.domain,
        registrable_domain=box.org,
    )
