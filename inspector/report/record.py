"""The per-message JSON record of `scan --format json` — a public contract (docs/report-schema.md).

Only the format: reading and analysing a message is `inspector.pipeline`'s job."""

from __future__ import annotations

import hashlib
from typing import Any

from .. import __version__
from ..model import SCHEMA_VERSION, Report
from ..parsing import Message
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


def ok_record(
    file: str,
    data: bytes | None,
    report: Report,
    *,
    source: Source | None = None,
    message: Message | None = None,
    indicators: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """`indicators` as `pipeline.scan` worked them out, else from `message` (its links) and the report."""
    record = _base(file, data, source)
    record.update(ok=True, error=None)
    record.update(report.to_dict())
    record["indicators"] = indicators if indicators is not None else message_indicators(message, report)
    return record


def message_indicators(message: Message | None, report: Report, context: Any = None) -> list[dict[str, Any]]:
    """Every URL, domain, IP, address and hash with its role (docs/report-schema.md); never raises:
    the rest of the record is worth more than a missing list."""
    from ..analysis.indicators import indicators  # noqa: PLC0415 - the analysis is loaded by then anyway

    try:
        return indicators(message, report, context)
    except Exception:  # noqa: BLE001 - an empty list, not a lost report
        return []


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
        indicators=[],
    )
    return record
