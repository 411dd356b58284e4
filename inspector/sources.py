"""Where messages come from in a batch: files, folders, mbox files and Maildir folders.

Sources are small descriptors (path, and for mbox the message index, byte offset and length),
not message bytes: a worker reads its own message, so a 5 GB mbox is streamed, never loaded,
and the same descriptor can be shipped to another process or machine.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

MESSAGE_SUFFIXES = {".eml", ".msg"}
MBOX_SUFFIXES = {".mbox", ".mbx"}
_SCAN_CHUNK = 1 << 20
_LINE_HEAD = 8  # enough of a long line to tell whether it starts a message (`From `)


@dataclass(frozen=True)
class Source:
    """One message to analyse, wherever it comes from: the one source type of the CLI, batch and window.

    A file (`path`), a message inside an mbox (`index`/`offset`/`length` too), bytes dropped or
    pasted into the window (`data`), or a message already parsed (`message`: one nested in another).
    `label` is what a person calls it (a file or attachment name). `origin` says where bytes without
    a file came from ("clipboard", "drop" for dropped text, "stdin"); "" for everything else.
    """

    path: str = ""
    index: int | None = None
    offset: int | None = None
    length: int | None = None
    data: bytes | None = field(default=None, repr=False)
    label: str = ""
    message: Any = field(default=None, compare=False, repr=False)
    origin: str = ""

    @property
    def name(self) -> str:
        return self.label or Path(self.path).name or self.path

    def read(self, max_bytes: int) -> bytes:
        """The message bytes, read-only; at most `max_bytes + 1` so oversize is detectable."""
        from .parsing import open_regular, read_input  # noqa: PLC0415 - keeps this module importable alone

        if self.data is not None:
            return self.data[: max_bytes + 1]
        if self.offset is None or self.length is None:
            return read_input(Path(self.path), max_bytes=max_bytes)
        with open_regular(Path(self.path)) as handle:
            handle.seek(self.offset)
            return handle.read(min(self.length, max_bytes + 1))

    def position(self) -> dict[str, int] | None:
        if self.index is None:
            return None
        return {"mbox_index": self.index, "offset": self.offset or 0, "length": self.length or 0}


# Headers a copied message or header block almost always carries. Sniffing a file is lenient (any
# "Name: value" first line), but pasted text is often prose ("Note: call me"), so text must show
# at least two of these before it is read as a message.
MAIL_HEADERS = frozenset(
    b"from to cc subject date message-id received return-path delivered-to reply-to sender mime-version "
    b"content-type dkim-signature authentication-results arc-seal x-mailer x-originating-ip".split()
)
_TEXT_HEADER = re.compile(rb"^([!-9;-~]{1,76})[ \t]*:", re.MULTILINE)


def text_message(text: str) -> bytes | None:
    """Pasted or piped text as message bytes, when it is a whole message or a header block; else None.

    Leading blank lines go (a selection often starts with one); nothing else is changed.
    """
    from .parsing.sniff import looks_like_message  # noqa: PLC0415 - keeps this module importable alone

    data = text.lstrip("\ufeff\r\n").encode("utf-8", "replace")
    if not looks_like_message(data):
        return None
    head = re.split(rb"\r?\n\r?\n", data[:65536], maxsplit=1)[0]
    names = {m.group(1).lower() for m in _TEXT_HEADER.finditer(head)}
    return data if len(names & MAIL_HEADERS) >= 2 else None


@dataclass(frozen=True)
class SourceProblem:
    """A path given on the command line that holds nothing to analyse."""

    path: str
    code: str
    message: str


STDIN = "-"  # the path that means "one message from standard input" (a file named "-" is "./-")
STDIN_LABEL = "<stdin>"


def stdin_source(stream: BinaryIO | None = None) -> Source:
    """One message read from standard input, at most the file limit plus one byte (so oversize shows)."""
    from .parsing import MAX_INPUT_BYTES  # noqa: PLC0415

    stream = stream if stream is not None else sys.stdin.buffer
    return Source(label=STDIN_LABEL, data=stream.read(MAX_INPUT_BYTES + 1), origin="stdin")


def iter_sources(paths: Sequence[str], *, recursive: bool = True) -> Iterator[Source | SourceProblem]:
    for raw in paths:
        path = Path(raw)
        if raw == STDIN:
            yield stdin_source()
        elif path.is_dir():
            found = False
            for source in _folder(path, recursive=recursive, root=_real(path) or path, seen=set()):
                found = True
                yield source
            if not found:
                yield SourceProblem(raw, "NO_MESSAGES", "no .eml, .msg, mbox or Maildir messages in this folder")
        elif not path.exists():
            yield SourceProblem(raw, "NOT_FOUND", "no such file")
        elif path.is_file() and is_mbox(path):
            yield from mbox_messages(path)
        else:
            yield Source(raw)


def _folder(
    folder: Path, *, recursive: bool, root: Path, seen: set[tuple[int, int]]
) -> Iterator[Source | SourceProblem]:
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
    if not path.is_file():  # a FIFO would block here until a writer came
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(_SCAN_CHUNK)
    except OSError:
        return False
    return head.startswith(b"From ") and (b"\n\nFrom " in head or b"\n\r\nFrom " in head)


def mbox_messages(path: Path) -> Iterator[Source | SourceProblem]:
    """Split an mbox by its `From ` lines (after a blank line), reading 1 MB at a time.

    Only the bytes the file held when it was opened are split: one that grows meanwhile (a mail
    program still writing, `cat /dev/zero >>`) is not followed. Of a line longer than a chunk only
    its start is kept, which is all the split looks at, so memory does not grow with the line.
    """
    from .parsing import LoadError, open_regular  # noqa: PLC0415

    starts: list[int] = []
    previous_blank = True
    offset = 0  # where the next whole line starts
    index = 0
    try:
        handle = open_regular(path)
    except (OSError, LoadError) as exc:  # unreadable, or no longer a regular file
        yield SourceProblem(str(path), "UNREADABLE", f"cannot read this mbox ({getattr(exc, 'strerror', '') or exc})")
        return
    with handle:
        remaining = os.fstat(handle.fileno()).st_size
        carry = b""  # the unfinished line, or its first bytes
        dropped = 0  # bytes of the unfinished line not kept in `carry`
        while remaining > 0 and (chunk := handle.read(min(_SCAN_CHUNK, remaining))):
            remaining -= len(chunk)
            lines = (carry + chunk).split(b"\n")
            carry = lines.pop()  # the last piece may be an unfinished line
            for line in lines:
                if previous_blank and line.startswith(b"From "):
                    starts.append(offset)
                    if len(starts) == 2:
                        yield _mbox_source(path, index, starts[0], starts[1])
                        index += 1
                        starts = starts[1:]
                previous_blank = line in (b"", b"\r")
                offset += len(line) + dropped + 1
                dropped = 0
            if len(carry) > _SCAN_CHUNK:
                dropped += len(carry) - _LINE_HEAD
                carry = carry[:_LINE_HEAD]
        end = offset + dropped + len(carry)
    if starts:
        yield _mbox_source(path, index, starts[0], end)


def _mbox_source(path: Path, index: int, start: int, end: int) -> Source:
    return Source(str(path), index=index, offset=start, length=end - start)
