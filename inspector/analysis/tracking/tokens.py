"""Does a URL say *who* the recipient is? Encoded addresses, ESP subscriber ids, opaque per-user ids.

This is what turns an "open" into "*you* opened it". We search each URL (path, query, fragment,
percent-decoded) for every recipient identity (`identities.py`: the addresses in To/Cc/Delivered-To/
X-Original-To, and addresses that appear in the URLs themselves, since headers are often rewritten or
anonymised while URLs are not) as the full address, local part and domain, in plain text, URL-encoded,
base64 (standard/URL-safe, padded or not), hex, and hashed with MD4, MD5, SHA-1, SHA-224/256/384/512
(lower and upper case, and one level of hash-of-hash). Encodings come from Englehardt et al. 2018,
PrivacyMail and our corpus (hex, SHA-256). The host's own labels are searched too
(`<md5>.img.example.net`), and text that decodes twice (double URL-encoding, base64 of JSON).
The reader's *name* names them as surely as the address: full names from the recipient headers'
display names (never a first name alone) are searched as slugs (`marie-dubois`, `marie.dubois`…),
plain and encoded, as token kind `name`. Without an identity match, known per-user parameters
(Mailchimp `e=`, `mc_eid`, ...) and long random-looking tokens are reported as subscriber ids;
webmail redirectors (Outlook `redir.aspx`, SafeLinks) and document identifiers (CELEX, DOI, ISBN)
are not per-reader ids.
"""

from __future__ import annotations

import base64
import binascii
import math
import operator
import re
from urllib.parse import parse_qsl, unquote, urlsplit

from .identities import MAX_URL_CHARS, Identity, digests, name_digests, name_needles, plain_needles

_HEX_RUN = re.compile(r"[0-9a-fA-F]{32,128}")
_B64_RUN = re.compile(r"[A-Za-z0-9+/_\-]{12,}={0,2}")
_PIECES = re.compile(r"[-_.~,;:+!*|=/ ]+")

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


class TokenFinder:
    """Built once per message from its identities; `find(url)` returns a `recipient_token` dict."""

    def __init__(self, identities: list[Identity]) -> None:
        self.plain: list[tuple[str, dict]] = []
        # digest -> (who, how): merged into one dict only on a hit (a message has a hundred digests per
        # address and most messages none of them in a URL); the first of a digest wins.
        self.digests: dict[str, tuple[dict, dict]] = {}
        for ident in identities:
            who = {"identity": ident.address, "source": ident.source}
            for needle, info in plain_needles(ident.address):
                self.plain.append((needle, {**who, **info}))
            for digest, info in digests(ident.address).items():
                if digest not in self.digests:
                    self.digests[digest] = (who, info)
        for ident in identities:  # names after addresses: an address match says more
            if ident.name:
                about = {"kind": "name", "identity": ident.name, "address": ident.address, "source": ident.source}
                for needle, info in name_needles(ident.name):
                    self.plain.append((needle, {**about, **info}))
                for digest, info in name_digests(ident.name).items():
                    if digest not in self.digests:
                        self.digests[digest] = (about, info)

    def find(self, url: str, *, host: str = "", domain: str = "") -> dict | None:
        url = url[:MAX_URL_CHARS]
        if _not_personal(url, domain):
            return None
        return self._identity(url, host, domain) or _known_param(url, domain) or _likely_id(url, domain)

    def _identity(self, url: str, host: str = "", domain: str = "") -> dict | None:
        places = _places(url) + _host_places(host, domain)
        for where, text in places:
            low = text.lower()
            for needle, info in self.plain:
                if needle in low:
                    return {"kind": "identity", **info, "where": where, "value": _short(text)}
            for run in _HEX_RUN.findall(text):
                hit = self.digests.get(run.lower())
                if hit:
                    who, how = hit
                    return {"kind": "identity", **who, **how, "where": where, "value": _short(run)}
            for run in _B64_RUN.findall(text):
                decoded = _b64(run)
                if decoded:
                    for needle, info in self.plain:
                        if info["encoding"] == "plain" and needle in decoded:
                            enc = f"base64({info['form']})" + (" in JSON" if decoded.lstrip().startswith("{") else "")
                            return {"kind": "identity", **info, "encoding": enc, "where": where, "value": _short(run)}
        return None


def _places(url: str) -> list[tuple[str, str]]:
    try:
        parts = urlsplit(url)
    except ValueError:
        return [("url", url)]
    path = unquote(parts.path)
    query = parse_qsl(parts.query, keep_blank_values=False)
    out = [("path", path)]
    out += [(f"query:{k}", v) for k, v in query]
    if parts.fragment:
        out.append(("fragment", unquote(parts.fragment)))
    if query:
        # A token cut in two: its start as the last path segment, the rest in the query values.
        joined = path.rstrip("/").rpartition("/")[2] + "".join(v for _, v in query)
        out.append(("path and query", joined))
    return out


def _host_places(host: str, domain: str) -> list[tuple[str, str]]:
    """The host's labels in front of its registrable domain: `<md5 of the address>.img.example.net`."""
    host = host.lower()
    if not domain or not host.endswith(domain) or host == domain:
        return []
    return [("host", label) for label in host[: -len(domain)].rstrip(".").split(".") if len(label) >= 6]


# Webmail click redirectors and document identifiers: long and opaque, but the same for every reader.
_WEBMAIL_REDIRECTS = re.compile(r"(?:^|\.)safelinks\.protection\.outlook\.com$|/owa/redir\.aspx$", re.IGNORECASE)
_DOCUMENT_IDS = re.compile(
    r"^(?:celex:[0-9a-z()]+|10\.\d{4,9}/\S+|(?:isbn[:\s]?)?97[89][\d-]{10,14}|urn:[a-z]+:\S+|eli/\S+)$",
    re.IGNORECASE,
)


def _not_personal(url: str, domain: str) -> bool:
    """A webmail redirector or a document identifier: not a per-reader link by itself."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if _WEBMAIL_REDIRECTS.search(parts.hostname or "") or _WEBMAIL_REDIRECTS.search(parts.path):
        return True
    values = [unquote(v).strip() for _, v in parse_qsl(parts.query)] or [unquote(parts.path).strip("/")]
    values = [v for v in values if v]
    return bool(values) and all(_DOCUMENT_IDS.match(v) for v in values)


# Per-subscriber ids in the path of an ESP's open pixel: Campaign Monitor's `/t/j-o-<id>-l/o.gif`.
HOST_PATH_IDS = {
    domain: (re.compile(r"^/t[i]?/([a-z]-[a-z]-[0-9a-z]+(?:-[0-9a-z]+)*)/"), "Campaign Monitor subscriber id")
    for domain in ("createsend.com", "createsend1.com", *(f"cmail{n}.com" for n in range(1, 31)))
}


def _known_param(url: str, domain: str) -> dict | None:
    try:
        parts = urlsplit(url)
        pairs = parse_qsl(parts.query, keep_blank_values=False)
    except ValueError:
        return None
    if domain in HOST_PATH_IDS:
        pattern, label = HOST_PATH_IDS[domain]
        found = pattern.match(parts.path)
        if found:
            return {"kind": "subscriber_id", "identity": None, "encoding": label, "where": "path[1]",
                    "value": _short(found.group(1))}  # fmt: skip
    scoped = HOST_PER_USER.get(domain, {})
    for key, value in pairs:
        low = key.lower()
        param = scoped.get(low) or PER_USER_PARAMS.get(low)
        if param and len(value) >= 4:
            return {"kind": "subscriber_id", "identity": None, "encoding": param, "where": f"query:{key}",
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
    """How often the character class (digit, lower, upper, other) changes along `piece`."""
    classes = [0 if c.isdigit() else 1 if c.islower() else 2 if c.isupper() else 3 for c in piece]
    return sum(map(operator.ne, classes, classes[1:]))  # each character classed once, not twice


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
