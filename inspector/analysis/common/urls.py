"""Turn a URL as written in a message into the URL a mail client would actually request.

Browsers are lenient, and trackers and phishers rely on it: tab/CR/LF inside the scheme, leading
control characters, backslashes, protocol-relative `//host/x`, IDN hosts, numeric IP forms. We
normalise the way the WHATWG URL parser does (closely enough for matching), classify what the URL
would touch (remote host, the message itself, a Windows file share, script...), and unwrap open
redirectors so the real destination is visible too. Pure functions; no network, ever.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

from .domains import suffix_extractor

REMOTE = "remote"  # fetched from a host on the network
LOCAL = "local"  # cid:, data:, #anchor, about: - served from the message itself
UNC = "unc"  # file: URL or \\host\share path: SMB, which leaks the Windows NTLM hash
SCRIPT = "script"  # javascript:, vbscript:
RELATIVE = "relative"  # relative with no remote base: resolves inside the mail client
OTHER = "other"  # mailto:, tel:, unknown schemes

_REMOTE_SCHEMES = frozenset({"http", "https", "ftp", "ws", "wss", "gopher"})
_LOCAL_SCHEMES = frozenset({"cid", "mid", "data", "about", "blob"})
_SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "livescript", "mocha"})
_STRIP_EDGES = "".join(chr(c) for c in range(0x21))
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_UNC_START = re.compile(r"^[\\/]{2}")
_IPV4_PART = re.compile(r"^(0x[0-9a-f]*|0[0-7]*|[1-9][0-9]*)$", re.IGNORECASE)
_URLISH = re.compile(r"^(?:https?:)?//[^/\s]|^www\.[^/\s]+\.[a-z]", re.IGNORECASE)
_B64_HTTP = re.compile(r"^aHR0c[A-Za-z0-9+/_\-]{8,}={0,2}$")  # base64 of "http"
MAX_URL_CHARS = 8192


@dataclass(frozen=True)
class Url:
    """One normalised URL. `url` is empty when nothing absolute can be made of `raw`."""

    raw: str
    url: str
    scheme: str
    host: str
    locality: str
    ip_literal: bool = False
    wrapped: tuple[str, ...] = ()

    @property
    def remote(self) -> bool:
        return self.locality == REMOTE

    @property
    def domain(self) -> str:
        return registrable_domain(self.host)


def normalise(raw: str, base: str | None = None) -> Url:
    """Normalise `raw` (HTML entities already decoded) against an optional absolute `base`.

    Keeps its last 512 answers: half the calls over the corpus repeat a URL of the same message (a
    newsletter links its logo and its buttons to one address). Safe: a pure function of its
    arguments, and a `Url` is frozen; only plain `str` arguments are cached, so a `Url.raw` is
    always the very object passed or an equal plain string."""
    if type(raw) is str and (base is None or type(base) is str):
        return _cached_normalise(raw, base)
    return _normalise(raw, base)


@functools.lru_cache(maxsize=512)
def _cached_normalise(raw: str, base: str | None) -> Url:
    return _normalise(raw, base)


def _normalise(raw: str, base: str | None = None) -> Url:
    s = _TAB_NEWLINE.sub("", raw[:MAX_URL_CHARS]).strip(_STRIP_EDGES)
    if not s:
        return Url(raw, "", "", "", RELATIVE)
    if _UNC_START.match(s) and "\\" in s[:2]:
        return _unc(raw, s.replace("\\", "/").lstrip("/"))
    match = _SCHEME.match(s)
    if match is None:
        if s.startswith("//"):
            scheme = _scheme_of(base) or "https"
            return _remote(raw, f"{scheme}:{s}")
        if s.startswith("#"):
            return Url(raw, s, "", "", LOCAL)
        if base and _scheme_of(base) in _REMOTE_SCHEMES:
            return _remote(raw, urljoin(base, s.replace("\\", "/")))
        return Url(raw, s, "", "", RELATIVE)
    scheme = match.group(1).lower()
    if scheme in _REMOTE_SCHEMES:
        return _remote(raw, s)
    if scheme == "file":
        return _file(raw, s)
    if scheme in _LOCAL_SCHEMES:
        return Url(raw, s, scheme, "", LOCAL)
    if scheme in _SCRIPT_SCHEMES:
        return Url(raw, s, scheme, "", SCRIPT)
    return Url(raw, s, scheme, "", OTHER)


def _scheme_of(url: str | None) -> str:
    match = _SCHEME.match(url or "")
    return match.group(1).lower() if match else ""


def _remote(raw: str, s: str) -> Url:
    scheme_end = s.index(":")
    scheme = s[:scheme_end].lower()
    rest = s[scheme_end + 1 :].replace("\\", "/")  # special schemes treat \ as /
    rest = "//" + rest.lstrip("/")
    try:
        parts = urlsplit(scheme + ":" + rest)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return Url(raw, "", scheme, "", OTHER)
    host, ip_literal = normalise_host(host)
    if not host:
        return Url(raw, "", scheme, "", OTHER)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    url = urlunsplit((scheme, netloc, parts.path or "/", parts.query, parts.fragment))
    return Url(raw, url, scheme, host, REMOTE, ip_literal, unwrap(url))


def _unc(raw: str, rest: str) -> Url:
    host, _, path = rest.partition("/")
    host, ip_literal = normalise_host(host)
    return Url(raw, f"file://{host}/{path}", "file", host, UNC, ip_literal)


def _file(raw: str, s: str) -> Url:
    rest = s[5:].replace("\\", "/")
    if rest.startswith("//"):
        host, _, path = (rest.lstrip("/") if rest.startswith("////") else rest[2:]).partition("/")
        host, ip_literal = normalise_host(host)
        if host and host != "localhost":
            return Url(raw, f"file://{host}/{path}", "file", host, UNC, ip_literal)
    # file:///C:/x or file:/x: a local path. Not a network leak, but never something a message should load.
    return Url(raw, s, "file", "", UNC)


@functools.lru_cache(maxsize=4096)
def normalise_host(host: str) -> tuple[str, bool]:
    """Lower-case, percent-decoded, IDNA-encoded host; numeric IPv4 forms become dotted quads."""
    host = unquote(host).strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        return host[1:-1], True
    if ":" in host:
        return host, True
    ipv4 = _ipv4(host)
    if ipv4:
        return ipv4, True
    if not host.isascii():
        # An invalid IDN keeps its Unicode form: it is still the host a careless client asks for.
        with contextlib.suppress(UnicodeError):
            host = host.encode("idna").decode("ascii")
    return host, False


def _ipv4(host: str) -> str | None:
    labels = host.split(".")
    if not labels or len(labels) > 4 or not all(_IPV4_PART.match(x) for x in labels):
        return None
    try:
        nums = [int(x, 16) if x[:2].lower() == "0x" else int(x, 8) if len(x) > 1 and x[0] == "0" else int(x or "0")
                for x in labels]  # fmt: skip
    except ValueError:
        return None
    value = 0
    for n in nums[:-1]:
        if n > 255:
            return None
        value = value * 256 + n
    last_bits = 8 * (5 - len(nums))
    if nums[-1] >= 1 << last_bits:
        return None
    value = (value << last_bits) | nums[-1]
    return ".".join(str((value >> s) & 255) for s in (24, 16, 8, 0))


def unwrap(url: str, *, depth: int = 2) -> tuple[str, ...]:
    """Destinations wrapped inside a redirector URL (query values, fragment, AMP paths, base64)."""
    found: list[str] = []
    try:
        parts = urlsplit(url)
        pairs = parse_qsl(parts.query, keep_blank_values=False)
    except ValueError:
        return ()
    candidates = [v for _, v in pairs]
    if parts.fragment:
        candidates.append(unquote(parts.fragment))
    amp = re.match(r"^/amp/(?:s/)?([^/]+\.[^/]+/.*)$", parts.path)
    if amp and "google." in (parts.hostname or ""):
        candidates.append("https://" + amp.group(1))
    for value in candidates:
        target = _as_url(value)
        if target and target != url:
            found.append(target)
            if depth > 1:
                found.extend(unwrap(target, depth=depth - 1))
    return tuple(dict.fromkeys(found))


def _as_url(value: str) -> str | None:
    value = value.strip()
    for _ in range(2):
        if _URLISH.match(value):
            break
        if _B64_HTTP.match(value):
            try:
                value = base64.urlsafe_b64decode(value.replace("+", "-").replace("/", "_") + "==").decode()
            except (binascii.Error, UnicodeDecodeError, ValueError):
                return None
            continue
        decoded = unquote(value)
        if decoded == value:
            return None
        value = decoded
    if not _URLISH.match(value):
        return None
    if value.lower().startswith("www."):
        value = "https://" + value
    target = normalise(value)
    return target.url if target.remote else None


# Bundled public suffix snapshot only, one per process (shared with `domains`): never fetched at run time.
_extractor = suffix_extractor


@functools.lru_cache(maxsize=4096)
def has_public_suffix(host: str) -> bool:
    """`parl-test.be` yes; `2x.webp` (a retina image name read as a domain) no."""
    return bool(host) and bool(_extractor()(host).suffix)


def registrable_domain(host: str) -> str:
    """The registrable domain (`example.co.uk`) of a host; the host itself for IP literals."""
    if not host or _ipv4(host) or ":" in host:
        return host
    parts = _extractor()(host)
    return parts.top_domain_under_public_suffix or host
