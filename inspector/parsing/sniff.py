"""Tell what bytes are by their content, never by a file name the sender chose."""

from __future__ import annotations

import io
import re
import zipfile

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# (magic prefix, MIME type); the first match wins, so longer prefixes come first.
_MAGIC: list[tuple[bytes, str]] = [
    (OLE2_MAGIC, "application/x-ole-storage"),
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\x00\x00\x01\x00", "image/vnd.microsoft.icon"),
    (b"PK\x03\x04", "application/zip"),
    (b"PK\x05\x06", "application/zip"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"\x1f\x8b", "application/gzip"),
    (b"MZ", "application/x-dosexec"),
    (b"\x7fELF", "application/x-executable"),
    (b"{\\rtf", "application/rtf"),
    (b"BEGIN:VCALENDAR", "text/calendar"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"\x1aE\xdf\xa3", "video/webm"),
]

_OOXML_BY_FOLDER = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}

_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}[ \t]*:", re.MULTILINE)


def sniff_type(data: bytes) -> str:
    """Best-effort MIME type from the first bytes; `application/octet-stream` when unknown."""
    head = data[:512]
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            if mime == "application/zip":
                return _refine_zip(data)
            return mime
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "text/html"
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in data[:4096].lower()):
        return "image/svg+xml"
    if text.startswith(b"<?xml"):
        return "application/xml"
    if looks_like_message(data):
        return "message/rfc822"
    if _is_text(head):
        return "text/plain"
    return "application/octet-stream"


def _refine_zip(data: bytes) -> str:
    """Name Office Open XML documents, which are zips; reads only the central directory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return "application/zip"
    if "[Content_Types].xml" in names:
        for folder, mime in _OOXML_BY_FOLDER.items():
            if any(n.startswith(folder) for n in names):
                return mime
    return "application/zip"


def _is_text(head: bytes) -> bool:
    if not head:
        return False
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls <= len(head) // 50


def looks_like_message(data: bytes) -> bool:
    """True when the bytes start like an RFC 822 message (headers, or an mbox `From ` line).

    Lenient on purpose: real messages begin with blank lines, BOMs or a stray NUL, and a
    forensics tool should rather try to parse a damaged message than refuse it.
    """
    head = data[:8192].lstrip(b"\xef\xbb\xbf\x00 \t\r\n")
    if head.startswith(b"From "):  # an mbox entry: the same may follow its `From ` line
        head = head.split(b"\n", 1)[-1].lstrip(b"\xef\xbb\xbf\x00 \t\r\n")
    first = head.split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first):
        return False
    header_block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    lines = [ln for ln in header_block.splitlines() if ln and ln[:1] not in b" \t"]
    matched = sum(1 for ln in lines if _HEADER_LINE.match(ln))
    return matched >= 1 and matched >= len(lines) // 2


def input_format(data: bytes) -> str | None:
    """`msg`, `eml`, or None when these bytes are not a message we can read."""
    if data.startswith(OLE2_MAGIC):
        return "msg"
    if looks_like_message(data):
        return "eml"
    return None
