"""The evidence bundle: a zip a victim can hand to a security team as it is.

It holds the original message byte for byte (never re-encoded), its SHA-256, the JSON and HTML
reports, and a README saying what each file is and how to check the hash.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from .html_report import render_html

_README = """Email Inspector evidence bundle
================================

original{suffix}   the suspect message exactly as received (byte for byte). It may be dangerous:
                   do not open its attachments outside an isolated analysis machine.
original.sha256    its SHA-256; check it with `sha256sum -c original.sha256`.
report.json        the full analysis (schema {schema}, documented in Email Inspector's
                   docs/report-schema.md).
report.html        the same analysis for people; safe to open, it loads nothing.

Made by {tool}. Nothing the message names was contacted to make this bundle.
Verdict: {level}. {reason}
Sender / threat: {threat}. Tracking: {tracking}.
"""


def write_bundle(original: bytes, record: dict[str, Any], target: Path, *, thumbnail_png: bytes | None = None) -> Path:
    """Write the zip to `target` (refusing to overwrite) and return its path."""
    digest = hashlib.sha256(original).hexdigest()
    suffix = ".msg" if record.get("format") == "msg" else ".eml"
    verdict = record.get("verdict") or {}
    readme = _README.format(
        suffix=suffix,
        schema=record.get("schema"),
        tool=record.get("tool"),
        level=verdict.get("level", "not analysed"),
        reason=verdict.get("reason", ""),
        threat=(verdict.get("threat") or {}).get("level", "not analysed"),
        tracking=(verdict.get("tracking") or {}).get("level", "not analysed"),
    )
    with zipfile.ZipFile(target, "x", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"original{suffix}", original, compress_type=zipfile.ZIP_STORED)
        archive.writestr("original.sha256", f"{digest}  original{suffix}\n")
        archive.writestr("report.json", json.dumps(record, ensure_ascii=False, indent=2))
        archive.writestr("report.html", render_html(record, thumbnail_png=thumbnail_png))
        archive.writestr("README.txt", readme)
    return target
