"""Where a shortcut-like attachment points (.url, .scf, .lnk, .library-ms, .searchConnector-ms, .desktop, .webloc).

Only the reading: the tracking engine reports the targets fetched without a click, the trap checks
name them on the risky attachment. A shortcut is a few lines of text (or a small binary for .lnk)
naming a target; Explorer loads a .url's or .scf's `IconFile` and a library's locations as soon as
it shows the folder holding the file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ...parsing import Attachment
from .urls import REMOTE, UNC, Url, normalise


def extension(name: str | None) -> str:
    """The last extension of a file name, lower-case ("" for none); shared by every attachment reader."""
    base = (name or "").strip().rstrip(". ").lower().rsplit("/", 1)[-1]
    return base.rpartition(".")[2] if "." in base else ""


MAX_SHORTCUT_BYTES = 1_000_000
MAX_TARGETS = 20
EXTENSIONS = frozenset({"url", "website", "scf", "lnk", "library-ms", "searchconnector-ms", "desktop", "webloc"})
_INI_KEYS = {"url": False, "baseurl": False, "iconfile": True, "workingdirectory": False, "exec": False}
_INI_LINE = re.compile(r"^[ \t]*([A-Za-z]{2,20})[ \t]*=[ \t]*([^\r\n]{1,4000})", re.MULTILINE)
_XML_LOCATION = re.compile(r"<(url|iconReference)>\s*([^<>]{1,4000}?)\s*</\1>", re.IGNORECASE)
_PLIST_URL = re.compile(r"<key>\s*URL\s*</key>\s*<string>([^<>]{1,4000})</string>", re.IGNORECASE)
_BINARY_URL = re.compile(rb"(?:https?|file|smb|ftp)://[\x21-\x7e]{1,2000}|\\\\[\w.\-$@]{1,253}\\[\x21-\x7e]{0,1000}")
_LNK_MAGIC = b"L\x00\x00\x00\x01\x14\x02\x00"


@dataclass(frozen=True)
class Target:
    """One place a shortcut points to: the key or element that holds it, and whether it loads unasked."""

    field: str
    raw: str
    url: Url
    auto: bool


def is_shortcut(att: Attachment, head: bytes) -> bool:
    if extension(att.filename) in EXTENSIONS or head.startswith(_LNK_MAGIC):
        return True
    start = head[:200].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"[internetshortcut]", b"[shell]", b"[desktop entry]")) or (
        b"<librarydescription" in head[:2000].lower() or b"<searchconnectordescription" in head[:2000].lower()
    )


def shortcut_targets(att: Attachment) -> list[Target]:
    """Every remote or share target of a shortcut attachment (empty for other files)."""
    data = att.data()[:MAX_SHORTCUT_BYTES]
    if not is_shortcut(att, data):
        return []
    if data.startswith(_LNK_MAGIC) or data.startswith(b"bplist"):
        found = _binary(data)
    else:
        text = data.decode("utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else data.decode("utf-8", "replace")
        found = _xml(text) if "<" in text[:2000] else _ini(text)
    out = [t for t in found if t.url.locality in (REMOTE, UNC) and t.url.host]
    return out[:MAX_TARGETS]


def _ini(text: str) -> list[Target]:
    out = []
    for key, value in _INI_LINE.findall(text):
        auto = _INI_KEYS.get(key.lower())
        if auto is None:
            continue
        raw = value.strip().strip('"')
        if key.lower() == "exec":  # a .desktop command line: its URL-like words
            out += [Target(key, w, normalise(w), False) for w in raw.split() if "://" in w or w.startswith("\\\\")]
        else:
            out.append(Target(key, raw, normalise(raw), auto))
    return out


def _xml(text: str) -> list[Target]:
    webloc = [_target("URL", v, auto=False) for v in _PLIST_URL.findall(text)]
    if webloc:
        return webloc  # a .webloc (XML property list)
    # A library or search connector: Explorer resolves its locations (and icon) when it shows it.
    return [_target(tag, v, auto=True) for tag, v in _XML_LOCATION.findall(text)]


def _target(field: str, value: str, *, auto: bool) -> Target:
    raw = html.unescape(value).strip()
    return Target(field, raw, normalise(raw), auto)


def _binary(data: bytes) -> list[Target]:
    """A .lnk (or binary .webloc): the URL and share paths among its strings, 8-bit and UTF-16."""
    texts = [data.decode("latin-1"), data.decode("utf-16-le", "replace"), data[1:].decode("utf-16-le", "replace")]
    out = []
    for text in texts:
        for match in _BINARY_URL.finditer(text.encode("latin-1", "replace")):
            raw = match.group(0).decode("latin-1").rstrip("\x00")
            out.append(Target("string", raw, normalise(raw), False))
    return out
