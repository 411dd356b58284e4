"""Write an mbox made of .eml files, for the message list's benchmark and screenshot.

    .venv/bin/python scripts/make_mbox.py OUT.mbox COUNT FOLDER... [--max-size BYTES]

The messages are taken in name order and repeated until COUNT are written; a file's own `From `
line is dropped and lines starting with `From ` are quoted (`>From `, mboxrd) so every message
stays one entry. Made from the corpus, the result holds live phishing and tracking URLs: keep it
in /tmp, never in the repository.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections.abc import Iterable
from pathlib import Path

SEPARATOR = b"From MAILER-DAEMON Tue Nov 25 09:00:00 2025\n"


def mbox_entry(data: bytes) -> bytes:
    if data.startswith(b"From "):  # already an mbox entry (SpamAssassin's corpus): its own line goes
        data = data.partition(b"\n")[2]
    return SEPARATOR + re.sub(rb"(?m)^(>*From )", rb">\1", data).rstrip(b"\r\n") + b"\n\n"


def eml_files(folders: Iterable[Path], max_size: int) -> list[Path]:
    found = sorted(p for folder in folders for p in folder.rglob("*.eml") if p.is_file())
    return [p for p in found if p.stat().st_size <= max_size]


def write_mbox(out: Path, files: list[Path], count: int) -> int:
    """Write `count` messages (cycling through `files`); the number of bytes written."""
    if not files:
        raise SystemExit("make_mbox: no .eml files found")
    size = 0
    with out.open("wb") as handle:
        for path in itertools.islice(itertools.cycle(files), count):
            size += handle.write(mbox_entry(path.read_bytes()))
    return size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--max-size", type=int, default=1 << 20, help="leave out larger messages (default 1 MiB)")
    args = parser.parse_args()
    size = write_mbox(args.out, eml_files(args.folders, args.max_size), args.count)
    print(f"{args.out}: {args.count} messages, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
