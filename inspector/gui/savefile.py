"""Write an attachment's bytes into a folder the user chose: never outside it, never over a file.

No Qt here: the rules are pure so they can be tested on their own. The sender chose the file
name, so it is treated as hostile: only its last component is kept, control and bidi characters
are dropped, and the file is created exclusively (O_EXCL) without following symlinks.

The saved file is marked as coming from the Internet, as a browser or mail program marks what it
saves (Mark-of-the-Web), so the system's own checks still apply when it is opened: Office's
Protected View and SmartScreen on Windows, Gatekeeper on macOS. Linux has no such mark.
"""

from __future__ import annotations

import ctypes
import logging
import os
import re
import sys
import time
import unicodedata
import uuid
from pathlib import Path

# Windows device names, also with an extension or spaces before it (`nul .txt`), and the
# superscript-digit ports Windows also reserves.
_RESERVED = re.compile(r"^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])\s*(\..*)?$", re.IGNORECASE)
_EDGES = re.compile(r"^[\s.]+|[\s.]+$")  # Windows drops trailing dots and spaces; leading ones hide files
_FORBIDDEN = set('<>:"/\\|?*')
MAX_NAME = 150
MAX_NAME_BYTES = 200  # file systems allow 255 bytes; room for " (999)"
# Extensions people trust at a glance; `x.pdf.exe`, `x.doc.html` hide the real one behind them.
_DOCUMENT_TYPES = frozenset(
    [
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "odt",
        "ods",
        "rtf",
        "txt",
        "csv",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "bmp",
        "mp3",
        "mp4",
        "wav",
        "avi",
        "mov",
        "zip",
    ]
)


def visible_name(name: str) -> str:
    """The name as an analyst must see it: invisible and bidi characters spelled out."""
    out = []
    for ch in name:
        if unicodedata.category(ch) in ("Cf", "Cc", "Co", "Cn") or ch in "\u2028\u2029":
            out.append(f"⟨U+{ord(ch):04X}⟩")
        else:
            out.append(ch)
    return "".join(out)


def extensions(name: str) -> list[str]:
    """Every dotted suffix after the first dot, lower case: `a.pdf.exe` -> ['pdf', 'exe']."""
    cleaned = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cf", "Cc"))
    parts = cleaned.strip().split(".")
    return [p.lower().strip() for p in parts[1:] if p.strip()]


def has_hidden_extension(name: str) -> bool:
    """A double extension (`invoice.pdf.exe`) or a bidi override that reorders the shown name."""
    if any(unicodedata.bidirectional(ch) in ("RLO", "LRO", "RLE", "LRE", "RLI", "LRI", "FSI") for ch in name):
        return True
    exts = extensions(name)
    return len(exts) >= 2 and exts[-2] in _DOCUMENT_TYPES and exts[-1] != exts[-2] and exts[-1].isalnum()


def safe_basename(name: str | None, fallback: str = "attachment.bin") -> str:
    """A file name that is only a name: no folders, no drive, no control or bidi characters."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(
        "_" if ch in _FORBIDDEN else ch
        for ch in unicodedata.normalize("NFC", name)
        if unicodedata.category(ch) not in ("Cf", "Cc", "Co", "Cn", "Zl", "Zp")
    )
    cleaned = _EDGES.sub("", cleaned)
    if not cleaned or _RESERVED.match(cleaned):
        cleaned = f"_{cleaned}" if cleaned else fallback
    if len(cleaned) > MAX_NAME or len(cleaned.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, ext = cleaned.rpartition(".")
        if not (dot and stem and len(ext) < 12):
            stem, dot, ext = cleaned, "", ""
        stem = stem[:MAX_NAME]
        while len(stem) > MAX_NAME - len(dot + ext) or len((stem + dot + ext).encode("utf-8")) > MAX_NAME_BYTES:
            stem = stem[:-1]
        cleaned = _EDGES.sub("", stem) + dot + ext
    return cleaned


def candidate_names(name: str) -> list[str]:
    """`report.pdf`, then `report (2).pdf`, `report (3).pdf`, …"""
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    return [name] + [f"{stem} ({n}){suffix}" for n in range(2, 1000)]


_PLATFORM = sys.platform  # a seam: tests choose the mechanism
ZONE_IDENTIFIER = b"[ZoneTransfer]\r\nZoneId=3\r\n"  # zone 3: the Internet
QUARANTINE = "com.apple.quarantine"
_log = logging.getLogger(__name__)


def mark_from_internet(path: Path, fd: int) -> str:
    """Mark a saved file (open as `fd`) as downloaded; returns the mark, "" where there is none.

    Best effort: a file system without streams or attributes (FAT, exFAT, some network shares)
    keeps the file unmarked, and that is logged, not raised: the file is saved either way.
    """
    try:
        if _PLATFORM == "win32":  # the Zone.Identifier alternate data stream, read by Windows and Office
            with open(f"{path}:Zone.Identifier", "wb") as stream:
                stream.write(ZONE_IDENTIFIER)
            return "Zone.Identifier"
        if _PLATFORM == "darwin":  # flags;time;agent;id as browsers write it; 0081: downloaded, not yet approved
            value = f"0081;{int(time.time()):08x};Email Inspector;{str(uuid.uuid4()).upper()}"
            _darwin_setxattr(fd, QUARANTINE, value.encode())
            return QUARANTINE
    except OSError as exc:
        _log.warning("%s: saved without its download mark (%s)", path, exc.strerror or exc)
    return ""


def _darwin_setxattr(fd: int, name: str, value: bytes) -> None:
    """fsetxattr(2) of macOS (os.setxattr is Linux-only): fd, name, value, size, position, options."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.fsetxattr(fd, name.encode(), value, ctypes.c_size_t(len(value)), ctypes.c_uint32(0), 0) != 0:
        error = ctypes.get_errno()
        raise OSError(error, os.strerror(error))


def save_into(folder: str | os.PathLike[str], name: str | None, data: bytes) -> Path:
    """Create a new file in `folder` holding `data`; returns its path. Never replaces a file.

    The written file gets no execute bit and is marked as downloaded (`mark_from_internet`).
    Raises OSError when nothing could be written.
    """
    base = Path(folder).resolve(strict=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for candidate in candidate_names(safe_basename(name)):
        target = base / candidate
        # Belt and braces: safe_basename already made it a bare name. Not resolve(): that would
        # follow a symlink planted under this name, which O_EXCL below simply steps past.
        if target.parent != base or target.name != candidate:
            raise OSError(f"refusing to write outside {base}")
        try:
            fd = os.open(target, flags, 0o644)
        except (FileExistsError, IsADirectoryError):
            continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            mark_from_internet(target, handle.fileno())
        return target
    raise OSError(f"too many files called {name!r} in {base}")
