"""Calendar (.ics) attachments: ATTACH, URL and IMAGE properties pointing elsewhere."""

from __future__ import annotations

import re

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..common.html_tree import MAX_HTML_CHARS
from ..common.urls import REMOTE, UNC, normalise
from .attach_common import MAX_SCAN_BYTES, load_finding

MAX_DESCRIPTIONS = 100  # one per event; a calendar of more is not an invitation
_ALT_DESC = re.compile(
    r"^X-ALT-DESC;[^:\r\n]{0,200}FMTTYPE=text/html[^:\r\n]{0,200}:([^\r\n]*)", re.IGNORECASE | re.MULTILINE
)
_ICS_ESCAPE = re.compile(r"\\([nN,;\\])")
_ICS_LINE = re.compile(r"^(ATTACH|URL|IMAGE)[;:]([^\r\n]*)", re.IGNORECASE | re.MULTILINE)


def ics_findings(att: Attachment, label: str) -> list[Finding]:
    text = att.data()[:MAX_SCAN_BYTES].decode("utf-8", "replace").replace("\r\n ", "").replace("\n ", "")
    out = []
    for prop, rest in _ICS_LINE.findall(text):
        value = rest.split(":", 1)[-1] if ";" in rest.split(":", 1)[0] or prop.upper() != "URL" else rest
        target = normalise(value.strip())
        if target.locality not in (REMOTE, UNC):
            continue
        unc = target.locality == UNC
        out.append(
            load_finding(
                "UNC_PATH" if unc else "ICS_REMOTE",
                Severity.HIGH if unc else Severity.LOW,
                tr("Calendar invitation {name} points to a network share", name=label)
                if unc
                else tr("Calendar invitation {name} points to a remote file", name=label),
                tr(
                    "The calendar item {name} has a {prop} pointing to {host}. Some calendar programs fetch "
                    "attachments or show linked pages when the invitation is opened.",
                    name=label,
                    prop=prop.upper(),
                    host=target.host,
                ),
                target.url,
                target.host,
                att.part,
                f"ics:{prop.upper()}",
                {"attachment": str(label), "line": f"{prop}:{rest}"[:300]},
                ("open_time", "ip_address") + (("windows_credentials",) if unc else ()),
            )
        )
    return out


def ics_html(att: Attachment) -> str:
    """The HTML descriptions (`X-ALT-DESC;FMTTYPE=text/html`) Outlook shows in an invitation, unescaped."""
    text = att.data()[:MAX_SCAN_BYTES].decode("utf-8", "replace")
    text = text.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "")
    found = [_ICS_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), v) for v in _ALT_DESC.findall(text)]
    return "\n".join(found[:MAX_DESCRIPTIONS])[:MAX_HTML_CHARS]
