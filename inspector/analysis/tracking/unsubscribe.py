"""The List-Unsubscribe header as evidence: a link made for you says the list knows who you are.

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
    lists = _list_names(headers)
    for name, value in headers:
        if name.lower() != "list-unsubscribe":
            continue
        for raw in _URL.findall(value[:8000])[:5]:
            url = normalise(raw)
            if url.locality != REMOTE or not url.host:
                continue
            token = tokens.find(url.url, host=url.host, domain=registrable_domain(url.host))
            if token is None or token.get("kind") not in _NAMING or _is_the_list(token, lists):
                continue
            out.append(_finding(url.url, url.host, token, value))
    return out


def _list_names(headers: list[tuple[str, str]]) -> set[str]:
    """The list's own names (List-Id label, List-Post address): a Mailman page names the list, not you."""
    names: set[str] = set()
    for name, value in headers:
        low = name.lower()
        if low == "list-id" and (found := re.search(r"<([^<>@\s]+)>", value)):
            names.add(found.group(1).split(".")[0].lower())
        elif low == "list-post" and (found := re.search(r"mailto:([^>\s]+)", value, re.IGNORECASE)):
            names |= {found.group(1).lower(), found.group(1).split("@")[0].lower()}
    return names


def _is_the_list(token: dict, lists: set[str]) -> bool:
    """To a mailing list the recipient header is the list itself: its address in the URL is not the reader."""
    identity = str(token.get("identity") or "").lower()
    return bool(identity) and (identity in lists or identity.split("@")[0] in lists)


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
