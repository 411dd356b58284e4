"""Loads the MIME structure itself asks for: a `Content-Base` that makes relative URLs absolute,
and `message/external-body` parts whose content lives on a server (RFC 2017, RFC 2046 5.2.3).

A relative `<img src="p.gif">` loads nothing, unless the part (or a part around it) says
`Content-Base: http://tracker/`: clients that honour it (Outlook, Thunderbird, MHTML readers)
then fetch `http://tracker/p.gif`. An external-body part names a URL or an FTP file in place of
its content; a client that shows it, or an `<img src="cid:...">` pointing at it, fetches it.
"""

from __future__ import annotations

import email.message
import email.utils
from email import policy

from ...model import Category, Finding, Severity
from ...parsing import Message, Part
from ...texts import tr
from .urls import REMOTE, UNC, normalise, registrable_domain

_FETCHED = ("url", "anon-ftp", "ftp", "tftp", "local-file")


def content_base(msg: Message, part_id: str) -> str | None:
    """The absolute remote `Content-Base` of this part or of the nearest part around it."""
    path = _path_to(msg.root, part_id)
    for part in reversed(path):
        for header in part.headers:
            if header.name.lower() == "content-base":
                target = normalise(header.value.strip().strip("\"'").replace(" ", ""))
                return target.url if target.remote else None
    return None


def _path_to(root: Part, part_id: str) -> list[Part]:
    """The parts from `root` down to `part_id` (empty when it is not in this tree)."""
    stack: list[tuple[Part, list[Part]]] = [(root, [root])]
    while stack:
        part, path = stack.pop()
        if part.id == part_id:
            return path
        stack.extend((child, [*path, child]) for child in part.children)
    return []


def external_body_findings(msg: Message, cids: set[str]) -> list[Finding]:
    """One finding per external-body part that points to a server or a share.

    `cids` are the `cid:` targets the HTML bodies load (lower case, no angle brackets): an image
    pointing at the part makes the fetch happen on open.
    """
    out = []
    for part in msg.root.walk():
        if part.content_type != "message/external-body":
            continue
        params = _params(part)
        access = params.get("access-type", "").lower()
        if access not in _FETCHED:
            continue
        raw = _location(access, params)
        target = normalise(raw)
        if target.locality not in (REMOTE, UNC):
            continue
        ids = {(part.content_id or "").lower()} | {(c.content_id or "").lower() for c in part.children}
        loaded = bool(ids & cids - {""})
        out.append(_finding(part, access, raw, target, loaded=loaded))
    return out


def _params(part: Part) -> dict[str, str]:
    value = next((h.value for h in part.headers if h.name.lower() == "content-type"), "")
    parsed = email.message.Message(policy.compat32)
    parsed["Content-Type"] = value
    out = {}
    for key, item in parsed.get_params() or []:
        if item:
            # RFC 2017: a long URL may be folded; its spaces are not part of it.
            out[key.lower()] = email.utils.collapse_rfc2231_value(item).replace(" ", "").replace("\t", "")
    return out


def _location(access: str, params: dict[str, str]) -> str:
    if access == "url":
        return params.get("url", "")
    name = params.get("name", "")
    if access == "local-file":
        return name
    directory = params.get("directory", "").strip("/")
    path = "/".join(p for p in (directory, name.lstrip("/")) if p)
    return f"{'tftp' if access == 'tftp' else 'ftp'}://{params.get('site', '')}/{path}"


def _finding(part: Part, access: str, raw: str, target, *, loaded: bool) -> Finding:
    unc = target.locality == UNC
    if loaded:
        why = tr(
            "Part {part} is a message/external-body part: instead of its content it names {url} "
            "(access type {access}). An image in the message body points at this part (cid:), so a mail program "
            "that follows external bodies fetches it as soon as the message is shown, telling {host} that you "
            "opened it. The safe view does not follow it.",
            part=part.id,
            url=target.url,
            access=access,
            host=target.host,
        )
    else:
        why = tr(
            "Part {part} is a message/external-body part: instead of its content it names {url} "
            "(access type {access}). A mail program that shows the part, or offers to get it, contacts {host}. "
            "The safe view does not follow it.",
            part=part.id,
            url=target.url,
            access=access,
            host=target.host,
        )
    return Finding(
        category=Category.BEACON,
        code="EXTERNAL_BODY",
        severity=Severity.HIGH if unc else Severity.MEDIUM if loaded else Severity.LOW,
        title=tr("A part of the message is fetched from {host}", host=target.host),
        explanation=why,
        evidence={"part": part.id, "access_type": access, "location": raw[:300], "loaded_by_cid": loaded},
        part=part.id,
        url=target.url,
        host=target.host,
        domain=registrable_domain(target.host) if target.host else None,
        vector="mime:message/external-body",
        reveals=("open_time", "ip_address") + (("windows_credentials",) if unc else ()),
    )
