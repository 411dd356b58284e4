"""Indicators of compromise from a report (URLs, domains, IPs, addresses, hashes), defanged for sharing.

Analysts paste these into tickets and chat; a live link there is one click from a visit to the
attacker, so the default text is defanged (`hxxps://host[.]tld/path`) and plain is opt-in.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import getaddresses
from typing import Any
from urllib.parse import urlsplit

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`{}|\\^]+", re.IGNORECASE)
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b")
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DOMAIN = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9\-]{2,59})$")


@dataclass
class Iocs:
    """Each list keeps first-seen order and holds no duplicates."""

    urls: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    ips: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    sha256: list[str] = field(default_factory=list)

    def add(self, kind: str, value: str) -> None:
        bucket: list[str] = getattr(self, kind)
        if value and value not in bucket:
            bucket.append(value)

    def __bool__(self) -> bool:
        return any((self.urls, self.domains, self.ips, self.emails, self.sha256))


def collect(report: dict[str, Any]) -> Iocs:
    """IOCs of a report as `Report.to_dict()` shapes it; missing keys are fine."""
    iocs = Iocs()
    for finding in report.get("findings") or []:
        for key in ("url", "host", "domain"):
            _add_text(iocs, finding.get(key))
        for text in _strings(finding.get("evidence")):
            _add_text(iocs, text)
    message = report.get("message") or {}
    for key in ("from",):
        _add_addresses(iocs, message.get(key))
    for text in _sender_values(report.get("sender") or {}):
        _add_text(iocs, text)
    for hop in report.get("received") or []:
        if isinstance(hop, dict) and hop.get("trusted") is not True and hop.get("side") != "recipient":
            _add_text(iocs, hop.get("ip") or hop.get("from_ip"))
    for attachment in report.get("attachments") or []:
        value = str(attachment.get("sha256") or "")
        if _SHA256.match(value):
            iocs.add("sha256", value)
    return iocs


def _sender_values(sender: dict[str, Any]) -> Iterator[str]:
    """Addresses and the origin IP from the sender summary (not its free text: X-Mailer names URLs)."""
    for key in ("from", "sender", "reply_to", "return_path"):
        value = sender.get(key)
        for item in value if isinstance(value, list) else [value]:
            yield from _strings(item.get("address") if isinstance(item, dict) else item)
    origin = sender.get("origin")
    if isinstance(origin, dict):
        yield from _strings(origin.get("ip"))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _add_addresses(iocs: Iocs, value: object) -> None:
    if isinstance(value, str):
        for _, address in getaddresses([value]):
            _add_text(iocs, address)


def _add_text(iocs: Iocs, text: object) -> None:
    if not isinstance(text, str) or not text:
        return
    for url in _URL.findall(text):
        url = url.rstrip(".,;:)]")
        iocs.add("urls", url)
        _add_host(iocs, urlsplit(url).hostname or "")
    for address in _EMAIL.findall(text):
        iocs.add("emails", address.lower())
        _add_host(iocs, address.rsplit("@", 1)[1])
    for candidate in _IPV4.findall(text):
        _add_ip(iocs, candidate)
    stripped = text.strip().strip("[]").lower()
    if _DOMAIN.match(stripped):
        iocs.add("domains", stripped)
    elif ":" in stripped:
        _add_ip(iocs, stripped)


def _add_host(iocs: Iocs, host: str) -> None:
    host = host.lower().strip("[]")
    if _DOMAIN.match(host):
        iocs.add("domains", host)
    else:
        _add_ip(iocs, host)


def _add_ip(iocs: Iocs, text: str) -> None:
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return
    if address.is_global:  # private and loopback addresses say nothing outside the victim's network
        iocs.add("ips", str(address))


def defang(value: str) -> str:
    """`https://evil.example/x` -> `hxxps://evil[.]example/x`; `a@b.c` -> `a[@]b[.]c`; `1.2.3.4` -> `1.2.3[.]4`."""
    match = re.match(r"(?i)^(https?|ftp)://([^/?#]*)(.*)$", value, re.DOTALL)
    if match:
        scheme = {"http": "hxxp", "https": "hxxps", "ftp": "fxp"}[match.group(1).lower()]
        return f"{scheme}://{match.group(2).replace('.', '[.]')}{match.group(3)}"
    if "@" in value:
        local, _, host = value.rpartition("@")
        return f"{local}[@]{_defang_host(host)}"
    return _defang_host(value)


def _defang_host(host: str) -> str:
    if _IPV4.fullmatch(host):
        head, _, last = host.rpartition(".")
        return f"{head}[.]{last}"
    if ":" in host and not host.startswith("["):
        return host.replace(":", "[:]")
    return host.replace(".", "[.]")


_SECTIONS = (("urls", "URLs"), ("domains", "Domains"), ("ips", "IP addresses"), ("emails", "Email addresses"))


def format_iocs(iocs: Iocs, *, defanged: bool = True, headings: Iterable[tuple[str, str]] = _SECTIONS) -> str:
    """Plain text, one indicator per line, grouped under headings; hashes are never defanged."""
    blocks = []
    for kind, heading in (*headings, ("sha256", "SHA-256")):
        values = getattr(iocs, kind)
        if values:
            shown = values if kind == "sha256" or not defanged else [defang(v) for v in values]
            blocks.append(f"# {heading}\n" + "\n".join(shown))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def defang_text(text: str) -> str:
    """Free text with every URL in it defanged (for copying a finding's evidence)."""
    return _URL.sub(lambda m: defang(m.group(0)), text)
