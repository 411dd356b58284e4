"""Reshape a safe document for Qt's rich-text engine (QTextBrowser), whose table layout is exponential.

Usage::

    html = for_text_browser(safe.html)                     # well-formed tables, at most 8 deep, anchors
    html = for_text_browser(safe.html, max_table_depth=0)  # no tables at all (the last resort)

Why: QTextDocument lays a nested table out again for each level above it, so the cost doubles per
level (measured: 20 trivially nested tables take 16 s, each 2 more levels take 4 times as long).
Newsletters often put tables straight inside `<table>` or `<tr>` without a cell, which browsers move
out of the table; Qt's parser instead nests each such table inside the previous one, so 135 tables
at most 6 deep became 48 levels (`inxmail__2023-02-17-rp-online`: no layout after 5 minutes).

What it does, on the document the sanitiser made (it adds no URL and keeps every attribute):

1. Content a table or row cannot hold (elements or text directly in `table`, `tbody`, `tr`) is
   wrapped in a row and cell of its own, in place; cells directly in a table get a row; table
   parts outside any table (`<td>` in a `<div>`) become `div`s.
2. Tables nested deeper than `max_table_depth` become `div`s, with their rows and cells: the
   content stays, in order, stacked instead of side by side.
3. Every element holding reference ids gets an `<a name>` for each, because QTextBrowser scrolls
   only to named anchors.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

MAX_TABLE_DEPTH = 8

_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})
# What `for_text_browser` changes: table parts, and elements carrying reference ids.
_RESHAPED = re.compile(r"<(?:table|tr|td|th|caption|colgroup|col|thead|tbody|tfoot)\b|data-ei-refs", re.IGNORECASE)
_TABLE_PARTS = frozenset({"table", "tr", "caption", "colgroup", "col"} | _ROW_GROUPS | _CELLS)
# What each container may hold directly; anything else is wrapped.
_HOLDS = {
    "table": frozenset({"tr", "caption", "colgroup", "col"} | _ROW_GROUPS),
    "thead": frozenset({"tr"}),
    "tbody": frozenset({"tr"}),
    "tfoot": frozenset({"tr"}),
    "tr": _CELLS,
}
# Where each table part may sit; elsewhere it becomes a `div`.
_PARENTS = {
    "tr": frozenset({"table"} | _ROW_GROUPS),
    "td": frozenset({"tr", "table"} | _ROW_GROUPS),  # in a table or row group: a row is added
    "th": frozenset({"tr", "table"} | _ROW_GROUPS),
    "caption": frozenset({"table"}),
    "colgroup": frozenset({"table"}),
    "col": frozenset({"table", "colgroup"}),
    "thead": frozenset({"table"}),
    "tbody": frozenset({"table"}),
    "tfoot": frozenset({"table"}),
}


def for_text_browser(html: str, *, max_table_depth: int = MAX_TABLE_DEPTH) -> str:
    if not _RESHAPED.search(html):
        return html  # no table part, no element id: nothing to do (a plain-text view, mostly)
    soup = BeautifulSoup(html, "html.parser")
    _repair_tables(soup)
    _flatten_tables(soup, max_table_depth)
    _name_anchors(soup)
    return str(soup)


def table_depth(soup: BeautifulSoup | Tag) -> int:
    """How many tables deep the deepest table sits (1 for a table with none around it)."""
    deepest = 0
    for table in soup.find_all("table"):
        deepest = max(deepest, 1 + sum(1 for p in table.parents if p.name == "table"))
    return deepest


def _repair_tables(soup: BeautifulSoup) -> None:
    # Document order visits a container before its children, so a part renamed to `div` is
    # judged again as a `div` by the time its children are visited.
    for tag in soup.find_all(_TABLE_PARTS):
        parent = tag.parent
        allowed = _PARENTS.get(tag.name)
        if allowed is not None and (parent is None or parent.name not in allowed):
            tag.name = "div"
    for tag in soup.find_all(_HOLDS.keys()):
        _wrap_strays(soup, tag)


def _wrap_strays(soup: BeautifulSoup, container: Tag) -> None:
    holds = _HOLDS[container.name]
    run: list[PageElement] = []
    for child in list(container.children):
        if isinstance(child, Tag) and child.name in holds:
            _wrap(soup, container, run)
        elif isinstance(child, Tag) or (type(child) is NavigableString and child.strip()):
            if run and container.name != "tr" and _is_cell(child) != _is_cell(run[-1]):
                _wrap(soup, container, run)  # a run of cells becomes one row; other content its own
            run.append(child)
        elif run:
            run.append(child)  # whitespace and comments between strays stay with them
    _wrap(soup, container, run)


def _is_cell(node: PageElement) -> bool:
    return isinstance(node, Tag) and node.name in _CELLS


def _wrap(soup: BeautifulSoup, container: Tag, run: list[PageElement]) -> None:
    if not run:
        return
    if container.name == "tr":
        outer = inner = soup.new_tag("td")
    elif _is_cell(run[0]):
        outer = inner = soup.new_tag("tr")
    else:
        outer, inner = soup.new_tag("tr"), soup.new_tag("td")
        outer.append(inner)
    run[0].insert_before(outer)
    for node in run:
        inner.append(node.extract())
    run.clear()


def _flatten_tables(soup: BeautifulSoup, max_depth: int) -> None:
    for table in soup.find_all("table"):
        if table.name != "table":
            continue  # already flattened with an outer one
        if sum(1 for p in table.parents if p.name == "table") >= max_depth:
            for part in [table, *table.find_all(_TABLE_PARTS)]:
                part.name = "div"


def _name_anchors(soup: BeautifulSoup) -> None:
    for tag in soup.find_all(None, {"data-ei-refs": True}):
        if tag.name != "body" and tag.find_parent("head") is not None:
            continue
        for element_id in str(tag["data-ei-refs"]).split():
            anchor = soup.new_tag("a", attrs={"name": element_id})
            if tag.name in _TABLE_PARTS - _CELLS:
                # inside a table or row the anchor would be stray content: put it before the table
                (tag if tag.name == "table" else tag.find_parent("table") or tag).insert_before(anchor)
            elif tag.name in ("img", "input", "span", "style") and tag.parent is not None:
                tag.insert_before(anchor)
            else:
                tag.insert(0, anchor)
