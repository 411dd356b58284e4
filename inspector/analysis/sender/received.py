"""Received chain: parse every hop robustly, time it, and find where the recipient's side begins.

Real Received lines come in dozens of shapes (Postfix, Exim, qmail, Exchange, SendGrid without
`;`, redacted test fixtures). A forensics tool should accept non-conforming input rather than
hide data from the analyst, so a hop that does not parse keeps its raw text and the chain goes on.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from datetime import datetime

from ...model import DeliveryHop
from ...parsing import Message
from ..common.domains import is_ip, normalise_host, provider_family, registrable_domain, same_org
from ..common.ip_text import in_ranges, ipv4_value, maybe_ip, v4_ranges
from .mail_dates import parse_date
from .received_from import read_from

__all__ = ["Chain", "Hop", "is_internal_ip", "parse_chain", "parse_date", "parse_received"]

MAX_HOPS = 100  # a message with 50 000 Received lines is parsed up to here and reported as capped
_KEYWORDS = ("from", "by", "via", "with", "id", "for")
_KEYWORD = re.compile(r"(?<![\w.-])(from|by|via|with|id|for)(?=\s)", re.IGNORECASE)
_ENVELOPE_FROM = re.compile(r"envelope-from\s*<?([^>\s)]*)>?", re.IGNORECASE)
_DATE_TAIL = re.compile(r"(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?")
_NUMERIC_DATE = re.compile(r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{4}\b)")


@dataclass
class Hop:
    """One Received header. `index` 0 is the oldest hop; `header_index` its line in the header list."""

    index: int
    header_index: int
    raw: str
    from_host: str = ""
    from_rdns: str = ""
    from_ip: str = ""
    by: str = ""
    with_: str = ""
    id: str = ""
    for_: str = ""
    via: str = ""
    envelope_from: str = ""
    date: datetime | None = None
    date_raw: str = ""
    delay_seconds: float | None = None
    rdns_unknown: bool = False
    side: str = "sender"  # "recipient" when recorded inside the recipient's infrastructure
    problems: list[str] = field(default_factory=list)

    def summary(self) -> DeliveryHop:
        """The hop as the report shows it."""
        return DeliveryHop(
            hop=self.index + 1,
            from_=self.from_host or None,
            from_rdns=self.from_rdns or None,
            from_ip=self.from_ip or None,
            by=self.by or None,
            with_=self.with_ or None,
            id=self.id or None,
            for_=self.for_ or None,
            via=self.via or None,
            envelope_from=self.envelope_from or None,
            date=self.date.isoformat() if self.date else None,
            date_raw=self.date_raw or None,
            delay_seconds=self.delay_seconds,
            side=self.side,
            problems=tuple(self.problems),
            raw=self.raw,
        )


@dataclass
class Chain:
    hops: list[Hop]  # oldest first
    total: int  # Received headers in the message, before the cap
    entry: Hop | None  # the first hop the recipient's side recorded from outside
    receiving_orgs: set[str]
    inside: _Inside | None = None

    @property
    def capped(self) -> bool:
        return self.total > len(self.hops)

    @property
    def trusted(self) -> list[Hop]:
        return [h for h in self.hops if h.side == "recipient"]

    def is_inside(self, name: str) -> bool:
        """Is `name` (a host or authserv-id) one of the receiving side's servers?"""
        return self.inside is not None and self.inside.host(name)

    def names_match(self, name: str, configured: tuple[str, ...]) -> bool:
        """`name` is one of the configured names, or (unless matching is exact) under one of them."""
        exact = self.inside is not None and self.inside.exact
        return any(_under(normalise_host(name), normalise_host(c), exact) for c in configured if c)

    def newest_trusted_date(self) -> datetime | None:
        for hop in reversed(self.hops):
            if hop.side == "recipient" and hop.date:
                return hop.date
        return None


def parse_received(raw: str, index: int = 0, header_index: int = 0) -> Hop:
    """Parse one Received value; never raises, records what it could not read in `problems`."""
    hop = Hop(index=index, header_index=header_index, raw=raw)
    text = " ".join(raw.split())
    body, date_text, date = _split_date(text)
    hop.date_raw = date_text
    if date_text:
        hop.date = date or parse_date(date_text)
        if hop.date is None:
            hop.problems.append("date not understood")
    else:
        hop.problems.append("no date")
    clauses = _clauses(body)
    _read_from(hop, clauses.get("from", ""))
    hop.by = _first_token(clauses.get("by", ""))
    hop.with_ = _strip_comments(clauses.get("with", "")).strip()[:80]
    hop.id = _first_token(clauses.get("id", ""))
    hop.via = _strip_comments(clauses.get("via", "")).strip()[:80]
    hop.for_ = _first_token(clauses.get("for", "")).strip("<>;")
    if match := _ENVELOPE_FROM.search(text):
        hop.envelope_from = match.group(1).strip("<>")
    if not hop.by and not hop.from_host and not hop.from_ip:
        hop.problems.append("no from/by clause")
    return hop


def _split_date(text: str) -> tuple[str, str, datetime | None]:
    """The date is after the last `;` — or after an earlier one, or with no `;` at all (SendGrid).

    Also gives the date when it was read while looking for it (None: not read yet)."""
    pieces = text.split(";")
    for cut in range(len(pieces) - 1, 0, -1):
        tail = ";".join(pieces[cut:]).strip()
        if tail and (date := parse_date(tail)):
            return ";".join(pieces[:cut]), tail, date
    for pattern in (_DATE_TAIL, _NUMERIC_DATE):
        match = pattern.search(text)
        if match:
            return text[: match.start()], text[match.start() :].strip(), None
    if len(pieces) > 1 and pieces[-1].strip():
        return ";".join(pieces[:-1]), pieces[-1].strip(), None
    return text, "", None


def _clauses(body: str) -> dict[str, str]:
    """Split at the top-level keywords; a keyword inside a comment `( … )` is not a clause."""
    spans: dict[str, str] = {}
    start, key = 0, None
    flat = _blank_comments(body)
    for match in _KEYWORD.finditer(flat):
        word = match.group(1).lower()
        if key is not None and key not in spans:
            spans[key] = body[start : match.start()]
        if word in spans:  # a second `from`/`by` is text of the clause before it
            key = None
            continue
        key, start = word, match.end()
    if key is not None and key not in spans:
        spans[key] = body[start:]
    return {k: v.strip() for k, v in spans.items()}


_PAREN = re.compile(r"([()])")


def _blank_comments(body: str) -> str:
    """`body` with every character inside `( … )` (brackets included) made a space, same length.

    A `)` with no `(` open stays. Works on the runs between brackets, not character by character."""
    if "(" not in body:
        return body
    out, depth = [], 0
    for piece in _PAREN.split(body):
        if piece == "(":
            depth += 1
            out.append(" ")
        elif piece == ")":
            out.append(" " if depth else ")")
            depth -= depth > 0
        else:
            out.append(piece if depth == 0 else " " * len(piece))
    return "".join(out)


def _strip_comments(text: str) -> str:
    if "(" not in text:
        return text
    out, depth = [], 0
    for piece in _PAREN.split(text):
        if piece == "(":
            depth += 1
        elif piece == ")" and depth:
            depth -= 1
        elif depth == 0:
            out.append(piece)
    return "".join(out)


def _first_token(text: str) -> str:
    parts = _strip_comments(text).split()
    return parts[0].rstrip(";,") if parts else ""


def _read_from(hop: Hop, clause: str) -> None:
    parts = read_from(clause)
    hop.from_host, hop.from_rdns, hop.from_ip, hop.rdns_unknown = parts.helo, parts.rdns, parts.ip, parts.rdns_unknown


def parse_chain(
    message: Message,
    own_domains: tuple[str, ...] = (),
    recipient_domains: tuple[str, ...] = (),
    trusted_hosts: tuple[str, ...] = (),
    *,
    exact: bool = False,
) -> Chain:
    """All Received headers of `message`, oldest first, with delays and the recipient-side boundary.

    The configured `own_domains` and `trusted_hosts` (trusted authserv-ids) are servers of the
    receiving side with their subdomains (a configured `example.net` covers `mx.example.net`), so a
    configured third-party gateway moves the boundary past itself. With `exact`, only those very
    names are the receiving side: no subdomains, and nothing inferred from the recipients.
    """
    positions = [i for i, h in enumerate(message.headers) if h.name.lower() == "received"]
    total = len(positions)
    kept = positions[:MAX_HOPS]  # the newest ones: they are the recipient's and the ones that matter
    hops = [parse_received(message.headers[pos].raw, 0, pos) for pos in kept]
    hops.reverse()
    for i, hop in enumerate(hops):
        hop.index = i
        prev = hops[i - 1] if i else None
        if prev is not None and prev.date and hop.date:
            hop.delay_seconds = (hop.date - prev.date).total_seconds()  # signed: never `.seconds`
    own = {normalise_host(d) for d in own_domains if d}
    configured = own | {normalise_host(t) for t in trusted_hosts if t}
    exact = exact and bool(configured)
    inferred = tuple(d for d in recipient_domains if normalise_host(d) not in own)
    orgs = set() if exact else _receiving_orgs(hops, (), inferred)
    inside = _Inside(orgs, configured, exact=exact)
    entry = _mark_sides(hops, inside)
    reported = orgs | {registrable_domain(d) for d in own} if not exact else set(own)
    return Chain(hops, total, entry, {o for o in reported if o}, inside)


def _under(host: str, configured: str, exact: bool) -> bool:
    return host == configured or (not exact and host.endswith("." + configured))


def _receiving_orgs(hops: list[Hop], own: tuple[str, ...], recipients: tuple[str, ...]) -> set[str]:
    orgs = {registrable_domain(d) for d in own + recipients if d}
    for hop in reversed(hops):  # the topmost hop with a `by` names the final receiver
        if hop.by and not is_ip(hop.by) and "." in hop.by:
            orgs.add(registrable_domain(hop.by))
            break
    return {o for o in orgs if o}


_INTERNAL_NETS = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7")
)
# The same for a plain IPv4 text, with loopback (127/8) and link-local (169.254/16) added.
_INTERNAL_V4 = v4_ranges(
    ("127.0.0.0/8", "169.254.0.0/16", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10")
)


def is_internal_ip(ip: str) -> bool:
    """A private-network, shared (CGNAT), loopback or link-local address: one a server can only be
    reached at from its own network.

    Not `ipaddress.is_private`, which also covers the documentation ranges (192.0.2.0/24,
    198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), 0.0.0.0/8 and 240.0.0.0/4: those are
    reserved, not private, and must not make a delivering host look like an internal relay.
    """
    text = ip.strip("[]").removeprefix("IPv6:").removeprefix("ipv6:")
    value = ipv4_value(text)
    if value is not None:
        return in_ranges(value, _INTERNAL_V4)
    if not maybe_ip(text):
        return False
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return addr.is_loopback or addr.is_link_local or any(addr in n for n in _INTERNAL_NETS if n.version == addr.version)


@dataclass
class _Inside:
    """What is known to be the receiving side: its organisations, configured servers, and the
    private-address relays seen handing mail between its servers."""

    orgs: set[str]
    configured: set[str]
    relays: set[str] = field(default_factory=set)
    exact: bool = False

    def host(self, host: str) -> bool:
        host = normalise_host(host)
        if not host or "." not in host:
            return False
        if host in self.relays or any(_under(host, c, self.exact) for c in self.configured):
            return True
        return not is_ip(host) and any(same_org(host, o) for o in self.orgs)

    def receiver(self, by: str) -> bool:
        """Can the server named in `by` belong to the receiving side?"""
        by = normalise_host(by)
        return not by or "." not in by or is_internal_ip(by) or self.host(by)


def _from_inside(hop: Hop, inside: _Inside) -> bool:
    """Did the receiving side get this hop from one of its own servers?

    When the receiving server recorded the peer's reverse name (or "unknown") for a public address,
    that name decides: the HELO is the peer's own claim, and a sender naming itself after the
    recipient's mail server must not move the boundary down into hops it wrote itself.
    """
    public = bool(hop.from_ip) and not is_internal_ip(hop.from_ip)
    if _loopback(hop.from_ip) or (not public and normalise_host(hop.from_host) in ("localhost", "127.0.0.1", "::1")):
        return True  # the same machine handing the message on (content filters, fetchmail)
    if public and (hop.from_rdns or hop.rdns_unknown):
        return inside.host(hop.from_rdns)
    return inside.host(hop.from_host) or inside.host(hop.from_rdns)


def _names(hop: Hop) -> set[str]:
    return {normalise_host(n) for n in (hop.from_host, hop.from_rdns, hop.from_ip) if n}


def _loopback(ip: str) -> bool:
    value = ipv4_value(ip)
    if value is not None:
        return value >> 24 == 127
    if not maybe_ip(ip):
        return False
    try:
        return ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return False


def _private_relay(hop: Hop, inside: _Inside) -> bool:
    """A private-address peer that may be an internal relay (confirmed if it received the hop below).

    One that names a public mail provider cannot be: providers do not hand mail over private links.
    """
    if not hop.from_ip or not is_internal_ip(hop.from_ip):
        return False
    names = [normalise_host(n) for n in (hop.from_host, hop.from_rdns) if n and "." in n and not is_ip(n)]
    return not any(provider_family(n) and not inside.host(n) for n in names)


def _mark_sides(hops: list[Hop], inside: _Inside) -> Hop | None:
    """Walk down from the newest hop while the recipient's servers recorded it; return the entry hop.

    The entry hop is the topmost one received from outside: its `from` is the origin. A relay at a
    private address counts as inside only when the hop below it was received by it (or by another
    server of the receiving side); otherwise it was the one that brought the message in.
    """
    pending: Hop | None = None  # a hop from a private-address relay, not yet confirmed as inside
    for hop in reversed(hops):
        if not hop.by and not hop.from_host:
            hop.side = "recipient"  # qmail/pickup lines with no hosts: local bookkeeping
            continue
        if not inside.receiver(hop.by):
            return pending  # None: a gap in the chain, no hop shows who handed the message in
        hop.side = "recipient"
        pending = None
        if _from_inside(hop, inside):
            if _loopback(hop.from_ip):
                inside.relays.update(_names(hop))  # same machine: its names are ours whatever they say
            continue
        if _private_relay(hop, inside):
            pending = hop
            inside.relays.update(_names(hop))
            continue
        if hop.from_host or hop.from_ip:
            return hop
    return pending
