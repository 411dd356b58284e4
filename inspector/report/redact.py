"""The record with the reader taken out, for sharing: their address, name and every token that names them.

A report sent to a CERT or a colleague should say what the attacker did, not who was targeted: a
tracking URL carries the reader's address in base64 or as an MD5, and the Received lines, the To
header and the findings quote it. `redact_record` returns a copy of the record in which each of these
is replaced by `[recipient]`; every export (text, CSV, STIX, MISP, JSON, HTML, PDF, the bundle's
reports) renders from that copy. The preserved original in the bundle is never touched.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from email.utils import getaddresses
from typing import Any
from urllib.parse import quote, quote_plus

PLACEHOLDER = "[recipient]"
_MIN_TOKEN = 8  # shorter values (a local part like "info") would blank out ordinary words
_HASHES = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")


def redact_record(record: dict[str, Any], placeholder: str = PLACEHOLDER) -> dict[str, Any]:
    """A copy of `record` with every recipient secret replaced by `placeholder`, indicators deduplicated."""
    secrets = recipient_secrets(record)
    if not secrets:
        return _copy(record, None, placeholder)
    pattern = re.compile("|".join(re.escape(s) for s in sorted(secrets, key=len, reverse=True)), re.IGNORECASE)
    out = _copy(record, pattern, placeholder)
    out["indicators"] = _dedupe(out.get("indicators") or [])
    out["redacted"] = True
    return out


def recipient_secrets(record: dict[str, Any]) -> set[str]:
    """The reader's addresses and full names, their encoded forms, and the tokens the findings decoded."""
    addresses, names = set(), set()
    message = record.get("message") or {}
    for name, address in getaddresses([str(message.get("to") or "")]):
        addresses.add(address)
        names.add(name)
    for item in record.get("indicators") or []:
        if isinstance(item, dict) and item.get("role") == "recipient" and item.get("type") == "email":
            addresses.add(str(item.get("value") or ""))
    for hop in record.get("received") or []:
        if isinstance(hop, dict):
            addresses.update(a for _, a in getaddresses([str(hop.get("for") or "")]))
    secrets: set[str] = set()
    for finding in record.get("findings") or []:
        token = finding.get("recipient_token") if isinstance(finding, dict) else None
        if isinstance(token, dict):
            identity = str(token.get("identity") or "")
            (addresses if "@" in identity else names).add(identity)
            secrets.update(_token_pieces(str(token.get("value") or "")))
    for address in (a.strip().lower() for a in addresses):
        if "@" in address:
            secrets.update(_encodings(address))
    for name in (n.strip() for n in names):
        if len(name) >= 5 and "@" not in name:  # a full name; "Bob" alone would blank every Bob
            secrets.update({name, name.lower().replace(" ", "."), name.lower().replace(" ", "-")})
    return {s for s in secrets if len(s) >= 5}


def _encodings(address: str) -> Iterable[str]:
    """The forms a tracker writes an address in (as tracking/tokens.py searches them)."""
    yield address
    yield quote(address, safe="")
    yield quote_plus(address)
    raw = address.encode()
    for encoded in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
        text = encoded.decode()
        yield text
        yield text.rstrip("=")
        yield quote(text, safe="")
    for name in _HASHES:
        yield hashlib.new(name, raw).hexdigest()


def _token_pieces(value: str) -> Iterable[str]:
    """A decoded token's value: a query value as it is; in a path, the segments long enough to be an id."""
    if "/" not in value:
        if len(value) >= _MIN_TOKEN:
            yield value
        return
    for segment in value.split("/"):
        stem = segment.rsplit(".", 1)[0] if "." in segment else segment
        if len(stem) >= _MIN_TOKEN:
            yield stem


def _copy(value: Any, pattern: re.Pattern[str] | None, placeholder: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(placeholder, value) if pattern else value
    if isinstance(value, dict):
        return {k: _copy(v, pattern, placeholder) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_copy(v, pattern, placeholder) for v in value]
    return value


def _dedupe(items: list[Any]) -> list[Any]:
    seen, out = set(), []
    for item in items:
        key = (item.get("type"), item.get("value")) if isinstance(item, dict) else id(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out
