"""`email-inspector iocs`: the attacker's indicators of messages (URLs, domains, IPs, addresses, hashes).

Text and CSV are defanged unless `--plain`; STIX 2.1 and MISP carry a TLP marking. Only indicators with
the attacker role are exported unless `--all-roles` (docs/report-schema.md, "Indicators and roles").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from .. import __version__
from .exits import EXIT_NOT_ANALYSED, EXIT_OK
from .export import analysed
from .sharing import add_sharing_options, shared_record


def iocs_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="email-inspector iocs", description="List the indicators (URLs, domains, IPs, addresses, hashes)."
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", choices=("text", "csv", "stix", "misp"), default="text")
    parser.add_argument("--plain", action="store_true", help="do not defang (hxxp, [.]) — careful when sharing")
    add_sharing_options(parser)
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    args = parser.parse_args(argv)
    records = []
    status = EXIT_OK
    for scanned in analysed(args.paths):
        record = scanned.record()
        if not record["ok"]:
            status = EXIT_NOT_ANALYSED
            print(f"email-inspector: {record['file']}: {record['error']['message']}", file=sys.stderr)
        records.append(shared_record(record, redact=args.redact_recipient))
    sys.stdout.write(render_iocs(records, args.format, plain=args.plain, all_roles=args.all_roles, tlp=args.tlp))
    return status


def render_iocs(records: list[dict[str, Any]], fmt: str, *, plain: bool, all_roles: bool, tlp: str) -> str:
    """One export of the records' indicators as text: `text`, `csv`, `stix` or `misp`."""
    if fmt == "stix":
        from ..report.stix import stix_bundle  # noqa: PLC0415

        return stix_bundle(records, tlp=tlp, all_roles=all_roles) + "\n"
    if fmt == "misp":
        from ..report.misp import misp_json  # noqa: PLC0415

        return misp_json(records, tlp=tlp, all_roles=all_roles) + "\n"
    from ..report.csv_report import csv_line  # noqa: PLC0415
    from ..report.iocs import defang, format_indicators, selected  # noqa: PLC0415

    if fmt == "csv":
        lines = [csv_line(["file", "role", "type", "value", "reason", "finding", "where"])]
        for record in (r for r in records if r["ok"]):
            for item in selected(record, all_roles=all_roles):
                value = str(item["value"])
                shown = value if plain or item["type"] == "sha256" else defang(value)
                cells = [record["file"], item["role"], item["type"], shown, item["reason"], item["finding"] or ""]
                lines.append(csv_line([*cells, item["where"]]))
        return "".join(lines)
    ok = [r for r in records if r["ok"]]
    return "\n".join(f"# {r['file']}\n" + format_indicators(r, defanged=not plain, all_roles=all_roles) for r in ok)
