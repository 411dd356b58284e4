"""`scan --format text`: a readable report for people, grouped by category, coloured on a terminal."""

from __future__ import annotations

from typing import Any

from ..model import display_group

# Threat categories first (they set the level), then the tracking answer.
_CATEGORY_TITLES = {
    "attack": "Attacks: could run code or steal a password",
    "sender": "Who really sent it",
    "attachment": "Attachments",
    "content": "Content",
    "parse": "Message structure",
    "beacon": "Tracking when you open it",
    "read_receipt": "Read receipts",
    "tracked_link": "Tracked links",
}
_LEVEL_COLOURS = {
    "clean": "32",
    "tracked": "34",
    "targeted": "33",
    "caution": "33",
    "suspicious": "35",
    "dangerous": "31",
}
_TRACKING_COLOURS = {"none": "32", "tracked": "33", "identified": "35"}
_SEVERITY_COLOURS = {"info": "2", "low": "36", "medium": "33", "high": "31;1"}


def render_text(record: dict[str, Any], *, colour: bool) -> str:
    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    lines = [paint(record["file"], "1")]
    if not record["ok"]:
        error = record["error"]
        lines.append(f"  {paint('error', '31;1')} {error['code']}: {error['message']}")
        return "\n".join(lines)
    msg = record["message"]
    lines.append(f"  Subject: {_one_line(msg['subject'])}")
    lines.append(f"  From:    {_one_line(msg['from'])}")
    verdict = record["verdict"]
    banner = verdict.get("banner") or verdict["level"]
    lines.append(f"  Verdict: {paint(banner.upper(), _LEVEL_COLOURS.get(banner, '0'))} — {verdict['reason']}")
    threat, tracking = verdict.get("threat"), verdict.get("tracking")
    if threat and tracking:
        lines.append(f"    Sender:   {paint(threat['level'], _LEVEL_COLOURS[threat['level']])} — {threat['reason']}")
        code = _TRACKING_COLOURS.get(tracking["level"], "0")
        lines.append(f"    Tracking: {paint(tracking['level'], code)} — {tracking['reason']}")
    for sentence in verdict.get("advice") or ():
        lines.append(
            f"    What to do: {sentence}" if sentence == verdict["advice"][0] else f"                {sentence}"
        )
    grouped: dict[str, list[dict[str, Any]]] = {}
    for finding in record["findings"]:
        grouped.setdefault(display_group(finding["category"], finding.get("axis")), []).append(finding)
    for category, title in _CATEGORY_TITLES.items():
        findings = grouped.get(category)
        if not findings:
            continue
        lines.append(f"  {paint(title, '1')}")
        for f in findings:
            sev = paint(f"{f['severity']:<6}", _SEVERITY_COLOURS[f["severity"]])
            lines.append(f"    {sev} {f['code']}: {_one_line(f['title'])}")
            where = f.get("url") or f.get("header") or (f"part {f['part']}" if f.get("part") else None)
            if where:
                lines.append(f"           {_one_line(str(where))[:200]}")
    return "\n".join(lines)


def _one_line(text: str) -> str:
    """Attacker text must not move the cursor or fake lines on the analyst's terminal."""
    return "".join(ch if ch.isprintable() else "\ufffd" if ch not in "\r\n\t" else " " for ch in text)
