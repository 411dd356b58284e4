"""The HTML5 parse in Rust (html5ever, through markupever), handed over as the bs4 tree the code walks.

Why: html5lib, in pure Python, was half of a corpus scan. html5ever is Servo's parser; it follows
the WHATWG tree construction as Chromium does (foreign content, the adoption agency, foster
parenting, Chromium's customizable `<select>`) and parses the corpus bodies about 40 times faster.

Why one pass over its tree: the bs4 nodes are linked in document order as they are made (parent,
siblings, previous/next element), without bs4's `append`, which looks for the previous element
at every insertion. The tree is the one `html_tree.parse_html` promises: lower-case element and
attribute names (SVG's `viewBox` included), the first of repeated attributes, one string per run of
text, `Stylesheet`/`Script` strings in `<style>`/`<script>`, the namespace of every element.

What it cannot do: html5ever always parses with scripting on (a `<noscript>` is raw text) and
always with the customizable `<select>`. `html_tree` uses html5lib for the other two readings
(see `html_tree.fast_reading`).
"""

from __future__ import annotations

import bisect
import gc
import re
from collections.abc import Callable
from typing import Any

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Script, Stylesheet, Tag
from bs4.builder import HTMLTreeBuilder
from markupever import _rustlib as rust

_TRAVERSE = rust.iter.Traverse  # an attribute of the extension, not a module PyInstaller must find

_OPTIONS = rust.HtmlOptions(discard_bom=False)  # a body is text: a U+FEFF in it is text, as in html5lib
_RAW_TEXT = {"style": Stylesheet, "script": Script}


class Html5everBuilder(HTMLTreeBuilder):
    """A bs4 tree builder whose `feed` builds the soup from html5ever's tree.

    No attribute is multi-valued (`class` stays one string), so every value is a plain string."""

    NAME = "html5ever"

    def __init__(self) -> None:
        super().__init__(multi_valued_attributes={})

    def prepare_markup(self, markup: Any, *args: Any, **kwargs: Any) -> Any:
        yield markup, None, None, False  # always text here, never bytes

    def feed(self, markup: str) -> None:  # type: ignore[override]
        parser = rust.Parser(_OPTIONS)
        parser.process(markup)
        parser.finish()
        assert self.soup is not None
        # Every node made here stays alive, so the cyclic collector has nothing to find; left on, it
        # walks the whole growing tree again and again (a tree of 240,000 nodes built 2.7x slower).
        collecting = gc.isenabled()
        gc.disable()
        try:
            _build(self.soup, parser.into_dom().root())
        finally:
            if collecting:
                gc.enable()

    def test_fragment_to_document(self, fragment: str) -> str:
        return fragment


def _build(soup: BeautifulSoup, root: Any) -> None:
    """Walk html5ever's tree once, making and linking the bs4 node for each of its nodes.

    The hot loop of a parse (a node takes a few microseconds), so the linking is written out in it
    and names are looked up once."""
    builder = soup.builder
    attribute_dict = builder.attribute_dict_class
    element, text, comment, doctype = rust.Element, rust.Text, rust.Comment, rust.Doctype
    raw_text, plain = _RAW_TEXT, NavigableString
    stack: list[Tag] = [soup]
    push, pop = stack.append, stack.pop
    last: Any = soup
    node: Any
    new: Any
    for node, closed in _TRAVERSE(root):
        kind = type(node)
        if closed:
            if kind is element:
                tag = pop()
                if tag.name in raw_text and len(tag.contents) > 1:
                    _plain_strings(tag)  # an SVG <style> holding elements: its strings stay plain
            continue
        parent = stack[-1]
        if kind is element:
            qualified = node.name
            new = Tag(soup, builder, qualified.local.lower(), qualified.ns)
            pairs = node.attrs
            if len(pairs):  # every value is a string: bs4's per-item checks (booleans, numbers) have nothing to do
                new.attrs = attribute_dict(_attributes(pairs))
                if new.name == "meta":
                    builder.set_up_substitutions(new)  # what Tag() does with the attributes it is given
            push(new)
        elif kind is text:
            new = raw_text.get(parent.name, plain)(node.content)
        elif kind is comment:
            new = Comment(node.content)
        elif kind is doctype:
            new = Doctype.for_name_and_ids(node.name, node.public_id or None, node.system_id or None)
        else:
            continue  # a processing instruction: HTML parsing makes none
        # Append `new` to `parent`; `last` is the node made just before it (its previous element).
        new.parent = parent
        new.previous_element = last
        last.next_element = new
        contents = parent.contents
        if contents:
            previous = contents[-1]
            previous.next_sibling = new
            new.previous_sibling = previous
        contents.append(new)
        last = new
    soup._most_recent_element = last


def _attributes(pairs: Any) -> dict[str, str]:
    """An element's attributes (html5ever's `AttrsList`): lower-case names, the first of repeated ones."""
    attrs: dict[str, str] = {}
    for name, value in pairs.items():
        prefix = name.prefix
        key = (name.local if prefix is None else f"{prefix}:{name.local}").lower()  # xlink:href, xml:lang
        if key not in attrs:
            attrs[key] = value
    return attrs


def _plain_strings(tag: Tag) -> None:
    """As html5lib's path does: raw-text strings only where the element holds nothing else."""
    raw = _RAW_TEXT[tag.name]
    if all(type(child) is raw for child in tag.contents):
        return
    for child in list(tag.contents):
        if type(child) is raw:
            child.replace_with(NavigableString(str(child)))


MAX_ATTRIBUTES = 2_000  # on one tag; html5ever compares each new name with every earlier one

# A start or end tag's name, then its attributes one by one, as the HTML tokenizer splits them
# (names end at space, `/`, `>` or `=`; values are quoted or run to a space or `>`).
_TAG_START = re.compile(r"</?[A-Za-z][^\t\n\f\r />]*")
# One attribute up to its value: `_attribute_end` finds where the value ends (a quoted one at its
# closing quote, if any; else at the next space or `>`), each stretch of text read once.
_ATTRIBUTE_HEAD = re.compile(r"[\t\n\f\r /]*[^\t\n\f\r />][^\t\n\f\r /=>]*([\t\n\f\r ]*=[\t\n\f\r ]*)?")
_VALUE_STOP = re.compile(r"[\t\n\f\r >]")
_NEAR = 512  # a value is looked for this far first; past it, in the positions listed once
# The common case in one match within `_NEAR`: a value closed there (quoted, or followed by a space
# or `>`), or none at all. Possessive, so that the window's edge cannot make it match less:
# anything it cannot decide inside the window does not match, and `_attribute_end` reads on.
_ATTRIBUTE_NEAR = re.compile(
    r"""[\t\n\f\r /]*+[^\t\n\f\r />][^\t\n\f\r /=>]*+"""
    r"""(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+"""
    r"""(?:"[^"]*+"|'[^']*+'|(?=[\t\n\f\r >])|[^\t\n\f\r >"'][^\t\n\f\r >]*+(?=[\t\n\f\r >]))"""
    r"""|(?=[\t\n\f\r ]*+[^\t\n\f\r =]))"""
)


def too_many_attributes(html: str, limit: int = MAX_ATTRIBUTES) -> bool:
    """Whether a tag in `html` may hold more than `limit` attributes, in linear time.

    html5ever's check for a repeated attribute name is quadratic in the attributes of a tag
    (80,000 took 11 s). Every `<name` is counted as if it opened a tag, even in a comment, a script
    or an attribute value, so a real tag is never missed; each attribute's count of the attributes
    after it is kept, so text read from several such starts is counted once.
    """
    after: dict[int, int] = {}  # position of an attribute -> attributes from there to the tag's end
    ends = _ValueEnds(html)
    for tag in _TAG_START.finditer(html):
        chain, position = [], tag.end()
        while position not in after:
            near = _ATTRIBUTE_NEAR.match(html, position, position + _NEAR)  # `_attribute_end`'s first step, inline
            end = near.end() if near is not None else _attribute_end(html, position, ends)
            if end is None:
                after[position] = 0
                break
            chain.append(position)
            position = end
        count = after[position]
        for start in reversed(chain):
            count += 1
            after[start] = count
        if count > limit:
            return True
    return False


def _attribute_end(html: str, position: int, ends: _ValueEnds) -> int | None:
    """Where the attribute at `position` ends, as the tokenizer splits them (None: no attribute there).

    One regular expression used to read the value too; then `'<b x=' + '<b/x=' * n` was read to
    its end from each of its n starts (200 KB: 9 s)."""
    head = _ATTRIBUTE_HEAD.match(html, position)
    if head is None:  # the tag's end (the common case here: the window's match was tried first)
        return None
    near = _ATTRIBUTE_NEAR.match(html, position, position + _NEAR)
    if near is not None:
        return near.end()
    value = head.end()
    if head.group(1) is None:  # a name without a value
        return value
    quote = html[value : value + 1]
    if quote in ('"', "'"):
        close = ends.quote(quote, value + 1)
        if close is not None:
            return close + 1
    return ends.stop(value)  # unquoted (or a quote never closed): to the next space or `>`


class _ValueEnds:
    """The next space-or-`>` and the next quote after a position: looked for near it first (a real
    value is short); past `_NEAR`, found in the positions listed once for the whole text."""

    def __init__(self, html: str) -> None:
        self.html = html
        self.listed: dict[str, list[int]] = {}

    def stop(self, start: int) -> int:
        found = _VALUE_STOP.search(self.html, start, start + _NEAR)
        if found is not None:
            return found.start()
        stops = self._positions(">", lambda: [m.start() for m in _VALUE_STOP.finditer(self.html)])
        at = bisect.bisect_left(stops, start)
        return stops[at] if at < len(stops) else len(self.html)

    def quote(self, quote: str, start: int) -> int | None:
        near = self.html.find(quote, start, start + _NEAR)
        if near >= 0:
            return near
        quotes = self._positions(quote, lambda: [m.start() for m in re.finditer(quote, self.html)])
        at = bisect.bisect_left(quotes, start)
        return quotes[at] if at < len(quotes) else None

    def _positions(self, key: str, build: Callable[[], list[int]]) -> list[int]:
        if key not in self.listed:
            self.listed[key] = build()
        return self.listed[key]
