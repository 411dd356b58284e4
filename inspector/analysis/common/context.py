"""What the engines share about one message, worked out once: each HTML body's tree and references.

The tracking engine and the trap checks both read every HTML body; parsing it twice doubled the
slowest step, and handing the tree over on the parsed message (`Message.extra`) made the order of the
analysers matter silently. `analyse()` makes one context per message and gives it to every analyser;
whoever asks first parses, the others reuse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from ...parsing import Body, Message
from .mime_refs import content_base
from .references import Reference, body_references


@dataclass
class MessageContext:
    message: Message
    _html: dict[tuple[int, str], tuple[BeautifulSoup, list[Reference]]] = field(default_factory=dict, repr=False)

    def html(self, msg: Message, body: Body) -> tuple[BeautifulSoup, list[Reference]]:
        """The tree a mail client builds from `body` of `msg` (the message or one nested in it), and every
        reference a browser may load from it, with relative URLs resolved against the part's Content-Base."""
        key = (id(msg), body.part)
        if key not in self._html:
            self._html[key] = body_references(body.text, part=body.part, base=content_base(msg, body.part))
        return self._html[key]
