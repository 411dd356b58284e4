"""The fail-closed step: parse the finished document exactly as the engine will and check that tree.

The sanitiser works on one tree and writes it out as text; the engine builds its own tree from
that text. Where the two trees differ (mutation XSS: a serialisation that parses back into new
elements), the sanitiser's checks proved nothing. So the exact text that will be shown is parsed
again with the same HTML5 parser as a browser (`analysis.html_tree`) and that tree is checked:
no reference that reaches another machine, no element or attribute that can load, run or
animate. Whatever is found is removed and reported as a bug (`SANITISER_DISAGREES`), the result
is checked again, and a document that does not settle is replaced by its text alone.

A browser may build another tree from the same text (issue 21): with scripting on (a user's
browser, where `render --html` output and HTML reports are opened) `<noscript>` is raw text, and
Chromium 135+ parses `<select>` content as markup. Those trees are checked too: the sanitiser writes
no `<noscript>` (and no `<` that could open a tag in CSS), so the scripting reading can only differ
if one is left, which is itself forbidden here; a `<select>` whose other reading holds anything
forbidden is removed with its content.
"""

from __future__ import annotations

import html
from collections.abc import Iterator

from bs4 import BeautifulSoup, Tag

from ..analysis.common.html_tree import parse_html, readings
from ..model import Finding
from .document import CSP, bug_finding
from .refs import scan_body
from .sanitize import ANIMATION_TAGS, HTML_NS, UNWRAP_TAGS

MAX_ROUNDS = 3
# Nothing the sanitiser writes is any of these; each could fetch, run, navigate or rewrite.
FORBIDDEN = ANIMATION_TAGS | {
    "script", "base", "link", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "fencedframe",
    "bgsound", "param", "source", "track", "template", "video", "audio", "xml", *UNWRAP_TAGS,
}  # fmt: skip
# Elements whose content another reading of the text parses differently (see the module docstring).
_READ_DIFFERENTLY = ("select", *UNWRAP_TAGS)
# The three of render.document.HEAD, exactly.
_OWN_META = (
    {"charset": "utf-8"},
    {"http-equiv": "Content-Security-Policy", "content": CSP},
    {"name": "referrer", "content": "no-referrer"},
)


def fail_closed(doc: str) -> tuple[str, list[Finding]]:
    """`doc` as it may be shown, and one finding for each thing that had to be removed from it."""
    findings: list[Finding] = []
    for _ in range(MAX_ROUNDS):
        soup, refs = scan_body(doc, part="safe")
        problems = [
            (r.node, r.attribute, r.raw, r.vector or (r.attribute or "css")) for r in refs if r.remote and not r.reading
        ]
        problems += list(_unsafe_nodes(soup))
        if not problems and _other_readings_unsafe(doc, refs):
            problems = [
                (tag, None, str(tag)[:200], f"<{tag.name}> read differently") for tag in _read_differently(soup)
            ]
        if not problems:
            return doc, findings
        for node, attribute, raw, where in problems:
            findings.append(bug_finding(raw, where, "left after sanitising"))
            if isinstance(node, Tag) and attribute and attribute in node.attrs:
                del node.attrs[attribute]
            elif node is not None and getattr(node, "parent", None) is not None:
                node.extract()
        doc = str(soup)
    text = BeautifulSoup(doc, "html5lib").get_text(" ")
    findings.append(bug_finding(text[:200], "document", "did not settle: shown as text only"))
    return f"<!DOCTYPE html><pre style='white-space:pre-wrap'>{html.escape(text)}</pre>", findings


def _other_readings_unsafe(doc: str, refs: list) -> bool:
    """Whether a browser with scripting on or Chromium's <select> would build anything forbidden."""
    if any(r.remote and r.reading for r in refs):
        return True
    return any(next(_unsafe_nodes(parse_html(doc, **keywords)), None) for keywords in readings(doc))


def _read_differently(soup: BeautifulSoup) -> list[Tag]:
    tags = soup.find_all(_READ_DIFFERENTLY)
    return [t for t in tags if not any(p in tags for p in t.parents)] or soup.find_all("body")


def _unsafe_nodes(soup: BeautifulSoup) -> Iterator[tuple[Tag, str | None, str, str]]:
    """Elements and attributes that no sanitised document holds, as the engine would see them."""
    for tag in soup.find_all(True):
        name = tag.name.lower()
        foreign_style = name == "style" and tag.namespace not in (None, HTML_NS)
        if name in FORBIDDEN or foreign_style or (name == "meta" and not _own_meta(tag)):
            yield tag, None, str(tag)[:200], f"<{name}>"
            continue
        for attr in tag.attrs:
            if attr.lower().startswith("on") or attr.lower() in ("srcdoc", "formaction", "action", "ping"):
                yield tag, attr, str(tag.attrs[attr])[:200], f"{name}[{attr}]"


def _own_meta(tag: Tag) -> bool:
    return dict(tag.attrs) in _OWN_META and tag.parent is not None and tag.parent.name == "head"
