"""`scan --format csv`: one row per finding (and one per message without findings), for spreadsheets."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

COLUMNS = [
    "file", "mbox_index", "sha256", "ok", "error", "subject", "from", "verdict",
    "category", "code", "severity", "title", "part", "header", "url", "host", "domain", "vector", "vendor",
    "recipient_token", "threat", "tracking",
]  # fmt: skip
_FINDING_COLUMNS = COLUMNS[8:20]  # the two axes (schema 2.0) come last so that column positions stay


def csv_header() -> str:
    return csv_line(COLUMNS)


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
        out.append(csv_line([str(row[c]) for c in COLUMNS]))
    return "".join(out)


# Where a spreadsheet may start a cell: the field's start, and after any list separator (`,` in
# English, `;` in fr-BE and nl-BE, tab) or line break, since a reader set to another separator
# splits our quoted field there. Spaces and quotes before the formula character do not disarm it.
_CELL_START = re.compile(r"(?:^|(?<=[,;\t\r\n]))[ \"]*(?=[=+\-@\t\r])")


def safe_cell(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ tab CR as formulas; attacker text must not.

    OWASP's rule for every separator: an apostrophe goes before each formula character that could
    start a cell, wherever the field might be split, not only at its start.
    """
    return _CELL_START.sub(lambda match: match.group(0) + "'", value)


def csv_line(values: list[str]) -> str:
    """One CSV row, every field quoted and defused: the way `scan` and `iocs` write CSV."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerow([safe_cell(v) for v in values])
    return buffer.getvalue()
