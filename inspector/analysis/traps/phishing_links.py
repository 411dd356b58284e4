"""Links a gateway filter distrusts: text showing one site while the link goes to another,
shorteners and open redirectors, landing pages on free hosting, bare IP and punycode hosts,
and a call to action that is only a mail address at a free-mail provider.

Nothing is followed or looked up: the judgement is on the link as written (and on the
destinations written inside a redirector's address, which `urls.unwrap` reads).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ...model import Category, Finding, Severity
from ...texts import Text, tr
from ..common.brands import Brand, brands_named_in, first_owner
from ..common.domains import is_freemail, is_ip, parent_names, registrable_domain, same_org
from ..common.lookalike import skeleton
from ..common.references import Reference
from ..common.trackers import index as tracker_index
from ..common.urls import normalise
from .link_text import shown_domain

SHORTENERS = frozenset(
    [
        "bit.ly",
        "bitly.com",
        "t.co",
        "tinyurl.com",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "cutt.ly",
        "cutt.us",
        "shorturl.at",
        "rb.gy",
        "t.ly",
        "s.id",
        "tiny.cc",
        "tr.im",
        "v.gd",
        "qrco.de",
        "lnkd.in",
        "bl.ink",
        "short.io",
        "shorte.st",
        "adf.ly",
        "x.co",
        "urlz.fr",
        "2u.pm",
        "u.to",
        "clck.ru",
        "tiny.one",
        "surl.li",
        "shorturl.asia",
        "shrtco.de",
        "t2m.io",
        "bit.do",
        "linktr.ee",
        "han.gl",
        "me2.do",
    ]
)
# Open redirectors of large sites: their address lends a trusted name to any destination.
_REDIRECTORS = (
    ("google.", re.compile(r"^/(?:url|amp/|search\?.*\bbtnI=|travel/clk)", re.I)),
    ("googleweblight.com", None),
    ("page.link", None),
    ("app.goo.gl", None),
    ("bing.com", re.compile(r"^/ck/a", re.I)),
    ("l.facebook.com", None),
    ("l.instagram.com", None),
    ("away.vk.com", None),
    ("t.umblr.com", None),
    ("href.li", None),
    ("linkedin.com", re.compile(r"^/redir/", re.I)),
    ("youtube.com", re.compile(r"^/redirect", re.I)),
    ("doubleclick.net", re.compile(r"/(?:pcs/click|clk|searchads/link)", re.I)),
    ("adnxs.com", re.compile(r"^/clktrb", re.I)),
)
# Hosting anyone can publish a page on in minutes: where phishing kits live.
FREE_HOSTS = (
    "storage.googleapis.com", "firebasestorage.googleapis.com", "firebaseapp.com", "web.app", "run.app",
    "appspot.com", "cloudfunctions.net", "amazonaws.com", "azurewebsites.net", "blob.core.windows.net",
    "web.core.windows.net", "azureedge.net", "herokuapp.com", "netlify.app", "vercel.app", "pages.dev",
    "workers.dev", "r2.dev", "github.io", "glitch.me", "repl.co", "replit.app", "sites.google.com",
    "forms.gle", "docs.google.com/forms", "weebly.com", "wixsite.com", "000webhostapp.com", "ipfs.io",
    "dweb.link", "ngrok.io", "ngrok-free.app", "trycloudflare.com", "square.site", "godaddysites.com",
    "webflow.io", "framer.website", "notion.site", "translate.goog", "blogspot.com", "wordpress.com",
    "myftp.org", "duckdns.org", "no-ip.org", "serveo.net", "surge.sh", "onrender.com", "fly.dev",
)  # fmt: skip


@dataclass(frozen=True)
class Sender:
    """Who the message says it is from, for judging where its links go."""

    domain: str  # the From domain
    address: str
    display_name: str = ""
    proven: bool = False  # the From domain passed DMARC, or a trusted aligned DKIM pass, at the recipient
    family: frozenset[str] = frozenset()  # registrable domains that sent it: From, bounce, DKIM, unsubscribe


def link_findings(refs: list[Reference], sender: Sender) -> Iterable[Finding]:
    links = [r for r in refs if r.kind == "link" and r.tag is not None]
    web = [r for r in links if r.remote]
    groups: dict[str, list[dict[str, Any]]] = {}
    for ref in web:
        for code, item in _judge(ref, sender):
            groups.setdefault(code, []).append(item)
    for code, items in groups.items():
        yield _finding(code, items)
    mailto = [r for r in links if r.raw.strip().lower().startswith("mailto:")]
    if mailto and not web:
        found = _mailto_only(mailto, sender.address)
        if found:
            yield found


def _judge(ref: Reference, sender: Sender) -> Iterable[tuple[str, dict[str, Any]]]:
    host = ref.host.lower()
    item: dict[str, Any] = {"url": ref.url[:500], "host": host, "element_id": ref.ref_id, "part": ref.part}
    final = _final_host(ref)
    match = tracker_index().match(ref.url, host)
    known_tracker = match is not None  # an ESP's click counter: the mismatch is how it works
    shown = shown_domain(ref.tag.get_text(" ", strip=True)) if ref.tag is not None else ""
    if shown and not known_tracker and _misleads(shown, final or host, sender):
        yield "LINK_TEXT_MISMATCH", {**item, "shown": shown, "goes_to": final or host}
    if host in SHORTENERS or registrable_domain(host) in SHORTENERS:
        yield "URL_SHORTENER", item
    elif _redirector(ref) and final and not same_org(registrable_domain(final), registrable_domain(host)):
        yield "OPEN_REDIRECT", {**item, "goes_to": final}
    for candidate in dict.fromkeys(h for h in (host, final) if h):
        if free_host(candidate, ref.url if candidate == host else ""):
            yield "FREE_HOSTING_LINK", {**item, "landing_host": candidate}
            break
    if is_ip(host):
        yield "IP_LINK", item
    elif "xn--" in host:
        name = _unicode(host)
        # Odd: alphabets mixed in one label, or an internationalised label under a plain ASCII domain
        # (genuine sites register the accented name itself: ökoligenta.de).
        odd = mixed_scripts(name) or "xn--" not in registrable_domain(host)
        yield "PUNYCODE_LINK", {**item, "unicode": name, "mixed_scripts": odd}


def _misleads(shown: str, target: str, sender: Sender) -> bool:
    """Does a link showing `shown` but going to `target` (the last destination written in it) mislead?

    Not when both are one organisation, nor when the link goes through the sender's own domains
    (a publisher's click counter: news.com shown, clickthru.online.com linked by online.com's
    newsletter) — unless the text shows the site of an organisation the message claims to come
    from and that claim is not proven: that is how a forged PayPal mail links to its own server.
    """
    if same_org(registrable_domain(shown), registrable_domain(target)) or _same_brand(shown, target):
        return False
    claimed = _claimed_brand(shown, sender)
    if claimed is not None and not claimed.owns(target):
        return True
    return not any(same_org(target, d) for d in sender.family)


def _claimed_brand(shown: str, sender: Sender) -> Brand | None:
    """The organisation whose site `shown` is, when the message claims to come from it (From domain
    not proven, or its name in the display name)."""
    brand = first_owner(shown)
    if brand is None:
        return None
    if brand.owns(sender.domain):
        return None if sender.proven else brand
    named = {b.name for b, _ in brands_named_in(sender.display_name)}
    return brand if brand.name in named else None


def _final_host(ref: Reference) -> str:
    for url in reversed(ref.wrapped):
        target = normalise(url)
        if target.remote and target.host:
            return target.host.lower()
    return ""


def _same_brand(shown: str, target: str) -> bool:
    """`paypal.de` shown, `paypal.com` linked: one organisation under two endings."""
    return shown.split(".")[-2:-1] == registrable_domain(target).split(".")[:1]


def _redirector(ref: Reference) -> bool:
    host = ref.host.lower()
    path = ref.url.split(host, 1)[-1] if host in ref.url else ""
    for suffix, pattern in _REDIRECTORS:
        if (host == suffix or host.endswith("." + suffix) or (suffix.endswith(".") and suffix in host)) and (
            pattern is None or pattern.search(path)
        ):
            return True
    return False


def free_host(host: str, url: str = "") -> bool:
    """Is `host` on a service where anyone can publish a page (`FREE_HOSTS`)?

    The host or one of its parent names is a service's name (one look-up each, see `parent_names`),
    and the service's path, when it has one (`docs.google.com/forms`), follows the host in `url`."""
    services = _free_services()
    for name in parent_names(host):
        if any(not path or f"{host}/{path}" in url for path in services.get(name, ())):
            return True
    return False


@functools.cache
def _free_services() -> dict[str, tuple[str, ...]]:
    """`FREE_HOSTS` as service name -> its paths ("" for the whole service)."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in FREE_HOSTS:
        name, _, path = entry.partition("/")
        out[name] = (*out.get(name, ()), path)
    return out


def _unicode(host: str) -> str:
    try:
        return host.encode("ascii").decode("idna")
    except (UnicodeError, ValueError):
        return host


def mixed_scripts(name: str) -> bool:
    """A label that mixes alphabets (Latin with Cyrillic or Greek…), or non-Latin letters that all look
    like Latin ones (Cyrillic `аррӏе`): the marks of a look-alike name."""
    for label in name.split("."):
        scripts = {unicodedata.name(c, "?").split()[0] for c in label if c.isalpha()}
        alphabets = scripts & {"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"}  # letters that look alike
        if len(alphabets) > 1 or (not label.isascii() and skeleton(label).isascii() and "LATIN" not in scripts):
            return True
    return False


def _mailto_only(refs: list[Reference], from_address: str) -> Finding | None:
    addresses = []
    for ref in refs:
        address = ref.raw.strip()[7:].split("?", 1)[0].strip().lower()
        if "@" in address and is_freemail(address.rpartition("@")[2]) and address != from_address.lower():
            addresses.append(address)
    if not addresses:
        return None
    return Finding(
        category=Category.CONTENT,
        code="MAILTO_FREEMAIL_ONLY",
        severity=Severity.MEDIUM,
        title=tr("The only way to respond is to write to a free-mail address ({address})", address=addresses[0]),
        explanation=tr(
            "The message has no web links; its call to action is to write to a personal free-mail address "
            "that is not the sender's. Advance-fee and gift-card scams work this way, because a reply address "
            "cannot be checked by a link filter."
        )
        + " "
        + tr("Innocent explanations:")
        + " "
        + tr("small associations and private people do use free-mail addresses."),
        evidence={"addresses": sorted(set(addresses))[:10], "from": from_address},
        part=refs[0].part,
        element_id=refs[0].ref_id,
    )


_TEXTS: dict[str, tuple[Severity, Text, Text, Text]] = {
    "LINK_TEXT_MISMATCH": (
        Severity.MEDIUM,
        tr("A link shows one web address but leads to another"),
        tr(
            "The text of a link shows a web address, but clicking it would take you to a different site. "
            "Phishing mail shows the real company's address and links to the attacker's page."
        ),
        tr(
            "newsletters count clicks through their mailing service's own address, and companies link between "
            "their own sites under different names."
        ),
    ),
    "URL_SHORTENER": (
        Severity.LOW,
        tr("A link goes through a link shortener"),
        tr(
            "A shortened link hides where it really leads until you click it, so neither you nor a filter can "
            "check the destination beforehand."
        ),
        tr("social networks and marketing mail shorten links to count clicks."),
    ),
    "OPEN_REDIRECT": (
        Severity.LOW,
        tr("A link borrows a well-known site's address to send you elsewhere"),
        tr(
            "The link starts at a large, trusted site but only passes you on to another one written inside the "
            "address. Attackers use such redirects so that the link looks safe to people and filters."
        ),
        tr("search results and copied links from documents often look like this."),
    ),
    "FREE_HOSTING_LINK": (
        Severity.MEDIUM,
        tr("A link leads to a page on free web hosting"),
        tr(
            "The link leads to a page on a service where anyone can publish a web page in minutes, without "
            "proving who they are (cloud storage, app hosting, site builders). Fake sign-in pages are often put "
            "there because the service's name looks respectable."
        ),
        tr("small organisations host documents and sites on these services too."),
    ),
    "IP_LINK": (
        Severity.MEDIUM,
        tr("A link points to a bare numeric internet address"),
        tr(
            "The link points to a numeric address instead of a named site. Genuine companies link to their "
            "names; a bare address hides who runs the server."
        ),
        tr("home devices and test servers are sometimes reached this way."),
    ),
    "PUNYCODE_LINK": (
        Severity.MEDIUM,
        tr("A link leads to an internationalised address that may imitate another"),
        tr(
            "The link's site name is written with non-Latin or accented letters (shown to the computer as "
            "'xn--…'). Such names can look exactly like a well-known site while being another one."
        ),
        tr("sites in languages with accented or non-Latin letters use such names legitimately."),
    ),
}


def _finding(code: str, items: list[dict[str, Any]]) -> Finding:
    severity, title, why, innocent = _TEXTS[code]
    first = items[0]
    if code == "LINK_TEXT_MISMATCH":
        title = tr("A link shows {shown} but leads to {target}", shown=first["shown"], target=first["goes_to"])
    elif code == "FREE_HOSTING_LINK":
        title = tr("A link leads to a page on free web hosting ({host})", host=first["landing_host"])
    elif code == "PUNYCODE_LINK":
        title = tr("A link leads to {unicode}, an address that may imitate another", unicode=first["unicode"])
        if not any(i["mixed_scripts"] for i in items):
            severity = Severity.LOW  # accented names (ökoligenta.de) are common; mixed alphabets are not
    clean = items[:50]
    return Finding(
        category=Category.CONTENT,
        code=code,
        severity=severity,
        title=title,
        explanation=why + " " + tr("Innocent explanations:") + " " + innocent,
        evidence={"links": clean, "count": len(items)},
        part=first["part"],
        url=first["url"],
        host=first["host"],
        domain=registrable_domain(first["host"]),
        vector="a[href]",
        element_id=first["element_id"],
    )
