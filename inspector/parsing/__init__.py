"""Load a message from a path or from bytes, whatever its format, into one model."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from .eml import load_eml
from .limits import limit_bodies
from .message import Attachment, Body, Defect, Header, Message, Part
from .msg import MsgError, load_msg
from .sniff import input_format

__all__ = ["Attachment", "Body", "Defect", "Header", "LoadError", "Message", "Part", "load", "load_bytes"]

MAX_INPUT_BYTES = 100 * 1024 * 1024


class LoadError(Exception):
    """The input is not a message we can read. `code` is stable (see docs/report-schema.md)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file read-only, never waiting: a FIFO or device (perhaps swapped in after a
    check) is refused, where a plain open would block until a writer came and then stream for ever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LoadError("NOT_A_FILE", "not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_input(path: Path, *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """Read a file for analysis, opened read-only; the file is never written.

    The size is checked before reading, and the read itself stops after `max_bytes + 1`: a file
    that grows while it is read (or says less than it holds, as /proc files do) is refused.
    """
    if not path.exists():
        raise LoadError("NOT_FOUND", "no such file")
    if not path.is_file():
        raise LoadError("NOT_A_FILE", "not a regular file")
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise LoadError("TOO_LARGE", f"{size / 1e6:.0f} MB is more than the {max_bytes / 1e6:.0f} MB limit")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError("UNREADABLE", f"cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:
        raise LoadError("TOO_LARGE", f"the file grew past the {max_bytes / 1e6:.0f} MB limit while it was read")
    return data


def load_bytes(data: bytes, *, max_bytes: int = MAX_INPUT_BYTES) -> Message:
    """Parse message bytes (from a file, a drop or a pipe). Raises LoadError, nothing else."""
    if not data.strip(b"\x00 \t\r\n"):
        raise LoadError("EMPTY", "the file is empty")
    if len(data) > max_bytes:
        raise LoadError("TOO_LARGE", f"{len(data) / 1e6:.0f} MB is more than the {max_bytes / 1e6:.0f} MB limit")
    kind = input_format(data)
    if kind is None:
        raise LoadError("NOT_A_MESSAGE", "this is not an email message (.eml or Outlook .msg)")
    try:
        message = load_msg(data) if kind == "msg" else load_eml(data)
        limit_bodies(message)
        return message
    except MsgError as exc:
        raise LoadError("MSG_UNREADABLE", str(exc)) from exc
    except RecursionError as exc:
        raise LoadError("TOO_DEEP", "the message is nested too deeply to read") from exc
    except Exception as exc:
        raise LoadError("PARSE_FAILED", f"the message could not be parsed ({type(exc).__name__}: {exc})") from exc


def load(path: str | Path, *, max_bytes: int = MAX_INPUT_BYTES) -> Message:
    return load_bytes(read_input(Path(path), max_bytes=max_bytes), max_bytes=max_bytes)
