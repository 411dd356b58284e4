"""Turn header and body bytes into text whatever charset the sender claimed (or botched)."""

from __future__ import annotations

import codecs
import logging
import re

from mailparser.utils import decode_header_part

from ..texts import tr

# mail-parser reports decoding trouble through logging's last-resort handler (stderr);
# we report it as findings instead.
logging.getLogger("mailparser").setLevel(logging.CRITICAL)

_FOLD = re.compile(r"\r?\n(?=[ \t])")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{1,40})""", re.I)

# Labels seen in real mail that Python does not know, or knows under another meaning.
_ALIASES = {
    "unknown-8bit": "cp1252",
    "x-unknown": "cp1252",
    "unknown": "cp1252",
    "default": "cp1252",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "windows-874": "cp874",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "x-sjis": "cp932",
    "shift_jis": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "utf8": "utf-8",
    "x-user-defined": "cp1252",
}

_NOT_CHARSETS = frozenset(["idna", "punycode"])


def unfold(raw: str) -> str:
    return _FOLD.sub("", raw)


def header_raw_text(value: str) -> str:
    """A raw header value as text: 8-bit bytes (kept as surrogates by the parser) read as UTF-8
    when valid, else Windows-1252, so no byte of evidence is lost."""
    if not _SURROGATES.search(value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def decode_header_value(raw: str) -> str:
    """Unfolded, RFC 2047-decoded header text as a person would read it."""
    text = unfold(header_raw_text(raw))
    if "=?" not in text:
        return text.strip()
    try:
        return decode_header_part(text)
    except Exception:  # noqa: BLE001 - a forensics tool shows the raw value rather than nothing
        return text.strip()


def normalise_charset(label: str | None) -> str | None:
    """A Python codec name for a declared charset label, or None when it is unusable."""
    if not label:
        return None
    cleaned = label.strip().strip("\"'").lower()
    cleaned = _ALIASES.get(cleaned, cleaned)
    try:
        info = codecs.lookup(cleaned)
    except (LookupError, ValueError):
        return None
    # rot13, base64, zlib... are not charsets; idna and punycode encode host names, not text, and
    # fail on most bytes. Any of them on one part must not stop the rest of the message.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def sniff_html_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def decode_text(data: bytes, declared: str | None) -> tuple[str, str, str | None]:
    """Decode body bytes. Returns (text, charset used, problem or None).

    Order: the declared charset if it decodes cleanly, then UTF-8, then Windows-1252 with
    replacement characters, which never fails. NULs become U+FFFD: they break HTML parsers
    and can hide text from filters.
    """
    problem = None
    codec = normalise_charset(declared)
    if declared and codec is None:
        problem = tr("unknown charset {charset}", charset=repr(declared))
    candidates = [c for c in (codec, "utf-8") if c]
    for candidate in candidates:
        try:
            text = data.decode(candidate)
        except Exception:  # noqa: BLE001 - a codec may raise anything (UnicodeError, ValueError...)
            if candidate == codec and problem is None:
                problem = tr("bytes are not valid {charset}", charset=declared)
            continue
        return _clean(text), candidate, problem
    text = data.decode("cp1252", "replace")
    return _clean(text), "cp1252", problem or tr("bytes are not valid {charset}", charset="UTF-8")


def _clean(text: str) -> str:
    return text.replace("\x00", "\ufffd")
