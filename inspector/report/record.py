"""The per-file JSON record of `scan --format json` — a public contract (docs/report-schema.md)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from .. import __version__
from ..analysis import analyse
from ..model import SCHEMA_VERSION, Report
from ..parsing import LoadError, load_bytes, read_input


def scan_bytes(data: bytes) -> Report:
    """The whole analysis as a pure function of the message bytes. Raises LoadError only."""
    return analyse(load_bytes(data))


def scan_path(path: Path) -> dict[str, Any]:
    """Analyse one file and return its record; never raises for anything the file contains."""
    data: bytes | None = None
    try:
        data = read_input(path)
        report = scan_bytes(data)
    except LoadError as exc:
        return error_record(str(path), data, exc.code, exc.message)
    except Exception as exc:  # noqa: BLE001 - the promise: a record, never a traceback
        return error_record(str(path), data, "ANALYSIS_FAILED", f"{type(exc).__name__}: {exc}")
    return ok_record(str(path), data, report)


def _base(file: str, data: bytes | None) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "tool": f"email-inspector {__version__}",
        "file": file,
        "sha256": hashlib.sha256(data).hexdigest() if data is not None else None,
        "size": len(data) if data is not None else None,
    }


def ok_record(file: str, data: bytes, report: Report) -> dict[str, Any]:
    record = _base(file, data)
    record.update(ok=True, error=None)
    record.update(report.to_dict())
    return record


def error_record(file: str, data: bytes | None, code: str, message: str) -> dict[str, Any]:
    record = _base(file, data)
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
    )
    return record
