"""A plain-text body as escaped HTML: every character shown as written, links shown but not fetched."""

from __future__ import annotations

import html
import re

from .links import link_href

_URL = re.compile(r"""\b(?:(?:https?|ftp)://|www\.|mailto:)[^\s<>"'`]+""", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\""
MAX_LINKS = 2_000  # per body; later URLs are shown as text (each link costs the light engine ~0.2 ms
# and ~5 KB to parse and lay out: a million of them hung the window for minutes)

TEXT_STYLE = "white-space:pre-wrap;overflow-wrap:anywhere;font:13px/1.45 monospace;margin:12px;color:#202124"


def text_to_html(text: str) -> str:
    """Body markup (no document wrapper) for a plain-text part."""
    out: list[str] = []
    pos = 0
    for count, match in enumerate(_URL.finditer(text)):
        if count >= MAX_LINKS:
            break
        url = match.group(0).rstrip(_TRAILING)
        end = match.start() + len(url)
        out.append(html.escape(text[pos : match.start()]))
        shown = html.escape(url)
        out.append(f'<a href="{html.escape(link_href(url))}" title="{shown}">{shown}</a>')
        pos = end
    out.append(html.escape(text[pos:]))
    return f'<pre style="{TEXT_STYLE}">{"".join(out)}</pre>'
