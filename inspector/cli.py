"""Command line: `scan`, `iocs` and `bundle` run headless; anything else opens the window.

`email-inspector [FILE ...]` and `python -m inspector [FILE ...]` open the GUI (that is how
a file manager calls us); `email-inspector scan ...` analyses without a window.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__

EXIT_OK = 0
EXIT_NOT_ANALYSED = 1  # 2 is a usage error: argparse's own status, and cli_export's own checks


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] == "scan":
            return scan_main(args[1:])
        if args and args[0] == "render":
            from .render.cli import render_main  # noqa: PLC0415 - Qt loads only for --png

            return render_main(args[1:])
        if args and args[0] in ("iocs", "bundle"):
            from . import cli_export  # noqa: PLC0415

            return cli_export.iocs_main(args[1:]) if args[0] == "iocs" else cli_export.bundle_main(args[1:])
        return gui_main(args)
    except BrokenPipeError:  # `scan ... | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


LEVELS = ("clean", "tracked", "caution", "suspicious", "dangerous")
EXIT_FAIL_ON = 3


def _scan_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="email-inspector scan",
        description="Analyse messages without opening a window. Nothing the messages name is contacted.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="message files, mbox files, folders, Maildirs")
    parser.add_argument(
        "--format", choices=("text", "json", "csv", "html", "pdf"), default="text", help="output format"
    )
    parser.add_argument("--out", metavar="DIR", help="with html/pdf: write one report per message into DIR")
    parser.add_argument(
        "--recursive", action=argparse.BooleanOptionalAction, default=True, help="search sub-folders (default: yes)"
    )
    parser.add_argument("--jobs", type=int, default=None, metavar="N", help="processes to use (default: all cores)")
    parser.add_argument(
        "--dask", metavar="ADDRESS", help="run on a Dask cluster (scheduler address, or 'local'); needs the dask extra"
    )
    parser.add_argument(
        "--fail-on",
        choices=(*LEVELS[1:], "tracking", "identified"),
        metavar="LEVEL",
        help=f"exit {EXIT_FAIL_ON} if any verdict is LEVEL (tracked, caution, suspicious, dangerous) or worse; "
        "'tracking' if any message would tell its sender it was opened, 'identified' if also who opened it",
    )
    parser.add_argument(
        "--campaigns", action="store_true", help="group messages into campaigns (holds records until the end)"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    parser.add_argument(
        "--online",
        action="store_true",
        help="verify DKIM signatures by looking up keys in DNS; the queries can reach the sender's servers",
    )
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    return parser


def scan_main(argv: Sequence[str]) -> int:
    parser = _scan_parser()
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.format in ("html", "pdf"):
        from .cli_export import export_reports  # noqa: PLC0415

        return export_reports(args.paths, args.format, Path(args.out) if args.out else None)
    from .batch import default_jobs, run_dask, run_local  # noqa: PLC0415 - keep --help fast
    from .report.batch_summary import BatchSummary  # noqa: PLC0415
    from .sources import iter_sources  # noqa: PLC0415

    items = iter_sources(args.paths, recursive=args.recursive)
    jobs = args.jobs or default_jobs()
    if args.online:  # DNS lookups: in this process only, one message at a time
        records = _scan_online(items)
    else:
        records = run_dask(items, address=args.dask) if args.dask else run_local(items, jobs=jobs)
    summary = BatchSummary()
    emit = _emitter(args.format)
    threshold = LEVELS.index(args.fail_on) if args.fail_on in LEVELS else None
    status = EXIT_OK
    held: list[dict] = []
    progress = _progress(args.quiet)
    for record in records:
        summary.add(record)
        progress.update(1)
        if not record["ok"]:
            status = EXIT_NOT_ANALYSED
            progress.write(f"email-inspector: {record['file']}: {record['error']['message']}", file=sys.stderr)
        if args.campaigns:
            held.append(record)
        else:
            emit(record)
    progress.close()
    campaigns = None
    if args.campaigns:
        from .report.campaigns import group_campaigns  # noqa: PLC0415

        campaigns = group_campaigns(held)
        for record in held:
            emit(record)
    if not args.quiet and (args.format == "text" or sys.stderr.isatty()):
        out = sys.stdout if args.format == "text" else sys.stderr
        print(summary.render(campaigns), file=out)
    if threshold is not None and any(summary.verdicts[level] for level in LEVELS[threshold:]):
        return EXIT_FAIL_ON
    tracking = {"tracking": ("tracked", "identified"), "identified": ("identified",)}.get(args.fail_on or "", ())
    if any(summary.tracking[level] for level in tracking):
        return EXIT_FAIL_ON
    return status


def _scan_online(items: Any) -> Iterator[dict]:
    from .batch import problem_record  # noqa: PLC0415
    from .report.record import scan_source  # noqa: PLC0415
    from .sources import SourceProblem  # noqa: PLC0415

    print("email-inspector: --online: DKIM key lookups in DNS can reach the senders' servers.", file=sys.stderr)
    for item in items:
        yield problem_record(item) if isinstance(item, SourceProblem) else scan_source(item, online=True)


def _emitter(fmt: str) -> Callable[[dict], None]:
    if fmt == "json":
        return lambda record: print(json.dumps(record, ensure_ascii=False), flush=True)
    if fmt == "csv":
        from .report.csv_report import csv_header, csv_rows  # noqa: PLC0415

        sys.stdout.write(csv_header())
        return lambda record: sys.stdout.write(csv_rows(record))
    from .report.text import render_text  # noqa: PLC0415

    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    return lambda record: print(render_text(record, colour=colour), end="\n\n", flush=True)


def _progress(quiet: bool) -> Any:
    """A progress bar on a terminal; nothing when piped (tqdm's `disable` still writes messages)."""
    from tqdm import tqdm  # noqa: PLC0415

    return tqdm(unit=" msg", disable=quiet or not sys.stderr.isatty(), file=sys.stderr, leave=False)


def gui_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="email-inspector",
        description="Open suspect emails safely. Use `email-inspector scan --help` for the headless mode.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="messages to open")
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window once loaded, then exit")
    integration = parser.add_mutually_exclusive_group()
    for flag, text in (
        ("--install-desktop", "Linux: add Email Inspector to the file manager's Open With menu (this user)"),
        ("--uninstall-desktop", "Linux: remove what --install-desktop added"),
        ("--register-file-types", "Windows: register .eml/.msg Open With entries for this user"),
        ("--unregister-file-types", "Windows: remove what --register-file-types added"),
    ):
        integration.add_argument(flag, action="store_true", help=text)
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    args = parser.parse_args(argv)
    if args.install_desktop or args.uninstall_desktop or args.register_file_types or args.unregister_file_types:
        return _integration(args)
    from .gui.app import run  # noqa: PLC0415 - Qt loads only for the window

    return run(args.files, screenshot=args.screenshot)


def _integration(args: argparse.Namespace) -> int:
    from . import desktop  # noqa: PLC0415

    try:
        if args.install_desktop:
            files = desktop.install_desktop()
            print("Installed:", *(f"  {p}" for p in files.all()), sep="\n")
        elif args.uninstall_desktop:
            print("Removed:", *(f"  {p}" for p in desktop.uninstall_desktop()), sep="\n")
        elif args.register_file_types:
            desktop.register_file_types()
            print("Registered .eml and .msg for this user: right-click a message, Open with, Email Inspector.")
        else:
            desktop.unregister_file_types()
            print("Removed the .eml and .msg registrations.")
    except OSError as exc:
        print(f"email-inspector: {exc}", file=sys.stderr)
        return EXIT_NOT_ANALYSED
    return EXIT_OK
