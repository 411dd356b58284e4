"""Received chain: parse every hop robustly, time it, and find where the recipient's side begins.

Real Received lines come in dozens of shapes (Postfix, Exim, qmail, Exchange, SendGrid without
`;`, redacted test fixtures). A forensics tool should accept non-conforming input rather than
hide data from the analyst, so a hop that does not parse keeps its raw text and the chain goes on.
"""

from __future__ import annotations

import email.utils
import ipaddress
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..parsing import Message
from .domains import is_ip, normalise_host, registrable_domain, same_org

MAX_HOPS = 100  # a message with 50 000 Received lines is parsed up to here and reported as capped
_KEYWORDS = ("from", "by", "via", "with", "id", "for")
_KEYWORD = re.compile(r"(?<![\w.-])(from|by|via|with|id|for)(?=\s)", re.IGNORECASE)
_IPV4 = r"(?:\d{1,3}\.){3}\d{1,3}"
_IPV6 = r"(?:IPv6:)?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?"
_BRACKET_IP = re.compile(rf"\[({_IPV4}|{_IPV6})\]")
_PAREN_IP = re.compile(rf"\((?:[^()]*?[\s(])?({_IPV4}|{_IPV6})\)")
_BARE_IP = re.compile(rf"(?<![\w.:])({_IPV4}|{_IPV6})(?![\w.:])")
_ENVELOPE_FROM = re.compile(r"envelope-from\s*<?([^>\s)]*)>?", re.IGNORECASE)
_HELO_COMMENT = re.compile(r"\b(?:helo|ehlo)[=\s]+([^\s)\]]+)", re.IGNORECASE)
_DATE_TAIL = re.compile(r"(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?")
_TZ_NAMES = re.compile(r"\s*\((?:[^()]*)\)\s*$")
_FRACTION = re.compile(r"(\d{1,2}:\d{2}:\d{2})\.\d+")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?\s*([+-]\d{4}|Z|UTC)?")
_HOST = re.compile(r"^[\w.\-:\[\]]+$")


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "hop": self.index + 1,
            "from": self.from_host or None,
            "from_rdns": self.from_rdns or None,
            "from_ip": self.from_ip or None,
            "by": self.by or None,
            "with": self.with_ or None,
            "id": self.id or None,
            "for": self.for_ or None,
            "via": self.via or None,
            "envelope_from": self.envelope_from or None,
            "date": self.date.isoformat() if self.date else None,
            "date_raw": self.date_raw or None,
            "delay_seconds": self.delay_seconds,
            "side": self.side,
            "problems": self.problems,
            "raw": self.raw,
        }


@dataclass
class Chain:
    hops: list[Hop]  # oldest first
    total: int  # Received headers in the message, before the cap
    entry: Hop | None  # the first hop the recipient's side recorded from outside
    receiving_orgs: set[str]

    @property
    def capped(self) -> bool:
        return self.total > len(self.hops)

    @property
    def trusted(self) -> list[Hop]:
        return [h for h in self.hops if h.side == "recipient"]

    def newest_trusted_date(self) -> datetime | None:
        for hop in reversed(self.hops):
            if hop.side == "recipient" and hop.date:
                return hop.date
        return None


def parse_date(text: str) -> datetime | None:
    """RFC 5322 date, tolerating zone names, fractions of a second, ISO 8601 and trailing comments."""
    text = _TZ_NAMES.sub("", " ".join(text.split())).strip().rstrip(";")
    if not text:
        return None
    text = _FRACTION.sub(r"\1", text)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = _iso_date(text)
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _iso_date(text: str) -> datetime | None:
    match = _ISO_DATE.search(text)
    if not match:
        return None
    zone = match.group(3) or "+0000"
    zone = "+0000" if zone in ("Z", "UTC") else zone
    try:
        return datetime.strptime(f"{match.group(1)} {match.group(2)} {zone}", "%Y-%m-%d %H:%M:%S %z")
    except ValueError:
        return None


def parse_received(raw: str, index: int = 0, header_index: int = 0) -> Hop:
    """Parse one Received value; never raises, records what it could not read in `problems`."""
    hop = Hop(index=index, header_index=header_index, raw=raw)
    text = " ".join(raw.split())
    body, date_text = _split_date(text)
    hop.date_raw = date_text
    if date_text:
        hop.date = parse_date(date_text)
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


def _split_date(text: str) -> tuple[str, str]:
    """The date is after the last `;` — or after an earlier one, or with no `;` at all (SendGrid)."""
    pieces = text.split(";")
    for cut in range(len(pieces) - 1, 0, -1):
        tail = ";".join(pieces[cut:]).strip()
        if tail and parse_date(tail):
            return ";".join(pieces[:cut]), tail
    for pattern in (_DATE_TAIL, _ISO_DATE):
        match = pattern.search(text)
        if match:
            return text[: match.start()], text[match.start() :].strip()
    if len(pieces) > 1 and pieces[-1].strip():
        return ";".join(pieces[:-1]), pieces[-1].strip()
    return text, ""


def _clauses(body: str) -> dict[str, str]:
    """Split at the top-level keywords; a keyword inside a comment `( … )` is not a clause."""
    depth, spans, start, key = 0, {}, 0, None
    masked = []
    for ch in body:
        depth += ch == "("
        masked.append(ch if depth == 0 else " ")
        depth -= ch == ")" and depth > 0
    flat = "".join(masked)
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


def _strip_comments(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _first_token(text: str) -> str:
    parts = _strip_comments(text).split()
    return parts[0].rstrip(";,") if parts else ""


def _read_from(hop: Hop, clause: str) -> None:
    if not clause:
        return
    outside = _strip_comments(clause).split()
    hop.from_host = outside[0] if outside and _HOST.match(outside[0]) else (outside[0] if outside else "")
    ip = _BRACKET_IP.search(clause) or _PAREN_IP.search(clause)
    if ip is None and is_ip(hop.from_host):
        hop.from_ip = hop.from_host.strip("[]")
    elif ip is None:
        bare = _BARE_IP.search(clause)
        hop.from_ip = bare.group(1) if bare and is_ip(bare.group(1)) else ""
    else:
        hop.from_ip = ip.group(1)
    hop.from_ip = hop.from_ip.removeprefix("IPv6:").removeprefix("ipv6:")
    if hop.from_ip and not is_ip(hop.from_ip):
        hop.from_ip = ""
    comment = clause[len(clause) - len(clause.lstrip()) :]
    if "(" in comment:
        inner = comment[comment.index("(") + 1 :].split(")")[0]
        words = [w for w in inner.replace("[", " [").split() if not w.startswith("[")]
        name = words[0] if words else ""
        if name.lower() == "unknown":
            hop.rdns_unknown = True
        elif name and "." in name and not is_ip(name) and not name.lower().startswith(("helo", "ehlo", "ident")):
            hop.from_rdns = name.rstrip(")")
    if helo := _HELO_COMMENT.search(clause):
        if not is_ip(hop.from_host):
            hop.from_rdns = hop.from_rdns or hop.from_host
        hop.from_host = helo.group(1)


def parse_chain(message: Message, own_domains: tuple[str, ...] = (), recipient_domains: tuple[str, ...] = ()) -> Chain:
    """All Received headers of `message`, oldest first, with delays and the recipient-side boundary."""
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
    orgs = _receiving_orgs(hops, own_domains, recipient_domains)
    entry = _mark_sides(hops, orgs)
    return Chain(hops, total, entry, orgs)


def _receiving_orgs(hops: list[Hop], own: tuple[str, ...], recipients: tuple[str, ...]) -> set[str]:
    orgs = {registrable_domain(d) for d in own + recipients if d}
    for hop in reversed(hops):  # the topmost hop with a `by` names the final receiver
        if hop.by and not is_ip(hop.by) and "." in hop.by:
            orgs.add(registrable_domain(hop.by))
            break
    return {o for o in orgs if o}


def _in_orgs(host: str, orgs: set[str]) -> bool:
    host = normalise_host(host)
    return bool(host) and "." in host and any(same_org(host, o) for o in orgs)


def is_internal_ip(ip: str) -> bool:
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return addr.is_private or addr.is_loopback or addr.is_link_local


def _mark_sides(hops: list[Hop], orgs: set[str]) -> Hop | None:
    """Walk down from the newest hop while the recipient's servers recorded it; return the entry hop."""
    for hop in reversed(hops):
        if not hop.by and not hop.from_host:
            hop.side = "recipient"  # qmail/pickup lines with no hosts: local bookkeeping
            continue
        if hop.by and not _in_orgs(hop.by, orgs) and not is_internal_ip(hop.by) and "." in hop.by:
            return None
        hop.side = "recipient"
        local_from = _in_orgs(hop.from_host, orgs) or _in_orgs(hop.from_rdns, orgs)
        if hop.from_ip and is_internal_ip(hop.from_ip) and not hop.from_rdns:
            local_from = local_from or not hop.from_host or "." not in hop.from_host
        if hop.from_host.lower() in ("localhost", "127.0.0.1"):
            local_from = True
        if not local_from and (hop.from_host or hop.from_ip):
            return hop
    return None
