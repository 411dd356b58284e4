"""Parse an HTML body into the tree a browser builds: the HTML5 algorithm, with a bound on nesting.

Why HTML5 and not a lenient parser: html.parser reads `<svg><style><img src=...>` as CSS text where
Chromium builds a real `<img>`, and whatever the sanitiser and the report miss that way the safe
view then loads (mutation XSS, parser differentials). html5ever (Rust, `html5ever_tree`) and
html5lib implement the WHATWG tree construction (foreign content, raw-text and RCDATA states,
foster parenting, the adoption agency), so the report, the sanitiser and the engine see one tree.

Why two parsers: html5ever is ~40 times faster and follows today's standard as Chromium does, but
it always reads with scripting on and with Chromium's `<select>`; html5lib (pure Python) makes the
readings it cannot (`fast_reading`) and is the reference of tests/test_html_parity.py.

Why more than one reading: a browser does not build one tree from a text. With scripting on it
reads `<noscript>` as raw text (html5lib, like a mail client, has scripting off), and Chromium 135+
(customizable `<select>`) keeps the markup inside `<option>` that older parsers drop. `readings`
says which other trees a text can yield; `parse_html(scripting=..., chromium_select=...)` builds them.

Why a bound: an HTML5 parser scans its stack of open elements for most tags, so 100,000 nested
`<div>` cost 10^10 steps. Chromium stops the *tree* at depth 512; here start tags past that depth
(and their end tags) are left out before parsing, which keeps their content and the work linear.

Why our own text nodes (html5lib's path): bs4's html5lib builder joins each character token onto the text before it
by building a new string (`old + new`), so a paragraph of 200,000 entities costs 200,000 copies of
a growing string (a 2 MB message took 25 s). `_Element` keeps the pieces and joins them once, after
the parse; html5lib never reads a text node's content while it builds, so the tree is the same.
"""

from __future__ import annotations

import re
import warnings
from typing import Any, cast

import html5lib
from bs4 import (
    BeautifulSoup,
    Comment,
    MarkupResemblesLocatorWarning,
    NavigableString,
    Script,
    Stylesheet,
    Tag,
    XMLParsedAsHTMLWarning,
)
from bs4.builder._html5lib import Element, HTML5TreeBuilder, TreeBuilderForHtml5lib
from html5lib._tokenizer import HTMLTokenizer
from html5lib.constants import _ReparseException

from .html5ever_tree import Html5everBuilder, too_many_attributes

MAX_HTML_CHARS = 5_000_000
MAX_DEPTH = 512  # Chromium's kMaximumHTMLParserDOMTreeDepth

_TAG = re.compile(r"<(/?)([A-Za-z][^\s/>]*)")
_START_TAG = re.compile(r"<[A-Za-z]")
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
    text = bound_depth(html[:MAX_HTML_CHARS])
    if fast_reading(text, scripting=scripting, chromium_select=chromium_select):
        return BeautifulSoup(text, builder=Html5everBuilder())
    if not too_many_attributes(text):
        soup = BeautifulSoup(text, builder=Html5everBuilder())
        if only_in_comments(soup, text, _words(scripting=scripting, chromium_select=chromium_select)):
            return soup
    return html5lib_tree(text, scripting=scripting, chromium_select=chromium_select)


def html5lib_tree(text: str, *, scripting: bool = False, chromium_select: bool = False) -> BeautifulSoup:
    """`parse_html`'s tree built by html5lib: the readings html5ever cannot make, and the parity tests' reference."""
    soup = BeautifulSoup(text, builder=_Builder(scripting=scripting, chromium_select=chromium_select))
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


def other_readings(html: str, soup: BeautifulSoup) -> list[dict[str, bool]]:
    """`readings(html)`, or none when `soup`, the default reading (`parse_html(html)`), is html5ever's.

    html5ever builds the default reading only when the words that make the readings differ are absent
    or all in comments (`only_in_comments`); then it builds every other reading too, from the same text:
    the same tree again, with nothing new in it.
    """
    return [] if isinstance(soup.builder, Html5everBuilder) else readings(html)


def fast_reading(html: str, *, scripting: bool = False, chromium_select: bool = False) -> bool:
    """Whether html5ever builds this reading of `html`: it always reads with scripting on and with
    Chromium's `<select>`, so a text holding `<noscript` or `<select` gets those from html5lib (unless
    `only_in_comments`); so does a tag of thousands of attributes (html5ever is quadratic there, our
    html5lib is not)."""
    low = html.lower()
    if any(word in low for word in _words(scripting=scripting, chromium_select=chromium_select)):
        return False
    return not too_many_attributes(html)


def _words(*, scripting: bool, chromium_select: bool) -> tuple[str, ...]:
    """The start tags whose reading html5ever cannot switch off: `<noscript`, `<select`."""
    return (() if scripting else ("<noscript",)) + (() if chromium_select else ("<select",))


def only_in_comments(soup: BeautifulSoup, html: str, words: tuple[str, ...]) -> bool:
    """Whether every `<noscript`/`<select` of `html` sits in a comment of html5ever's tree `soup`.

    Then this reading is html5ever's: the scripting flag matters only at a `noscript` start tag, the
    select parser only inside a `select` element, and a text without such a start tag holds neither;
    the two parses make the same steps up to the first of them (Outlook's `<!--[if gte mso 9]>
    <noscript><xml>...` is the common case). A comment's text is a piece of the input, so when the
    comments hold as many of the words as the whole text, no word is left to open a tag. Compared
    with `lower()`, which finds every ASCII spelling a tag name has (and more, on both sides).
    """
    low = html.lower()
    wanted = {word: low.count(word) for word in words if word in low}
    if not wanted:
        return True
    found = dict.fromkeys(wanted, 0)
    for node in soup.descendants:
        if type(node) is Comment:
            comment = node.lower()
            for word in wanted:
                found[word] += comment.count(word)
    return found == wanted


class _Builder(HTML5TreeBuilder):
    """bs4's html5lib builder, with html5lib's own `scripting` flag and Chromium's `<select>` parsing.

    No attribute is multi-valued (`class` stays one string), so every value is a plain string."""

    def __init__(self, *, scripting: bool, chromium_select: bool) -> None:
        super().__init__(multi_valued_attributes={})
        self.scripting = scripting
        self.chromium_select = chromium_select

    def feed(self, markup: str) -> None:  # type: ignore[override]  # always text here, never bytes
        parser = _Parser(tree=self.create_treebuilder)
        assert self.underlying_builder is not None
        self.underlying_builder.parser = parser
        if self.chromium_select:
            _relax_select(parser)
        parser.parse(markup, scripting=self.scripting)
        self.underlying_builder.parser = None
        self.underlying_builder.join_text()

    def create_treebuilder(self, namespaceHTMLElements: bool) -> _TreeBuilder:
        assert self.soup is not None
        self.underlying_builder = _TreeBuilder(
            namespaceHTMLElements, self.soup, store_line_numbers=self.store_line_numbers
        )
        return self.underlying_builder


class _TreeBuilder(TreeBuilderForHtml5lib):
    """bs4's tree builder whose elements append text in linear time (see the module docstring).

    `pending` maps a text node (by identity: equal strings are different nodes) to the pieces
    that belong after it; `join_text` puts each node's whole text in place once the parse is done.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.pending: dict[int, tuple[NavigableString, list[str]]] = {}  # before: the base calls reset()
        super().__init__(*args, **kwargs)

    def documentClass(self) -> Element:
        self.soup.reset()
        return _Element(cast(Tag, self.soup), self.soup, None, self.pending)

    def elementClass(self, name: str, namespace: str) -> Element:
        element = super().elementClass(name, namespace)
        return _Element(cast(Tag, element.tag), self.soup, namespace, self.pending)

    def join_text(self) -> None:
        for node, pieces in self.pending.values():
            joined = self.soup.new_string("".join(pieces))
            if node.parent is not None:
                node.replace_with(joined)
        self.pending.clear()


class _Element(Element):
    """An html5lib node that records text joined onto the text before it instead of copying it."""

    def __init__(self, tag: Tag, soup: BeautifulSoup, namespace: str | None, pending: dict) -> None:
        super().__init__(tag, soup, namespace)
        self.pending = pending

    def insertText(self, data: str, insertBefore: Any = None) -> None:
        contents = self.tag.contents if self.tag is not None else None
        if insertBefore is None and contents and type(contents[-1]) is NavigableString:
            self._join(contents[-1], data)  # what appendChild would do, without a node for `data`
        else:
            super().insertText(data, insertBefore)

    def appendChild(self, node: Any) -> None:
        contents = self.tag.contents if self.tag is not None else None
        if type(node.string) is NavigableString and contents and type(contents[-1]) is NavigableString:
            self._join(contents[-1], node.string)  # bs4: old.replace_with(old + new)
        else:
            super().appendChild(node)

    def insertBefore(self, node: Any, refNode: Any) -> None:
        assert self.tag is not None
        contents = self.tag.contents
        index = self.tag.index(refNode.element)
        if type(node.element) is NavigableString and contents and type(contents[index - 1]) is NavigableString:
            self._join(
                cast(NavigableString, contents[index - 1]), node.element
            )  # bs4 joins onto [index - 1], even at 0
        else:
            super().insertBefore(node, refNode)

    def cloneNode(self) -> Element:
        clone = super().cloneNode()
        return _Element(clone.tag, self.soup, self.namespace, self.pending)

    def _join(self, old: NavigableString, new: str) -> None:
        entry = self.pending.get(id(old))
        if entry is None:
            self.pending[id(old)] = (old, [old, new])
        else:
            entry[1].append(new)


class _Parser(html5lib.HTMLParser):
    """html5lib's parser with `_Tokenizer`: `_parse` is html5lib's own, but for the tokenizer class."""

    def _parse(
        self, stream: Any, innerHTML: bool = False, container: str = "div", scripting: bool = False, **kwargs: Any
    ) -> None:
        self.innerHTMLMode = innerHTML
        self.container = container
        self.scripting = scripting
        self.tokenizer = _Tokenizer(stream, parser=self, **kwargs)
        self.reset()
        try:
            self.mainLoop()
        except _ReparseException:
            self.reset()
            self.mainLoop()


class _Tokenizer(HTMLTokenizer):
    """html5lib's tokenizer, whose check for a repeated attribute name is not quadratic.

    After each attribute name html5lib compares it with every earlier name of the tag
    (`data[:-1]`), so a tag with 40,000 attributes took 13 s. The check only reports a parse
    error (the first value wins later, in `emitCurrentToken`): `_Attributes` answers it from a set.
    """

    def attributeNameState(self) -> bool:
        if type(self.currentToken["data"]) is list:  # the tag's first attribute: one small copy per tag
            self.currentToken["data"] = _Attributes(self.currentToken["data"])
        return super().attributeNameState()


class _Attributes(list):
    """A start tag's [name, value] pairs; `[:-1]` gives only the earlier pairs named like the last one."""

    def __init__(self, pairs: list) -> None:
        super().__init__(pairs)
        self.names: set[str] = set()
        self.indexed = 0  # the pairs before this one are in `names` (their names are final)

    def __getitem__(self, key: Any) -> Any:
        if key != slice(None, -1, None):
            return super().__getitem__(key)
        for name, _ in super().__getitem__(slice(self.indexed, len(self) - 1)):
            self.names.add(name)
        self.indexed = max(self.indexed, len(self) - 1)
        last = super().__getitem__(-1)[0]
        return [[last, ""]] if last in self.names else []


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
    if len(_START_TAG.findall(html)) <= limit:
        return html  # a tag is left out only after `limit` start tags (the common case: nothing to do)
    stack: list[str] = []
    open_count: dict[str, int] = {}
    pieces: list[str] = []
    last = 0
    # The first ">" at or after where it was last looked for (len(html): none left). Looked for
    # again only past it: with no ">" in the text, each left-out tag read on to the end (quadratic).
    next_close = -1
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
            if next_close < match.end():
                found = html.find(">", match.end())
                next_close = len(html) if found < 0 else found
            end = min(len(html), next_close + 1)
            pieces.append(html[last : match.start()])
            last = end
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)
