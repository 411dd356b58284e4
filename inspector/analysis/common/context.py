"""What the engines share about one message, worked out once: each HTML body's tree and references.

The tracking engine and the trap checks both read every HTML body; parsing it twice doubled the
slowest step, and handing the tree over on the parsed message (`Message.extra`) made the order of the
analysers matter silently. `analyse()` makes one context per message and gives it to every analyser;
whoever asks first parses, the others reuse.

When the analysis is done, its trees are handed over to the sanitiser (`take_body_references`),
which would otherwise parse each body again to make the safe view. The sanitiser changes the tree
it is given, so a tree is handed over once, only after the last analyser has read it, and only the
trees of the last message analysed wait (a batch scan, which renders nothing, keeps no more).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from ...parsing import Body, Message
from .mime_refs import content_base
from .references import Reference, body_references


@dataclass
class MessageContext:
    message: Message
    _html: dict[tuple[int, str], tuple[BeautifulSoup, list[Reference]]] = field(default_factory=dict, repr=False)
    _keys: dict[tuple[int, str], _Key] = field(default_factory=dict, repr=False)

    def html(self, msg: Message, body: Body) -> tuple[BeautifulSoup, list[Reference]]:
        """The tree a mail client builds from `body` of `msg` (the message or one nested in it), and every
        reference a browser may load from it, with relative URLs resolved against the part's Content-Base."""
        key = (id(msg), body.part)
        if key not in self._html:
            base = content_base(msg, body.part)
            self._html[key] = body_references(body.text, part=body.part, base=base)
            self._keys[key] = (body.text, body.part, base)
        return self._html[key]

    def hand_over(self) -> None:
        """Give this message's trees to the sanitiser (the analysis must be done with them)."""
        with _LOCK:
            _HANDED_OVER.clear()
            for key, tree in self._html.items():
                _HANDED_OVER[self._keys[key]] = tree
        self._html.clear()


_Key = tuple[str, str, str | None]  # (body text, part, Content-Base)
_HANDED_OVER: dict[_Key, tuple[BeautifulSoup, list[Reference]]] = {}
_LOCK = threading.Lock()


def take_body_references(html: str, *, part: str, base: str | None = None) -> tuple[BeautifulSoup, list[Reference]]:
    """`body_references(html, ...)`: the tree the last analysis made of this body if it is waiting
    (taken: it is the caller's to change), or a new parse."""
    with _LOCK:
        tree = _HANDED_OVER.pop((html, part, base), None)
    return tree if tree is not None else body_references(html, part=part, base=base)
