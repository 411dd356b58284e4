"""Does the journey add up? Received hops, dates, Message-ID, the mail program, provider traces."""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Iterator
from datetime import UTC, datetime

from ..model import Finding, Severity
from .domains import (
    is_ip,
    is_sending_service,
    mailbox_provider,
    normalise_host,
    provider_family,
    providers,
    registrable_domain,
    same_org,
)
from .received import MAX_HOPS, is_internal_ip, parse_date
from .sender_context import SenderContext, finding, unrelated

TIME_TRAVEL_TOLERANCE = 300  # seconds; unsynchronised clocks of a few minutes are everywhere
_MESSAGE_ID = re.compile(r"^<[^<>@\s]+@[^<>@\s]+>$")
_MASS_MAILER = re.compile(
    r"phpmailer|php/|atomic mail|sendblaster|groupmail|maxbulk|emailflyer|mass ?mail|bulk ?mail|"
    r"outlook express|the bat!|swiftmailer|aspnet|zimbra 8\.0|\bmailer 1\.0\b",
    re.IGNORECASE,
)
_RESERVED = [
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "100.64.0.0/10",
    )
]


def check_received(ctx: SenderContext) -> Iterator[Finding]:
    chain = ctx.chain
    if chain.capped:
        yield finding(
            "RECEIVED_CHAIN_CAPPED",
            Severity.LOW,
            f"Unusually many relay stamps ({chain.total})",
            f"The message carries {chain.total} Received lines; only the newest {MAX_HOPS} were analysed. "
            "Huge counts are used to hide the real route or to crash analysis tools.",
            "a mail loop between misconfigured servers.",
            header="Received",
            evidence={"total": chain.total, "analysed": len(chain.hops)},
        )
    broken = [h for h in chain.hops if h.problems and "no from/by clause" not in h.problems]
    if broken:
        yield finding(
            "RECEIVED_UNPARSEABLE",
            Severity.INFO,
            "Some relay stamps could not be read",
            "One or more Received lines are damaged or in an unknown format; the rest of the route was still analysed.",
            "many mail servers write their own formats.",
            header="Received",
            evidence={"hops": [{"hop": h.index + 1, "raw": h.raw[:300], "problems": h.problems} for h in broken[:5]]},
        )
    for hop in chain.hops:
        if hop.delay_seconds is not None and hop.delay_seconds < -TIME_TRAVEL_TOLERANCE:
            older = chain.hops[hop.index - 1] if hop.index else hop
            outside = hop.side == "sender" or older.side == "sender"
            yield finding(
                "RECEIVED_TIME_TRAVEL",
                Severity.MEDIUM if outside and hop.delay_seconds < -3600 else Severity.LOW,
                "A relay stamp is earlier than the one before it",
                f"Hop {hop.index + 1} says it received the message {_duration(-hop.delay_seconds)} before the previous "
                "server sent it. Invented relay lines often get times wrong."
                + (" This part of the route was written by the sending side." if outside else ""),
                "a server with a wrong clock, or a wrong time zone.",
                header="Received",
                evidence={"hop": hop.index + 1, "delay_seconds": hop.delay_seconds, "raw": hop.raw[:300]},
            )
    yield from _ip_checks(ctx)


def _duration(seconds: float) -> str:
    seconds = abs(seconds)
    if seconds >= 86400:
        return f"{seconds / 86400:.1f} days"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} hours"
    return f"{seconds / 60:.0f} minutes"


def _reserved(ip: str) -> bool:
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return addr.version == 4 and any(addr in n for n in _RESERVED)


def _ip_checks(ctx: SenderContext) -> Iterator[Finding]:
    for hop in ctx.chain.hops:
        if hop.side == "recipient" and hop is not ctx.chain.entry:
            continue  # the recipient's own relays: private or odd addresses there are its business
        claimed = normalise_host(hop.from_rdns or hop.from_host)
        provider = provider_family(claimed) if "." in claimed else None
        by_provider = provider_family(hop.by)
        odd = bool(hop.from_ip) and (is_internal_ip(hop.from_ip) or _reserved(hop.from_ip))
        impossible = odd and provider and by_provider != provider
        if impossible or (hop.from_ip and _reserved(hop.from_ip)):
            yield finding(
                "RECEIVED_PRIVATE_IP",
                Severity.MEDIUM if impossible else Severity.LOW,
                "A relay stamp names an impossible address",
                f"Hop {hop.index + 1} claims to come from {claimed or hop.from_ip} at {hop.from_ip}, "
                + (
                    "a private or reserved address that a public mail provider would never send from across the "
                    "internet."
                    if impossible
                    else "an address that is reserved and never used on the internet."
                ),
                "internal relays of an organisation use private addresses; anonymised test messages use reserved ones.",
                header="Received",
                evidence={"hop": hop.index + 1, "ip": hop.from_ip, "claimed": claimed, "raw": hop.raw[:300]},
            )
    entry = ctx.chain.entry
    if entry is None:
        return
    helo = normalise_host(entry.from_host)
    problems = []
    if is_ip(helo) and entry.from_ip and helo.strip("[]") != entry.from_ip:
        problems.append("it introduced itself with a different IP address")
    elif helo in ("localhost", "localhost.localdomain") and entry.from_ip and not is_internal_ip(entry.from_ip):
        problems.append("it introduced itself as 'localhost'")
    elif helo and not is_ip(helo) and "." not in helo:
        problems.append(f"it introduced itself with a bare name ('{entry.from_host}')")
    if problems:
        yield finding(
            "HELO_ANOMALY",
            Severity.LOW,
            "The delivering server introduced itself oddly",
            f"The server that handed the message to your side ({entry.from_ip or '?'}): {problems[0]}. Proper mail "
            "servers give their full name.",
            "home-made servers and some mail programs that send directly.",
            header="Received",
            evidence={"hop": entry.index + 1, "helo": entry.from_host, "ip": entry.from_ip, "raw": entry.raw[:300]},
        )
    if entry.rdns_unknown:
        yield finding(
            "ORIGIN_NO_RDNS",
            Severity.INFO,
            "The delivering server has no name",
            f"Your server could not find a name for {entry.from_ip or 'the delivering address'}; established mail "
            "services always have one.",
            "small legitimate servers are often set up without one.",
            header="Received",
            evidence={"hop": entry.index + 1, "ip": entry.from_ip, "raw": entry.raw[:300]},
        )
    if len(ctx.chain.hops) == 1 and (ctx.message.header("X-Mailer") or ctx.message.header("User-Agent")):
        yield finding(
            "TOO_FEW_HOPS",
            Severity.INFO,
            "Delivered straight from a computer",
            "The message went from the sender's computer directly to your mail server, skipping the sender's "
            "own mail provider; spam software sends this way.",
            "small organisations running their own mail server.",
            header="Received",
            evidence={"hops": 1, "raw": ctx.chain.hops[0].raw[:300]},
        )


def check_date(ctx: SenderContext) -> Iterator[Finding]:
    raw = ctx.message.header("Date")
    if raw is None:
        yield finding(
            "DATE_INVALID",
            Severity.LOW,
            "The message has no date",
            "Every mail program writes a Date line; a missing one points to home-made sending software.",
            "drafts and some automated systems.",
            header="Date",
            evidence={},
        )
        return
    date = parse_date(raw)
    if date is None or date.year < 1990 or date > datetime.now(UTC).replace(year=datetime.now(UTC).year + 5):
        yield finding(
            "DATE_INVALID",
            Severity.LOW,
            "The message date is not valid",
            f"The Date line '{raw.strip()}' cannot be read or is absurd.",
            "badly configured mail programs.",
            header="Date",
            evidence={"date": raw},
        )
        return
    stamps = [h.date for h in ctx.chain.hops if h.date]
    if not stamps:
        return
    diff = min(((date - s).total_seconds() for s in stamps), key=abs)  # SpamAssassin: the closest stamp
    if diff > 2 * 3600:
        yield finding(
            "DATE_FUTURE",
            Severity.MEDIUM if diff > 86400 else Severity.LOW,
            "Dated in the future",
            f"The message claims to be written {_duration(diff)} after the servers handled it.",
            "a computer with a wrong clock or time zone.",
            header="Date",
            evidence={"date": raw, "difference_seconds": diff},
        )
    elif diff < -86400:
        yield finding(
            "DATE_SKEW",
            Severity.LOW if diff < -30 * 86400 else Severity.INFO,
            "Dated long before it was delivered",
            f"The message is dated {_duration(diff)} before any server handled it.",
            "re-sent or long-queued mail, digests, and test messages re-used years later.",
            header="Date",
            evidence={"date": raw, "difference_seconds": diff},
        )


@functools.cache
def _mid_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(n, re.compile(p, re.I)) for n, i in providers()["providers"].items() for p in i["message_id"]]


def check_message_id(ctx: SenderContext) -> Iterator[Finding]:
    raw = (ctx.message.header("Message-ID") or "").strip()
    if not raw:
        yield finding(
            "MESSAGE_ID_INVALID",
            Severity.INFO,
            "The message has no Message-ID",
            "Mail programs give every message a unique identifier; bulk-sending scripts often skip it.",
            "test messages and some old programs.",
            header="Message-ID",
            evidence={},
        )
        return
    if not _MESSAGE_ID.match(raw):
        yield finding(
            "MESSAGE_ID_INVALID",
            Severity.LOW,
            "The Message-ID is malformed",
            f"The identifier '{raw[:120]}' is not written the standard way.",
            "some relays and old programs write sloppy identifiers.",
            header="Message-ID",
            evidence={"message_id": raw},
        )
        return
    rhs = raw.strip("<>").rpartition("@")[2].lower()
    ctx.facts["mid_provider"] = next((n for n, p in _mid_patterns() if p.search(rhs)), None)
    if ctx.author and unrelated(rhs, ctx.from_domain) and not is_sending_service(rhs) and not is_ip(rhs):
        yield finding(
            "MESSAGE_ID_MISMATCH",
            Severity.INFO,
            "The message identifier names another domain",
            f"The Message-ID was made at {registrable_domain(rhs) or rhs}, not at the sender's domain {ctx.from_org}.",
            "this is the case for almost half of all genuine mail (mailing services, company mail servers).",
            header="Message-ID",
            evidence={"message_id": raw, "from_domain": ctx.from_org},
        )


def check_mailer(ctx: SenderContext) -> Iterator[Finding]:
    mailer = ctx.message.header("X-Mailer") or ctx.message.header("User-Agent") or ""
    script = ctx.message.header("X-PHP-Originating-Script") or ctx.message.header("X-PHP-Script")
    if (mailer and _MASS_MAILER.search(mailer)) or script:
        yield finding(
            "MAILER_SUSPICIOUS",
            Severity.LOW,
            "Sent by a script or bulk-mail program",
            f"The sending software is '{mailer or script}', typical of web scripts and bulk-mail tools rather than a "
            "person's mail program.",
            "web shops, forms and newsletters use the same tools.",
            header="X-Mailer" if mailer else "X-PHP-Originating-Script",
            evidence={"mailer": mailer, "script": script},
        )
    if re.search(r"microsoft (?:office )?outlook", mailer, re.I) and not ctx.message.header("Thread-Index"):
        yield finding(
            "MAILER_FORGED",
            Severity.LOW,
            "Claims to be Outlook, but does not look like it",
            "The message says Microsoft Outlook wrote it, but lacks a line Outlook always adds (Thread-Index).",
            "some gateways strip that line.",
            header="X-Mailer",
            evidence={"mailer": mailer},
        )
    yield from _provider_trace(ctx)


def _provider_trace(ctx: SenderContext) -> Iterator[Finding]:
    provider = mailbox_provider(ctx.from_domain)
    info = providers()["providers"].get(provider or "")
    if not info or not info["trace_headers"] or not ctx.chain.hops or ctx.list_mail:
        return
    names = {h.name.lower() for h in ctx.message.headers}
    traced = any(t.lower() in names for t in info["trace_headers"]) or ctx.facts.get("mid_provider") == provider
    via = any(provider_family(h.by) == provider or provider_family(h.from_host) == provider for h in ctx.chain.hops)
    if not traced and not via:
        yield finding(
            "PROVIDER_TRACE_MISSING",
            Severity.MEDIUM,
            f"Claims to be from {ctx.from_domain}, but never passed through it",
            f"Mail from a {ctx.from_domain} address always passes through {provider}'s servers and carries its marks. "
            "This message has none, so the address was probably typed in by someone else.",
            f"a {provider} user sending through another provider's server ('send mail as'), or a forwarded copy.",
            header="From",
            evidence={"from": ctx.author.address if ctx.author else "", "expected": info["trace_headers"]},
        )


def same_route_org(a: str, b: str) -> bool:
    return same_org(a, b)
