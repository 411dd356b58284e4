"""OLE2 (compound file) content: macros, embedded objects and encryption in legacy Office files.

Read with olefile (a reader only: extract-msg depends on it), from bytes already in memory, never
written anywhere. Used for .doc/.xls/.ppt attachments and for the OLE2 parts of other carriers:
`vbaProject.bin` and `oleObject*.bin` inside Office Open XML, ActiveMime blobs in Word 2003 XML
and MHT files. VBA source is decompressed (MS-OVBA) only to name what the macros do; a cap bounds
every stream read and every decompression.
"""

from __future__ import annotations

import base64
import io
import re
import zlib
from dataclasses import dataclass, field

import olefile

MAX_STREAM_BYTES = 4_000_000
MAX_SOURCE_BYTES = 400_000  # decompressed VBA per project
MAX_STREAMS = 400
MAX_BIFF_RECORDS = 20_000
_AUTO_RUN = re.compile(
    r"\b(Auto_?Open|Auto_?Close|AutoExec|AutoNew|Document_(?:Open|Close|New)|Workbook_(?:Open|Activate|BeforeClose)|"
    r"\w+_(?:Painted|Layout|GotFocus))\b",
    re.IGNORECASE,
)
_CALLS = re.compile(
    r"\b(Shell(?:Execute)?|WScript\.Shell|CreateObject|GetObject|URLDownloadToFile|MSXML2\.XMLHTTP|WinHttp|"
    r"powershell|cmd\.exe|ExecuteExcel4Macro|CallByName|VirtualAlloc|CreateThread|RtlMoveMemory|"
    r"Lib\s+\"kernel32|ADODB\.Stream|SaveToFile|Environ)\b",
    re.IGNORECASE,
)
_CLSID_CLASS = {
    "0003000C-0000-0000-C000-000000000046": "Package",
    "0002CE02-0000-0000-C000-000000000046": "Equation.3",
    "00000300-0000-0000-C000-000000000046": "OLE2Link",
    "00000535-0000-0010-8000-00AA006D2EA4": "ADODB.RecordSet",
}
_OOXML_ENCRYPTED = "EncryptedPackage"


@dataclass
class OleFacts:
    """What an OLE2 container holds that matters here."""

    macros: list[str] = field(default_factory=list)  # storages or sheets that carry macros
    auto_run: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    objects: list[dict] = field(default_factory=list)  # {"class":..., "embedded_file":..., "storage":...}
    encrypted: str | None = None  # what showed it
    fields: list[str] = field(default_factory=list)  # Word field instructions (DDE, INCLUDEPICTURE...)


def read_ole(data: bytes, *, is_object: bool = False) -> OleFacts | None:
    """Facts about an OLE2 container, or None when olefile cannot read it.

    `is_object`: the container is itself an embedded object (an OOXML `oleObject1.bin`), so the
    streams at its root describe that object; in a .doc or .xls they describe the file itself."""
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a damaged container is not ours to report
        return None
    facts = OleFacts()
    try:
        paths = ole.listdir(streams=True, storages=True)[:MAX_STREAMS]
        names = {"/".join(p) for p in paths}
        _macros(ole, paths, facts)
        _objects(ole, paths if is_object else [p for p in paths if len(p) > 1], facts)
        _encryption(ole, names, facts)
        if "WordDocument" in names:
            facts.fields += word_fields(_read(ole, ["WordDocument"]))
    except Exception:  # noqa: BLE001 - keep what was read before the damage
        pass
    finally:
        ole.close()
    return facts


def _read(ole: olefile.OleFileIO, path: list[str]) -> bytes:
    with ole.openstream(path) as stream:
        return stream.read(MAX_STREAM_BYTES)


def _macros(ole: olefile.OleFileIO, paths: list[list[str]], facts: OleFacts) -> None:
    vba = [p for p in paths if p and p[-1].upper() == "VBA" and ole.get_type(p) == olefile.STGTY_STORAGE]
    if not vba:  # a project storage whose VBA storage was renamed or removed
        vba = [p for p in paths if len(p) == 1 and p[0].upper() in ("_VBA_PROJECT_CUR", "MACROS", "_VBA_PROJECT")]
    seen = {"/".join(p) for p in vba}
    facts.macros += sorted(seen)
    if seen:
        source = vba_source(ole, paths)
        facts.auto_run += sorted({m.group(1).lower(): m.group(1) for m in _AUTO_RUN.finditer(source)}.values())[:10]
        facts.calls += sorted({m.group(1) for m in _CALLS.finditer(source)}, key=str.lower)[:15]
    if ["Workbook"] in paths or ["Book"] in paths:
        facts.macros += excel4_sheets(_read(ole, ["Workbook"] if ["Workbook"] in paths else ["Book"]))


def vba_source(ole: olefile.OleFileIO, paths: list[list[str]]) -> str:
    """The VBA source of every module, decompressed, as far as the cap allows ("" when unreadable)."""
    out: list[str] = []
    budget = MAX_SOURCE_BYTES
    for path in paths:
        if len(path) < 2 or path[-2].upper() != "VBA" or ole.get_type(path) != olefile.STGTY_STREAM:
            continue
        if path[-1].lower() in ("dir", "_vba_project") or path[-1].startswith("__SRP_"):
            continue
        data = _read(ole, path)
        start = data.rfind(b"\x00Attribut") - 3  # the compressed source starts with "Attribute VB_Name"
        if start < 0 or data[start] != 1 or budget <= 0:
            continue
        text = decompress_vba(data, start, budget).decode("latin-1")
        budget -= len(text)
        out.append(text)
    return "\n".join(out)


def decompress_vba(data: bytes, start: int, limit: int) -> bytes:
    """MS-OVBA 2.4.1 decompression of the container at `start`, at most `limit` bytes out."""
    out = bytearray()
    pos = start + 1  # signature byte 0x01
    while pos + 2 <= len(data) and len(out) < limit:
        header = int.from_bytes(data[pos : pos + 2], "little")
        end = min(pos + (header & 0x0FFF) + 3, len(data))
        pos += 2
        if not header & 0x8000:  # an uncompressed chunk: 4096 raw bytes
            out += data[pos : pos + 4096]
            pos += 4096
            continue
        chunk = len(out)
        while pos < end:
            flags = data[pos]
            pos += 1
            for bit in range(8):
                if pos >= end:
                    break
                if not flags >> bit & 1:
                    out.append(data[pos])
                    pos += 1
                    continue
                token = int.from_bytes(data[pos : pos + 2], "little")
                pos += 2
                bits = max((len(out) - chunk - 1).bit_length(), 4)
                offset = (token >> (16 - bits)) + 1
                if offset > len(out) - chunk:
                    return bytes(out)  # a damaged token: stop rather than guess
                for _ in range((token & (0xFFFF >> bits)) + 3):
                    out.append(out[-offset])
        pos = end
    return bytes(out[:limit])


def excel4_sheets(workbook: bytes) -> list[str]:
    """Excel 4.0 macro sheets of a BIFF8 workbook (BOUNDSHEET8 records with sheet type 1)."""
    out = []
    pos = 0
    for _ in range(MAX_BIFF_RECORDS):
        if pos + 4 > len(workbook):
            break
        kind, size = _u16(workbook, pos), _u16(workbook, pos + 2)
        body = workbook[pos + 4 : pos + 4 + size]
        if kind == 0x0085 and len(body) >= 8 and body[5] == 1:
            out.append("Excel 4.0 macro sheet " + body[8:].decode("latin-1", "replace").strip("\x00")[:60])
        pos += 4 + size
    return out


def _objects(ole: olefile.OleFileIO, paths: list[list[str]], facts: OleFacts) -> None:
    for path in paths:
        if path[-1] not in ("\x01Ole10Native", "\x01CompObj", "\x01Ole") or len(facts.objects) >= 20:
            continue
        storage = path[:-1]
        if path[-1] == "\x01Ole" and not _is_link(_read(ole, path)):
            continue
        if any(o["storage"] == ("/".join(storage) or "root") for o in facts.objects):
            continue
        facts.objects.append(_object(ole, storage, paths))


def _object(ole: olefile.OleFileIO, storage: list[str], paths: list[list[str]]) -> dict:
    clsid = (ole.getclsid(storage) if storage else ole.root.clsid) or ""
    found: dict = {"storage": "/".join(storage) or "root", "class": _CLSID_CLASS.get(clsid.upper(), "")}
    if [*storage, "\x01CompObj"] in paths:
        found["class"] = compobj_class(_read(ole, [*storage, "\x01CompObj"])) or found["class"]
    if [*storage, "\x01Ole10Native"] in paths:
        found["class"] = found["class"] or "Package"
        found["embedded_file"] = ole10native_name(_read(ole, [*storage, "\x01Ole10Native"]))
    if [*storage, "\x01Ole"] in paths and _is_link(_read(ole, [*storage, "\x01Ole"])):
        found["linked"] = True
    return found


def _is_link(ole_stream: bytes) -> bool:
    """The \\x01Ole stream's flags say the object is a link to a file or URL (OLE2Link)."""
    return len(ole_stream) >= 8 and bool(int.from_bytes(ole_stream[4:8], "little") & 1)


def compobj_class(data: bytes) -> str:
    """The ProgID (else the user type) of a \\x01CompObj stream (MS-OLEDS 2.3.8): after a 28-byte header,
    the user type, the clipboard format (a marker and id, or a string), then the ProgID."""
    user, pos = _ansi(data, 28)
    marker = int.from_bytes(data[pos : pos + 4], "little")
    pos += 8 if marker in (0xFFFFFFFF, 0xFFFFFFFE) else 4 + (marker if marker <= 0x400 else 0)
    progid, _ = _ansi(data, pos)
    return (progid or user).strip()[:80]


def _ansi(data: bytes, pos: int) -> tuple[str, int]:
    """A length-prefixed ANSI string at `pos`, and the position after it ("" when damaged)."""
    size = int.from_bytes(data[pos : pos + 4], "little")
    if pos + 4 > len(data) or size > 0x400 or pos + 4 + size > len(data):
        return "", len(data)
    return data[pos + 4 : pos + 4 + size].split(b"\x00", 1)[0].decode("latin-1"), pos + 4 + size


def ole10native_name(data: bytes) -> str:
    """The file name a Package object carries (label, then original path, NUL-terminated after 6 bytes)."""
    parts = data[6:2000].split(b"\x00")
    names = [p.decode("latin-1") for p in parts[:2] if p]
    return (names[1].replace("\\", "/").rsplit("/", 1)[-1] if len(names) > 1 else names[0] if names else "")[:120]


def _encryption(ole: olefile.OleFileIO, names: set[str], facts: OleFacts) -> None:
    if _OOXML_ENCRYPTED in names:
        facts.encrypted = "EncryptedPackage stream (a password-protected Office Open XML document)"
    elif "EncryptedSummary" in names:
        facts.encrypted = "EncryptedSummary stream (a password-protected PowerPoint file)"
    elif "WordDocument" in names:
        fib = _read(ole, ["WordDocument"])[:12]
        if len(fib) >= 12 and fib[11] & 0x01:  # FibBase.fEncrypted (bit 8 of the flags at 0x0A)
            facts.encrypted = "fEncrypted flag of the Word file header"
    elif "Workbook" in names:
        book = _read(ole, ["Workbook"])[:4096]
        if _biff_has(book, 0x002F):
            facts.encrypted = "FILEPASS record of the Excel workbook"


def _u16(data: bytes, pos: int) -> int:
    return int.from_bytes(data[pos : pos + 2], "little")


def _biff_has(data: bytes, wanted: int) -> bool:
    pos = 0
    for _ in range(64):  # FILEPASS follows BOF at once
        if pos + 4 > len(data):
            return False
        kind, size = _u16(data, pos), _u16(data, pos + 2)
        if kind == wanted:
            return True
        pos += 4 + size
    return False


_WORD_FIELD = re.compile(
    r"\x13\s{0,20}((?:DDEAUTO|DDE|INCLUDEPICTURE|INCLUDETEXT|LINK|IMPORT)\b[^\x13\x14\x15]{0,2000})", re.IGNORECASE
)


def word_fields(stream: bytes) -> list[str]:
    """Field instructions in a binary Word document's text (8-bit and UTF-16 pieces both tried)."""
    found = [m.group(1) for m in _WORD_FIELD.finditer(stream.decode("latin-1"))]
    found += [m.group(1) for m in _WORD_FIELD.finditer(stream.decode("utf-16-le", "replace"))]
    return found[:50]


# ActiveMime: how Word 2003 XML (<w:binData w:name="editdata.mso">) and MHT files carry macros.
_ACTIVEMIME_B64 = re.compile(rb"QWN0aXZlTWltZQ[A-Za-z0-9+/=\s]{0,2000000}")


def activemime_macros(data: bytes) -> OleFacts | None:
    """Facts about the OLE2 container inside an ActiveMime blob, or None when there is no blob."""
    blob = data if data.startswith(b"ActiveMime") else b""
    match = None if blob else _ACTIVEMIME_B64.search(data)
    if match is not None:
        digits = re.sub(rb"\s+", b"", match.group(0))[: MAX_STREAM_BYTES * 2]
        blob = base64.b64decode(digits[: len(digits) // 4 * 4])
    if not blob.startswith(b"ActiveMime"):
        return None
    inner = _inflate_after_header(blob)
    facts = read_ole(inner) if inner.startswith(olefile.MAGIC) else None
    if facts is None or not facts.macros:
        return OleFacts(macros=["ActiveMime blob (content not readable)"])
    facts.macros = ["ActiveMime: " + m for m in facts.macros]
    return facts


def _inflate_after_header(blob: bytes) -> bytes:
    """The zlib stream that follows the ActiveMime header (its offset varies; 0x78 starts a zlib stream)."""
    for start in range(10, min(len(blob) - 1, 200)):
        if blob[start] != 0x78 or blob[start + 1] not in (0x01, 0x5E, 0x9C, 0xDA):
            continue
        try:
            return zlib.decompressobj().decompress(blob[start:], MAX_STREAM_BYTES)
        except zlib.error:
            continue
    return b""
