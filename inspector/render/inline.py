"""The only things a safe document may load: the message's own image parts (`cid:`) and `data:` images.

`cid:` references become `data:` URIs built from the message's attachments, raster images only
and size-capped; SVG is refused because an SVG can itself reference remote content.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from ..parsing import Message

MAX_PART_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 20 * 1024 * 1024
RASTER_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/x-icon"})
FONT_TYPES = frozenset({"font/woff", "font/woff2", "font/ttf", "font/otf", "application/font-woff", "font/sfnt"})

_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_DATA = re.compile(r"^data:([a-z0-9.+-]+/[a-z0-9.+-]+)?", re.IGNORECASE)


def squeeze(url: str) -> str:
    """The URL as a browser reads its scheme: control characters and whitespace removed."""
    return _CONTROL.sub("", url)


def data_type(url: str) -> str | None:
    """The media type of a `data:` URL (lower case), "" when it declares none, None if not data:."""
    match = _DATA.match(squeeze(url))
    if not match:
        return None
    return (match.group(1) or "").lower()


def allowed_data(url: str, context: str) -> bool:
    kind = data_type(url)
    if kind is None:
        return False
    return kind in FONT_TYPES if context == "font" else kind in RASTER_TYPES


@dataclass
class CidImages:
    """Content-ID → `data:` URI for the image parts of one message, built on first use."""

    message: Message
    used_bytes: int = 0
    refused: dict[str, str] = field(default_factory=dict)
    _cache: dict[str, str | None] = field(default_factory=dict)

    def resolve(self, url: str) -> str | None:
        """A `data:` URI for `cid:...`, or None (not found, not a raster image, too large)."""
        key = _cid_key(url)
        if key is None:
            return None
        if key not in self._cache:
            self._cache[key] = self._build(key)
        return self._cache[key]

    def _build(self, key: str) -> str | None:
        part = next((a for a in self.message.attachments if a.content_id and _norm(a.content_id) == key), None)
        if part is None:
            self.refused[key] = "no part with this Content-ID"
            return None
        kind = (part.sniffed_type or part.declared_type or "").lower()
        if kind not in RASTER_TYPES:
            self.refused[key] = f"not shown: {kind or 'unknown type'}"
            return None
        if part.size > MAX_PART_BYTES or self.used_bytes + part.size > MAX_TOTAL_BYTES:
            self.refused[key] = "too large to inline"
            return None
        try:
            data = part.data()
        except Exception:  # noqa: BLE001 - a damaged part is a missing image, not a crash
            self.refused[key] = "could not be decoded"
            return None
        self.used_bytes += len(data)
        return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def is_cid(url: str) -> bool:
    return squeeze(url)[:4].lower() == "cid:"


def _cid_key(url: str) -> str | None:
    squeezed = squeeze(url)
    if squeezed[:4].lower() != "cid:":
        return None
    return _norm(unquote(squeezed[4:]))


def _norm(content_id: str) -> str:
    return content_id.strip().strip("<>").strip().lower()
