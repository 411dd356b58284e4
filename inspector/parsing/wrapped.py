"""Messages carried inside another part: an .eml or .mht sent as octet-stream, opaque S/MIME, winmail.dat.

Mail programs open these and show what is inside (Outlook shows an opaque signed `smime.p7m` and a
TNEF `winmail.dat` body as the message itself), so the analysis reads them as messages too: the
builder parses the bytes returned here as a nested message under the part that carried them.
Every read is bounded; anything unexpected returns None and the part stays an opaque attachment.
"""

from __future__ import annotations

import re

from .sniff import looks_like_message

MAX_INNER_BYTES = 20_000_000
MAX_BER_DEPTH = 24
MAX_CHUNKS = 100_000
MAX_COMPRESSED_RTF = 2_000_000  # LZ tokens expand at most ~9 times
_MESSAGE_EXTENSIONS = ("eml", "mht", "mhtml", "mhtm", "mim")
# Types under which a message is sent so as not to look like one (message/rfc822 when base64-encoded).
_OPAQUE_TYPES = ("application/octet-stream", "application/x-mimearchive", "message/rfc822", "text/plain")
_MAIL_HEADER = re.compile(
    rb"^(?:from|to|subject|date|mime-version|content-type|received|message-id)[ \t]*:", re.IGNORECASE | re.MULTILINE
)
_SIGNED_DATA = bytes.fromhex("2a864886f70d010702")  # 1.2.840.113549.1.7.2
TNEF_SIGNATURE = b"\x78\x9f\x3e\x22"
_TNEF_MAPI_PROPS = 0x00069003
_PR_RTF_COMPRESSED = 0x1009
_PR_BODY_HTML = 0x1013


def inner_message(content_type: str, filename: str | None, data: bytes) -> tuple[bytes, str] | None:
    """The message inside this part's decoded bytes, and how it was found; None when there is none."""
    extension = (filename or "").lower().rpartition(".")[2] if "." in (filename or "") else ""
    if data.startswith(TNEF_SIGNATURE):
        html = tnef_html(data)
        return (_html_message(html), "TNEF (winmail.dat) body that Outlook shows") if html else None
    if content_type in ("application/pkcs7-mime", "application/x-pkcs7-mime") or extension == "p7m":
        inner = signed_content(data)
        if inner and looks_like_message(inner):
            return inner, "content of an opaque S/MIME signed message, which mail programs show"
        return None
    if (extension in _MESSAGE_EXTENSIONS or content_type in _OPAQUE_TYPES) and _is_message(data):
        return data, f"a message sent as {content_type}" + (f" (.{extension})" if extension else "")
    return None


def _is_message(data: bytes) -> bool:
    head = data[:8192]
    return looks_like_message(head) and len(_MAIL_HEADER.findall(head.split(b"\n\n", 1)[0])) >= 2


def _html_message(html: str) -> bytes:
    return b"Content-Type: text/html; charset=utf-8\r\nMIME-Version: 1.0\r\n\r\n" + html.encode("utf-8", "replace")


# --- S/MIME signed-data (CMS, BER) -------------------------------------------------------------------


def signed_content(data: bytes) -> bytes | None:
    """eContent of a CMS SignedData ContentInfo: ContentInfo → [0] → SignedData → encapContentInfo → [0]."""
    try:
        info = _children(data, 0)
        if len(info) < 2 or _value(data, info[0]) != _SIGNED_DATA:
            return None
        signed = _children(data, _children(data, info[1])[0])
        encap = _children(data, signed[2])
        if len(encap) < 2:
            return None  # detached signature: the content is elsewhere in the message
        return _octets(data, _children(data, encap[1])[0], 0)
    except (IndexError, ValueError):
        return None


def _header(data: bytes, pos: int) -> tuple[int, int, int | None]:
    """(tag byte, start of content, length or None when indefinite) of the BER element at `pos`."""
    tag = data[pos]
    pos += 1
    if tag & 0x1F == 0x1F:  # high tag number: skip its bytes
        while data[pos] & 0x80:
            pos += 1
        pos += 1
    first = data[pos]
    pos += 1
    if first < 0x80:
        return tag, pos, first
    if first == 0x80:
        return tag, pos, None
    size = first & 0x7F
    if size > 4:
        raise ValueError("BER length too large")
    return tag, pos + size, int.from_bytes(data[pos : pos + size], "big")


def _end(data: bytes, pos: int, depth: int = 0) -> int:
    """Where the element at `pos` ends (indefinite lengths walked through their children)."""
    if depth > MAX_BER_DEPTH:
        raise ValueError("BER too deep")
    _, start, length = _header(data, pos)
    if length is not None:
        if start + length > len(data):
            raise ValueError("BER element past the end")
        return start + length
    pos = start
    for _ in range(MAX_CHUNKS):
        if data[pos : pos + 2] == b"\x00\x00":
            return pos + 2
        pos = _end(data, pos, depth + 1)
    raise ValueError("BER: too many elements")


def _children(data: bytes, pos: int) -> list[int]:
    """Start positions of the elements inside the constructed element at `pos`."""
    _, start, length = _header(data, pos)
    end = start + length if length is not None else None
    out: list[int] = []
    pos = start
    while len(out) < MAX_CHUNKS and pos < len(data) and (end is None or pos < end):
        if end is None and data[pos : pos + 2] == b"\x00\x00":
            break
        out.append(pos)
        pos = _end(data, pos)
    return out


def _value(data: bytes, pos: int) -> bytes:
    _, start, length = _header(data, pos)
    return data[start : start + (length or 0)]


def _octets(data: bytes, pos: int, depth: int) -> bytes:
    """An OCTET STRING's bytes, primitive or constructed from chunks (as BER encoders stream them)."""
    if depth > MAX_BER_DEPTH:
        raise ValueError("BER too deep")
    tag = data[pos]
    if tag == 0x04:
        return _value(data, pos)[:MAX_INNER_BYTES]
    if tag != 0x24:
        raise ValueError("not an OCTET STRING")
    out = bytearray()
    for child in _children(data, pos):
        out += _octets(data, child, depth + 1)
        if len(out) > MAX_INNER_BYTES:
            break
    return bytes(out[:MAX_INNER_BYTES])


# --- TNEF (winmail.dat) -------------------------------------------------------------------------------


def tnef_html(data: bytes) -> str | None:
    """The HTML body of a TNEF stream: PR_BODY_HTML, else the HTML encapsulated in PR_RTF_COMPRESSED."""
    props = _tnef_mapi_props(data)
    html = props.get(_PR_BODY_HTML)
    if html:
        return html.decode("utf-8", "replace")
    rtf = props.get(_PR_RTF_COMPRESSED)
    if not rtf or len(rtf) > MAX_COMPRESSED_RTF:
        return None
    try:
        import compressed_rtf  # noqa: PLC0415 - extract-msg's dependency, needed only here

        raw = compressed_rtf.decompress(rtf)
    except Exception:  # noqa: BLE001 - a damaged body is left unread
        return None
    from .rtf_html import deencapsulate_html  # noqa: PLC0415

    return deencapsulate_html(bytes(raw)) if b"\\fromhtml" in raw[:4096] else None


def _tnef_mapi_props(data: bytes) -> dict[int, bytes]:
    """Binary and string MAPI properties of the message-level attMAPIProps attributes (bounded)."""
    pos = 6  # signature and key
    found: dict[int, bytes] = {}
    for _ in range(10_000):
        if pos + 9 > len(data):
            break
        level, attribute = data[pos], int.from_bytes(data[pos + 1 : pos + 5], "little")
        length = int.from_bytes(data[pos + 5 : pos + 9], "little")
        body = data[pos + 9 : pos + 9 + length]
        if level == 1 and attribute == _TNEF_MAPI_PROPS:
            found.update(_mapi_props(body))
        pos += 9 + length + 2  # checksum
    return found


_FIXED = {0x0001: 4, 0x0002: 4, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8, 0x000A: 4, 0x000B: 4,
          0x0014: 8, 0x0040: 8, 0x0048: 16}  # fmt: skip
_VARIABLE = (0x001E, 0x001F, 0x0102, 0x000D)


def _mapi_props(body: bytes) -> dict[int, bytes]:
    """MS-OXTNEF 2.1.3.5: count, then each property's type, id, [name], and value(s)."""
    out: dict[int, bytes] = {}
    count = int.from_bytes(body[0:4], "little")
    pos = 4
    for _ in range(min(count, 5_000)):
        if pos + 4 > len(body):
            break
        kind, prop = int.from_bytes(body[pos : pos + 2], "little"), int.from_bytes(body[pos + 2 : pos + 4], "little")
        pos += 4
        if prop >= 0x8000:  # a named property: GUID, then a number or a name
            named_kind = int.from_bytes(body[pos + 16 : pos + 20], "little")
            pos += 20
            if named_kind == 1:
                size = int.from_bytes(body[pos : pos + 4], "little")
                pos += 4 + (size + 3) // 4 * 4
            else:
                pos += 4
        base, multi = kind & 0x0FFF, bool(kind & 0x1000)
        if base in _VARIABLE or multi:
            values = int.from_bytes(body[pos : pos + 4], "little")
            pos += 4
            for index in range(min(values, 10_000)):
                if base in _VARIABLE:
                    size = int.from_bytes(body[pos : pos + 4], "little")
                    if index == 0 and base != 0x000D:
                        out[prop] = body[pos + 4 : pos + 4 + size]
                    pos += 4 + (size + 3) // 4 * 4
                else:
                    pos += _FIXED.get(base, 4)
        elif base in _FIXED:
            pos += _FIXED[base]
        else:
            break  # a type we do not know the size of: stop rather than misread
    return out
