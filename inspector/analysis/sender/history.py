"""Opt-in local sender history: has this address or domain written to you before?

Off unless a data folder is given. The history is one JSON file in that folder, written
atomically; it is never sent anywhere. Only addresses and counts are stored, no content.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FILE_NAME = "sender-history.json"
_MAX_ENTRIES = 50_000


class SenderHistory:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self._data: dict[str, Any] = {"addresses": {}, "domains": {}}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._data["addresses"] = dict(loaded.get("addresses", {}))
                self._data["domains"] = dict(loaded.get("domains", {}))
        except (OSError, ValueError):
            pass  # no history yet, or a damaged file: start afresh rather than fail the analysis

    def seen(self, address: str, domain: str) -> dict[str, int]:
        """How many earlier messages came from this address and from this domain."""
        return {
            "address": int(self._data["addresses"].get(address.lower(), {}).get("count", 0)),
            "domain": int(self._data["domains"].get(domain.lower(), {}).get("count", 0)),
        }

    def record(self, address: str, domain: str, message_id: str = "") -> None:
        """Count one message; the same Message-ID opened again is not counted twice."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        digest = hashlib.sha256(message_id.strip().encode()).hexdigest()[:16] if message_id.strip() else ""
        for table, key in (("addresses", address.lower()), ("domains", domain.lower())):
            if not key:
                continue
            entry = self._data[table].setdefault(key, {"count": 0, "first": now})
            ids = list(entry.get("ids", []))
            if digest and digest in ids:
                continue
            entry["ids"] = ([*ids, digest] if digest else ids)[-20:]
            entry["count"] = int(entry.get("count", 0)) + 1
            entry["last"] = now
            if len(self._data[table]) > _MAX_ENTRIES:
                oldest = min(self._data[table], key=lambda k: self._data[table][k].get("last", ""))
                del self._data[table][oldest]

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".sender-history.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._data, fh, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, self.path)
