"""Command line: one module per command; anything that is not a command opens the window.

`email-inspector [FILE ...]` and `python -m inspector [FILE ...]` open the GUI (that is how a file
manager calls us); `scan`, `render`, `iocs` and `bundle` run headless; `help [COMMAND]` is `--help`.
Each command's module is imported only when it runs, so `--help` stays fast and only the commands that draw load Qt
(through `inspector.gui.export`).

- `scan`: analyse many messages: text, JSON Lines, CSV; `--format html|pdf` goes to `export`
- `export`: HTML and PDF reports, one per message
- `iocs`: indicators as text, CSV or STIX
- `bundle`: the evidence zip
- `render`: the safe view as HTML, and as a PNG
- `desktop`: the window, and the file manager's "Open with" entries
"""

from __future__ import annotations

import difflib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .commands import COMMANDS
from .exits import EXIT_OK, EXIT_USAGE

__all__ = ["COMMANDS", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        command, rest = (args[0], args[1:]) if args else ("", [])
        if command == "scan":
            from .scan import scan_main  # noqa: PLC0415 - each command loads only what it needs

            return scan_main(rest)
        if command == "render":
            from .render import render_main  # noqa: PLC0415

            return render_main(rest)
        if command == "iocs":
            from .iocs import iocs_main  # noqa: PLC0415

            return iocs_main(rest)
        if command == "bundle":
            from .bundle import bundle_main  # noqa: PLC0415

            return bundle_main(rest)
        if command == "help":  # `email-inspector help [COMMAND]`
            return main([rest[0], "--help"] if rest and rest[0] in COMMANDS else ["--help"])
        if _mistyped_command(command):
            return EXIT_USAGE
        from .desktop import gui_main  # noqa: PLC0415

        return gui_main(args)
    except BrokenPipeError:  # `scan ... | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _mistyped_command(word: str) -> bool:
    """`email-inspector scna x.eml` would open a window on a file called "scna": say what went wrong."""
    if not word or word.startswith("-") or Path(word).exists() or any(c in word for c in "./\\"):
        return False
    close = difflib.get_close_matches(word, [*COMMANDS, "help"], n=1, cutoff=0.6)
    if not close:
        return False
    print(
        f"email-inspector: '{word}' is not a command and not a file; did you mean '{close[0]}'?\n"
        "Run `email-inspector --help` for the list of commands.",
        file=sys.stderr,
    )
    return True
