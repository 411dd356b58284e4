"""`email-inspector render MESSAGE --html OUT.html [--png OUT.png]`: the safe view, written to files.

The HTML needs no Qt; `--png` starts the real engine offscreen (`inspector.gui.export`) and saves
what a user would see.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..pipeline import safe_document, scan
from ..sources import Source
from .exits import EXIT_NOT_ANALYSED, EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="email-inspector render",
        description="Write the safe, self-contained HTML of a message; optionally a screenshot of the safe view.",
    )
    parser.add_argument("message", metavar="MESSAGE", help="an .eml or .msg file")
    parser.add_argument("--html", metavar="OUT.html", required=True, help="where to write the safe document")
    parser.add_argument("--png", metavar="OUT.png", help="also save a screenshot of the safe view (offscreen)")
    parser.add_argument("--no-highlight", action="store_true", help="do not turn tracking pixels into badges")
    parser.add_argument("--engine", choices=("webengine", "textbrowser"), help="engine for --png (default: best)")
    parser.add_argument("--text", action="store_true", help="render the plain-text part instead of the HTML")
    return parser


def render_main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    scanned = scan(Source(args.message))
    if scanned.message is None or scanned.report is None:
        print(f"email-inspector: {args.message}: {scanned.error_message}", file=sys.stderr)
        return EXIT_NOT_ANALYSED
    document, problem = safe_document(scanned.message, scanned.report, highlight=False if args.no_highlight else None)
    if document is None:
        print(f"email-inspector: {args.message}: {problem}", file=sys.stderr)
        return EXIT_NOT_ANALYSED
    markup = document.text_html if args.text else document.html
    Path(args.html).write_text(markup, encoding="utf-8")
    for finding in document.fail_closed:
        print(f"email-inspector: sanitiser note: {finding.evidence}", file=sys.stderr)
    print(f"{args.html}: {document.blocked} remote loads blocked, {len(document.element_ids)} marked elements")
    if not args.png:
        return EXIT_OK
    from ..gui.export import render_png  # noqa: PLC0415 - Qt only for --png

    saved, note = render_png(markup, args.png, engine=args.engine or "auto")
    print(note, file=sys.stdout if saved else sys.stderr)
    return EXIT_OK if saved else EXIT_NOT_ANALYSED
