"""A standalone HTML report for the security team: one file, no script, no remote resource.

Everything an analyst needs to verify the findings by hand is in it: verdict, sender summary,
findings with evidence, the Received chain, attachments with hashes, IOCs (defanged) and a
neutralised picture of the message. The only URLs it carries are `data:` images and `#`
anchors; every piece of message text is escaped, so the report itself is safe to open.
"""

from __future__ import annotations

import base64
import html
from typing import Any

from ..model import display_group
from .iocs import collect, defang

Record = dict[str, Any]

_LEVEL_COLOURS = {
    "clean": "#1e7e34",
    "tracked": "#1a5fb4",
    "targeted": "#9a6700",
    "caution": "#9a6700",
    "suspicious": "#b35900",
    "dangerous": "#b3261e",
}
_SEVERITY_COLOURS = {"info": "#5f6368", "low": "#0b6e99", "medium": "#9a6700", "high": "#b3261e"}
# Threat categories first (they set the overall level), then the tracking answer.
_CATEGORY_TITLES = {
    "attack": "Attacks: could run code or steal a password",
    "sender": "Who really sent it",
    "attachment": "Attachments",
    "content": "Content",
    "parse": "Message structure",
    "beacon": "Tracking when the message is opened",
    "read_receipt": "Read receipts",
    "tracked_link": "Tracked links",
}
_TRACKING = ("beacon", "read_receipt", "tracked_link")

_CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #1f1f1f;
       margin: 0 auto; max-width: 60rem; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem;
     border-bottom: 1px solid #ddd; padding-bottom: .25rem; } h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
h3.axis { font-size: 1.1rem; color: #444; border-bottom: 1px solid #eee; margin-top: 1.5rem; }
.meta { color: #5f6368; margin: 0 0 1rem; }
.verdict { border-radius: 8px; color: #fff; margin: 1rem 0; border: 0; } .verdict td { border: 0; color: #fff; }
.verdict strong { font-size: 1.2rem; text-transform: uppercase; letter-spacing: .04em; margin-right: .5rem; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 .75rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #eee; }
th { background: #f6f8fa; font-weight: 600; white-space: nowrap; }
td.k { width: 11rem; color: #5f6368; }
code, .mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12.5px; word-break: break-all; }
.finding { border: 1px solid #e3e3e3; border-left-width: 5px; border-radius: 6px; padding: .6rem .8rem;
           margin: .6rem 0; page-break-inside: avoid; }
.finding .title { font-weight: 600; } .badge { display: inline-block; border-radius: 4px; color: #fff;
       font-size: 11px; padding: 0 .4rem; margin-right: .4rem; text-transform: uppercase; }
.finding p { margin: .35rem 0; }
.thumb { border: 1px solid #ddd; max-width: 100%; }
.ioc { columns: 2; font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; word-break: break-all; }
.footer { color: #5f6368; font-size: 12px; margin-top: 2rem; border-top: 1px solid #ddd; padding-top: .5rem; }
@media print { body { padding: 0; max-width: none; } .verdict { -webkit-print-color-adjust: exact;
       print-color-adjust: exact; } h2 { page-break-after: avoid; } }
"""


def render_html(record: Record, *, thumbnail_png: bytes | None = None) -> str:
    """The report as one self-contained HTML document."""
    e = _escape
    message = record.get("message") or {}
    title = f"Email Inspector report — {message.get('subject') or record.get('file', '')}"
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">",
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        "<h1>Email Inspector report</h1>",
        f"<p class='meta'>{e(record.get('tool', ''))} · schema {e(record.get('schema', ''))}</p>",
    ]
    if not record.get("ok"):
        error = record.get("error") or {}
        parts.append(
            f"<p>This file could not be analysed: <code>{e(error.get('code'))}</code> {e(error.get('message'))}</p>"
        )
        parts.append(_file_table(record))
        return "".join([*parts, _footer(), "</body></html>"])
    verdict = record.get("verdict") or {}
    level = verdict.get("banner") or verdict.get("level", "clean")
    colour = _LEVEL_COLOURS.get(level, "#5f6368")
    # A one-cell table rather than a padded div: Qt's PDF writer honours cellpadding, not padding.
    parts.append(
        f"<table class='verdict' cellpadding='10' style='background:{colour}' bgcolor='{colour}'><tr>"
        f"<td bgcolor='{colour}' style='background:{colour}'><font color='#ffffff'>"
        f"<strong>{e(level)}</strong> {e(verdict.get('reason'))}</font></td></tr></table>"
    )
    threat, tracking = verdict.get("threat") or {}, verdict.get("tracking") or {}
    if threat:
        parts.append(
            "<table class='axes'>"
            f"<tr><td class='k'>Is it who it claims to be?</td><td><strong>{e(threat.get('level'))}</strong> "
            f"{e(threat.get('reason'))}</td></tr>"
            f"<tr><td class='k'>Are you being tracked?</td><td><strong>{e(tracking.get('level'))}</strong> "
            f"{e(tracking.get('reason'))}</td></tr></table>"
        )
    if verdict.get("advice"):
        items = "".join(f"<li>{e(sentence)}</li>" for sentence in verdict["advice"])
        parts.append(f"<h2 id='advice'>What to do now</h2><ul class='advice'>{items}</ul>")
    parts += [_message_table(message), _file_table(record)]
    if thumbnail_png:
        data = base64.b64encode(thumbnail_png).decode("ascii")
        parts.append("<h2 id='view'>How the message looks (remote content blocked)</h2>")
        parts.append(
            f"<img class='thumb' width='600' alt='Safe view of the message' src='data:image/png;base64,{data}'>"
        )
    parts += [_sender(record.get("sender") or {}), _findings(record.get("findings") or [])]
    parts += [_received(record.get("received") or []), _attachments(record.get("attachments") or [])]
    parts += [_iocs(record), _footer(), "</body></html>"]
    return "".join(parts)


def _escape(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _kv_table(rows: list[tuple[str, object]]) -> str:
    body = "".join(
        f"<tr><td class='k'>{_escape(k)}</td><td>{_value(v)}</td></tr>" for k, v in rows if v not in (None, "", [], {})
    )
    return f"<table>{body}</table>" if body else ""


def _value(value: object) -> str:
    if isinstance(value, dict):
        return _kv_table(list(value.items()))
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return "<br>".join(f"<span class='mono'>{_escape(v)}</span>" for v in value)
        return "".join(_value(v) for v in value)
    text = str(value)
    if "://" in text or text.startswith("\\\\"):
        return f"<code>{_escape(defang(text))}</code>"
    return f"<span class='mono'>{_escape(text)}</span>" if len(text) > 40 and " " not in text else _escape(text)


def _message_table(message: dict[str, Any]) -> str:
    rows = [(k.replace("_", " ").capitalize(), message.get(k)) for k in ("subject", "from", "to", "date", "message_id")]
    return "<h2 id='message'>Message</h2>" + _kv_table(rows)


def _file_table(record: Record) -> str:
    rows = [("File", record.get("file")), ("SHA-256", record.get("sha256")), ("Size (bytes)", record.get("size"))]
    rows.append(("Format", record.get("format")))
    return _kv_table(rows)


def _sender(sender: dict[str, Any]) -> str:
    if not sender:
        return ""
    return "<h2 id='sender'>Who really sent this</h2>" + _kv_table(list(sender.items()))


def _findings(findings: list[dict[str, Any]]) -> str:
    if not findings:
        return "<h2 id='findings'>Findings</h2><p>No findings.</p>"
    out = [f"<h2 id='findings'>Findings ({len(findings)})</h2>"]
    grouped: dict[str, list[dict[str, Any]]] = {}
    done: list[str] = []
    for finding in findings:
        grouped.setdefault(display_group(finding.get("category", ""), finding.get("axis")), []).append(finding)
    for category, items in sorted(
        grouped.items(), key=lambda kv: list(_CATEGORY_TITLES).index(kv[0]) if kv[0] in _CATEGORY_TITLES else 99
    ):
        if category in _TRACKING and not any(c in _TRACKING for c in done):
            out.append("<h3 class='axis'>Are you being tracked?</h3>")
        elif category not in _TRACKING and not done:
            out.append("<h3 class='axis'>Is it who it claims to be?</h3>")
        done.append(category)
        out.append(f"<h3>{_escape(_CATEGORY_TITLES.get(category, category))}</h3>")
        for f in items:
            colour = _SEVERITY_COLOURS.get(f.get("severity", ""), "#5f6368")
            details = [(key, f.get(key)) for key in ("part", "header", "url", "host", "domain", "vector", "vendor")]
            details += [("recipient token", f.get("recipient_token")), ("reveals", f.get("reveals"))]
            out.append(
                f"<div class='finding' style='border-left-color:{colour}'>"
                f"<span class='badge' style='background:{colour}'>{_escape(f.get('severity'))}</span>"
                f"<span class='title'>{_escape(f.get('title'))}</span> <code>{_escape(f.get('code'))}</code>"
                f"<p>{_escape(f.get('explanation'))}</p>{_kv_table(details)}"
                f"{_kv_table([('evidence', f.get('evidence'))])}</div>"
            )
    return "".join(out)


def _received(hops: list[dict[str, Any]]) -> str:
    if not hops:
        return ""
    columns = [c for c in ("hop", "from", "ip", "by", "time", "delay", "trusted") if any(c in h for h in hops)]
    head = "".join(f"<th>{_escape(c)}</th>" for c in columns)
    rows = "".join("<tr>" + "".join(f"<td>{_escape(h.get(c))}</td>" for c in columns) + "</tr>" for h in hops)
    return f"<h2 id='received'>Received chain (oldest first)</h2><table><tr>{head}</tr>{rows}</table>"


def _attachments(attachments: list[dict[str, Any]]) -> str:
    if not attachments:
        return ""
    head = "<tr><th>Part</th><th>Name</th><th>Type (declared / sniffed)</th><th>Size</th><th>SHA-256</th></tr>"
    rows = "".join(
        f"<tr><td>{_escape(a.get('part'))}</td><td>{_escape(a.get('filename'))}</td>"
        f"<td>{_escape(a.get('declared_type'))} / {_escape(a.get('sniffed_type'))}</td>"
        f"<td>{_escape(a.get('size'))}</td><td class='mono'>{_escape(a.get('sha256'))}</td></tr>"
        for a in attachments
    )
    return f"<h2 id='attachments'>Attachments</h2><table>{head}{rows}</table>"


def _iocs(record: Record) -> str:
    iocs = collect(record)
    if not iocs:
        return ""
    out = ["<h2 id='iocs'>Indicators (defanged)</h2>"]
    for label, values in (("URLs", iocs.urls), ("Domains", iocs.domains), ("IP addresses", iocs.ips),
                          ("Email addresses", iocs.emails), ("SHA-256", iocs.sha256)):  # fmt: skip
        if values:
            items = "<br>".join(_escape(defang(v)) for v in values)
            out.append(f"<h3>{label}</h3><div class='ioc'>{items}</div>")
    return "".join(out)


def _footer() -> str:
    return (
        "<p class='footer'>Made by Email Inspector without contacting any host the message names. Links "
        "are defanged (hxxp, [.]) so that they cannot be followed by accident.</p>"
    )
