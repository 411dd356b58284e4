"""The per-message JSON record of `scan --format json` — a public contract (docs/report-schema.md).

Only the format: reading and analysing a message is `inspector.pipeline`'s job."""

from __future__ import annotations

import hashlib
from typing import Any

from .. import __version__
from ..model import SCHEMA_VERSION, Report
from ..sources import Source


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


def ok_record(file: str, data: bytes | None, report: Report, *, source: Source | None = None) -> dict[str, Any]:
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
