"""The sanitiser's view of the beacon scanner's references: one index to ask "what is this?".

The scanner (`inspector.analysis.common.references`) is the single place that knows which attributes,
CSS values and Outlook comments carry a URL. The sanitiser asks this index which reference a
value it is neutralising belongs to, so the ids in the safe document are the findings' ids
(`Reference.ref_id`, which beacon findings carry as `element_id`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup, Tag

from ..analysis.common.context import take_body_references
from ..analysis.common.references import Reference
from .inline import squeeze

# Localities (see inspector.analysis.common.urls) that would make a client contact another machine.
REACHES_OUT = frozenset({"remote", "unc"})


@dataclass(frozen=True)
class Ref:
    """What the sanitiser needs of one scanner reference."""

    ref_id: str
    node: Any  # the Tag it sits on in our tree; the Comment/iframe holding it for VML and srcdoc
    attribute: str | None  # HTML attribute, "style" for a style attribute, None for <style> text
    raw: str
    url: str
    host: str
    remote: bool  # remote or UNC: would reach another machine
    vector: str = ""
    kind: str = ""
    nested: bool = False  # found inside an Outlook conditional comment or an iframe srcdoc
    reading: str = ""  # only another reading of the HTML builds it: `node` is in that tree, never ours


def adapt(ref: Reference) -> Ref:
    nested = ref.container is not None
    return Ref(
        ref_id=ref.ref_id,
        node=ref.container if nested else ref.tag,
        attribute=None if nested else ref.attr,
        raw=ref.raw,
        url=ref.url,
        host=ref.host,
        remote=ref.locality in REACHES_OUT,
        vector=ref.vector,
        kind=ref.kind,
        nested=nested,
        reading=ref.reading,
    )


class RefIndex:
    """References of one parsed body, looked up by the node they sit on; each is claimed once.

    Lookups go through dictionaries: a `<style>` element can hold tens of thousands of URLs, and
    scanning all of them for each one made a hostile message take minutes.
    """

    _FALLBACK_SCAN = 1_000  # at most this many candidates are tried when no value matches exactly

    def __init__(self, refs: list[Ref]) -> None:
        self.refs = refs
        self._by_node: dict[int, list[Ref]] = {}
        self._by_place: dict[tuple[int, str], dict[str, list[Ref]]] = {}
        for ref in refs:
            self._by_node.setdefault(id(ref.node), []).append(ref)
            place = self._by_place.setdefault((id(ref.node), (ref.attribute or "css").lower()), {})
            place.setdefault(squeeze(ref.raw), []).append(ref)
        self.claimed: set[str] = set()

    def on_node(self, node: object) -> list[Ref]:
        return [r for r in self._by_node.get(id(node), []) if r.ref_id not in self.claimed]

    def within(self, tag: Tag) -> list[Ref]:
        """Unclaimed references on anything inside `tag` (its whole subtree goes)."""
        found: list[Ref] = []
        for node in tag.descendants:
            found.extend(self.on_node(node))
        return found

    def find(self, node: object, where: str, raw: str) -> list[Ref]:
        """The references for `raw` found in `where` (an attribute, "style" or "css") of `node`.

        A srcset or ping value holds several URLs: every unclaimed reference of that attribute
        whose value is part of `raw` belongs to it.
        """
        wanted = squeeze(raw)
        place = self._by_place.get((id(node), where.lower()))
        if not place:
            return []
        exact = next((r for r in place.get(wanted, ()) if r.ref_id not in self.claimed), None)
        if exact is not None:
            return [exact]
        found: list[Ref] = []
        for value, refs in itertools.islice(place.items(), self._FALLBACK_SCAN):
            if value in wanted:
                found.extend(r for r in refs if r.raw and r.ref_id not in self.claimed)
        return found

    def claim(self, refs: list[Ref]) -> None:
        self.claimed.update(r.ref_id for r in refs)


def scan_body(html: str, *, part: str, base: str | None = None) -> tuple[BeautifulSoup, list[Ref]]:
    """Parse one HTML body the scanner's way and return its tree with the references on it.

    `base` is the part's `Content-Base`, as the beacon report reads it: relative URLs it makes
    remote are blocked and carry the report's ids. The references of other readings (scripting on,
    Chromium's `<select>`) come last, on nodes of their own trees: none of them is in the result.
    The tree is the analysis's own when it is waiting for the sanitiser (`take_body_references`).
    """
    soup, refs = take_body_references(html, part=part, base=base)
    return soup, [adapt(r) for r in refs]
