"""Assemble the safe document: sanitise each HTML body and wrap it with the CSP.

The result is then checked as the engine will parse it (`verify.fail_closed`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from bs4 import BeautifulSoup, NavigableString, Tag

from ..analysis.common.mime_refs import content_base
from ..model import Category, Finding, Report, Severity
from ..parsing import Message
from ..texts import tr
from .inline import CidImages, squeeze
from .placeholders import Words, badge_text
from .plaintext import text_to_html
from .refs import Ref, RefIndex, scan_body
from .sanitize import Blocked, Sanitiser

CSP = (
    "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"
)
HEAD = (
    '<meta charset="utf-8">'
    f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    '<meta name="referrer" content="no-referrer">'
)
_LOCAL_SCHEMES = frozenset({"data", "cid", "mid", "mailto", "tel", "sms", "about", "urn", "tag"})
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*$")
_BODY_GAP = '<hr style="border:0;border-top:1px dashed #9aa0a6;margin:24px 0">'
_EMPTY = '<p style="font:13px sans-serif;color:#5f6368;margin:12px">This message has no text to show.</p>'


def wrap(head: str, body: str, *, body_attrs: str = "", html_attrs: str = "") -> str:
    return f"<!DOCTYPE html><html{html_attrs}><head>{HEAD}{head}</head><body{body_attrs}>{body}</body></html>"


def plain_document(message: Message) -> str:
    parts = [text_to_html(b.text) for b in message.text_bodies if b.text.strip()]
    return wrap("", _BODY_GAP.join(parts) or _EMPTY, body_attrs=' style="margin:0"')


def badge_for(report: Report, highlight: bool) -> Callable[[Ref], str | None]:
    """Badge text for each reference that a tracking-pixel finding points at (highlight mode)."""
    pixels: dict[str, Finding] = {}
    for f in report.findings:
        if f.category == Category.BEACON and f.code == "TRACKING_PIXEL":
            # a finding that stands for repeats on its host (analysis/repeats.py) badges the ones it lists
            listed = f.evidence.get("more")
            more: list = listed if isinstance(listed, list) else []
            for element_id in [f.element_id, *(m.get("element_id") for m in more if isinstance(m, dict))]:
                if element_id:
                    pixels.setdefault(element_id, f)

    def badge(ref: Ref) -> str | None:
        finding = pixels.get(ref.ref_id) if highlight else None
        if finding is None:
            return None
        return badge_text(finding.host or ref.host, knows_address=finding.recipient_token is not None)

    return badge


def sanitise_bodies(
    message: Message, badge: Callable[[Ref], str | None], words: Words = str
) -> tuple[str, list[Blocked], list[Blocked], list[str]]:
    """The safe document for all HTML bodies, plus what was blocked and what the scanner missed."""
    cids = CidImages(message)
    heads, bodies, blocked, missed, ids = [], [], [], [], []
    body_attrs = html_attrs = ""
    for number, body in enumerate(message.html_bodies, start=1):
        soup, refs = scan_body(body.text, part=body.part, base=content_base(message, body.part))
        sanitiser = Sanitiser(RefIndex(refs), cids, badge, id_prefix=f"ei-blocked-{number}", words=words)
        result = sanitiser.run(soup)
        for tag in result.soup.find_all(None, {"data-ei-refs": True}):
            ids.extend(str(tag["data-ei-refs"]).split())
        head, inner, attrs, root_attrs = _split(result.soup)
        heads.append(head)
        bodies.append(inner)
        if number == 1:
            body_attrs, html_attrs = attrs, root_attrs
        blocked.extend(result.blocked)
        missed.extend(result.missed)
    doc = wrap("".join(heads), _BODY_GAP.join(bodies), body_attrs=body_attrs, html_attrs=html_attrs)
    return doc, blocked, missed, list(dict.fromkeys(ids))  # first occurrence of each, in order


def _split(soup: BeautifulSoup) -> tuple[str, str, str, str]:
    """(head markup, body markup, body attributes, html attributes) of a parsed body.

    Content outside <body> (text after </html>, a body without tags) goes into the body, as a
    browser would put it.
    """
    head = soup.find("head")
    body = soup.find("body")
    root = soup.find("html")
    head_markup = head.decode_contents() if isinstance(head, Tag) else ""
    if isinstance(head, Tag):
        head.extract()
    if isinstance(body, Tag):
        attrs = _attrs(body)
        inner = body.decode_contents()
        body.extract()
        rest = (root.decode_contents() if isinstance(root, Tag) else "") + _outside(soup, root)
        inner = inner + rest
    else:
        attrs = ""
        inner = root.decode_contents() if isinstance(root, Tag) else ""
        inner += _outside(soup, root)
    return head_markup, inner, attrs, _attrs(root) if isinstance(root, Tag) else ""


def _outside(soup: BeautifulSoup, root: object) -> str:
    # Text goes through the formatter: str() of a text node is its raw text, so an escaped
    # `&lt;img src=...&gt;` came back as a real element (found by fuzzing).
    return "".join(
        node.decode() if isinstance(node, Tag) else node.output_ready()
        for node in soup.contents
        if node is not root and isinstance(node, Tag | NavigableString)  # every node is one or the other
    )


def _attrs(tag: Tag) -> str:
    out = []
    for name, value in tag.attrs.items():
        text = " ".join(value) if isinstance(value, list) else str(value)
        out.append(f' {name}="{html.escape(text, quote=True)}"')
    return "".join(out)


def missed_findings(missed: list[Blocked]) -> list[Finding]:
    """Blocked values that could have reached a host but that the scanner did not list.

    Relative paths with no base (`images/logo.png`) go nowhere, so blocking them unlisted is fine.
    """
    return [
        bug_finding(b.raw, b.where, "blocked but not listed by the beacon scanner")
        for b in missed
        if _could_reach_a_host(b.raw)
    ]


def _could_reach_a_host(raw: str) -> bool:
    url = squeeze(raw).lower()
    if url.startswith(("//", "\\\\", "\\/", "/\\")):
        return True
    scheme, colon, _ = url.partition(":")
    return bool(colon) and _SCHEME.match(scheme) is not None and scheme not in _LOCAL_SCHEMES


def bug_finding(raw: str, where: str, what: str) -> Finding:
    return Finding(
        category=Category.PARSE,
        code="SANITISER_DISAGREES",
        severity=Severity.LOW,
        title=tr("The safe view and the beacon list disagree about one reference"),
        explanation=tr(
            "The safe view removed a reference that the tracking analysis did not report (or found one "
            "still there after cleaning). It was not loaded, but the findings list may be missing it. "
            "This is a bug in Email Inspector; please report it."
        ),
        evidence={"value": raw[:500], "where": where, "problem": what},
    )
