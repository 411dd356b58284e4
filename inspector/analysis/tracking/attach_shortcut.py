"""Shortcut-like attachments (.url, .scf, .lnk, .library-ms, .searchConnector-ms, .desktop, .webloc): where they point.

A shortcut is a few lines of text (or a small binary for .lnk) naming a target. Some targets are
fetched with no click at all: Explorer loads a .url's or .scf's `IconFile` and a library's
locations as soon as it shows the folder (or the archive) holding the file, which on a
`\\\\host\\share` path sends the Windows password hash. The others open when the file is opened.
"""

from __future__ import annotations

from ...model import Finding, Severity
from ...parsing import Attachment
from ...texts import tr
from ..common.shortcuts import shortcut_targets
from ..common.urls import UNC
from .attach_common import load_finding


def shortcut_findings(att: Attachment, label: str) -> list[Finding]:
    """UNC_PATH for a share target; ATTACHMENT_REMOTE_REF for a web target Explorer fetches unasked."""
    out = []
    for target in shortcut_targets(att):
        unc = target.url.locality == UNC
        if not unc and not target.auto:
            continue  # a web page the shortcut opens when clicked: RISKY_ATTACHMENT names it
        out.append(
            load_finding(
                "UNC_PATH" if unc else "ATTACHMENT_REMOTE_REF",
                Severity.HIGH if unc else Severity.MEDIUM,
                tr("Shortcut {name} points to a network share", name=label)
                if unc
                else tr("Shortcut {name} loads remote content", name=label),
                tr(
                    "The attached shortcut {name} names {where} in its {field}. Windows connects there when it "
                    "shows the file's icon or the folder holding it, without a click, and on a file share sends "
                    "your login name and a hash of your password.",
                    name=label,
                    where=target.url.host,
                    field=target.field,
                )
                if target.auto
                else tr(
                    "The attached shortcut {name} opens {where} when it is opened; on Windows, opening a file share "
                    "sends your login name and a hash of your password.",
                    name=label,
                    where=target.url.host,
                ),
                target.url.url,
                target.url.host,
                att.part,
                f"shortcut:{target.field}",
                {"attachment": str(label), "field": target.field, "value": target.raw[:300], "auto": target.auto},
                ("ip_address", "open_time") + (("windows_credentials",) if unc else ()),
            )
        )
    return out
