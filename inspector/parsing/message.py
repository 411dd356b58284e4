"""The loaded message: one Qt-free shape for .eml and .msg alike, read by every analyser."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Header:
    """One header line as sent (`raw`, unfolded) and as a person reads it (`value`)."""

    name: str
    raw: str
    value: str


@dataclass(frozen=True)
class Defect:
    """Something the parser had to work around; becomes a `parse` finding."""

    part: str
    kind: str
    detail: str


@dataclass(frozen=True)
class Body:
    """A decoded text or HTML body, with the charset actually used to decode it."""

    part: str
    text: str
    declared_charset: str | None
    charset: str


@dataclass
class Part:
    """A node of the MIME tree. Part ids follow IMAP numbering (see docs/report-schema.md)."""

    id: str
    content_type: str
    headers: list[Header] = field(default_factory=list)
    filename: str | None = None
    disposition: str | None = None
    content_id: str | None = None
    charset: str | None = None
    size: int = 0
    children: list[Part] = field(default_factory=list)

    def walk(self) -> Iterator[Part]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Attachment:
    """A non-body part. The bytes are decoded again on demand instead of kept in memory."""

    part: str
    filename: str | None
    declared_type: str
    sniffed_type: str
    size: int
    sha256: str
    content_id: str | None
    inline: bool
    _loader: Callable[[], bytes] = field(repr=False, compare=False)

    def data(self) -> bytes:
        return self._loader()


def in_memory(data: bytes) -> Callable[[], bytes]:
    """The loader of an attachment whose bytes are already held (a nested message, a .msg stream)."""
    return lambda: data


@dataclass
class Message:
    """A parsed message. `part_prefix` is "" for the top message and "N" for one nested at N."""

    format: str
    headers: list[Header]
    root: Part
    text_bodies: list[Body] = field(default_factory=list)
    html_bodies: list[Body] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    nested: list[Message] = field(default_factory=list)
    defects: list[Defect] = field(default_factory=list)
    part_prefix: str = ""
    raw: bytes | None = field(default=None, repr=False)
    extra: dict[str, object] = field(default_factory=dict)
    _by_name: tuple[list[Header], int, dict[str, list[Header]]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def header(self, name: str) -> str | None:
        """The decoded value of the first header called `name` (case-insensitive)."""
        found = self._index().get(name.lower())
        return found[0].value if found else None

    def all_headers(self, name: str) -> list[Header]:
        return list(self._index().get(name.lower(), ()))

    def _index(self) -> dict[str, list[Header]]:
        """The headers by lower-case name, in order: the analysers ask ~50 times per message, and a
        scan of every line each time was 1 M `lower()` calls over the corpus. Built again whenever
        `headers` is another list or changed length (nothing edits a header in place)."""
        cached = self._by_name
        if cached is not None and cached[0] is self.headers and cached[1] == len(self.headers):
            return cached[2]
        index: dict[str, list[Header]] = {}
        for h in self.headers:
            index.setdefault(h.name.lower(), []).append(h)
        self._by_name = (self.headers, len(self.headers), index)
        return index

    def walk_messages(self) -> Iterator[Message]:
        """This message, then every nested message/rfc822, depth first."""
        yield self
        for inner in self.nested:
            yield from inner.walk_messages()

    def part(self, part_id: str) -> Part | None:
        for p in self.root.walk():
            if p.id == part_id:
                return p
        return None

    @property
    def subject(self) -> str:
        return self.header("Subject") or ""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
