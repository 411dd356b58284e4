"""Small HTML pieces the case report is made of, in the subset Qt's PDF writer draws well.

Qt's rich-text engine (QTextDocument) prints the PDF: it honours table attributes (cellpadding,
bgcolor, width) and a few CSS properties, not padding on blocks or max-width. So every section is
a flat table (no table inside a table: labels ran into values that way) and colours are attributes.
Every text passes through `esc()`; nothing a message wrote becomes markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from .evidence_rows import CODE, TOKEN, URL, Row
from .iocs import defang, defang_text
from .language import say

MONO = "font-family:'DejaVu Sans Mono',Consolas,monospace;font-size:8pt"
GREY = "#5f6368"
_SCHEME = re.compile(r"(?i)^(https?|ftp)://")


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


class Words:
    """Texts for one report language: `words(text)` gives it translated and escaped."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, text: object) -> str:
        """Translated, links defanged (only links: CSS, hosts and addresses stay as written), escaped."""
        return esc(defang_text(say(text, self.lang)))

    def plain(self, text: object) -> str:
        return say(text, self.lang)


def mono(text: object) -> str:
    return f'<span style="{MONO}">{esc(text)}</span>'


def shown_value(row: Row, words: Words) -> str:
    """A row's value as HTML: URLs defanged (only URLs: CSS and HTML snippets stay as written), monospace."""
    if row.kind == URL:
        return mono(defang(row.value) if _SCHEME.match(row.value) else defang_text(row.value))
    if row.kind == CODE:  # an HTML element or a raw header: its URLs defanged, its CSS as written
        return mono(defang_text(row.value))
    if row.kind == TOKEN:
        return mono(row.value)
    return words(row.value)


def table(head: Iterable[str], rows: Iterable[Iterable[str]], *, widths: Iterable[str] = ()) -> str:
    """A ruled table; `head` and cells are HTML already escaped. Qt repeats a `<thead>` on each printed page."""
    widths = list(widths)
    cols = "".join(f"<th align='left' bgcolor='#eef0f3'{_width(widths, i)}>{cell}</th>" for i, cell in enumerate(head))
    body = "".join("<tr>" + "".join(f"<td valign='top'>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        "<table width='100%' cellspacing='0' cellpadding='2' border='1' "
        f"style='border-collapse:collapse;border-color:#d0d4d9'><thead><tr>{cols}</tr></thead>{body}</table>"
    )


def _width(widths: list[str], index: int) -> str:
    return f" width='{widths[index]}'" if index < len(widths) and widths[index] else ""


def section(title: str, body: str, *, anchor: str = "") -> str:
    """A titled section; empty when there is nothing to show."""
    if not body:
        return ""
    ident = f" id='{anchor}'" if anchor else ""
    return f"<h2{ident}>{title}</h2>{body}"
