"""The List-Unsubscribe header as evidence: a link made for you says the list knows who you are.

(The list's own address is never taken for the reader: `identities.list_names`.)

Nothing in the header is loaded when the message is opened, so it never makes a message "tracked";
but a recipient token in it is the sender's own proof that the mailing is personal, and often the
same identifier its pixel carries. It goes through the same token search as every other URL.
"""

from __future__ import annotations

import re

from ...model import Category, Finding, Severity
from ...texts import join, tr
from ..common.urls import REMOTE, normalise, registrable_domain
from . import beacon_text
from .tokens import TokenFinder

_URL = re.compile(r"<\s*(https?://[^>\s]{1,2000})\s*>", re.IGNORECASE)
_NAMING = ("identity", "name", "subscriber_id")


def unsubscribe_findings(headers: list[tuple[str, str]], tokens: TokenFinder) -> list[Finding]:
    """One PERSONALISED_LINK per List-Unsubscribe web address that names the reader."""
    out: list[Finding] = []
    for name, value in headers:
        if name.lower() != "list-unsubscribe":
            continue
        for raw in _URL.findall(value[:8000])[:5]:
            url = normalise(raw)
            if url.locality != REMOTE or not url.host:
                continue
            token = tokens.find(url.url, host=url.host, domain=registrable_domain(url.host))
            if token is None or token.get("kind") not in _NAMING:
                continue
            out.append(_finding(url.url, url.host, token, value))
    return out


def _finding(url: str, host: str, token: dict, raw: str) -> Finding:
    sentence = beacon_text.token_sentence(token)
    what = tr(
        "The List-Unsubscribe header holds a link to {host} made for you. It is used only if you unsubscribe, "
        "but it shows that the sender's list knows exactly who you are.",
        host=host,
    )
    return Finding(
        category=Category.TRACKED_LINK,
        code="PERSONALISED_LINK",
        severity=beacon_text.severity_for(Severity.LOW, token, auto=False, pixel=False),
        title=tr("Personalised unsubscribe link via {host}", host=host),
        explanation=join(" ", [what, sentence]) if sentence else what,
        evidence={"header": "List-Unsubscribe", "raw": raw[:500]},
        header="List-Unsubscribe",
        url=url,
        host=host,
        domain=registrable_domain(host),
        vector="header:List-Unsubscribe",
        recipient_token=token,
        reveals=("click_time", "ip_address", "identity"),
    )
