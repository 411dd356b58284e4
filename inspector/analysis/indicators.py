"""Every indicator a message carries (URL, domain, IP, address, hash), each with its role.

A CERT blocks what it is given. Exporting only what a finding flagged missed the landing page of a
phishing button, and exporting every string of the evidence blocked the outlet being imitated, GitHub
(named in X-Mailer) and the reader's own domain. So each indicator says who it belongs to:

- `attacker`: tracker and beacon hosts, every link of a message judged suspicious or dangerous, its
  sending servers outside the recipient's side, its From/Reply-To/Return-Path addresses, its attachments;
- `impersonated`: the real domains (and forged addresses) of the organisation the message imitates;
- `recipient`: the reader's own addresses, domains and servers;
- `benign`: references that block nobody's attack (X-Mailer project pages, XML namespaces, free-mail
  providers, link shorteners and hosting platforms as a whole, the parts of a message judged harmless).

Roles are decided from the report (its findings and verdict) and the parsed message; nothing is
fetched or looked up. Exports show only `attacker` unless asked (`role_sort`, docs/report-schema.md).
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Iterable, Iterator
from email.utils import getaddresses
from typing import Any
from urllib.parse import unquote

from ..model import Report
from ..parsing import Message
from ..texts import tr
from .common.brands import Brand, brand_of_domain, brands
from .common.context import MessageContext
from .common.domains import is_freemail, registrable_domain
from .common.ip_text import maybe_ip
from .common.urls import normalise
from .indicator_rules import IndicatorList
from .sender.addresses import plain_address_specs

MAX_INDICATORS = 5_000
MAX_HTML = 2_000_000
_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`{}|\\^]+", re.IGNORECASE)
_THREAT_LEVELS = ("suspicious", "dangerous")
_SENDER_HEADERS = ("from", "sender", "reply-to", "return-path", "disposition-notification-to", "return-receipt-to")
_RECIPIENT_HEADERS = ("to", "cc", "delivered-to", "x-original-to", "envelope-to", "x-envelope-to", "x-rcpt-to")
_VISIBLE = ("to", "cc")  # written by the sender: a campaign sent in Bcc puts its own address there
_TRACKING = ("beacon", "tracked_link", "read_receipt")


def indicators(message: Message | None, report: Report, context: MessageContext | None = None) -> list[dict[str, Any]]:
    """The record's `indicators`: one dict per distinct (type, value), the most protective role kept."""
    record = report.to_dict()
    imitated = _impersonated(record)
    senders = _sender_addresses(message)
    out = IndicatorList(
        threat=(record["verdict"].get("threat") or {}).get("level") in _THREAT_LEVELS,
        own=_own_domains(message, record, senders),
        impersonated={domain: brand for domain, (brand, _) in imitated.items()},
        limit=MAX_INDICATORS,
    )
    _from_findings(out, record)
    for domain, (brand, code) in imitated.items():
        reason = tr("A real domain of {brand}, which this message imitates.", brand=brand)
        out.domain(domain, "impersonated", reason, code, tr("named by the finding"))
    if message is not None:
        _from_links(out, message, context or MessageContext(message))
        _from_headers(out, message, senders)
    _from_sender(out, record)
    _from_received(out, record)
    _from_attachments(out, record)
    return out.items()


def _own_domains(message: Message | None, record: dict[str, Any], sender_addresses: set[str]) -> set[str]:
    """The recipient's side: configured own domains, receiving domains, the recipients' domains."""
    from .sender.settings import current_settings  # noqa: PLC0415 - settings live with the sender engine

    own = {d.lower() for d in current_settings().own_domains}
    own |= {str(d).lower() for d in (record.get("sender") or {}).get("receiving_domains") or []}
    senders = {a.rpartition("@")[2] for a in sender_addresses}
    for address in _recipient_addresses(message, record):
        own.add(address.rpartition("@")[2])
    for address in _recipient_addresses(message, record, visible=True):
        if address.rpartition("@")[2] not in senders:  # To: the sender's own address is not the reader's side
            own.add(address.rpartition("@")[2])
    return {d for d in own if d and not is_freemail(d)}  # gmail.com is not the reader's organisation


def _recipient_addresses(message: Message | None, record: dict[str, Any], *, visible: bool = False) -> set[str]:
    """Where the receiving servers delivered it (Delivered-To, Received `for`), or with `visible` To and Cc."""
    names = _VISIBLE if visible else tuple(n for n in _RECIPIENT_HEADERS if n not in _VISIBLE)
    values = [str((record.get("message") or {}).get("to") or "")] if visible else []
    if message is not None:
        values += [h.value for name in names for h in message.all_headers(name)]
    if not visible:
        values += [str(h.get("for") or "") for h in record.get("received") or [] if isinstance(h, dict)]
    return {a.lower() for a in _addresses(values)}


def _addresses(values: list[str]) -> list[str]:
    """The addresses (with an @) `getaddresses(values)` reads; plain lists without its parser."""
    plain = plain_address_specs(", ".join(values))
    return plain if plain is not None else [a for _, a in getaddresses(values) if "@" in a]


def _sender_addresses(message: Message | None) -> set[str]:
    """The addresses of the sender's headers (From, Reply-To, Return-Path…), lower-cased."""
    if message is None:
        return set()
    values = [h.value for name in _SENDER_HEADERS for h in message.all_headers(name)]
    return {a.lower() for a in _addresses(values)}


def _impersonated(record: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Registrable domain -> (organisation, finding code), for the brands the findings say this message imitates."""
    out: dict[str, tuple[str, str]] = {}
    by_name = _brands_by_name()
    for finding in record.get("findings") or []:
        evidence = finding.get("evidence")
        if not isinstance(evidence, dict) or finding.get("category") in _TRACKING:
            continue
        named = by_name.get(str(evidence.get("brand") or evidence.get("matched") or "").lower())
        for domain in evidence.get("brand_domains") or (named.domains if named else ()):
            brand = brand_of_domain(str(domain))
            out[registrable_domain(str(domain)) or str(domain)] = (
                brand.name if brand else str(domain),
                finding["code"],
            )
        for key in ("looks_like", "imitates"):
            value = evidence.get(key)
            for domain in value if isinstance(value, list) else [value]:
                if isinstance(domain, str) and "." in domain:
                    out[registrable_domain(domain) or domain] = (domain, finding["code"])
    return out


@functools.cache
def _brands_by_name() -> dict[str, Brand]:
    """Lower-cased organisation name -> organisation (the last of a name wins); the bundled list never changes."""
    return {b.name.lower(): b for b in brands()}


def _from_findings(out: IndicatorList, record: dict[str, Any]) -> None:
    """Tracking URLs are the tracker's, whatever the verdict; other flagged URLs are the lure's."""
    for finding in record.get("findings") or []:
        code = finding.get("code")
        reason = tr("Flagged by the analysis: {title}", title=finding.get("title") or code)
        where = finding.get("vector") or finding.get("header") or finding.get("part") or ""
        for url in _finding_urls(finding):
            if finding.get("category") in _TRACKING or out.threat or finding.get("category") in ("link", "content"):
                out.url(url, "attacker", reason, code, str(where))
            else:
                out.url(url, "benign", _not_a_threat(), code, str(where))


def _finding_urls(finding: dict[str, Any]) -> Iterator[str]:
    if finding.get("url"):
        yield str(finding["url"])
    evidence = finding.get("evidence")
    if finding.get("category") in ("sender", "parse") or not isinstance(evidence, dict):
        return  # sender evidence quotes headers: X-Mailer project pages, brands' real domains
    for item in evidence.get("items") or []:
        if isinstance(item, dict) and item.get("url"):
            yield str(item["url"])
    for text in _strings({k: v for k, v in evidence.items() if k not in ("items", "element")}):
        yield from (u.rstrip(".,;:)]") for u in _URL.findall(text))


def _from_links(out: IndicatorList, message: Message, context: MessageContext) -> None:
    """Every remote reference of every body: the lure's targets (and what a redirector wraps)."""
    for msg in message.walk_messages():
        for body in msg.html_bodies:
            if len(body.text) > MAX_HTML:
                continue
            _, refs = context.html(msg, body)
            for ref in refs:
                if ref.kind == "link" and ref.raw.lower().startswith("mailto:"):
                    _mailto(out, ref.raw)
                if ref.remote:
                    where = " ".join(ref.tag.get_text(" ").split())[:80] if ref.kind == "link" and ref.tag else ""
                    _link(out, ref.url, ref.wrapped, where or ref.vector)
        for body in msg.text_bodies:
            for match in _URL.finditer(body.text[:500_000]):
                target = normalise(match.group(0).rstrip(".,;:!?'\")]"))
                if target.remote:
                    _link(out, target.url, target.wrapped, tr("plain-text body, part {part}", part=body.part))


def _link(out: IndicatorList, url: str, wrapped: Iterable[str], where: str) -> None:
    if out.threat:
        reason = tr("A link or resource of a message judged suspicious or dangerous: where it leads is the lure.")
        out.url(url, "attacker", reason, None, where)
        inside = tr("The destination written inside a redirecting link of this message.")
        for inner in wrapped:
            out.url(inner, "attacker", inside, None, where)
    else:
        out.url(url, "benign", _not_a_threat(), None, where)


def _mailto(out: IndicatorList, raw: str) -> None:
    """`mailto:` links: in a lure, the address the reader is asked to write to is the attacker's."""
    reason = tr("A link or resource of a message judged suspicious or dangerous: where it leads is the lure.")
    for address in _addresses([unquote(raw[7:].split("?", 1)[0])]):
        out.address(address, *(("attacker", reason) if out.threat else ("benign", _not_a_threat())), None, "mailto")


def _not_a_threat() -> str:
    return tr("Part of a message not judged suspicious: listed for reference, not to block.")


def _from_headers(out: IndicatorList, message: Message, senders: set[str]) -> None:
    for name in _SENDER_HEADERS:
        for header in message.all_headers(name):
            for address in _addresses([header.value]):
                reason = tr("The {header} address of a message judged suspicious or dangerous.", header=header.name)
                role = "attacker" if out.threat else "benign"
                out.address(address, role, reason if out.threat else _not_a_threat(), None, header.name)
    reader = tr("The address of the reader of this message.")
    for name in _RECIPIENT_HEADERS:
        for header in message.all_headers(name):
            for address in _addresses([header.value]):
                if not (name in _VISIBLE and address.lower() in senders):
                    out.address(address, "recipient", reader, None, header.name)


def _from_sender(out: IndicatorList, record: dict[str, Any]) -> None:
    """What the sender summary names when the parsed message is not at hand (addresses, origin IP)."""
    sender = record.get("sender") or {}
    role = "attacker" if out.threat else "benign"
    reason = tr("The sender's address of a message judged suspicious or dangerous.") if out.threat else _not_a_threat()
    for key, header in (("from", "From"), ("sender", "Sender"), ("reply_to", "Reply-To")):
        value = sender.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict) and item.get("address"):
                out.address(str(item["address"]), role, reason, None, header)
    if sender.get("return_path"):
        out.address(str(sender["return_path"]), role, reason, None, "Return-Path")
    for url in _URL.findall(str(sender.get("mailer") or "")):
        mailer = tr("The mail program's project page, named in X-Mailer.")
        out.url(url.rstrip(".,;:)]"), "benign!", mailer, None, "X-Mailer")


def _from_received(out: IndicatorList, record: dict[str, Any]) -> None:
    """Servers before the recipient's first one are the sender's; the origin IP is where it entered."""
    origin = ((record.get("sender") or {}).get("origin") or {}).get("ip")
    role = "attacker" if out.threat else "benign"
    sending = tr("A server that sent this message, before it reached the recipient's side.")
    reason = sending if out.threat else _not_a_threat()
    for hop in record.get("received") or []:
        if not isinstance(hop, dict):
            continue
        where = tr("Received header, hop {hop}", hop=hop.get("hop"))
        ip = hop.get("from_ip")
        if hop.get("side") == "recipient" and ip != origin:
            own = tr("A server of the recipient's side that relayed this message.")
            _ip(out, ip, "recipient", own, where)
            out.domain(hop.get("from_rdns") or hop.get("from"), "recipient", own, None, where)
            out.domain(hop.get("by"), "recipient", own, None, where)
            continue
        _ip(out, ip, role, reason, where)
        out.domain(hop.get("from_rdns"), role, reason, None, where)
        own = tr("A server of the recipient's side that relayed this message.")
        if hop.get("side") == "recipient":
            out.domain(hop.get("by"), "recipient", own, None, where)
        else:
            out.domain(hop.get("by"), role, reason, None, where)
    if origin:
        _ip(out, origin, role, reason, tr("Received header: where the message entered the recipient's side"))


def _ip(out: IndicatorList, text: object, role: str, reason: str, where: str) -> None:
    text = str(text).strip("[]")
    if not maybe_ip(text):
        return  # not an address
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return
    if address.is_global:  # private and documentation addresses say nothing outside the victim's network
        out.add("ip", str(address), role, reason, None, where)


def _from_attachments(out: IndicatorList, record: dict[str, Any]) -> None:
    flagged = {
        str(f.get("part")): f.get("code")
        for f in record.get("findings") or []
        if f.get("part") and f.get("category") in ("attachment", "sender", "content")
    }
    for attachment in record.get("attachments") or []:
        value = str(attachment.get("sha256") or "")
        if not re.fullmatch(r"[0-9a-f]{64}", value):
            continue
        code = flagged.get(str(attachment.get("part")))
        where = str(attachment.get("filename") or tr("part {part}", part=attachment.get("part")))
        if out.threat or code:
            reason = tr("An attachment of a message judged suspicious or dangerous, or flagged itself.")
            out.add("sha256", value, "attacker", reason, code, where)
        else:
            out.add("sha256", value, "benign", _not_a_threat(), None, where)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)
