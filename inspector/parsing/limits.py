"""Size limits applied while loading, so no later step meets a header or body it cannot afford.

Everything cut here is recorded as a defect (a `parse` finding): the analyst learns what was not
read, and the raw message still holds all of it. The figures are far above real mail (the
largest HTML body in our corpus of 750 real and test messages has 6,300 tags outside two
crash tests; the longest header is a 133 KB `To:` in a parser stress test).
"""

from __future__ import annotations

import dataclasses
import re

from .message import Defect, Message

MAX_HEADER_CHARS = 64_000  # one header; the address and encoded-word parsers are slow on more
MAX_HEADER_BLOCK_CHARS = 256_000  # all headers of one part (real mail: under 25,000)
MAX_LATE_HEADER_CHARS = 1_000  # each header after the block limit
MAX_HEADERS = 100_000  # headers of one part; more are not kept, except the first of these:
_ALWAYS_FIRST = frozenset(
    [
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "reply-to",
        "sender",
        "message-id",
        "return-path",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "content-id",
        "authentication-results",
    ]
)
MAX_HTML_CHARS = 2_000_000  # one HTML body
MAX_HTML_TAGS = 25_000  # one HTML body; each tag costs ~30 µs and ~2 KB in every parse of it (and
# bs4 checks each end tag against every unclosed <img>, so many of both cost quadratic time)

MAX_TEXT_CHARS = 500_000  # one plain-text body (our corpus: at most 147,000); a 28 MB body of a
# million links took 2.5 GB to render and hung the window in layout

_TAG = re.compile("<")
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_NAMED_HEADER = re.compile(
    rb"^("
    + b"|".join(n.encode() for n in sorted(_ALWAYS_FIRST))
    + rb")[ \t]*:[^\n]*(?:\n|\Z)(?:[ \t][^\n]*(?:\n|\Z))*",
    re.IGNORECASE | re.MULTILINE,
)


def cap_header_block(data: bytes) -> tuple[bytes, int]:
    """The message with at most MAX_HEADERS lines in its top header block (plus the first of each
    `_ALWAYS_FIRST` header after them), and how many lines were left out.

    The stdlib parser holds every header line of a block in memory several times over: four million
    tiny headers took 10 s and 600 MB before any limit of ours could apply.
    """
    end = _BLANK_LINE.search(data)
    head_end = end.start() if end else len(data)
    position = 0
    for _ in range(MAX_HEADERS):
        position = data.find(b"\n", position, head_end) + 1
        if position == 0:
            return data, 0
    rest = data[position:head_end]
    kept, seen = [], set()
    for match in _NAMED_HEADER.finditer(rest):
        name = match.group(1).lower().decode("ascii")
        if name not in seen:
            seen.add(name)
            kept.append(match.group(0))
    dropped = rest.count(b"\n") + 1 - len(kept)
    return data[:position] + b"".join(kept) + data[head_end:], dropped


class HeaderBudget:
    """Cuts the headers of one part to the limits above and describes what it cut."""

    def __init__(self) -> None:
        self.used = 0
        self.kept = 0
        self.cut: list[str] = []
        self.dropped = 0
        self.names: set[str] = set()

    def take(self, name: str, raw: str) -> str | None:
        """The text of this header to keep (maybe cut), or None to drop it."""
        # Past the count limit, the first From, Subject, ... still count: padding must not hide them.
        key = name.lower()
        first = key in _ALWAYS_FIRST and key not in self.names
        self.names.add(key)
        if self.kept >= MAX_HEADERS and not first:
            self.dropped += 1
            return None
        self.kept += 1
        limit = MAX_HEADER_CHARS if self.used < MAX_HEADER_BLOCK_CHARS else MAX_LATE_HEADER_CHARS
        self.used += len(raw)
        if len(raw) <= limit:
            return raw
        self.cut.append(name)
        return raw[:limit]

    def defects(self, part: str) -> list[Defect]:
        out = []
        if self.cut:
            names = ", ".join(sorted(set(self.cut))[:8])
            detail = (
                f"{len(self.cut):,} header(s) too long ({names}); each was cut to {MAX_HEADER_CHARS:,} characters, "
                f"or {MAX_LATE_HEADER_CHARS:,} after the first {MAX_HEADER_BLOCK_CHARS:,} characters of headers"
            )
            out.append(Defect(part, "HeaderTooLong", detail))
        if self.dropped:
            detail = f"{self.dropped:,} headers after the first {MAX_HEADERS:,} were not read"
            out.append(Defect(part, "HeaderTooLong", detail))
        return out


def html_cut(html: str) -> int | None:
    """Where to cut an HTML body that is too long or has too many tags; None if it fits."""
    end = min(len(html), MAX_HTML_CHARS)
    for count, match in enumerate(_TAG.finditer(html, 0, end), start=1):
        if count > MAX_HTML_TAGS:
            return match.start()
    return end if end < len(html) else None


def limit_bodies(message: Message) -> None:
    """Cut every over-long body (of this and each nested message) and say so."""
    for inner in message.walk_messages():
        _limit_text_bodies(inner)
        for index, body in enumerate(inner.html_bodies):
            cut = html_cut(body.text)
            if cut is None:
                continue
            inner.html_bodies[index] = dataclasses.replace(body, text=body.text[:cut])
            detail = (
                f"HTML body of {len(body.text):,} characters with more than {MAX_HTML_TAGS:,} tags or "
                f"{MAX_HTML_CHARS:,} characters; only the first {cut:,} characters were analysed and shown"
            )
            inner.defects.append(Defect(body.part, "BodyTruncated", detail))


def _limit_text_bodies(message: Message) -> None:
    for index, body in enumerate(message.text_bodies):
        if len(body.text) <= MAX_TEXT_CHARS:
            continue
        message.text_bodies[index] = dataclasses.replace(body, text=body.text[:MAX_TEXT_CHARS])
        detail = (
            f"plain-text body of {len(body.text):,} characters; only the first {MAX_TEXT_CHARS:,} "
            "characters were analysed and shown"
        )
        message.defects.append(Defect(body.part, "BodyTruncated", detail))
