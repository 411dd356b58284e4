"""Who is it addressed to, and is the sender new? Hidden recipients, your own name or address, fake replies."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Finding, Severity
from ...texts import tr
from ..common.domains import is_freemail, org_label
from .addresses import address_domain
from .sender_context import SenderContext, finding, raise_to, unrelated

_FAKE_REPLY = re.compile(
    r"^\s*(?:re|aw|sv|vs|antw|réf|ref|rif|odp|回复|答复|回覆|fwd?|wg|tr|rv)\s*(?:\[\d+\])?\s*:", re.I
)


def check_recipients(ctx: SenderContext) -> Iterator[Finding]:
    visible = {m.address.lower() for m in ctx.to + ctx.cc}
    to_raw = ctx.header_raw("To")
    undisclosed = to_raw is not None and bool(re.search(r"undisclosed|recipients?\s*:;|^\s*:;", to_raw, re.I))
    hidden = bool(ctx.recipients) and not (ctx.recipients & visible) and bool(visible)
    # A mailing list delivers to its subscribers with the list's own address in To: that is not hiding.
    if (undisclosed or hidden or (to_raw is None and ctx.recipients)) and not ctx.list_mail:
        severity = Severity.MEDIUM if (ctx.freemail_from or ctx.disposable_from) else Severity.LOW
        yield finding(
            "UNDISCLOSED_RECIPIENTS",
            severity,
            tr("You were not openly addressed"),
            tr(
                "Your address is not among the visible recipients: the message was sent as a blind copy, "
                "often to many people at once."
            )
            + (" " + tr("The sender uses a free-mail address.") if severity == Severity.MEDIUM else ""),
            tr("newsletters, press releases and invitations are often sent as blind copies."),
            header="To",
            evidence={"to": to_raw, "envelope_recipients": sorted(ctx.recipients)[:10]},
        )
    if len(visible) >= 15:
        yield finding(
            "RECIPIENTS_CAMPAIGN",
            Severity.INFO,
            tr("Sent openly to {count} people", count=len(visible)),
            tr("A long visible list of recipients shows this went out as a campaign, not a personal message."),
            tr("committee and project mailings legitimately list everyone."),
            header="To",
            evidence={"count": len(visible), "sample": sorted(visible)[:10]},
        )
    yield from _self_and_name(ctx, visible)


def _self_and_name(ctx: SenderContext, visible: set[str]) -> Iterator[Finding]:
    author = ctx.author
    if author is None:
        return
    me = ctx.recipients or ({next(iter(visible))} if len(visible) == 1 else set())
    outside = ctx.chain.entry is not None
    if author.address.lower() in me and outside:
        rp_other = ctx.return_path is not None and unrelated(address_domain(ctx.return_path), author.domain)
        failed = ctx.dmarc_failed or ctx.trusted_result("spf") in ("fail", "softfail")
        severity = Severity.MEDIUM if failed or rp_other else Severity.LOW
        yield finding(
            "SELF_ADDRESSED",
            severity,
            tr("The message claims to come from you"),
            tr(
                "It shows your own address as the sender although it arrived from outside — a trick of "
                'extortion and "your mailbox is full" scams.'
            ),
            tr("notes to self and some forwarding setups look like this."),
            header="From",
            evidence={"from": author.address, "recipients": sorted(me)},
        )
    names = {m.display_name.strip().casefold() for m in ctx.to if m.display_name} | {a.casefold() for a in me}
    dn = author.display_name.strip().casefold()
    if dn and dn in names and author.address.lower() not in me and outside:
        yield finding(
            "DISPLAY_NAME_IS_RECIPIENT",
            Severity.LOW,
            tr("The sender uses your name"),
            tr("The sender's display name is your own name or address, so the message looks as if you sent it."),
            tr("people writing to another address of their own, or a colleague sending on your behalf."),
            header="From",
            evidence={"display_name": author.display_name, "from": author.address},
        )
    for dom in sorted(ctx.recipient_domains):
        label = org_label(dom)
        if len(label) < 4 or is_freemail(dom) or not unrelated(author.domain, dom):
            continue
        if label in author.local.lower():
            yield finding(
                "RECIPIENT_NAME_IN_SENDER",
                raise_to(Severity.LOW, Severity.MEDIUM if ctx.freemail_from else Severity.LOW),
                tr("The sender's address contains your organisation's name"),
                tr(
                    "The address {address} contains '{name}' but does not belong to {domain}; impostors name "
                    "their mailbox after the target to look internal.",
                    address=author.address,
                    name=label,
                    domain=dom,
                ),
                tr("suppliers sometimes create one mailbox per client."),
                header="From",
                evidence={"from": author.address, "recipient_domain": dom},
            )


def check_fake_reply(ctx: SenderContext) -> Iterator[Finding]:
    subject = ctx.message.subject
    if not _FAKE_REPLY.match(subject):
        return
    if ctx.message.header("In-Reply-To") or ctx.message.header("References") or ctx.message.header("Thread-Index"):
        return
    yield finding(
        "FAKE_REPLY",
        Severity.LOW,
        tr("Looks like a reply, but answers nothing"),
        tr(
            "The subject starts like a reply or forward, but the message carries none of the markers a real "
            "reply has. Pretending to continue a conversation makes a first contact feel familiar."
        ),
        tr("some mail programs drop these markers, and forwarded mail often has none."),
        header="Subject",
        evidence={"subject": subject},
    )


def check_first_time(ctx: SenderContext) -> Iterator[Finding]:
    if not ctx.facts.get("first_time") or ctx.author is None:
        return
    from_history = ctx.facts.get("history") is not None and ctx.facts["history"]["address"] == 0
    source = (
        tr("your local sender history") if from_history else tr("your mail service's first-contact note (SFTY 9.25)")
    )
    severity = Severity.LOW if ctx.facts.get("brand") or ctx.facts.get("lookalike") else Severity.INFO
    yield finding(
        "FIRST_TIME_SENDER",
        severity,
        tr("First message from this sender"),
        tr(
            "According to {source}, {address} has not written to you before. Impostors are, by definition, new "
            "senders; combined with a claimed organisation this deserves a second look.",
            source=source,
            address=ctx.author.address,
        ),
        tr("every genuine correspondent writes a first time; on its own this is context only."),
        header="From",
        evidence={"from": ctx.author.address, "source": source, "history": ctx.facts.get("history")},
    )
