"""PDF attachments: actions that reach outside the file, found by a cheap scan of the raw bytes."""

from __future__ import annotations

import re

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..urls import normalise
from .attach_common import load_finding

_PDF_ACTION = re.compile(rb"/(Launch|GoToR|GoToE|SubmitForm|ImportData|JavaScript|OpenAction|URI)\b")
_PDF_URI = re.compile(rb"/URI\s*\(([^)]{1,2000})\)")


def pdf_findings(att: Attachment, data: bytes, label: str) -> list[Finding]:
    actions = sorted({m.decode() for m in _PDF_ACTION.findall(data)})
    risky = [a for a in actions if a in ("Launch", "GoToR", "GoToE", "SubmitForm", "ImportData")]
    auto = "OpenAction" in actions and ("URI" in actions or "JavaScript" in actions)
    if not risky and not auto:
        return []
    uris = [u.decode("latin-1")[:300] for u in _PDF_URI.findall(data)[:20]]
    return [
        load_finding(
            "PDF_ACTION",
            Severity.MEDIUM,
            tr("PDF attachment {name} has actions that reach outside the file", name=label),
            tr(
                "The attached PDF {name} contains {actions} actions (found in the uncompressed parts of the file). "
                "PDF readers can use these to open web addresses, other files or programs when the PDF is opened or "
                "a button is pressed.",
                name=label,
                actions=", ".join(actions),
            ),
            normalise(uris[0]).url if uris else None,
            normalise(uris[0]).host if uris else None,
            att.part,
            "pdf:action",
            {"attachment": str(label), "actions": actions, "uris": uris},
            ("open_time", "ip_address"),
        )
    ]
