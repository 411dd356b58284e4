"""DKIM signatures read offline: body hash, covered headers, `l=`, times, algorithm; DNS only when asked.

dkimpy 1.1.8 fetches the public key before it checks `bh=`, so a key-less body check has to
canonicalise the body itself; it does so with dkimpy's own canonicalisation code.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ...parsing import Message
from ..common.domains import registrable_domain

log = logging.getLogger(__name__)
_HASHES = {b"rsa-sha256": hashlib.sha256, b"ed25519-sha256": hashlib.sha256, b"rsa-sha1": hashlib.sha1}


@dataclass
class Signature:
    """One DKIM-Signature header and what could be checked without a key."""

    index: int  # among DKIM-Signature headers, 0 = topmost (dkimpy's idx)
    header_index: int
    raw: str
    tags: dict[str, str]
    body_hash_ok: bool | None = None  # None: not checked (unknown algorithm, no raw bytes)
    body_length: int | None = None  # l=
    body_size: int | None = None  # canonical body length
    signed_headers: list[str] = field(default_factory=list)
    online: str | None = None  # "pass"/"fail"/error text when verified online

    @property
    def domain(self) -> str:
        return self.tags.get("d", "").lower().strip()

    @property
    def org(self) -> str:
        return registrable_domain(self.domain)

    def to_dict(self) -> dict[str, Any]:
        return {
            "d": self.domain,
            "s": self.tags.get("s", ""),
            "a": self.tags.get("a", ""),
            "c": self.tags.get("c", "simple/simple"),
            "h": self.signed_headers,
            "l": self.body_length,
            "t": self.tags.get("t"),
            "x": self.tags.get("x"),
            "body_hash_ok": self.body_hash_ok,
            "online": self.online,
        }


def read_signatures(message: Message) -> list[Signature]:
    """Every DKIM-Signature, with its body hash checked against the raw message bytes."""
    found = [(i, h) for i, h in enumerate(message.headers) if h.name.lower() == "dkim-signature"]
    if not found:
        return []
    sigs = []
    for n, (pos, header) in enumerate(found):
        tags = _tags(header.raw)
        sig = Signature(n, pos, header.raw, tags)
        sig.signed_headers = [x.strip().lower() for x in tags.get("h", "").split(":") if x.strip()]
        if tags.get("l", "").isdigit():
            sig.body_length = int(tags["l"])
        sigs.append(sig)
    if message.format == "eml" and message.raw:
        _check_body_hashes(message.raw, sigs)
    return sigs


def _tags(raw: str) -> dict[str, str]:
    out = {}
    for part in raw.split(";"):
        key, sep, value = part.partition("=")
        if sep:
            out[key.strip().lower()] = (
                re.sub(r"\s+", "", value) if key.strip().lower() in ("b", "bh", "h") else value.strip()
            )
    return out


def _check_body_hashes(raw: bytes, sigs: list[Signature]) -> None:
    try:
        # heavy (cryptography): only messages that carry signatures pay
        from dkim.canonicalization import CanonicalizationPolicy  # noqa: PLC0415

        body = message_body(raw)
    except Exception as exc:  # noqa: BLE001 - a damaged message still gets a report
        log.debug("cannot split message for DKIM: %s", exc)
        return
    cache: dict[tuple[bytes, str], bytes] = {}
    for sig in sigs:
        algo = _HASHES.get(sig.tags.get("a", "").encode().lower())
        c_value = sig.tags.get("c", "simple/simple").encode()
        expected = sig.tags.get("bh", "")
        if algo is None or not expected:
            continue
        try:
            key = (c_value, algo().name)
            if (c_value, "body") not in cache:
                policy = CanonicalizationPolicy.from_c_value(c_value)
                cache[(c_value, "body")] = policy.canonicalize_body(body)
            canonical = cache[(c_value, "body")]
            sig.body_size = len(canonical)
            if key not in cache:
                cache[key] = algo(canonical).digest()
            digest = cache[key] if sig.body_length is None else algo(canonical[: sig.body_length]).digest()
            sig.body_hash_ok = digest == base64.b64decode(expected + "=" * (-len(expected) % 4))
        except Exception as exc:  # noqa: BLE001 - unknown canonicalisation, bad base64
            log.debug("body hash not checked: %s", exc)


_NEWLINE = re.compile(rb"\r?\n")
_FIELD_NAME = re.compile(rb"[\x21-\x7e]+?:")


def message_body(raw: bytes) -> bytes:
    """What `dkim.rfc822_parse(raw)[1]` gives (the body, lines joined by CRLF), raising where it raises
    (a header line that is neither a field, a continuation nor `From `), without splitting the whole
    message into lines: only the header lines are looked at one by one."""
    start, fields = 0, 0
    for separator in _NEWLINE.finditer(raw):
        line = raw[start : separator.start()]
        if not line:
            return raw[separator.end() :].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")  # every line end CRLF
        fields += _header_line(line, fields)
        start = separator.end()
    if start < len(raw):
        _header_line(raw[start:], fields)  # the last line, with no line end: a header too
    return b""


def _header_line(line: bytes, fields: int) -> int:
    """1 for a new field, 0 for a continuation or a `From ` line; raises as rfc822_parse does."""
    if line[0] in (0x09, 0x20):
        if not fields:
            raise ValueError("continuation line before any header field")
        return 0
    if _FIELD_NAME.match(line):
        return 1
    if line.startswith(b"From "):
        return 0
    raise ValueError("unexpected characters in a header line")


def sig_time(sig: Signature, tag: str) -> datetime | None:
    value = sig.tags.get(tag, "")
    if not value.isdigit() or len(value) > 12:
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def verify_online(message: Message, sigs: list[Signature], *, dns_log: list[str] | None = None) -> None:
    """Opt-in only: verify each signature with a DNS key lookup (the query reaches the signer's DNS)."""
    if message.format != "eml" or not message.raw or not sigs:
        return
    import dkim  # noqa: PLC0415
    import dkim.dnsplug  # noqa: PLC0415

    def lookup(name: bytes, timeout: int = 5) -> bytes | None:
        if dns_log is not None:
            dns_log.append(name.decode("ascii", "replace"))
        return dkim.dnsplug.get_txt(name, timeout=timeout)  # looked up at call time so tests can spy

    verifier = dkim.DKIM(message.raw)
    for sig in sigs:
        sig.online = _verify_one(verifier, sig.index, lookup)


def _verify_one(verifier: Any, idx: int, lookup: Callable[..., bytes | None]) -> str:
    try:
        return "pass" if verifier.verify(idx=idx, dnsfunc=lookup) else "fail"
    except Exception as exc:  # noqa: BLE001 - DNS errors, bad keys: a reason, not a crash
        return f"error: {type(exc).__name__}: {exc}"[:200]
