"""The list of indicators being built, and the rules that protect a domain from the attacker role.

Whoever adds an indicator proposes a role; a host rule may overrule it (the reader's own domain, the real
domain of the imitated brand, an XML namespace, a free-mail provider). When the same value comes twice,
the more protective role wins: blocking the reader's own domain or Le Soir does harm, missing one
duplicate does not (the URL that carried it is still listed).
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..texts import tr
from .common.brands import brand_of_domain
from .common.domains import domain_matches, is_freemail, registrable_domain
from .common.ip_text import maybe_ip

ROLES = ("attacker", "impersonated", "recipient", "benign")
# Lower wins. "benign" proposed by a rule (a namespace) beats "attacker"; "benign" because the message
# was judged harmless does not beat a tracker's "attacker".
_RANK = {"recipient": 0, "impersonated": 1, "benign!": 2, "attacker": 3, "benign": 4}

# References that name a standard, not a sender: namespaces, DTDs, schemas.
BENIGN_HOSTS = frozenset(
    {
        "w3.org",
        "www.w3.org",
        "schemas.microsoft.com",
        "schemas.openxmlformats.org",
        "purl.org",
        "ns.adobe.com",
        "xmlns.com",
        "schema.org",
        "ogp.me",
        "docs.oasis-open.org",
    }
)
# Services anyone can use: the whole service is never the attacker's, a page on it may be.
_SHARED = frozenset(
    {
        "bit.ly", "t.co", "tinyurl.com", "goo.gl", "ow.ly", "is.gd", "cutt.ly", "rb.gy", "t.ly", "shorturl.at",
        "rebrand.ly", "linktr.ee", "lnkd.in", "qrco.de", "s.id", "tiny.cc", "v.gd",
        "github.com", "github.io", "githubusercontent.com", "gitlab.io", "google.com", "googleapis.com",
        "firebaseapp.com", "web.app", "appspot.com", "blogspot.com", "sharepoint.com", "onedrive.live.com",
        "1drv.ms", "dropbox.com", "wetransfer.com", "weebly.com", "wixsite.com", "wix.com", "godaddysites.com",
        "square.site", "webflow.io", "netlify.app", "vercel.app", "pages.dev", "workers.dev", "herokuapp.com",
        "azurewebsites.net", "windows.net", "amazonaws.com", "cloudfront.net", "ipfs.io", "000webhostapp.com",
        "glitch.me", "repl.co", "notion.site", "forms.gle", "typeform.com", "jotform.com", "canva.com",
        "wordpress.com", "medium.com", "mailchi.mp", "list-manage.com", "sendgrid.net", "mailgun.org",
        "facebook.com", "instagram.com", "twitter.com", "x.com", "linkedin.com", "youtube.com", "whatsapp.com",
        "apple.com", "microsoft.com", "office.com", "live.com", "outlook.com", "yahoo.com", "gmail.com",
    }
)  # fmt: skip
_DOMAIN = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9\-]{2,59})$")
# File names look like domains (`questions-interview.pdf.html`): these endings are never a real TLD
# people register mail or web hosts under, and a host never comes from a file name here anyway.
# (`.zip` and `.mov` are real top-level names attackers register: they stay domains.)
_ENDINGS = "html htm pdf doc docx xls xlsx xlsm ppt pptx rar 7z exe js jpg jpeg png gif svg txt eml msg iso img lnk hta"
_FILE_ENDINGS = frozenset([*_ENDINGS.split(), "vbs", "scr", "bat", "cmd", "ps1", "rtf", "odt", "ics"])


def shared_service(host: str) -> bool:
    """A service anyone can publish on or send through: its name alone blocks everyone's pages."""
    return domain_matches(host, _SHARED) or is_freemail(host)


@dataclass
class IndicatorList:
    threat: bool
    own: set[str]
    impersonated: dict[str, str]
    limit: int
    left_out: int = 0
    _items: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _rank: dict[tuple[str, str], int] = field(default_factory=dict)
    _rules: dict[tuple[str, bool], tuple[str, str] | None] = field(default_factory=dict)

    def items(self) -> list[dict[str, Any]]:
        return list(self._items.values())

    def add(self, kind: str, value: str, role: str, reason: str, finding: str | None, where: str) -> None:
        """Keep the more protective of two roles for one value; `benign!` is a rule's benign."""
        key = (kind, value)
        rank = _RANK[role]
        if key in self._rank and self._rank[key] <= rank:
            if finding and not self._items[key]["finding"] and self._rank[key] == rank:
                self._items[key]["finding"] = finding
            return
        if key not in self._items and len(self._items) >= self.limit:
            self.left_out += 1
            return
        self._rank[key] = rank
        shown = "benign" if role == "benign!" else role
        self._items[key] = {
            "type": kind,
            "value": value,
            "role": shown,
            "reason": reason,
            "finding": finding,
            "where": str(where or "")[:120],
        }

    def url(self, url: str, role: str, reason: str, finding: str | None, where: str) -> None:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if not host or parts.scheme.lower() not in ("http", "https", "ftp"):
            return
        ruled = self.host_rule(host, whole_service=False)
        if ruled:
            role, reason = ruled
        self.add("url", url, role, reason, finding, where)
        self.domain(host, role, reason, finding, where)

    def domain(self, host: object, role: str, reason: str, finding: str | None, where: str) -> None:
        host = str(host or "").lower().strip("[]").rstrip(".")
        if not host:
            return
        if _is_ip(host):
            if ipaddress.ip_address(host).is_global:
                self.add("ip", host, role, reason, finding, where)
            return
        if not _DOMAIN.match(host) or host.rsplit(".", 1)[1] in _FILE_ENDINGS:
            return
        ruled = self.host_rule(host, whole_service=True)
        self.add("domain", host, *(ruled or (role, reason)), finding, where)

    def address(self, address: str, role: str, reason: str, finding: str | None, where: str) -> None:
        address = address.strip().strip("<>").lower()
        local, _, host = address.rpartition("@")
        if not local or not _DOMAIN.match(host):
            return
        ruled = self.host_rule(host, whole_service=False)
        if ruled and ruled[0] != "benign!":  # a free-mail address is someone's; the provider is not
            role, reason = ruled
        self.add("email", address, role, reason, finding, where)
        self.domain(host, role, reason, finding, where)

    def host_rule(self, host: str, *, whole_service: bool) -> tuple[str, str] | None:
        """The role a host has whatever proposed it, or None (`whole_service`: judging the name itself).

        Worked out once per host: a newsletter names the same few hosts in hundreds of links."""
        key = (host, whole_service)
        if key not in self._rules:
            self._rules[key] = self._host_rule(host, whole_service=whole_service)
        return self._rules[key]

    def _host_rule(self, host: str, *, whole_service: bool) -> tuple[str, str] | None:
        if any(host == d or host.endswith("." + d) for d in self.own):
            return "recipient", tr("One of the recipient's own domains.")
        domain = registrable_domain(host) or host
        if domain in self.impersonated:
            brand = self.impersonated[domain]
            return "impersonated", tr("A real domain of {brand}, which this message imitates.", brand=brand)
        if host in BENIGN_HOSTS or domain in BENIGN_HOSTS:
            return "benign!", tr("A standard's reference (a namespace or schema), not a sender's server.")
        if whole_service and shared_service(host):
            return "benign!", tr("A service anyone can use: blocking it would block everyone, not this attacker.")
        brand = _brand_domain(host)
        if brand and not shared_service(host):
            return "benign!", tr(
                "A real domain of {brand}: that organisation's own site, not the attacker's.", brand=brand
            )
        return None


def _brand_domain(host: str) -> str:
    brand = brand_of_domain(host)
    return brand.name if brand else ""


def _is_ip(text: str) -> bool:
    if not maybe_ip(text):
        return False  # the common case, a name
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
