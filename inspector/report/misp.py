"""IOCs as a MISP event (JSON), built with PyMISP's offline object model, importable as a file into MISP.

MISP is what most national CERTs run. Writing its JSON by hand means guessing object templates and
attribute types; PyMISP ships the templates (`email`, `url`, `domain-ip`, `file`) and the type table in
its package, and checks each attribute against them. Nothing here talks to a MISP server or the network:
only `MISPEvent`/`MISPObject` are used, never `PyMISP(...)`.

One event per message: an `email` object with the header attributes, a `url` object per URL, a
`domain-ip` object per domain or IP, a `file` object per attachment. Only the attacker's indicators by
default (`to_ids` set); with `all_roles` the others come too, `to_ids` off and their role in the comment.
"""

from __future__ import annotations

import json
from typing import Any

from .iocs import selected

Record = dict[str, Any]
# MISP's threat levels: 1 high, 2 medium, 3 low, 4 undefined.
_THREAT_LEVEL = {"dangerous": 1, "suspicious": 2, "caution": 3}


def misp_event(record: Record, *, tlp: str = "amber", all_roles: bool = False) -> Any:
    """The `MISPEvent` of one analysed record."""
    from pymisp import MISPEvent  # noqa: PLC0415 - only the export pays for it

    message = record.get("message") or {}
    verdict = record.get("verdict") or {}
    threat = (verdict.get("threat") or {}).get("level") or verdict.get("level")
    event = MISPEvent()
    event.info = f"Email: {message.get('subject') or record.get('file')}"[:250]
    event.threat_level_id = _THREAT_LEVEL.get(str(threat), 4)
    event.analysis = 2  # completed: the analysis that made this is done
    event.distribution = 0  # your organisation only, until the analyst shares it
    event.add_tag(f"tlp:{tlp.lower()}")
    if message.get("date"):
        event.set_date(str(message["date"])[:10], ignore_invalid=True)  # the day it was sent, else today
    items = selected(record, all_roles=all_roles)
    _email_object(event, record, items)
    for item in items:
        if item["type"] == "url":
            _object(event, "url", [("url", item)])
        elif item["type"] == "domain":
            _object(event, "domain-ip", [("domain", item)])
        elif item["type"] == "ip":
            _object(event, "domain-ip", [("ip", item)])
        elif item["type"] == "sha256":
            _file_object(event, record, item)
    return event


def misp_json(records: list[Record], *, tlp: str = "amber", all_roles: bool = False) -> str:
    """MISP's import format: `{"Event": …}` for one message, `{"response": [{"Event": …}, …]}` for several."""
    ok = [r for r in records if r.get("ok")]
    events = [{"Event": json.loads(misp_event(r, tlp=tlp, all_roles=all_roles).to_json())} for r in ok]
    document: dict[str, Any] = events[0] if len(events) == 1 else {"response": events}
    return json.dumps(document, indent=2, ensure_ascii=False)


def _email_object(event: Any, record: Record, items: list[dict[str, Any]]) -> None:
    """The message's headers; addresses and the origin IP only when they are among the exported indicators."""
    from pymisp import MISPObject  # noqa: PLC0415

    email = MISPObject("email", standalone=False)
    message, sender = record.get("message") or {}, record.get("sender") or {}
    author = sender.get("from") or {}
    for relation, value in (
        ("subject", message.get("subject")),
        ("message-id", message.get("message_id")),
        ("from-display-name", author.get("display_name")),
        ("x-mailer", sender.get("mailer")),
    ):
        if value:
            email.add_attribute(relation, str(value), to_ids=False)
    if message.get("date"):
        email.add_attribute("send-date", str(message["date"]), to_ids=False)
    by_where = {(i["type"], str(i["value"]).lower()): i for i in items}
    addresses = [("from", author.get("address")), ("return-path", sender.get("return_path"))]
    addresses += [("reply-to", box.get("address")) for box in sender.get("reply_to") or [] if isinstance(box, dict)]
    placed = set()
    for relation, value in addresses:
        item = by_where.get(("email", str(value or "").lower()))
        if item:
            email.add_attribute(relation, item["value"], **_flags(item))
            placed.add(item["value"])
    for item in items:
        if item["type"] == "email" and item["value"] not in placed:
            relation = "to" if item.get("role") == "recipient" else "header"
            email.add_attribute(relation, item["value"], **_flags(item))
    origin = by_where.get(("ip", str((sender.get("origin") or {}).get("ip") or "").lower()))
    if origin:
        email.add_attribute("ip-src", origin["value"], **_flags(origin))
    for attachment in record.get("attachments") or []:
        if attachment.get("filename") and by_where.get(("sha256", str(attachment.get("sha256") or ""))):
            email.add_attribute("attachment", str(attachment["filename"]), to_ids=False)
    if email.attributes:
        event.add_object(email)


def _object(event: Any, template: str, attributes: list[tuple[str, dict[str, Any]]]) -> None:
    from pymisp import MISPObject  # noqa: PLC0415

    obj = MISPObject(template, standalone=False)
    for relation, item in attributes:
        obj.add_attribute(relation, str(item["value"]), **_flags(item))
    event.add_object(obj)


def _file_object(event: Any, record: Record, item: dict[str, Any]) -> None:
    from pymisp import MISPObject  # noqa: PLC0415

    obj = MISPObject("file", standalone=False)
    obj.add_attribute("sha256", str(item["value"]), **_flags(item))
    for attachment in record.get("attachments") or []:
        if attachment.get("sha256") == item["value"]:
            if attachment.get("filename"):
                obj.add_attribute("filename", str(attachment["filename"]), to_ids=False)
            if attachment.get("size") is not None:
                obj.add_attribute("size-in-bytes", int(attachment["size"]), to_ids=False)
            if attachment.get("sniffed_type"):
                obj.add_attribute("mimetype", str(attachment["sniffed_type"]), to_ids=False)
            break
    event.add_object(obj)


def _flags(item: dict[str, Any]) -> dict[str, Any]:
    """`to_ids` for the attacker's indicators only; the role, reason and finding in the comment."""
    comment = f"{item.get('role')}: {item.get('reason') or ''}".strip()
    if item.get("finding"):
        comment += f" (finding {item['finding']})"
    if item.get("where"):
        comment += f" — {item['where']}"
    return {"to_ids": item.get("role") == "attacker", "comment": comment[:1000]}
