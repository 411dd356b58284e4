"""Zip, RAR and 7-Zip attachments: which reader a zip needs, and whether an archive hides its content.

A zip is an Office Open XML document, an OpenDocument file, or a plain archive; this module tells
them apart by content (the name only breaks a tie). Only the central directory and the headers are
read here; nothing is extracted. An archive whose members are encrypted cannot be inspected by this
program or by a mail filter, which is why attackers send malware that way with the password in the
message.
"""

from __future__ import annotations

import io
import zipfile

from ...model import Finding
from ...parsing import Attachment
from ..common.shortcuts import extension
from .attach_common import MAX_SCAN_BYTES, OOXML
from .attach_odf import is_odf, odf_findings
from .attach_ooxml import ooxml_findings
from .attach_threats import encrypted_finding

MAX_LISTED = 5_000
MAX_BLOCKS = 2_000
RAR4 = b"Rar!\x1a\x07\x00"
RAR5 = b"Rar!\x1a\x07\x01\x00"
SEVEN_ZIP = b"7z\xbc\xaf\x27\x1c"
_SEVEN_ZIP_AES = b"\x06\xf1\x07\x01"  # coder id of 7zAES


def zip_findings(att: Attachment, head: bytes, label: str) -> list[Finding]:
    data = att.data() if len(head) >= MAX_SCAN_BYTES else head
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()[:MAX_LISTED]
        names = {i.filename for i in infos}
        kind = f"{att.sniffed_type} {att.declared_type}".lower()
        if "[Content_Types].xml" in names or extension(att.filename) in OOXML or "officedocument" in kind:
            return ooxml_findings(att, data, label)
        if is_odf(archive, names, att.filename):
            return odf_findings(att, archive, label)
        locked = [i.filename for i in infos if i.flag_bits & 0x1]
    if not locked:
        return []
    how = f"encryption flag on {len(locked)} of {len(infos)} members ({', '.join(locked[:5])})"
    return [encrypted_finding(att, how, container="zip archive")]


def archive_findings(att: Attachment, head: bytes) -> list[Finding]:
    """RAR and 7-Zip: encrypted members or headers, as far as the headers show it."""
    how = None
    if head.startswith(RAR4):
        how = _rar4(head)
    elif head.startswith(RAR5):
        how = _rar5(head)
    elif head.startswith(SEVEN_ZIP):
        how = _seven_zip(att.data() if len(head) >= MAX_SCAN_BYTES else head)
    if how is None:
        return []
    return [encrypted_finding(att, how, container="RAR archive" if head.startswith(b"Rar!") else "7-Zip archive")]


def _rar4(data: bytes) -> str | None:
    pos = len(RAR4)
    for _ in range(MAX_BLOCKS):
        if pos + 7 > len(data):
            return None
        kind, flags = data[pos + 2], int.from_bytes(data[pos + 3 : pos + 5], "little")
        size = int.from_bytes(data[pos + 5 : pos + 7], "little")
        if kind == 0x73 and flags & 0x0080:
            return "RAR main header: names and content encrypted"
        if kind == 0x74 and flags & 0x0004:
            return "RAR file header: member encrypted"
        added = int.from_bytes(data[pos + 7 : pos + 11], "little") if flags & 0x8000 else 0
        if size < 7:
            return None
        pos += size + added
    return None


def _rar5(data: bytes) -> str | None:
    """Only the archive-encryption header (names hidden too) is read; encrypted members alone are not seen."""
    pos = len(RAR5) + 4  # CRC32 of the first header
    _, pos = _vint(data, pos)  # header size
    kind, _ = _vint(data, pos)
    return "RAR5 archive encryption header: names and content encrypted" if kind == 4 else None


def _vint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while pos < len(data) and shift < 64:
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            break
        shift += 7
    return value, pos


def _seven_zip(data: bytes) -> str | None:
    """The end header names the 7zAES coder when the header itself is encrypted (7z -mhe) or left plain."""
    offset = int.from_bytes(data[12:20], "little")
    size = int.from_bytes(data[20:28], "little")
    header = data[32 + offset : 32 + offset + min(size, MAX_SCAN_BYTES)] if 32 + offset < len(data) else b""
    return "7-Zip header names the 7zAES coder" if _SEVEN_ZIP_AES in header else None
