"""The per-message JSON record of `scan --format json` — a public contract (docs/report-schema.md)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .. import __version__
from ..analysis import analyse
from ..analysis.sender.settings import use_settings
from ..model import SCHEMA_VERSION, Report
from ..parsing import MAX_INPUT_BYTES, LoadError, load_bytes
from ..sources import Source


def scan_bytes(data: bytes, *, online: bool = False) -> Report:
    """The whole analysis as a pure function of the message bytes. Raises LoadError only.

    `online=True` lets the sender analysis look up DKIM keys in DNS (off by default: offline)."""
    with use_settings(online=online):
        return analyse(load_bytes(data))


def scan_source(source: Source, *, online: bool = False) -> dict[str, Any]:
    """Read and analyse one message; never raises for anything the message contains.

    A pure, picklable function of its argument, so it runs the same in this process, in a
    local process pool or on a Dask worker.
    """
    data: bytes | None = None
    try:
        data = source.read(MAX_INPUT_BYTES)
        report = scan_bytes(data, online=online)
    except LoadError as exc:
        return error_record(source.path, data, exc.code, exc.message, source=source)
    except Exception as exc:  # noqa: BLE001 - the promise: a record, never a traceback
        return error_record(source.path, data, "ANALYSIS_FAILED", f"{type(exc).__name__}: {exc}", source=source)
    return ok_record(source.path, data, report, source=source)


def scan_path(path: Path | str, *, online: bool = False) -> dict[str, Any]:
    return scan_source(Source(str(path)), online=online)


def _base(file: str, data: bytes | None, source: Source | None) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "tool": f"email-inspector {__version__}",
        "file": file,
        "source": source.position() if source else None,
        "sha256": hashlib.sha256(data).hexdigest() if data is not None else None,
        "size": len(data) if data is not None else None,
        "campaign": None,
    }


def ok_record(file: str, data: bytes, report: Report, *, source: Source | None = None) -> dict[str, Any]:
    record = _base(file, data, source)
    record.update(ok=True, error=None)
    record.update(report.to_dict())
    return record


def error_record(
    file: str, data: bytes | None, code: str, message: str, *, source: Source | None = None
) -> dict[str, Any]:
    record = _base(file, data, source)
    record.update(
        ok=False,
        error={"code": code, "message": message},
        format=None,
        message=None,
        verdict=None,
        findings=[],
        sender={},
        received=[],
        attachments=[],
        fingerprints={},
    )
    return record
