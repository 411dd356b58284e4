"""Organisations attackers pose as (brands, news outlets, governments, parliaments) and their domains."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...resources import resource_path
from .domains import domain_matches, normalise_host, org_label, parent_names
from .lookalike import skeleton

# Words that, next to an ordinary-word brand name ("~Blur" in brands.tsv), make it a brand: `Blur NFT`,
# `Celsius Network`, `Gemini Support`. Alone, the name is a brand too (`Ledger`); in any other company
# (`Blur Photography`, `Celsius Heating`) it is left alone.
_CONTEXT = """
    wallet wallets crypto cryptocurrency bitcoin btc eth ethereum nft nfts token tokens coin coins airdrop
    exchange finance financial network protocol defi dao staking stake swap web3 claim claims reward rewards
    bonus giveaway mint labs foundation official support team security secure service services helpdesk help
    customer care billing account accounts alert alerts notification notifications notice update verify
    verification bank banking pay payment payments card live app pro io com org net fi xyz announcement
    announcements updates
"""
CONTEXT_WORDS = frozenset(_CONTEXT.split())


@dataclass(frozen=True)
class Brand:
    kind: str
    name: str  # the first, canonical name
    names: tuple[str, ...]
    domains: tuple[str, ...]
    ordinary: frozenset[str] = frozenset()  # names that are also everyday words: need context

    def owns(self, domain: str) -> bool:
        return bool(domain) and domain_matches(domain, self.domains)


@functools.cache
def brands() -> tuple[Brand, ...]:
    out = []
    for line in resource_path("sender/brands.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, names, domains = line.split("\t")
        raw = [n.strip() for n in names.split("|") if n.strip()]
        parts = tuple(n.lstrip("~") for n in raw)
        ordinary = frozenset(n[1:] for n in raw if n.startswith("~"))
        out.append(Brand(kind, parts[0], parts, tuple(d.lower() for d in domains.split()), ordinary))
    return tuple(out)


@functools.cache
def _owners(kind: str | None) -> dict[str, tuple[int, Brand]]:
    """Each bundled domain -> (position in brands.tsv, organisation) of its first owner (of `kind`)."""
    out: dict[str, tuple[int, Brand]] = {}
    for position, brand in enumerate(brands()):
        if kind is None or brand.kind == kind:
            for d in brand.domains:
                out.setdefault(d, (position, brand))
    return out


def first_owner(domain: str, kind: str | None = None) -> Brand | None:
    """The first organisation in brands.tsv order (of `kind`, when given) that `owns` the domain.

    The answer of `next(b for b in brands() if b.owns(domain))` by one look-up per parent name
    instead of a scan of every organisation's domains."""
    if not domain:
        return None
    index = _owners(kind)
    hits = [index[name] for name in parent_names(normalise_host(domain)) if name in index]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None


def _alias_pattern(names: list[str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w@.])(?:{alternation})(?![\w])", flags)


Matchers = tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, list[tuple[Brand, bool]]]]


@functools.cache
def _matchers() -> Matchers:
    """Two patterns (short all-capital names match in capitals only) and each name's organisations:
    a name can belong to several (`Gemini`: the exchange and Google's assistant)."""
    by_name: dict[str, list[tuple[Brand, bool]]] = {}
    caps: list[str] = []
    folded: list[str] = []
    for brand in brands():
        for name in brand.names:
            in_capitals = name.isupper() and len(name) <= 4
            key = name if in_capitals else skeleton(name)
            (caps if in_capitals else folded).append(key)
            by_name.setdefault(key, []).append((brand, name in brand.ordinary))
    return _alias_pattern(caps, 0), _alias_pattern(folded, re.IGNORECASE), by_name


_SPACED_LETTERS = re.compile(r"(?<![^\W_])(?:[^\W\d_][\s/.*_|+~-]{1,2}){2,}[^\W\d_](?![^\W_])")
_JOINERS = re.compile(r"(?<=[^\W\d_])[-_*/|+~]+(?=[^\W\d_])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # `PepeBinance`, `AlbertHeijn`, `BinanceBNB`
_MARKS = re.compile(r"[\u2122\u00ae\u00a9\u2120]")  # ™ ® © ℠
_WORD = re.compile(r"[^\W\d_]+")


def fuzzy_forms(text: str) -> list[str]:
    """`text` and the forms lures write brands in to slip past filters: `D/H/L`, `A m a z o n`,
    `Albert-Heijn`, `McAfee™`, `PepeBinance`. Only separators are undone; letters are never guessed."""
    plain = _MARKS.sub(" ", text)
    joined = _SPACED_LETTERS.sub(lambda m: re.sub(r"[\s/.*_|+~-]", "", m.group(0)), plain)
    spaced = _JOINERS.sub(" ", joined)
    camel = _CAMEL.sub(" ", spaced)
    return list(dict.fromkeys(t for t in (text, plain, joined, spaced, camel) if t))


def _in_context(subject: str, match: re.Match[str]) -> bool:
    """An ordinary-word name counts alone (`Blur`) or among lure words only (`Blur NFT Rewards`),
    not in `Blur Studio` or `Inner Circle Team`. Single letters (`Lido V2`) are not words."""
    rest = subject[: match.start()] + " " + subject[match.end() :]
    words = [w.casefold() for w in _WORD.findall(rest) if len(w) > 1]
    return all(w in CONTEXT_WORDS for w in words)


def brands_named_in(text: str) -> list[tuple[Brand, str]]:
    """Organisations named in `text` (a display name), after folding look-alike characters and
    undoing the separators lures put inside names (`fuzzy_forms`). One entry per organisation; a
    name several organisations share gives each of them."""
    return list(_brands_named_in(text))


@functools.lru_cache(maxsize=64)
def _brands_named_in(text: str) -> tuple[tuple[Brand, str], ...]:
    """Cached: the sender name is asked about by three or four checks of one message. Safe: the
    answer depends on the text and the bundled lists only, and is handed out as a new list."""
    if not text:
        return ()
    caps, folded, by_name = _matchers()
    found: dict[str, tuple[Brand, str]] = {}
    for form in fuzzy_forms(text):
        for pattern, subject, key in ((caps, form, lambda m: m), (folded, skeleton(form), lambda m: m.casefold())):
            if pattern is None:
                continue
            for match in pattern.finditer(subject):
                for brand, ordinary in by_name.get(key(match.group(0)), []):
                    if not ordinary or _in_context(subject, match):
                        found.setdefault(brand.name, (brand, match.group(0)))
    return tuple(found.values())


@functools.cache
def brand_domains() -> dict[str, str]:
    """Every bundled brand domain -> organisation name (targets for cousin-domain checks, which skip
    names too short to compare except where the whole domain is copied: `ups.com-track.info`)."""
    out: dict[str, str] = {}
    for brand in brands():
        for d in brand.domains:
            if "." in d:
                out.setdefault(d, brand.name)
    return out


@functools.cache
def embeddable_domains() -> frozenset[str]:
    """Brand domains whose name is distinctive enough to spot glued inside another name (`coinbasecola.com`):
    the label is one of the brand's own names, of six letters or more, and not an everyday word."""
    out = set()
    for brand in brands():
        if brand.kind != "brand":
            continue
        names = {re.sub(r"[\s.-]", "", skeleton(n)) for n in brand.names if n not in brand.ordinary}
        out |= {d for d in brand.domains if "." in d and len(org_label(d)) >= 6 and org_label(d) in names}
    return frozenset(out)


@functools.cache
def ordinary_domains() -> frozenset[str]:
    """Brand domains whose name is an everyday word (`~Blur` -> blur.io, `~Ledger` -> ledger.com): not
    looked for as a subdomain or glued inside other domains (stellar.mit.edu is not Stellar)."""
    out = set()
    for brand in brands():
        names = {re.sub(r"[\s.-]", "", skeleton(n)) for n in brand.ordinary}
        out |= {d for d in brand.domains if org_label(d) in names}
    return frozenset(out)


@functools.cache
def _by_domain() -> dict[str, Brand]:
    out: dict[str, Brand] = {}
    for brand in brands():
        for d in brand.domains:
            out.setdefault(d, brand)
    return out


def brand_of_domain(domain: str) -> Brand | None:
    """The organisation that owns `domain` (one of its bundled domains, or a subdomain of one)."""
    labels = domain.lower().rstrip(".").split(".")
    index = _by_domain()
    return next((index[d] for d in (".".join(labels[i:]) for i in range(len(labels))) if d in index), None)


def own_org_names(own_domains: tuple[str, ...]) -> list[str]:
    """Names to look for in display names from the recipient's own domains (`acme` from acme.be)."""
    return sorted({org_label(d) for d in own_domains if len(org_label(d)) >= 4})
