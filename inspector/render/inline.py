"""The only things a safe document may load: the message's own image parts (`cid:`) and `data:` images.

`cid:` references become `data:` URIs built from the message's attachments, raster images only
and size-capped. An image is judged by its bytes, not its label: PNG, GIF, JPEG and WebP magic
numbers only. SVG (plain or gzipped) is refused however it is labelled, because an SVG can
itself reference remote content or local files, and image readers (Qt's among them) sniff the
bytes and open an SVG declared as `image/png`.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, unquote_to_bytes

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
    """A `data:` URL that may stay: a raster image (or a font in `@font-face`) by label *and* bytes."""
    kind = data_type(url)
    if kind is None or kind not in (FONT_TYPES if context == "font" else RASTER_TYPES):
        return False
    head = data_head(url)
    return font_type(head) is not None if context == "font" else image_type(head) is not None


def data_head(url: str, size: int = 32) -> bytes:
    """The first bytes of a `data:` URL's payload (enough for a magic number); b"" when unreadable."""
    header, _, payload = squeeze(url).partition(",")
    try:
        if header.lower().endswith(";base64"):
            chunk = unquote(payload[: size * 2])  # %2B and friends may stand for base64 characters
            chunk = chunk[: len(chunk) // 4 * 4]
            return base64.b64decode(chunk, validate=False)[:size]
        return unquote_to_bytes(payload[: size * 3])[:size]
    except ValueError:
        return b""


def image_type(data: bytes) -> str | None:
    """The raster type that `data` starts with (PNG, GIF, JPEG, WebP), or None: never SVG."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def font_type(data: bytes) -> str | None:
    """WOFF, WOFF2, TrueType or OpenType by magic number, or None."""
    magic = data[:4]
    fonts = {b"wOFF": "font/woff", b"wOF2": "font/woff2", b"\x00\x01\x00\x00": "font/ttf", b"true": "font/ttf"}
    return fonts.get(magic) or ("font/otf" if magic == b"OTTO" else None)


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
        real = image_type(data[:32])
        if real is None:
            self.refused[key] = f"not shown: labelled {kind}, but not a PNG, GIF, JPEG or WebP image"
            return None
        self.used_bytes += len(data)
        return f"data:{real};base64,{base64.b64encode(data).decode('ascii')}"


def is_cid(url: str) -> bool:
    return squeeze(url)[:4].lower() == "cid:"


def _cid_key(url: str) -> str | None:
    squeezed = squeeze(url)
    if squeezed[:4].lower() != "cid:":
        return None
    return _norm(unquote(squeezed[4:]))


def _norm(content_id: str) -> str:
    return content_id.strip().strip("<>").strip().lower()
