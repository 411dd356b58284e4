"""`scan --format csv`: one row per finding (and one per message without findings), for spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import Any

COLUMNS = [
    "file", "mbox_index", "sha256", "ok", "error", "subject", "from", "verdict",
    "category", "code", "severity", "title", "part", "header", "url", "host", "domain", "vector", "vendor",
    "recipient_token", "threat", "tracking",
]  # fmt: skip
_FINDING_COLUMNS = COLUMNS[8:20]  # the two axes (schema 2.0) come last so that column positions stay


def csv_header() -> str:
    return _row(COLUMNS)


def csv_rows(record: dict[str, Any]) -> str:
    message = record.get("message") or {}
    position = record.get("source") or {}
    base = {
        "file": record["file"],
        "mbox_index": position.get("mbox_index", ""),
        "sha256": record.get("sha256") or "",
        "ok": str(record["ok"]).lower(),
        "error": (record.get("error") or {}).get("code", ""),
        "subject": message.get("subject", ""),
        "from": message.get("from", ""),
        "verdict": (record.get("verdict") or {}).get("level", ""),
        "threat": ((record.get("verdict") or {}).get("threat") or {}).get("level", ""),
        "tracking": ((record.get("verdict") or {}).get("tracking") or {}).get("level", ""),
    }
    findings = record.get("findings") or [{}]
    out = []
    for finding in findings:
        row = dict(base)
        for key in _FINDING_COLUMNS:
            value = finding.get(key)
            if key == "recipient_token" and value:
                value = f"{value.get('identity', '')} ({value.get('encoding', '')})"
            row[key] = "" if value is None else value
        out.append(_row([_safe_cell(str(row[c])) for c in COLUMNS]))
    return "".join(out)


def _safe_cell(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; attacker text must not."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _row(values: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue()
