"""Did anything open or read this file? inotify on Linux (no LD_PRELOAD, no strace needed).

Used by the leak proofs with a canary file that hostile markup names (`file:///…/canary.png`,
an SVG `<image href>` inside a `data:` image): any open or read of it is a local-file leak.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys

IN_ACCESS, IN_OPEN, IN_NONBLOCK = 0x001, 0x020, 0o4000
_EVENT = struct.Struct("iIII")


def available() -> bool:
    return sys.platform.startswith("linux") and ctypes.util.find_library("c") is not None


class FileWatch:
    """`with FileWatch(path) as watch: ...; watch.events()` lists opens and reads since the start."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = -1
        self._seen: list[str] = []

    def __enter__(self) -> FileWatch:
        self._fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self._fd < 0 or self._libc.inotify_add_watch(self._fd, self.path.encode(), IN_OPEN | IN_ACCESS) < 0:
            raise OSError(ctypes.get_errno(), "inotify failed")
        return self

    def __exit__(self, *_exc: object) -> None:
        os.close(self._fd)

    def events(self) -> list[str]:
        while True:
            try:
                data = os.read(self._fd, 4096)
            except BlockingIOError:
                return list(self._seen)
            offset = 0
            while offset + _EVENT.size <= len(data):
                _wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                self._seen.append("open" if mask & IN_OPEN else "read")
                offset += _EVENT.size + length
