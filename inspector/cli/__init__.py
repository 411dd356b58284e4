"""Command line: one module per command; anything that is not a command opens the window.

`email-inspector [FILE ...]` and `python -m inspector [FILE ...]` open the GUI (that is how a file
manager calls us); `scan`, `render`, `iocs` and `bundle` run headless. Each command's module is
imported only when it runs, so `--help` stays fast and only the commands that draw load Qt
(through `inspector.gui.export`).

- `scan`: analyse many messages: text, JSON Lines, CSV; `--format html|pdf` goes to `export`
- `export`: HTML and PDF reports, one per message
- `iocs`: indicators as text, CSV or STIX
- `bundle`: the evidence zip
- `render`: the safe view as HTML, and as a PNG
- `desktop`: the window, and the file manager's "Open with" entries
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from .exits import EXIT_OK

__all__ = ["main"]


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
        from .desktop import gui_main  # noqa: PLC0415

        return gui_main(args)
    except BrokenPipeError:  # `scan ... | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
