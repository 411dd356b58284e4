"""`email-inspector bundle`: the evidence zip (the original byte for byte, its hash, the reports)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..pipeline import scan
from ..sources import Source
from .exits import EXIT_NOT_ANALYSED, EXIT_OK, EXIT_USAGE
from .export import thumbnail
from .sharing import add_sharing_options, shared_record


def bundle_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="email-inspector bundle",
        description="Write an evidence zip: the original message byte for byte, its SHA-256, JSON and HTML reports.",
    )
    parser.add_argument("message", metavar="MESSAGE")
    parser.add_argument("--out", required=True, metavar="ZIP", help="the zip to write (never overwritten)")
    add_sharing_options(parser)
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    args = parser.parse_args(argv)
    from ..report.bundle import write_bundle  # noqa: PLC0415

    target = Path(args.out)
    if target.exists():
        print(f"email-inspector bundle: {target} exists; not overwriting it", file=sys.stderr)
        return EXIT_USAGE
    scanned = scan(Source(args.message)) if Path(args.message).is_file() else None
    if scanned is None or scanned.data is None or not scanned.ok:
        reason = scanned.error_message if scanned else "no such file"
        print(f"email-inspector bundle: {args.message}: {reason}", file=sys.stderr)
        return EXIT_NOT_ANALYSED
    record = shared_record(scanned.record(), redact=args.redact_recipient)
    picture = None if args.redact_recipient else thumbnail(scanned)  # the body may show the reader's name
    write_bundle(scanned.data, record, target, thumbnail_png=picture, tlp=args.tlp, all_roles=args.all_roles)
    print(target)
    return EXIT_OK
