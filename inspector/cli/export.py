"""`scan --format html|pdf`: one report per message, drawn with Qt's PDF writer (offscreen if need be).

The reports run one message at a time in this process, because the neutralised picture of the
message and the PDF are drawn with Qt; `analysed` is shared with `iocs` and `bundle`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..pipeline import Scanned, scan
from ..sources import Source, SourceProblem, iter_sources
from .exits import EXIT_NOT_ANALYSED, EXIT_OK, EXIT_USAGE


def analysed(paths: Sequence[str]) -> Iterator[Scanned]:
    """Every message found under `paths`, scanned; a path with nothing to analyse becomes an error."""
    for item in iter_sources(paths):
        if isinstance(item, SourceProblem):
            yield Scanned(Source(item.path), error_code=item.code, error_message=item.message)
        else:
            yield scan(item)


def thumbnail(scanned: Scanned) -> bytes | None:
    """A picture of the safe view for the reports; Qt loads here, only for the commands that draw."""
    if scanned.message is None or scanned.report is None:
        return None
    from ..gui.export import thumbnail_png  # noqa: PLC0415 - Qt only for exports that draw

    return thumbnail_png(scanned.message, scanned.report)


def export_reports(
    paths: Sequence[str],
    fmt: str,
    out: Path | None,
    *,
    redact: bool = False,
    lang: str = "en",
    paper: str = "a4",
    include_path: bool = False,
) -> int:
    """`scan --format html|pdf`: one case report per message, into `out` (or stdout for one HTML);
    `redact`: the reader taken out (report/redact.py), and no picture of the body, which may name them."""
    from ..report.html_report import render_html  # noqa: PLC0415
    from .sharing import shared_record  # noqa: PLC0415

    status = EXIT_OK
    results: Iterable[Scanned] = analysed(paths)  # streamed into a folder, one by one
    if out is None:
        results = list(results)
        if fmt == "pdf" or len(results) != 1:
            print(
                "email-inspector scan: --out DIR is needed for PDF, and for HTML of more than one message",
                file=sys.stderr,
            )
            return EXIT_USAGE
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    for index, scanned in enumerate(results):
        record = shared_record(scanned.record(), redact=redact)
        if not record["ok"]:
            status = EXIT_NOT_ANALYSED
            print(f"email-inspector: {record['file']}: {record['error']['message']}", file=sys.stderr)
        picture = None if redact else thumbnail(scanned)
        if out is None:
            html = render_html(record, thumbnail_png=picture, lang=lang, include_path=include_path)
            sys.stdout.write(html)
            continue
        target = _unique(out / f"{index + 1:04d}-{Path(record['file']).stem[:60]}.{fmt}")
        if fmt == "html":
            html = render_html(record, thumbnail_png=picture, lang=lang, include_path=include_path)
            target.write_text(html, encoding="utf-8")
        else:
            from ..gui.export import write_case_pdf  # noqa: PLC0415

            write_case_pdf(record, target, thumbnail_png=picture, lang=lang, paper=paper, include_path=include_path)
        print(target)
    return status


def _unique(path: Path) -> Path:
    """Never overwrite: add -2, -3, … to the name until it is free."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate
