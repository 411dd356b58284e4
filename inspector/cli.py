"""Command line: `scan` runs headless; anything else opens the window.

`email-inspector [FILE ...]` and `python -m inspector [FILE ...]` open the GUI (that is how
a file manager calls us); `email-inspector scan ...` analyses without a window.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__

MESSAGE_SUFFIXES = {".eml", ".msg"}

EXIT_OK = 0
EXIT_NOT_ANALYSED = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "scan":
            return scan_main(args[1:])
        return gui_main(args)
    except BrokenPipeError:  # `scan ... | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _scan_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="email-inspector scan",
        description="Analyse messages without opening a window. Nothing the messages name is contacted.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="message files, or folders to search")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    return parser


def scan_main(argv: Sequence[str]) -> int:
    args = _scan_parser().parse_args(argv)
    from .report.record import error_record, scan_path  # noqa: PLC0415 - keep --help fast
    from .report.text import render_text  # noqa: PLC0415

    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    status = EXIT_OK
    for target in iter_inputs(args.paths):
        if isinstance(target, tuple):
            record = error_record(str(target[0]), None, target[1], target[2])
        else:
            record = scan_path(target)
        if not record["ok"]:
            status = EXIT_NOT_ANALYSED
            print(f"email-inspector: {record['file']}: {record['error']['message']}", file=sys.stderr)
        if args.format == "json":
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            print(render_text(record, colour=colour), end="\n\n", flush=True)
    return status


def iter_inputs(paths: Sequence[str]) -> Iterator[Path | tuple[Path, str, str]]:
    """Files as given; folders searched recursively for .eml/.msg. Problems come back as
    (path, code, message) so each gets its own error record."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in MESSAGE_SUFFIXES and p.is_file())
            if not found:
                yield (path, "NO_MESSAGES", "no .eml or .msg files in this folder")
            yield from found
        elif not path.exists():
            yield (path, "NOT_FOUND", "no such file")
        else:
            yield path


def gui_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="email-inspector",
        description="Open suspect emails safely. Use `email-inspector scan --help` for the headless mode.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="messages to open")
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window once loaded, then exit")
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    args = parser.parse_args(argv)
    from .gui.app import run  # noqa: PLC0415 - Qt loads only for the window

    return run(args.files, screenshot=args.screenshot)
