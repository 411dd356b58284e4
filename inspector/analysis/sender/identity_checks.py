"""Do the addresses agree? From, Sender, Reply-To, Return-Path, authenticated senders and receipts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Finding, Severity
from ...texts import join, tr
from ..common.domains import is_disposable, is_freemail, is_sending_service, mailbox_provider, registrable_domain
from .addresses import address_domain, bare_address, parse_address_header, real_mailboxes
from .sender_context import SenderContext, finding, is_list_address, step_up, unrelated

_AUTO_SUBJECT = re.compile(
    r"undeliver|delivery status|delivery failure|returned mail|mail delivery|automatic reply|auto.?reply|"
    r"out of (?:the )?office|abwesenheit|afwezig|absence|read:|gelesen:|lu :|non remis|niet bezorgd",
    re.IGNORECASE,
)
_AUTH_SENDER_HEADERS = (
    "X-Authenticated-Sender",
    "X-Sender",
    "X-Env-Sender",
    "X-Apparently-From",
    "X-Authenticated-User",
)
_RECEIPT_HEADERS = ("Disposition-Notification-To", "Return-Receipt-To", "X-Confirm-Reading-To")


def check_from(ctx: SenderContext) -> Iterator[Finding]:
    heads = ctx.from_headers
    if len(heads) > 1 and len({" ".join(h.raw.split()).lower() for h in heads}) == 1:
        yield finding(
            "MULTIPLE_FROM",
            Severity.LOW,
            tr("The From line is written twice"),
            tr("The same sender line appears twice. Mail programs show it once, so you see the real claim."),
            tr("a mail script that adds the From line twice; nothing is hidden by it."),
            header="From",
            evidence={"from_headers": [h.raw for h in heads], "identical": True},
        )
    elif len(heads) > 1:
        yield finding(
            "MULTIPLE_FROM",
            Severity.HIGH,
            tr("The message has more than one From line"),
            tr(
                "Mail programs show only one of them, while signature checks may look at another, so the "
                "sender you see may not be the one that was checked. Legitimate mail never does this."
            ),
            tr("none known; a badly broken mail script at most."),
            header="From",
            evidence={"from_headers": [h.raw for h in heads]},
        )
    elif heads and len(real_mailboxes(heads[0])) > 1:
        boxes = real_mailboxes(heads[0])
        yield finding(
            "MULTIPLE_FROM",
            Severity.MEDIUM,
            tr("The From line names several senders"),
            tr("Your mail program may show only the first name, so you cannot tell who actually sent it."),
            tr("the standard allows several authors when a Sender line says who sent it; it is very rare."),
            header="From",
            evidence={"from": heads[0].raw, "addresses": [m.address for m in boxes]},
        )
    if not heads:
        yield finding(
            "FROM_MALFORMED",
            Severity.LOW,
            tr("The message has no From line"),
            tr("Without a From line you cannot tell who claims to have sent it."),
            tr("drafts, notes and some automated reports have none."),
            header="From",
            evidence={},
        )
        return
    head = heads[0]
    extra = [m for m in head.mailboxes if not m.domain]
    if head.defects or extra or not real_mailboxes(head):
        yield finding(
            "FROM_MALFORMED",
            Severity.LOW,
            tr("The From line is not written the standard way"),
            tr(
                "Badly formed sender lines are read differently by different programs; spammers use this to "
                "show one sender and deliver as another."
            ),
            tr("old or home-made mail scripts and some bulk mailers write sloppy From lines."),
            header="From",
            evidence={"from": head.raw, "defects": list(head.defects)[:5]},
        )


def check_sender_header(ctx: SenderContext) -> Iterator[Finding]:
    for head in ctx.sender:
        box = head.first
        if box is None or not unrelated(box.domain, ctx.from_domain):
            continue
        listy = ctx.list_mail or is_list_address(box, ctx)
        severity = Severity.INFO if listy else Severity.LOW
        if not listy and ctx.dmarc_failed:
            severity = Severity.MEDIUM
        yield finding(
            "SENDER_MISMATCH",
            severity,
            tr("Sent on behalf of someone else"),
            tr(
                "The message says it is from {author} but was sent by {sender}, another organisation.",
                author=ctx.author.address if ctx.author else "?",
                sender=box.address,
            ),
            tr(
                "mailing lists, shared mailboxes, secretaries and newsletter services send on behalf of others "
                "every day — and this message carries mailing-list markers."
            )
            if listy
            else tr(
                "mailing lists, shared mailboxes, secretaries and newsletter services send on behalf of others "
                "every day."
            ),
            header=head.name,
            evidence={"sender": head.raw, "from": ctx.author.address if ctx.author else None},
            domain=box.org,
        )


def check_reply_to(ctx: SenderContext) -> Iterator[Finding]:
    for head in ctx.reply_to_headers:
        if not real_mailboxes(head):
            yield finding(
                "REPLY_TO_INVALID",
                Severity.LOW,
                tr("The reply address cannot be read"),
                tr(
                    "Your answer would go to an address that does not parse, or to one your mail program reads "
                    "differently from others."
                ),
                tr("old mail programs sometimes write empty or broken Reply-To lines."),
                header=head.name,
                evidence={"reply_to": head.raw, "defects": list(head.defects)[:5]},
            )
    author = ctx.author
    if author is None:
        return
    for box in ctx.reply_to:
        yield from _reply_to_one(ctx, box)


def _reply_to_one(ctx: SenderContext, box) -> Iterator[Finding]:
    author = ctx.author
    assert author is not None
    evidence = {"reply_to": box.address, "from": author.address, "reply_to_domain": box.org, "from_domain": author.org}
    own = [d for d in ctx.recipient_domains if not is_freemail(d)]
    if (
        own
        and any(box.domain == d or box.domain.endswith("." + d) for d in own)
        and unrelated(box.domain, author.domain)
        # A list delivers to its own address first: that domain is the list's, not the reader's.
        and not (ctx.list_mail or is_list_address(box, ctx))
        # Replies to the very address the message was sent to (a group or list): nothing is diverted.
        and box.address.lower() not in {m.address.lower() for m in ctx.to + ctx.cc}
    ):
        yield finding(
            "REPLY_TO_RECIPIENT_DOMAIN",
            Severity.MEDIUM,
            tr("Replies would go to an address in your own organisation"),
            tr(
                "An outsider writing with a reply address inside your organisation is a known trick to make an "
                "answer look internal or to reach a colleague."
            ),
            tr("helpdesk and ticket systems sometimes do this on purpose."),
            header="Reply-To",
            evidence=evidence,
        )
    same_name = box.display_name and box.display_name.strip().casefold() == author.display_name.strip().casefold()
    if box.address.lower() == author.address.lower():
        return
    free_switch = is_freemail(box.domain) and author.domain == box.domain
    if not unrelated(box.domain, author.domain) and not free_switch:
        return
    if is_list_address(box, ctx) or (
        ctx.list_mail and ctx.message.header("List-Post") and box.org in (ctx.message.header("List-Post") or "")
    ):
        return
    severity, reasons = Severity.LOW, []
    if (is_freemail(box.domain) or is_disposable(box.domain)) and not ctx.freemail_from:
        severity, reasons = Severity.MEDIUM, [tr("the reply address is a free-mail or throw-away address")]
    elif ctx.freemail_from and (free_switch or mailbox_provider(box.domain) != mailbox_provider(author.domain)):
        severity, reasons = Severity.MEDIUM, [tr("the reply goes to a different free-mail address")]
    if (
        ctx.return_path
        and unrelated(address_domain(ctx.return_path), author.domain)
        and unrelated(address_domain(ctx.return_path), box.domain)
        and not is_sending_service(address_domain(ctx.return_path))
    ):
        severity = step_up(severity) if severity == Severity.LOW else severity
        reasons.append(tr("From, Reply-To and the bounce address belong to three different organisations"))
    strong = ctx.facts.get("lookalike") or ctx.dmarc_failed or ctx.facts.get("brand")
    if strong or (ctx.facts.get("first_time") and severity == Severity.MEDIUM):
        severity = Severity.HIGH
        reasons += [text for key, text in ctx.aggravations.items() if key != "freemail"]
    yield finding(
        "REPLY_TO_MISMATCH",
        severity,
        tr("Replies would go to someone else"),
        tr(
            "The message is from {author}, but pressing Reply would send your answer to {reply_to}.",
            author=author.address,
            reply_to=box.address,
        )
        + (" " + tr("This matters more here: {reasons}.", reasons=join("; ", reasons)) if reasons else ""),
        tr("newsletters, web contact forms, support desks and mailing lists often set a different reply address."),
        header="Reply-To",
        evidence=evidence | {"same_display_name": bool(same_name), "reasons": reasons},
        domain=box.org,
    )
    if same_name:
        yield finding(
            "REPLY_TO_SAME_NAME",
            Severity.INFO,
            tr("The reply address wears the sender's name"),
            tr(
                "The reply address uses exactly the sender's display name but another address, so the answer "
                "looks as if it goes to the same person."
            ),
            tr('booking and scheduling services relay replies this way ("John via Calendly").'),
            header="Reply-To",
            evidence=evidence,
        )


def check_return_path(ctx: SenderContext) -> Iterator[Finding]:
    rp = ctx.return_path
    if rp is None or ctx.author is None:
        return
    if rp in ("", "<>"):
        ctype = (ctx.message.header("Content-Type") or "").lower()
        auto = (ctx.message.header("Auto-Submitted") or "no").strip().lower() != "no"
        bouncy = "report" in ctype or auto or _AUTO_SUBJECT.search(ctx.message.subject)
        if not bouncy and not re.match(r"(mailer-daemon|postmaster)", ctx.author.local, re.I):
            yield finding(
                "NULL_SENDER_NOT_BOUNCE",
                Severity.MEDIUM,
                tr("The message hides its return address"),
                tr(
                    "It was sent with an empty bounce address, which is meant only for automatic delivery reports. "
                    "Ordinary mail sent this way cannot be traced back and its failures go nowhere."
                ),
                tr("some auto-replies and read receipts use it legitimately."),
                header="Return-Path",
                evidence={"return_path": "<>", "subject": ctx.message.subject},
            )
        return
    domain = address_domain(rp)
    if not unrelated(domain, ctx.author.domain):
        return
    service = is_sending_service(domain) or ctx.bulk or ctx.list_mail or _verp_like(rp)
    yield finding(
        "RETURN_PATH_MISMATCH",
        Severity.INFO if service else Severity.LOW,
        tr("Bounces go to another organisation"),
        tr(
            "Undeliverable-mail reports go to {domain}, not to the sender's domain {sender_domain}.",
            domain=domain,
            sender_domain=ctx.author.org,
        ),
        tr(
            "this is normal for newsletters and mail sent through a mailing service, which handle bounces "
            "for their customers; on its own it means little."
        ),
        header="Return-Path",
        evidence={"return_path": rp, "from": ctx.author.address},
        domain=registrable_domain(domain),
    )


def _verp_like(address: str) -> bool:
    local = address.partition("@")[0]
    return len(local) > 24 or bool(re.search(r"(bounce|bnc|return|prvs=|srs[01]=|=)", local, re.I))


def check_other_senders(ctx: SenderContext) -> Iterator[Finding]:
    if ctx.author is None:
        return
    for name in _AUTH_SENDER_HEADERS:
        for h in ctx.message.all_headers(name):
            addr = bare_address(h.raw)
            domain = address_domain(addr) if "@" in addr else ""
            if domain and unrelated(domain, ctx.author.domain) and not is_sending_service(domain):
                yield finding(
                    "AUTHENTICATED_SENDER_MISMATCH",
                    Severity.MEDIUM if ctx.facts.get("brand") else Severity.LOW,
                    tr("The account that sent it belongs to someone else"),
                    tr(
                        "The mail server noted that the account {account} sent this message, not {author}. "
                        "A hacked mailbox or web-hosting account is often used this way.",
                        account=addr,
                        author=ctx.author.address,
                    ),
                    tr("shared web hosting and web forms send for many domains through one account."),
                    header=h.name,
                    evidence={h.name: h.raw, "from": ctx.author.address},
                )
    for name in _RECEIPT_HEADERS:
        for h in ctx.message.all_headers(name):
            box = parse_address_header(name, h.raw).first
            if (
                box
                and box.domain
                and unrelated(box.domain, ctx.author.domain)
                and unrelated(box.domain, address_domain(ctx.return_path))
            ):
                yield finding(
                    "RECEIPT_TO_MISMATCH",
                    Severity.MEDIUM,
                    tr("A read receipt would go to a third party"),
                    tr(
                        "If you accept the read-receipt request, {address} learns that and when you read it; "
                        "that address is neither the sender nor the bounce address.",
                        address=box.address,
                    ),
                    tr("some mailing services collect receipts for their customers."),
                    header=h.name,
                    evidence={h.name: h.raw, "from": ctx.author.address},
                )
