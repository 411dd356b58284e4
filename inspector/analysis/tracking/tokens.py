"""Does a URL say *who* the recipient is? Encoded addresses, ESP subscriber ids, opaque per-user ids.

This is what turns an "open" into "*you* opened it". We search each URL (path, query, fragment,
percent-decoded) for every recipient identity - the addresses in To/Cc/Delivered-To/X-Original-To,
and addresses that appear in the URLs themselves, since headers are often rewritten or anonymised
while URLs are not - as the full address, local part and domain, in plain text, URL-encoded,
base64 (standard/URL-safe, padded or not), hex, and hashed with MD4, MD5, SHA-1, SHA-224/256/384/512
(lower and upper case, and one level of hash-of-hash). Encodings come from Englehardt et al. 2018,
PrivacyMail and our corpus (hex, SHA-256). Without an identity match, known per-user parameters
(Mailchimp `e=`, `mc_eid`, ...) and long random-looking tokens are reported as subscriber ids.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import itertools
import math
import re
import struct
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlsplit

_HASHES = ("md4", "md5", "sha1", "sha224", "sha256", "sha384", "sha512")
_HEX_RUN = re.compile(r"[0-9a-fA-F]{32,128}")
_B64_RUN = re.compile(r"[A-Za-z0-9+/_\-]{12,}={0,2}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}")
_PIECES = re.compile(r"[-_.~,;:+!*|=/ ]+")
_MIN_PLAIN_LOCAL = 6  # shorter local parts ("info", "jo") match URLs by chance
MAX_URL_CHARS = 4096

# Query keys that carry a subscriber/contact id (documented by the ESPs or seen in the corpus).
PER_USER_PARAMS = {
    "mc_eid": "Mailchimp subscriber id",
    "_kx": "Klaviyo profile id",
    "mkt_tok": "Marketo per-lead token",
    "_hsenc": "HubSpot contact token",
    "vero_id": "Vero user id",
    "ecmuid": "recipient id",
    "rid": "recipient id (GoPhish style)",
    "subscriber_id": "subscriber id",
    "subscriberid": "subscriber id",
    "recipient_id": "recipient id",
    "recipientid": "recipient id",
    "contact_id": "contact id",
    "contactid": "contact id",
    "user_id": "user id",
    "userid": "user id",
    "uid": "user id",
    "member_id": "member id",
    "email": "e-mail address",
    "mail": "e-mail address",
}
# Host-scoped keys: "e" is Mailchimp's subscriber id on list-manage.com but means nothing elsewhere.
HOST_PER_USER = {"list-manage.com": {"e": "Mailchimp subscriber id"}, "mailchimp.com": {"e": "Mailchimp subscriber id"}}
HOST_CAMPAIGN = {"list-manage.com": {"u", "id", "c"}, "mailchimp.com": {"u", "id", "c"}}
_CAMPAIGN_PREFIXES = ("utm_", "mtm_", "pk_", "piwik_", "matomo_", "hsa_")
_CAMPAIGN_KEYS = frozenset({"mc_cid", "_hsmi", "campaign", "campaign_id", "newsletter", "lang", "locale", "static"})


@dataclass(frozen=True)
class Identity:
    address: str
    source: str  # header name, or "url" when found in a URL of the message


def recipient_identities(headers: list[tuple[str, str]], urls: list[str], *, exclude: set[str]) -> list[Identity]:
    """Recipient addresses from the headers, then addresses in URLs that are not the sender's."""
    out: dict[str, Identity] = {}
    for name, value in headers:
        for addr in _EMAIL.findall(value):
            out.setdefault(addr.lower(), Identity(addr.lower(), name))
    for url in urls:
        if "@" in url or "%40" in url.lower():
            for addr in _EMAIL.findall(unquote(unquote(url[:MAX_URL_CHARS]))):
                if addr.lower() not in exclude:
                    out.setdefault(addr.lower(), Identity(addr.lower(), "url"))
    return list(out.values())[:12]


class TokenFinder:
    """Built once per message from its identities; `find(url)` returns a `recipient_token` dict."""

    def __init__(self, identities: list[Identity]) -> None:
        self.plain: list[tuple[str, dict]] = []
        self.digests: dict[str, dict] = {}
        for ident in identities:
            for needle, info in _plain_needles(ident.address):
                self.plain.append((needle, {"identity": ident.address, "source": ident.source, **info}))
            for digest, info in _digests(ident.address).items():
                self.digests.setdefault(digest, {"identity": ident.address, "source": ident.source, **info})

    def find(self, url: str, *, host: str = "", domain: str = "") -> dict | None:
        url = url[:MAX_URL_CHARS]
        return self._identity(url) or _known_param(url, domain) or _likely_id(url, domain)

    def _identity(self, url: str) -> dict | None:
        places = _places(url)
        for where, text in places:
            low = text.lower()
            for needle, info in self.plain:
                if needle in low:
                    return {"kind": "identity", **info, "where": where, "value": _short(text)}
            for run in _HEX_RUN.findall(text):
                hit = self.digests.get(run.lower())
                if hit:
                    return {"kind": "identity", **hit, "where": where, "value": _short(run)}
            for run in _B64_RUN.findall(text):
                decoded = _b64(run)
                if decoded:
                    for needle, info in self.plain:
                        if info["encoding"] == "plain" and needle in decoded:
                            enc = f"base64({info['form']})"
                            return {"kind": "identity", **info, "encoding": enc, "where": where, "value": _short(run)}
        return None


def _places(url: str) -> list[tuple[str, str]]:
    try:
        parts = urlsplit(url)
    except ValueError:
        return [("url", url)]
    out = [("path", unquote(parts.path))]
    out += [(f"query:{k}", v) for k, v in parse_qsl(parts.query, keep_blank_values=False)]
    if parts.fragment:
        out.append(("fragment", unquote(parts.fragment)))
    return out


def _plain_needles(address: str) -> list[tuple[str, dict]]:
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


@functools.lru_cache(maxsize=64)
def _digests(address: str) -> dict[str, dict]:
    local, _, domain = address.partition("@")
    out: dict[str, dict] = {}
    for form, value in (("address", address), ("local part", local), ("domain", domain)):
        for case, cased in (("lower", value.lower()), ("upper", value.upper()), ("as written", value)):
            data = cased.encode()
            for name in _HASHES:
                digest = _hexdigest(name, data)
                out.setdefault(digest, {"form": form, "encoding": f"{name}({case})", "value": None})
                if case == "lower" and form == "address":
                    for outer in _HASHES:
                        nested = _hexdigest(outer, digest.encode())
                        out.setdefault(nested, {"form": form, "encoding": f"{outer}({name}(lower))", "value": None})
    return out


def _hexdigest(name: str, data: bytes) -> str:
    return md4(data).hex() if name == "md4" else hashlib.new(name, data).hexdigest()


def _known_param(url: str, domain: str) -> dict | None:
    try:
        pairs = parse_qsl(urlsplit(url).query, keep_blank_values=False)
    except ValueError:
        return None
    scoped = HOST_PER_USER.get(domain, {})
    for key, value in pairs:
        low = key.lower()
        label = scoped.get(low) or PER_USER_PARAMS.get(low)
        if label and len(value) >= 4:
            return {"kind": "subscriber_id", "identity": None, "encoding": label, "where": f"query:{key}",
                    "value": _short(value)}  # fmt: skip
    return None


# Public image and file hosts: file names there are chosen by whoever uploaded the picture, once for
# every reader, so a random-looking name is not a per-recipient id.
PUBLIC_IMAGE_HOSTS = frozenset(
    {
        "imgur.com", "cloudfront.net", "twimg.com", "googleusercontent.com", "ggpht.com", "gstatic.com",
        "akamaihd.net", "akamaized.net", "fbcdn.net", "pinimg.com", "staticflickr.com", "flickr.com",
        "wp.com", "ibb.co", "postimg.cc", "imageshack.com", "giphy.com", "tenor.com", "shopify.com",
        "cdninstagram.com", "licdn.com", "ytimg.com", "wikimedia.org", "imgix.net", "cloudinary.com",
    }
)  # fmt: skip


def _likely_id(url: str, domain: str) -> dict | None:
    """A random-looking token in the path or a non-campaign query value: probably a per-recipient id."""
    if domain in PUBLIC_IMAGE_HOSTS:
        return None
    try:
        parts = urlsplit(url)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        return None
    campaign = HOST_CAMPAIGN.get(domain, set())
    segments = [seg for seg in unquote(parts.path).split("/") if seg]
    places = [(f"path[{i}]", seg) for i, seg in enumerate(segments) if not _content_hash_name(seg)]
    # A bare query key (`?o00y05e...`) is a token too (Inxmail).
    places += [(f"query:{k}", v or k) for k, v in pairs if v or len(k) >= 16]
    places = [(w, v) for w, v in places if not (w.startswith("query:") and _campaign_key(w[6:], campaign))]
    for where, text in places:
        token = _random_piece(text)
        if token:
            return {"kind": "likely_id", "identity": None, "encoding": "opaque", "where": where, "value": _short(text)}
    return None


_CONTENT_HASH = re.compile(
    r"^(?:[0-9a-f]{24,64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_\d+)?"
    r"\.(?:png|jpe?g|gif|webp|svg|bmp)$",
    re.IGNORECASE,
)


def _content_hash_name(segment: str) -> bool:
    """`<md5>.png`, `<uuid>.jpg`: content-addressed image files, named after the image, not the reader."""
    return bool(_CONTENT_HASH.match(segment))


def _campaign_key(key: str, campaign: set[str]) -> bool:
    low = key.lower()
    return low in campaign or low in _CAMPAIGN_KEYS or low.startswith(_CAMPAIGN_PREFIXES)


def _random_piece(text: str) -> str | None:
    if len(text) < 6:
        return None
    for piece in _PIECES.split(text):
        if len(piece) >= 6 and _looks_random(piece):
            return piece
    return None


def _looks_random(piece: str) -> bool:
    has_digit = any(c.isdigit() for c in piece)
    if piece.isdigit():
        return len(piece) >= 12
    changes = _class_changes(piece)
    if not has_digit:
        # Mixed case changing at least four times in a short piece (`zVyFumr`) is not a word.
        return changes >= 6 if len(piece) >= 12 else changes >= 4 and piece.isalpha()
    if len(piece) >= 10 and all(c in "0123456789abcdefABCDEF" for c in piece):
        return True
    digits = sum(c.isdigit() for c in piece)
    # Short mixes such as `56j5nsfv`: two sibling tokens of one campaign must both count.
    if changes >= 3 and digits >= 2 and len(piece) - digits >= 2 and piece.isalnum():
        return True
    return changes >= 4 or (len(piece) >= 20 and changes >= 3 and _entropy(piece) >= 3.5)


def _class_changes(piece: str) -> int:
    def cls(c: str) -> int:
        return 0 if c.isdigit() else 1 if c.islower() else 2 if c.isupper() else 3

    return sum(1 for a, b in itertools.pairwise(piece) if cls(a) != cls(b))


def _entropy(text: str) -> float:
    counts: dict[str, int] = {}
    for c in text:
        counts[c] = counts.get(c, 0) + 1
    n = len(text)
    return -sum(k / n * math.log2(k / n) for k in counts.values())


def _b64(run: str) -> str | None:
    try:
        data = base64.urlsafe_b64decode(run.replace("+", "-").replace("/", "_").rstrip("=") + "=" * (-len(run) % 4))
    except (binascii.Error, ValueError):
        return None
    try:
        return data.decode("utf-8").lower()
    except UnicodeDecodeError:
        return None


def _short(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def md4(data: bytes) -> bytes:
    """MD4 (RFC 1320) in pure Python: OpenSSL 3 builds of hashlib no longer offer it."""
    mask = 0xFFFFFFFF

    def rotl(x: int, s: int) -> int:
        return ((x << s) | (x >> (32 - s))) & mask

    msg = data + b"\x80" + b"\x00" * ((55 - len(data)) % 64) + struct.pack("<Q", len(data) * 8)
    a, b, c, d = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476
    for off in range(0, len(msg), 64):
        x = struct.unpack("<16I", msg[off : off + 64])
        aa, bb, cc, dd = a, b, c, d
        for i in range(16):
            k, s = i, (3, 7, 11, 19)[i % 4]
            f = (b & c) | (~b & d)
            a, b, c, d = d, rotl((a + f + x[k]) & mask, s), b, c
        for i in range(16):
            k, s = (i % 4) * 4 + i // 4, (3, 5, 9, 13)[i % 4]
            g = (b & c) | (b & d) | (c & d)
            a, b, c, d = d, rotl((a + g + x[k] + 0x5A827999) & mask, s), b, c
        for i in range(16):
            k, s = (0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15)[i], (3, 9, 11, 15)[i % 4]
            h = b ^ c ^ d
            a, b, c, d = d, rotl((a + h + x[k] + 0x6ED9EBA1) & mask, s), b, c
        a, b, c, d = (a + aa) & mask, (b + bb) & mask, (c + cc) & mask, (d + dd) & mask
    return struct.pack("<4I", a, b, c, d)
