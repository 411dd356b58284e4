"""Turn a message's HTML into a safe, self-contained document (core, no Qt).

Interface (used by the window, the `render` command and the tests):

    safe_document(message, report, *, highlight=None, words=str) -> SafeDocument

`SafeDocument.html` loads nothing from anywhere: every URL in it is a `data:` URI, a `#` anchor or
an internal link (`inspector:link?to=<quoted original URL>`, see `links.py`); a strict
Content-Security-Policy meta tag is the second guard. Each neutralised element carries the ids
of the scanner references it held in `data-ei-refs` (space separated); these ids are the
`ref_id`s of `inspector.analysis.common.references`, which beacon findings carry as `element_id`, so
`element_ids` lists exactly the findings the view can scroll to. `highlight` (default: on when
the report has beacon findings) turns tracking pixels into visible badges.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Category, Finding, Report
from ..parsing import Message
from .document import badge_for, missed_findings, plain_document, sanitise_bodies
from .links import INTERNAL_SCHEME, is_internal, link_href, link_target
from .placeholders import Words
from .verify import fail_closed

__all__ = [
    "INTERNAL_SCHEME",
    "SafeDocument",
    "is_internal",
    "link_href",
    "link_target",
    "safe_document",
]


@dataclass(frozen=True)
class SafeDocument:
    html: str  # sanitised, self-contained, CSP meta first in <head>
    text_html: str  # the plain-text part(s) as escaped HTML, links shown not fetched
    source: str  # the original HTML source, for the source toggle (show it as plain text!)
    blocked: int  # how many references were neutralised
    element_ids: tuple[str, ...]  # ids present in `html` (data-ei-refs), in document order
    fail_closed: list[Finding] = field(default_factory=list)  # should be empty: each one is a bug


def safe_document(
    message: Message, report: Report, *, highlight: bool | None = None, words: Words = str
) -> SafeDocument:
    """The message made safe to show. `words` puts the placeholder and badge labels into the
    reader's language (the window passes its translator; reports keep English)."""
    if highlight is None:
        highlight = any(f.category == Category.BEACON for f in report.findings)
    text_html = plain_document(message)
    source = "\n\n".join(b.text for b in message.html_bodies)
    if not message.html_bodies:
        return SafeDocument(html=text_html, text_html=text_html, source=source, blocked=0, element_ids=())
    doc, blocked, missed, ids = sanitise_bodies(message, badge_for(report, highlight), words)
    doc, leftovers = fail_closed(doc)
    return SafeDocument(
        html=doc,
        text_html=text_html,
        source=source,
        blocked=sum(1 for b in blocked if b.counts),
        element_ids=tuple(ids),
        fail_closed=missed_findings(missed) + leftovers,
    )
