"""Links whose site name carries a brand that does not own it: `https://paypal.com-verify.info/login`,
`coinbasecola.com`, `paypal-secure.com`, in HTML links and in plain-text bodies alike.

Plain-text mail has no link elements, so its web addresses are read from the text the way mail
programs make them clickable. Nothing is followed or looked up.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from ...model import Category, Finding, Severity
from ...parsing import Message
from ...texts import tr
from ..common.brands import brand_domains, brand_of_domain, brands_named_in, embeddable_domains, ordinary_domains
from ..common.domains import is_ip, registrable_domain
from ..common.lookalike import Cousin, TargetIndex, brand_inside, target_index
from ..common.references import Reference
from ..common.urls import normalise

# What mail programs turn into a link in plain text: a web address with its scheme, or `www.`.
_TEXT_URL = re.compile(r"""(?:\bhttps?://|(?<![\w.@/-])www\.)[^\s<>"'`()\[\]{}]+""", re.IGNORECASE)
MAX_TEXT = 1_000_000
MAX_LINKS = 500


@functools.cache
def _targets() -> dict[str, str]:
    """Brand domains (brands only: news outlets and institutions are not what lures put in links)."""
    out: dict[str, str] = {}
    for domain, name in brand_domains().items():
        brand = brand_of_domain(domain)
        if brand is not None and brand.kind == "brand":
            out.setdefault(registrable_domain(domain), name)
    return out


def text_links(message: Message) -> list[tuple[str, str]]:
    """(url, part) for the web addresses written in the plain-text bodies of `message` and its attachments."""
    out = []
    for msg in message.walk_messages():
        for body in msg.text_bodies:
            for match in _TEXT_URL.finditer(body.text[:MAX_TEXT]):
                out.append((match.group(0).rstrip(".,;:!?'\""), body.part))
                if len(out) >= MAX_LINKS:
                    return out
    return out


def brand_link_findings(
    refs: list[Reference], texts: list[tuple[str, str]], *, display_name: str, subject: str
) -> Iterable[Finding]:
    """One BRAND_IN_LINK_DOMAIN finding for the links (HTML `refs`, plain-text `texts`) whose site
    name holds a brand's name or domain; high when the sender's name or the subject claims that brand."""
    claimed = {b.name for b, _ in brands_named_in(display_name)} | {b.name for b, _ in brands_named_in(subject)}
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    candidates: list[tuple[str, str, str, str | None, str]] = [  # url, host, part, ref_id, vector
        (r.url, r.host, r.part, r.ref_id, "a[href]") for r in refs if r.kind == "link" and r.remote
    ]
    for url, part in texts:
        target = normalise(url if "://" in url else "http://" + url)
        if target.remote and target.host:
            candidates.append((url, target.host, part, None, "text/plain"))
    for url, host, part, ref_id, vector in candidates[:MAX_LINKS]:
        host = host.lower().rstrip(".")
        if host in seen or is_ip(host):
            continue
        seen.add(host)
        match = _judge(host)
        if match is None:
            continue
        brand = brand_of_domain(match.target)
        items.append(
            {
                "url": url[:500],
                "host": host,
                "brand": _targets()[match.target],
                "brand_domains": list(brand.domains[:8]) if brand else [match.target],
                "how": match.how,
                "part": part,
                "element_id": ref_id,
                "vector": vector,
            }
        )
    if items:
        yield _finding(items, claimed)


def _judge(host: str) -> Cousin | None:
    if brand_of_domain(host) is not None:
        return None  # one of the bundled organisations' own domains
    return brand_inside(host, {}, embeddable=embeddable_domains(), plain=ordinary_domains(), known=_index())


@functools.cache
def _index() -> TargetIndex:
    return target_index(_targets())


def _finding(items: list[dict[str, Any]], claimed: set[str]) -> Finding:
    first = next((i for i in items if i["brand"] in claimed), items[0])
    claims = first["brand"] in claimed
    explanation = tr(
        "The link leads to {host}, a site whose name contains {brand} ({how}) but which is not one of its "
        "domains ({domains}). Phishing pages are put on such names so that a glance at the address sees the "
        "real company.",
        host=first["host"],
        brand=first["brand"],
        how=first["how"],
        domains=", ".join(first["brand_domains"][:4]),
    )
    if claims:
        explanation += " " + tr("The message itself claims to come from {brand}.", brand=first["brand"])
    explanation += (
        " "
        + tr("Innocent explanations:")
        + " "
        + tr("resellers, fan sites and partners sometimes carry a brand's name in their own site name.")
    )
    return Finding(
        category=Category.CONTENT,
        code="BRAND_IN_LINK_DOMAIN",
        severity=Severity.HIGH if claims else Severity.MEDIUM,
        title=tr("A link leads to {host}, which borrows the name {brand}", host=first["host"], brand=first["brand"]),
        explanation=explanation,
        evidence={"links": [{k: v for k, v in i.items() if v is not None} for i in items[:20]], "count": len(items)},
        part=first["part"],
        url=first["url"],
        host=first["host"],
        domain=registrable_domain(first["host"]),
        vector=first["vector"],
        element_id=first["element_id"],
    )
