"""Who the reader is, and every form their identity takes in a URL.

The identities are the recipient addresses (To, Cc, Delivered-To, X-Original-To, and addresses found
in the message's URLs that are not the sender's) with the full name written beside each; `tokens.py`
searches URLs for the needles and digests made here. An address needs a real domain (`hero@2x.webp`
in a `srcset` is a retina image, not a reader), and a name needs first and last name.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
import struct
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from email.utils import getaddresses
from urllib.parse import quote, unquote

from ..common.urls import has_public_suffix

HASHES = ("md4", "md5", "sha1", "sha224", "sha256", "sha384", "sha512")
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}")
_MIN_PLAIN_LOCAL = 6  # shorter local parts ("info", "jo") match URLs by chance
MAX_URL_CHARS = 4096


@dataclass(frozen=True)
class Identity:
    address: str
    source: str  # header name, or "url" when found in a URL of the message
    name: str = ""  # the display name written with the address, when it is a full name


def recipient_identities(
    headers: list[tuple[str, str]], urls: list[str], *, exclude: set[str], lists: Collection[str] = frozenset()
) -> list[Identity]:
    """Recipient addresses (and their full names) from the headers, then addresses in URLs not the sender's.

    `lists` are the names of the mailing list the message came through (`list_names`): mail to a list
    has the list as To, and a link to the list's own page names the list, not whoever reads it."""
    out: dict[str, Identity] = {}
    for name, value in headers:
        named = _display_names(value)
        for addr in EMAIL.findall(value):
            if real_address(addr) and not _is_list(addr, lists):
                full = full_name(named.get(addr.lower(), ""))
                known = out.get(addr.lower())
                if known is None or (full and not known.name):
                    out[addr.lower()] = Identity(addr.lower(), known.source if known else name, full)
    for url in urls:
        if "@" in url or "%40" in url.lower():
            for addr in EMAIL.findall(unquote(unquote(url[:MAX_URL_CHARS]))):
                if addr.lower() not in exclude and real_address(addr) and not _is_list(addr, lists):
                    out.setdefault(addr.lower(), Identity(addr.lower(), "url"))
    return list(out.values())[:12]


def list_names(headers: list[tuple[str, str]]) -> set[str]:
    """The list's own names: its List-Id label and its List-Post address (and that address's local part)."""
    names: set[str] = set()
    for name, value in headers:
        low = name.lower()
        if low == "list-id" and (found := re.search(r"<([^<>@\s]+)>", value)):
            names.add(found.group(1).split(".")[0].lower())
        elif low == "list-post" and (found := re.search(r"mailto:([^>\s]+)", value, re.IGNORECASE)):
            names |= {found.group(1).lower(), found.group(1).split("@")[0].lower()}
    return names


def _is_list(address: str, lists: Collection[str]) -> bool:
    low = address.lower()
    return low in lists or low.split("@")[0] in lists


def _display_names(value: str) -> dict[str, str]:
    try:
        pairs = getaddresses([value[:4000]])
    except (ValueError, IndexError, TypeError, RecursionError):  # a hostile To line: no names, addresses still
        return {}
    return {addr.lower(): display for display, addr in pairs if "@" in addr}


_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})  # RFC 2606: names in test mail


def real_address(address: str) -> bool:
    """An address whose domain ends in a public suffix: `hero@2x.webp` (a retina image name) is not one."""
    domain = address.rpartition("@")[2].lower().rstrip(".")
    if domain.rpartition(".")[2] in _RESERVED_TLDS:
        return True
    return "." in domain and has_public_suffix(domain)


def full_name(display: str) -> str:
    """`Marie Dubois`, `Dubois, Marie` → `marie dubois`; a first name alone is no name (too many Maries).

    A two-word role ("Press office") passes: in a URL it names that mailbox as surely as a person's name."""
    text = display.strip().strip("'\"")
    if "," in text:
        last, _, first = text.partition(",")
        text = f"{first} {last}"
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = [w for w in re.split(r"[\s]+", plain.lower()) if w]
    if len(words) < 2 or len(words) > 4 or not all(re.fullmatch(r"[a-z][a-z'-]+", w) for w in words):
        return ""
    name = " ".join(words)
    return name if len(name.replace(" ", "")) >= 8 else ""


def plain_needles(address: str) -> list[tuple[str, dict]]:
    local = address.partition("@")[0]
    values = [("address", address)]
    if len(local) >= _MIN_PLAIN_LOCAL:
        values.append(("local part", local))
    out: list[tuple[str, dict]] = []
    for form, value in values:
        out.append((value, {"form": form, "encoding": "plain"}))
        out.append((quote(value, safe="").lower(), {"form": form, "encoding": "url-encoded"}))
        for name, enc in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
            token = enc(value.encode()).decode().rstrip("=")
            if len(token) >= 8:
                out.append((token.lower(), {"form": form, "encoding": name}))
        out.append((value.encode().hex(), {"form": form, "encoding": "hex"}))
    # Plain lower-case needles are compared with the lower-cased URL; keep them unique.
    return list({n: (n, i) for n, i in out}.values())


def _name_slugs(name: str) -> list[str]:
    words = name.split()
    slugs = {sep.join(words) for sep in (" ", "-", ".", "_", "+", "")}
    slugs |= {sep.join(reversed(words)) for sep in ("-", ".", "_")}
    return sorted(slugs)


def name_needles(name: str) -> list[tuple[str, dict]]:
    """The reader's full name as it goes into URLs: slugs, URL-encoded, base64 and hex of each."""
    out: list[tuple[str, dict]] = []
    for slug in _name_slugs(name):
        out.append((slug, {"form": "name", "encoding": "plain"}))
        out.append((quote(slug, safe="").lower(), {"form": "name", "encoding": "url-encoded"}))
        for label, enc in (("base64", base64.b64encode), ("base64url", base64.urlsafe_b64encode)):
            for cased in (slug, slug.title()):
                out.append((enc(cased.encode()).decode().rstrip("=").lower(), {"form": "name", "encoding": label}))
        out.append((slug.encode().hex(), {"form": "name", "encoding": "hex"}))
    return list({n: (n, i) for n, i in out}.values())


@functools.lru_cache(maxsize=64)
def name_digests(name: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for slug in _name_slugs(name):
        for name_ in ("md5", "sha1", "sha256"):
            out.setdefault(hexdigest(name_, slug.encode()), {"form": "name", "encoding": f"{name_}(lower)"})
    return out


@functools.lru_cache(maxsize=64)
def digests(address: str) -> dict[str, dict]:
    local, _, domain = address.partition("@")
    out: dict[str, dict] = {}
    for form, value in (("address", address), ("local part", local), ("domain", domain)):
        for case, cased in (("lower", value.lower()), ("upper", value.upper()), ("as written", value)):
            data = cased.encode()
            for name in HASHES:
                digest = hexdigest(name, data)
                out.setdefault(digest, {"form": form, "encoding": f"{name}({case})", "value": None})
                if case == "lower" and form == "address":
                    for outer in HASHES:
                        nested = hexdigest(outer, digest.encode())
                        out.setdefault(nested, {"form": form, "encoding": f"{outer}({name}(lower))", "value": None})
    return out


def hexdigest(name: str, data: bytes) -> str:
    return md4(data).hex() if name == "md4" else hashlib.new(name, data).hexdigest()


_MASK = 0xFFFFFFFF
# (word, shift) of each step of the three rounds (RFC 1320, 3.4).
_ROUND1 = tuple((i, (3, 7, 11, 19)[i % 4]) for i in range(16))
_ROUND2 = tuple(((i % 4) * 4 + i // 4, (3, 5, 9, 13)[i % 4]) for i in range(16))
_ROUND3 = tuple(zip((0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15), (3, 9, 11, 15) * 4, strict=True))


@functools.lru_cache(maxsize=4096)
def md4(data: bytes) -> bytes:
    """MD4 (RFC 1320) in pure Python: OpenSSL 3 builds of hashlib no longer offer it.

    Cached (bytes in, bytes out): the same addresses and their digests come back in many messages.
    The steps are written out (the schedule in tables, the rotation inline): 4,000 digests a corpus."""
    mask = _MASK
    msg = data + b"\x80" + b"\x00" * ((55 - len(data)) % 64) + struct.pack("<Q", len(data) * 8)
    a, b, c, d = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476
    for off in range(0, len(msg), 64):
        x = struct.unpack("<16I", msg[off : off + 64])
        aa, bb, cc, dd = a, b, c, d
        for k, s in _ROUND1:
            t = (a + ((b & c) | (~b & d)) + x[k]) & mask
            a, b, c, d = d, ((t << s) | (t >> (32 - s))) & mask, b, c
        for k, s in _ROUND2:
            t = (a + ((b & c) | (b & d) | (c & d)) + x[k] + 0x5A827999) & mask
            a, b, c, d = d, ((t << s) | (t >> (32 - s))) & mask, b, c
        for k, s in _ROUND3:
            t = (a + (b ^ c ^ d) + x[k] + 0x6ED9EBA1) & mask
            a, b, c, d = d, ((t << s) | (t >> (32 - s))) & mask, b, c
        a, b, c, d = (a + aa) & mask, (b + bb) & mask, (c + cc) & mask, (d + dd) & mask
    return struct.pack("<4I", a, b, c, d)
