"""The `from` clause of a Received line: who connected (IP and reverse name) and what it called itself.

The connecting address is the one the receiving server recorded in its TCP-info comment, not a
literal the client sent as HELO: in `from [192.168.1.3] (dsl.example.net [80.28.223.208])` the
client is 80.28.223.208 behind a NAT. Servers write this in many shapes:

    Postfix/Sendmail  from HELO (RDNS [IP])          from HELO (unknown [IP])
    Exim              from RDNS ([IP] helo=HELO)     from HELO ([IP]:PORT)
    qmail             from RDNS (HELO name) (IP)     from unknown (HELO name) (ident@IP)
    CommuniGate       from [IP] (HELO name)          from name ([IP] verified)
    Exchange          from HELO (IP)                 ecelerity  from ([IP:PORT] helo=HELO)

`unknown` is the receiver saying it found no reverse name, never a host name.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from ..common.ip_text import ipv4_value, maybe_ip

_HELO_WORD = re.compile(r"\b(?:helo|ehlo)(?:\s*=\s*|\s+|(?=\)|$))([^\s()=]*)", re.IGNORECASE)
_CLAIMING = re.compile(r"claiming to be \"?([^\s\"]+)\"?", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s()]+")
_V4_PORT = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){3})(?:[:.]\d{1,5})$")
_NOT_NAMES = {"unknown", "softdnserr", "may", "be", "forged", "verified", "unverified", "mail", "localhost.localdomain"}


@dataclass
class FromParts:
    helo: str = ""
    rdns: str = ""
    ip: str = ""
    rdns_unknown: bool = False


def clean_ip(token: str) -> str:
    """`[::ffff:1.2.3.4]`, `[IPv6:2001:db8::1]`, `user@1.2.3.4`, `1.2.3.4:25`, `[1.2.3.4].25` -> the address."""
    text = token.strip().strip(",;")
    text = text.rpartition("@")[2] if "@" in text else text
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    text = text.strip("[]")
    if text[:5].lower() == "ipv6:":
        text = text[5:]
    if match := _V4_PORT.match(text):
        text = match.group(1)
    candidate = text.split("%", 1)[0]
    if ipv4_value(candidate) is not None:
        return text  # what ipaddress gives a plain IPv4 address
    if not maybe_ip(candidate):
        return ""
    try:
        addr = ipaddress.ip_address(candidate)
    except ValueError:
        return ""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        return str(addr.ipv4_mapped)
    return text if addr.version == 4 else str(addr)


def _groups(clause: str) -> tuple[str, list[str]]:
    """The text outside top-level comments, and each top-level comment's text (nested ones inline)."""
    outside: list[str] = []
    comments: list[str] = []
    buf: list[str] = []
    depth = 0
    for ch in clause:
        if ch == "(":
            depth += 1
            if depth == 1:
                buf = []
                outside.append(" ")
                continue
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                comments.append("".join(buf))
                continue
        (buf if depth else outside).append(ch)
    if depth:
        comments.append("".join(buf))
    return "".join(outside), comments


def _without_helo(comment: str) -> str:
    return _HELO_WORD.sub(" ", _CLAIMING.sub(" ", comment))


def _is_name(word: str) -> bool:
    """A host name a server could have recorded: dotted (or localhost), not an address or a note."""
    word = word.strip(",;").rstrip(".")
    if not word or word.lower() in _NOT_NAMES or "@" in word or word.startswith(("[", "?")) or clean_ip(word):
        return False
    return "." in word or word.lower() == "localhost"


def _tcp_info(comments: list[str]) -> tuple[int, str, bool]:
    """(index of the comment, address, bracketed?) of the receiver's record of the connection."""
    best: tuple[int, str, bool] | None = None
    for i, comment in enumerate(comments):
        for token in _TOKEN.findall(_without_helo(comment)):
            ip = clean_ip(token)
            if not ip:
                continue
            bracketed = token.lstrip("(").startswith("[")
            if bracketed:
                return i, ip, True
            if best is None:
                best = (i, ip, False)
    return best if best is not None else (-1, "", False)


def read_from(clause: str) -> FromParts:
    """Split a `from` clause into HELO, reverse name, connecting IP; never raises."""
    parts = FromParts()
    if not clause.strip():
        return parts
    outside, comments = _groups(clause)
    words = outside.split()
    first = words[0] if words else ""
    index, ip, _ = _tcp_info(comments)
    if not ip:  # `from host [1.2.3.4]` (fetchmail, Exim 3), or the HELO literal itself
        ip = next((clean_ip(w) for w in words[1:] if w.startswith("[") and clean_ip(w)), "") or clean_ip(first)
    parts.ip = ip
    helo = _stated_helo([*comments, outside])
    info = comments[index] if index >= 0 else ""
    rdns_words = [w for w in _TOKEN.findall(_without_helo(info)) if not clean_ip(w)]
    lead = rdns_words[0].strip(",;").rstrip(".") if rdns_words else ""
    if lead.lower() in ("unknown", "softdnserr") and info.strip().lower().startswith(lead.lower()):
        parts.rdns_unknown = lead.lower() == "unknown"
    elif _is_name(lead) and info.lstrip().startswith(lead):
        parts.rdns = lead
    qmail_like = index >= 0 and not _bracketed(info)
    if any(c.strip().lower() == "unknown" for c in comments):  # `from name (unknown)`: no address, no name
        parts.rdns_unknown = True
    if first.lower() == "unknown":
        parts.rdns_unknown = True
        first = ""
    if helo is not None:  # the receiver quoted the HELO: the leading name is its reverse lookup
        if not parts.rdns and _is_name(first) and not parts.rdns_unknown:
            parts.rdns = first.rstrip(".")
        parts.helo = helo
    else:
        parts.helo = first
        verified = re.search(r"(?<!un)verified", info, re.IGNORECASE)
        if (qmail_like or verified) and not parts.rdns and _is_name(first) and not parts.rdns_unknown:
            parts.rdns = first.rstrip(".")  # qmail/Exchange `from name (IP)`, CommuniGate `[IP] verified`
    return _exim3(parts, words, comments)


def _bracketed(comment: str) -> bool:
    return any(t.lstrip("(").startswith("[") and clean_ip(t) for t in _TOKEN.findall(comment))


def _stated_helo(comments: list[str]) -> str | None:
    """The HELO name the receiver recorded (`helo=x`, `(HELO x)`, `claiming to be "x"`), if it did."""
    for i, comment in enumerate(comments):
        if match := _CLAIMING.search(comment):
            return match.group(1)
        if i < len(comments) - 1 and (match := _HELO_WORD.search(comment)):
            return match.group(1).strip(",;")
    return None


def _exim3(parts: FromParts, words: list[str], comments: list[str]) -> FromParts:
    """Exim 3 wrote `from RDNS (HELO) [IP]`: a bare name in the comment with the address outside."""
    outside_ip = any(w.startswith("[") and clean_ip(w) for w in words[1:])
    if outside_ip and comments and _is_name(comments[0].strip()) and _is_name(words[0] if words else ""):
        return FromParts(helo=comments[0].strip(), rdns=words[0], ip=parts.ip, rdns_unknown=parts.rdns_unknown)
    return parts
