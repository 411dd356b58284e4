"""RTF attachments: remote templates and field codes."""

from __future__ import annotations

import re

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..urls import REMOTE, UNC, normalise
from .attach_common import load_finding
from .attach_ooxml import field_findings

_RTF_TEMPLATE = re.compile(rb"\\\*\s*\\template\s+([^}\s]+)", re.IGNORECASE)


def rtf_findings(att: Attachment, data: bytes, label: str) -> list[Finding]:
    out = field_findings(data, att, label, "rtf")
    for match in _RTF_TEMPLATE.finditer(data):
        target = normalise(match.group(1).decode("latin-1"))
        if target.locality in (REMOTE, UNC):
            out.append(
                load_finding(
                    "UNC_PATH" if target.locality == UNC else "REMOTE_TEMPLATE",
                    Severity.HIGH,
                    tr("Attachment {name} loads a remote template", name=label),
                    tr(
                        "The attached RTF document {name} names a template at {host}. Word fetches it when the "
                        "document is opened; remote templates are a known way to slip macros into a harmless-looking "
                        "file.",
                        name=label,
                        host=target.host,
                    ),
                    target.url,
                    target.host,
                    att.part,
                    "rtf:\\*\\template",
                    {"attachment": str(label), "template": match.group(1).decode("latin-1")[:300]},
                    ("open_time", "ip_address", "mail_client"),
                )
            )
    return out
