"""The evidence pages of the case report: one table per question, with human labels.

Findings with their evidence, the delivery chain, authentication (what your server checked against
what the message claims), links and where they really go, attachments, indicators by role.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import display_group
from ..texts import tr
from .case_report import readable_time
from .evidence_rows import SEVERITY_WORDS, finding_rows, severity_rank
from .html_bits import GREY, Words, esc, mono, section, shown_value, table
from .iocs import defang, defang_text

Record = dict[str, Any]

SEVERITY_COLOURS = {"info": "#5f6368", "low": "#0b6e99", "medium": "#9a6700", "high": "#b3261e"}
_ORDER = ["attack", "sender", "attachment", "content", "parse", "beacon", "read_receipt", "tracked_link"]
ROLE_WORDS = {
    "attacker": tr("attacker"),
    "impersonated": tr("impersonated"),
    "recipient": tr("recipient's side"),
    "benign": tr("benign reference"),
}
MAX_LINKS = 8
MAX_INDICATORS = 30


def evidence_pages(record: Record, words: Words) -> str:
    return "".join(
        [
            findings_table(record.get("findings") or [], words),
            received_table(record.get("received") or [], words),
            auth_table((record.get("sender") or {}).get("authentication") or {}, words),
            links_table(record, words),
            attachments_table(record.get("attachments") or [], words),
            indicators_table(record, words),
        ]
    )


def findings_table(findings: list[dict[str, Any]], words: Words) -> str:
    """Each finding: a shaded title row, its explanation, then its evidence as label/value rows."""
    if not findings:
        return section(words(tr("Findings")), f"<p>{words(tr('No findings.'))}</p>")
    ordered = sorted(
        findings,
        key=lambda f: (
            _ORDER.index(g) if (g := display_group(f.get("category", ""), f.get("axis"))) in _ORDER else 99,
            -severity_rank(f),
        ),
    )
    rows = []
    explained: set[str] = set()
    for finding in ordered:
        severity = str(finding.get("severity") or "info")
        colour = SEVERITY_COLOURS.get(severity, GREY)
        explanation = _explanation(finding, words)
        if explanation in explained:
            explanation = words.plain(tr("Same explanation as a finding above."))
        explained.add(explanation)
        rows.append(
            f"<tr><td colspan='2'><font color='{colour}'><b>"
            f"{words(SEVERITY_WORDS.get(severity, severity)).upper()}</b></font> "
            f"<b>{words(finding.get('title'))}</b><br>{esc(defang_text(explanation))}</td></tr>"
        )
        for row in finding_rows(finding, brief=severity_rank(finding) < 3):
            rows.append(
                f"<tr><td width='20%'><font color='{GREY}'>{words(row.label)}</font></td>"
                f"<td>{shown_value(row, words)}</td></tr>"
            )
    body = (
        "<table width='100%' cellspacing='0' cellpadding='1' border='1' "
        f"style='border-collapse:collapse;border-color:#d0d4d9'>{''.join(rows)}</table>"
    )
    return section(words(tr("Findings ({count})", count=len(findings))), body, anchor="findings")


def _explanation(finding: dict[str, Any], words: Words) -> str:
    """The whole explanation for what matters (medium, high); its first sentence for the rest."""
    text = words.plain(finding.get("explanation"))
    if severity_rank(finding) >= 2:
        return text
    first, dot, _rest = text.partition(". ")
    return first + "." if dot else text


def received_table(hops: list[dict[str, Any]], words: Words) -> str:
    """The delivery chain, oldest hop first: when, how long it waited, between which servers, encrypted or not."""
    if not hops:
        return ""
    labels = (tr("Hop"), tr("Time"), tr("Delay"), tr("From"), tr("By"), tr("IP address"), tr("Encrypted"))
    head = [words(x) for x in labels]
    rows = []
    for hop in hops:
        sender = hop.get("from") or ""
        if hop.get("from_rdns") and hop["from_rdns"] != sender:
            sender = f"{sender} ({hop['from_rdns']})"
        rows.append(
            [
                esc(hop.get("hop")),
                esc(readable_time(hop.get("date"))),
                esc(_delay(hop.get("delay_seconds"))),
                mono(sender),
                mono(hop.get("by") or ""),
                mono(hop.get("from_ip") or ""),
                words(_tls(hop.get("with"))),
            ]
        )
    widths = ["5%", "18%", "7%", "22%", "22%", "15%", "11%"]
    return section(words(tr("Delivery chain (oldest first)")), table(head, rows, widths=widths), anchor="received")


def _delay(seconds: object) -> str:
    if not isinstance(seconds, (int, float)):
        return ""
    seconds = int(seconds)
    if abs(seconds) < 120:
        return f"{seconds} s"
    if abs(seconds) < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"


def _tls(protocol: object) -> str:
    """`with ESMTPS` (RFC 3848) says TLS was used; plain SMTP/ESMTP says it was not."""
    value = str(protocol or "").upper()
    if not value:
        return ""
    if value.startswith(("ESMTPS", "UTF8SMTPS", "LMTPS", "HTTPS")) or "TLS" in value:
        return tr("yes")
    return tr("no") if "SMTP" in value or value == "HTTP" else value


def auth_table(auth: dict[str, Any], words: Words) -> str:
    """What the receiving side checked (trusted) next to what headers inside the message claim (not trusted)."""
    checked = _trusted_results(auth)
    claimed = _claimed_results(auth)
    if not checked and not claimed:
        return ""
    head = [
        words(tr("Check")),
        words(tr("Found by your mail service (trusted)")),
        words(tr("Claimed inside the message (not trusted)")),
    ]
    rows = []
    for method in ("spf", "dkim", "dmarc", "compauth"):
        if method in checked or method in claimed:
            rows.append([method.upper(), esc(checked.get(method, "—")), esc(claimed.get(method, "—"))])
    servers = ", ".join(auth.get("trusted_authserv_ids") or [])
    note = f"<p><font color='{GREY}'>{words(tr('Trusted checks come from: {servers}', servers=servers))}</font></p>"
    return section(words(tr("Authentication")), table(head, rows, widths=["14%"]) + (note if servers else ""))


def _trusted_results(auth: dict[str, Any]) -> dict[str, str]:
    out = {}
    for method in ("spf", "dmarc", "compauth"):
        item = auth.get(method) or {}
        if item.get("result"):
            domain = item.get("domain") or item.get("header_from") or ""
            out[method] = f"{item['result']} ({domain})" if domain else str(item["result"])
    dkim = [
        f"{d['result']} ({d['domain']})" if d.get("domain") else d["result"]
        for d in auth.get("dkim") or []
        if d.get("result")
    ]
    if dkim:
        out["dkim"] = ", ".join(dkim)
    return out


def _claimed_results(auth: dict[str, Any]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for stamp in auth.get("claimed") or []:
        if stamp.get("trusted"):
            continue
        for result in stamp.get("results") or []:
            props = " ".join(f"{k}={v}" for k, v in (result.get("props") or {}).items())
            text = f"{result.get('result')} {props}".strip() + f" — {stamp.get('authserv_id') or '?'}"
            out.setdefault(str(result.get("method")), []).append(text)
    return {k: "; ".join(v) for k, v in out.items()}


def link_rows(record: Record) -> list[tuple[str, str, str]]:
    """(link, where it really goes, finding title) for every link the findings name, once each."""
    seen: dict[str, tuple[str, str, str]] = {}
    for finding in record.get("findings") or []:
        evidence = finding.get("evidence") or {}
        title = finding.get("title") or ""
        for link in evidence.get("links") or []:
            url = str(link.get("url") or "")
            goes = link.get("goes_to") or link.get("landing_host") or link.get("host") or ""
            if url and url not in seen:
                seen[url] = (url, str(goes), title)
        for item in evidence.get("items") or []:
            url = str(item.get("url") or "")
            if url and str(item.get("vector") or "").startswith("a[") and url not in seen:
                wrapped = item.get("wrapped") or evidence.get("wrapped")
                goes = wrapped[0] if isinstance(wrapped, list) and wrapped else finding.get("host") or ""
                seen[url] = (url, str(goes), title)
    for indicator in record.get("indicators") or []:
        where = str(indicator.get("where") or "")
        loaded = re.match(r"[\w:-]+\[", where) and not where.startswith(("a[", "area["))  # an image, a style
        if indicator.get("role") == "benign" or loaded:
            continue  # not a link of the message: a load (in the findings) or a reference such as X-Mailer's
        if indicator.get("type") == "url" and indicator.get("value") not in seen:
            value = str(indicator["value"])
            seen[value] = (value, "", indicator.get("reason") or "")
    return list(seen.values())


def links_table(record: Record, words: Words) -> str:
    links = link_rows(record)
    if not links:
        return ""
    head = [words(tr("Link")), words(tr("Really goes to")), words(tr("Why it is listed"))]
    rows = [[mono(_short(defang(url))), mono(defang(goes)), words(why)] for url, goes, why in links[:MAX_LINKS]]
    if len(links) > MAX_LINKS:
        rows.append(["", "", words(tr("and {count} more (all in the JSON report)", count=len(links) - MAX_LINKS))])
    return section(words(tr("Links and their real destinations")), table(head, rows, widths=["42%", "24%"]))


def _short(url: str, limit: int = 110) -> str:
    """A tracking address can run to 600 characters: the table shows its start (the findings and JSON keep it whole)."""
    return url if len(url) <= limit else url[:limit] + "…"


def attachments_table(attachments: list[dict[str, Any]], words: Words) -> str:
    if not attachments:
        return ""
    head = [words(x) for x in (tr("File name"), tr("Declared type"), tr("Real type"), tr("Size (bytes)"), "SHA-256")]
    rows = [
        [
            esc(a.get("filename") or ""),
            mono(a.get("declared_type") or ""),
            mono(a.get("sniffed_type") or ""),
            esc(a.get("size") if a.get("size") is not None else ""),
            mono(a.get("sha256") or ""),
        ]
        for a in attachments
    ]
    return section(words(tr("Attachments")), table(head, rows))


def indicators_table(record: Record, words: Words) -> str:
    """Indicators by role (`record["indicators"]`, which every export reads); nothing when there are none."""
    indicators = record.get("indicators")
    if not indicators:
        return ""
    return section(words(tr("Indicators by role (defanged)")), _by_role(indicators, words), anchor="indicators")


def _listed(values: list[str], limit: int = 12) -> str:
    shown = " · ".join(mono(defang(v)) for v in values[:limit])
    return shown + (f" (+{len(values) - limit})" if len(values) > limit else "")


def _without_implied(values: list[str]) -> list[str]:
    """Leave out a domain that a URL or an address in the same list already names (github.com beside
    https://github.com/...); the count stays the full one and every value is in the JSON."""
    named = " ".join(v.lower() for v in values if "/" in v or "@" in v)
    return [v for v in values if "/" in v or "@" in v or not re.search(rf"[/@]{re.escape(v.lower())}(?![\w.-])", named)]


def _by_role(indicators: list[dict[str, Any]], words: Words) -> str:
    """The attacker's indicators by type (what a CERT blocks; each one's reason is in the JSON and the IOC
    exports), then the other roles listed compactly: what not to block."""
    attacker = [i for i in indicators if i.get("role") == "attacker"]
    rows = []
    for kind in ("url", "domain", "ip", "email", "sha256"):
        values = [str(i.get("value") or "") for i in attacker if i.get("type") == kind][:MAX_INDICATORS]
        if values:
            joiner = "<br>" if kind in ("url", "sha256") else " · "
            rows.append([f"{esc(kind)} ({len(values)})", joiner.join(mono(defang(v)) for v in values)])
    out = ""
    if rows:
        head = [words(tr("Type")), f"{words(ROLE_WORDS['attacker'])} ({len(attacker)})"]
        out = table(head, rows, widths=["14%"])
    others = []
    for role, label in ROLE_WORDS.items():
        values = [str(i.get("value") or "") for i in indicators if i.get("role") == role and role != "attacker"]
        if values:
            others.append(f"<b>{words(label)} ({len(values)})</b>: {_listed(_without_implied(values))}")
    if others:
        note = tr("Not to block (imitated, the recipient's own, harmless):")
        out += f"<p>{words(note)} {'; '.join(others)}</p>"
    return out
