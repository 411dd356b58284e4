"""The case report as one self-contained HTML file (also printed to PDF): no script, no remote resource.

Page 1 tells the case in plain words (case_report.py); the next pages hold the evidence, one table
per question (evidence_tables.py). The only URLs it carries are `data:` images and `#` anchors;
every piece of message text is escaped, and links are defanged (only links: CSS and HTML snippets
stay as written). The local path of the message appears only with `include_path=True`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..texts import tr
from .case_report import case_page, facts_line
from .evidence_tables import evidence_pages
from .html_bits import Words, esc

Record = dict[str, Any]

_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", system-ui, sans-serif; font-size: 9pt; color: #1f1f1f; }
h1 { font-size: 15pt; margin: 0 0 4px 0; } h2 { font-size: 11pt; margin: 8px 0 3px 0; color: #222; }
ul { margin-top: 2px; margin-bottom: 2px; } li { margin-bottom: 2px; }
th { font-weight: bold; } td, th { font-size: 8pt; }
.evidence { page-break-before: always; }
"""


def render_html(
    record: Record,
    *,
    thumbnail_png: bytes | None = None,
    lang: str = "en",
    include_path: bool = False,
    today: str | None = None,
) -> str:
    """The case report of one record in `lang` (en, fr, nl)."""
    words = Words(lang)
    today = today or datetime.now(UTC).strftime("%Y-%m-%d")
    title = report_title(record, lang)
    parts = [
        f"<!DOCTYPE html><html lang='{esc(lang)}'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">",
        f"<title>{esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{words(tr('Case report'))}</h1>",
        facts_line(record, words, include_path=include_path, today=today),
    ]
    if not record.get("ok"):
        error = record.get("error") or {}
        sentence = tr("This file could not be analysed: {reason}", reason=str(error.get("message") or ""))
        parts.append(f"<p>{words(sentence)}</p>")
        return "".join([*parts, _footer(record, words), "</body></html>"])
    parts += [case_page(record, words, thumbnail_png=thumbnail_png), _footer(record, words)]
    parts.append(f"<div class='evidence' style='page-break-before:always'>{evidence_pages(record, words)}</div>")
    parts.append("</body></html>")
    return "".join(parts)


def report_title(record: Record, lang: str = "en") -> str:
    """The line each printed page carries in its header: the message's subject (or its file name)."""
    message = record.get("message") or {}
    subject = str(message.get("subject") or "").strip()
    if subject:
        return subject
    return str(record.get("file") or "").replace("\\", "/").rsplit("/", 1)[-1] or Words(lang).plain(tr("Case report"))


def page_label(lang: str) -> str:
    """ "Page {page} of {pages}" in `lang`, placeholders kept for the PDF writer to fill in."""
    return Words(lang).plain(tr("Page {page} of {pages}", page="{page}", pages="{pages}"))


def _footer(record: Record, words: Words) -> str:
    facts = [
        f"{esc(record.get('tool'))}",
        f"{words(tr('Message SHA-256'))}: {esc(record.get('sha256'))}" if record.get("sha256") else "",
        f"{words(tr('Size (bytes)'))}: {esc(record.get('size'))}" if record.get("size") is not None else "",
    ]
    note = tr(
        "Made without contacting any host the message names. Links are defanged (hxxp, [.]) so that they "
        "cannot be followed by accident."
    )
    return f"<p><font color='#5f6368' size='2'>{' · '.join(f for f in facts if f)}<br>{words(note)}</font></p>"
