"""`email-inspector iocs`: the indicators of messages (URLs, domains, IPs, addresses, hashes), defanged."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from .exits import EXIT_NOT_ANALYSED, EXIT_OK
from .export import analysed


def iocs_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="email-inspector iocs", description="List the indicators (URLs, domains, IPs, addresses, hashes)."
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", choices=("text", "csv", "stix"), default="text")
    parser.add_argument("--plain", action="store_true", help="do not defang (hxxp, [.]) — careful when sharing")
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    args = parser.parse_args(argv)
    from ..report.csv_report import csv_line  # noqa: PLC0415
    from ..report.iocs import collect, defang, format_iocs  # noqa: PLC0415

    records = []
    status = EXIT_OK
    for scanned in analysed(args.paths):
        record = scanned.record()
        if not record["ok"]:
            status = EXIT_NOT_ANALYSED
            print(f"email-inspector: {record['file']}: {record['error']['message']}", file=sys.stderr)
        records.append(record)
    if args.format == "stix":
        from ..report.stix import stix_bundle  # noqa: PLC0415

        print(stix_bundle(records))
        return status
    if args.format == "csv":
        sys.stdout.write(csv_line(["file", "type", "value"]))
        for record in records:
            iocs = collect(record) if record["ok"] else None
            for kind in ("urls", "domains", "ips", "emails", "sha256") if iocs else ():
                for value in getattr(iocs, kind):
                    sys.stdout.write(csv_line([record["file"], kind, value if args.plain else defang(value)]))
        return status
    for record in records:
        if record["ok"]:
            print(f"# {record['file']}")
            print(format_iocs(collect(record), defanged=not args.plain))
    return status
