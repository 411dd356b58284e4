"""Where messages come from in a batch: files, folders, mbox files and Maildir folders.

Sources are small descriptors (path, and for mbox the message index, byte offset and length),
not message bytes: a worker reads its own message, so a 5 GB mbox is streamed, never loaded,
and the same descriptor can be shipped to another process or machine.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

MESSAGE_SUFFIXES = {".eml", ".msg"}
MBOX_SUFFIXES = {".mbox", ".mbx"}
_SCAN_CHUNK = 1 << 20


@dataclass(frozen=True)
class Source:
    """One message to analyse. `index`/`offset`/`length` are set for a message inside an mbox."""

    path: str
    index: int | None = None
    offset: int | None = None
    length: int | None = None

    def read(self, max_bytes: int) -> bytes:
        """The message bytes, read-only; at most `max_bytes + 1` so oversize is detectable."""
        from .parsing import read_input  # noqa: PLC0415 - keeps this module importable alone

        if self.offset is None or self.length is None:
            return read_input(Path(self.path), max_bytes=max_bytes)
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            return handle.read(min(self.length, max_bytes + 1))

    def position(self) -> dict[str, int] | None:
        if self.index is None:
            return None
        return {"mbox_index": self.index, "offset": self.offset or 0, "length": self.length or 0}


@dataclass(frozen=True)
class SourceProblem:
    """A path given on the command line that holds nothing to analyse."""

    path: str
    code: str
    message: str


def iter_sources(paths: Sequence[str], *, recursive: bool = True) -> Iterator[Source | SourceProblem]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for source in _folder(path, recursive=recursive, root=_real(path) or path, seen=set()):
                found = True
                yield source
            if not found:
                yield SourceProblem(raw, "NO_MESSAGES", "no .eml, .msg, mbox or Maildir messages in this folder")
        elif not path.exists():
            yield SourceProblem(raw, "NOT_FOUND", "no such file")
        elif is_mbox(path):
            yield from mbox_messages(path)
        else:
            yield Source(raw)


def _folder(folder: Path, *, recursive: bool, root: Path, seen: set[tuple[int, int]]) -> Iterator[Source]:
    """The messages under `folder`, never outside `root` (the real path of the folder given).

    Links to folders are not followed and each real folder is walked once: a link to `.` or `..`
    would otherwise make the walk endless or leave the folder the user named.
    """
    try:
        info = folder.stat()
    except OSError:
        return
    if (info.st_dev, info.st_ino) in seen:  # a bind mount or a Windows junction back up the tree
        return
    seen.add((info.st_dev, info.st_ino))
    maildir = is_maildir(folder)
    if maildir:
        for sub in ("cur", "new"):
            for item in _entries(folder / sub):
                if _regular_inside(item, root) and not item.name.startswith("."):
                    yield Source(str(item))
    for child in _entries(folder):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if child.is_symlink() or not _inside(child, root):
                continue
            if recursive and not (maildir and child.name in ("cur", "new", "tmp")):
                yield from _folder(child, recursive=recursive, root=root, seen=seen)
        elif not _regular_inside(child, root):
            continue
        elif child.suffix.lower() in MESSAGE_SUFFIXES:
            yield Source(str(child))
        elif child.suffix.lower() in MBOX_SUFFIXES or child.name == "mbox":
            yield from mbox_messages(child)


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:  # unreadable or gone meanwhile: the rest of the walk goes on
        return []


def _real(path: Path) -> Path | None:
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a link loop (RuntimeError before Python 3.13)
        return None


def _inside(path: Path, root: Path) -> bool:
    real = _real(path)
    return real is not None and real.is_relative_to(root)


def _regular_inside(path: Path, root: Path) -> bool:
    """A regular file (a FIFO would block the reader) that is, once links are followed, under `root`."""
    return path.is_file() and (not path.is_symlink() or _inside(path, root))


def is_maildir(folder: Path) -> bool:
    return (folder / "cur").is_dir() and (folder / "new").is_dir()


def is_mbox(path: Path) -> bool:
    """An mbox by name, or a file that starts with an mbox `From ` line and holds more than one."""
    if path.suffix.lower() in MBOX_SUFFIXES or path.name == "mbox":
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(_SCAN_CHUNK)
    except OSError:
        return False
    return head.startswith(b"From ") and (b"\n\nFrom " in head or b"\n\r\nFrom " in head)


def mbox_messages(path: Path) -> Iterator[Source]:
    """Split an mbox by its `From ` lines (after a blank line), reading 1 MB at a time."""
    starts: list[int] = []
    previous_blank = True
    offset = 0
    index = 0
    with path.open("rb") as handle:
        carry = b""
        while chunk := handle.read(_SCAN_CHUNK):
            data = carry + chunk
            lines = data.split(b"\n")
            carry = lines.pop()  # the last piece may be an unfinished line
            for line in lines:
                if previous_blank and line.startswith(b"From "):
                    starts.append(offset)
                    if len(starts) == 2:
                        yield _mbox_source(path, index, starts[0], starts[1])
                        index += 1
                        starts = starts[1:]
                previous_blank = line in (b"", b"\r")
                offset += len(line) + 1
        end = offset + len(carry)
    if starts:
        yield _mbox_source(path, index, starts[0], end)


def _mbox_source(path: Path, index: int, start: int, end: int) -> Source:
    return Source(str(path), index=index, offset=start, length=end - start)
