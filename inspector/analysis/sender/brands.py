"""Organisations attackers pose as (brands, news outlets, governments, parliaments) and their domains."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ...resources import resource_path
from ..domains import domain_matches, org_label
from .lookalike import skeleton


@dataclass(frozen=True)
class Brand:
    kind: str
    name: str  # the first, canonical name
    names: tuple[str, ...]
    domains: tuple[str, ...]

    def owns(self, domain: str) -> bool:
        return bool(domain) and domain_matches(domain, self.domains)


@functools.cache
def brands() -> tuple[Brand, ...]:
    out = []
    for line in resource_path("sender/brands.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, names, domains = line.split("\t")
        parts = tuple(n.strip() for n in names.split("|") if n.strip())
        out.append(Brand(kind, parts[0], parts, tuple(d.lower() for d in domains.split())))
    return tuple(out)


def _alias_pattern(names: list[str], flags: int) -> re.Pattern[str] | None:
    if not names:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w@.])(?:{alternation})(?![\w])", flags)


@functools.cache
def _matchers() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, Brand]]:
    by_name: dict[str, Brand] = {}
    caps, folded = [], []
    for brand in brands():
        for name in brand.names:
            if name.isupper() and len(name) <= 4:
                caps.append(name)
                by_name.setdefault(name, brand)
            else:
                folded.append(skeleton(name))
                by_name.setdefault(skeleton(name), brand)
    return _alias_pattern(caps, 0), _alias_pattern(folded, re.IGNORECASE), by_name


_SPACED_LETTERS = re.compile(r"(?<![^\W_])(?:[^\W\d_][\s/.*_|+~-]{1,2}){2,}[^\W\d_](?![^\W_])")
_JOINERS = re.compile(r"(?<=[^\W\d_])[-_*/|+~]+(?=[^\W\d_])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_MARKS = re.compile(r"[\u2122\u00ae\u00a9\u2120]")  # ™ ® © ℠


def fuzzy_forms(text: str) -> list[str]:
    """`text` and the forms lures write brands in to slip past filters: `D/H/L`, `A m a z o n`,
    `Albert-Heijn`, `McAfee™`, `PepeBinance`. Only separators are undone; letters are never guessed."""
    plain = _MARKS.sub(" ", text)
    joined = _SPACED_LETTERS.sub(lambda m: re.sub(r"[\s/.*_|+~-]", "", m.group(0)), plain)
    spaced = _JOINERS.sub(" ", joined)
    camel = _CAMEL.sub(" ", spaced)  # `PepeBinance`, `AlbertHeijn`
    return list(dict.fromkeys(t for t in (text, plain, joined, spaced, camel) if t))


def brands_named_in(text: str) -> list[tuple[Brand, str]]:
    """Organisations named in `text` (a display name), after folding look-alike characters and
    undoing the separators lures put inside names (`fuzzy_forms`)."""
    if not text:
        return []
    caps, folded, by_name = _matchers()
    found: dict[str, tuple[Brand, str]] = {}
    for form in fuzzy_forms(text):
        for pattern, subject, key in ((caps, form, lambda m: m), (folded, skeleton(form), lambda m: m.casefold())):
            if pattern is None:
                continue
            for match in pattern.finditer(subject):
                brand = by_name.get(key(match.group(0)))
                if brand is not None:
                    found.setdefault(brand.name, (brand, match.group(0)))
    return list(found.values())


@functools.cache
def brand_domains() -> dict[str, str]:
    """Every bundled brand domain -> organisation name (targets for cousin-domain checks)."""
    out: dict[str, str] = {}
    for brand in brands():
        for d in brand.domains:
            if "." in d and len(org_label(d)) >= 4:
                out.setdefault(d, brand.name)
    return out


def own_org_names(own_domains: tuple[str, ...]) -> list[str]:
    """Names to look for in display names from the recipient's own domains (`acme` from acme.be)."""
    return sorted({org_label(d) for d in own_domains if len(org_label(d)) >= 4})
