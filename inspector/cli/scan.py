"""`email-inspector scan`: analyse files, folders, mbox files and Maildirs without a window.

Records stream out in input order as text, JSON Lines or CSV; `--format html|pdf` hands over to
`export`. Exit codes: see `inspector.cli`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from .exits import EXIT_FAIL_ON, EXIT_NOT_ANALYSED, EXIT_OK
from .sender_options import add_sender_options, apply_sender_options
from .sharing import add_sharing_options, shared_record

LEVELS = ("clean", "tracked", "caution", "suspicious", "dangerous")
# Below this many messages `--jobs` defaults to 1: starting worker processes (imports and first-use
# set-up in each, ~1 s) costs more than sharing the work saves (benchmarks/bench_batch.py --break-even).
SMALL_BATCH = 200  # break-even measured near 190 once the analysis took ~7 ms a message (issue 26)


def _scan_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="email-inspector scan",
        description="Analyse messages without opening a window. Nothing the messages name is contacted.",
        epilog="PATH '-' reads one message from standard input (up to the same 100 MB limit as a file), e.g. "
        '`xclip -o | email-inspector scan -` for headers copied from a mail program\'s "show original"; '
        "it is reported as <stdin>. A file named '-' is given as ./-",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="message files, mbox files, folders, Maildirs; - for standard input"
    )
    parser.add_argument(
        "--format", choices=("text", "json", "csv", "html", "pdf"), default="text", help="output format"
    )
    parser.add_argument("--out", metavar="DIR", help="with html/pdf: write one report per message into DIR")
    parser.add_argument("--lang", choices=("en", "fr", "nl"), default="en", help="with html/pdf: report language")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="with pdf: paper size (default: a4)")
    parser.add_argument(
        "--include-path", action="store_true", help="with html/pdf: show the message's full local path in the report"
    )
    parser.add_argument(
        "--recursive", action=argparse.BooleanOptionalAction, default=True, help="search sub-folders (default: yes)"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help=f"processes to use (default: 1 below {SMALL_BATCH} messages, where starting more costs more than it "
        "saves; all cores above)",
    )
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on a Dask cluster (scheduler address like tcp://host:8786, or 'local' for --jobs local workers); "
        "needs the dask extra",
    )
    parser.add_argument(
        "--send-bytes",
        action="store_true",
        help="with --dask: read each message here and send its bytes, for workers that do not share this "
        "filesystem (default: workers read the files by absolute path)",
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
    add_sender_options(parser)
    add_sharing_options(parser, indicators=False)
    parser.add_argument("--version", action="version", version=f"email-inspector {__version__}")
    return parser


def scan_main(argv: Sequence[str]) -> int:
    parser = _scan_parser()
    args = parser.parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    apply_sender_options(args)
    if args.format in ("html", "pdf"):
        from .export import export_reports  # noqa: PLC0415

        folder = Path(args.out) if args.out else None
        options = {"lang": args.lang, "paper": args.paper, "include_path": args.include_path}
        return export_reports(args.paths, args.format, folder, redact=args.redact_recipient, **options)
    from ..batch import default_jobs, run_dask, run_local  # noqa: PLC0415 - keep --help fast
    from ..report.batch_summary import BatchSummary  # noqa: PLC0415
    from ..sources import iter_sources  # noqa: PLC0415

    if args.send_bytes and not args.dask:
        parser.error("--send-bytes goes with --dask")
    items: Iterator[Any] = iter_sources(args.paths, recursive=args.recursive)
    if args.online:  # DNS lookups: in this process only, one message at a time
        records = _scan_online(items)
    elif args.dask:
        jobs = args.jobs or default_jobs()
        records = run_dask(items, address=args.dask, jobs=jobs, send_bytes=args.send_bytes)
    else:
        jobs = args.jobs
        if jobs is None:
            items, small = _peek_small(items)
            jobs = 1 if small else default_jobs()
        records = run_local(items, jobs=jobs)
    summary = BatchSummary()
    emit = _emitter(args.format)
    if args.redact_recipient:
        emit_plain = emit
        emit = lambda record: emit_plain(shared_record(record, redact=True))  # noqa: E731
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
        from ..report.campaigns import group_campaigns  # noqa: PLC0415

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


def _peek_small(items: Iterator[Any]) -> tuple[Iterator[Any], bool]:
    """Whether `items` holds fewer than SMALL_BATCH sources, looking at no more than that many.

    Sources are found lazily (a folder walk, an mbox split): only the first SMALL_BATCH are taken
    ahead, then handed back in front of the rest, so a huge archive is not listed twice.
    """
    head = list(itertools.islice(items, SMALL_BATCH))
    return itertools.chain(head, items), len(head) < SMALL_BATCH


def _scan_online(items: Any) -> Iterator[dict]:
    from ..batch import problem_record  # noqa: PLC0415
    from ..pipeline import scan_record  # noqa: PLC0415
    from ..sources import SourceProblem  # noqa: PLC0415

    print("email-inspector: --online: DKIM key lookups in DNS can reach the senders' servers.", file=sys.stderr)
    for item in items:
        yield problem_record(item) if isinstance(item, SourceProblem) else scan_record(item, online=True)


def _emitter(fmt: str) -> Callable[[dict[str, Any]], object]:
    if fmt == "json":
        return lambda record: print(json.dumps(record, ensure_ascii=False), flush=True)
    if fmt == "csv":
        from ..report.csv_report import csv_header, csv_rows  # noqa: PLC0415

        sys.stdout.write(csv_header())
        return lambda record: sys.stdout.write(csv_rows(record))
    from ..report.text import render_text  # noqa: PLC0415

    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    return lambda record: print(render_text(record, colour=colour), end="\n\n", flush=True)


def _progress(quiet: bool) -> Any:
    """A progress bar on a terminal; nothing when piped (tqdm's `disable` still writes messages)."""
    from tqdm import tqdm  # noqa: PLC0415

    return tqdm(unit=" msg", disable=quiet or not sys.stderr.isatty(), file=sys.stderr, leave=False)
