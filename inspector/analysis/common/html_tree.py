"""Parse an HTML body into the tree a browser builds: the HTML5 algorithm, with a bound on nesting.

Why HTML5 and not a lenient parser: html.parser reads `<svg><style><img src=...>` as CSS text where
Chromium builds a real `<img>`, and whatever the sanitiser and the report miss that way the safe
view then loads (mutation XSS, parser differentials). html5lib implements the WHATWG tree
construction (foreign content, raw-text and RCDATA states, foster parenting, the adoption agency),
so the report, the sanitiser and the engine see one tree.

Why more than one reading: a browser does not build one tree from a text. With scripting on it
reads `<noscript>` as raw text (html5lib, like a mail client, has scripting off), and Chromium 135+
(customizable `<select>`) keeps the markup inside `<option>` that older parsers drop. `readings`
says which other trees a text can yield; `parse_html(scripting=..., chromium_select=...)` builds them.

Why a bound: an HTML5 parser scans its stack of open elements for most tags, so 100,000 nested
`<div>` cost 10^10 steps. Chromium stops the *tree* at depth 512; here start tags past that depth
(and their end tags) are left out before parsing, which keeps their content and the work linear.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

import html5lib
from bs4 import (
    BeautifulSoup,
    MarkupResemblesLocatorWarning,
    NavigableString,
    Script,
    Stylesheet,
    Tag,
    XMLParsedAsHTMLWarning,
)
from bs4.builder._html5lib import HTML5TreeBuilder

MAX_HTML_CHARS = 5_000_000
MAX_DEPTH = 512  # Chromium's kMaximumHTMLParserDOMTreeDepth

_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)")
# Elements that never hold others, or that close an open one of their kind (or are closed by the
# next sibling): they do not deepen the tree however many are left open.
_FLAT = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "frame", "basefont", "bgsound", "image", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
    "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp", "a", "button", "nobr", "form",
    "html", "head", "body",
})  # fmt: skip
_RAW_TEXT = {"style": Stylesheet, "script": Script}
# A body that is only a URL, or starts with <?xml, is still an HTML body: bs4's hints do not apply.
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)


def parse_html(html: str, *, scripting: bool = False, chromium_select: bool = False) -> BeautifulSoup:
    """The one way to parse a body: HTML5 tree, plain string attributes, lower-case names.

    A repeated attribute (`<img src=a SRC=b>`) keeps its first value, as browsers do. By default
    the tree of a browser with scripting off and the classic `<select>` (what a mail client shows);
    `scripting` and `chromium_select` give the other readings (see the module docstring).
    """
    builder = _Builder(scripting=scripting, chromium_select=chromium_select)
    soup = BeautifulSoup(bound_depth(html[:MAX_HTML_CHARS]), builder=builder)
    for tag in soup.find_all(_needs_fixing):
        # bs4's html5lib builder leaves plain strings in <style>/<script>, which `get_text()` then
        # skips. (An SVG <style> may hold elements: those stay; the sanitiser drops foreign <style>.)
        if tag.name in _RAW_TEXT and all(type(child) is NavigableString for child in tag.contents):
            tag.string = _RAW_TEXT[tag.name]("".join(str(child) for child in tag.contents))
        # SVG's feImage, foreignObject, attributeName, viewBox: one spelling for every lookup (the
        # browser's parser puts the case back when it reads them in SVG).
        tag.name = tag.name.lower()
        if tag.attrs and not "".join(tag.attrs).islower():
            lowered: dict[str, Any] = {}  # the values as bs4 holds them
            for name, value in tag.attrs.items():
                lowered.setdefault(name.lower(), value)
            tag.attrs = lowered
    return soup


def readings(html: str) -> list[dict[str, bool]]:
    """The other trees a browser may build from `html`, as `parse_html` keywords (none: only one tree).

    The scripting flag changes only what a `noscript` start tag does, and the select parser only
    what happens inside a `select` element: without those words in the text (in any case) neither
    can make a difference, and the extra parses are skipped.
    """
    low = html[:MAX_HTML_CHARS].lower()
    scripting = [False, True] if "<noscript" in low else [False]
    select = [False, True] if "<select" in low else [False]
    return [{"scripting": s, "chromium_select": c} for s in scripting for c in select if s or c]


class _Builder(HTML5TreeBuilder):
    """bs4's html5lib builder, with html5lib's own `scripting` flag and Chromium's `<select>` parsing.

    No attribute is multi-valued (`class` stays one string), so every value is a plain string."""

    def __init__(self, *, scripting: bool, chromium_select: bool) -> None:
        super().__init__(multi_valued_attributes={})
        self.scripting = scripting
        self.chromium_select = chromium_select

    def feed(self, markup: str) -> None:  # type: ignore[override]  # always text here, never bytes
        parser = html5lib.HTMLParser(tree=self.create_treebuilder)
        assert self.underlying_builder is not None
        self.underlying_builder.parser = parser
        if self.chromium_select:
            _relax_select(parser)
        parser.parse(markup, scripting=self.scripting)
        self.underlying_builder.parser = None


def _relax_select(parser: html5lib.HTMLParser) -> None:
    """Chromium 135+ (customizable `<select>`, WHATWG html#10557): inside `<select>` the parser
    stays "in body", so `<option><img src=...>` keeps its image. Both select modes become that."""
    in_body = type(parser.phases["inBody"])

    class InSelect(in_body):  # type: ignore[misc, valid-type]
        def processStartTag(self, token: dict) -> object:
            if token["name"] == "select" and self.tree.elementInScope("select"):
                self._close_select()  # a <select> inside one closes it, as before
                return None
            return super().processStartTag(token)

        def processEndTag(self, token: dict) -> object:
            if token["name"] == "select":
                if self.tree.elementInScope("select"):
                    self._close_select()
                return None
            return super().processEndTag(token)

        def _close_select(self) -> None:
            while self.tree.openElements.pop().name != "select":
                pass
            self.parser.resetInsertionMode()

    parser.phases["inSelect"] = parser.phases["inSelectInTable"] = InSelect(parser, parser.tree)


def _needs_fixing(tag: Tag) -> bool:
    return tag.name in _RAW_TEXT or not tag.name.islower() or bool(tag.attrs and not "".join(tag.attrs).islower())


def bound_depth(html: str, limit: int = MAX_DEPTH) -> str:
    """`html` with the start tags past `limit` open elements left out (and their end tags).

    The count follows the parser roughly: an end tag closes up to its open start tag and is
    ignored when none is open. It may count deeper than a browser (tags inside comments or
    scripts), never much shallower, so the parse stays bounded.
    """
    stack: list[str] = []
    open_count: dict[str, int] = {}
    pieces: list[str] = []
    last = 0
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if name in _FLAT:
            continue
        if closing:
            if not open_count.get(name):
                continue
            while True:
                top = stack.pop()
                open_count[top] -= 1
                if top == name:
                    break
            dropped = len(stack) >= limit  # the element it closes was one left out
        else:
            dropped = len(stack) >= limit
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
        if dropped:
            end = html.find(">", match.end())
            end = len(html) if end < 0 else end + 1
            pieces.append(html[last : match.start()])
            last = end
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)
