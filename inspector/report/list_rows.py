"""One row of a message list: what a list of many messages shows of each, and what grouping needs.

A mailbox or folder opened in the window is listed, not opened as one message. Each message is
analysed with `pipeline.scan` (the CLI's and the tab's own analysis, so the row's verdict is the
verdict its tab shows) in a worker process, and only this row comes back: a few short strings per
message, so a list of thousands stays small. Reopening a row needs only its `Source`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..pipeline import scan
from ..sources import Source
from .campaigns import group_campaigns

Stub = dict[str, Any]  # the parts of a JSON record that campaign grouping reads


@dataclass(frozen=True, slots=True)
class ListRow:
    """A message as one line of a list. `level` is the banner state; empty when it was not analysed."""

    level: str = ""
    threat: str = ""
    tracking: str = ""
    reason: str = ""  # the verdict's sentence (a translatable `Text`), or why it could not be analysed
    date: str = ""  # ISO 8601 as the message gave it, or empty
    timestamp: float = 0.0  # for sorting; 0 when the date is missing or unreadable
    sender: str = ""
    subject: str = ""
    error_code: str = ""

    @property
    def ok(self) -> bool:
        return not self.error_code


def list_row(source: Source) -> tuple[ListRow, Stub]:
    """Analyse one message; its row and its campaign stub. Never raises (`scan` does not)."""
    scanned = scan(source, indicators=False)  # a row shows none,
    scanned.indicators = []  # and the campaign stub reads none: the record needs no list
    record = scanned.record()
    if scanned.report is None:
        return ListRow(reason=scanned.error_message, error_code=scanned.error_code), campaign_stub(record)
    verdict = scanned.report.verdict
    message = record.get("message") or {}
    date = message.get("date") or ""
    row = ListRow(
        level=verdict.banner or str(verdict.level),
        threat=str(verdict.threat),
        tracking=str(verdict.tracking),
        reason=verdict.reason,
        date=date,
        timestamp=_timestamp(date),
        sender=_one_line(message.get("from") or ""),
        subject=_one_line(message.get("subject") or ""),
    )
    return row, campaign_stub(record)


def campaign_stub(record: dict[str, Any]) -> Stub:
    """The fields of `record` that `campaigns.campaign_keys` and the SimHash pairing read, and no more."""
    sender = record.get("sender") or {}
    beacons = [
        {"category": "beacon", "host": f["host"]}
        for f in record.get("findings") or []
        if f.get("category") == "beacon" and f.get("host")
    ]
    return {
        "ok": record.get("ok", False),
        "file": record.get("file", ""),
        "source": record.get("source"),
        "findings": beacons,
        "sender": {"origin": sender.get("origin") or {}, "dkim": sender.get("dkim") or {}},
        "fingerprints": {"body_simhash": (record.get("fingerprints") or {}).get("body_simhash")},
    }


def group_stubs(stubs: list[Stub | None]) -> dict[int, dict[str, Any]]:
    """Campaigns over a list's stubs (None: not analysed): row index -> {"id", "size", "shared"}."""
    present = [(index, stub) for index, stub in enumerate(stubs) if stub is not None]
    records = [dict(stub) for _index, stub in present]
    group_campaigns(records)
    return {
        index: record["campaign"]
        for (index, _stub), record in zip(present, records, strict=True)
        if record.get("campaign")
    }


def _timestamp(iso: str) -> float:
    try:
        return datetime.fromisoformat(iso).timestamp() if iso else 0.0
    except (ValueError, OverflowError, OSError):
        return 0.0


def _one_line(text: str) -> str:
    """A header as one line of a table: line breaks and tabs folded, and no longer than a line can show."""
    return " ".join(text.split())[:500]
