"""Does the journey add up? Received hops, dates, Message-ID, the mail program, provider traces."""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Iterator
from datetime import UTC, datetime

from ...model import Finding, Severity
from ...texts import Text, tr
from ..common.domains import (
    is_ip,
    is_sending_service,
    mailbox_provider,
    normalise_host,
    provider_family,
    providers,
    registrable_domain,
)
from ..common.ip_text import in_ranges, ipv4_value, maybe_ip, v4_ranges
from .received import MAX_HOPS, Hop, is_internal_ip, parse_date
from .sender_context import SenderContext, finding, unrelated

TIME_TRAVEL_TOLERANCE = 300  # seconds; unsynchronised clocks of a few minutes are everywhere
_MESSAGE_ID = re.compile(r"^<[^<>@\s]+@[^<>@\s]+>$")
_MASS_MAILER = re.compile(
    r"phpmailer|php/|atomic mail|sendblaster|groupmail|maxbulk|emailflyer|mass ?mail|bulk ?mail|"
    r"the bat!|swiftmailer|aspnet|zimbra 8\.0|\bmailer 1\.0\b",
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
_RESERVED_V4 = v4_ranges(str(n) for n in _RESERVED)


def check_received(ctx: SenderContext) -> Iterator[Finding]:
    chain = ctx.chain
    if chain.capped:
        yield finding(
            "RECEIVED_CHAIN_CAPPED",
            Severity.LOW,
            tr("Unusually many delivery records ({count})", count=chain.total),
            tr(
                "The message carries {count} records of servers it passed through; only the newest {analysed} were "
                "analysed. "
                "Huge counts are used to hide the real route or to crash analysis tools.",
                count=chain.total,
                analysed=MAX_HOPS,
            ),
            tr("a mail loop between misconfigured servers."),
            header="Received",
            evidence={"total": chain.total, "analysed": len(chain.hops)},
        )
    broken = [h for h in chain.hops if h.problems and "no from/by clause" not in h.problems]
    if broken:
        yield finding(
            "RECEIVED_UNPARSEABLE",
            Severity.INFO,
            tr("Some delivery records could not be read"),
            tr(
                "One or more records of the servers it passed through are damaged or in an unknown format; the rest of "
                "the route was still "
                "analysed."
            ),
            tr("many mail servers write their own formats."),
            header="Received",
            evidence={"hops": [{"hop": h.index + 1, "raw": h.raw[:300], "problems": h.problems} for h in broken[:5]]},
        )
    for hop in chain.hops:
        if hop.delay_seconds is not None and hop.delay_seconds < -TIME_TRAVEL_TOLERANCE:
            older = chain.hops[hop.index - 1] if hop.index else hop
            outside = hop.side == "sender" or older.side == "sender"
            yield finding(
                "RECEIVED_TIME_TRAVEL",
                Severity.INFO if zone_shaped(hop.delay_seconds) else Severity.LOW,
                tr("The delivery times recorded on the way do not add up"),
                tr(
                    "One of the servers that passed the message on says it received it {duration} before the "
                    "previous server sent it. Invented delivery records often get times wrong.",
                    duration=_duration(-hop.delay_seconds),
                )
                + (" " + tr("This part of the route was written by the sending side.") if outside else ""),
                tr("a server with a wrong clock, or a wrong time zone."),
                header="Received",
                evidence={"hop": hop.index + 1, "delay_seconds": hop.delay_seconds, "raw": hop.raw[:300]},
            )
    yield from _ip_checks(ctx)


def zone_shaped(seconds: float) -> bool:
    """A whole number of hours (give or take a quarter): a server set to the wrong time zone, not a forgery."""
    hours = abs(seconds) / 3600
    return 0.75 <= hours <= 14.25 and abs(hours - round(hours)) <= 0.25


def _duration(seconds: float) -> Text:
    seconds = abs(seconds)
    if seconds >= 86400:
        return tr("{n} days", n=f"{seconds / 86400:.1f}")
    if seconds >= 3600:
        return tr("{n} hours", n=f"{seconds / 3600:.1f}")
    return tr("{n} minutes", n=f"{seconds / 60:.0f}")


def _reserved(ip: str) -> bool:
    value = ipv4_value(ip)
    if value is not None:
        return in_ranges(value, _RESERVED_V4)
    if not maybe_ip(ip):
        return False
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return addr.version == 4 and any(addr in n for n in _RESERVED)


def _provider_claim(hop: Hop, ctx: SenderContext) -> str:
    """The public mail provider this hop's HELO or reverse name claims, when the receiving server is
    not that provider's and the name is not the receiving side's own: providers never hand mail to
    others over a private link, whatever authentication says about the sender's domain."""
    by_provider = provider_family(hop.by)
    for name in (hop.from_host, hop.from_rdns):
        name = normalise_host(name)
        if "." not in name or is_ip(name) or ctx.chain.is_inside(name):
            continue
        provider = provider_family(name)
        if provider and provider != by_provider:
            return name
    return ""


def _ip_checks(ctx: SenderContext) -> Iterator[Finding]:
    """The addresses and names servers recorded: impossible addresses on the way, then the entry hop."""
    yield from _impossible_addresses(ctx)
    entry = ctx.chain.entry
    if entry is None:
        return
    yield from _odd_helo(entry)
    yield from _no_rdns(entry)
    yield from _too_few_hops(ctx)


def _impossible_addresses(ctx: SenderContext) -> Iterator[Finding]:
    """A hop from a private or reserved address: impossible when it claims a public provider's name."""
    for hop in ctx.chain.hops:
        odd = bool(hop.from_ip) and (is_internal_ip(hop.from_ip) or _reserved(hop.from_ip))
        provider_claim = _provider_claim(hop, ctx) if odd else ""
        impossible = bool(provider_claim)
        if hop.side == "recipient" and hop is not ctx.chain.entry and not impossible:
            continue  # the recipient's own relays: private or odd addresses there are its business
        claimed = provider_claim or normalise_host(hop.from_rdns or hop.from_host)
        if impossible or (hop.from_ip and _reserved(hop.from_ip)):
            yield finding(
                "RECEIVED_PRIVATE_IP",
                Severity.MEDIUM if impossible else Severity.LOW,
                tr("A server on the way gives an address that cannot be real"),
                tr(
                    "One of the servers this message passed through says it came from {host} at {ip}, a private or "
                    "reserved address that a public mail provider would never send from across the internet.",
                    host=claimed or hop.from_ip,
                    ip=hop.from_ip,
                )
                if impossible
                else tr(
                    "One of the servers this message passed through says it came from {host} at {ip}, an address "
                    "that is reserved and never used on the internet.",
                    host=claimed or hop.from_ip,
                    ip=hop.from_ip,
                ),
                tr(
                    "internal relays of an organisation use private addresses; anonymised test messages use "
                    "reserved ones."
                ),
                header="Received",
                evidence={"hop": hop.index + 1, "ip": hop.from_ip, "claimed": claimed, "raw": hop.raw[:300]},
            )


def _odd_helo(entry: Hop) -> Iterator[Finding]:
    helo = normalise_host(entry.from_host)
    problems = []
    if is_ip(helo) and entry.from_ip and helo.strip("[]") != entry.from_ip:
        problems.append(tr("it introduced itself with a different IP address"))
    elif helo in ("localhost", "localhost.localdomain") and entry.from_ip and not is_internal_ip(entry.from_ip):
        problems.append(tr("it introduced itself as 'localhost'"))
    elif helo and not is_ip(helo) and "." not in helo:
        problems.append(tr("it introduced itself with a bare name ('{name}')", name=entry.from_host))
    if problems:
        yield finding(
            "HELO_ANOMALY",
            Severity.LOW,
            tr("The delivering server introduced itself oddly"),
            tr(
                "The server that handed the message to your side ({ip}): {problem}. Proper mail servers give "
                "their full name.",
                ip=entry.from_ip or "?",
                problem=problems[0],
            ),
            tr("home-made servers and some mail programs that send directly."),
            header="Received",
            evidence={"hop": entry.index + 1, "helo": entry.from_host, "ip": entry.from_ip, "raw": entry.raw[:300]},
        )


def _no_rdns(entry: Hop) -> Iterator[Finding]:
    if entry.rdns_unknown:
        yield finding(
            "ORIGIN_NO_RDNS",
            Severity.INFO,
            tr("The delivering server has no name"),
            tr(
                "Your server could not find a name for {address}; established mail services always have one.",
                address=entry.from_ip or tr("the delivering address"),
            ),
            tr("small legitimate servers are often set up without one."),
            header="Received",
            evidence={"hop": entry.index + 1, "ip": entry.from_ip, "raw": entry.raw[:300]},
        )


def _too_few_hops(ctx: SenderContext) -> Iterator[Finding]:
    if len(ctx.chain.hops) == 1 and (ctx.message.header("X-Mailer") or ctx.message.header("User-Agent")):
        yield finding(
            "TOO_FEW_HOPS",
            Severity.INFO,
            tr("Delivered straight from a computer"),
            tr(
                "The message went from the sender's computer directly to your mail server, skipping the sender's "
                "own mail provider; spam software sends this way."
            ),
            tr("small organisations running their own mail server."),
            header="Received",
            evidence={"hops": 1, "raw": ctx.chain.hops[0].raw[:300]},
        )


def check_date(ctx: SenderContext) -> Iterator[Finding]:
    raw = ctx.message.header("Date")
    if raw is None:
        yield finding(
            "DATE_INVALID",
            Severity.LOW,
            tr("The message has no date"),
            tr("Every mail program writes a Date line; a missing one points to home-made sending software."),
            tr("drafts and some automated systems."),
            header="Date",
            evidence={},
        )
        return
    date = parse_date(raw)
    if date is None or date.year < 1990 or date > datetime.now(UTC).replace(year=datetime.now(UTC).year + 5):
        yield finding(
            "DATE_INVALID",
            Severity.LOW,
            tr("The message date is not valid"),
            tr("The Date line '{date}' cannot be read or is absurd.", date=raw.strip()),
            tr("badly configured mail programs."),
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
            Severity.MEDIUM if diff > 86400 and not zone_shaped(diff) else Severity.LOW,
            tr("Dated in the future"),
            tr("The message claims to be written {duration} after the servers handled it.", duration=_duration(diff)),
            tr("a computer with a wrong clock or time zone."),
            header="Date",
            evidence={"date": raw, "difference_seconds": diff},
        )
    elif diff < -86400:
        yield finding(
            "DATE_SKEW",
            Severity.INFO,  # wrong clocks and re-sent mail: 11 genuine hits to 1 phishing on the corpus
            tr("Dated long before it was delivered"),
            tr("The message is dated {duration} before any server handled it.", duration=_duration(diff)),
            tr("re-sent or long-queued mail, digests, and test messages re-used years later."),
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
            tr("The message has no Message-ID"),
            tr("Mail programs give every message a unique identifier; bulk-sending scripts often skip it."),
            tr("test messages and some old programs."),
            header="Message-ID",
            evidence={},
        )
        return
    if not _MESSAGE_ID.match(raw):
        yield finding(
            "MESSAGE_ID_INVALID",
            Severity.LOW,
            tr("The Message-ID is malformed"),
            tr("The identifier '{message_id}' is not written the standard way.", message_id=raw[:120]),
            tr("some relays and old programs write sloppy identifiers."),
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
            tr("The message identifier names another domain"),
            tr(
                "The Message-ID was made at {domain}, not at the sender's domain {sender_domain}.",
                domain=registrable_domain(rhs) or rhs,
                sender_domain=ctx.from_org,
            ),
            tr("this is the case for almost half of all genuine mail (mailing services, company mail servers)."),
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
            tr("Sent by a script or bulk-mail program"),
            tr(
                "The sending software is '{mailer}', typical of web scripts and bulk-mail tools rather than a "
                "person's mail program.",
                mailer=mailer or script,
            ),
            tr("web shops, forms and newsletters use the same tools."),
            header="X-Mailer" if mailer else "X-PHP-Originating-Script",
            evidence={"mailer": mailer, "script": script},
        )
    if re.search(r"microsoft (?:office )?outlook", mailer, re.I) and not ctx.message.header("Thread-Index"):
        yield finding(
            "MAILER_FORGED",
            Severity.LOW,
            tr("Claims to be Outlook, but does not look like it"),
            tr("The message says Microsoft Outlook wrote it, but lacks a line Outlook always adds (Thread-Index)."),
            tr("some gateways strip that line."),
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
            tr("Claims to be from {domain}, but never passed through it", domain=ctx.from_domain),
            tr(
                "Mail from a {domain} address always passes through {provider}'s servers and carries its marks. "
                "This message has none, so the address was probably typed in by someone else.",
                domain=ctx.from_domain,
                provider=provider,
            ),
            tr(
                "a {provider} user sending through another provider's server ('send mail as'), or a forwarded copy.",
                provider=provider,
            ),
            header="From",
            evidence={"from": ctx.author.address if ctx.author else "", "expected": info["trace_headers"]},
        )
