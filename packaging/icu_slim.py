"""A smaller ICU data library for the Linux build: only the data Qt Core can use, in our languages.

PySide6 ships `libicudata.so.73` (32 MB): ICU's whole data package (every locale, every converter,
break dictionaries, transliterators) as one exported symbol, `icudt73_dat`. Qt Core is its only
user in the bundle (WebEngine's Chromium has its own ICU and `icudtl.dat`), and Qt Core calls ICU
for only four things (its imported `*_73` symbols): collation (`ucol_*`), case mapping
(`u_strToUpper/Lower`), time-zone names (`ucal_*`) and legacy encodings (`ucnv_*`).

`slim_library()` reads the package out of the library, keeps every item except
- locale data for languages other than English, French and Dutch (root, pool and index stay, so
  any other locale falls back to root, as ICU does for a locale it has no data for);
- transliteration rules and word-break dictionaries (Qt never calls `utrans_*` or `ubrk_*`);
- converter tables other than the single-byte ones and the multi-byte encodings of the WHATWG
  Encoding Standard (the ones a web page or mail can declare);
and links a new library with the same soname and symbol. The package format is ICU's "common
data" (`CmnD`): a header, a table of contents sorted by name, then the items, 16-byte aligned.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

LANGUAGES = ("en", "fr", "nl")
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")  # de, yue_Hant, sr_Latn_BA; not supplementalData
_ALWAYS = {"root", "pool", "res_index"}
_DROPPED_TREES = {"translit"}
_SMALL_CONVERTER = 16 * 1024  # single-byte tables (and small extension tables) are all below this
# Multi-byte converters for the WHATWG encodings, by ICU's internal name (what ucnv_getName gives):
# GB18030, GBK, GB2312, Big5, EUC-JP, Shift_JIS (and ISO-2022-JP's JIS X 0212), EUC-KR, windows-949
# and ISO-2022-KR's table.
# The base tables that extension-only converters name (windows-936-2000 → ibm-1386_P100-2001, ...)
# are added by `slim_items`.
WHATWG_MULTIBYTE = {
    "gb18030", "windows-936-2000", "ibm-1383_P110-1999", "windows-950-2000", "euc-jp-2007",
    "ibm-943_P15A-2003", "jisx-212", "ibm-970_P110_P110-2006_U2", "windows-949-2000", "ibm-949_P110-1999",
}  # fmt: skip


def keep(name: str, size: int, languages: tuple[str, ...] = LANGUAGES) -> bool:
    """Whether the package item `name` (e.g. `icudt73l/coll/fr.res`) stays."""
    path = name.split("/", 1)[1]
    tree, _, leaf = path.rpartition("/")
    base, _, ext = leaf.rpartition(".")
    if tree in _DROPPED_TREES or ext == "dict":
        return False
    if ext == "cnv":
        return size <= _SMALL_CONVERTER or base in WHATWG_MULTIBYTE
    if ext == "res" and base not in _ALWAYS and _LOCALE.match(base):
        return base.split("_")[0] in languages
    return True  # supplemental data (zoneinfo64, metaZones, likelySubtags, ...), ucadata, normalisation, ...


def slim_items(items: list[tuple[str, bytes]], languages: tuple[str, ...] = LANGUAGES) -> list[tuple[str, bytes]]:
    """The items `keep` accepts, plus the base tables the WHATWG converters extend.

    Extension-only converters name their base table (windows-936-2000 → ibm-1386_P100-2001). A
    WHATWG converter gets its base; a small converter whose base is not kept (an EBCDIC variant of a
    big table) is dropped, since ICU could not open it anyway.
    """
    kept = {name for name, blob in items if keep(name, len(blob), languages)}
    converters = {name.rsplit("/", 1)[1][: -len(".cnv")]: name for name, _ in items if name.endswith(".cnv")}
    blobs = dict(items)

    def bases(name: str) -> set[str]:
        words = {word.decode("ascii") for word in re.findall(rb"[\x21-\x7e]{3,}", blobs[name])}
        return {converters[word] for word in words if word in converters} - {name}

    todo = [converters[base] for base in WHATWG_MULTIBYTE if base in converters]
    while todo:
        for base in bases(todo.pop()) - kept:
            kept.add(base)
            todo.append(base)
    kept -= {name for name in kept if name.endswith(".cnv") and not bases(name) <= kept}
    return [(name, blob) for name, blob in items if name in kept]


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes), ...]) of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:  # little-endian only
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + offset for _, offset in toc] + [len(data)]
    items = []
    for i, (name_offset, _) in enumerate(toc):
        name_start = header_size + name_offset
        name = data[name_start : data.index(b"\0", name_start)].decode("ascii")
        items.append((name, data[starts[i] : starts[i + 1]]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package again, laid out as ICU's pkgdata does (names after the TOC, items 16-byte aligned)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))  # ICU binary-searches the TOC
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += -data_start % 16
    toc, body, name_offset = [struct.pack("<I", len(items))], bytearray(), toc_size
    for name, blob in items:
        toc.append(struct.pack("<II", name_offset, data_start + len(body)))
        name_offset += len(name) + 1
        body += blob + b"\0" * (-len(blob) % 16)
    table = b"".join(toc) + names
    return header + table + b"\xaa" * (data_start - len(table)) + bytes(body)  # pkgdata pads with 0xaa


def _elf_symbol(path: Path, symbol: str) -> tuple[str, bytes]:
    """The bytes of an exported data symbol of an ELF64 little-endian shared library."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for _, sh_type, _, _, offset, size, link, _, _, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for i in range(size // entsize):
            st_name, _, _, _, st_value, st_size = struct.unpack_from("<IBBHQQ", data, offset + i * entsize)
            name = data[strtab + st_name : data.index(b"\0", strtab + st_name)].decode()
            if name.startswith(symbol) and st_size:
                for _, _, _, addr, sec_offset, sec_size, *_ in sections:
                    if addr and addr <= st_value < addr + sec_size:
                        start = sec_offset + st_value - addr
                        return name, data[start : start + st_size]
    raise ValueError(f"{path}: no exported {symbol}* data symbol")


def slim_library(original: Path, out_dir: Path, languages: tuple[str, ...] = LANGUAGES) -> Path | None:
    """Write the slimmed library into out_dir (same file name); None when no C compiler is at hand."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    symbol, package = _elf_symbol(original, "icudt")
    header, items = read_package(package)
    slim = write_package(header, slim_items(items, languages))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / original.name
    with tempfile.TemporaryDirectory() as tmp:
        blob = Path(tmp) / "icudata.dat"
        blob.write_bytes(slim)
        source = Path(tmp) / "icudata.S"
        source.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n"
            f'.incbin "{blob}"\n.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        command = [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{original.name}", "-Wl,-z,noexecstack",
                   "-o", str(target), str(source)]  # fmt: skip
        subprocess.run(command, check=True)
    return target


# Chromium's own ICU data (`icudtl.dat`, Qt WebEngine): display names of currencies, languages,
# regions, units and time zones serve only JavaScript's Intl API, and the safe view runs no script.
# Layout (line breaking, its dictionaries), collation, converters and normalisation stay.
CHROMIUM_DROPPED_TREES = {"curr", "lang", "region", "unit", "zone"}


def slim_chromium_data(original: Path, out_dir: Path) -> Path:
    """Write Chromium's `icudtl.dat` without the JavaScript-only display names (10.5 -> 7.5 MB)."""
    header, items = read_package(original.read_bytes())
    kept = [(name, blob) for name, blob in items if name.split("/")[1] not in CHROMIUM_DROPPED_TREES]
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / original.name
    target.write_bytes(write_package(header, kept))
    return target


if __name__ == "__main__":  # python packaging/icu_slim.py LIB OUT_DIR: build it and print the sizes
    import sys

    built = slim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(built, Path(sys.argv[1]).stat().st_size, "->", built.stat().st_size if built else None)
