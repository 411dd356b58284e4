"""Page 1 of the case report: the case in plain words for a member, a colleague or the police.

Verdict and why, what to do now, who really sent it, what opening it would have revealed and to
whom, and a picture of the safe view. Everything comes from the JSON record; the evidence follows
on the next pages (evidence_tables.py).
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from ..texts import join, tr
from .evidence_rows import severity_rank
from .html_bits import GREY, Words, esc, mono
from .iocs import defang, defang_text

Record = dict[str, Any]

LEVEL_COLOURS = {
    "clean": "#1e7e34",
    "tracked": "#1a5fb4",
    "targeted": "#9a6700",
    "caution": "#9a6700",
    "suspicious": "#b35900",
    "dangerous": "#b3261e",
}
LEVEL_WORDS = {
    "clean": tr("Clean"),
    "tracked": tr("Tracked"),
    "targeted": tr("Targeted"),
    "caution": tr("Caution"),
    "suspicious": tr("Suspicious"),
    "dangerous": tr("Dangerous"),
}
TRACKING = ("beacon", "read_receipt", "tracked_link")
MAX_REASONS = 5
MAX_BEACONS = 5
THUMB_WIDTH = 230


def case_page(record: Record, words: Words, *, thumbnail_png: bytes | None = None) -> str:
    """The HTML of page 1 (verdict banner, reasons, advice, sender story, tracking, thumbnail)."""
    verdict = record.get("verdict") or {}
    left = [_why(record, words), _advice(verdict, words), _sender_story(record, words), _revealed(record, words)]
    thumb = _thumbnail(thumbnail_png, words)
    body = "".join(left)
    if thumb:
        body = (
            "<table width='100%' cellspacing='0' cellpadding='0' border='0'><tr>"
            f"<td valign='top'>{body}</td><td width='12'></td>"
            f"<td valign='top' width='{THUMB_WIDTH + 6}'>{thumb}</td></tr></table>"
        )
    return banner(verdict, words) + body


def banner(verdict: dict[str, Any], words: Words) -> str:
    """The verdict as a coloured band: level word, then the verdict sentence."""
    level = str(verdict.get("banner") or verdict.get("level") or "clean")
    colour = LEVEL_COLOURS.get(level, GREY)
    return (
        f"<table width='100%' cellspacing='0' cellpadding='8' border='0' bgcolor='{colour}'><tr>"
        f"<td bgcolor='{colour}'><font color='#ffffff'><b><big>{words(LEVEL_WORDS.get(level, level))}</big></b>"
        f"<br>{words(verdict.get('reason'))}</font></td></tr></table>"
    )


def _why(record: Record, words: Words) -> str:
    """Both answers (is it who it claims? are you tracked?) and the strongest findings behind them."""
    verdict = record.get("verdict") or {}
    items = []
    for axis, question in (("threat", tr("Is it who it claims to be?")), ("tracking", tr("Are you being tracked?"))):
        answer = verdict.get(axis) or {}
        if answer.get("reason") and answer["reason"] != verdict.get("reason"):
            items.append(f"<li><b>{words(question)}</b> {words(answer['reason'])}</li>")
    strong = [f for f in record.get("findings") or [] if severity_rank(f) >= 2]
    strong.sort(key=lambda f: -severity_rank(f))
    titles = list(dict.fromkeys(str(f.get("title")) for f in strong))  # the same title twice says nothing new
    for title in titles[:MAX_REASONS]:
        items.append(f"<li>{words(next(f.get('title') for f in strong if str(f.get('title')) == title))}</li>")
    if len(titles) > MAX_REASONS:
        more = tr("and {count} more findings on the next pages", count=len(titles) - MAX_REASONS)
        items.append(f"<li><i>{words(more)}</i></li>")
    return f"<h2>{words(tr('Why'))}</h2><ul>{''.join(items)}</ul>" if items else ""


def _advice(verdict: dict[str, Any], words: Words) -> str:
    advice = verdict.get("advice") or []
    if not advice:
        return ""
    items = "".join(f"<li>{words(sentence)}</li>" for sentence in advice)
    return f"<h2>{words(tr('What to do now'))}</h2><ul>{items}</ul>"


def sender_story(record: Record) -> list[str]:
    """Who really sent it, in a few sentences (each a Text): claimed name, replies, bounces, origin, checks."""
    sender = record.get("sender") or {}
    author = sender.get("from") or {}
    lines: list[str] = []
    address = author.get("address") or (record.get("message") or {}).get("from") or ""
    if author.get("display_name"):
        lines.append(tr("It says it comes from “{name}” <{address}>.", name=author["display_name"], address=address))
    elif address:
        lines.append(tr("It says it comes from {address}.", address=address))
    replies = [r.get("address") for r in sender.get("reply_to") or [] if r.get("address")]
    if replies and any(r.lower() != str(address).lower() for r in replies):
        lines.append(tr("Replies would go to {addresses}.", addresses=", ".join(replies)))
    domain = author.get("registrable_domain")
    if sender.get("return_path") and sender.get("return_path_domain") not in (None, domain):
        lines.append(tr("Bounces go to {address}.", address=sender["return_path"]))
    origin = sender.get("origin") or {}
    if origin.get("ip"):
        lines.append(
            tr(
                "It was handed to your side by {server} ({ip}), received by {by}.",
                server=origin.get("rdns") or origin.get("helo") or origin["ip"],
                ip=origin["ip"],
                by=origin.get("by") or "?",
            )
        )
    checks = _checks(sender.get("authentication") or {})
    if checks:
        lines.append(tr("Your mail service checked it: {checks}.", checks=checks))
    if sender.get("mailer"):
        lines.append(tr("Written with {mailer}.", mailer=sender["mailer"]))
    return lines


def _checks(auth: dict[str, Any]) -> str:
    parts = []
    for name in ("spf", "dmarc"):
        result = (auth.get(name) or {}).get("result")
        if result:
            parts.append(f"{name.upper()} {result}")
    dkim = [d.get("result") for d in auth.get("dkim") or [] if d.get("result")]
    if dkim:
        parts.append("DKIM " + "/".join(dkim))
    return ", ".join(parts)


def _sender_story(record: Record, words: Words) -> str:
    lines = sender_story(record)
    if not lines:
        return ""
    text = "<br>".join(esc(defang_text(words.plain(line))) for line in lines)
    return f"<h2>{words(tr('Who really sent it'))}</h2><p>{text}</p>"


SHORT_REVEALS = {
    "open_time": tr("when you opened it"),
    "click_time": tr("when you clicked"),
    "ip_address": tr("your IP address and so your rough location"),
    "mail_client": tr("your mail program"),
    "dns_resolver": tr("your network's name server"),
    "windows_credentials": tr("your Windows user name and password hash"),
    "read_confirmation": tr("that you read it"),
}


def tracking_lines(record: Record) -> list[tuple[str, str, str]]:
    """(host, what it would tell, whom it names) per host that tracking findings name, strongest first."""
    findings = [f for f in record.get("findings") or [] if f.get("category") in TRACKING]
    findings.sort(key=lambda f: -severity_rank(f))
    hosts: dict[str, tuple[list[str], str]] = {}
    for finding in findings:
        host = str(finding.get("host") or finding.get("header") or "")
        reveals, named = hosts.setdefault(host, ([], ""))
        reveals += [r for r in finding.get("reveals") or [] if r in SHORT_REVEALS and r not in reveals]
        token = finding.get("recipient_token") or {}
        if not named and token:
            hosts[host] = (reveals, token.get("identity") or tr("an id that singles you out"))
    order = list(SHORT_REVEALS)
    return [
        (host, join(", ", [SHORT_REVEALS[r] for r in sorted(reveals, key=order.index)]), named)
        for host, (reveals, named) in hosts.items()
    ]


def _revealed(record: Record, words: Words) -> str:
    lines = tracking_lines(record)
    if not lines:
        return ""
    rows = []
    for host, tells, named in lines[:MAX_BEACONS]:
        who = f"; {words(tr('and who you are: {who}', who=named))}" if named else ""
        rows.append(f"<li>{mono(defang(host)) if host else ''}: {words(tells)}{who}</li>")
    if len(lines) > MAX_BEACONS:
        rows.append(f"<li><i>{words(tr('and {count} more', count=len(lines) - MAX_BEACONS))}</i></li>")
    title = tr("What opening it would have revealed, and to whom")
    return f"<h2>{words(title)}</h2><ul>{''.join(rows)}</ul>"


def _thumbnail(png: bytes | None, words: Words) -> str:
    if not png:
        return ""
    data = base64.b64encode(png).decode("ascii")
    caption = words(tr("The message as the safe view shows it (remote content blocked)"))
    return (
        f"<img width='{THUMB_WIDTH}' src='data:image/png;base64,{data}' alt='{caption}'>"
        f"<br><font color='{GREY}' size='2'>{caption}</font>"
    )


def readable_time(value: object) -> str:
    """`2025-11-28T10:30:12+01:00` -> `2025-11-28 10:30:12 +0100`; anything unreadable as it is."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    return moment.strftime("%Y-%m-%d %H:%M:%S") + (moment.strftime(" %z") if moment.tzinfo else "")


def facts_line(record: Record, words: Words, *, include_path: bool, today: str) -> str:
    """Under the title: subject, sender, date, and which file (its name only unless asked)."""
    message = record.get("message") or {}
    name = str(record.get("file") or "")
    if not include_path:
        name = name.replace("\\", "/").rsplit("/", 1)[-1]
    facts = [
        (tr("Subject"), message.get("subject")),
        (tr("From"), message.get("from")),
        (tr("To"), message.get("to")),
        (tr("Sent"), readable_time(message.get("date"))),
        (tr("File"), name),
        (tr("Report made"), today),
    ]
    cells = [f"<b>{words(label)}:</b> {esc(defang_text(str(value)))}" for label, value in facts if value]
    return f"<p><font color='{GREY}'>{'<br>'.join(cells)}</font></p>"
