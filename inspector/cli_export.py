"""Commands that hand evidence over: HTML/PDF reports, IOC lists, STIX, the evidence bundle.

They run one message at a time in this process, because the neutralised picture of the
message and the PDF are drawn with Qt (offscreen when there is no display).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .analysis import analyse
from .parsing import MAX_INPUT_BYTES, LoadError, Message, load_bytes
from .report.record import error_record, ok_record
from .sources import Source, SourceProblem, iter_sources

EXIT_OK, EXIT_NOT_ANALYSED = 0, 1


def analysed(paths: Sequence[str]) -> Iterator[tuple[dict[str, Any], Message | None, bytes | None]]:
    """(record, message, original bytes) for every message found under `paths`."""
    for item in iter_sources(paths):
        if isinstance(item, SourceProblem):
            yield error_record(item.path, None, item.code, item.message), None, None
            continue
        yield _analyse_source(item)


def _analyse_source(source: Source) -> tuple[dict[str, Any], Message | None, bytes | None]:
    data: bytes | None = None
    try:
        data = source.read(MAX_INPUT_BYTES)
        message = load_bytes(data)
        report = analyse(message)
    except LoadError as exc:
        return error_record(source.path, data, exc.code, exc.message, source=source), None, data
    except Exception as exc:  # noqa: BLE001 - a record, never a traceback
        error = f"{type(exc).__name__}: {exc}"
        return error_record(source.path, data, "ANALYSIS_FAILED", error, source=source), None, data
    record = ok_record(source.path, data, report, source=source)
    record["_report"] = report  # for the thumbnail; removed before anything is written
    return record, message, data


def _thumbnail(record: dict[str, Any], message: Message | None) -> bytes | None:
    report = record.pop("_report", None)
    if message is None or report is None:
        return None
    from .gui.export import thumbnail_png  # noqa: PLC0415 - Qt only for exports that draw

    return thumbnail_png(message, report)


def export_reports(paths: Sequence[str], fmt: str, out: Path | None) -> int:
    """`scan --format html|pdf`: one report per message, into `out` (or stdout for one HTML)."""
    from .report.html_report import render_html  # noqa: PLC0415

    status = EXIT_OK
    results = list(analysed(paths)) if out is None else analysed(paths)
    if out is None and (fmt == "pdf" or len(results) != 1):
        print(
            "email-inspector scan: --out DIR is needed for PDF, and for HTML of more than one message", file=sys.stderr
        )
        return 2
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    for index, (record, message, _data) in enumerate(results):
        if not record["ok"]:
            status = EXIT_NOT_ANALYSED
            print(f"email-inspector: {record['file']}: {record['error']['message']}", file=sys.stderr)
        html = render_html(record, thumbnail_png=_thumbnail(record, message))
        if out is None:
            sys.stdout.write(html)
            continue
        target = _unique(out / f"{index + 1:04d}-{Path(record['file']).stem[:60]}.{fmt}")
        if fmt == "html":
            target.write_text(html, encoding="utf-8")
        else:
            from .gui.export import write_pdf  # noqa: PLC0415

            write_pdf(html, target)
        print(target)
    return status


def _unique(path: Path) -> Path:
    """Never overwrite: add -2, -3, … to the name until it is free."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def iocs_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="email-inspector iocs", description="List the indicators (URLs, domains, IPs, addresses, hashes)."
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--format", choices=("text", "csv", "stix"), default="text")
    parser.add_argument("--plain", action="store_true", help="do not defang (hxxp, [.]) — careful when sharing")
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    args = parser.parse_args(argv)
    from .report.iocs import collect, defang, format_iocs  # noqa: PLC0415

    records = []
    status = EXIT_OK
    for record, _message, _data in analysed(args.paths):
        record.pop("_report", None)
        if not record["ok"]:
            status = EXIT_NOT_ANALYSED
            print(f"email-inspector: {record['file']}: {record['error']['message']}", file=sys.stderr)
        records.append(record)
    if args.format == "stix":
        from .report.stix import stix_bundle  # noqa: PLC0415

        print(stix_bundle(records))
        return status
    if args.format == "csv":
        from .report.csv_report import csv_line  # noqa: PLC0415

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


def bundle_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="email-inspector bundle",
        description="Write an evidence zip: the original message byte for byte, its SHA-256, JSON and HTML reports.",
    )
    parser.add_argument("message", metavar="MESSAGE")
    parser.add_argument("--out", required=True, metavar="ZIP", help="the zip to write (never overwritten)")
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    args = parser.parse_args(argv)
    from .report.bundle import write_bundle  # noqa: PLC0415

    target = Path(args.out)
    if target.exists():
        print(f"email-inspector bundle: {target} exists; not overwriting it", file=sys.stderr)
        return 2
    source = Source(args.message)
    record, message, data = _analyse_source(source) if Path(args.message).is_file() else (None, None, None)
    if record is None or data is None or not record["ok"]:
        reason = record["error"]["message"] if record else "no such file"
        print(f"email-inspector bundle: {args.message}: {reason}", file=sys.stderr)
        return EXIT_NOT_ANALYSED
    thumbnail = _thumbnail(record, message)
    write_bundle(data, record, target, thumbnail_png=thumbnail)
    print(target)
    return EXIT_OK
