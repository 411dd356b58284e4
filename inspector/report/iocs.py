"""Indicators of compromise of a record (URLs, domains, IPs, addresses, hashes), defanged for sharing.

They come from the record's `indicators`, each with a role (analysis/indicators.py); an export carries
only the attacker's unless asked for all roles, so that a CERT never blocks the imitated brand or the
reader's own domain. Analysts paste these into tickets and chat; a live link there is one click from a
visit to the attacker, so the default text is defanged (`hxxps://host[.]tld/path`) and plain is opt-in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'`{}|\\^]+", re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")


@dataclass
class Iocs:
    """Each list keeps first-seen order and holds no duplicates."""

    urls: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    ips: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    sha256: list[str] = field(default_factory=list)

    def add(self, kind: str, value: str) -> None:
        bucket: list[str] = getattr(self, kind)
        if value and value not in bucket:
            bucket.append(value)

    def __bool__(self) -> bool:
        return any((self.urls, self.domains, self.ips, self.emails, self.sha256))


ROLES = ("attacker", "impersonated", "recipient", "benign")
_KINDS = {"url": "urls", "domain": "domains", "ip": "ips", "email": "emails", "sha256": "sha256"}


def selected(record: dict[str, Any], *, all_roles: bool = False) -> list[dict[str, Any]]:
    """The record's indicators an export carries: the attacker's only, unless `all_roles`, then grouped by role."""
    items = [i for i in record.get("indicators") or [] if isinstance(i, dict) and i.get("type") in _KINDS]
    if not all_roles:
        return [i for i in items if i.get("role") == "attacker"]
    return sorted(items, key=lambda i: ROLES.index(i["role"]) if i.get("role") in ROLES else len(ROLES))


def collect(record: dict[str, Any], *, all_roles: bool = False) -> Iocs:
    """The indicators of a record (`record["indicators"]`, docs/report-schema.md) by kind; attacker only by default."""
    iocs = Iocs()
    for item in selected(record, all_roles=all_roles):
        iocs.add(_KINDS[item["type"]], str(item.get("value") or ""))
    return iocs


def format_indicators(record: dict[str, Any], *, defanged: bool = True, all_roles: bool = False) -> str:
    """Plain text: a heading per kind (per role and kind with `all_roles`), one indicator a line followed by
    a tab, `#`, its reason and finding code: a block list tool reads the first column, a person the rest."""
    blocks: list[str] = []
    items = selected(record, all_roles=all_roles)
    for role in ROLES if all_roles else ("attacker",):
        for kind, heading in (*_SECTIONS, ("sha256", "SHA-256")):
            rows = [i for i in items if _KINDS[i["type"]] == kind and i.get("role") == role]
            if rows:
                title = f"# {heading} ({role})" if all_roles else f"# {heading}"
                blocks.append(title + "\n" + "\n".join(_line(i, defanged=defanged) for i in rows))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _line(item: dict[str, Any], *, defanged: bool) -> str:
    value = str(item.get("value") or "")
    shown = value if item["type"] == "sha256" or not defanged else defang(value)
    note = " ".join(str(item.get("reason") or "").split())
    if item.get("finding"):
        note += f" [{item['finding']}]"
    return f"{shown}\t# {note}" if note else shown


def defang(value: str) -> str:
    """`https://evil.example/x` -> `hxxps://evil[.]example/x`; `a@b.c` -> `a[@]b[.]c`; `1.2.3.4` -> `1.2.3[.]4`."""
    match = re.match(r"(?i)^(https?|ftp)://([^/?#]*)(.*)$", value, re.DOTALL)
    if match:
        scheme = {"http": "hxxp", "https": "hxxps", "ftp": "fxp"}[match.group(1).lower()]
        return f"{scheme}://{match.group(2).replace('.', '[.]')}{match.group(3)}"
    if "@" in value:
        local, _, host = value.rpartition("@")
        return f"{local}[@]{_defang_host(host)}"
    return _defang_host(value)


def _defang_host(host: str) -> str:
    if _IPV4.fullmatch(host):
        head, _, last = host.rpartition(".")
        return f"{head}[.]{last}"
    if ":" in host and not host.startswith("["):
        return host.replace(":", "[:]")
    return host.replace(".", "[.]")


_SECTIONS = (("urls", "URLs"), ("domains", "Domains"), ("ips", "IP addresses"), ("emails", "Email addresses"))


def format_iocs(iocs: Iocs, *, defanged: bool = True, headings: Iterable[tuple[str, str]] = _SECTIONS) -> str:
    """Plain text, one indicator per line, grouped under headings; hashes are never defanged."""
    blocks = []
    for kind, heading in (*headings, ("sha256", "SHA-256")):
        values = getattr(iocs, kind)
        if values:
            shown = values if kind == "sha256" or not defanged else [defang(v) for v in values]
            blocks.append(f"# {heading}\n" + "\n".join(shown))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def defang_text(text: str) -> str:
    """Free text with every URL in it defanged (for copying a finding's evidence)."""
    return _URL.sub(lambda m: defang(m.group(0)), text)
