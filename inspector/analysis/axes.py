"""Which of the verdict's two questions each finding code answers, by what the thing does.

A DDE field in a .docx is found by the code that reads attachments for remote loads, but it runs a
program: it is an attack, not a tracker. Deciding the axis by the package that finds a code made such
attacks read "clean, 2 tracking elements". So the axis is a table of codes, checked by a test against
`docs/report-schema.md`: `threat` findings set the answer to "is this who it claims to be, is it a
trap?"; `tracking` findings set "are you being tracked?". A threat that also loads something when the
message is opened (a remote template) still counts as a load for the tracking answer: see `verdict.py`.
"""

from __future__ import annotations

THREAT = "threat"
TRACKING = "tracking"

# What opening or clicking would tell the sender: seen, not harmful by itself.
TRACKING_CODES = frozenset(
    {
        "TRACKING_PIXEL",
        "REMOTE_IMAGE",
        "REMOTE_STYLESHEET",
        "REMOTE_FONT",
        "REMOTE_FRAME",
        "REMOTE_MEDIA",
        "REMOTE_PREFETCH",
        "DNS_PREFETCH",
        "ATTACHMENT_REMOTE_REF",
        "OFFICE_FIELD",
        "ICS_REMOTE",
        "EXTERNAL_BODY",
        "CLICK_TRACKER",
        "PERSONALISED_LINK",
        "LINK_PING",
        "READ_RECEIPT_REQUESTED",
    }
)

# Can run code, steal a password or a Windows hash, or fetch a payload: threats wherever they are found.
ATTACK_CODES = frozenset(
    {
        "UNC_PATH",
        "REMOTE_TEMPLATE",
        "DDE_FIELD",
        "PDF_ACTION",
        "REMOTE_OBJECT",
        "REMOTE_SCRIPT",
        "META_REFRESH",
        "RISKY_ATTACHMENT",
        "DOUBLE_EXTENSION",
        "MACRO_DOCUMENT",
        "OLE_OBJECT",
        "ENCRYPTED_ATTACHMENT",  # cannot be inspected: what it holds is unknown, and scanners cannot see it either
    }
)


def axis_of(code: str) -> str:
    """`tracking` for the codes listed as such; every other code (sender, content, parse, attacks) is a threat."""
    return TRACKING if code in TRACKING_CODES else THREAT
