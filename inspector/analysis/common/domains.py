"""Domain helpers shared by the analysers: registrable domains and the bundled domain lists.

Everything here is offline: tldextract runs on its bundled public suffix list snapshot only
(`suffix_list_urls=()`), and the data files in `resources/sender/` are read once, lazily.
"""

from __future__ import annotations

import fnmatch
import functools
import ipaddress
import json
import re
from dataclasses import dataclass
from typing import Any

import tldextract

from ...resources import resource_path


@functools.cache
def suffix_extractor() -> tldextract.TLDExtract:
    """The one suffix-list reader of the process (`urls` uses it too): building its tables takes ~0.1 s.

    Never the module-level tldextract.extract(): that one may download the suffix list."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=False)


_extractor = suffix_extractor


def normalise_host(host: str | None) -> str:
    """Lower-case, strip brackets, dots and whitespace; IDN labels stay as written (xn--)."""
    if not host:
        return ""
    return host.strip().strip("[]<>").rstrip(".").lower()


@functools.lru_cache(maxsize=4096)
def registrable_domain(host: str | None) -> str:
    """`mail.example.co.uk` -> `example.co.uk`. IP literals and bare names come back unchanged.

    A name under a public suffix only (`gov.uk`) is its own registrable domain. A name under a
    top-level label the suffix list does not know (`.example`, `.test`, `.local`, `.lan`, `.corp`)
    is read as if that label were a suffix: `mx1.corp.local` -> `corp.local`. Without this every
    host of such a domain was an organisation of its own, so the recipient's internal relays never
    matched the recipient's domain and the trust boundary fell apart.
    """
    host = normalise_host(host)
    if not host or is_ip(host):
        return host
    parts = _extractor()(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    labels = [label for label in host.split(".") if label]
    if not parts.suffix and len(labels) >= 2:
        return ".".join(labels[-2:])
    return host


@functools.lru_cache(maxsize=4096)
def public_suffix(host: str | None) -> str:
    """The public suffix `host` ends in (`co.uk`, `com`), or "" when it ends in none the list knows."""
    host = normalise_host(host)
    return _extractor()(host).suffix if host and not is_ip(host) else ""


@functools.lru_cache(maxsize=8192)
def org_label(host: str | None) -> str:
    """The label that names the owner: `example` for `mail.example.co.uk`.

    Cached: the cousin-domain checks ask it for every bundled brand domain for every domain they test."""
    reg = registrable_domain(host)
    if not reg or is_ip(reg):
        return reg
    suffix = _extractor()(reg).suffix
    return reg[: -len(suffix) - 1] if suffix and reg.endswith("." + suffix) else reg.split(".")[0]


def same_org(a: str | None, b: str | None) -> bool:
    """Same registrable domain, or the same provider family (outlook.com vs office365.com)."""
    ra, rb = registrable_domain(a), registrable_domain(b)
    if not ra or not rb:
        return False
    if ra == rb:
        return True
    fa, fb = provider_family(ra), provider_family(rb)
    return fa is not None and fa == fb


@functools.lru_cache(maxsize=1024)
def is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]").removeprefix("IPv6:").removeprefix("ipv6:"))
    except ValueError:
        return False
    return True


def _read_lines(name: str) -> list[str]:
    text = resource_path(f"sender/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class _DomainList:
    exact: frozenset[str]
    wildcards: re.Pattern[str] | None  # every wildcard entry as one alternation: fullmatch = any entry matches

    def __contains__(self, domain: object) -> bool:
        if not isinstance(domain, str) or not domain:
            return False
        domain = normalise_host(domain)
        if domain in self.exact or registrable_domain(domain) in self.exact:
            return True
        return self.wildcards is not None and self.wildcards.fullmatch(domain) is not None


def _domain_list(entries: list[str]) -> _DomainList:
    exact = frozenset(e for e in entries if "*" not in e and "?" not in e)
    wild = [e for e in entries if "*" in e or "?" in e]
    # SpamAssassin wildcards: `*` stays inside one label, `?` is one character.
    patterns = [f"(?:{fnmatch.translate(w).replace('.*', '[^.]*')})" for w in wild]
    return _DomainList(exact, re.compile("|".join(patterns)) if patterns else None)


@functools.cache
def freemail_domains() -> _DomainList:
    return _domain_list(_read_lines("freemail_domains.txt"))


@functools.cache
def disposable_domains() -> _DomainList:
    return _domain_list(_read_lines("disposable_domains.txt"))


def is_freemail(domain: str | None) -> bool:
    return bool(domain) and domain in freemail_domains()


def is_disposable(domain: str | None) -> bool:
    return bool(domain) and domain in disposable_domains()


@functools.cache
def providers() -> dict[str, Any]:
    return json.loads(resource_path("sender/providers.json").read_text(encoding="utf-8"))


@functools.cache
def _family_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for name, info in providers()["providers"].items():
        for dom in info["families"]:
            index[registrable_domain(dom)] = name
    return index


def provider_family(domain: str | None) -> str | None:
    """`gmail`, `outlook`, … when the domain belongs to a big mail provider's own infrastructure."""
    return _family_index().get(registrable_domain(domain))


@functools.cache
def _mailbox_providers() -> dict[str, _DomainList]:
    return {n: _domain_list(i["from_domains"]) for n, i in providers()["providers"].items()}


def mailbox_provider(domain: str | None) -> str | None:
    """The provider whose consumer mailboxes live at `domain` (gmail.com -> `gmail`)."""
    for name, doms in _mailbox_providers().items():
        if domain in doms:
            return name
    return None


@functools.cache
def sending_services() -> frozenset[str]:
    return frozenset(registrable_domain(d) for d in providers()["sending_services"]["domains"])


def is_sending_service(domain: str | None) -> bool:
    reg = registrable_domain(domain)
    return bool(reg) and (reg in sending_services() or provider_family(reg) is not None)


def domain_matches(domain: str, candidates: tuple[str, ...] | frozenset[str] | list[str]) -> bool:
    """`domain` equals one of `candidates` or is a subdomain of one.

    A set is asked once per parent name (`a.b.c`, `b.c`, `c`): the same answer as comparing
    with each member, since "is a subdomain of c" means "ends in '.' + c"."""
    domain = normalise_host(domain)
    if isinstance(candidates, (set, frozenset)):
        return any(name in candidates for name in parent_names(domain))
    return any(domain == c or domain.endswith("." + c) for c in candidates)


def parent_names(domain: str) -> list[str]:
    """`a.b.c` -> [`a.b.c`, `b.c`, `c`]: the name and every text after one of its dots."""
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]
