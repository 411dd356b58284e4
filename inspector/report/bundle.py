"""The evidence bundle: a zip a victim can hand to a security team as it is.

It holds the original message byte for byte (never re-encoded), its SHA-256, the JSON and HTML
reports, the attacker's indicators (text, STIX 2.1, MISP) and a README saying what each file is and
how to check the hash. A record redacted by the caller (`report/redact.py`) gives redacted reports;
the original stays as it was received.
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
iocs.txt           the attacker's indicators, defanged, each with why ({roles}).
iocs.stix.json     the same as a STIX 2.1 bundle, marked TLP:{tlp}.
iocs.misp.json     the same as a MISP event, importable as a file into MISP, tagged tlp:{tlp_tag}.

Made by {tool}. Nothing the message names was contacted to make this bundle.
Verdict: {level}. {reason}
Sender / threat: {threat}. Tracking: {tracking}.
"""


def write_bundle(
    original: bytes,
    record: dict[str, Any],
    target: Path,
    *,
    thumbnail_png: bytes | None = None,
    tlp: str = "amber",
    all_roles: bool = False,
) -> Path:
    """Write the zip to `target` (refusing to overwrite) and return its path."""
    from .iocs import format_indicators  # noqa: PLC0415
    from .misp import misp_json  # noqa: PLC0415
    from .stix import stix_bundle  # noqa: PLC0415

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
        tlp=tlp.upper(),
        tlp_tag=tlp.lower(),
        roles="every role, labelled" if all_roles else "the attacker role only",
    )
    if record.get("redacted"):
        readme += "The reader's address, name and the tokens naming them are replaced by [recipient] in the reports.\n"
    with zipfile.ZipFile(target, "x", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"original{suffix}", original, compress_type=zipfile.ZIP_STORED)
        archive.writestr("original.sha256", f"{digest}  original{suffix}\n")
        archive.writestr("report.json", json.dumps(record, ensure_ascii=False, indent=2))
        archive.writestr("report.html", render_html(record, thumbnail_png=thumbnail_png))
        archive.writestr("iocs.txt", format_indicators(record, defanged=True, all_roles=all_roles))
        archive.writestr("iocs.stix.json", stix_bundle([record], tlp=tlp, all_roles=all_roles))
        archive.writestr("iocs.misp.json", misp_json([record], tlp=tlp, all_roles=all_roles))
        archive.writestr("README.txt", readme)
    return target
